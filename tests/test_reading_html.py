"""HTML pages whose furniture is malformed must never lose the article body."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.read.html import html_to_text

BODY = ["Two civilians were killed in regime shelling on Ariha on Monday.",
        "The Civil Defence said rescuers pulled three people from the rubble.",
        "Residents said the strikes continued into the night across the south of Idlib."]
FURNITURE = ["aside", "nav", "form", "header", "footer", "figcaption"]


def page(opening: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>T</title></head><body><div class='top'>Home</div>"
            f"{opening}<h1>Shelling kills two in Ariha</h1>{paragraphs}</body></html>")


@pytest.mark.parametrize("tag", FURNITURE)
def test_unclosed_furniture_does_not_swallow_the_article(tag):
    text, info = html_to_text(page(f"<{tag}><a href='/'>Menu</a>"))
    for p in BODY:
        assert p in text
    assert info["title"] == "T"


@settings(max_examples=80, deadline=None)
@given(tags=st.lists(st.sampled_from(FURNITURE), min_size=1, max_size=4),
       closed=st.lists(st.booleans(), min_size=4, max_size=4),
       junk=st.text(alphabet="abc <>/=\"'&;", max_size=30))
def test_any_mix_of_unclosed_furniture_keeps_the_body(tags, closed, junk):
    opening = "".join(f"<{t} class='x'>{junk}" + (f"</{t}>" if c else "") for t, c in zip(tags, closed))
    text, _ = html_to_text(page(opening))
    for p in BODY:
        assert p in text


def test_closed_furniture_is_still_dropped_and_nested_furniture_inside_the_bulk_too():
    html = ("<body><nav>Home | News</nav><aside><p>Most read: a short teaser</p></aside>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "<footer>© Outlet</footer></body>")
    text, _ = html_to_text(html)
    assert text == "\n".join(BODY)
    swallowed = "<form><nav>Home | News</nav>" + "".join(f"<p>{p}</p>" for p in BODY)  # an ASP.NET-style page form
    assert html_to_text(swallowed)[0] == "\n".join(BODY)


@pytest.mark.parametrize("tag", ["script", "style", "template", "noscript"])
def test_code_is_dropped_even_when_it_holds_everything(tag):
    html = f"<p>Intro</p><{tag}>" + "".join(f"<p>{p}</p>" for p in BODY) + f"</{tag}><p>End</p>"
    text, _ = html_to_text(html)
    assert "Intro" in text and "End" in text and BODY[0] not in text


def test_malformed_and_empty_inputs_do_not_raise():
    for html in ["", "<", "<p>", "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
                 "<p>a\x00b</p>", "<p>\ud800</p>", "<div>" * 5000 + "deep" + "</div>" * 5000]:
        text, info = html_to_text(html)
        assert isinstance(text, str) and isinstance(info, dict)
    assert html_to_text("<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>")[0] == "x"


def test_entities_and_tails_survive():
    text, _ = html_to_text("<p>Two&nbsp;killed in <b>Ariha</b>, &amp; three <!-- c --> wounded<br>next</p>")
    assert text == "Two killed in Ariha, & three wounded\nnext"


@pytest.mark.parametrize("broken", ["<b class='", '<b class="', "<aside class='x'><b ;='", "<a href='/news"])
def test_an_attribute_quote_never_closed_does_not_swallow_the_article(broken):
    # libxml2 drops a tag whose quote never closes together with everything up to the next quote
    # (here: the whole article); the page is read again with the quote closed.
    text, info = html_to_text(page(broken))
    for p in BODY:
        assert p in text
    assert info["title"] == "T"


def test_markup_in_a_closed_attribute_stays_in_the_attribute():
    html = page("<span data-tip='<b>Most read</b>'>Share</span>")
    text, _ = html_to_text(html)
    assert "Most read" not in text and "Share" in text and BODY[0] in text


@pytest.mark.parametrize("opening", ["<!-- share buttons", "<script>var ads = [", "<style>.menu{", "<textarea>",
                                     "<noscript>", "<iframe src='/ad'>", "<select><option>EN", "<svg><path d='M0'>",
                                     "<button>Menu", "<template>", "<object data='x'>", "<title>"])
def test_an_element_or_comment_never_closed_does_not_swallow_the_article(opening):
    # A browser (and libxml2) reads such an element to the end of the page: only 'Home' was left.
    text, info = html_to_text(page(opening))
    for p in BODY:
        assert p in text
    assert "<p>" not in text and info["title"] == "T"


def test_closed_scripts_and_comments_still_hide_their_content():
    html = page("<script>document.write('<p>Ad text</p>');</script><!-- <p>Old draft</p> -->")
    text, _ = html_to_text(html)
    assert "Ad text" not in text and "Old draft" not in text and BODY[0] in text
