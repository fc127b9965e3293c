"""Document rules that read only the paragraphs where a word they need stands as written
(`consistency/name-order`'s institution heads, `names/honorific-given-name`'s honorifics, and
`consistency/honorific-periods`' heads): held, with each backend, to the rule handed every
paragraph, on its examples, the seed and look-alikes (the words inside others, in capitals,
beyond ASCII, before no-break spaces and line breaks, alone in a paragraph)."""

from __future__ import annotations

import pytest

from mtqa import lexicon, registry
from mtqa.document import Document
from mtqa.scan import available_backends
from tests.rules.open_triggers import assert_triggers_hide_nothing, findings_with_triggers_open
from tests.scan.test_engine_triggers import BACKENDS

LOOK_ALIKES = {
    "consistency/name-order": (
        "Researchers at the University of Laval led it.\n\nA Laval University team checked it.",
        "The University of Laval met. Laval University agreed.",
        "The UNIVERSITY of Laval met; the Universityof Laval, Universities of Laval and a Laval\u00a0University.",
        "College of Ottawa\n\nOttawa College\n\nInstitute of Montréal and Montréal Institute; Museum of Regina.",
        "The Hospital of Lévis and Lévis Hospital; the Library of Hull, Hull Library, the Hull Libraries.",
        "Ｕniversity of Laval and Laval Ｕniversity.",
    ),
    "names/honorific-given-name": (
        "Justin Trudeau spoke on Monday. Mr. Justin said the deal was good.",
        "Justin Trudeau spoke.\n\nMr Justin left.",
        "Justin Trudeau spoke.\n\nMme. Justin left.",
        "Justin Trudeau spoke.\n\nMadam. Justin left.",
        "Justin Trudeau spoke.\n\nMister. Justin left.",
        "Justin Trudeau spoke.\n\nMs. Justin left; Dr. Justin too, and Mrs. Justin.",
        "Justin Trudeau spoke.\n\nMR. Justin and XMr. Justin, Mr.Justin, Ｍr. Justin, Mr.\u00a0Justin, Ms\nJustin.",
        "Mr. Justin",
    ),
}
LOOK_ALIKES["consistency/honorific-periods"] = (
    "Mr. Roy spoke. Mr Lee left.",
    "Dr Ann Lee and Dr. Paul Roy met.",
    "Ms. Roy met Mrs Lee and Mss Tremblay; Messrs. Roy and Lee, Prof Ann Lee.",
    "MR. ROY and Mr.\u00a0Lee, Mr\nLee, Mr.Lee, Mr. lee.",
    "Drive on, Mrsa Lee; the DrLee, MsRoy and Profs Lee met. Ｍr Roy, Mr\u212a Roy.",
    "Mr Lee",
    "Mr. Roy",
    "Mrs. Roy and\n\nMrs Lee.",
)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("rule_id", sorted(LOOK_ALIKES))
def test_the_trigger_never_hides_a_finding(rule_id: str, backend: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    if rule_id == "names/honorific-given-name" and lexicon.english() is None:
        pytest.skip(lexicon.MISSING)
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    from benchmarks.speed import SEED

    looks = LOOK_ALIKES[rule_id]
    examples = [e.text for e in registry.get(rule_id).examples]
    texts = (*examples, *looks, "\n\n".join(looks), "\n\n".join(reversed(looks)), SEED.read_text(encoding="utf-8"))
    assert_triggers_hide_nothing(rule_id, texts)
    assert findings_with_triggers_open(rule_id, Document("\n\n".join(looks))), "the look-alikes hold no finding: the test proves nothing"
