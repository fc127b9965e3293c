"""The shared text toolkit (mtqa.text) and declared analyses (mtqa.analysis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import Checker
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.document import Document
from mtqa.rule import RuleContext
from mtqa.segment import Paragraph
from mtqa.text.calendar import CALENDAR_WORDS, MONTH_ABBREVIATIONS, MONTHS
from mtqa.text.case import shouting, title_case
from mtqa.text.fold import without_marks
from mtqa.text.fuzzy import edit_distance, one_edit
from mtqa.text.tokens import alternatives, contains_any, folded_tokens, lower_words, words


def _reference_distance(a: str, b: str) -> int:
    """Textbook dynamic programme, to check the library against."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_SHORT = st.text(alphabet="abcéE’-", max_size=8)


@given(_SHORT, _SHORT)
def test_edit_distance_is_levenshtein(a: str, b: str) -> None:
    assert edit_distance(a, b) == _reference_distance(a, b)
    assert one_edit(a, b) == (_reference_distance(a, b) == 1)

# Letters, marks, an astral character and a lone surrogate (which the native library cannot take).
_ANY = st.text(alphabet="abcéE’- \u0301\U0001F642\udc80", max_size=10)


@given(_ANY, _ANY, st.one_of(st.none(), st.integers(0, 4)))
def test_native_distance_is_rapidfuzzs(a: str, b: str, cutoff: int | None) -> None:
    """The native library's distance (the native backend's) and rapidfuzz's (the pure-Python
    backend's) are the same, `score_cutoff` included: findings do not depend on the backend."""
    from rapidfuzz.distance import Levenshtein

    from mtqa.text import fuzzy

    native = fuzzy._native_distance()
    if native is None:
        pytest.skip("needs the native backend")
    expected = Levenshtein.distance(a, b, score_cutoff=cutoff)
    assert fuzzy._distance()(a, b, score_cutoff=cutoff) == expected
    if cutoff is None:
        assert expected == _reference_distance(a, b)
    if "\udc80" not in a + b:
        assert native(a, b, score_cutoff=cutoff) == expected


def test_one_edit_examples() -> None:
    assert one_edit("joliette", "joliete") and one_edit("levis", "lewis") and one_edit("abc", "abcd")
    assert not one_edit("levis", "levis") and not one_edit("ab", "ba") and not one_edit("abc", "a")


def test_without_marks() -> None:
    assert without_marks("Québécois") == "Quebecois"
    assert without_marks("ﬁn Trois-Rivières", "NFKD") == "fin Trois-Rivieres"
    assert without_marks("ﬁn") == "ﬁn"  # NFD keeps compatibility forms


def test_calendar_names() -> None:
    assert len(MONTHS) == 12 and "Sept" in MONTH_ABBREVIATIONS and "May" not in MONTH_ABBREVIATIONS
    assert {"may", "sept", "sunday"} <= CALENDAR_WORDS and "mayor" not in CALENDAR_WORDS


def test_word_sets_hold_every_whole_word() -> None:
    par = Paragraph("The CAQ’s plan, too: Équipe-Québec and co_op.", 0)
    assert {"the", "caq", "s", "too", "équipe", "québec", "co_op"} <= lower_words(par)
    assert "CAQ" in words(par) and "caq" not in words(par)
    assert folded_tokens(par)[:3] == ["the", "caq", "s"]
    assert alternatives("Very|extremely") == {"very", "extremely"}
    assert contains_any(par.text, {"CAQ"}) and not contains_any(par.text, {"NDP", "PQ"})


def test_case_shapes() -> None:
    assert title_case(Paragraph("Premier Says No Deal on Health Funding", 0))
    assert not title_case(Paragraph("Premier Says No Deal on Health Funding.", 0))
    assert not title_case(Paragraph("The premier said there was no deal", 0))
    assert shouting(Paragraph("LET US GO, 2024!", 0)) and not shouting(Paragraph("Let US go", 0))


def _ctx(doc: Document, state: dict) -> RuleContext:
    meta = Checker(select=["titles/garbled-abbreviation"]).rules[0].meta
    return RuleContext(doc, meta, {}, {"ranks": object()}, state)


