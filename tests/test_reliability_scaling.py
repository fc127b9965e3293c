"""Long documents: checked in sections with the same findings, linear building blocks
(issue 12, items 2 and 3). Speed and memory figures are in benchmarks/scaling.py."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import Checker, translationese
from mtqa.engine import SECTION_CHARS, sections_of
from mtqa.formats import parse
from mtqa.segment import Paragraph, count_words
from mtqa.spans import SpanSet

CHECKER = Checker(languagetool="off")
# A finding on the whole text is not the sum of findings on its parts (it needs 100 words of
# prose): the rules that judge spans, for comparing a document with its parts.
WHOLE_TEXT_RULE = "calques/reads-as-translation"
SPAN_CHECKER = Checker(languagetool="off", ignore=[WHOLE_TEXT_RULE])
STORY = ("Canadian Defense Minister Sam Patel said the the talks in favor of the motion would resume. "
         "He said “it was fine” and that the Department of Homeland Security was informed. ")


def test_a_long_single_line_is_cut_into_sections_at_sentence_starts() -> None:
    text = STORY * (3 * SECTION_CHARS // len(STORY))
    pars = parse(text, "plain").paragraphs
    assert len(pars) == 1
    sections = sections_of(pars)
    assert len(sections) >= 3
    pieces = [p for s in sections for p in s]
    assert "".join(p.text for p in pieces) == pars[0].text  # nothing lost, nothing doubled
    assert all(len(p.text) <= SECTION_CHARS for p in pieces)
    for p in pieces[1:]:
        assert p.text[:1].isupper() and text[p.start - 1] == " "  # a sentence start


def test_the_rules_never_see_more_than_a_section(monkeypatch) -> None:
    import mtqa.engine as engine

    seen: list[int] = []
    real = engine.RuleContext

    def spy(doc, *a, **k):  # every rule that runs is handed a context of what it reads
        seen.append(sum(len(p.text) for p in doc.paragraphs))
        return real(doc, *a, **k)

    monkeypatch.setattr(engine, "RuleContext", spy)
    text = STORY * (3 * SECTION_CHARS // len(STORY))
    CHECKER.check(text)
    assert seen and max(seen) <= SECTION_CHARS


def test_story_wide_searches_see_their_section_only(monkeypatch) -> None:
    """A rule that searches the story's text (a calque's context, "China" named anywhere) looks
    within `doc.extent`: a section's own span, so a long line is not searched whole once per
    section (quadratic time)."""
    import mtqa.engine as engine

    extents: set[tuple[int, int]] = set()
    real = engine.RuleContext

    def spy(doc, *a, **k):  # every rule that runs is handed a context of what it reads
        extents.add(doc.extent)
        return real(doc, *a, **k)

    monkeypatch.setattr(engine, "RuleContext", spy)
    text = STORY * (3 * SECTION_CHARS // len(STORY))
    CHECKER.check(text)
    spans = sorted(extents)
    assert len(spans) >= 3 and all(e - s <= SECTION_CHARS for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())  # the paragraph, without its trailing space
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # the sections tile the text
    assert CHECKER.check("Short story.").text and engine.Document("Short story.").extent == (0, 12)


def test_findings_of_a_long_document_are_those_of_its_parts() -> None:
    """Sections cut between sentences: a run of stories yields each finding once per story.

    The stories differ in a number each, since a story printed verbatim again is rightly
    flagged itself (repetition/repeated-sentence), and not once per copy."""
    def story(n: int) -> str:
        return STORY.replace("would resume.", f"would resume in room {n}.").replace("was informed.", f"was told in memo {n}.")

    one = SPAN_CHECKER.check(story(7).strip())
    copies = 2 * SECTION_CHARS // len(STORY) + 1
    many = SPAN_CHECKER.check("".join(story(n) for n in range(copies)))
    assert len(many.findings) == copies * len(one.findings)
    assert {f.rule_id for f in many.findings} == {f.rule_id for f in one.findings}


# A story whose prose reads as translated (chains of "of the", connectives, no "said"), for
# the whole-text judgment below.
TRANSLATED_STORY = ("The adoption of the reform of the system of the health of the province was announced by "
                    "the minister of the region, who, moreover, underlined the importance of the measure. "
                    "The representatives of the unions of the sector, however, denounced the absence of the "
                    "consultation of the personnel of the establishments. ")


def test_a_judgment_on_the_whole_text_is_made_once_on_its_first_section() -> None:
    """calques/reads-as-translation needs 100 words of prose, which one short story lacks
    (so it is left out above): a run of stories is judged once, in the first section,
    however many sections the text is checked in, with one finding per PROSE_WORDS_PER_FINDING
    words of the prose read (5,000 words at most)."""
    copies = 2 * SECTION_CHARS // len(TRANSLATED_STORY) + 1
    text = TRANSLATED_STORY * copies
    whole = [f for f in CHECKER.check(text).findings if f.rule_id == WHOLE_TEXT_RULE]
    assert len(whole) == translationese.findings_for(translationese.MAX_PROSE_WORDS) == -(-5000 // translationese.PROSE_WORDS_PER_FINDING)
    assert all(f.span.start < SECTION_CHARS for f in whole)
    assert len({f.span.start for f in whole}) == len(whole)
    assert not [f for f in CHECKER.check(TRANSLATED_STORY).findings if f.rule_id == WHOLE_TEXT_RULE]


# Plain council news with one calque a paragraph (a finding of a family the judgment weighs):
# its prose alone reads as clean copy, its findings' rate puts it well over the threshold.
COUNCIL_STORY = ("The council of {town} approved the budget of the town on Monday, and the mayor said "
                 "the system of the health would get more money. Residents of the area will vote on "
                 "the plan in the spring, officials said.")


def test_a_long_document_is_judged_as_its_first_section_alone(monkeypatch) -> None:
    """The judgment weighs the other rules' findings per 100 words: those of the first section
    over the first section's words, the figure a document of that section alone gives. Over
    the whole document's words (as before), twelve sections of the same story diluted the rate
    twelvefold and the long text read as clean copy."""
    import mtqa.engine as engine

    limit = 20_000  # sections of 20,000 characters: the same cut as at SECTION_CHARS, a dozen of them quicker
    real = engine._sections
    monkeypatch.setattr(engine, "_sections", lambda doc: real(doc, limit))
    towns = [f"{name}{n}" for n in range(220) for name in ("Arden", "Belmont", "Corvale", "Dunmore", "Elswick")]
    text = "\n\n".join(COUNCIL_STORY.format(town=town) for town in towns)
    assert len(text) > 11 * limit
    first = sections_of(parse(text, "plain").paragraphs, limit)[0]
    last = first[-1]
    alone = text[:last.to_doc(len(last.text))]
    assert len(sections_of(parse(alone, "plain").paragraphs, limit)) == 1 and len(alone) < len(text)

    def judged(report) -> list[str]:
        return [f.message for f in report.findings if f.rule_id == WHOLE_TEXT_RULE]

    expected = judged(CHECKER.check(alone))
    assert expected  # the first section alone reads as translated, by its findings
    assert judged(CHECKER.check(text)) == expected


def test_findings_land_on_the_same_text_in_every_section() -> None:
    text = STORY * (2 * SECTION_CHARS // len(STORY) + 1)
    report = CHECKER.check(text)
    for f in report.findings:
        assert text[f.span.start:f.span.end] == f.text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\u00a0—“”"), max_size=400))
def test_counting_words_in_chunks_equals_counting_at_once(text: str) -> None:
    import mtqa.segment as segment

    whole = count_words(text)
    old = segment._COUNT_CHUNK
    segment._COUNT_CHUNK = 7
    try:
        assert count_words(text) == whole
    finally:
        segment._COUNT_CHUNK = old


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=30), st.integers(-5, 260))
def test_span_set_answers_like_a_scan(spans, pos) -> None:
    pairs = [(a, a + n) for a, n in spans]
    assert SpanSet(pairs).covers(pos) == any(a <= pos < b for a, b in pairs)


def test_sentence_at_answers_like_a_scan() -> None:
    rng = random.Random(7)
    text = " ".join(rng.choice(["It rained.", "Mr. Smith left!", "Why?", "U.S. troops", "stayed."]) for _ in range(300))
    par = Paragraph(text, 0)
    for i in range(0, len(text), 7):
        expected = next((s for s in par.sentences if s.start <= i < s.end), None)
        assert par.sentence_at(i) == expected


def test_a_long_markdown_paragraph_keeps_its_offsets_in_sections() -> None:
    text = ("*Note.* " + STORY) * (SECTION_CHARS // len(STORY) + 5)
    report = CHECKER.check(text, format="markdown")
    assert report.findings
    for f in report.findings:
        assert text[f.span.start:f.span.end] == f.text


def test_many_suppressions_in_a_long_document_silence_exactly_their_lines() -> None:
    lines = []
    for i in range(300):
        if i % 3 == 0:
            lines.append("# mtqa-disable-next-line repetition")
        lines.append(f"Story {i} said the the talks resumed.")
    report = CHECKER.check("\n".join(lines) + "\n")
    doubled = [f for f in report.findings if f.rule_id == "repetition/doubled-word"]
    assert len(doubled) == 200
    assert all(f.text == " the" for f in doubled)
    silenced = {f"Story {i} " for i in range(0, 300, 3)}
    for f in doubled:
        line = report.text.splitlines()[f.span.line - 1]
        assert not any(line.startswith(s) for s in silenced)


def test_each_section_releases_its_paragraphs(monkeypatch) -> None:
    """Memory stays bounded by one section: a plain text's paragraphs are made as its sections
    are read, so when a section's turn comes the paragraphs of the sections before it are gone
    (at most the next section, read ahead, is alive beside it), and the document keeps no list
    of them (issue 12, item 3)."""
    import gc

    import mtqa.engine as engine
    from mtqa.document import Document

    def alive() -> int:
        return sum(1 for o in gc.get_objects() if type(o) is Paragraph)

    doc = Document((STORY + "\n\n") * (3 * SECTION_CHARS // len(STORY)))
    before = alive()
    sizes: list[int] = []
    held: list[int] = []
    real = engine.Scanner.scan

    def spy(self, paragraphs):
        sizes.append(len(paragraphs))
        held.append(alive() - before)
        return real(self, paragraphs)

    monkeypatch.setattr(engine.Scanner, "scan", spy)
    report = CHECKER.check(doc)
    total = sum(sizes)
    assert len(sizes) >= 3 and report.findings
    assert all(h <= 2 * max(sizes) + 2 for h in held), (held, sizes)
    assert max(held) < total
    assert alive() - before <= 0  # nothing kept after the check, not even by the document
    assert CHECKER.check(doc).findings == report.findings  # the document can be checked again


def test_a_paragraph_has_no_dict_and_drops_what_it_derived() -> None:
    par = Paragraph("Mr. Smith went to Ottawa. He said so.", 0)
    assert not hasattr(par, "__dict__")
    spans, sentences = par.token_spans, par.sentences
    assert par.token_spans is spans and par.sentences is sentences  # cached
    assert [s.text for s in sentences] == ["Mr. Smith went to Ottawa.", "He said so."]
    assert par.sentence_starts == [0, 26] and par.sentence_ends == [25, 37]
    par.drop_caches()
    assert par.token_spans == spans and par.token_spans is not spans
    with pytest.raises(AttributeError):
        par.cache = {}  # type: ignore[attr-defined]


def test_a_long_documents_findings_are_kept_compact_until_its_sections_are_checked(monkeypatch) -> None:
    """While the sections of a long document are checked, what the rules found is kept without
    its paragraph (which would keep the section alive) and without a Finding's text, line and
    column; the Findings are made once every section is checked."""
    import msgspec

    import mtqa.engine as engine
    from mtqa.finding import Finding

    kept: list = []
    real = engine.Checker._stamp

    def spy(self, *a):  # what the engine keeps of each raw finding while the sections are checked
        stamped = real(self, *a)
        kept.append(stamped)
        return stamped

    monkeypatch.setattr(engine.Checker, "_stamp", spy)
    text = STORY * (2 * SECTION_CHARS // len(STORY) + 1)
    report = CHECKER.check(text)
    assert kept and report.findings
    assert not any(isinstance(x, Finding) for x in kept)
    assert not any(isinstance(v, Paragraph) for x in kept for v in msgspec.structs.astuple(x))
    assert all(isinstance(f, Finding) for f in report.findings)


def test_a_sections_analysis_is_forgotten_after_its_last_reader() -> None:
    """After the first section, a long document's section drops an analysis once the last rule
    known to read it has run; a rule not known to read it computes it again, and is its last
    reader from then on."""
    from mtqa.analysis import PARAGRAPH, analysis
    from mtqa.document import Document
    from mtqa.finding import Severity
    from mtqa.rule import AnalysisReaders, RuleContext, RuleMeta

    calls: list[str] = []

    @analysis("toy", scope=PARAGRAPH)
    def toy(par):
        calls.append(par.text)
        return object()

    ids = ["toy/a", "toy/b", "toy/c"]
    readers = AnalysisReaders(ids)
    state: dict = {"notes": []}
    doc, par = Document("Some text."), Paragraph("Some text.", 0)

    def ctx(rule_id: str) -> RuleContext:
        return RuleContext(doc, RuleMeta(id=rule_id, category="Fluency/Grammar", severity=Severity.MINOR), {}, {},
                           state, readers=readers)

    readers.learned()  # as from the second section on
    first = ctx("toy/a").analysis(toy, par)
    assert ctx("toy/b").analysis(toy, par) is first  # read from the cache: toy/a is its known reader
    readers.forget_after("toy/a", state)
    again = ctx("toy/b").analysis(toy, par)
    assert again is not first and len(calls) == 2  # computed again, by toy/b
    readers.forget_after("toy/a", state)
    assert ctx("toy/c").analysis(toy, par) is again  # toy/b is its last reader now: still kept
    readers.forget_after("toy/b", state)
    ctx("toy/c").analysis(toy, par)
    assert len(calls) == 3


def test_the_first_section_learns_every_reader_and_forgets_nothing() -> None:
    """While the first section is checked nothing is forgotten and a rule that finds an analysis
    computed is learned as its reader too; from the next section on it is forgotten only after
    the last of them, so no reader computes it again."""
    from mtqa.analysis import PARAGRAPH, analysis
    from mtqa.document import Document
    from mtqa.finding import Severity
    from mtqa.rule import AnalysisReaders, RuleContext, RuleMeta

    calls: list[str] = []

    @analysis("toy", scope=PARAGRAPH)
    def toy(par):
        calls.append(par.text)
        return object()

    readers = AnalysisReaders(["toy/a", "toy/b", "toy/c"])
    doc, par = Document("Some text."), Paragraph("Some text.", 0)

    def ctx(rule_id: str, state: dict) -> RuleContext:
        return RuleContext(doc, RuleMeta(id=rule_id, category="Fluency/Grammar", severity=Severity.MINOR), {}, {},
                           state, readers=readers)

    first: dict = {"notes": []}  # the first section
    value = ctx("toy/a", first).analysis(toy, par)
    readers.forget_after("toy/a", first)
    assert ctx("toy/b", first).analysis(toy, par) is value and len(calls) == 1  # not forgotten: read from the cache
    readers.forget_after("toy/b", first)
    readers.learned()
    second: dict = {"notes": []}
    value = ctx("toy/a", second).analysis(toy, par)
    readers.forget_after("toy/a", second)
    assert ctx("toy/b", second).analysis(toy, par) is value and len(calls) == 2  # toy/b is its last reader
    readers.forget_after("toy/b", second)
    ctx("toy/c", second).analysis(toy, par)
    assert len(calls) == 3  # forgotten after toy/b: toy/c, which never read it before, computes it again


def test_a_document_analysis_many_rules_read_is_made_once_a_section(monkeypatch) -> None:
    """On a long document, the layout roles (a document analysis a dozen rules read) are made
    once for each section, as for a short document, not once for each rule that reads them."""
    from mtqa import roles
    from mtqa.document import Document
    from mtqa.engine import iter_sections
    from mtqa.rule import RuleContext

    made: list[int] = []
    real = RuleContext.analysis

    def counting(self, func, par=None):
        if func is roles.line_roles and par is None and func not in self._analyses:
            made.append(len(self.doc.paragraphs))
        return real(self, func, par)

    monkeypatch.setattr(RuleContext, "analysis", counting)
    text = "OTTAWA — " + STORY * (2 * SECTION_CHARS // len(STORY) + 1)
    sections = list(iter_sections(Document(text).iter_paragraphs()))
    CHECKER.check(text)
    assert len(sections) >= 3 and made == [len(s) for s in sections]


def test_counting_a_long_paragraph_leaves_no_utf8_copy_on_it() -> None:
    """The native counter reads a str through its UTF-8 form, which CPython then keeps on the
    str: a paragraph over the counting piece is counted in pieces, and its own size stays."""
    from mtqa.scan_backend import backend_name
    from mtqa.segment import native_word_count

    if backend_name() != "native":
        pytest.skip("the pure-Python counter encodes nothing")
    import sys

    text = "".join(f"The “{i}” — a made-up clause of a long line. " for i in range(4000))  # ~170,000 chars
    before = sys.getsizeof(text)
    assert native_word_count()(text) == count_words(text)
    assert sys.getsizeof(text) == before
