"""consistency/honorific-periods reads only the paragraphs where one of its heads ("Mr", "Ms",
"Dr", "Prof", "Messrs") stands as written: held, with each backend, to the rule handed every
paragraph, on its examples, the seed and look-alikes (heads inside words, in capitals, beyond
ASCII, before no-break spaces and line breaks, in paragraphs of their own)."""

from __future__ import annotations

import pytest

from mtqa import registry
from mtqa.document import Document
from mtqa.scan import available_backends
from tests.rules.open_triggers import assert_triggers_hide_nothing, findings_with_triggers_open
from tests.scan.test_engine_triggers import BACKENDS

RULE = "consistency/honorific-periods"
LOOK_ALIKES = (
    "Mr. Roy spoke. Mr Lee left.",
    "Dr Ann Lee and Dr. Paul Roy met.",
    "Ms. Roy met Mrs Lee and Mss Tremblay; Messrs. Roy and Lee, Prof Ann Lee.",
    "MR. ROY and Mr.\u00a0Lee, Mr\nLee, Mr.Lee, Mr. lee.",
    "Drive on, Mrsa Lee; the DrLee, MsRoy and Profs Lee met. Ｍr Roy, Mr\u212a Roy.",
    "Professor Lee met Mr. Roy.",
    "Mr Lee",
    "Mr. Roy",
    "Mrs. Roy and\n\nMrs Lee.",
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_trigger_never_hides_an_honorific(backend: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    from benchmarks.speed import SEED

    examples = [e.text for e in registry.get(RULE).examples]
    texts = (*examples, *LOOK_ALIKES, "\n\n".join(LOOK_ALIKES), "\n\n".join(reversed(LOOK_ALIKES)),
             SEED.read_text(encoding="utf-8"))
    assert_triggers_hide_nothing(RULE, texts)
    assert findings_with_triggers_open(RULE, Document("\n\n".join(LOOK_ALIKES))), "the look-alikes hold no mixed honorifics: the test proves nothing"
