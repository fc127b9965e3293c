"""Edit distance for near-miss names, ranks and ridings.

Levenshtein distance by Hyyrö's bit-parallel form of Myers' algorithm, on Python integers:
one pass over the second string, a few integer operations per character (~2-4 µs for the
names compared here). rapidfuzz gave the same distances, but importing it maps its whole
package (every metric, fuzz, process: 41 modules and their C++ libraries), ~3.8 MiB of
resident memory for one function, while a check compares a few hundred to a few thousand
short strings.
"""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions and substitutions that turn `a` into `b` (Levenshtein distance)."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a  # the longer one as bit vectors, the shorter one walked
    if not b:
        return len(a)
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    m = len(a)
    full = (1 << m) - 1
    last = 1 << (m - 1)
    plus, minus, score = full, 0, m  # vertical differences +1 / -1 of the column; its last cell
    for ch in b:
        eq = masks.get(ch, 0)
        xv = eq | minus
        xh = (((eq & plus) + plus) ^ plus) | eq
        hplus = minus | ~(xh | plus)
        hminus = plus & xh
        if hplus & last:
            score += 1
        elif hminus & last:
            score -= 1
        hplus = (hplus << 1) | 1
        hminus <<= 1
        plus = (hminus | ~(xv | hplus)) & full
        minus = hplus & xv & full
    return score


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) == 1
