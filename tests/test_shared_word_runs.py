"""The three low-level copies of the shared word runs that stay where they are (review of stop
45; benchmarks/README.md, "Hostile input and special files"): `segment._TOKEN`, `matching._TOKEN`
and the scanner's `_WORD_RUNS` are the text of `text.tokens.ALNUM_RUN` and `LETTER_RUN`, not an
import of them, so the document model does not load `mtqa.text.tokens` (and `mtqa.analysis`,
`mtqa.re_programs` with it). They must stay the same text: a paragraph's tokens, the matcher's
and the scanner's must agree. `pattern_cache` hands out one object for one text and flags, so
same text is the same compiled object, which is what this asserts."""

from __future__ import annotations

import mtqa.matching as matching
import mtqa.scan.python_backend as python_backend
import mtqa.segment as segment
from mtqa.text.tokens import ALNUM_RUN, LETTER_RUN


def test_the_low_level_copies_are_the_shared_patterns() -> None:
    assert segment._TOKEN is ALNUM_RUN
    assert matching._TOKEN is ALNUM_RUN
    assert python_backend._WORD_RUNS[1:] == (ALNUM_RUN, LETTER_RUN)
    assert python_backend._WORD_RUNS[1] is ALNUM_RUN and python_backend._WORD_RUNS[2] is LETTER_RUN


def test_the_document_model_does_not_load_the_text_toolkit() -> None:
    import subprocess
    import sys

    code = "import sys, mtqa.document, mtqa.matching; print(sorted(m for m in sys.modules if m.startswith('mtqa.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "mtqa.text.tokens" not in out and "mtqa.analysis" not in out and "mtqa.segment" in out
