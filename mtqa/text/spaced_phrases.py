"""Where phrases of two words or more stand in a long text, found through its spaces.

A story-level rule that looks for every name the story capitalises in the whole story searches
it once a name: on a live blog both grow with its length, and the check with its square. Every
occurrence of a phrase puts its first space on one of the text's spaces, with the phrase's
first word ending the chunk before that space and its second word opening the chunk after; an
index of the text's spaces by a window of three characters on each side (built once, in one
pass) gives every place the phrase can stand, and each is then compared with the phrase. The
answer is `str.find`'s, searching on past each match.

The window of a space is the last three characters of the chunk before it (back to the space
before) and the first three of the chunk after it (up to the next space). A phrase "w1 w2 …"
stands where a chunk ends with w1 and the next starts with w2 (is w2, when more words follow),
so its window is w1's last three letters and w2's first three, when w1 has three letters or
more and w2 has too or a word follows it. Other phrases are searched for with `str.find`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress
from operator import itemgetter

_SIDE = 3  # characters kept on each side of a space
_TAIL = itemgetter(slice(-_SIDE, None))  # a chunk's last _SIDE characters


def find_each(text: str, phrases: Iterable[str]) -> dict[str, list[int]]:
    """Each phrase's starts in `text`, as `find_all` gives them, for many phrases at once."""
    found: dict[str, list[int]] = {}
    by_window: dict[str, list[str]] = defaultdict(list)
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) < 2 or len(words[0]) < _SIDE or (len(words) == 2 and len(words[1]) < _SIDE):
            found[phrase] = list(find_all(text, phrase))  # its window could be another's
        else:
            by_window[_window(words[0], words[1])].append(phrase)
    if not by_window:
        return found
    chunks = text.split(" ")
    tails = list(map(_TAIL, chunks))
    # A space's window is made only where the chunk before it ends as some phrase's first word
    # does (a test at C speed): making the window of every space was half of the search's cost.
    wanted = {window[:_SIDE] for window in by_window}
    ends = list(accumulate(map(len, chunks)))  # each chunk's end, less the spaces before it
    spaces_at: dict[str, list[int]] = defaultdict(list)
    for k in compress(range(len(chunks) - 1), map(wanted.__contains__, tails)):
        window = tails[k] + " " + chunks[k + 1][:_SIDE]
        if window in by_window:
            spaces_at[window].append(ends[k] + k)
    for window, some in by_window.items():
        spaces = spaces_at.get(window, ())
        for phrase in some:
            first_space = phrase.index(" ")
            starts = found[phrase] = []
            free = 0  # where the next match may start: matches do not overlap
            for space in spaces:
                j = space - first_space
                if j >= free and text.startswith(phrase, j):
                    starts.append(j)
                    free = j + len(phrase)
    return found


def _window(before: str, after: str) -> str:
    return before[-_SIDE:] + " " + after[:_SIDE]


def find_all(text: str, phrase: str) -> Iterator[int]:
    """The starts of `phrase` in `text` by `str.find`, each search going on past the last match."""
    j = text.find(phrase)
    while j >= 0:
        yield j
        j = text.find(phrase, j + len(phrase))
