"""Every example in examples/ runs: the pipeline, the workflow's commands, the pre-commit hook."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

FAILING = "The minister said the the mission would continue.\n\nThey met on on Tuesday in Ottawa in Ottawa.\n"
CLEAN = ("Canada's defence minister said Tuesday that troops would stay in the region until the spring.\n\n"
         "The announcement came after a cabinet meeting in Ottawa.\n")
CLEAN_LOCAL = ("City council approved the new transit budget on Wednesday after a long debate.\n\n"
               "The mayor said construction would begin in the fall.\n")
CLEAN_MD = "---\ntitle: Budget day\n---\n\n# Budget day\n\nThe finance minister tabled the budget on Monday.\n"


def _env(tmp_path: Path) -> dict:
    """PATH with an `mtqa` that runs this checkout, as an installed console script would."""
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "mtqa"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mtqa "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = dict(os.environ)
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NO_COLOR", None)
    return env


# ---- examples/pipeline.py --------------------------------------------------------------

def test_pipeline_routes_failures_and_writes_a_summary(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "world").mkdir(parents=True)
    (inbox / "world" / "iraq.txt").write_text(FAILING, encoding="utf-8")
    (inbox / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (inbox / "budget.md").write_text(CLEAN_MD, encoding="utf-8")
    (inbox / "local.txt").write_text(CLEAN_LOCAL, encoding="utf-8")
    (inbox / "broken.txt").write_bytes(b"\x00\x01binary")
    (inbox / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    queue, ready, summary = tmp_path / "queue", tmp_path / "ready", tmp_path / "out" / "summary.json"
    proc = subprocess.run([sys.executable, str(EXAMPLES / "pipeline.py"), str(inbox), "--queue", str(queue),
                           "--ready", str(ready), "--summary", str(summary)],
                          capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert proc.returncode == 2, proc.stderr  # broken.txt could not be read
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert (data["articles"], data["queued"], data["errors"]) == (5, 1, 1)
    assert data["ready"] == 3
    rows = {r["path"]: r for r in data["files"]}
    assert set(rows) == {"world/iraq.txt", "clean.txt", "budget.md", "local.txt", "broken.txt"}
    assert rows["world/iraq.txt"]["routed"] == "queue" and not rows["world/iraq.txt"]["passed"]
    assert "repetition/doubled-word" in rows["world/iraq.txt"]["rules"]
    assert rows["clean.txt"]["routed"] == "ready" and rows["clean.txt"]["findings"] == 0
    assert "binary" in rows["broken.txt"]["error"]
    # The editor queue holds the failed article, its findings and an HTML report; ready holds the rest.
    assert (queue / "world" / "iraq.txt").read_text(encoding="utf-8") == FAILING
    sidecar = json.loads((queue / "world" / "iraq.txt.mtqa.json").read_text(encoding="utf-8"))
    assert sidecar["passed"] is False and len(sidecar["findings"]) == rows["world/iraq.txt"]["findings"]
    assert "world/iraq.txt" in (queue / "report.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in ready.rglob("*") if p.is_file()) == ["budget.md", "clean.txt", "local.txt"]
    assert "5 articles: 3 ready, 1 sent to the editor queue, 1 error\n" in proc.stdout


# ---- examples/github-workflow.yml --------------------------------------------------------

def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}).stdout


def test_workflow_commands_check_changed_copy(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the workflow file")
    workflow = yaml.safe_load((EXAMPLES / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["copy"]["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert "github/codeql-action/upload-sarif" in uses
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert workflow["permissions"]["security-events"] == "write"

    # A pull request in a scratch repository: one changed failing article, one unchanged one.
    repo = tmp_path / "repo"
    (repo / "content").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    (repo / "content" / "old story.md").write_text(FAILING, encoding="utf-8")
    (repo / "content" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-qb", "pr")
    (repo / "content" / "new story.txt").write_text(FAILING, encoding="utf-8")
    (repo / "content" / "clean.txt").write_text(CLEAN + "\nIt was a quiet day.\n", encoding="utf-8")
    (repo / "README.txt").write_text(FAILING, encoding="utf-8")  # not copy: outside content/
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "pr")

    env = _env(tmp_path)
    outputs = tmp_path / "github_output"
    env["GITHUB_OUTPUT"] = str(outputs)
    results = {}
    for step in steps:
        if "run" not in step or "pip install" in step["run"]:
            continue  # `uses:` steps are GitHub's; installing is the machine's business (mtqa is on PATH)
        script = re.sub(r"\$\{\{\s*github\.base_ref\s*\}\}", "main", step["run"])
        assert "${{" not in script, script
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=repo,
                              env=env, capture_output=True, text=True, timeout=120)
        results[step["name"]] = proc

    listed = results["List changed copy"]
    assert listed.returncode == 0, listed.stderr
    assert (repo / "changed.txt").read_text().splitlines() == ["content/clean.txt", "content/new story.txt"]
    assert "count=2" in outputs.read_text()

    sarif_step = results["Check changed copy for code scanning (SARIF)"]
    assert sarif_step.returncode == 0, sarif_step.stderr  # failing copy does not stop the upload
    sarif = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"content/new%20story.txt"}
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    import jsonschema

    jsonschema.Draft4Validator(schema).validate(sarif)

    html_step = results["HTML report for the editor"]
    assert html_step.returncode == 0, html_step.stderr
    assert "content/new story.txt" in (repo / "mtqa-report.html").read_text(encoding="utf-8")

    annotate = results["Annotate the pull request (fails the job when copy fails)"]
    assert annotate.returncode == 1, annotate.stderr  # the failing article fails the job
    lines = [ln for ln in annotate.stdout.splitlines() if ln.startswith("::")]
    assert lines and all(ln.startswith(("::warning file=content/new story.txt,", "::error file=content/new story.txt,"))
                         for ln in lines)


# ---- .pre-commit-hooks.yaml and examples/pre-commit-config.yaml --------------------------

def test_pre_commit_hook_entry_runs(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the hook manifest")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "mtqa")
    assert hook["entry"] == "mtqa check --force-exclude" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html", "xliff", "pofile"}
    config = yaml.safe_load((EXAMPLES / "pre-commit-config.yaml").read_text(encoding="utf-8"))
    used = next(h for r in config["repos"] for h in r["hooks"] if h["id"] == "mtqa")
    assert re.match(used["files"], "content/story.md") and not re.match(used["files"], "templates/x.html")

    # pre-commit runs `entry + args + filenames` and blocks the commit on a non-zero exit.
    good = tmp_path / "clean.txt"
    good.write_text(CLEAN, encoding="utf-8")
    md = tmp_path / "budget.md"
    md.write_text(CLEAN_MD, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(FAILING, encoding="utf-8")
    cmd = shlex.split(hook["entry"]) + list(used.get("args", []))
    ok = subprocess.run(cmd + [str(good), str(md)], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    blocked = subprocess.run(cmd + [str(good), str(bad)], env=_env(tmp_path), capture_output=True, text=True,
                             timeout=120)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "repetition/doubled-word" in blocked.stdout and "FAIL" in blocked.stdout


def _hook_and_example():
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the hook manifest")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load((EXAMPLES / "pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "mtqa")
    return hook, [h for r in config["repos"] for h in r["hooks"] if h["id"] == "mtqa"]


def test_a_file_named_like_an_option_reaches_the_hook_as_a_file(tmp_path: Path) -> None:
    """pre-commit runs `entry + args + files` from the repository's root, so a staged `-draft.txt`
    follows the arguments as they are: the hook's default args and the example's end in `--`."""
    hook, used = _hook_and_example()
    (tmp_path / "-draft.txt").write_text(FAILING, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    for args in [hook.get("args", []), *(h.get("args", []) for h in used)]:
        assert args and args[-1] == "--", f"args {args} do not end in -- (a file named -x would be an option)"
        cmd = shlex.split(hook["entry"]) + list(args) + ["clean.txt", "-draft.txt"]
        run = subprocess.run(cmd, cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
        assert run.returncode == 1, run.stdout + run.stderr
        assert "-draft.txt" in run.stdout and "repetition/doubled-word" in run.stdout


def test_the_hook_passes_the_bilingual_files_the_readme_promises(tmp_path: Path) -> None:
    """XLIFF and PO have file types of their own in pre-commit (identify); TMX has none (it is
    typed as text alone), so the example shows a second entry that takes `.tmx` by name."""
    identify = pytest.importorskip("identify.identify", reason="identify (pre-commit's file typing) is needed")
    hook, used = _hook_and_example()
    wanted = set(hook["types_or"])
    for name in ("story.fr-en.xlf", "story.xliff", "messages.po", "copy.txt", "copy.md", "page.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
        assert identify.tags_from_path(str(tmp_path / name)) & wanted, name
    (tmp_path / "memory.tmx").write_text('<?xml version="1.0"?>\n<tmx version="1.4"/>\n', encoding="utf-8")
    tmx_tags = identify.tags_from_path(str(tmp_path / "memory.tmx"))
    assert not tmx_tags & wanted
    tmx_entries = [h for h in used if "types_or" in h and re.search(h.get("files", ""), "content/memory.tmx")]
    assert tmx_entries and set(tmx_entries[0]["types_or"]) & tmx_tags
    assert not re.search(tmx_entries[0]["files"], "content/notes.txt")