def test_paragraph_analysis_runs_once_per_paragraph_and_is_shared() -> None:
    calls: list[str] = []

    @analysis("upper-count", scope=PARAGRAPH)
    def upper_count(par) -> int:
        calls.append(par.text)
        return sum(c.isupper() for c in par.text)

    doc = Document("One Two.\n\nthree FOUR.")
    state: dict = {}
    first, second = _ctx(doc, state), _ctx(doc, state)
    got = [c.analysis(upper_count, p) for c in (first, second) for p in doc.paragraphs]
    assert got == [2, 4, 2, 4] and len(calls) == 2
    assert _ctx(doc, {}).analysis(upper_count, doc.paragraphs[0]) == 2 and len(calls) == 3  # a new document


def test_analysis_receives_its_declared_packs() -> None:
    @analysis("pack-id", packs=("ranks",))
    def pack_id(doc, ranks) -> int:
        return id(ranks)

    ctx = _ctx(Document("Text."), {})
    assert ctx.analysis(pack_id) == id(ctx.data("ranks"))


def test_analysis_must_be_declared_and_called_at_its_scope() -> None:
    doc = Document("Text.")
    ctx = _ctx(doc, {})
    with pytest.raises(TypeError, match="not declared with @analysis"):
        ctx.analysis(lambda d: 1)
    with pytest.raises(TypeError, match="pass the paragraph"):
        ctx.analysis(lower_words)
    with pytest.raises(TypeError, match="do not pass a paragraph"):
        ctx.analysis(_doc_length, doc.paragraphs[0])
    with pytest.raises(ValueError):
        analysis("x", scope="sentence")


def test_analysis_with_triggers_gets_their_hits_whichever_rule_asks() -> None:
    import msgspec

    from mtqa.scan import Phrases, Scanner

    word = Phrases("word", ("storm",))

    @analysis("storms", triggers=(word,))
    def storms(doc, hits) -> list[int]:
        return [h.start for par in doc.paragraphs for h in hits(par, "word")]

    doc = Document("A storm came.\n\nThe storm went. Storms pass.")
    meta = Checker(select=["titles/garbled-abbreviation"]).rules[0].meta
    first = msgspec.structs.replace(meta, id="test/first", triggers=(word,))
    second = msgspec.structs.replace(meta, id="test/second", triggers=(Phrases("other", ("went",)), word))
    scan = Scanner([(m.id, m.triggers) for m in (first, second)]).scan(doc.paragraphs)
    asked_second = RuleContext(doc, second, {}, {}, {}, scan=scan).analysis(storms)
    assert asked_second == [2, 4]  # the declared trigger's hits only ("Storms" is another word), not "went"
    assert RuleContext(doc, first, {}, {}, {}, scan=scan).analysis(storms) == asked_second
    with pytest.raises(KeyError, match="triggers 'word' it does not declare"):
        RuleContext(doc, meta, {}, {}, {}, scan=scan).analysis(storms)


@analysis("doc-length")
def _doc_length(doc) -> int:
    return len(doc.text)


def test_chunk_before_reads_back_one_whitespace_chunk() -> None:
    from mtqa.text.tokens import chunk_before

    text = "the Lt.-Col.  Marie Roy"
    assert chunk_before(text, text.index("Marie")) == "Lt.-Col."
    assert chunk_before(text, text.index("Lt.")) == "the"
    assert chunk_before(text, 0) == ""
    assert chunk_before("   x", 3) == ""


def test_chunks_are_the_runs_regex_finds_between_whitespace() -> None:
    import regex

    from mtqa.text.tokens import chunks

    texts = ["Gen.  Marie\u00a0Roy\u2003said", " lead\ttrail \n", "", "a\x1cb\x1dc", "x\u2028y\x85z\u180ew"]
    for text in texts:
        assert chunks(text) == regex.findall(r"\S+", text)
    assert chunks("a\x1cb c") == ["a\x1cb", "c"]  # str.split alone would cut at \x1c


def test_mostly_capitals_counts_capitals_against_lowercase_letters() -> None:
    from mtqa.text.case import mostly_capitals

    def by_counting(text: str) -> bool:
        upper = sum(map(str.isupper, text))
        return upper > 0 and upper > 1.5 * sum(map(str.islower, text))

    texts = ["PARLIAMENT HILL — The", "OTTAWA — Prime Minister Mark Carney said on Monday", "ÉTÉ À MONTRÉAL",
             "", "1234 —", "ⅠⅡⅢ ok", "ABc", "ABCd", "ÀÉÎ é", "Mostly prose, with a NAME."]
    assert [mostly_capitals(t) for t in texts] == [by_counting(t) for t in texts]
    assert [mostly_capitals(t) for t in texts[:3]] == [True, False, True]


