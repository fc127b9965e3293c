"""Titles and ranks: the `titles` family (rule ids `titles/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    "legislators",  # provincial premiers and legislators
    "cut_ranks",  # a lower-case rank cut from its name by a period
    # an article or a long formal title before a full name, French style
    "title_forms",
    "governors",  # a premier called a governor (Spanish, Chinese, Russian)
    "source_honorifics",  # "H.E. Ambassador", "H.M. King": honorifics of official English abroad
    "state_titles",  # "Ambassador of the Republic of Estonia to Canada Kadri Tamm": a state's title run into a name
    "bare_titles",  # "the Minister said": an office capitalised where it names no one (house style, cp)
    "common_titles",  # "the Canadian Ambassador said", "the two Foreign Ministers": a title capitalised as a common noun
)
