"""The fifty SOHR-style reports of :mod:`test_probe_sohr_blind` and their hand-coded gold (data only).

Written for that test in the Syrian Observatory's English idiom about the Idlib region, 2019-2022; the
gold was coded by hand before the library ran on them (see the test module for the conventions).
"""
from __future__ import annotations

GOV, OPP, TUR, UAG, CIV, PROT = "Syrian government", "opposition", "Turkey", "UAG", "Civilians", "Protesters"
AIR, SHELL, IED, CL = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Armed clash"
GRT, NSO, ATT, ABD = "Government regains territory", "Non-state actor overtakes territory", "Attack", "Abduction/forced disappearance"
DWU, PP, HQ, SUI = "Disrupted weapons use", "Peaceful protest", "Headquarters or base established", "Suicide bomb"
FAC = (TUR, OPP)  # "the Turkish-backed factions": the NLF in Idlib (opposition) or the SNA (Turkey's side)
WAR = (GOV, OPP)  # a clash between the regime and the factions, in either order
V, T, R = 4.0, 6.0, 20.0  # km: village, town/city, region
SKIP = "-"  # a field the gold does not code for this incident

# Gazetteer points (lat, lon) of the villages the gold names, by their usual English spelling.
P = {
    "kafrnabl": (35.615, 36.56), "has": (35.619, 36.596), "kafrsajna": (35.527, 36.59),
    "kansafra": (35.66, 36.485), "bara": (35.685, 36.542), "kafrnabudah": (35.432, 36.491),
    "karnaz": (35.387, 36.486), "hamamiyat": (35.379, 36.538), "khansh": (35.444, 36.651),
    "tamanah": (35.46, 36.747), "hbit": (35.44, 36.539), "maarat": (35.648, 36.677),
    "sukayk": (35.429, 36.77), "jarjanaz": (35.619, 36.783), "telamnas": (35.64, 36.737),
    "ghadfa": (35.675, 36.792), "saraqib": (35.861, 36.806), "nayrab": (35.869, 36.718),
    "fatira": (35.61, 36.485), "sfuhun": (35.607, 36.464), "fleifel": (35.589, 36.456),
    "deirsunbul": (35.699, 36.606), "mastumeh": (35.873, 36.631), "kafrtakharim": (36.117, 36.516),
    "kafroweid": (35.628, 36.458), "maarhurmah": (35.548, 36.542), "atarib": (36.138, 36.828),
    "kafrnoran": (36.078, 36.832), "kaframma": (36.141, 36.873), "iblin": (35.716, 36.533),
    "sirja": (35.758, 36.627), "jisr": (35.814, 36.315), "kabani": (35.719, 36.233),
    "ziyara": (35.69, 36.338), "qastun": (35.686, 36.389), "ankawi": (35.597, 36.388),
    "idlib": (35.931, 36.634), "sarmada": (36.187, 36.724), "dana": (36.214, 36.77),
    "maaratmisrin": (36.014, 36.673), "hwash": (35.55, 36.379), "maaratnasan": (36.035, 36.838),
    "tqad": (36.197, 36.87), "kafrhalab": (36.063, 36.872), "mizanaz": (36.058, 36.853),
    "milaja": (35.593, 36.495), "madiq": (35.414, 36.389), "karkat": (35.477, 36.384),
    "tallmilh": (35.306, 36.519), "jubain": (35.339, 36.513), "maarshurin": (35.666, 36.726),
    "tah": (35.541, 36.727), "sheikhmustafa": (35.518, 36.553), "qminas": (35.884, 36.68),
    "ariha": (35.814, 36.61), "tardin": (35.764, 36.191), "ruwaiha": (35.738, 36.695),
    "ainlaruz": (35.688, 36.446), "kafrtaal": (36.154, 36.894), "qarqur": (35.743, 36.321),
    "afrin": (36.511, 36.865), "kafrjalis": (35.976, 36.614), "latamneh": (35.321, 36.623),
    "kafrzita": (35.374, 36.602), "murak": (35.374, 36.689), "mhambal": (35.784, 36.469),
    "kafrlata": (35.799, 36.626), "kafrbattikh": (35.782, 36.726), "dadikh": (35.802, 36.734),
    "abudali": (35.451, 36.903), "binnish": (35.957, 36.714), "sarmaniya": (35.722, 36.278),
    "jorin": (35.616, 36.268), "mozra": (35.657, 36.44), "balyun": (35.696, 36.504),
}

