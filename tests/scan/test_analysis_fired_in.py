"""Analyses that walk only the paragraphs where their triggers fired (`TriggerHits.fired_in`):
held, with each backend, to the same analysis walking every paragraph, on the examples of the
rules that read them, the seed, tuning copy and look-alikes; and `ScanResult.fired_in` of one
named trigger agrees with that trigger's hits paragraph by paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from mtqa import jurisdiction, registry
from mtqa.analysis import TriggerHits, meta_of
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.rules.abbreviations.analysis import date_occurrences, occurrences
from mtqa.rules.calques.rules import calque_matches
from mtqa.rules.institutions.judgements import judged
from mtqa.rules.institutions.official_names import name_matches
from mtqa.rules.spelling.rules import KELVIN, us_forms_as_names
from mtqa.scan import Always, Chars, Phrases, Scanner, available_backends
from mtqa.segment import Paragraph
from tests.scan.test_engine_triggers import BACKENDS

ANALYSES = (calque_matches, judged, name_matches, jurisdiction.story_of, us_forms_as_names, occurrences,
            date_occurrences)
TUNE = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus" / "tune"
LOOK_ALIKES = (
    "Premier François Legault told the National Assembly in Quebec City that Ontario would follow.",
    "The Liberal Party of Quebec met; the Citizen Protector, the Blue Room and the Court of Appeals.",
    "He took the decision to put in place a plan, since three years, at the level of the ministry.",
    "Prime Minister Mark Carney met France's President in Paris; the U.S. Congress and Washington.",
    "QuebecOttawa, _Ottawa, Ottawa's, Ottawa’s, Que\u0301bec, Québec2 and the National\u00a0Assembly.",
    "The Ministry of Health and the Department of Defense; Defence Minister Roy; the Labor Party.",
    "For Labor, the cuts were easy. Labor said so; the Defense Center and _Labor, Labor2, LaborX, Labor’s.",
    "At the \u212ailometer mark, the \u212ailometers ran on; the race went on.",  # no form as written
    "The Coastal Fire Center\u0301 and For Lab\u00f3r.",
    "For Labor\u00a0Day the COLOR and Color; for Favor\u2019s sake, ﬂavor and For Flavor.",
    "The U.S. and US officials, the U.K. and UK, B.C. and BC, P.E.I. and PEI met on Jan. 7 and January 8.",
    "On Sept.\u00a07, Sept. 8th, Sept 9, 10 Sept, May 12 and may 13, the USA, U.S.-based, xUS and U.S.A. firms.",
    "WASHINGTON (AP) — ON JAN. 7 THE U.S. SAID SO.",
    "It happened on Jan. 7.", "By Sept 9 it was over.", "On Aug.\u00a03 it rained.", "From Dec 1st on.",
    "The U.S.-based firm left.", "In P.E.I., they voted.", "The UAE and the U.A.E. agreed.",
    "",
    "nothing here at all",
)


class _EveryParagraph(TriggerHits):
    """The analysis as it was: every paragraph walked, each asked for its hits."""

    def fired_in(self, pars: list, trigger: str) -> list:
        return list(pars)


def _texts() -> list[str]:
    from benchmarks.speed import SEED

    readers = [r for r in registry.all_rules()
               if any(t in r.meta.triggers for a in ANALYSES for t in meta_of(a).triggers)]
    examples = [e.text for r in readers for e in r.examples]
    tune = [p.read_text(encoding="utf-8") for p in sorted(TUNE.glob("*.txt"))[:40]]
    return [*examples, *LOOK_ALIKES, "\n\n".join(LOOK_ALIKES), "\n\n".join(examples),
            SEED.read_text(encoding="utf-8"), *tune]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("func", ANALYSES, ids=lambda f: meta_of(f).name)
def test_an_analysis_walking_where_its_triggers_fired_finds_what_it_finds_everywhere(backend: str, func) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    meta = meta_of(func)
    packs = PackSet()
    data = {p: packs.compiled(p) for p in meta.packs}
    scanner = Scanner([("probe", meta.triggers)], data, backend=backend)
    found_any = False
    for text in _texts():
        doc = Document(text)
        result = scanner.scan(doc.paragraphs)
        args = [doc, *(data[p] for p in meta.packs)]
        walked = func(*args, TriggerHits(result, "probe"))
        everywhere = func(*args, _EveryParagraph(result, "probe"))
        assert walked == everywhere, text[:200]
        found_any = found_any or walked != func(Document(""), *args[1:], TriggerHits(result, "probe"))
    assert found_any, f"{meta.name}: no text gives it anything: the test proves nothing"


def test_the_kelvin_sign_is_the_only_character_beyond_ascii_that_lowers_to_ascii() -> None:
    import sys

    found = {chr(c) for c in range(0x80, sys.maxunicode + 1)
             if not 0xD800 <= c < 0xE000 and chr(c).lower().isascii()}
    assert found == {KELVIN}


# The backends by name (BACKENDS are pytest params, which a strategy would hand over as they
# are: every example would be skipped); one not built is skipped inside the test.
BACKEND_NAMES = ("python", "native")
_WORDS = ["since", "Since", "Quebec", "quebec", "«", "x", "the", "Assembly", "\n", " ", ".", "é", "since2"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join), max_size=8),
       st.sampled_from(BACKEND_NAMES))
def test_fired_in_of_a_named_trigger_lists_the_paragraphs_where_it_has_hits(texts: list[str], backend: str) -> None:
    if backend not in available_backends():
        return
    triggers = (Phrases("word", ("since", "Quebec")), Chars("mark", "«é"), Phrases("word", ("Assembly",)),
                Always("open", "p", lambda data: True))
    scanner = Scanner([("r", triggers), ("other", (Phrases("word", ("the",)),))], {"p": None}, backend=backend)
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    result = scanner.scan(pars)
    for name in ("word", "mark", "open", "none"):
        assert result.fired_in(pars, "r", name) == [p for p in pars if result.hits(p, "r", name)]
        assert result.fired_in(pars[::2], "r", name) == [p for p in pars[::2] if result.hits(p, "r", name)]
    assert result.fired_in(pars, "r") == pars  # the rule itself runs everywhere (its Always trigger)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join), max_size=8),
       st.sampled_from(BACKEND_NAMES))
def test_fired_and_phrases_of_a_named_trigger_read_what_its_hits_hold(texts: list[str], backend: str) -> None:
    """`has_hits` and `phrases` (and `TriggerHits.fired`, `.phrases`) answer from the events
    what `hits` says, for every trigger name, two triggers sharing one among them."""
    if backend not in available_backends():
        return
    triggers = (Phrases("word", ("since", "Quebec")), Chars("mark", "«é"), Phrases("word", ("Assembly", "the")),
                Phrases("folded", ("quebec", "since"), boundary="none"), Always("open", "p", lambda data: True))
    scanner = Scanner([("r", triggers), ("other", (Phrases("word", ("x",)),))], {"p": None}, backend=backend)
    texts = [*texts, "since the Quebec Assembly, « é » since2 Quebec"]  # several phrases a trigger
    pars = [Paragraph(t, 100 * k, index=k) for k, t in enumerate(texts)]
    result = scanner.scan(pars)
    told = TriggerHits(result, "r")
    for par in [*pars, Paragraph("since Quebec", 0)]:  # the last was not scanned: nothing
        for name in ("word", "mark", "folded", "open", "none"):
            hits = result.hits(par, "r", name)
            assert result.has_hits(par, "r", name) is told.fired(par, name) is bool(hits)
            assert result.phrases(par, "r", name) == told.phrases(par, name) == {h.phrase for h in hits}
