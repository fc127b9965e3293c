"""A finding off its own row's spans counts "at the same place" only where raters marked that place
in another system's row of the segment (`benchmarks/accuracy.py`'s `marked_elsewhere`): the same
words around it, a span over its part. Another place, another segment's words, or a row without a
span there do not count."""

from __future__ import annotations

from pathlib import Path

from tests.script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
accuracy = load_script("accuracy_for_same_place_tests", ROOT / "benchmarks" / "accuracy.py")

ROW = {"target": "Some of the ice is more than 100000 years old.", "errors": []}


def _other(target: str, marked: str | None, start: int | None = None) -> dict:
    errors = []
    if marked is not None:
        at = target.index(marked) if start is None else start
        errors.append({"start": at, "end": at + len(marked), "text": marked})
    return {"target": target, "errors": errors}


def _place(text: str, row: dict = ROW) -> tuple[int, int]:
    at = row["target"].index(text)
    return at, at + len(text)


def test_a_place_marked_in_another_rows_identical_words_counts() -> None:
    other = _other("Now, some of the ice is more than 100000 years old.", "100000")
    assert accuracy.marked_elsewhere(*_place("100000"), ROW, [other])


def test_unmarked_or_marked_elsewhere_in_the_row_does_not_count() -> None:
    assert not accuracy.marked_elsewhere(*_place("100000"), ROW, [_other(ROW["target"], None)])
    # the other row's rater marked "ice", not the figure
    assert not accuracy.marked_elsewhere(*_place("100000"), ROW, [_other(ROW["target"], "ice")])


def test_other_words_around_the_same_figure_do_not_count() -> None:
    other = _other("The glacier holds layers 100000 years old, they say.", "100000")
    assert not accuracy.marked_elsewhere(*_place("100000"), ROW, [other])


def test_an_insertion_point_at_the_place_counts() -> None:
    row = {"target": 'He said " matter " twice.', "errors": []}
    other = {"target": row["target"], "errors": [{"start": 9, "end": 9, "text": ""}]}
    assert accuracy.marked_elsewhere(8, 9, row, [other])
