"""A watchdog for adversarial-input tests: it catches a hang, it is not a speed limit.

Speed and linearity are measured in `benchmarks/speed.py` (its adversarial fuzz) and reported
there; a test only has to know that the call returns, and what it returned. HANG_SECONDS is far
beyond any real run on a loaded machine, so only a runaway (catastrophic backtracking, an
endless loop) trips it.
"""

from __future__ import annotations

import threading

HANG_SECONDS = 60.0


def returns(fn, *args, **kwargs):
    """`fn(*args, **kwargs)` run in a daemon thread; its result, its exception re-raised, or a test
    failure when it has not returned after HANG_SECONDS (a hang, not a slow run)."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as exc:  # handed back to the test below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_SECONDS)
    assert not worker.is_alive(), f"{getattr(fn, '__name__', fn)} did not return within {HANG_SECONDS:g} s: a hang"
    if "error" in box:
        raise box["error"]
    return box["value"]


def assert_spans_sound(report, text: str) -> None:
    """Every finding of `report` lies inside `text` and quotes it exactly (a correct result on input
    built to confuse the patterns, whatever the findings are)."""
    for f in report.findings:
        assert 0 <= f.span.start <= f.span.end <= len(text), (f.rule_id, f.span)
        assert text[f.span.start : f.span.end] == f.text, (f.rule_id, f.span, f.text[:40])
