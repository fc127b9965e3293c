"""title-slots splits off the chunks after a title only as the count of name words reads them
(`_names_after` with `more`): held to the count over every chunk the slot could read (up to
its reach), on random runs of names, initials, possessives, punctuation and lowercase words."""

from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

from mtqa.packs import PackSet
from mtqa.rules.titles.analysis import _names_after, title_slots
from mtqa.document import Document

import mtqa.rules.titles.pack  # noqa: F401  (registers the ranks pack's compiler)

_PIECES = ["Jane", "Doe", "J.", "A.", "B.", "Fortin,", "Roy’s", "Roy's", "the", "said", "Lee.", "O'Neil", "Col.",
           "Lt.", "Gen.", "Smith-Jones", "Forces", "Minister", "(Ottawa)", "\u201cJane", "MacKay;", "É.", "Élise",
           "Department", "Col", "Maj.-Gen.", "Sgt.", "Montréal", "Jean-Guy", "DOE", "x"]


def _chunks(words: list[str]) -> list[tuple[str, int, int]]:
    text = " ".join(words)
    return [(m.group(), m.start(), m.end()) for m in regex.finditer(r"\S+", text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14), st.integers(0, 3), st.integers(0, 4))
def test_names_read_as_needed_count_as_names_read_at_once(words: list[str], j: int, extra: int) -> None:
    not_names = PackSet().compiled("ranks").not_names
    every = _chunks(words)
    reach = j + 6 + extra  # a longer form tried before at the same start reaches further
    eager = _names_after(every[: reach + 1], j, not_names)
    read = every[: j + 1]

    def more(i: int) -> int:
        while len(read) <= i and i <= reach and len(read) < len(every):
            read.append(every[len(read)])
        return len(read)

    assert _names_after(read, j, not_names, more) == eager


def test_titles_before_names_are_still_slots() -> None:
    data = PackSet().compiled("ranks")
    doc = Document("Lt. Col. J. A. B. C. Jane Doe spoke. Maj.-Gen. A. B. C. D. E. F. Roy left. Gen. Fortin, said.")
    slots = [s.text for par in doc.paragraphs for s in title_slots(par, data)]
    assert slots and all(s.split()[0] in ("Lt.", "Maj.-Gen.", "Gen.") for s in slots)
