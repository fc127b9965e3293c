"""Start-up of mtqa's commands as whole processes: mean and median wall and CPU seconds.

    python benchmarks/startup.py [--runs 10] [--against DIR] [--json benchmarks/results/startup.json]

Each command runs `--runs` times after two warm-up runs 2.2 s apart (not counted; `SETTLE_S`),
as a fresh process from the repository root, with Python's bytecode cache on (this machine's shells set
`PYTHONDONTWRITEBYTECODE=1`; then every run also recompiles the modules it imports) and the
cache in a folder of the benchmark's own (`MTQA_CACHE_DIR`), warm after the warm-ups:
  * `python -c pass` (the interpreter and site-packages alone, mtqa's floor);
  * `python -c "import mtqa"`;
  * `mtqa --version`;
  * `mtqa check SEED` (the seed article, 1,499 words; the defaults: text report, LanguageTool
    `auto`, which finds no server here);
  * the same check on a cold cache: an empty cache folder for every run (a child process
    fills it, `mtqa.cache_child`), fewer runs (`--cold-runs`).
Wall time is the parent's clock around the child; CPU time is the child's user + system time
from the kernel (`os.wait4`, which includes a cache-filling grandchild the child waits for).

`--no-site` runs every command with `python -S` (no site hook) and this interpreter's path given
whole in `PYTHONPATH`, as `python -m mtqa`: a site hook that imports modules first (this
machine's imports `certifi` and with it `importlib.resources`, `zipfile`, `tempfile`, `pathlib`,
~15 ms) hides what mtqa's own imports cost where no hook does.

`--against DIR` measures a second checkout too (its `mtqa` package imported through
`PYTHONPATH=DIR`, the same interpreter and site-packages), run for run in turn with this one
(A B A B ...), so a comparison holds while a shared machine's load drifts; the ratios are of the
paired medians. Both trees then run mtqa as `python -m mtqa` (each its own `__main__`): the
console script names the entry function of the tree installed, which the other may lack.
Byte-compile both trees first (`python -m compileall -q mtqa`); a native library built in one
tree is not in the other's checkout: copy it there (`mtqa/_native.abi3.so`) to compare them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
SEED = "seeds/000_a80f4c312e8b183b.txt"
# A cache entry written less than `pack_cache.SETTLED_NS` (2 s) ago has its seal verified at every
# read (and a pack file changed as recently is hashed again): the warm runs start once the
# entries the first warm-up wrote have settled, as a user's cache has (a second warm-up, uncounted,
# remembers them).
SETTLE_S = 2.2
# `-P` (Python 3.11+): `-c` would put the working folder first on the path, ahead of `--against`.
PY = [sys.executable, "-P"] if sys.version_info >= (3, 11) else [sys.executable]
# The console script pip installs beside the interpreter (what a user runs), else `-m mtqa`.
_SCRIPT = Path(sys.executable).parent / "mtqa"
MTQA = [str(_SCRIPT)] if _SCRIPT.exists() else [*PY, "-m", "mtqa"]


def command_table(mtqa: list[str]) -> dict[str, list[str]]:
    """The commands measured, with `mtqa` as the way to run mtqa."""
    return {"python -c pass": [*PY, "-c", "pass"], "import mtqa": [*PY, "-c", "import mtqa"],
            "mtqa --version": [*mtqa, "--version"], "mtqa check seed": [*mtqa, "check", SEED]}


COMMANDS = command_table(MTQA)
COLD = "mtqa check seed, cold cache"


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `cmd` from the repository root."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def run_env(tree: str | None, cache: Path, no_site: bool = False) -> dict:
    """A run's environment: the benchmark's cache folder, bytecode written, no forced scanner
    backend or LanguageTool server; `tree` (another checkout) first on the path; without site,
    this interpreter's whole path after it."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(cache))
    for name in ("PYTHONDONTWRITEBYTECODE", "MTQA_NO_CACHE", "MTQA_SCAN_BACKEND", "MTQA_LANGUAGETOOL_URL"):
        env.pop(name, None)
    path = ([tree] if tree else []) + ([p for p in sys.path if p] if no_site else [])
    if path:
        env["PYTHONPATH"] = os.pathsep.join(path)
    return env


