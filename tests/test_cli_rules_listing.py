"""`mtqa rules` filters as `mtqa check` does: --select and --ignore (rules, families, globs)."""

from __future__ import annotations

from mtqa.cli import main


def _listed(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(["rules", *args])
    out, err = capsys.readouterr()
    return code, [line.split()[0] for line in out.splitlines() if line.strip()], err


def test_ignore_leaves_out_a_family_or_a_glob(capsys) -> None:
    code, ids, _ = _listed(capsys, "--select", "quotes,repetition", "--ignore", "quotes/*")
    assert code == 0 and ids and all(i.startswith("repetition/") for i in ids)
    _, everything, _ = _listed(capsys)
    _, without, _ = _listed(capsys, "--ignore", "titles")
    assert not any(i.startswith("titles/") for i in without)
    assert len(without) < len(everything) and set(without) <= set(everything)


def test_an_unknown_name_to_ignore_is_an_error_saying_the_option(capsys) -> None:
    code, _, err = _listed(capsys, "--ignore", "quotez")
    assert code == 2 and "--ignore: unknown rule or family 'quotez'" in err


def test_a_name_in_the_wrong_case_gets_the_right_one_suggested(capsys) -> None:
    """Rule ids and families are lower case; difflib alone found nothing close to 'QUOTES'."""
    assert main(["explain", "QUOTES/WRONG-DIRECTION"]) == 2
    assert "did you mean 'quotes/wrong-direction'?" in capsys.readouterr().err
    assert main(["rules", "--select", "QUOTES"]) == 2
    assert "did you mean 'quotes'?" in capsys.readouterr().err


def test_a_family_or_glob_selects_its_stable_rules_and_an_id_a_preview_one(capsys) -> None:
    """The README: preview rules run with --preview. `--select numbers` ran numbers/small-figure
    (preview) without it; an id still names a preview rule, and ALL takes everything."""
    from mtqa import registry

    def ids(*select: str, preview: bool = False) -> set[str]:
        return {r.id for r in registry.select(list(select), None, preview=preview)}

    assert "numbers/small-figure" not in ids("numbers") | ids("numbers/*")
    assert "numbers/small-figure" in ids("numbers", preview=True)
    assert "numbers/small-figure" in ids("numbers/small-figure") & ids("ALL")
    assert ids("numbers") == {r.id for r in registry.select(None, None) if r.meta.family == "numbers"}
    code, listed, _ = _listed(capsys, "--select", "numbers")
    assert code == 0 and "numbers/small-figure" not in listed


def test_languagetool_is_listed_whenever_mtqa_check_would_run_it(capsys) -> None:
    """`mtqa rules --ignore grammar` and `--select ALL` list what `mtqa check` runs with the same
    options, LanguageTool's rules included; `--select quotes` or `--ignore languagetool` do not."""
    for args, listed in ((("--ignore", "grammar"), True), (("--select", "ALL"), True), (("--select", "languagetool"), True),
                         (("--select", "quotes"), False), (("--ignore", "languagetool"), False), ((), True)):
        _, ids, _ = _listed(capsys, *args)
        assert ("languagetool/*" in ids) is listed, args
