"""clear_caches forgets what reading keeps across documents, and never changes a result."""
from geoincidents import Document, Gazetteer
from geoincidents.fields import counts
from geoincidents.pipeline import clear_caches, process
from geoincidents.places import answers

TEXT = ("Airstrikes hit Saraqeb on Monday, killing four civilians. "
        "Shelling on Kafr Nabl wounded two, activists said.")


def _held(gaz: Gazetteer) -> int:
    tables = sum(len(a._tables.get(gaz, {})) for a in list(answers._ALL))
    return sum(gaz.cache_sizes().values()) + counts._memo.cache_info().currsize + tables


def test_clear_caches_empties_every_memo_and_keeps_results():
    gaz = Gazetteer.default()
    doc = Document(TEXT, doc_id="d", published="2019-05-14")
    first = process(doc).incidents
    assert _held(gaz) > 0
    clear_caches()
    assert _held(gaz) == 0
    assert process(doc).incidents == first


def test_clear_caches_clears_a_users_own_gazetteer_too():
    import pandas as pd

    mine = Gazetteer.default().with_places(pd.DataFrame(
        {"name": ["Tell Nowhere"], "lat": [35.9], "lon": [36.6]}))
    process(Document("Shelling hit the village of Tell Nowhere.", published="2019-05-14"), gazetteer=mine)
    assert sum(mine.cache_sizes().values()) > 0
    clear_caches(mine)
    assert sum(mine.cache_sizes().values()) == 0


def test_answers_of_two_gazetteers_asked_in_turn_stay_apart():
    import pandas as pd

    base = Gazetteer.default()
    mine = base.with_places(pd.DataFrame({"name": ["Tell Nowhere"], "lat": [35.9], "lon": [36.6]}))
    is_name = answers.Answers(lambda gaz, text: gaz.is_name(text))
    for _ in range(2):  # alternating: each question goes to its own gazetteer's table
        assert is_name(mine, "Tell Nowhere") and not is_name(base, "Tell Nowhere")
    answers.forget(mine)
    assert not is_name.table(mine) and is_name.table(base)
