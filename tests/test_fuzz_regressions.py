"""What fuzzing mtqa found (benchmarks/fuzz.py, the audit of stop 43), kept as small files and
replayed through the same oracles: no exception but mtqa's own, `--fix` neither losing nor
repeating a change, a bilingual file still readable with its segments and sources after a fix.

`tests/fixtures/fuzz/<target>/` holds one file per finding (the target is the fuzzer's: html,
markdown, xliff, lsp-settings, ...). Each failed before its fix:

* html/unknown-marked-sections.html: `<![CDAATA[` (any `<![` keyword Python 3.11's html.parser
  does not know) raised AssertionError out of the parser, and `mtqa check` stopped the whole run
  with "internal error", the other files unchecked;
* markdown/nul-in-a-list-item.md: a NUL in a list item put the paragraph two characters off its
  source (markdown-it reads NUL as U+FFFD), and each `--fix` pass deleted a letter of the word
  before the stray period instead of the period;
* xliff/entity-before-cdata.xlf: a fix removing text written as entities just before a CDATA
  section also removed the section's opening mark, and the fixed file no longer parsed;
* lsp-settings/lone-surrogate.json: an editor's setting holding a lone surrogate ("\\ud800" in its
  JSON) raised UnicodeEncodeError instead of the settings' error message;
* cat-xliff-fix/lone-surrogate-beside-a-good-file.json (round two): a memoQ and a Phrase file, one
  holding a lone surrogate; the library's XLIFF and TMX readers raised UnicodeEncodeError on such
  a str instead of mtqa's InputError;
* markdown/closing-mark-after-a-url.md (stop 48, seed 4803): a bare URL in Markdown took a curly
  closing mark after it into its placeholder, so the ” a quotes fix wrote right after a URL left the
  quote open, and each `--fix` pass closed the next line's quote: fifteen lines never settled;
* po/malformed-msgid-line-between-equal-msgstrs.po (stop 48, seed 4802, left open then; fixed at
  stop 49): a line `msgid t"` that the scanner skipped joined two entries, whose second msgstr was
  mapped onto the first entry (polib reads the line as an entry of its own), so a fix was written
  into the wrong string and the fixed file no longer read. A keyword given twice in one entry is
  now the file's error, naming its line.
* html/whitespace-run-before-a-percent.html (stop 50, seed 5001): a run of whitespace, which HTML
  reads as one space, mapped that space to the run's first character only, so each `--fix` pass
  of numbers/space-before-percent deleted one space of the run and a run longer than the passes
  never settled. The space now stands for the whole run (where no tag lies inside it).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import fuzz
from mtqa.cli import main

SEEDS = Path(__file__).parent / "fixtures" / "fuzz"
KEPT = sorted(p for p in SEEDS.rglob("*") if p.is_file())


def test_every_kept_input_names_a_target_of_the_fuzzer() -> None:
    assert KEPT
    assert {p.parent.name for p in KEPT} <= set(fuzz.TARGETS)


@pytest.mark.parametrize("path", KEPT, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_kept_input_passes_its_oracle(path: Path) -> None:
    _, check = fuzz.TARGETS[path.parent.name]
    check(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("target", sorted(fuzz.TARGETS))
def test_a_few_generated_inputs_pass_their_oracles(target: str) -> None:
    """The fuzzer's own inputs, a handful per target from fixed seeds (benchmarks/fuzz.py runs
    thousands): a change that breaks a reader on nearly-valid input shows here first."""
    if target == "native-cache":
        from mtqa.scan_backend import native_class

        if native_class() is None or not hasattr(native_class(), "from_bytes"):
            pytest.skip("the native scanner is not built here")
    if target.startswith("serve"):
        pytest.importorskip("starlette", reason="mtqa[serve] (starlette) is not installed")
        pytest.importorskip("httpx", reason="the dev extra (httpx) is needed for the serve targets")
    make, check = fuzz.TARGETS[target]
    for seed in range(4):
        check(make(fuzz.Draw(rng=random.Random(f"{target}:{seed}"))))


def test_a_fix_before_a_cdata_section_leaves_the_section_whole(tmp_path: Path) -> None:
    xlf = tmp_path / "story.xlf"
    xlf.write_bytes((SEEDS / "xliff" / "entity-before-cdata.xlf").read_bytes())
    assert main(["check", "--isolated", "--languagetool", "off", "--fix", "--unsafe-fixes", "-q", str(xlf)]) in (0, 1)
    assert "<target><![CDATA[The mayor said yes & no.]]></target>" in xlf.read_text(encoding="utf-8")
    assert main(["check", "--isolated", "--languagetool", "off", "-q", str(xlf)]) in (0, 1)  # still reads


def test_fix_in_a_markdown_list_item_with_a_nul_removes_the_period_not_a_letter() -> None:
    """Through the library (an editor's buffer or a request may hold a NUL; `mtqa check` refuses
    such a file as binary before reading it as Markdown)."""
    from mtqa.session import Session

    session = Session.of(languagetool="off")

    def check(text: str):
        return session.check(session.document(text, format="markdown"))

    text = (SEEDS / "markdown" / "nul-in-a-list-item.md").read_text(encoding="utf-8")
    fixed = session.fix(check(text), unsafe=True, check=check).text
    assert fixed in (text, text.replace("colonel.", "colonel"))


def _poison_markdown(monkeypatch) -> None:
    """A fault of mtqa's own, made on purpose for one file: Markdown holding "poison"."""
    from mtqa.formats import markdown

    real = markdown.parse

    def broken(text: str):
        if "poison" in text:
            raise KeyError("made on purpose")
        return real(text)

    monkeypatch.setattr(markdown, "parse", broken)


