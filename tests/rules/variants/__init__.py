"""Made-up variants of each family's kinds (issue 11's generalisation audit): the same error in
other words, positions and source languages than the tuning excerpts showed, and look-alikes
that must stay quiet. One module a family holds the data; `tests/rules/test_variants.py` runs
them all:

- `FIRES`: (rule, text) pairs the rule must flag;
- `FLAGS`: (rule, text, flagged) triples whose findings must be exactly `flagged` (the texts,
  in order; a string for one);
- `QUIET`: (rule, text) look-alikes on which the rule must find nothing.

A variant a rule still misses is a strict `xfail` with the reason, so the gap stays in sight.
"""
