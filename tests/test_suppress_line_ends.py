"""Plain-text suppression comments in files with Windows (CRLF) and old Mac (CR) line ends.

The directive's pattern ended in `$`, which in multi-line mode matches only before "\\n": in a
CRLF file (Notepad's, an editor's on Windows) every `# mtqa-disable…` line was read as prose
(`nonwords/unknown-word` on "mtqa") and suppressed nothing (the twelfth audit, branch audit42).
"""

from __future__ import annotations

import pytest

import mtqa

LINES = [
    "# mtqa-disable-next-line repetition",
    "He said he he would go.",
    "# mtqa-disable repetition/doubled-word",
    "They said they they would stay.",
    "# mtqa-enable repetition/doubled-word",
    "We said we we would leave.",
]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_directives_work_whatever_the_line_ends(end: str) -> None:
    report = mtqa.check(end.join(LINES) + end, select=["repetition", "nonwords"])
    found = [(f.rule_id, f.text.strip()) for f in report.findings]
    assert found == [("repetition/doubled-word", "we")], found
    assert not report.notes or not any("mtqa-" in n for n in report.notes)
