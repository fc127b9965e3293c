"""benchmarks/scaling.py: a point measured several times is reported by its medians."""

from __future__ import annotations

import gc

from benchmarks.scaling import _collector_clock, median_point


def _run(cpu: float, seconds: float, rss: float) -> dict:
    return {"kind": "single-line", "mb": 1.0, "findings": 7, "seconds": seconds, "cpu_seconds": cpu,
            "gc_cpu_seconds": cpu / 10, "peak_rss_mb": rss}


def test_a_repeated_point_is_the_median_of_its_runs_and_keeps_them() -> None:
    runs = [_run(12.0, 30.0, 90.0), _run(10.0, 50.0, 91.0), _run(30.0, 20.0, 89.0)]
    point = median_point(runs)
    assert (point["cpu_seconds"], point["seconds"], point["peak_rss_mb"]) == (12.0, 30.0, 90.0)
    assert point["gc_cpu_seconds"] == 1.2
    assert point["runs"] == runs and point["findings"] == 7


def test_failed_runs_are_kept_but_not_counted() -> None:
    failed = {"kind": "single-line", "mb": 1.0, "error": "MemoryError"}
    point = median_point([failed, _run(10.0, 20.0, 90.0), _run(14.0, 22.0, 92.0)])
    assert point["cpu_seconds"] == 12.0 and failed in point["runs"]
    assert median_point([failed]) == failed


def test_a_single_run_is_the_point_itself() -> None:
    run = _run(10.0, 20.0, 90.0)
    assert median_point([run]) == run


def test_the_collector_clock_counts_collections_from_when_it_starts() -> None:
    hooked = len(gc.callbacks)
    try:
        clock = _collector_clock()
        assert clock == [0.0]
        garbage = [[i] for i in range(200_000)]  # many tracked objects: a full collection takes a while
        gc.collect()
        assert clock[0] > 0.0
        del garbage
    finally:
        del gc.callbacks[hooked:]
