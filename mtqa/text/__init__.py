"""The shared text toolkit: what rule modules import instead of each other's helpers.

- `mtqa.text.tokens`: word tokens and the per-paragraph word sets rules test triggers against;
- `mtqa.text.fold`: accent and case folding;
- `mtqa.text.fuzzy`: edit distance (rapidfuzz) for near-miss names (a "did you mean" for a
  misspelt setting is `mtqa.schema.nearest`, below every module that reports one);
- `mtqa.text.quotation`: whether a text's quotation marks pair up (a segment cut from a longer quote),
  and a text with its quotations blanked out (a story's own voice);
- `mtqa.text.articles`: whether a word takes "a" or "an".

Nothing here knows about rules, packs or findings.
"""
