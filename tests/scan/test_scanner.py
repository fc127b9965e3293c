"""The scanning core: the same expectations for the pure-Python and the native backend, and
the two backends agree event for event on random text (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from mtqa.errors import ConfigError
from mtqa.scan import CapitalRun, Chars, Pattern, Phrases, Repeated, Scanner, available_backends, backend_name
from mtqa.segment import Paragraph

BACKENDS = [pytest.param(b, marks=pytest.mark.skipif(b not in available_backends(),
                                                     reason="native scanner not built (needs cargo)"))
            for b in ("python", "native")]


def events(backend: str, triggers, text: str) -> list[tuple[str, str, str]]:
    """(trigger name, phrase, matched text) for every event."""
    sc = Scanner([("t/rule", tuple(triggers))], backend=backend)
    names = [t.name for t in triggers]
    out = []
    for tid, _item, s, e in sc.events(text):
        out.append((names[tid], text[s:e]))
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_phrases_match_on_word_boundaries_ignoring_case(backend: str) -> None:
    got = events(backend, [Phrases("p", ("since", "in course"))], "Since then, in course; sincere. IN  course IN COURSE")
    assert got == [("p", "Since"), ("p", "in course"), ("p", "IN COURSE")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_letters_boundary_lets_a_digit_touch_the_phrase(backend: str) -> None:
    text = "ballast2 ballasted 2ballast"
    assert events(backend, [Phrases("p", ("ballast",), boundary="letters")], text) == [("p", "ballast")] * 2
    assert events(backend, [Phrases("p", ("ballast",))], text) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_case_and_accents(backend: str) -> None:
    text = "Déjà vu, deja vu, DÉJÀ VU"
    assert len(events(backend, [Phrases("p", ("déjà vu",))], text)) == 2
    assert len(events(backend, [Phrases("p", ("deja vu",), accents=False)], text)) == 3
    assert len(events(backend, [Phrases("p", ("Déjà vu",), ignorecase=False)], text)) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_overlapping_phrases_all_fire(backend: str) -> None:
    got = events(backend, [Phrases("a", ("new york",)), Phrases("b", ("york times", "new york times"))],
                 "The New York Times said")
    assert sorted(got) == [("a", "New York"), ("b", "New York Times"), ("b", "York Times")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_phrases_without_boundary_and_with_punctuation(backend: str) -> None:
    got = events(backend, [Phrases("p", ("ization", "’s"), boundary="none")], "Organization’s plan’s")
    assert got == [("p", "ization"), ("p", "’s"), ("p", "’s")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_characters_and_patterns_on_the_text_as_written(backend: str) -> None:
    got = events(backend, [Chars("c", "«»"), Pattern("n", r"\d+ ans", ignorecase=True)], "Il a «12 ANS» — ok")
    assert got == [("c", "«"), ("n", "12 ANS"), ("c", "»")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_offsets_are_string_indices_after_wide_characters(backend: str) -> None:
    text = "😀 é 中文 calque 😀calque"
    got = Scanner([("t/r", (Phrases("p", ("calque",)),))], backend=backend).events(text)
    assert [text[s:e] for _, _, s, e in got] == ["calque", "calque"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_tokens(backend: str) -> None:
    sc = Scanner([], backend=backend)
    text = "Don’t stop, 2024 élan—x9"
    assert [text[s:e] for s, e in sc.tokens(text)] == ["Don", "t", "stop", "2024", "élan", "x9"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_scan_maps_hits_to_paragraphs_and_rules(backend: str) -> None:
    sc = Scanner([("a/one", (Phrases("p", ("since",)),)), ("b/two", (Chars("q", "«"),))], backend=backend)
    pars = [Paragraph("Since when «", 0, index=0), Paragraph("not here", 20, index=1), Paragraph("x since", 40, index=2)]
    result = sc.scan(pars)
    assert [(h.start, h.end, h.phrase) for h in result.hits(pars[0], "a/one")] == [(0, 5, "since")]
    assert [(h.trigger, h.start) for h in result.hits(pars[0], "b/two")] == [("q", 11)]
    assert not result.fired(pars[1], "a/one")
    assert [(h.start, h.end) for h in result.hits(pars[2], "a/one")] == [(2, 7)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_scan_result_keeps_its_events_as_arrays_not_hits(backend: str) -> None:
    """A long document's section keeps its scan alive while its rules run: its events stay
    compact arrays, and the Hits a rule asks for are made for it, not kept."""
    import gc
    from array import array

    sc = Scanner([("a/one", (Phrases("p", ("since",)), Chars("q", "«")))], backend=backend)
    pars = [Paragraph("Since when « since", 0, index=0), Paragraph("x since", 40, index=1)]
    result = sc.scan(pars)
    first = result.hits(pars[0], "a/one")
    assert [(h.trigger, h.start) for h in first] == [("p", 0), ("q", 11), ("p", 13)]
    assert result.hits(pars[0], "a/one") == first and result.hits(pars[0], "a/one") is not first
    held = [x for x in gc.get_referents(result) if not isinstance(x, (list, dict, frozenset, type))]
    assert held and all(isinstance(x, array) for x in held)  # the events, bounds and keys
    hit = type(first[0])
    assert not any(isinstance(x, list) and x and isinstance(x[0], hit) for x in gc.get_referents(result))


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_match_never_runs_across_paragraphs(backend: str) -> None:
    sc = Scanner([("a/one", (Pattern("p", r"end[^a-z]+start"),))], backend=backend)
    pars = [Paragraph("the end", 0, index=0), Paragraph("start here", 10, index=1)]
    result = sc.scan(pars)
    assert not result.fired(pars[0], "a/one") and not result.fired(pars[1], "a/one")


@pytest.mark.parametrize("backend", BACKENDS)
def test_repeated_tokens_ignore_case_and_punctuation_but_not_distance(backend: str) -> None:
    text = "The the plan, plan. In Canada in Canada was 2 2 x"
    assert events(backend, [Repeated("r")], text) == [("r", "The the"), ("r", "plan, plan"), ("r", "2 2")]
    got = events(backend, [Repeated("r", within=2)], text)
    assert ("r", "In Canada in") in got and ("r", "Canada in Canada") in got
    assert ("r", "The the plan") not in got


@pytest.mark.parametrize("backend", BACKENDS)
def test_repeated_tokens_never_miss_a_pair_equal_only_when_casefolded(backend: str) -> None:
    text = "Die STRASSE Straße und"
    assert "STRASSE".casefold() == "Straße".casefold()
    assert ("r", "STRASSE Straße") in events(backend, [Repeated("r")], text)
    assert events(backend, [Repeated("r")], "Die Strasse und") == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_capital_runs_are_maximal_and_joined_only_by_the_joiners(backend: str) -> None:
    text = "Then, Prime Minister Mark Carney met Jean-François Legault, Quebec Premier. Élan Ōno"
    got = events(backend, [CapitalRun("c", 2, joiners=" -")], text)
    assert got == [("c", "Prime Minister Mark Carney"), ("c", "Jean-François Legault"), ("c", "Quebec Premier"),
                   ("c", "Élan Ōno")]
    assert ("c", "Jean") in events(backend, [CapitalRun("c", 1)], text)
    assert events(backend, [CapitalRun("c", 3)], text) == [("c", "Prime Minister Mark Carney")]


def test_backend_choice_follows_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "python")
    assert backend_name() == "python"
    assert Scanner([]).backend_name == "python"
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "fortran")
    with pytest.raises(ConfigError, match="MTQA_SCAN_BACKEND"):
        backend_name()


def test_native_asked_for_where_it_is_not_built_is_a_users_error(monkeypatch, capsys) -> None:
    """An install made without cargo has no native scanner: asking for it is a setting to change
    (`mtqa: error:`, exit 2), not an `internal error` with a RuntimeError's name."""
    import mtqa.scan_backend
    from mtqa.cli import main

    monkeypatch.setattr(mtqa.scan_backend, "native_class", lambda: None)
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    with pytest.raises(ConfigError, match="not built in this install"):
        backend_name()
    assert main(["--version"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mtqa: error: MTQA_SCAN_BACKEND=native") and "internal error" not in err
    assert "set it to 'python'" in err


_ALPHABET = st.sampled_from(list("abcéÉAB ’'-.,1\n") + ["ß", "ẞ", "İ", "ǅ", "Ⅻ", "中"])
_WORDS = st.text(_ALPHABET, min_size=1, max_size=6)


@pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")
@settings(max_examples=300, deadline=None)
@given(text=st.text(_ALPHABET, max_size=80), phrases=st.lists(_WORDS, min_size=1, max_size=6),
       boundary=st.sampled_from(["none", "word", "letters"]), ignorecase=st.booleans(), accents=st.booleans())
def test_backends_agree_on_random_text(text, phrases, boundary, ignorecase, accents) -> None:
    triggers = (Phrases("p", tuple(phrases), boundary=boundary, ignorecase=ignorecase, accents=accents),
                Chars("c", "’-"), Pattern("r", r"[A-Z][a-z]+"), Repeated("twice"), Repeated("near", within=3),
                CapitalRun("caps", 2, joiners=" -"), CapitalRun("cap", 1))
    py = Scanner([("t/r", triggers)], backend="python")
    native = Scanner([("t/r", triggers)], backend="native")
    assert py.events(text) == native.events(text)
    assert py.tokens(text) == native.tokens(text)


@pytest.mark.parametrize("backend", BACKENDS)
def test_fired_in_lists_the_paragraphs_where_fired_says_so(backend: str) -> None:
    sc = Scanner([("a/one", (Phrases("p", ("since",)),)), ("b/two", (Chars("q", "«"), Phrases("p", ("since",)))),
                  ("c/three", (Chars("z", "§"),))], backend=backend)
    pars = [Paragraph("Since when «", 0, index=0), Paragraph("not here", 20, index=1), Paragraph("x since", 40, index=2),
            Paragraph("only «", 60, index=3)]
    result = sc.scan(pars)
    for rule_id in ("a/one", "b/two", "c/three"):
        assert result.fired_in(pars, rule_id) == [p for p in pars if result.fired(p, rule_id)]
    assert result.fired_in(pars, "b/two") == [pars[0], pars[2], pars[3]]
    assert result.fired_in(pars, "c/three") == []
    assert result.fired_in([Paragraph("Since", 0, index=0)], "a/one") == []  # not a paragraph of this scan


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_scan_of_many_paragraphs_gives_each_its_own_events(backend: str) -> None:
    triggers = (Phrases("p", ("since", "in course", "york")), Chars("q", "«»’"), Repeated("twice"),
                CapitalRun("caps", 2))
    sc = Scanner([("a/one", triggers)], backend=backend)
    texts = ["Since when « since »", "", "nothing", "New York York, in course", "’ since", "The the end"]
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    result = sc.scan(pars)
    names = [t.name for t in triggers]
    for par in pars:
        alone = sorted(sc.events(par.text), key=lambda ev: (ev[2], ev[3]))  # stable: declaration order kept
        want = [(names[tid], s, e) for tid, _item, s, e in alone]
        assert [(h.trigger, h.start, h.end) for h in result.hits(par, "a/one")] == want, par.text
        assert result.fired(par, "a/one") == bool(want)
    assert [h.start for h in result.hits(pars[0], "a/one", "q")] == [11, 19]
    assert result.fired_in(pars, "a/one") == [p for p in pars if p.text not in ("", "nothing")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_scan_with_many_groups_finds_them_without_a_dict_of_every_key(backend: str, monkeypatch) -> None:
    """A section of a long document has ~20,000 groups (a paragraph's events of one trigger):
    past `_GROUPS_IN_A_DICT` a group is found by bisection among its paragraph's groups instead
    of in a dict of every key, with the same answers."""
    import gc

    import mtqa.scan as scan_module

    sc = Scanner([("a/one", (Phrases("p", ("since", "york")), Chars("q", "«»"))), ("b/two", (Repeated("twice"),))],
                 backend=backend)
    texts = ["Since when « since »", "", "nothing", "New York York", "« the the »", "since", "York « »"] * 5
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    answers = {}
    for limit in (1_000_000, 0):
        monkeypatch.setattr(scan_module, "_GROUPS_IN_A_DICT", limit)
        result = sc.scan(pars)
        answers[limit] = [([(h.trigger, h.start, h.end) for h in result.hits(p, "a/one")],
                           [h.start for h in result.hits(p, "a/one", "q")], result.fired(p, "a/one"),
                           result.fired(p, "b/two")) for p in pars]
        answers[limit].append(any(isinstance(x, dict) and len(x) > len(pars) for x in gc.get_referents(result)))
    assert answers[1_000_000][:-1] == answers[0][:-1]
    assert sum(fired for *_, fired, _two in answers[0][:-1]) == 25 and sum(two for *_, two in answers[0][:-1]) == 10
    assert answers[1_000_000][-1] and not answers[0][-1]  # a dict of every group's key only when they are few


_PARAGRAPHS = st.lists(st.text(_ALPHABET, max_size=30), min_size=1, max_size=6)


@pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")
@settings(max_examples=200, deadline=None)
@given(texts=_PARAGRAPHS, phrases=st.lists(_WORDS, min_size=1, max_size=4))
def test_backends_group_the_events_of_paragraphs_alike(texts, phrases) -> None:
    triggers = (Phrases("p", tuple(phrases)), Phrases("n", tuple(phrases), boundary="none"), Chars("c", "’-\n"),
                Pattern("r", r"[A-Z][a-z]+"), Repeated("near", within=2), CapitalRun("caps", 1))
    grouped = {}
    for backend in ("python", "native"):
        sc = Scanner([("t/r", triggers)], backend=backend)
        pars = [Paragraph(t, 0, index=k) for k, t in enumerate(texts)]
        result = sc.scan(pars)
        grouped[backend] = [[tuple(h) for h in result.hits(p, "t/r")] for p in pars], \
            [pars.index(p) for p in result.fired_in(pars, "t/r")]
    assert grouped["python"] == grouped["native"]


_TOKEN_ALPHABET = st.sampled_from(list("abcéÉAB ’'-.,1_\n\t\x00") + ["ß", "İ", "ǅ", "Ⅻ", "中", "\u0301", "٣", "😀",
                                                                     "\U0002ebf0", "\u0e31", "ª", "\u00a0"])


@pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")
@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(_TOKEN_ALPHABET, max_size=30), min_size=1, max_size=6))
def test_a_native_scan_hands_each_paragraph_the_token_spans_of_the_pattern(texts) -> None:
    # Marks, a digit of another script, a letter newer than some Unicode tables (U+2EBF0),
    # and the scan's own separator character in a paragraph's text all tokenise as the
    # pattern does: the native tokeniser asks Python about every character outside ASCII.
    sc = Scanner([("a/one", (Phrases("p", ("since",)),))], backend="native")
    scanned = [Paragraph(t, 0, index=k) for k, t in enumerate(texts)]
    sc.scan(scanned)
    for par, text in zip(scanned, texts):
        assert par.token_set == Paragraph(text, 0).token_set, text  # cut from the spans handed over
        assert par.token_spans == Paragraph(text, 0).token_spans, text


def test_given_token_spans_are_read_when_asked_for_and_forgotten_with_the_caches() -> None:
    par = Paragraph("Since then", 0)
    par.take_token_spans([0, 5, 6, 10])
    assert par.token_spans == [(0, 5), (6, 10)]
    par.drop_caches()
    par.take_token_spans([0, 1])  # dropped: the next spans given are the ones read
    assert par.token_spans == [(0, 1)]
    par.take_token_spans([0, 3])  # already made: kept
    assert par.token_spans == [(0, 1)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_lone_surrogate_is_scanned_like_any_other_character(backend: str) -> None:
    # Rust takes only valid Unicode; a badly decoded file or a JSON escape can hold a lone
    # surrogate: the native scanner hands such a text to the Python backend (same events).
    triggers = (Phrases("p", ("since",)), Chars("q", "«"), Repeated("twice"), CapitalRun("caps", 2))
    sc = Scanner([("a/one", triggers)], backend=backend)
    text = "Since \udc80 the the « New York"
    want = Scanner([("a/one", triggers)], backend="python").events(text)
    assert sc.events(text) == want and len(want) == 4
    assert sc.tokens(text) == [(0, 5), (8, 11), (12, 15), (18, 21), (22, 26)]
    pars = [Paragraph(text, 0, index=0), Paragraph("since", 40, index=1)]
    result = sc.scan(pars)
    assert [h.trigger for h in result.hits(pars[0], "a/one")] == ["p", "twice", "q", "caps"]
    assert pars[0].token_spans == [(0, 5), (8, 11), (12, 15), (18, 21), (22, 26)]


_RULES = [("a/one", (Phrases("p", ("since", "york")),)), ("b/two", (Chars("q", "«»’"), Phrases("p", ("since", "york")))),
          ("c/three", (Repeated("twice"), CapitalRun("caps", 2), Pattern("r", r"\d"))), ("d/four", (Chars("z", "§"),))]


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.sampled_from(["Since when «", "not here", "x since", "only »", "New York York", "the the 1",
                                       "§", "", "York ’ 2 since"]), min_size=1, max_size=40), data=st.data())