def no_site_commands() -> dict[str, list[str]]:
    """COMMANDS run with `python -S`: no site hook, mtqa as `python -m mtqa`."""
    py = [*PY, "-S"]
    return {"python -c pass": [*py, "-c", "pass"], "import mtqa": [*py, "-c", "import mtqa"],
            "mtqa --version": [*py, "-m", "mtqa", "--version"], "mtqa check seed": [*py, "-m", "mtqa", "check", SEED]}


def _summary(runs: list[tuple[float, float]]) -> dict:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return {"runs": len(runs), "wall_mean_s": round(statistics.fmean(walls), 4),
            "wall_median_s": round(statistics.median(walls), 4), "cpu_mean_s": round(statistics.fmean(cpus), 4),
            "cpu_median_s": round(statistics.median(cpus), 4)}


def measure(trees: dict[str, str | None], runs: int, cold_runs: int, work: Path, no_site: bool = False) -> dict:
    """Every command for every tree, the trees in turn run for run."""
    out: dict[str, dict] = {name: {} for name in trees}
    # Against another checkout, each tree runs its own `python -m mtqa`: the console script
    # names the entry function of the installed tree, which the other may not have.
    if no_site:
        commands = no_site_commands()
    else:
        commands = COMMANDS if len(trees) == 1 else command_table([*PY, "-m", "mtqa"])
    for label, cmd in [*commands.items(), (COLD, commands["mtqa check seed"])]:
        cold = label == COLD
        if cold and cold_runs <= 0:
            continue
        times: dict[str, list] = {name: [] for name in trees}
        # -2, -1: the warm-ups, not counted; between them, the cache's new entries settle
        for i in range(-1 if cold else -2, cold_runs if cold else runs):
            for name, tree in trees.items():
                cache = work / f"cache-{name}" / (str(i) if cold else "warm")
                got = run_once(cmd, run_env(tree, cache, no_site))
                if cold:
                    shutil.rmtree(cache, ignore_errors=True)
                if i >= 0:
                    times[name].append(got)
            if i == -2:
                time.sleep(SETTLE_S)
        for name in trees:
            out[name][label] = _summary(times[name])
        if len(trees) == 2:
            a, b = (times[n] for n in trees)
            out.setdefault("ratio", {})[label] = {
                "wall": round(statistics.median(x[0] / y[0] for x, y in zip(a, b)), 3),
                "cpu": round(statistics.median(x[1] / y[1] for x, y in zip(a, b)), 3)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--against", metavar="DIR", help="another checkout to measure in turn with this one")
    ap.add_argument("--no-site", action="store_true", help="run the commands with python -S (no site hook)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "startup.json"))
    args = ap.parse_args()
    trees: dict[str, str | None] = {"this": None}
    if args.against:
        trees["against"] = str(Path(args.against).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        fig = measure(trees, args.runs, args.cold_runs, Path(tmp), args.no_site)
    fig["no_site"] = args.no_site
    fig["load_average"] = [round(x, 2) for x in os.getloadavg()]
    fig["python"] = sys.version.split()[0]
    for name in trees:
        print(f"{name}:")
        for label, row in fig[name].items():
            print(f"  {label:28} wall mean {row['wall_mean_s'] * 1000:7.1f} ms (median {row['wall_median_s'] * 1000:7.1f})"
                  f"   CPU mean {row['cpu_mean_s'] * 1000:7.1f} ms (median {row['cpu_median_s'] * 1000:7.1f})")
    for label, r in fig.get("ratio", {}).items():
        print(f"  this / against, {label:28} wall {r['wall']:.3f}  CPU {r['cpu']:.3f}")
    print(f"load average at the end: {fig['load_average']}")
    Path(args.json).write_text(json.dumps(fig, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
