"""Wire paragraphs about the Idlib region (AFP/Reuters/AP style), written for this test.

Each asserts, for the places that matter, the incident's dead and, where the text fixes it, its
first day (None: the day is not checked; a dead of None: no count, or 0). Three sets written
blind before the rules they exposed (an earlier report after "after"; the next sentence placing
an event told at the governorate; "six members of one family, including four children").
"""
from __future__ import annotations

import pytest

from geoincidents import Document
from geoincidents.pipeline import process

PARAGRAPHS = [
    # set 1: first run 7/9 places
    ('2019-07-23',
     'Air strikes on a busy market in the town of Maarat al-Numan killed at least 31 civilians on Monday, rescuers said. Another eight people were killed in strikes on the nearby town of Saraqeb, the Syrian Observatory for Human Rights said.',
     {'Maarat al-Numan': (31, '2019-07-22'), 'Saraqeb': (8, '2019-07-22')}),
    ('2020-02-12',
     'Turkish forces shelled government positions near Saraqeb on Tuesday after five Turkish soldiers were killed in an attack on a Turkish post in Taftanaz on Monday. Syrian state media said four soldiers were wounded in the Turkish shelling.',
     {'Taftanaz': (5, '2020-02-10')}),
    ('2019-05-30',
     'A woman and her three children were killed when a barrel bomb hit their home in the village of Kafr Aweed on Wednesday, the White Helmets said. Shelling also killed two men in Ehsem, and three others were wounded in Al-Bara.',
     {'Kafr Aweed': (4, '2019-05-29'), 'Ehsem': (2, None)}),
    ('2019-08-20',
     "Syrian government forces entered the strategic town of Khan Sheikhoun on Monday night after rebels withdrew, a war monitor said. Clashes on the town's northern edge killed 14 pro-government fighters and 11 rebels, it added.",
     {'Khan Sheikhoun': (25, None)}),
    ('2021-06-11',
     'Six members of one family, including four children, were killed on Thursday when government artillery shells hit their house in the village of Iblin in Jabal al-Zawiya, local rescuers said.',
     {'Iblin': (6, '2021-06-10')}),
    ('2020-01-16',
     'Russian warplanes struck an industrial zone and a vegetable market in Idlib city on Wednesday, killing at least 18 people, the civil defence said. A separate strike on the town of Binnish killed two children.',
     {'Idlib': (18, '2020-01-15'), 'Binnish': (2, None)}),
    # set 2: first run 5/7 places
    ('2019-06-07',
     'At least 12 civilians were killed in air raids on Thursday in the towns of Kafr Nabl and Maarat al-Numan, the Observatory said. In the north of Hama province, rebels launched a counter-offensive on Kafr Nabuda, where 20 regime fighters and 15 jihadists died in the fighting.',
     {'Kafr Nabl': (12, '2019-06-06'), 'Kafr Nabuda': (35, None)}),
    ('2020-02-28',
     'At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province on Thursday, a Turkish official said. The attack took place near the town of Balyun in Jabal al-Zawiya.',
     {'Balyun': (33, '2020-02-27')}),
    ('2019-09-01',
     'A Russian-brokered ceasefire took effect in Idlib on Saturday morning, but shelling continued in some areas. A woman was killed in shelling on Kafr Sijnah in the afternoon, according to the White Helmets.',
     {'Kafr Sijnah': (1, '2019-08-31')}),
    ('2018-09-04',
     'Russian jets bombed the western Idlib countryside on Tuesday for the first time in weeks. The raids on Jisr al-Shughur and nearby villages killed at least nine civilians, including five children, the Observatory said.',
     {'Jisr al-Shughur': (9, '2018-09-04')}),
    ('2020-03-06',
     "Two Turkish soldiers were killed and three wounded in an attack by Syrian government forces in Idlib, Turkey's defence ministry said on Tuesday. The soldiers were hit by artillery fire near Saraqeb on Monday.",
     {'Saraqeb': (2, None)}),
    ('2019-12-25',
     'Eight civilians, among them five children, were killed on Tuesday when a Russian air strike hit a school sheltering displaced families in the village of Jubas, south of Saraqeb.',
     {'Jubas': (8, '2019-12-24')}),
    # set 3: first run 7/7 places
    ('2019-05-06',
     'Syrian government forces backed by Russian air power captured the town of Kafr Nabuda on Sunday, the Syrian Observatory for Human Rights said. Heavy bombardment preceded the advance; at least 13 civilians were killed across the area on Sunday, including six in Kafr Nabuda itself.',
     {'Kafr Nabuda': (6, '2019-05-05')}),
    ('2020-01-26',
     'Government forces seized Maarat al-Numan on Tuesday, state media said, two months into an offensive that has displaced hundreds of thousands. Rebels said they had withdrawn after days of bombardment.',
     {'Maarat al-Numan': (None, '2020-01-21')}),
    ('2019-11-07',
     'An explosion tore through a market in the town of Sarmada near the Turkish border on Wednesday evening, killing at least seven people and wounding 20, a war monitor said.',
     {'Sarmada': (7, '2019-11-06')}),
    ('2020-02-04',
     "Five Turkish soldiers and a civilian contractor were killed by Syrian government shelling in Saraqeb on Monday, Turkey's defence ministry said. Turkey retaliated by hitting dozens of targets.",
     {'Saraqeb': (6, '2020-02-03')}),
    ('2019-07-29',
     'Air strikes killed 10 members of one family in the village of Mhambal late on Saturday, the White Helmets said. Another strike on a market in Ariha on Sunday killed four people.',
     {'Mhambal': (10, '2019-07-27'), 'Ariha': (4, '2019-07-28')}),
    ('2021-03-22',
     'Russian warplanes struck near the Bab al-Hawa border crossing on Sunday, hitting trucks and gas stations, local officials said. No casualties were reported. Separately, government shelling on a hospital in Atarib killed six patients.',
     {'Atarib': (6, None)}),
]


@pytest.mark.parametrize(("published", "text", "want"), PARAGRAPHS)
def test_paragraph_incidents(published: str, text: str, want: dict) -> None:
    got = {i["location_mention"]: (i["fatalities"], str(i["date_start"]))
           for i in process(Document(text, published=published)).incidents}
    for place, (dead, day) in want.items():
        assert place in got, got
        assert (got[place][0] in (None, 0)) if dead is None else got[place][0] == dead, got
        assert day is None or got[place][1] == day, got
