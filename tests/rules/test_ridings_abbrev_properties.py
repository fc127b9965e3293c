"""Property tests (hypothesis) for the ridings, abbreviations and consistency fixes.

Random text made of the pieces these rules react to: safe fixes are idempotent (a
second pass changes nothing) and never touch text outside the span of the finding
that made them.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mtqa.engine import Checker  # noqa: E402
from mtqa.finding import Applicability  # noqa: E402
from mtqa.fixes import collect_edits  # noqa: E402

PIECES = [
    "US", "U.S.", "UK", "U.K.", "UN", "U.N.", "Mr", "Mr.", "Dr", "Dr.", "Smith", "Tam", "January", "Jan.", "Sept.",
    "September", "7", "30", "–", "—", " – ", " — ", "(Papineau, Que.)", "(Timmins – James Bay, Ont.)",
    "(Burnaby South, QC)", "(Petawawa, Ont.)", "Said", "said", "And", "Has", "So", "The", "the", ".", ",", "\n\n",
    "number", "our", "No.", "1", "Canada-US.", "Relations", "mission.", "to", "MP", "Liberal", "(", ")", "?",
]

CHECKERS = {loc: Checker(select=["ridings", "abbreviations", "consistency"], locale=loc, strict=True)
            for loc in ("en-CA", "en-GB")}

# Clean Canadian news copy written for these tests: every rule of the three families stays quiet.
CLEAN_STORY = """OTTAWA — The federal government will spend $2.4 billion over five years to expand the Canadian Armed Forces' presence in the Arctic, Defence Minister Bill Blair announced Tuesday.

Speaking at CFB Trenton, Mr. Blair said the money would pay for new radar stations and a northern operational support hub in Iqaluit. "This is about sovereignty — full stop," he said.

Conservative defence critic James Bezan (Selkirk—Interlake—Eastman, Man.) said the plan came "years too late," while NDP MP Lindsay Mathyssen (London—Fanshawe, Ont.) called it a good first step.

The announcement follows a report by the U.S. Government Accountability Office, released Sept. 12, that found NORAD's warning system was "at risk of obsolescence." Washington, D.C., has pressed Ottawa for years to spend more.

Dr. Andrea Charron, a professor at the University of Manitoba who studies NORAD, said the timing is no accident. The U.S. election is in November, and Canada wants to show it is doing its share, she said.

The Department of National Defence said construction would begin in the spring of 2026, with the first radar site operating by Dec. 1, 2028. Work will be done by Acme Construction Inc. and its partners, e.g. local Inuit-owned firms, at sites in Nunavut, the N.W.T. and Yukon.

Mr. Blair will travel to Brussels on Oct. 3 for a meeting of NATO defence ministers. He is expected to meet U.S. Defense Secretary Pete Hegseth there.

In St. John's, N.L., Premier Andrew Furey welcomed the news but said the province's No. 1 priority remains search and rescue. The meeting ran from 9 a.m. to 4 p.m. on Friday.

Canada spent 1.37 per cent of its GDP on defence last year, vs. the two per cent target NATO members agreed to in 2014. Ph.D. students at Carleton University's Norman Paterson School (Ottawa, Ont.) have tracked the numbers since 2010."""


def test_clean_story_is_quiet_in_both_locales() -> None:
    for loc in ("en-CA", "en-US", "en-GB"):
        chk = Checker(select=["ridings", "abbreviations", "consistency"], locale=loc, strict=True)
        report = chk.check(CLEAN_STORY)
        assert report.findings == [], (loc, [(f.rule_id, f.text) for f in report.findings])
    house = Checker(select=["abbreviations/house-style"], locale="en-CA", strict=True).check(CLEAN_STORY)
    assert house.findings == []


text_strategy = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", " ", "  "])), min_size=1, max_size=40
).map(lambda parts: "".join(p + sep for p, sep in parts))


@settings(max_examples=300, deadline=None)
@given(text=text_strategy, locale=st.sampled_from(["en-CA", "en-GB"]))
def test_safe_fixes_are_idempotent_and_local(text: str, locale: str) -> None:
    chk = CHECKERS[locale]
    report = chk.check(text)
    for edit, finding in collect_edits(report.findings, {Applicability.SAFE}):
        assert finding.span.start <= edit.start <= edit.end <= finding.span.end, (finding.rule_id, edit, finding.span)
    fixed, again = chk.fix(text)  # fixes are applied in passes until none is left, as --fix does
    assert chk.fix(fixed)[0] == fixed, [(f.rule_id, f.text) for f in again.findings if f.fix_safe]
