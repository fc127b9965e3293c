"""Line roles: headline, deck, byline, dateline, caption, credit, time stamp and body on made-up pages."""

from __future__ import annotations

from mtqa import Checker
from mtqa.document import Document
from mtqa.roles import DISPLAY_ROLES, LayoutRole, line_roles
from mtqa.rule import RuleContext

PAGE = """Mayor promises new bus lanes by spring

The plan would add 40 kilometres of lanes in four years.

By Jane Doe, The Daily Planet
Posted March 3, 2024 10:15 am

A bus waits at a stop on Main Street
A bus waits at a stop on Main Street on Monday. THE CANADIAN PRESS/John Roe

HALIFAX — The mayor promised on Monday to add bus lanes.

"We are late," she said. Photo by Ann Poe

Photograph courtesy of Halifax Transit"""

R = LayoutRole


def _roles(text: str) -> list[tuple[str, str]]:
    roles = line_roles(Document(text))
    return [(s.role.value, text[s.start:s.end]) for s in roles.segments]


def test_a_page_s_lines_get_their_roles() -> None:
    assert _roles(PAGE) == [
        ("headline", "Mayor promises new bus lanes by spring"),
        ("deck", "The plan would add 40 kilometres of lanes in four years."),
        ("byline", "By Jane Doe, The Daily Planet"),
        ("timestamp", "Posted March 3, 2024 10:15 am"),
        ("caption", "A bus waits at a stop on Main Street"),
        ("caption", "A bus waits at a stop on Main Street on Monday. "),
        ("credit", "THE CANADIAN PRESS/John Roe"),
        ("dateline", "HALIFAX — "),
        ("body", "The mayor promised on Monday to add bus lanes."),
        ("caption", '"We are late," she said. '),
        ("credit", "Photo by Ann Poe"),
        ("credit", "Photograph courtesy of Halifax Transit"),
    ]


def test_lookups_by_offset_and_paragraph() -> None:
    doc = Document(PAGE)
    roles = line_roles(doc)
    assert roles.at(PAGE.index("HALIFAX")) is R.DATELINE
    assert roles.at(PAGE.index("The mayor")) is R.BODY
    par = next(p for p in doc.paragraphs if "Posted" in p.text)
    assert roles.role(par, par.text.index("Posted")) is R.TIMESTAMP
    assert roles.is_display(par, 0) and R.BODY not in DISPLAY_ROLES


def test_body_copy_stays_body() -> None:
    text = ("The minister said the plan was late. She did not say by how much.\n\n"
            "“We will see,” he said on Tuesday, and the committee adjourned.")
    assert {role for role, _ in _roles(text)} == {"body"}


def test_short_sentences_that_look_like_bylines_or_stamps_stay_body() -> None:
    for text in ("Stand By Me is the film she chose for the gala.", "By then the vote was over, she said.",
                 "By Monday, the council had voted."):
        assert _roles(text) == [("body", text)], text


def test_a_credit_inside_a_sentence_is_body() -> None:
    text = "The premier spoke (Jane Doe/The Canadian Press) and the vote went ahead on Monday as planned."
    assert _roles(text) == [("body", text)]


def test_markdown_headings_are_headlines() -> None:
    doc = Document("# Bus lanes by spring\n\nThe mayor promised on Monday to add bus lanes, she said.",
                   format="markdown")
    assert [s.role for s in line_roles(doc).segments][0] is R.HEADLINE


def test_html_figcaptions_are_captions() -> None:
    html = ("<article><h1>Bus lanes by spring</h1><figure><img src='a.jpg'>"
            "<figcaption>The mayor at City Hall on \"bus day\". (Jane Doe/The Daily Star)</figcaption></figure>"
            "<p>“We are late,” the mayor said on Monday, and the council agreed.</p></article>")
    doc = Document(html, format="html")
    roles = [s.role for s in line_roles(doc).segments]
    assert roles == [R.HEADLINE, R.CAPTION, R.CREDIT, R.BODY]
    assert Checker(select=["quotes/mixed-style", "boilerplate/photo-credit"]).check(doc).findings == []


def test_the_analysis_runs_once_per_document() -> None:
    from mtqa.analysis import analysis as declare

    calls = []

    @declare("text-length")
    def analysis(doc):
        calls.append(doc)
        return len(doc.text)

    doc = Document("Some text.")
    state: dict = {}
    chk = Checker()
    metas = [r.meta for r in chk.rules[:2]]
    results = [RuleContext(doc, m, {}, {}, state).analysis(analysis) for m in metas]
    assert results == [10, 10] and len(calls) == 1


def test_paragraph_analyses_are_kept_once_per_paragraph_and_forgotten_with_their_state() -> None:
    """A long document's section asks for thousands of per-paragraph analyses: the cache keeps
    one result per paragraph and analysis (no key object per pair), and `forget_state` drops
    them all."""
    import gc

    from mtqa.analysis import PARAGRAPH
    from mtqa.analysis import analysis as declare
    from mtqa.rule import forget_state

    calls = []

    @declare("first-word", scope=PARAGRAPH)
    def first_word(par):
        calls.append(par)
        return par.text.split()[0]

    doc = Document("One here.\n\nTwo there.")
    state: dict = {}
    metas = [r.meta for r in Checker().rules[:2]]
    contexts = [RuleContext(doc, m, {}, {}, state) for m in metas]
    got = [ctx.analysis(first_word, par) for ctx in contexts for par in doc.paragraphs]
    assert got == ["One", "Two", "One", "Two"] and calls == doc.paragraphs
    held = [x for x in gc.get_referents(*state.values()) if isinstance(x, dict)]
    assert held and all(set(d) == set(doc.paragraphs) for d in held)  # results keyed by the paragraph itself
    forget_state(state)
    assert state == {} and not any(held)


def test_a_dateline_is_tried_only_where_its_second_character_can_stand() -> None:
    import random

    import regex

    from mtqa import roles

    # in ASCII, the characters a dateline's second character may be are these
    second = regex.compile(r"[\p{Lu}'’.\-]")
    assert {chr(c) for c in range(128) if second.fullmatch(chr(c))} == roles._DATELINE_SECOND
    pieces = ["OTTAWA", "ST. JOHN'S", "O'BRIEN", "Q.-C.", "The", "A", "É", "ÉDMONTON", "MONTRÉAL", "Ottawa", "—", "–",
              "--", " ", ", ", "N.L.", "(CP)", "x", "O’NEIL", "\u00a0", "1", "ß"]
    rng = random.Random(5)
    matched = 0
    for _ in range(5000):
        line = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
        expected = roles._DATELINE.match(line)
        got = roles._dateline(line)
        assert (got and got.span()) == (expected and expected.span()), line
        matched += expected is not None
    assert matched > 100
