"""Re-measure the README's install table: one fresh venv per install, its real-copy figures and size.

    python benchmarks/install_table.py --venvs DIR [--row .] [--row words] ... [--keep]

The README's table says what each install (`.`, `.[words]`, `.[grammar]`, `.[grammar,words]`,
`.[full]`) gives on the real-copy corpus. Figures measured in the developer's own environment
would leak packages a new user does not get, so each row gets what a new user gets: a fresh
`python -m venv` (no system site-packages) under `--venvs`, pip upgraded, then
`pip install -e "CHECKOUT[EXTRAS]"`, then `benchmarks/real_copy.py --half both --languagetool off`
run with that venv's python and a cache folder of its own (`MTQA_CACHE_DIR`), its figures
written to `DIR/ROW.json`. The installed size is the disk space of the venv's site-packages
(as `du` counts it, in MB), measured before the check writes any bytecode; rows other
than the core give it as the growth over the core's (measure `.` in the same run for that).

`MTQA_NO_NATIVE=1` is set for the installs by default: an editable install uses the native
scanner already built in the checkout (`pip install -e .` there first, or the pure-Python
scanner runs: the same findings, slower), and no row pays for a Rust build. `--build-native`
lets every install build it.

It needs nothing but Python's standard library (it never imports mtqa: every row's venv does).
It prints the table's Markdown rows (held-back half in bold, tuning half in brackets, as the
README writes them) and, with `--json`, writes every figure to a file. Nothing of this machine
is assumed: the checkout is the one holding this script, the interpreter the one running it
(`--python` picks another), and pip reads the network or its own cache as it usually does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
ROWS = {  # the README's order; the name a row's venv and json file get
    ".": "core",
    "words": "words",
    "grammar": "grammar",
    "grammar,words": "grammar-words",
    "full": "full",
}


def row_label(extras: str) -> str:
    """How the README's table names an install: `.` (core only) or `.[EXTRAS]`."""
    return "`.` (core only)" if extras == "." else f"`.[{extras}]`"


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"install_table: {' '.join(command[:4])} … failed (exit {done.returncode}):\n"
                         + done.stderr[-3000:])


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _site_packages(python: Path) -> Path:
    out = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def _size_mb(folder: Path) -> float:
    """Disk space the folder takes, in MB (10^6 bytes), as `du` counts it (whole blocks, where
    the system reports them): the figure the README's table has quoted since stop 38."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            info = os.lstat(os.path.join(root, name))
            total += getattr(info, "st_blocks", 0) * 512 or info.st_size
    return total / 1_000_000


def measure_row(extras: str, venvs: Path, python: str, build_native: bool, keep: bool) -> dict:
    """Build the row's fresh venv, install, measure; the venv is removed afterwards unless `keep`."""
    name = ROWS[extras]
    venv = venvs / name
    if venv.exists():
        shutil.rmtree(venv)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # nothing of the caller's environment leaks into the row
    env.pop("VIRTUAL_ENV", None)
    if not build_native:
        env["MTQA_NO_NATIVE"] = "1"
    started = time.monotonic()
    _run([python, "-m", "venv", str(venv)], env)
    vpython = _venv_python(venv)
    _run([str(vpython), "-m", "pip", "install", "-q", "--upgrade", "pip"], env)
    target = str(CHECKOUT) if extras == "." else f"{CHECKOUT}[{extras}]"
    _run([str(vpython), "-m", "pip", "install", "-q", "-e", target], env)
    installed_s = time.monotonic() - started
    packages = subprocess.run([str(vpython), "-m", "pip", "list", "--format=freeze"], capture_output=True,
                              text=True, env=env).stdout.split()
    size = _size_mb(_site_packages(vpython))
    figures_file = venvs / f"{name}.json"
    env["MTQA_CACHE_DIR"] = str(venvs / f"{name}-cache")
    done = subprocess.run([str(vpython), str(CHECKOUT / "benchmarks" / "real_copy.py"), "--half", "both",
                           "--languagetool", "off", "--json", str(figures_file)],
                          cwd=CHECKOUT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"install_table: real_copy.py failed in the {name} venv:\n{done.stderr[-3000:]}")
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    if not keep:
        shutil.rmtree(venv)
    return {"extras": extras, "site_packages_mb": round(size, 1), "install_s": round(installed_s, 1),
            "packages": packages, "tune": _headline(figures["tune"]), "heldout": _headline(figures["heldout"])}


def _headline(half: dict) -> dict:
    total = half["recall"]["total"]
    return {"mt_fail_rate": half["mt_fail_rate"], "clean_pass_rate": half["clean_pass_rate"], "auc": half["auc"],
            "recall": total["rate"], "caught": f"{total['caught']}/{total['of']}",
            "false_flags_per_1000_words": half["false_flags_per_1000_words"]}


def _pct(rate: float | None) -> str:
    return "?" if rate is None else f"{round(100 * rate)} %"


def markdown_row(row: dict, core_mb: float | None) -> str:
    """One line of the README's table: held back in bold, the tuning half in brackets."""
    held, tune = row["heldout"], row["tune"]
    if row["extras"] == ".":
        size = f"{round(row['site_packages_mb'])} MB (pip included)"
    elif core_mb is not None:
        size = f"+{round(row['site_packages_mb'] - core_mb)} MB"
    else:
        size = f"{round(row['site_packages_mb'])} MB in all"
    cells = [row_label(row["extras"]),
             f"**{_pct(held['mt_fail_rate'])}** ({_pct(tune['mt_fail_rate'])})",
             f"**{_pct(held['clean_pass_rate'])}** ({_pct(tune['clean_pass_rate'])})",
             f"**{held['auc']:.3f}** ({tune['auc']:.3f})",
             f"**{_pct(held['recall'])}** ({_pct(tune['recall'])})",
             size]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("--venvs", type=Path, required=True,
                        help="an empty folder (made if missing) for the venvs, caches and figures")
    parser.add_argument("--row", action="append", choices=list(ROWS),
                        help="an install to measure, as its extras (`.` for the core; repeatable; default: all five)")
    parser.add_argument("--python", default=sys.executable, help="the interpreter the venvs are made from")
    parser.add_argument("--build-native", action="store_true", help="let each install build the native scanner")
    parser.add_argument("--keep", action="store_true", help="keep the venvs (default: removed once measured)")
    parser.add_argument("--json", type=Path, help="write every row's figures, package list and size here")
    args = parser.parse_args(argv)
    if args.venvs.exists() and not args.venvs.is_dir():
        parser.error(f"--venvs {args.venvs}: not a folder")
    extras = [e for e in ROWS if e in (args.row or list(ROWS))]
    args.venvs.mkdir(parents=True, exist_ok=True)
    rows = []
    for each in extras:
        print(f"measuring {row_label(each)} …", file=sys.stderr, flush=True)
        rows.append(measure_row(each, args.venvs.resolve(), args.python, args.build_native, args.keep))
    core = next((r["site_packages_mb"] for r in rows if r["extras"] == "."), None)
    for row in rows:
        print(markdown_row(row, core))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
