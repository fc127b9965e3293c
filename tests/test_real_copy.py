"""Floors on the real-copy corpus's tuning half (benchmarks/real_copy.py), so that a change
that loses recall, adds false flags on clean copy or blurs the verdict fails CI.

These are tuning-half figures: the rules were written against this half, so they are floors
against regression, not claims of accuracy. The held-back half's figures are measured by
`python benchmarks/real_copy.py` and quoted in benchmarks/README.md; no test reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtqa import Checker
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent

# Measured 2026-12-02 on the tuning half (LanguageTool off, default style), rounded down.
# The tuning half then grew by three MT and three clean excerpts from six sites no rule had
# been written against (labelled in full before mtqa ran on them): recall, typography,
# calques, the false-flag rate, clean passing and AUC fell on that new copy, so those floors
# follow the measured figures (66.1 %, typography 70.7 %, calques 57.9 %, 0.62 false flags
# per 1,000 words, 93.1 % of clean passing, AUC 0.974); grammar rose and its floor with it.
# Then general French-interference, paraphrase-tool and grammar kinds raised calques to
# 60.9 % and grammar to 34.8 % on this half (none of them reached a held-back label), and the
# clean false flags were fixed at their root and furniture, quotes and titles read by form
# (quotes 95.2 %, titles 86.5 %, boilerplate 78.7 %, no false flag, 93.0 % of MT failing,
# 96.6 % of clean passing, AUC 0.987); the ceiling leaves room for one false flag.
# Word-class rules read from part-of-speech tags (the `grammar` extra, installed by dev) then
# raised grammar to 41.1 % and recall to 69.5 %, with no false flag (AUC 0.986: three genuine
# slips labelled in clean excerpts are now caught, which lowers those excerpts' scores).
# Then the form families were read as kinds (2026-12-03): typography 78.7 %, names 96.7 %,
# consistency 77.8 %, total 70.2 %, 95.3 % of MT failing, AUC 0.989.
# The fifth pass (kinds of the families with the biggest held-back gaps) raised titles to 88.5 %,
# institutions to 78.4 % and the total to 71.3 % (523/734), still with no false flag.
# The sixth pass (interference by kind: governed prepositions, false friends, idioms, light
# verbs, tenses with "since") raised calques to 63.4 % (128/202), grammar to 42.0 % (47/112)
# and the total to 71.8 % (527/734), no false flag.
# The seventh pass (word-level families by kind) raised spelling to 82.6 % (19/23: -ise beside
# -ize in one story) and the total to 71.9 % (528/734), no false flag.
# Then the tuning half took in two batches of copy no rule had been written against, each labelled
# in full before mtqa ran on it: the 48 excerpts that were signal/ (retrieved 2026-12-03; 27.4 %
# recall on them before any rule) and 22 MT excerpts of 20 sites new to the corpus (retrieved
# 2026-12-04; 15.5 % before any rule). With the rules written from both batches, the false flags
# removed on unseen clean copy (branch `quiet`) and the document signal refitted on the grown half,
# the whole half (86 MT, 56 clean excerpts, 1,166 rule-catchable labels) measured 710/1166
# (60.9 %), 0.94 false flags per 1,000 clean words, 86.0 % of MT failing, 96.4 % of clean passing,
# AUC 0.958. The floors follow those measured figures, rounded down.
# The signal's entry "with rules" at 1.0 (its findings only beside others that cost something;
# the seventh round, branch `corrob`) raised MT failing to 87.2 % (clean passing 96.4 %, AUC 0.959).
# The third unseen batch (batch unseen-3, retrieved 2026-12-04: 15 MT, round-trip or spun excerpts of 13 new
# sites, Chinese official copy, spun rewrites, Punjabi and Russian; 28.8 % recall on it before any
# rule, 45.6 % after) brought harder copy into the half, and the signal refitted on it takes the
# entry the procedure now picks ("all" at 1.5): the whole half (101 MT, 56 clean excerpts, 1,291
# rule-catchable labels) measured 767/1291 (59.4 %), 0.94 false flags per 1,000 clean words,
# 81.2 % of MT failing, 96.4 % of clean passing, AUC 0.945 (the half as it was: 710/1166,
# 86.0 %, 96.4 %, 0.957). The floors follow the measured figures, rounded down.
# With the entry mode "graded" implemented, the procedure's pick among every mode it weighs,
# "graded" at 1.0 (the eighth round), shipped for a moment: it failed more MT (82.2 %) and two clean
# excerpts whose signal was just over 1.0 (clean passing 92.9 %). The signal refitted on 42 more
# excerpts of its weak kinds in signal/ (the ninth round, branch `signal4`; rules quiet on three
# kinds of false flag those excerpts showed), and the procedure amended to keep 95 % of clean copy
# passing (the tenth round), ships "graded" at 1.5: 766/1291, 0.94, 82.2 % of MT failing, 96.4 %
# of clean passing, AUC 0.949. The floors follow the measured figures, rounded down.
# Ten grammar rules for kinds of interference taken from descriptions of learners' errors, not
# from the corpus (branch `interference`: verb complements, reported-question order, "which" for
# people, dropped subjects, counted uncountables, "more big", carried-over reflexives, the verb
# second after a time phrase) raised
# grammar to 31.8 % (68/214) and the total to 59.6 % (770/1291), no false flag.
# Furniture by form (branch `furniture`: lines known by their shape, written from an independent
# set of 44 news sites outside the corpus, benchmarks/furniture_lines.py) raised boilerplate to
# 73.4 % (91/124) and the total to 60.1 % (776/1291), false flags unchanged (0.94), AUC 0.947.
# All of this stop's branches merged (graded entry over 1.5, the new grammar, calque and furniture
# rules): 780/1291 (60.4 %), 0.94, 82.2 % of MT failing, 96.4 % of clean passing, AUC 0.951.
# The fourth unseen batch (batch unseen-4, retrieved 2026-12-04: the 27 MT, round-trip or spun
# excerpts that were signal/, Chinese 10, spun 9, Russian 3, German 2, Spanish 2, one round trip;
# labelled in full before mtqa ran on them, no rule written from them) caught 78/412 (18.9 %),
# the same with main before this stop's rules. With it the whole half (128 MT, 56 clean excerpts,
# 1,703 rule-catchable labels) measured 858/1703 (50.4 %), 0.94 false flags per 1,000 clean words,
# 75.0 % of MT failing, 96.4 % of clean passing, AUC 0.927 (the half as it was: 780/1291 unchanged):
# harder copy, not lost recall. The floors follow the measured figures, rounded down to two decimals.
# The twelfth pass over the form-level families (branch `forms12`: kinds of form widened, none
# copied from the corpus) measured 893/1703 (52.4 %): typography 80.0 %, numbers 69.0 %, quotes
# 80.0 %, repetition 60.4 %, institutions 61.8 %, boilerplate 66.3 %, consistency 51.3 %, grammar
# 27.3 % (the last two by overlap: a currency or orphan-mark finding inside a longer label), false
# flags unchanged (0.94), 75.0 % of MT failing, 96.4 % of clean passing, AUC 0.930. The floors
# follow the measured figures, rounded down to two decimals.
# Its second round (titles, names, institutions, quotes, consistency, untranslated) measured
# 909/1703 (53.4 %): titles 78.7 %, names 73.9 %, institutions 66.2 %, quotes 82.5 %,
# consistency 66.7 %, untranslated 61.5 %, false flags unchanged (0.94), 75.8 % of MT failing,
# 96.4 % of clean passing, AUC 0.933. The floors follow, rounded down to two decimals.
# At the merge, a party leader's title in lower case (NDP leader Jane Roe) became strict CP's
# alone (titles/half-capitalised-title's party_leader option): 908/1703 (53.3 %), titles 77.0 %,
# AUC 0.932, the rest unchanged.
# The thirteenth calques pass (branch `calq13`: kinds measured as frames on 3+ tuning sites,
# contexts that name parties and laws) measured 929/1703 (54.6 %), calques 250/588 (42.5 %),
# false flags unchanged (0.94), 75.8 % of MT failing, 96.4 % of clean passing, AUC 0.942. The
# recall floors follow, rounded down to two decimals.
# The thirteenth pass's gazetteer (branch `gram13`: the official-names pack's literal forms rendered
# from each body's French name, 77 bodies more; institutions/legislature-for-parliament) measured
# 913/1703 (53.6 %): institutions 73.5 % (50/68), false flags unchanged (0.94), 75.8 % of MT failing,
# 96.4 % of clean passing, AUC 0.933. The institutions floor follows, rounded down to two decimals.
# Merged (calq13 and gram13 together): 934/1703 (54.8 %), calques 42.5 %, institutions 73.5 %,
# false flags 0.94, 75.8 % of MT failing, 96.4 % of clean passing, AUC 0.943.
# The fifth unseen batch (issue #11, branch `unseen5`: 15 MT or spun excerpts, 170 rule-catchable
# labels, and 6 clean excerpts, labelled before mtqa ran on them; no rule written from them) joined
# the half: 982/1873 (52.4 %; the batch alone 48/170), titles 71.2 %, names 70.0 %, typography 77.5 %,
# abbreviations 69.6 %, quotes 80.0 %, calques 39.4 %, numbers 66.7 %, institutions 67.1 %,
# boilerplate 64.0 %, grammar 26.0 %, consistency 65.0 %, spelling 75.7 %, 1.07 false flags per
# 1,000 clean words (4 on the batch's 1,737 clean words), 73.4 % of MT failing, 93.5 % of clean
# passing, AUC 0.929: harder copy, not lost recall. The floors follow, rounded down to two decimals
# (the false-flag ceiling up to one).
# Then the signal was refitted with the batch in its data (its procedure now picks a threshold of
# 2.0), and two false-flag kinds the batch's clean copy showed were mended ("former MP" in a
# provincial story; "Parti" read as a given name): 982/1873, 0.96 false flags, 72.0 % of MT failing,
# 95.2 % of clean passing, AUC 0.929. The ceiling is back at one, and the verdict floors follow.
# The sixth unseen batch (issue #11, branch `unseen6`: 12 MT or spun excerpts, 178 rule-catchable
# labels, and 6 clean excerpts, labelled before mtqa ran on them; no rule written from them) joined
# the half, and the signal was refitted with it (the procedure still picks ("graded", 2.0)):
# 1030/2051 (50.2 %; the batch alone 48/178), encoding 81.8 %, titles 69.0 %, names 71.4 %,
# typography 72.7 %, repetition 56.5 %, abbreviations 69.6 %, quotes 77.8 %, calques 37.2 %,
# numbers 67.2 %, institutions 67.5 %, boilerplate 61.6 %, grammar 25.2 %, consistency 61.4 %,
# spelling 70.7 %, 1.51 false flags per 1,000 clean words (12 on the batch's 1,490 clean words:
# an embedded French tweet, a photo credit, a paraphrased lede), 71.6 % of MT failing, 91.2 % of
# clean passing, AUC 0.900: harder copy and new false-flag kinds, not lost recall. The floors
# follow, rounded down to two decimals (the false-flag ceiling up to 1.6).
# Then the three kinds were mended as kinds (an embedded post or block quotation in another language
# is quoted matter, a credit naming a paper's files is a credit, a negation after a noun is how a
# paraphrase contracts): 1030/2051 unchanged, untranslated 60.7 % and nonwords 72.7 % unchanged (now
# floored too), 0.88 false flags, 71.6 % of MT failing, 92.6 % of clean passing, AUC 0.912. The
# ceiling is back at one, and the verdict floors follow.
# The fourteenth grammar pass (branch `gram14`: grammar/bare-person-noun, a person's noun after an
# adjective with no article, and grammar/speaker-person-in-reported-speech, "said that we"; 3 labels
# on 3 sites each, no clean finding) measured 988/1873 (52.7 %), grammar 82/292 (28.1 %), false
# flags unchanged (0.96), 72.0 % of MT failing, 95.2 % of clean passing, AUC 0.930. The grammar
# floor follows, rounded down to two decimals.
# The fourteenth calque pass (same branch: a spinner's "individuals" and its swaps of fixed function
# words, calques/ai-rewrite-puffery; 16 labels on 7 spun sites; one general election in the plural,
# 3 labels on 3 sites; no clean finding) measured 1007/1873 (53.8 %), calques 275/649 (42.4 %),
# false flags unchanged (0.96), 73.4 % of MT failing, 95.2 % of clean passing, AUC 0.938. The
# floors follow, rounded down to two decimals.
# The fourteenth pass's generalisation audit (branch `gen14a`: rules widened from made-up variants
# of their kinds, and numbers/small-figure): 990/1873 (52.9 %), numbers 76.7 %, encoding 94.7 %,
# false flags unchanged (0.96), 72.0 % of MT failing, 95.2 % of clean passing, AUC 0.932.
# Its second round shipped numbers/small-figure as preview (no held-back label, one held-back false
# flag): 983/1873 (52.5 %), numbers 66.7 % (40/60, as before the pass), encoding 94.7 %, false flags
# 0.96, 72.0 % of MT failing, 95.2 % of clean passing, AUC 0.929. The numbers floor follows.
# Merged (fourteenth pass: the sixth batch, its clean copy's kinds mended, the grammar, calque and
# audit passes, three clean-copy kinds mended at the merge), and measured with findings and labels
# on the last word of an excerpt the store cut mid-sentence set aside (real_copy.py's docstring):
# 1054/2049 (51.4 %), 0.42 false flags per 1,000 clean words, at the default threshold 97 (the
# calibration's pick on this half) 67.1 % of MT failing and 95.6 % of clean passing, AUC 0.924.
# The floors follow, rounded down to two decimals; the false-flag ceiling is 0.5.
# The seventh unseen batch (issue #11, branch `unseen7`: 12 MT, round-trip or spun excerpts, 169
# rule-catchable labels, and 6 clean excerpts, labelled before mtqa ran on them; the batch alone
# caught 33/169 with main's rules) joined the half, with three kinds mended or widened from it (a
# word before a name that starts with it, a party acronym before an election-count noun, a
# spinner's "authorities" for "government"), and the signal refitted with it (the procedure still
# picks ("graded", 2.0)): 1092/2218 (49.2 %), titles 68.4 %, names 71.2 %, repetition 52.2 %, quotes
# 64.8 %, calques 37.0 %, numbers 65.1 %, institutions 62.9 %, boilerplate 60.4 %, grammar 26.0 %,
# spelling 66.7 %, untranslated 58.6 %, 0.67 false flags per 1,000 clean words (six on the batch's
# clean copy, each judged in benchmarks/README.md), 64.7 % of MT failing, 94.6 % of clean passing,
# AUC 0.900: harder copy, not lost recall. The floors follow, rounded down to two decimals (the
# false-flag ceiling up to 0.7, AUC to 0.89 as the figure rounds to 0.900).
# Its second round (the same branch: six kinds of clean copy mended as kinds, four clean-copy
# findings judged genuine and labelled): recall unchanged (1092/2218, every family as above), 0.29
# false flags per 1,000 clean words, 64.7 % of MT failing, 97.3 % of clean passing, AUC 0.908, and
# the calibration's pick back at the shipped 97.0. The verdict floors follow, rounded down to two
# decimals; the false-flag ceiling is 0.35 (room for one false flag).
# The eighth unseen batch (branch `clean8`, issue #11: 17 clean excerpts only, 5,202 words) came in
# at 5.38 false flags per 1,000 of its words; seven kinds mended and four findings judged genuine and
# labelled left 13 (2.50), judged in benchmarks/README.md. The half with it, signal refitted: recall
# unchanged (1092/2218, every family as above), 0.73 false flags per 1,000 clean words (19 in 26,081),
# 63.5 % of MT failing, 96.7 % of clean passing, AUC 0.900; the calibration still picks 97.0. The
# floors follow, rounded down to two decimals: the false-flag ceiling up to 0.77 (room for one flag),
# MT failing 0.63, clean passing 0.96, AUC 0.89 (the figure rounds to 0.900).
# Merged with the leftovers of both batches' clean copy mended as kinds (branch `quiet15`: a document
# as the subject of "stated", a byline's paper, a crawler's date stamp, an image's file name, a
# regular plural of a known word, a name with a digit, an impersonal "it"): recall unchanged
# (1092/2218), 0.58 false flags per 1,000 clean words (15 in 26,081), 63.5 % of MT failing, 96.7 %
# of clean passing, AUC 0.907. The false-flag ceiling follows (0.62, room for one flag), AUC 0.90.
# The ninth unseen batch (branch `unseen9`, issue #11: 13 machine-translated, round-trip or spun
# excerpts and 4 clean ones, 136 rule-catchable labels, measured at 28.7 % with main's rules before
# any rule from it) joined the half; four kinds then mended (the diplomatic "side" after "that", "by"
# and in the possessive, Spanish "celebration of" an election, "commercial war/tensions", a
# related-link prompt). The half with it, signal not refitted: 1149/2362 (48.6 %; without the batch
# 1095/2218, 49.4 %, every family at or above its old floor), abbreviations 53.3 %, typography 68.6 %,
# titles 66.7 %, repetition 48.6 %, nonwords 68.0 %, quotes 63.9 %, consistency 62.2 %, spelling
# 63.6 %, institutions 61.4 %, grammar 25.6 %, 0.63 false flags per 1,000 clean words (the batch's
# two, a weekly's long titles before names), 61.7 % of MT failing, 96.8 % of clean passing, AUC 0.899:
# harder copy, not lost recall. The floors follow, rounded down to two decimals (the false-flag
# ceiling 0.67, room for one flag).
# The tenth unseen batch (branch `clean9`, issue #11: 20 clean excerpts only, 5,964 words, labelled
# before mtqa ran on them) came in at 6.54 false flags per 1,000 of its words with main's rules; eight
# kinds mended and two findings judged genuine and labelled left 15 (2.52), judged in
# benchmarks/README.md. The half with it (no refit of the signal): recall unchanged (1092/2218, every
# family as above), 0.94 false flags per 1,000 clean words (30 in 32,045; main's rules 1.62 on the same
# half), 63.5 % of MT failing, 95.5 % of clean passing (main's rules 94.6 %), AUC 0.904. The ceiling
# follows (0.97, room for one flag) and clean passing 0.95, rounded down: the new copy, not the rules,
# moved them.
# The eleventh unseen batch (branch `clean9`, issue #11: 14 clean excerpts only, 3,856 words, labelled
# before mtqa ran on them) came in at 2.85 false flags per 1,000 of its words with this branch's rules
# as they stood; four kinds mended left 7 (1.82), judged in benchmarks/README.md. The half with it (no
# refit of the signal): recall unchanged (1092/2218, every family as above), 1.03 false flags per
# 1,000 clean words (37 in 35,901; 1.14 before the mends), 63.5 % of MT failing, 96.0 % of clean
# passing, AUC 0.909. The ceiling follows (1.06, room for one flag): the new copy, not the rules,
# moved it.
# Common nouns capitalised where no name can stand (branch `unseen9`, second round, issue #11:
# `typography/capitalised-common-word` widened, written from fold A of the half, corpus/folds.py):
# 1154/2362 (48.9 %), typography 70.8 % (160/226), false flags unchanged (0.63), 61.7 % of MT
# failing, 96.8 % of clean passing, AUC 0.899. The typography floor follows, rounded down.
# The twelfth batch (issue #11, branch clean9: 13 machine-translated or spun excerpts, 172 rule-catchable
# labels, batch unseen-12) came in at 48 of 172 (27.9 %) with this branch's rules; on the half with it,
# before its mends, recall was 1140/2390 (47.7 %) and every family the floors name fell or held by the
# new copy alone. Two kinds mended lifted the half to 1151/2390 (48.2 %), no family lower than before
# them; the floors follow the measured figures rounded down (false flags 1.03, unchanged).
# The thirteenth batch (issue #11, branch clean9: 8 machine-translated, round-trip or spun Quebec
# excerpts with 73 rule-catchable labels and 3 clean ones, batch unseen-13) came in at 9 of 73 (12.3 %)
# with this branch's rules as merged from integ; its clean copy drew 7 findings (a French headline
# quoted in an English feature, a possessive of Radio-Canada), judged in benchmarks/README.md. On the
# half with it, before its mends, recall was 1228/2607 (47.1 %), 1.24 false flags per 1,000 clean words
# (47 in 37,849), 60.7 % of MT failing, 95.5 % of clean passing, AUC 0.888; titles, typography, quotes,
# calques and consistency fell below their floors by the new copy alone. Two kinds mended lifted the half
# to 1234/2607 (47.3 %), AUC 0.893, no new finding on clean copy; the floors and the ceiling follow the
# measured figures (rounded down; the ceiling holds the 47 flags, no room for another).
# The merged tree of stop 35 (batches unseen-9 to unseen-13 in the half, every branch's mends, the
# signal refitted on the grown half: INTERCEPT -0.6430, entry still graded 2.0, threshold still 97):
# 1234/2607 (47.3 %), 1.03 false flags per 1,000 clean words (37,849 words), 61.2 % of MT failing,
# 96.2 % of clean passing, AUC 0.896. The floors follow, rounded down; the ceiling leaves room for one flag.
# The fourteenth batch (issue #11, branch unseen14: 6 machine-translated or spun Quebec excerpts with 123
# rule-catchable labels and 3 clean ones, batch unseen-14) came in at 21 of 123 (17.1 %) with main's rules;
# on the half with it, before its mends (no refit of the signal), recall was 1255/2730 (46.0 %) and
# encoding, repetition, calques, numbers, institutions, boilerplate, consistency and spelling fell below
# their floors by the new copy alone. Two furniture kinds mended lifted the half to 1259/2730 (46.1 %;
# boilerplate 61.0 %), 1.01 false flags per 1,000 clean words (after the batch's three clean findings were
# judged the outlets' own slips), 61.8 % of MT failing, 96.3 % of clean passing, AUC 0.898; the floors
# follow the measured figures, rounded down.
# Issue #11's seventeenth batch (8 municipal pages of Quebec bodies in translated English, 51 rule-catchable
# labels, and 3 clean English municipal pages, batch unseen-17) came in at 9 of 51 (17.6 %); no rule changed
# with it (the municipal and premier kinds re-applied to be judged on it caught none of its labels and were
# dropped again). The half with it: 1268/2781 (45.6 %), boilerplate 59.6 %, untranslated 51.4 %, grammar
# 23.9 %, 1.04 false flags per 1,000 clean words (two on the Montreal fire service's French name), 60.0 % of
# MT failing, 95.7 % of clean passing, AUC 0.888: new copy, not lost recall; the floors follow, rounded down.
# The fifteenth batch (issue #11, branch clean15: 20 clean excerpts, 5,588 words, batch unseen-15) drew
# 19 findings with main bcdaaea's rules (3.40 per 1,000 words); on the half with it they gave 1.34 false
# flags per 1,000 clean words (58 in 43,437), 61.2 % of MT failing, 96.1 % of clean passing, AUC 0.893.
# Six kinds mended and two findings judged correct (labelled in a second look) left 9 on the batch
# (1.61) and the half at 1.11 (48 flags), AUC 0.898, recall and the verdict floors unchanged. The
# ceiling follows the new copy (1.13, room for one flag); the mends lowered it, the copy raised it.
# The sixteenth batch (issue #11, branch clean15: 10 machine-translated, round-trip or spun excerpts with
# 182 rule-catchable labels after its second look, 1 clean excerpt, batch unseen-16) came in at 42/182
# (23.1 %) with the branch's rules; on the half with it, 1276/2789 (45.8 %), 60.7 % of MT failing, ten
# families below their floors: harder copy, not lost recall. Two kinds mended (a name run into the
# next word, an adverb before "added") raised the half to 1283/2789 (46.0 %), repetition 49.4 % and
# typography 68.5 %, false flags unchanged (1.10), 96.1 % of clean passing, AUC 0.900. The floors
# follow the measured figures, rounded down to two decimals.
# One slip, one finding (branch ltover17, mtqa.slips: two rules on one slip are penalised once): recall,
# false flags, clean passing and AUC unchanged; one MT excerpt whose one capital mid-sentence was
# penalised three times passes (60.7 % of MT failing). The MT floor follows, rounded down.
# The merged tree of stop 36 (the fourteenth to seventeenth batches, one slip one finding, the signal refitted:
# INTERCEPT -0.5661, entry still graded 2.0, threshold still 97): 1317/2963 (44.4 %), 1.08 false flags per
# 1,000 clean words (45,398 words), 58.2 % of MT failing, 95.6 % of clean passing, AUC 0.891. The floors follow,
# rounded down; the ceiling leaves room for one flag.
# The eighteenth unseen batch (branch unseen18: eight official statements in machine English, a round trip, three
# clean) lowered the half, with main's rules, to 1340/3026 (44.3 %), names 68.7 %, repetition 47.8 %, 1.21 false
# flags per 1,000 clean words (46,176 words), 94.4 % of clean passing, AUC 0.881: harder copy and two false-flag
# kinds. Three mends (a hyphen after an -ly adverb; letters the story spells out as an English name; a camel-case
# name written twice) measured 1341/3026, 1.06 false flags, 59.0 % of MT failing, 95.1 % of clean passing, AUC
# 0.886, no refit. The names, repetition and AUC floors follow, rounded down to two decimals.
# The nineteenth unseen batch (branch unseen18, third round: 9 machine-translated or spun excerpts and 3
# clean ones, no rule changed) lowered the half to 1360/3146 (43.2 %), names 67.6 %, repetition 45.5 %,
# calques 28.9 %, numbers 62.4 %, boilerplate 57.5 %, grammar 21.2 %, consistency 55.9 %, spelling 59.7 %,
# 1.11 false flags per 1,000 clean words (52 in 47,005 words; three new, judged wrong), 57.6 % of MT failing,
# 94.5 % of clean passing, AUC 0.874, no refit: harder copy, not lost recall. The floors follow, rounded
# down to two decimals; the ceiling follows the measured 1.106, rounded up to two decimals.
# Its fourth round quieted the batch's three clean kinds (a month beside the modal, an en dash inside a
# compound name, a headline ending on a quoted phrase): 49 flags in 47,005 words (1.042), recall and the
# verdict unchanged, AUC 0.875. The ceiling follows, rounded up to two decimals.
# Five part-of-speech tag-pair rates added to the signal and refitted (branch `signal18`, third
# round: INTERCEPT -0.8697, entry still graded 2.0, threshold still 97): 1317/2963 unchanged, 1.10
# false flags per 1,000 clean words (one more, at the ceiling), 63.1 % of MT failing, 95.6 % of clean
# passing, AUC 0.900 (reported to three decimals, so its floor stays 0.89). MT failing's floor follows.
# Branch clean37 (issue #11, stop 37) quieted three clean kinds (a body's French name alone on a contact
# line after the copy cites it; a title-case headline run into its teaser, twice): 43 flags in 47,005 words
# (0.915), recall and MT failing unchanged (1360/3146, 58.0 %), 95.8 % of clean passing, AUC 0.881, no refit.
# The ceiling follows, rounded up to two decimals; the clean-passing and AUC floors, rounded down.
# The merged tree of stop 37 (the eighteenth and nineteenth batches, clean37's kinds, the tag-pair rates;
# refit: INTERCEPT -0.7955, entry still graded 2.0, calibrate_verdict.py --tune-only still picks 97):
# 1360/3146 (43.2 %), 0.94 false flags per 1,000 clean words (44 in 47,005 words), 62.6 % of MT failing,
# 95.8 % of clean passing, AUC 0.890. The floors follow, rounded down; the ceiling, rounded up.
# The twentieth unseen batch (branch unseen38: 10 spun or machine-translated excerpts with 119
# rule-catchable labels, 3 clean ones, batch unseen-20; main 9bfb4e5's rules, no refit) lowered the half to
# 1374/3265 (42.1 %), names 66.7 %, typography 67.4 %, calques 27.3 %, numbers 61.6 %, institutions 57.5 %,
# grammar 20.8 %, nonwords 65.4 %, 60.5 % of MT failing (9 of its 10 MT excerpts pass), AUC 0.883, and
# 0.98 false flags per 1,000 clean words (47 in 47,890 words: the batch's three, judged wrong). Two clean
# kinds quieted (a long name's generic two-word tail; a capital ending a title-cased charge): 44 flags
# (0.919), AUC 0.884, recall and the verdict unchanged (1375/3266 with one label of a second look). The
# floors follow, rounded down to two decimals: the fall is
# new copy, not lost recall; the ceiling stays (room for one flag).
# Branch calques38 (issue #11: false friends in their French sense, the Quebec municipal register; no
# refit): 1371/3146 (43.6 %), calques 334/1119 (29.8 %), 0.94 false flags, 63.0 % of MT failing, 95.8 %
# of clean passing, AUC 0.891. The calques and MT-failing floors follow, rounded down.
# Branch recall38 (issue #11, stop 38; no refit): typography/missing-space reads a full stop run into a
# one-letter opener ("Scotia.A second"): 1362/3146 (43.3 %), typography 241/349 (69.1 %), boilerplate
# 208/360, false flags, MT failing, clean passing and AUC unchanged. The typography floor follows, rounded down.
# The twentieth unseen batch (branch unseen38, merged into recall38 unread: 10 spun, zh, es and de machine
# English excerpts with 119 rule-catchable labels and 3 clean ones, no rule changed with it; the preview rules
# judged on it and the nineteenth stayed in preview) lowered the half to 1376/3265 (42.1 %; the batch alone
# 15/119), calques 27.3 %, grammar 20.8 %, institutions 57.5 %, names 66.7 %, nonwords 65.4 %, numbers
# 61.6 %, typography 67.7 %, 0.98 false flags per 1,000 clean words (47 in 47,890 words), 60.9 % of MT
# failing, 95.8 % of clean passing, AUC 0.884, no refit: harder copy, not lost recall (no family caught
# fewer labels). The floors follow, rounded down to two decimals; the ceiling, rounded up.
# Its second round (issue #11, clean copy near the verdict's threshold) quieted two clean kinds (a
# release's bracketed dateline with the province's English form, twice; a long name's generic two-word
# head): 41 flags in 47,890 words (0.856), recall and the verdict unchanged, AUC 0.885, no refit. The
# ceiling follows, rounded up to two decimals.
# The merged tree of stop 38 (the twentieth batch, calques38, recall38, unseen38's clean kinds; refit:
# INTERCEPT -0.7333, entry still graded 2.0, calibrate_verdict.py --tune-only still picks 97): 1388/3266
# (42.5 %), 0.86 false flags per 1,000 clean words (41 in 47,890 words), 61.3 % of MT failing, 95.8 % of
# clean passing, AUC 0.885. The floors follow, rounded down; the ceiling, rounded up.
# The twenty-first unseen batch (branch unseen39: 8 French-to-English, municipal and round-trip excerpts with
# 120 rule-catchable labels after its second look, 3 clean ones, batch unseen-21; main 3eed4a5's rules, no
# refit) lowered the half to 1418/3386 (41.9 %; the batch alone 30/120), titles 62.9 %, names 60.8 %,
# abbreviations 47.2 %, calques 27.7 %, institutions 55.1 %, boilerplate 56.1 %, consistency 54.8 %, 60.2 % of
# MT failing, 94.7 % of clean passing, AUC 0.878, 0.92 false flags per 1,000 clean words (45 in 48,751 words:
# the batch's four, judged wrong, and its doubled space labelled as the outlet's slip). Three kinds quieted
# (a sentence's period before a teaser link with an arrow, twice on the batch's clean copy; "indigenous" said
# of plants; initials ending a sentence before a pronoun): 43 flags (0.882), AUC 0.879, recall and the
# verdict unchanged. No family caught fewer labels: new copy, not lost recall. The floors follow, rounded
# down to two decimals; the ceiling, the measured 0.882 rounded up.
# Branch recall39 (issue #11, stop 39; no refit): grammar/object-after-adverbial and
# grammar/plural-subject-singular-verb: 1398/3266 (42.8 %), grammar 102/467 (21.8 %), institutions
# 66/113 (58.4 %), typography 246/362 (68.0 %), calques 342/1200 (28.5 %); false flags, MT failing and
# clean passing unchanged, AUC 0.887. The grammar, institutions and typography floors follow, rounded down.
# The twenty-second unseen batch (branch unseen39, second round: 7 machine-translated and round-trip excerpts
# chosen for grammar artifacts -- Chinese official English, German, Korean- and Japanese-community English, a
# round trip -- with 97 rule-catchable labels after its second look, 3 clean ones, batch unseen-22; kept as a
# judge, nothing mended from it; no refit) lowered the half to 1455/3483 (41.8 %; the batch alone 37/97),
# grammar 19.1 % (98/513: the batch 0/28), titles 61.5 %, institutions 54.2 %, numbers 60.9 %, 60.1 % of MT
# failing, 94.8 % of clean passing, AUC 0.876, and raised false flags to 1.05 per 1,000 clean words (52 in
# 49,676 words: the batch's nine on 925 words, judged wrong or style points -- the per cent sign, ordinal
# dates, a long title before a name, a multi-paragraph quotation's open and close, a name beside its quoted
# phrase). No family caught fewer labels: new copy, not lost recall. The floors follow, rounded down to two
# decimals; the ceiling, the measured 1.047 rounded up.
# Its third round quieted two of those wrong flags as kinds (a phrase quoted as words beside the name it spells;
# a quotation run on without its paragraphs' opening marks, now one finding where the slip is, and that slip
# labelled in the batch's third look): 1456/3483, quotes 62.8 %, false flags 0.99 (49), AUC 0.877, the verdict
# unchanged. The ceiling follows, the measured 0.986 rounded up.
# Its fourth round (issue #11 §3) moved `numbers/percent-sign` and `titles/long-title-before-name` to the cp
# style, by a decision rule written first (their false flags on the half's clean copy, 21 and 5, outnumber
# the MT labels only they catch, 16 and 1): 1439/3483 (41.3 %), numbers 46.0 % (40/87), quotes 61.6 %
# (53/86: labels of other families a sign's finding overlapped), 58.2 % of MT failing, 94.8 % of clean passing, AUC 0.877,
# false flags 0.46 (23). The floors follow, rounded down; the ceiling, the measured 0.463 rounded up.
# The seventeenth round of the signal (branch signal39: the other rules' findings of spelling, calques,
# quotes, repetition and attribution per 100 words read by the signal, refitted; the entry procedure picks
# "all" at 2.0, pass threshold 97 kept): 67.8 % of MT failing, 94.7 % of clean passing, AUC 0.886, recall
# and false flags unchanged. The floors follow, rounded down.
# The merged tree of stop 39 (every branch above; the signal refitted with the separating rate: INTERCEPT
# -1.3837; the pass threshold re-picked by calibrate_verdict.py --tune-only at 96.5 -- at 97 the twenty-first
# batch's clean pages leave 94.8 % passing -- and at 96.5 the entry procedure picks "graded" at 2.0, and the
# calibration 96.5 again with it; one signal finding per 140 words of prose, so that prose alone still fails
# at 96.5): 1449/3483 (41.6 %), 0.48 false flags per 1,000 clean words (24 in 49,676 words: one more of the
# signal's, on a clean page that fails on its labelled furniture anyway), 60.8 % of MT failing, 96.0 % of clean
# passing, AUC 0.885. The floors follow, rounded down; the ceiling, the measured 0.483 rounded up.
# Branch recall40's second round (quotes/glued-mark; titles/article-before-title widened to a qualified
# title; no refit): 1452/3483 (41.7 %), quotes 64.0 % (55/86), titles 62.6 % (57/91), false flags and the
# verdict unchanged. The two family floors follow, rounded down.
# Issue #11's twenty-third unseen batch (branch unseen40: 10 spun, Spanish, Portuguese, Russian and Vietnamese
# machine English and official statements, 107 rule-catchable labels after its second look, 3 clean Ontario
# excerpts; batch unseen-23; no refit) lowered the half, with main's rules and this branch's alike, to 1477/3590
# (41.1 %; the batch alone 28/107), typography 68.9 %, repetition 44.9 %, abbreviations 43.6 %, calques 26.9 %,
# institutions 54.9 %, grammar 19.4 %, untranslated 48.9 %, AUC 0.877 with main's rules. No family caught fewer
# labels: new copy, not lost recall. The branch quieted the batch's six wrong clean flags as kinds (a contraction
# before a present-tense attribution is a paraphrase; a word inside a French body's name is no misspelling):
# 0.47 false flags per 1,000 clean words (24 in 50,566; main's rules 0.59, 30), 60.1 % of MT failing, 96.0 % of
# clean passing, AUC 0.879. The floors follow, rounded down; the ceiling, the measured 0.475 rounded up.
# Issue #11's twenty-fourth unseen batch (branch unseen40, second round: 9 clean excerpts from community and
# campus papers and a trade magazine, one machine-translated blog; batch unseen-24; no refit) came in at 3.18
# false flags per 1,000 clean words (8 in 2,514); with one finding judged right and labelled, the half measured
# 0.58 (31 in 53,080), 95.7 % of clean passing, AUC 0.876, recall 1479/3604 (41.0 %), every family above its
# floor. The branch quieted five of the batch's wrong flags as kinds: 0.47 (25), 96.2 % of clean passing,
# AUC 0.878, recall unchanged. The ceiling follows, the measured 0.470 rounded up.
# The fortieth calques pass (branch calques40: a spinner's function and time words in the slot of the
# word they replaced, signal not refitted): 1455/3483 (41.8 %), calques 347/1242 (27.9 %), 61.2 % of MT
# failing, false flags, clean passing and AUC unchanged. The MT-failing floor follows, rounded down.
# The merged tree of stop 40 (every branch above; the signal refitted with the twenty-third and twenty-fourth
# batches: INTERCEPT -1.4010; at the pass threshold 96.5 the entry procedure picks "all" at 2.0, and
# calibrate_verdict.py --tune-only keeps 96.5 with it): 1488/3604 (41.3 %), 0.47 false flags per 1,000 clean
# words (25 in 53,080), 62.7 % of MT failing, 96.2 % of clean passing, AUC 0.88. The floors follow, rounded
# down; the ceiling, the measured 0.471 rounded up.
# Issue #11's twenty-sixth unseen batch (branch clean41: 12 clean excerpts of kinds the half had least of,
# obituaries, markets, an Indigenous column, junior hockey, a Northern court story, reviews, a storm, a
# police story, a Francophone weekly's English page, and one round-trip forecast; batch unseen-26; no refit)
# came in at 7.96 false flags per 1,000 of its clean words with main's rules (28 in 3,519); with three findings
# judged right and labelled, the half measured 0.90 (51 in 56,599), 95.5 % of clean passing, AUC 0.873, recall
# 1494/3616 (41.3 %), every family at or above its floor. Four kinds quieted: 0.60 (34), 95.5 % of clean
# passing, AUC 0.876, recall unchanged. The new copy, not the rules, moved the ceiling (the measured 0.601
# rounded up), clean passing (two of the batch's clean excerpts fail, on the document signal's findings) and
# AUC, which follow, rounded down.
# Branch recall41 (numbers/figure-after-determiner, "the 2 leaders"; signal not refitted): 1494/3604
# (41.5 %), numbers 43/90 (47.8 %), false flags, clean passing and AUC unchanged, 63.1 % of MT failing.
# The numbers floor follows, rounded down.
# Issue #11's twenty-seventh unseen batch (branch clean41, second round: 9 clean excerpts, Prairie
# agriculture, a B.C. regional district, curling, a business column, a paywalled education story, a
# letters page, commercial real estate; batch unseen-27; no refit) came in at 6.24 false flags per 1,000 of
# its clean words with this branch's rules as they stood (16 in 2,566); with three findings judged right
# and labelled, the half measured 0.79 (47 in 59,165), 95.7 % of clean passing, AUC 0.871, recall
# 1494/3616 (41.3 %). Two kinds quieted (a plural of a word in use read as a slip, a typist's two spaces
# after most sentence ends): 0.66 (39), 95.7 % of clean passing, AUC 0.873, recall unchanged. The new copy,
# not the rules, moved the ceiling: the measured 0.659, rounded up.
# Its second round (typography/paragraph-without-stop, "… the harbour master said"; not refitted):
# 1496/3604 (41.5 %), typography 290/418 (69.4 %), false flags, MT failing, clean passing and AUC
# unchanged. The typography floor follows, rounded down.
# The twenty-fifth unseen batch (branch unseen41: 8 machine-translated or official excerpts and 3 clean ones
# added to the tuning half, with 8 second-look labels; two consistency quiets and a typography kind, signal not
# refitted): 1526/3725 (40.97 %, main's rules measure the same), 0.48 false flags per 1,000 clean words (26 in
# 53,965; main's rules 0.57), 62.7 % of MT failing, 96.3 % of clean passing, AUC 0.881. The batch alone moves the
# recall floor and five family floors (titles, names, abbreviations, consistency, grammar), rounded down.
# The twenty-eighth unseen batch (branch unseen41, second round: 9 machine-translated, official or
# rewritten excerpts -- Russian, Portuguese, Spanish and Chinese machine English, the Russian and Mexican
# foreign ministries' and a Chinese state group's English, a language model's rewrite -- with 92
# rule-catchable labels, 2 clean ones, batch unseen-28; kept as a judge, nothing mended from it, its misses
# never listed; no refit) lowered the half from 1526/3725 (41.0 %) to 1547/3817 (40.5 %; the batch alone
# 21/92), encoding 81.5 %, titles 58.6 %, names 58.5 %, abbreviations 40.5 %, calques 26.6 %, boilerplate
# 55.4 %, untranslated 47.8 %, 61.5 % of MT failing (2 of its 9 fail), 95.8 % of clean passing (1 of its 2
# passes), AUC 0.876, and raised false flags from 0.48 to 0.53 per 1,000 clean words (29 in 54,470 words:
# the batch's three on 505 words, unread). No family caught fewer labels: new copy, not lost recall. The
# floors follow, rounded down to two decimals; the ceiling, the measured 0.532 rounded up.
# Its third round (quotes/punctuation-outside for a quoted clause opening on a name; quotes/unclosed at
# the sentence end a fragment ran past; not refitted): 1500/3604 (41.6 %), quotes 60/90 (66.7 %), false
# flags, MT failing, clean passing and AUC unchanged. The quotes floor follows, rounded down.
# The merged tree of stop 41 (every branch above; numbers/date-ordinal-suffix moved to the cp profile by
# stop 39's decision rule, 10 clean flags against 9 labels only it caught; the signal refitted with the
# twenty-fifth to twenty-eighth batches: INTERCEPT -1.3010; the entry procedure keeps "all" at 2.0 and
# calibrate_verdict.py --tune-only keeps 96.5): 1555/3829 (40.6 %), 0.48 false flags per 1,000 clean words
# (29 in 60,555), 59.9 % of MT failing, 95.8 % of clean passing, AUC 0.874. The floors follow, rounded
# down; the ceiling, the measured 0.479 rounded up.
# The twenty-ninth unseen batch (branch unseen42: 8 machine-translated or official excerpts -- Hindi,
# Indonesian, Ukrainian, Greek and Vietnamese machine English, a Polish ministry's, a Korean-Canadian
# association's and a Korean union's English -- and 2 clean ones, batch unseen-29, with 4 second-look
# labels; one clean kind quieted, grammar/bare-count-noun before a complex preposition; no refit):
# 1578/3930 (40.2 %), titles 57.5 %, names 57.8 %, typography 68.3 %, quotes 66.7 %, institutions 53.6 %,
# boilerplate 54.3 %, spelling 60.2 %, untranslated 46.8 %, 0.49 false flags per 1,000 clean words (30 in
# 61,168; main's rules 0.52, 32), 58.7 % of MT failing, 95.8 % of clean passing, AUC 0.868. No family
# caught fewer labels: the batch's copy, not lost recall, moves the floors, rounded down; the ceiling,
# the measured 0.490 rounded up.
# Branch recall42 (names/honorific-given-name widened to an office before a given name, "Premier Dana";
# signal not refitted): 1556/3829 (40.6 %), titles 66/111 (59.5 %), names 48/82 unchanged, false flags and
# clean passing unchanged, AUC 0.874, 59.6 % of MT failing (one excerpt fewer; the floor 0.59 holds). The
# titles floor follows, rounded down.
# The thirtieth unseen batch (branch clean42: 11 clean excerpts, 2,903 words, of kinds the clean half
# lacked, and one round-trip weather story; batch unseen-30; no refit) raised false flags to 0.72 per
# 1,000 clean words with main's rules (46 in 63,458) and lowered typography to 306/444 (68.9 %; the batch's
# round-trip page misses a capitalised common noun). Its rules (three rules out of the default by stop 39's
# rule, a lead set in capitals quieted): 0.66 (42), recall 1560/3836 unchanged, 60.1 % of MT failing,
# 95.5 % of clean passing, AUC 0.874. The typography floor follows, rounded down; the ceiling, the measured
# 0.662 rounded up.
# The thirty-first unseen batch (branch clean42, second round: 12 clean excerpts, 3,518 words, Canadian
# first, of kinds the clean half lacked; batch unseen-31; no refit) raised false flags to 1.21 per 1,000
# clean words (81 in 66,976) with the branch's first-round rules. After a second look (three findings
# judged correct labelled) and two quiets (a postal code in a hometown parenthetical left to the cp style
# by stop 39's rule, a capital only in a headline no evidence of a name): 0.84 (56), recall 1560/3836
# unchanged, 60.1 % of MT failing, 95.7 % of clean passing, AUC 0.872. The ceiling, the measured 0.836
# rounded up: the batch's new copy raised it, the rules did not.
# The thirty-second unseen batch (branch clean42, third round: 8 clean excerpts, 2,249 words, Canadian
# first; batch unseen-32; no refit) raised false flags to 0.98 per 1,000 clean words (68 in 69,225); a
# second look labelled two findings judged correct (0.95). By stop 39's written rule, applied as it reads,
# abbreviations/province-without-periods (8 clean flags, 3 MT labels only it caught) and
# publications/house-form (1 clean flag, none) became preview rules the cp style selects: 0.82 (57),
# recall 1557/3836 (40.6 %; abbreviations 15/42, 35.7 %, institutions 66/124, 53.2 %: the three labels
# only the first caught, a decided cost), 60.1 % of MT failing, 95.5 % of clean passing, AUC 0.872. The
# two family floors follow, rounded down; the ceiling, the measured 0.823 rounded up.
# The thirty-third unseen batch (branch unseen42, fourth round: machine English of Quebec municipal coverage,
# a municipality's statement and a round-trip CP story, 3 excerpts, and 2 clean ones, batch unseen-33, with 2
# second-look labels; nothing mended, no refit): 1589/3967 (40.1 %), consistency 34/68 (50.0 %, the batch's
# two half-translated party names missed), 0.49 false flags per 1,000 clean words (30 in 61,756), 58.4 % of MT
# failing, 95.8 % of clean passing, AUC 0.868. No family caught fewer labels: new copy, not lost recall. The
# consistency floor follows, rounded down.
# The merged tree of stop 42 (every branch above, the thirty-third batch's included; the signal refitted with
# the twenty-ninth to thirty-third batches: INTERCEPT -1.2538; the entry procedure keeps "all" at 2.0 and
# calibrate_verdict.py --tune-only keeps 96.5): 1592/3974 (40.1 %), 0.82 false flags per 1,000 clean words
# (58 in 70,426), 57.3 % of MT failing, 95.5 % of clean passing, AUC 0.865 (with stop 41's constants the same
# rules measure 58.3 % and 0.866: the refit, fitted to the signal's log loss, not to the verdict, costs three
# MT excerpts). The floors follow, rounded down; the ceiling, the measured 0.824 rounded up.
# The merged tree of stop 43 (two MT batches, unseen-34 and unseen-36, 18 excerpts of official statements and
# non-French machine English whose honest before-figures were 22.6 % and 23.6 %; two clean judge batches, unseen-35
# and unseen-37; clean43's seven quiets, recall43's one calques kind, unseen43's abbreviations/country-without-periods;
# MQM's 0.1 for a Minor punctuation finding the default with the entry procedure's ("graded", 1.0); the signal
# refitted with the batches, shipped by benchmarks/refit_gate.py's rule, written before the refit: MT failing
# 56.9 -> 58.4 %, clean passing 96.3 -> 95.9 %; calibrate_verdict.py --tune-only keeps 96.5): 1674/4259 (39.3 %),
# 0.63 false flags per 1,000 clean words (48 in 76,370), 58.4 % of MT failing, 95.9 % of clean passing, AUC 0.865.
# The new batches are harder copy (abbreviations, titles, names, typography, repetition, calques, grammar,
# numbers, institutions and untranslated fell as shares, none as counts of labels caught): the floors follow,
# rounded down, consistency, spelling and nonwords raised to theirs; the ceiling, the measured 0.629 rounded up.
# The merged tree of stop 44 (two MT batches, unseen-38 and unseen-40, 14 excerpts of Korean, Arabic, Urdu, Russian,
# Thai, Ukrainian, Polish and Indonesian machine English, round trips and rewrites, whose honest before-figures were
# 15.4 % and 10.7 %; a clean judge batch, unseen-39; clean44's eight quiets, unseen44's two calques entries,
# review44's US-story test reading the provinces pack; the signal's tag-class profile (signal44) with its ratios
# relearned on the merged corpus, refitted and shipped by benchmarks/refit_gate.py's rule: entry ("graded", 1.0),
# MT failing 58.1 -> 60.1 %, clean passing 96.8 -> 96.1 %; calibrate_verdict.py --tune-only keeps 96.5):
# 1703/4439 (38.4 %), 0.66 false flags per 1,000 clean words (52 in 79,223), 60.1 % of MT failing, 96.1 % of clean
# passing, AUC 0.88. No family caught fewer labels than at stop 43; the shares fell with the new copy (calques 0 of
# 25 on unseen-38 before its rules). The floors follow, rounded down; the ceiling, the measured 0.656 rounded up.
# The merged tree of stop 45 (three MT batches' worth of new copy: unseen-41 and unseen-44, 17 excerpts of Greek,
# Turkish, Vietnamese, Bengali, Persian, Arabic, Chinese, Hindi, Portuguese, Spanish, Romanian, Hungarian, Czech,
# Italian and Korean machine English and a spun interview, honest before-figures 15.7 % and 14.0 %; two clean batches,
# unseen-42 (a judge) and unseen-43; unseen45's two calques kinds, grammar45's as-before-complement, clean45's quiets;
# the signal's function-word profile (signal45), its and the tag profile's ratios relearned on the merged corpus,
# refitted and shipped by refit_gate.py's rule as amended at stop 45 (each side at its calibrated pass threshold:
# MT failing 56.7 -> 58.1 %, clean passing 95.0 -> 95.7 %; entry ("all", 2.0); calibrate_verdict.py --tune-only
# keeps 96.5): 1756/4703 (37.3 %), 0.69 false flags per 1,000 clean words (59 in 85,461), 58.1 % of MT failing,
# 95.7 % of clean passing, AUC 0.858. No family caught fewer labels than at stop 44; the shares fell with the new
# copy (calques 1 of 43 on unseen-41 and 2 of 66 on unseen-44 before any rule). The floors follow, rounded down;
# the ceiling, the measured 0.690 rounded up.
# The merged tree of stop 46 (two MT batches nobody had seen: unseen-45 and unseen-48, 17 excerpts of Persian,
# Bengali, Azerbaijani, Chinese or Thai, Armenian, Kuwaiti, Ethiopian, Nepali, Kazakh and Korean machine English,
# translated official releases and spun copy, honest before-figures 15.6 % and 17.5 %; two clean batches, unseen-46
# (a judge, 10.35 false flags per 1,000 words) and unseen-47; unseen46's titles/source-honorific,
# numbers/spaced-dash-range and East Asian punctuation read as Latin-1 in encoding/mojibake; clean46's quiets; the
# profiles' ratios relearned on the merged corpus; refit_gate.py kept the shipped constants (at the calibrated 95.5 the
# candidate failed 50.7 % of MT against 51.2 %); the threshold stays 96.5, though calibrate_verdict.py --tune-only now
# picks 95.5 (README.md, "The verdict")): 1820/4950 (36.8 %), 0.96 false flags per 1,000 clean words (88 in
# 91,651: unseen-46's 30 among them), 57.3 % of MT failing, 93.8 % of clean passing, AUC 0.846. No family caught
# fewer labels than at stop 45; the shares fell with the new copy (calques 0 of 36 on unseen-48). The floors follow,
# rounded down; the ceiling, the measured 0.96 rounded up.
# The merged tree of stop 47 (two MT batches nobody had seen before rules: unseen-49 and unseen-53, 18 excerpts of
# Greek, Croatian, Serbian, Spanish, Nepali, Amharic, Korean, Vietnamese, Quebec French, Japanese, Portuguese, Hebrew,
# Chinese and Thai machine English, honest before-figures 14.3 % and 12.9 %; unseen-52's six more; two clean batches,
# unseen-50 (a judge) and unseen-51; unseen47's grammar/saying-participle-opening, recall47's mends of
# names/accent-variants and institutions/literal-name, clean47's quiets and British house style in
# numbers/day-month-order; the pass threshold 95.5 with one signal finding per 110 words, chosen together by stop 46's
# rule; the profiles relearned and the refit ('graded', 1.0) shipped by refit_gate.py's rule; furniture47's image-file-name
# lines in boilerplate/furniture-line): 1889/5360 (35.2 %), 1.13 false flags per 1,000 clean words (98,353 words), 56.4 %
# of MT failing, 95.4 % of clean passing, AUC 0.870. No
# family caught fewer labels than at stop 46; the shares fell with the new copy (grammar 0 of 29 and calques 3 of 47
# on unseen-53). The floors follow, rounded down; the ceiling leaves room for one flag.
# The merged tree of stop 48 (three MT batches of copy nobody had seen before rules: unseen-54, 55 and 57, 24 excerpts
# of Azerbaijani, Armenian, Lithuanian, Egyptian, Macedonian, Georgian, Eritrean, Vietnamese, Kenyan, Tanzanian,
# Polish, Turkish, Czech and Korean machine English and spun rewrites, honest before-figures 11.9 %, 19.6 % and 19.2 %;
# unseen-56 (a judge) and unseen-58 of clean copy; the stamp, kicker and teaser labelling rule applied to tune/ (64
# labels); unseen48's interlocutor calque and furniture lines, clean48's quiets and consistency/date-style made opt-in,
# bilingual48's four-digit counts; the profiles relearned and the refit ('graded', 0.5) shipped by refit_gate.py's
# rule): 1961/5651 (34.7 %), 1.25 false flags per 1,000 clean words (105,021 words), 63.1 % of MT failing, 95.2 % of
# clean passing, AUC 0.894. The floors follow, rounded down; the ceiling leaves room for one flag.
# The merged tree of stop 49 (three MT batches of copy nobody had seen before rules: unseen-59, 60 and 62, 21 excerpts
# of Persian, Arabic, Cuban, Spanish, Maghreb French, Korean, Japanese, Indonesian and Kazakh machine English and spun
# rewrites, honest before-figures 14.8 %, 9.7 % and 19.8 %; unseen-61 (a judge) and unseen-63 of clean copy; unseen49's
# spaced compounds, open compound adjectives and state titles before names, clean49's quiets and the signal's separating
# rate without repeated headlines or boilerplate lines; the profiles relearned; the refit's candidate ('with rules',
# 1.5) refused by refit_gate.py's rule, 61.7 % of MT failing against 63.5 %): 2033/5978 (34.0 %), 1.27 false flags per
# 1,000 clean words (110,767 words), 63.5 % of MT failing, 95.4 % of clean passing, AUC 0.898. No family caught fewer
# labels than at stop 48; five shares fell with the new labels (abbreviations 24/78 -> 24/84, boilerplate, consistency
# 50/101 -> 50/115, institutions, spelling). The floors follow, rounded down; the ceiling leaves room for one flag.
# The merged tree of stop 50 (unseen-64 and unseen-66, 13 MT excerpts of Portuguese, Chilean, Turkish, German, Chinese,
# Italian, Arabic, Japanese, Punjabi and Polish machine English and a spun CP story, honest before-figures 14.8 % and
# 8.8 %; unseen-65 (a judge), unseen-67 and unseen-68 of clean copy; calques/diplomatic-formulas, calques/state-first-
# person's "our country", grammar/article-before-name before a possessive, clean50's quiets (a compound's first noun
# read as a verb, "Cllr", story-list headlines twice as minor); the profiles relearned; the refit shipped by
# refit_gate.py's rule with the pass threshold 96.0 and one signal finding per 120 words, 68.3 % of MT failing against
# 66.1 %): 2122/6263 (33.9 %), 1.32 false flags per 1,000 clean words (117,878 words), 68.1 % of MT failing, 95.5 % of
# clean passing, AUC 0.899. No family caught fewer labels than at stop 49; the shares fell with the new labels (the new
# batches added 285 rule labels). The floors follow, rounded down; the ceiling leaves room for one flag.
# The merged tree of stop 51 (unseen-69 and unseen-70, 12 MT excerpts of Hungarian, Serbian, Latvian, Macedonian,
# Slovak, Thai, Greek, Romanian, Nepali, Kyrgyz-agency Russian, Kurdish and Venezuelan machine English, honest
# before-figures 21.5 % and 23.5 %; unseen-71 (a judge), unseen-72 and unseen-73 of clean copy; titles/capitalised-
# common-title, institutions/capitalised-common-body, grammar/bare-named-compound, typography/missing-space on a title
# or initial glued to a name, clean51's quiets and one reading of a sentence's end; the profiles relearned, the refit
# shipped by refit_gate.py's rule at 96.0): 2211/6472 (34.2 %), 1.35 false flags per 1,000 clean words (124,886 words;
# the new clean batches raised it, 1.32 -> 1.49 before clean51's quiets), 68.4 % of MT failing, 95.5 % of clean
# passing, AUC 0.900. No family caught fewer labels than at stop 50; names, nonwords, numbers and quotes fell in share
# with the new labels (55/105 -> 55/108, 27/41 -> 27/42, 60/166 -> 61/174, 74/114 -> 77/124). The floors follow,
# rounded down; the ceiling leaves room for one flag.
RECALL_FLOOR = 0.34
FAMILY_FLOORS = {"encoding": 0.88, "titles": 0.51, "names": 0.50, "typography": 0.54, "repetition": 0.38,
                 "abbreviations": 0.27, "quotes": 0.62, "calques": 0.21, "numbers": 0.35,
                 "institutions": 0.48, "boilerplate": 0.53, "grammar": 0.14, "consistency": 0.44,
                 "spelling": 0.53, "untranslated": 0.39, "nonwords": 0.64}
FALSE_FLAGS_CEILING = 1.36  # per 1,000 words of clean copy
MT_FAIL_FLOOR = 0.68
CLEAN_PASS_FLOOR = 0.95
AUC_FLOOR = 0.89


def _real_copy():
    return load_script("mtqa_real_copy_test", ROOT / "benchmarks" / "real_copy.py")


@pytest.fixture(scope="module")
def tune() -> dict:
    return _real_copy().measure("tune", Checker(languagetool="off"))


def test_recall_on_the_tuning_half_holds(tune):
    assert tune["recall"]["total"]["rate"] >= RECALL_FLOOR
    low = {fam: tune["recall"]["per_family"][fam]["rate"] for fam, floor in FAMILY_FLOORS.items()
           if tune["recall"]["per_family"][fam]["rate"] < floor}
    assert low == {}


def test_clean_copy_stays_quiet(tune):
    assert tune["false_flags_per_1000_words"] <= FALSE_FLAGS_CEILING, tune["_false_flags"]


def test_the_verdict_separates_mt_from_clean_copy(tune):
    assert tune["mt_fail_rate"] >= MT_FAIL_FLOOR
    assert tune["clean_pass_rate"] >= CLEAN_PASS_FLOOR
    assert tune["auc"] >= AUC_FLOOR


def test_a_finding_counts_only_where_it_overlaps_a_label():
    rc = _real_copy()
    assert rc.overlaps(0, 5, 4, 9) and not rc.overlaps(0, 5, 5, 9)
    assert rc.auc([2.0, 3.0], [1.0]) == 1.0 and rc.auc([1.0], [1.0]) == 0.5


def test_a_batch_is_selected_by_its_header_not_by_a_date():
    rc = _real_copy()
    load = sys.modules[rc.Excerpt.__module__]
    first = load.Excerpt("tune/a.txt", "tune", {"retrieved": "2026-12-04", "batch": "unseen-2"}, "")
    third = load.Excerpt("tune/b.txt", "tune", {"retrieved": "2026-12-04", "batch": "unseen-3"}, "")
    older = load.Excerpt("tune/c.txt", "tune", {"retrieved": "2026-12-02"}, "")
    assert [rc.retrieved_matches(ex, None, None, "unseen-3") for ex in (first, third, older)] == [False, True, False]
    assert [rc.retrieved_matches(ex, "2026-12-04", None) for ex in (first, third, older)] == [True, True, False]
    assert [rc.retrieved_matches(ex, None, "2026-12-03") for ex in (first, third, older)] == [False, False, True]
    assert rc.results_path(None, None, "unseen-3").name == "real_copy_batch_unseen-3.json"


def test_a_python_without_mtqa_s_dependencies_gets_a_message_and_exit_2(tmp_path):
    """Run by a Python that lacks one of mtqa's dependencies (here msgspec, blocked), the script
    names what to install and exits 2, with no traceback."""
    import subprocess

    script = ROOT / "benchmarks" / "real_copy.py"
    runner = ("import runpy, sys; sys.modules['msgspec'] = None; "
              f"sys.argv = [{str(script)!r}, '--half', 'tune', '--languagetool', 'off', '--json', "
              f"{str(tmp_path / 'out.json')!r}]; runpy.run_path({str(script)!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", runner], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "msgspec" in done.stderr and "pip install -e" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.json").exists()


def test_a_batch_left_out_is_not_measured():
    rc = _real_copy()
    assert rc.main(["--half", "tune", "--batch", "unseen-54", "--without-batch", "unseen-54"]) == 2