def test_sieve_judges_each_item_once_and_stays_bounded() -> None:
    import pickle

    from mtqa.text.sieve import Sieve

    asked: list[str] = []

    def long_word(w: str) -> bool:
        asked.append(w)
        return len(w) > 3

    sieve = Sieve(limit=5)
    assert sieve.passing({"a", "word", "the", "longer"}, long_word) == {"word", "longer"}
    assert sieve.passing({"word", "the", "again"}, long_word) == {"word", "again"}
    assert sorted(asked) == ["a", "again", "longer", "the", "word"]  # each judged once
    assert sieve.passing({"word", "zz"}, long_word) == {"word"}  # "zz" takes it past the limit
    assert asked.count("word") == 1
    assert sieve.passing({"word"}, long_word) == {"word"}  # so it started afresh
    assert asked.count("word") == 2
    copy = pickle.loads(pickle.dumps(sieve, protocol=pickle.HIGHEST_PROTOCOL))  # it lives on compiled packs
    assert copy.passing({"word", "xy"}, long_word) == {"word"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "word", "the", "longer", "zz", "again", "x.", "Mr."]), max_size=8),
                max_size=8), st.integers(min_value=2, max_value=8))
def test_a_sieve_given_a_list_answers_as_given_its_set(batches: list[list[str]], limit: int) -> None:
    from mtqa.text.sieve import Sieve

    asked: dict[str, list[str]] = {"list": [], "set": []}

    def long_word(by: str):
        def test(w: str) -> bool:
            asked[by].append(w)
            return len(w) > 3
        return test

    by_list, by_set = Sieve(limit=limit), Sieve(limit=limit)
    for items in batches:
        assert by_list.passing_in(items, long_word("list")) == by_set.passing(set(items), long_word("set"))
        assert sorted(asked["list"]) == sorted(asked["set"])  # the same items judged (once each, till the limit)


def _inside_curly_or_straight_counted_afresh(text: str, i: int) -> bool:
    """titles/spelled-out-rank's own test before it moved to the toolkit."""
    before = text[:i]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _inside_pooled_counted_afresh(text: str, i: int) -> bool:
    """grammar/subjectless-sentence's own test before it moved to the toolkit."""
    before = text[:i]
    opened = sum(before.count(m) for m in "“«") - sum(before.count(m) for m in "”»")
    return opened > 0 or before.count('"') % 2 == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("“”\"«»a "), max_size=40), st.randoms(use_true_random=False))
def test_the_two_other_quotation_readings_answer_as_counting_afresh(text: str, rnd) -> None:
    from mtqa.text.quotation import inside_quote_ignoring_guillemets, inside_quote_pooling_guillemets

    positions = list(range(len(text) + 1))
    rnd.shuffle(positions)  # asked in any order, unlike inside_quote
    ignoring, pooling = inside_quote_ignoring_guillemets(text), inside_quote_pooling_guillemets(text)
    assert [ignoring(i) for i in positions] == [_inside_curly_or_straight_counted_afresh(text, i) for i in positions]
    assert [pooling(i) for i in positions] == [_inside_pooled_counted_afresh(text, i) for i in positions]


def test_the_three_quotation_readings_differ_only_on_guillemets() -> None:
    from mtqa.text.quotation import inside_quote, inside_quote_ignoring_guillemets, inside_quote_pooling_guillemets

    # « opened, ” closed: each pair on its own (still inside «), guillemets not read (outside), pooled (closed)
    text = "He said « the plan ” was dead."
    at = text.index("was")
    assert [inside_quote(text)(at), inside_quote_ignoring_guillemets(text)(at), inside_quote_pooling_guillemets(text)(at)] \
        == [True, False, False]
    # inside « »: only the pooled reading and inside_quote see a quotation
    text = "He said « the plan is dead » today."
    at = text.index("plan")
    assert [inside_quote(text)(at), inside_quote_ignoring_guillemets(text)(at), inside_quote_pooling_guillemets(text)(at)] \
        == [True, False, True]