def test_fired_in_agrees_with_fired_paragraph_by_paragraph(backend: str, texts: list[str], data) -> None:
    """`fired_in` reads the places of each trigger off the trigger-ordered keys as slices (their
    32-bit halves); `fired` looks each paragraph's groups up: the same paragraphs, in order, for
    every rule, for the scanned list and for any part of it."""
    sc = Scanner(_RULES, backend=backend)
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    result = sc.scan(pars)
    some = data.draw(st.lists(st.sampled_from(pars), unique_by=id)) if pars else []
    some.sort(key=pars.index)
    for rule_id, _triggers in _RULES:
        assert result.fired_in(pars, rule_id) == [p for p in pars if result.fired(p, rule_id)]
        assert result.fired_in(some, rule_id) == [p for p in some if result.fired(p, rule_id)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_groups_hits_are_its_events_in_order(backend: str) -> None:
    """A group's Hits are its events (trigger, item, start, end) in order, whether it holds one
    (made without a slice of the events) or several."""
    sc = Scanner([("a/one", (Phrases("p", ("since", "when")), Chars("q", "«")))], backend=backend)
    texts = ["Since when « since", "x since", "« «", "none", "when", "«"]
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    result = sc.scan(pars)
    ev, bounds = list(result._events), list(result._bounds)
    sizes = set()
    for g in range(len(bounds) - 1):
        lo, hi = 4 * bounds[g], 4 * bounds[g + 1]
        expected = [(result.names[ev[k]], ev[k + 2], ev[k + 3], result._items[ev[k]][ev[k + 1]]) for k in range(lo, hi, 4)]
        assert [tuple(h) for h in result._hits_of(g)] == expected
        sizes.add(len(expected))
    assert 1 in sizes and max(sizes) > 1
