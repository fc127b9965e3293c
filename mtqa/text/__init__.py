"""The shared text toolkit: what rule modules import instead of each other's helpers.

- `mtqa.text.tokens`: word tokens and the per-paragraph word sets rules test triggers against;
- `mtqa.text.fold`: accent and case folding;
- `mtqa.text.fuzzy`: edit distance (rapidfuzz) and "did you mean" lookups.

Nothing here knows about rules, packs or findings.
"""
