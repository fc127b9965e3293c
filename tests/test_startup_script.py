"""benchmarks/startup.py: runs alternate between the trees, the warm-ups are not counted (the
cache's entries settle between them), every cold run starts from an empty cache folder, and
ratios are medians of the pairs."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import startup
from mtqa import pack_cache


def test_trees_alternate_warm_up_is_dropped_and_cold_runs_get_fresh_caches(tmp_path: Path, monkeypatch) -> None:
    calls: list[tuple[str, str | None, str]] = []
    times = {None: (0.2, 0.1), "/other": (0.4, 0.3)}

    def fake_run(cmd: list[str], env: dict) -> tuple[float, float]:
        tree = env.get("PYTHONPATH")
        calls.append((" ".join(cmd), tree, env["MTQA_CACHE_DIR"]))
        cache = Path(env["MTQA_CACHE_DIR"])
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "entry").write_text("x")
        wall, cpu = times[tree]
        return (wall * 3, cpu * 3) if len(calls) <= 4 else (wall, cpu)  # the warm-up pairs are slow

    slept: list[tuple[int, float]] = []

    class StartupClock:
        """`time` as startup.py sees it, its sleeps recorded: patching `time.sleep` itself would also
        catch every other thread of the test process that sleeps meanwhile (a library's poller)."""

        def __getattr__(self, name: str):
            return getattr(time, name)

        def sleep(self, seconds: float) -> None:
            slept.append((len(calls), seconds))

    monkeypatch.setattr(startup, "time", StartupClock())
    monkeypatch.setattr(startup, "run_once", fake_run)
    monkeypatch.setattr(startup, "COMMANDS", {"mtqa check seed": ["mtqa", "check", "seed"]})
    # against another tree each runs its own `python -m mtqa`: the table is made for that
    monkeypatch.setattr(startup, "command_table", lambda mtqa: {"mtqa check seed": [*mtqa, "check", "seed"]})
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    fig = startup.measure({"this": None, "against": "/other"}, runs=3, cold_runs=2, work=tmp_path)
    warm = fig["this"]["mtqa check seed"]
    assert warm == {"runs": 3, "wall_mean_s": 0.2, "wall_median_s": 0.2, "cpu_mean_s": 0.1, "cpu_median_s": 0.1}
    assert fig["against"]["mtqa check seed"]["wall_mean_s"] == 0.4
    assert fig["ratio"]["mtqa check seed"] == {"wall": 0.5, "cpu": 0.333}
    assert [tree for _, tree, _ in calls[:10]] == [None, "/other"] * 5  # A B A B ...
    assert slept == [(2, startup.SETTLE_S)] and startup.SETTLE_S * 1e9 > pack_cache.SETTLED_NS
    assert all(cmd.endswith("-m mtqa check seed") for cmd, _, _ in calls)  # each tree's own mtqa
    cold = [cache for cmd, _, cache in calls[10:]]
    assert len(cold) == 6 and len(set(cold)) == 6  # warm-up included: each run its own, emptied
    assert not any(Path(c).exists() for c in cold)
    assert fig["this"][startup.COLD]["runs"] == 2


def test_the_environment_is_the_benchmarks_own(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    env = startup.run_env("/tree", tmp_path)
    assert env["MTQA_CACHE_DIR"] == str(tmp_path) and env["PYTHONPATH"] == "/tree"
    assert "PYTHONDONTWRITEBYTECODE" not in env and "MTQA_NO_CACHE" not in env


def test_no_site_runs_python_dash_s_with_the_whole_path(tmp_path: Path, monkeypatch) -> None:
    """--no-site: every command is `python -S` (mtqa as `-m mtqa`), the other tree first on
    the path and then every entry of this interpreter's, which site would have added."""
    import os
    import sys

    env = startup.run_env("/tree", tmp_path, no_site=True)
    path = env["PYTHONPATH"].split(os.pathsep)
    assert path[0] == "/tree" and path[1:] == [p for p in sys.path if p]
    assert startup.run_env(None, tmp_path, no_site=True)["PYTHONPATH"].split(os.pathsep) == path[1:]
    commands = startup.no_site_commands()
    assert set(commands) == set(startup.COMMANDS)
    assert all("-S" in cmd[:4] for cmd in commands.values())
    assert commands["mtqa check seed"][-4:] == ["-m", "mtqa", "check", startup.SEED]
