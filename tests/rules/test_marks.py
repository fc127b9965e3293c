"""quotes/prime-as-quote and quotes/nested-double (mtqa/rules/quotes/marks.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_primes_as_quotation_marks() -> None:
    got = assert_flags("″We will stay,″ she said.", "quotes/prime-as-quote", ["″", "″"])
    assert [f.suggestions for f in got] == [("“",), ("”",)]
    assert_clean("A 55″ screen at 45°30′15″ N.", "quotes/prime-as-quote")


def test_double_marks_nested_in_double_marks() -> None:
    got = assert_flags("“He told me “no” and left,” she said.", "quotes/nested-double", ["“no”"])
    assert [f.suggestions for f in got] == [("‘no’",)]
    assert_clean("“We are ready,” he said. “We will go,” she added.", "quotes/nested-double")