# (published, text, incidents, mentions that must be no incident, tallies no incident may carry)
# incident: (place, km, (first day, last day) or None, fatalities or None, sub-event, actor1 side(s), actor2 side(s))
REPORTS = [
    ("2019-05-21",
     "SOHR activists reported that regime forces shelled with rocket launchers and heavy artillery Kafranbel, Hass "
     "and Kafr Sajna in the southern countryside of Idlib since dawn today, while Russian warplanes carried out 14 "
     "airstrikes on Kansafra and Al-Bara in Jabal Al-Zawiya. No casualties have been reported so far.",
     [("kafrnabl", T, ("2019-05-21",) * 2, None, SHELL, GOV, SKIP),
      ("has", V, ("2019-05-21",) * 2, None, SHELL, GOV, SKIP),
      ("kafrsajna", V, ("2019-05-21",) * 2, None, SHELL, GOV, SKIP),
      ("kansafra", V, ("2019-05-21",) * 2, None, AIR, GOV, SKIP),
      ("bara", V, ("2019-05-21",) * 2, None, AIR, GOV, SKIP)],
     ["Jabal Al-Zawiya", "Idlib"], [14]),
    ("2019-05-28",
     "A child succumbed to his injuries sustained in the regime shelling on Kafr Nabudah yesterday, raising to 4 the "
     "number of civilians killed in the shelling, including 2 children and a woman. Meanwhile, members of the "
     "'Al-Fateh Al-Mubin' operations room targeted regime positions in Karnaz and Al-Hamamiyat with heavy machine guns "
     "and rocket launchers.",
     [("kafrnabudah", V, ("2019-05-27",) * 2, 4, SHELL, GOV, CIV),
      ("karnaz", V, ("2019-05-28",) * 2, None, SHELL, OPP, GOV),
      ("hamamiyat", V, ("2019-05-28",) * 2, None, SHELL, OPP, GOV)],
     [], [2]),
    ("2019-06-10",
     "Since the beginning of the escalation on April 30, SOHR has documented the death of 437 civilians, including 98 "
     "children and 83 women, in the airstrikes and shelling on the 'de-escalation zone'. Today, Russian warplanes "
     "carried out 22 airstrikes on Khan Shaykhun, Al-Tamanah and Al-Habit, killing 3 civilians in Al-Tamanah.",
     [("khansh", T, ("2019-06-10",) * 2, None, AIR, GOV, SKIP),
      ("tamanah", V, ("2019-06-10",) * 2, 3, AIR, GOV, CIV),
      ("hbit", V, ("2019-06-10",) * 2, None, AIR, GOV, SKIP)],
     [], [437, 98, 83]),
    ("2019-07-23",
     "The death toll of the massacre committed by the Russian warplanes in the popular market of Maarat Al-Nu'man city "
     "rose to 39 civilians, including 8 children, after more died of their wounds. SOHR activists reported that the "
     "Russian warplanes carried out 6 airstrikes on the market at noon yesterday.",
     [("maarat", T, ("2019-07-22",) * 2, 39, AIR, GOV, CIV)],
     [], [8, 6]),
    ("2019-08-20",
     "Regime forces, backed by Russian warplanes, advanced and seized control of Al-Sukayk and Tal Tari in the eastern "
     "countryside of Khan Shaykhun, after violent clashes with HTS and allied factions that left 17 regime soldiers "
     "and 12 jihadists dead.",
     [("sukayk", V, ("2019-08-20",) * 2, SKIP, GRT, GOV, SKIP)],
     ["Khan Shaykhun"], [17, 12]),
    ("2019-12-25",
     "SOHR activists reported that regime helicopters dropped at least 16 barrel bombs on Jarjanaz, Al-Ghadfa and "
     "Talmenes in the eastern countryside of Maarat Al-Nu'man, amid an ongoing wave of displacement towards the "
     "Turkish border. SOHR documented the death of a woman in the barrel bombs on Talmenes.",
     [("jarjanaz", V, ("2019-12-25",) * 2, None, AIR, GOV, SKIP),
      ("ghadfa", V, ("2019-12-25",) * 2, None, AIR, GOV, SKIP),
      ("telamnas", V, ("2019-12-25",) * 2, 1, AIR, GOV, CIV)],
     ["Maarat Al-Nu'man"], [16]),
    ("2020-01-29",
     "Regime forces and their allied militiamen regained control of Maarat Al-Nu'man city after the factions and HTS "
     "withdrew from it, following weeks of a ground offensive under intensive Russian air cover.",
     [("maarat", T, ("2020-01-29",) * 2, None, GRT, GOV, SKIP)],
     [], []),
    ("2020-02-16",
     "Turkish forces shelled regime positions in Saraqeb with heavy artillery, killing 5 regime soldiers. Meanwhile, "
     "Turkish-backed factions clashed with regime forces on the Al-Nayrab axis east of Idlib city, where SOHR "
     "documented the death of 9 fighters of the factions and 6 regime soldiers.",
     [("saraqib", T, ("2020-02-16",) * 2, 5, SHELL, TUR, GOV),
      ("nayrab", V, ("2020-02-16",) * 2, 15, CL, (GOV, TUR, OPP), (GOV, TUR, OPP))],
     ["Idlib"], []),
    ("2020-03-06",
     "Calm has prevailed in the 'Putin-Erdogan' zone since the ceasefire came into effect at midnight, apart from "
     "sporadic regime shelling on Kansafra and Al-Fateerah in Jabal Al-Zawiya early today. SOHR has documented the "
     "death of 1,781 people since the beginning of the escalation on February 2, including 519 civilians.",
     [("kansafra", V, ("2020-03-06",) * 2, None, SHELL, GOV, SKIP),
      ("fatira", V, ("2020-03-06",) * 2, None, SHELL, GOV, SKIP)],
     ["Jabal Al-Zawiya"], [1781, 519]),
    ("2020-06-09",
     "Russian warplanes carried out 10 airstrikes on the outskirts of Al-Bara, Kansafra and Sufuhen in Jabal "
     "Al-Zawiya this morning, the first since the ceasefire agreement. The airstrikes coincided with regime shelling "
     "with rocket launchers on Fleifel and Deir Sunbul.",
     [("bara", V, ("2020-06-09",) * 2, None, AIR, GOV, SKIP),
      ("kansafra", V, ("2020-06-09",) * 2, None, AIR, GOV, SKIP),
      ("sfuhun", V, ("2020-06-09",) * 2, None, AIR, GOV, SKIP),
      ("fleifel", V, ("2020-06-09",) * 2, None, SHELL, GOV, SKIP),
      ("deirsunbul", V, ("2020-06-09",) * 2, None, SHELL, GOV, SKIP)],
     ["Jabal Al-Zawiya"], [10]),
    ("2020-08-26",
     "An explosion rocked a Russian-Turkish joint patrol on the M4 highway near Al-Mastumah, south of Idlib city, "
     "injuring three Russian soldiers. SOHR activists reported that the patrol was targeted by an IED planted on the "
     "road.",
     [("mastumeh", V, ("2020-08-26",) * 2, None, IED, UAG, (GOV, TUR))],
     ["Idlib"], [3]),
    ("2020-10-27",
     "The death toll of the Russian airstrikes on a training camp of 'Failaq Al-Sham' near Kafr Takharim in Harim "
     "countryside yesterday has risen to 78 fighters, while dozens of others were injured, some of them seriously.",
     [("kafrtakharim", T, ("2020-10-26",) * 2, 78, AIR, GOV, OPP)],
     ["Harim"], []),
    ("2021-01-05",
     "SOHR activists reported that regime forces shelled with rocket launchers Kafr Aweed and Sufuhen in Jabal "
     "Al-Zawiya, while the 'Al-Fateh Al-Mubin' operations room targeted regime positions in Kafranbel and Ma'aret "
     "Hurmah. No casualties were reported.",
     [("kafroweid", V, ("2021-01-05",) * 2, None, SHELL, GOV, SKIP),
      ("sfuhun", V, ("2021-01-05",) * 2, None, SHELL, GOV, SKIP),
      ("kafrnabl", T, ("2021-01-05",) * 2, None, SHELL, OPP, GOV),
      ("maarhurmah", V, ("2021-01-05",) * 2, None, SHELL, OPP, GOV)],
     ["Jabal Al-Zawiya"], []),
    ("2021-03-21",
     "Regime forces shelled Al-Atarib city in the western countryside of Aleppo with surface-to-surface missiles this "
     "morning, targeting Al-Atarib hospital and killing 6 civilians, including a child, and injuring 15 others, among "
     "them medical staff. SOHR activists reported that the shelling also targeted Kafr Nouran and Kafr Amma.",
     [("atarib", T, ("2021-03-21",) * 2, 6, SHELL, GOV, CIV),
      ("kafrnoran", V, ("2021-03-21",) * 2, None, SHELL, GOV, SKIP),
      ("kaframma", V, ("2021-03-21",) * 2, None, SHELL, GOV, SKIP)],
     ["Aleppo"], [15]),
    ("2021-06-11",
     "A child was killed and 3 other members of his family were injured in regime shelling with Krasnopol guided "
     "shells on Iblin in Jabal Al-Zawiya yesterday. Since the beginning of June, SOHR has documented the death of 31 "
     "people in regime shelling on the 'de-escalation zone', including 13 children.",
     [("iblin", V, ("2021-06-10",) * 2, 1, SHELL, GOV, CIV)],
     ["Jabal Al-Zawiya"], [31, 13]),
    ("2021-07-18",
     "In a new massacre, 7 members of a family, including 4 children, were killed when regime forces shelled Sirja in "
     "Jabal Al-Zawiya with Krasnopol shells. SOHR activists reported that the shelling also targeted Al-Bara, "
     "Fleifel, Kansafra and Deir Sunbul.",
     [("sirja", V, ("2021-07-18",) * 2, 7, SHELL, GOV, CIV),
      ("bara", V, ("2021-07-18",) * 2, None, SHELL, GOV, SKIP),
      ("fleifel", V, ("2021-07-18",) * 2, None, SHELL, GOV, SKIP),
      ("kansafra", V, ("2021-07-18",) * 2, None, SHELL, GOV, SKIP),
      ("deirsunbul", V, ("2021-07-18",) * 2, None, SHELL, GOV, SKIP)],
     ["Jabal Al-Zawiya"], [4]),
    ("2021-09-07",
     "Russian warplanes carried out 18 airstrikes since dawn today on the outskirts of Jisr Al-Shughur and Kbana in "
     "Jabal Al-Akrad, as well as the vicinity of Al-Ziyarah and Qastoun in Sahl Al-Ghab. No casualties were "
     "reported.",
     [("jisr", T, ("2021-09-07",) * 2, None, AIR, GOV, SKIP),
      ("kabani", V, ("2021-09-07",) * 2, None, AIR, GOV, SKIP),
      ("ziyara", V, ("2021-09-07",) * 2, None, AIR, GOV, SKIP),
      ("qastun", V, ("2021-09-07",) * 2, None, AIR, GOV, SKIP)],
     ["Jabal Al-Akrad", "Sahl Al-Ghab"], [18]),
    ("2021-09-28",
     "A member of the Turkish-backed 'National Front for Liberation' was killed and two others were injured when "
     "regime forces targeted their vehicle with a guided missile on the Al-Ankawi axis in Sahl Al-Ghab.",
     [("ankawi", V, ("2021-09-28",) * 2, 1, SHELL, GOV, FAC)],
     ["Sahl Al-Ghab"], []),
    ("2021-10-20",
     "HTS executed a young man in Idlib city on charges of killing a member of the group, SOHR activists reported. "
     "The execution took place in public in the main square of the city.",
     [("idlib", T, ("2021-10-20",) * 2, 1, ATT, OPP, CIV)],
     [], []),
    ("2021-12-01",
     "Unknown gunmen shot dead a member of HTS near Sarmada in the northern countryside of Idlib, while an IED "
     "exploded in a car of a 'Faylaq Al-Sham' commander in Al-Dana, injuring him. SOHR documented the death of 54 "
     "people in the assassination attempts in the HTS-held areas since the beginning of 2021.",
     [("sarmada", T, ("2021-12-01",) * 2, 1, (ATT, CL), UAG, OPP),
      ("dana", T, ("2021-12-01",) * 2, None, IED, UAG, OPP)],
     ["Idlib"], [54]),
    ("2022-01-02",
     "Russian warplanes carried out 4 airstrikes on a poultry farm in the vicinity of Ma'arat Misrin, north of Idlib "
     "city, SOHR activists reported. It is worth noting that the Russian warplanes had carried out 15 airstrikes on "
     "the 'Putin-Erdogan' zone on Friday.",
     [("maaratmisrin", T, ("2022-01-02",) * 2, None, AIR, GOV, SKIP)],
     ["Idlib"], [4, 15]),
    ("2022-03-15",
     "A civilian was killed and another was injured by a landmine explosion, left over from the war, while they were "
     "working in their land near Al-Hwash in Sahl Al-Ghab.",
     [("hwash", V, ("2022-03-15",) * 2, 1, IED, SKIP, CIV)],
     ["Sahl Al-Ghab"], []),
    ("2022-06-20",
     "Regime forces shelled with heavy artillery Al-Fateerah, Sufuhen and Kansafra, as well as the vicinity of "
     "Ma'arat Al-Na'san and Taqad in the western countryside of Aleppo. In the meantime, Turkish forces responded by "
     "shelling regime positions in Kafr Halab and Mizanaz.",
     [("fatira", V, ("2022-06-20",) * 2, None, SHELL, GOV, SKIP),
      ("sfuhun", V, ("2022-06-20",) * 2, None, SHELL, GOV, SKIP),
      ("kansafra", V, ("2022-06-20",) * 2, None, SHELL, GOV, SKIP),
      ("maaratnasan", V, ("2022-06-20",) * 2, None, SHELL, GOV, SKIP),
      ("tqad", V, ("2022-06-20",) * 2, None, SHELL, GOV, SKIP),
      ("kafrhalab", V, ("2022-06-20",) * 2, None, SHELL, TUR, GOV),
      ("mizanaz", V, ("2022-06-20",) * 2, None, SHELL, TUR, GOV)],
     ["Aleppo"], []),
    ("2022-08-22",
     "SOHR activists reported that jihadists of 'Ansar Al-Tawhid' launched an attack on regime positions on the "
     "Al-Malajah axis in the southern countryside of Idlib, which triggered violent clashes. According to SOHR "
     "sources, 4 regime soldiers and 2 jihadists were killed in the attack.",
     [("milaja", V, ("2022-08-22",) * 2, 6, CL, WAR, WAR)],
     ["Idlib"], []),
    ("2019-05-09",
     "Regime forces, backed by Russian warplanes, captured Qalaat Al-Madiq and Al-Kirkat after the factions "
     "withdrew, as the regime forces continue their advance in the north-western countryside of Hama. SOHR "
     "documented the death of 11 members of the regime forces and 8 fighters in the clashes on the Al-Madiq axis "
     "since yesterday.",
     [("madiq", T, SKIP, SKIP, GRT, GOV, SKIP),
      ("karkat", V, ("2019-05-09",) * 2, None, GRT, GOV, SKIP)],
     ["Hama"], [11, 8]),
    ("2019-06-06",
     "HTS and the factions launched a counter-attack on regime positions in Tal Meleh and Al-Jubain in the northern "
     "countryside of Hama, and managed to regain control of both villages. SOHR documented the death of 22 members of "
     "the regime forces and 15 fighters since the beginning of the attack.",
     [("tallmilh", V, ("2019-06-06",) * 2, SKIP, NSO, OPP, SKIP),
      ("jubain", V, ("2019-06-06",) * 2, SKIP, NSO, OPP, SKIP)],
     ["Hama"], [22, 15]),
    ("2019-11-12",
     "A woman and her two children were killed in Russian airstrikes on Maar Shurin in the eastern countryside of "
     "Maarat Al-Nu'man, while regime forces shelled Al-Tah, Kafr Sajna and Al-Sheikh Mustafa. SOHR has documented the "
     "death of 5,289 people since the beginning of the escalation on April 30.",
     [("maarshurin", V, ("2019-11-12",) * 2, 3, AIR, GOV, CIV),
      ("tah", V, ("2019-11-12",) * 2, None, SHELL, GOV, SKIP),
      ("kafrsajna", V, ("2019-11-12",) * 2, None, SHELL, GOV, SKIP),
      ("sheikhmustafa", V, ("2019-11-12",) * 2, None, SHELL, GOV, SKIP)],
     ["Maarat Al-Nu'man"], [5289]),
    ("2020-02-04",
     "Turkish forces established a new military post in Qminas, south-east of Idlib city, amid the continuous "
     "deployment of Turkish reinforcements into the 'de-escalation zone', SOHR activists reported.",
     [("qminas", V, ("2020-02-04",) * 2, None, HQ, TUR, SKIP)],
     ["Idlib"], []),
    ("2020-04-14",
     "Demonstrators staged a sit-in on the M4 highway near Al-Nayrab to prevent the passage of the Russian-Turkish "
     "joint patrols, SOHR activists reported.",
     [("nayrab", V, ("2020-04-14",) * 2, None, PP, PROT, SKIP)],
     [], []),
    ("2020-07-14",
     "A suicide bomber blew up a car bomb targeting a Russian-Turkish joint patrol on the M4 highway near Ariha, "
     "injuring Russian and Turkish soldiers, SOHR activists reported.",
     [("ariha", T, ("2020-07-14",) * 2, None, SUI, SKIP, (GOV, TUR))],
     [], []),
    ("2020-12-22",
     "Clashes erupted between regime forces and jihadists of the 'Turkistan Islamic Party' on the Tardin axis in "
     "Jabal Al-Turkman in the northern countryside of Latakia, amid mutual shelling. SOHR activists reported that 3 "
     "regime soldiers were killed in the clashes.",
     [("tardin", V, ("2020-12-22",) * 2, 3, CL, WAR, WAR)],
     ["Jabal Al-Turkman", "Latakia"], []),
    ("2021-02-19",
     "Regime forces shelled with rocket launchers Kansafra and Al-Ruwaiha in Jabal Al-Zawiya, killing a young man in "
     "Al-Ruwaiha, in a new violation of the ceasefire. Meanwhile, Russian warplanes resumed their airstrikes on the "
     "'Putin-Erdogan' zone, carrying out 5 airstrikes on the vicinity of Ain Laroz.",
     [("kansafra", V, ("2021-02-19",) * 2, None, SHELL, GOV, SKIP),
      ("ruwaiha", V, ("2021-02-19",) * 2, 1, SHELL, GOV, CIV),
      ("ainlaruz", V, ("2021-02-19",) * 2, None, AIR, GOV, SKIP)],
     ["Jabal Al-Zawiya", "Putin-Erdogan"], [5]),
    ("2021-04-03",
     "A child succumbed to his injuries sustained in the regime shelling on Kafr Ta'al in the western countryside of "
     "Aleppo two days ago, bringing to 3 the number of civilians killed in the shelling, including 2 children.",
     [("kafrtaal", V, ("2021-04-01",) * 2, 3, SHELL, GOV, CIV)],
     ["Aleppo"], [2]),
    ("2021-05-16",
     "Members of the 'Al-Fateh Al-Mubin' operations room shot down a regime reconnaissance drone over Al-Ziyarah in "
     "Sahl Al-Ghab, SOHR activists reported.",
     [("ziyara", V, ("2021-05-16",) * 2, None, DWU, OPP, GOV)],
     ["Sahl Al-Ghab"], []),
    ("2021-08-11",
     "Regime forces shelled Al-Qarqour and Khirbet Al-Naqous in Sahl Al-Ghab with heavy artillery, while the "
     "'Al-Fateh Al-Mubin' operations room targeted regime positions in Jourin with rockets.",
     [("qarqur", V, ("2021-08-11",) * 2, None, SHELL, GOV, SKIP),
      ("jorin", V, ("2021-08-11",) * 2, None, SHELL, OPP, GOV)],
     ["Sahl Al-Ghab"], []),
    ("2022-02-09",
     "Three HTS members were killed and two others were injured when regime forces targeted their position with a "
     "guided missile on the Kafr Amma front in the western countryside of Aleppo.",
     [("kaframma", V, ("2022-02-09",) * 2, 3, SHELL, GOV, OPP)],
     ["Aleppo"], []),
    ("2022-07-22",
     "In a new massacre by the Russian warplanes, 7 civilians, including 4 children, were killed and 12 others were "
     "injured in airstrikes on the outskirts of Jisr Al-Shughur, bringing to 19 the number of civilians killed by the "
     "Russian airstrikes on the 'Putin-Erdogan' zone since the beginning of 2022.",
     [("jisr", T, ("2022-07-22",) * 2, 7, AIR, GOV, CIV)],
     ["Putin-Erdogan"], [19, 12, 4]),
    ("2022-10-13",
     "HTS took control of Afrin city after the Turkish-backed 'Al-Jabha Al-Shamiya' withdrew from it, amid the "
     "continued infighting among the factions in the 'Olive Branch' areas.",
     [("afrin", T, ("2022-10-13",) * 2, None, NSO, OPP, SKIP)],
     ["Olive Branch"], []),
    ("2022-11-07",
     "Nine civilians, including 4 children, were killed and more than 70 others were injured when regime forces "
     "shelled a camp for the displaced people near Kafr Jalis in the north-western countryside of Idlib with "
     "cluster-munition missiles, SOHR activists reported.",
     [("kafrjalis", V, ("2022-11-07",) * 2, 9, SHELL, GOV, CIV)],
     ["Idlib"], [4, 70]),
    ("2019-04-30",
     "Regime forces shelled Al-Latamenah, Kafr Zita and Mourek in the northern countryside of Hama with more than 150 "
     "rockets and shells, while regime helicopters dropped 12 barrel bombs on Al-Latamenah.",
     [("latamneh", V, ("2019-04-30",) * 2, None, AIR, GOV, SKIP),
      ("kafrzita", V, ("2019-04-30",) * 2, None, SHELL, GOV, SKIP),
      ("murak", V, ("2019-04-30",) * 2, None, SHELL, GOV, SKIP)],
     ["Hama"], [150, 12]),
    ("2019-07-01",
     "The death toll of the Russian airstrikes on Mhambal rose to 6 civilians, including 3 children, while a man was "
     "killed in regime shelling on Kafr Lata, SOHR activists reported.",
     [("mhambal", V, ("2019-07-01",) * 2, 6, AIR, GOV, CIV),
      ("kafrlata", V, ("2019-07-01",) * 2, 1, SHELL, GOV, CIV)],
     [], [3]),
    ("2019-10-24",
     "SOHR activists reported that regime forces shelled with rocket launchers and artillery Kafr Battikh, Dadikh and "
     "the vicinity of Saraqeb, while the jihadists targeted regime positions in Abu Dali with rocket launchers.",
     [("kafrbattikh", V, ("2019-10-24",) * 2, None, SHELL, GOV, SKIP),
      ("dadikh", V, ("2019-10-24",) * 2, None, SHELL, GOV, SKIP),
      ("saraqib", T, ("2019-10-24",) * 2, None, SHELL, GOV, SKIP),
      ("abudali", V, ("2019-10-24",) * 2, None, SHELL, OPP, GOV)],
     [], []),
    ("2020-01-15",
     "Russian warplanes carried out airstrikes on Idlib city, targeting the industrial zone and a vegetable market, "
     "killing 18 civilians including 3 children, while 6 more civilians were killed in regime shelling on Binnish.",
     [("idlib", T, ("2020-01-15",) * 2, 18, AIR, GOV, CIV),
      ("binnish", T, ("2020-01-15",) * 2, 6, SHELL, GOV, CIV)],
     [], [3]),
    ("2020-02-26",
     "The factions and HTS regained control of Saraqeb city after fierce clashes with regime forces, cutting the M5 "
     "highway again, SOHR activists reported. At least 23 regime soldiers and 11 fighters were killed in the clashes.",
     [("saraqib", T, ("2020-02-26",) * 2, SKIP, NSO, OPP, SKIP)],
     [], [23, 11]),
    ("2021-11-18",
     "A child was killed and two others were injured by the explosion of a war remnant while they were playing near "
     "their home in Ma'arat Misrin, north of Idlib city.",
     [("maaratmisrin", T, ("2021-11-18",) * 2, 1, IED, SKIP, CIV)],
     ["Idlib"], []),
    ("2022-05-03",
     "Unidentified gunmen abducted a pharmacist in Al-Dana in the northern countryside of Idlib and took him to an "
     "unknown destination, SOHR activists reported.",
     [("dana", T, ("2022-05-03",) * 2, None, ABD, UAG, CIV)],
     ["Idlib"], []),
    ("2021-10-30",
     "Residents of Kafr Takharim staged a protest against the decision of the 'Salvation Government' to raise the "
     "price of bread, SOHR activists reported.",
     [("kafrtakharim", T, ("2021-10-30",) * 2, None, PP, PROT, SKIP)],
     [], []),
    ("2020-05-04",
     "Regime forces shelled Al-Sirmaniyah and Qastoun in Sahl Al-Ghab on Saturday, killing a man in Qastoun, SOHR "
     "activists reported.",
     [("sarmaniya", V, ("2020-05-02",) * 2, None, SHELL, GOV, SKIP),
      ("qastun", V, ("2020-05-02",) * 2, 1, SHELL, GOV, CIV)],
     ["Sahl Al-Ghab"], []),
    ("2022-09-13",
     "Regime forces shelled Kbana in Jabal Al-Akrad in the northern countryside of Latakia with heavy artillery, "
     "while fighters of the 'Al-Fateh Al-Mubin' operations room targeted regime positions in Jourin with rockets.",
     [("kabani", V, ("2022-09-13",) * 2, None, SHELL, GOV, SKIP),
      ("jorin", V, ("2022-09-13",) * 2, None, SHELL, OPP, GOV)],
     ["Jabal Al-Akrad", "Latakia"], []),
    ("2021-12-28",
     "Russian warplanes carried out 3 airstrikes on the vicinity of Mozrah and Balyoun in Jabal Al-Zawiya after "
     "midnight, the first Russian airstrikes on the region in a week. SOHR has documented the death of 2,179 people "
     "in the 'Putin-Erdogan' zone since the ceasefire came into effect.",
     [("mozra", V, ("2021-12-28",) * 2, None, AIR, GOV, SKIP),
      ("balyun", V, ("2021-12-28",) * 2, None, AIR, GOV, SKIP)],
     ["Jabal Al-Zawiya", "Putin-Erdogan"], [2179, 3]),
]
