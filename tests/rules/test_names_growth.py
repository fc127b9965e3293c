"""The names rules on a story that names hundreds of people of one surname (stop 47's growth
review): the work grows with the names, not with the square of their number. Work is counted in
lines of Python run (`step_count`), never timed."""

from __future__ import annotations

import itertools

import pytest

from mtqa.testing import findings
from step_count import lines_run


def _given_names(count: int) -> list[str]:
    """`count` made-up given names, all different and many one letter apart: Aaaaa, Aaaab, ..."""
    letters = "abdeiklmnoprstuv"
    names = ("".join(p).capitalize() for n in itertools.count(5) for p in itertools.product(letters, repeat=n))
    return list(itertools.islice(names, count))


def _story(count: int, extra: str = "") -> str:
    return "The board met on Tuesday. " + "".join(f"{g} Tremblay met " for g in _given_names(count)) + extra + "it.\n"


def test_translated_given_names_are_looked_up_not_compared_two_by_two() -> None:
    """Every two given names before one surname were compared (`_twins`): 4 times the names ran
    ~16 times the lines. The twins are still found among them."""
    counts = []
    for n in (250, 1_000):
        text = _story(n, "Jean Tremblay spoke. John Tremblay said no to ")
        found, lines = lines_run(("mtqa/rules/names/rules.py",), findings, text, "names/translated-given-name")
        assert [f.text for f in found] == ["John"]
        counts.append(lines)
    assert counts[1] < 5 * counts[0], counts


def test_given_name_variants_are_looked_up_not_compared_with_every_earlier_one(monkeypatch) -> None:
    """`_given_name_variants` compared each given name with every more frequent one (`near`);
    the NearIndex lists those `near` may pair. The same findings, in lines that grow with the names."""
    pytest.importorskip("wordfreq")
    import mtqa.rules.names.misspelt_names as misspelt

    counts = []
    for n in (250, 1_000):
        found, lines = lines_run(("mtqa/rules/names/pack.py",), findings, _story(n), "names/inconsistent-spelling")
        assert len(found) > n // 10
        counts.append(lines)
    assert counts[1] < 6 * counts[0], counts
    # the same findings as comparing each name with every earlier one (the index never taken)
    text = _story(250)
    indexed = findings(text, "names/inconsistent-spelling")
    monkeypatch.setattr(misspelt, "INDEX_ABOVE", 10**9)
    plain = findings(text + " ", "names/inconsistent-spelling")
    assert [(f.span, f.message) for f in indexed] == [(f.span, f.message) for f in plain]
