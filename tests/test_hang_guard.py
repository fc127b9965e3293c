"""The adversarial-input watchdog of tests/hang_guard.py can fail: a hang and an unsound span trip it."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

import hang_guard


def test_a_call_that_never_returns_fails_the_test(monkeypatch) -> None:
    monkeypatch.setattr(hang_guard, "HANG_SECONDS", 0.05)
    never = threading.Event()
    with pytest.raises(AssertionError, match="a hang"):
        hang_guard.returns(never.wait)
    never.set()


def test_result_and_exception_are_handed_back() -> None:
    assert hang_guard.returns(sorted, [2, 1]) == [1, 2]
    with pytest.raises(ZeroDivisionError):
        hang_guard.returns(lambda: 1 / 0)


def test_a_finding_that_misquotes_its_span_is_caught() -> None:
    span = SimpleNamespace(start=0, end=3)
    good = SimpleNamespace(findings=[SimpleNamespace(rule_id="x/y", span=span, text="The")])
    bad = SimpleNamespace(findings=[SimpleNamespace(rule_id="x/y", span=span, text="the")])
    hang_guard.assert_spans_sound(good, "The end.")
    with pytest.raises(AssertionError):
        hang_guard.assert_spans_sound(bad, "The end.")