def _two_files(tmp_path: Path) -> list[str]:
    bad = tmp_path / "a.md"
    bad.write_text("The poison paragraph.\n", encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text("The vote was was close.\n", encoding="utf-8")
    return ["check", "--isolated", "--languagetool", "off", "--jobs", "1", str(bad), str(good)]


def test_an_internal_error_on_one_file_is_that_files_error_and_the_others_are_checked(tmp_path: Path, capsys,
                                                                                    monkeypatch) -> None:
    """One bad file never stops the others: a fault of mtqa's own is that file's error, said as
    mtqa's bug (not the file's), exit 2 (as ruff's internal errors), with the other files reported
    and, once at the end, how to get the traceback and what to report."""
    monkeypatch.delenv("MTQA_DEBUG", raising=False)
    _poison_markdown(monkeypatch)
    assert main(_two_files(tmp_path)) == 2
    captured = capsys.readouterr()
    assert "a.md: error: internal error (a bug in mtqa, not in the file): KeyError: 'made on purpose'" in captured.err
    assert "b.txt" in captured.out and "repetition/doubled-word" in captured.out
    assert captured.err.rstrip().endswith(
        "mtqa: note: mtqa failed on a file through a bug of its own (\"internal error\" above); the other files "
        "were checked. Run it again with MTQA_DEBUG=1 to print the traceback, and report the bug with that "
        "traceback, `mtqa --version` and, if you can, the file.")
    assert "Traceback" not in captured.err


def test_mtqa_debug_prints_the_traceback_and_still_checks_the_other_files(tmp_path: Path, capsys,
                                                                          monkeypatch) -> None:
    """MTQA_DEBUG=1 shows where mtqa failed; it used to end the run there, the other files unchecked."""
    monkeypatch.setenv("MTQA_DEBUG", "1")
    _poison_markdown(monkeypatch)
    assert main(_two_files(tmp_path)) == 2
    captured = capsys.readouterr()
    assert "Traceback (most recent call last)" in captured.err and "KeyError: 'made on purpose'" in captured.err
    assert "b.txt" in captured.out and "repetition/doubled-word" in captured.out


def test_a_file_that_cannot_be_read_is_no_internal_error(tmp_path: Path, capsys, monkeypatch) -> None:
    """An input's own fault is said as the file's, without the note about mtqa's bugs."""
    monkeypatch.delenv("MTQA_DEBUG", raising=False)
    (tmp_path / "b.txt").write_text("The vote was close.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--languagetool", "off", "--jobs", "1", str(tmp_path / "missing.txt"),
                 str(tmp_path / "b.txt")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and "internal error" not in err and "MTQA_DEBUG" not in err


def test_the_lsp_test_client_is_not_shipped_in_the_package() -> None:
    """mtqa.lsp.client was a helper of the tests and of benchmarks/lsp_latency.py only; it now
    lives in benchmarks/lsp_client.py, out of the wheel."""
    import importlib.util

    assert importlib.util.find_spec("mtqa.lsp.client") is None
    assert (Path(__file__).parents[1] / "benchmarks" / "lsp_client.py").is_file()


def test_a_bilingual_string_with_a_lone_surrogate_is_an_input_error_not_a_unicode_error() -> None:
    """Round two (cat-xliff-fix/lone-surrogate-beside-a-good-file.json): the library's XLIFF and
    TMX readers raised UnicodeEncodeError on a str holding a lone surrogate (a file is decoded
    first, but a library caller hands a str); now mtqa's own error, naming where."""
    from mtqa.errors import InputError
    from mtqa.session import Session

    xliff = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" '
             'target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1">'
             '<source>a\ud800</source><target>the the</target></trans-unit></body></file></xliff>')
    tmx = '<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>a\ud800</seg></tuv></tu></body></tmx>'
    session = Session.of(languagetool="off")
    for text, fmt in ((xliff, "xliff"), (tmx, "tmx")):
        with pytest.raises(InputError, match=rf"story\.{fmt}: not Unicode text \(holds a lone surrogate at character \d+\)"):
            session.check_bilingual(text, fmt, f"story.{fmt}")


def test_an_input_slow_for_its_size_is_judged_against_the_median_of_its_size() -> None:
    """Stop 46: the fuzz kept only failing inputs, and a slow one was lost. An input over
    SLOW_FACTOR times the median time per character of its size's earlier inputs is kept."""
    same_size = [(1_000, 1e-4)] * fuzz.SLOW_SAMPLES
    assert fuzz.slow_for_its_size(0.5, 1_000, same_size) is None  # under the floor whatever the ratio
    assert fuzz.slow_for_its_size(0.9, 10_000, same_size) is None
    why = fuzz.slow_for_its_size(fuzz.SLOW_FACTOR * 1e-4 * 1_500 * 1.1, 1_500, same_size)
    assert why is not None and "of its size" in why
    # too few inputs of its size: the median of every size's is the measure
    assert "of any size" in (fuzz.slow_for_its_size(30.0, 20_000, same_size) or "")  # 15x
    assert fuzz.slow_for_its_size(10.0, 20_000, same_size) is None  # 5x
    assert fuzz.slow_for_its_size(5.0, 20_000, []) is None  # nothing to compare with yet


def test_the_input_in_flight_is_on_disk_and_a_slow_one_is_kept_with_its_rules_times(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    """An input that never ends is on disk while it runs (a run stopped by hand keeps it); one
    that ends slow for its size is kept with the time each rule took on it, over every check."""
    seen: list[str] = []
    clock = iter([0.0, 0.0, 1.0, 10.0, 10.0, 50.0])  # two runs: 1 s, then 40 s, each 20 characters

    def check(text: str) -> None:
        seen.append((tmp_path / "fake-running.input").read_text(encoding="utf-8"))
        fuzz.timed(type("R", (), {"timings": {"quotes/x": 30.0, "total": 40.0}})())
        fuzz.timed(type("R", (), {"timings": {"quotes/x": 5.0, "names/y": 2.0, "total": 9.0}})())

    monkeypatch.setitem(fuzz.TARGETS, "fake", (lambda d: "twenty characters!!!", check))
    monkeypatch.setattr(fuzz.time, "perf_counter", lambda: next(clock))
    stats = {"runs": 0, "chars": 0, "problems": 0, "slowest": 0.0}
    for _ in range(2):
        fuzz.one("fake", fuzz.Draw(rng=random.Random(0)), tmp_path, stats)
    assert seen == ["twenty characters!!!"] * 2
    assert not (tmp_path / "fake-running.input").exists()  # gone once it ended
    assert stats["problems"] == 1
    assert (tmp_path / "fake-2.input").read_text(encoding="utf-8") == "twenty characters!!!"
    why = (tmp_path / "fake-2.why").read_text(encoding="utf-8")
    assert why.startswith("slow") and "35.0  quotes/x" in why and "2.0  names/y" in why


def test_a_closing_mark_right_after_a_url_closes_the_quote_in_markdown() -> None:
    """Stop 48: in Markdown, “… http://x.ca” read the ” as the URL's last character."""
    from mtqa import Checker

    checker = Checker(select=["quotes"])
    text = "> “See http://x.ca\" now.\n> More at http://x.ca\" too.\n"
    once = checker.check(text, format="markdown").fixed_text()
    assert once.startswith("> “See http://x.ca” now.")
    assert checker.check(once, format="markdown").fixed_text() == once  # settled in one pass
    clean = "The mayor wrote: “See http://x.ca” and left.\n"
    assert checker.check(clean, format="markdown").findings == []


def test_a_rule_that_failed_with_an_internal_error_fails_the_input() -> None:
    """Stop 48: the engine keeps a report going without a rule that raised, so a regular
    expression's timeout that left seven rules out of a report showed only as a slow input."""
    from types import SimpleNamespace

    ok = SimpleNamespace(timings={}, checks_skipped=[{"check": "x/y", "reason": "needs --languagetool"}])
    assert fuzz.timed(ok) is ok
    broken = SimpleNamespace(timings={}, checks_skipped=[{"check": "x/y", "reason": "internal error: TimeoutError: t"}])
    with pytest.raises(fuzz.OracleFailure, match="x/y: internal error"):
        fuzz.timed(broken)
