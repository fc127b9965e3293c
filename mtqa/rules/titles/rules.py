"""Titles and ranks: what stands in title position, right before a person's name.

Translation engines read rank abbreviations as words. ``Maj.-Gen.`` becomes two "words"
that are translated or split (the French ``col`` is a mountain pass, ``Gén.`` a kind);
``contre-amiral`` comes back as "Counter-Admiral"; French abbreviations (``Mgén``, ``Mme``)
are left as they were. House style adds its own layer: Canadian Press writes ``Lt.-Col.``
before a full name, where DND writes ``LCol`` and AP ``Lt. Col.``.

Every rule here reads one classification of the tokens in title position, computed once
per paragraph: a token (or a run of two or three tokens) followed by a capitalised name
is looked up as a real title in each style, as a French form, as a case error, or scored
part by part against the real abbreviations to recognise a garbled one (``titles.analysis``).
The data (ranks, honorifics, calques, part readings) is the ``ranks`` pack,
``rules/ranks.toml``, compiled by ``titles.pack``.
"""

from __future__ import annotations

import bisect
from typing import Iterator


from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import Option, RawFinding, RuleContext, Scope, rule
from mtqa.rules.titles.analysis import Candidate, Slot, military_context, title_slots
from mtqa.rules.titles.pack import ROLE_WORDS, Ranks, StyleForm
from mtqa.scan import EXPANDING_FOLDS, LETTER, LOWER, UPPER, Always, Chars, FromPack, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.quotation import inside_quote_ignoring_guillemets


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


# ---------------------------------------------------------------------------------------
# Triggers: where a slot of one kind can stand. `title_slots` reads a slot's key from a chunk of
# the text (opening quotes stripped; the chunks after it joined by one space; dashes read as
# hyphens) and looks it up in the pack, so the text holds, as written, the key's first word up
# to its first space or hyphen, right after whitespace, an opening mark or the paragraph's start.


# Where a garbled abbreviation can stand: a chunk of letters and periods or dashes (read as
# hyphens) that opens on a capital, holds a separator and goes on with a letter (several parts),
# or one of four letters at most closed by a period after a lowercase letter or a ,;:—– (one
# part, in mid-sentence: `garbled_abbreviation` reports no other), then whitespace and a capital
# (the name after it).
_SEP = r".\-\u2010\u2011\u2013\u2014"
_OPENERS = "(\"“‘«\\['"  # what `title_slots` strips off the front of a chunk, as a class's members
GARBLED_TRIGGERS = (
    Pattern("garbled parts", rf"[{UPPER}][{LETTER}]*[{_SEP}]+[{LETTER}][{LETTER}{_SEP}]*\s+[{UPPER}]"),
    Pattern("garbled short", rf"[{LOWER},;:\u2013\u2014][ \t{_OPENERS}]*[{UPPER}][{LETTER}]{{0,3}}[{_SEP}]*\.\s+[{UPPER}]"),
)


# Where a slot can read as another style's form (`_classify`'s "style"): one of those forms as
# written (dashes read as hyphens, so its first word is in the text), or a compact CAF form in
# any case (its first word in the lower view; a character whose case folding expands is read
# as `title_slots` reads it only beside it).
OTHER_STYLE_TRIGGERS = (
    Phrases("other style's form", FromPack("other_style_first_words"), pack="ranks", ignorecase=False),
    Phrases("compact form in any case", FromPack("compact_style_first_words"), pack="ranks"),
    Chars("folds to several", EXPANDING_FOLDS),
    Always("other style's form opening on a break", pack="ranks", when=FromPack("other_style_opening_on_a_break")),
)


# ---------------------------------------------------------------------------------------
# Rules


@rule(
    "titles/garbled-abbreviation",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    triggers=GARBLED_TRIGGERS,
)
def garbled_abbreviation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A token before a name looks like a title abbreviation but is none.

    ## Why it matters
    Engines read the parts of a rank abbreviation such as Lt.-Col. as words and translate
    them ("col" is a mountain pass in French) or lose letters. What is left before the name
    is a pseudo-abbreviation that tells the reader nothing, and the officer's rank is lost.
    The rule compares the token part by part with every real title and suggests the closest.

    ## Examples
    bad:  The unit was led by [[Lt.-Neck.->Lt.-Col.]] Marie Tremblay, who spoke to reporters.
    bad:  Its new commander, [[Brig.-Gene.->Brig.-Gen.]] Jean Leblanc, arrived on Monday.
    bad:  The report was signed by [[Lt.-Gem.->Lt.-Gen.]] Frances Allen last week.
    bad:  The briefing was led by [[Mj.->Maj.]] Kevin Sharpe of the Royal Canadian Regiment.
    good: The unit was led by Lt.-Col. Marie Tremblay, who spoke to reporters.
    good: Pro-democracy Leader Joshua Wong was arrested again.
    good: Ex-premier Brian Pallister stayed out of the race.
    good: Co-founder Stewart Butterfield left the company.
    good: The team flew in from Winston-Salem. Jane Doe met them.
    good: The vote was set for mid-May. Jane Doe said she would run.
    good: Prime Minister Justin Trudeau and Defence Minister Anita Anand spoke.

    ## Fix safety
    Display only: the suggestion is a guess from the shape of the token; an editor must
    check the officer's real rank.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind not in ("garbled", "garbled-short"):
            continue
        cands: tuple[Candidate, ...] = s.info
        best = cands[0]
        if s.kind == "garbled" and s.names < 2 and not s.mid_sentence:
            continue  # sentence-initial before a lone surname: too little evidence
        if s.kind == "garbled-short" and (s.names < 2 or not s.mid_sentence):
            continue
        conf = s.confidence + (0.05 if s.mid_sentence else 0.0)
        forms = [c.template.form for c in cands]
        reason = "; ".join(best.reasons)
        msg = (f"“{s.text}” before a name is not a title; did you mean {best.template.form} "
               f"({best.template.full})? {reason}")
        yield ctx.finding(
            par, s.start, s.end, msg, suggestions=forms, confidence=round(min(conf, 0.95), 2),
            fix=Fix.display_only(f"Replace with {best.template.form}", best.template.form),
        )


@rule(
    "titles/non-cp-rank",
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    locales=("en-CA",),
    scope=Scope.DOCUMENT,
    triggers=OTHER_STYLE_TRIGGERS,
    only_where_fired=True,  # it finds only slots of another style's form
)
def non_cp_rank(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A rank abbreviation before a name that is not in Canadian Press style.

    ## Why it matters
    Canadian Press copy writes ranks one way before a full name (Lt.-Col., Maj.-Gen.,
    Capt.). The DND forms (LCol, MGen), the U.S. AP forms (Lt. Col., Pvt.) and forms that
    lost their periods (Lt-Col) come from press releases, U.S. wire copy or a translation
    engine, and a story that mixes them looks unedited.

    ## Examples
    bad:  The mission is commanded by [[LCol->Lt.-Col.]] Sarah Dunn of Petawawa.
    bad:  [[Lt-Col->Lt.-Col.]] Sarah Dunn took command in June.
    bad:  It was confirmed by [[Maj. Gen.->Maj.-Gen.]] Peter Dawe on Tuesday.
    bad:  The medal went to [[Pvt.->Pte.]] Owen Clarke and his section.
    bad:  The patrol was led by [[Capt->Capt.]] Amy Roy near the border.
    good: The mission is commanded by Lt.-Col. Sarah Dunn of Petawawa.
    good: It was confirmed by Maj.-Gen. Peter Dawe on Tuesday.
    good: The patrol was led by Capt. Amy Roy near the border.
    good: Gen Z voters turned out in large numbers.

    ## Fix safety
    Safe when only periods, hyphens or spaces change (Lt-Col → Lt.-Col.); unsafe when the
    letters change (LCol → Lt.-Col., Pvt. → Pte.), since the editor should confirm the rank.
    """
    all_slots = [(par, s) for par in doc.paragraphs for s in ctx.analysis(title_slots, par)]
    cp_used = {s.text for _, s in all_slots if s.kind == "cp"}
    for par, s in all_slots:
        if s.kind != "style":
            continue
        sf: StyleForm = s.info
        if sf.cp in cp_used:
            continue  # the story mixes forms: titles/mixed-rank-styles reports it
        msg = f"CP style writes {sf.cp} before a name, not “{s.text}” ({sf.style} form)"
        if _letters(s.text) == _letters(sf.cp):
            fix = Fix.safe(f"Write {sf.cp}", sf.cp)
        else:
            fix = Fix.unsafe(f"Write {sf.cp}", sf.cp)
        yield ctx.finding(par, s.start, s.end, msg, fix=fix, confidence=sf.confidence)


@rule(
    "titles/spelled-out-rank",
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    locales=("en-CA",),
    confidence=0.7,
    options={"accept_official": Option(bool, True, "accept a rank spelled out in its official Canadian form "
                                                   "(Vice-Admiral)")},
    triggers=(Phrases("spelled rank", FromPack("spelled_first_words"), pack="ranks", ignorecase=False),
              Always("rank opening on a break", pack="ranks",
                     when=FromPack("spelled_opening_on_a_break"))),
)
def spelled_out_rank(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A military rank spelled out before a full name in a form no Canadian house uses (or, in strict CP, at all).

    Option ``accept_official`` (default true): a rank spelled out in its official Canadian
    form (``Vice-Admiral``, ``Lieutenant-Colonel``, ``Sergeant``) is the house style of papers
    such as The Hill Times and is accepted; the US form of a compound rank (``Major
    General``) is not. The ``cp`` style sets it to false: CP abbreviates every rank before
    a full name.

    ## Why it matters
    Canadian Press style abbreviates a rank before a full name (Maj.-Gen. Jane Smith) and
    spells it out only when it stands alone; other Canadian houses spell ranks out in
    their official hyphenated form. Translated copy often writes compound ranks as
    separate words, the US form, which no Canadian house uses.

    ## Examples
    bad:  The letter was signed by [[Major General->Maj.-Gen.]] Peter Dawe on Tuesday.
    bad:  [[Lieutenant Colonel->Lt.-Col.]] Sarah Dunn took command in June.
    good: Lieutenant-Colonel Sarah Dunn took command in June.
    good: Lt.-Col. Sarah Dunn took command in June.
    good: The colonel said Lieutenant-Colonel Dunn would stay.
    good: He works for General Motors Canada in Oshawa.
    good: Major League Baseball cancelled the game.
    good: Warrant Officer Lisa Kent was decorated.

    ## Fix safety
    Unsafe: the rank is abbreviated to its CP form; the words change, so an editor confirms.
    """
    quoted = inside_quote_ignoring_guillemets(par.text)
    for s in ctx.analysis(title_slots, par):
        if s.kind != "spelled" or s.names != 2:
            continue  # a lone surname, or a run of capitals ("General Clothing Factory")
        if quoted(s.start):
            continue  # a speaker's words are quoted as spoken
        cp, rank = s.info
        if rank in ROLE_WORDS and not ctx.analysis(military_context, par):
            continue  # "Captain Auston Matthews" leads a hockey team
        if ctx.options["accept_official"] and par.text[s.start:s.end] == rank:
            continue  # the official form, spelled out: a house style (Vice-Admiral Jane Roy)
        yield ctx.finding(
            par, s.start, s.end, f"CP style abbreviates {rank} before a full name: {cp}",
            fix=Fix.unsafe(f"Write {cp}", cp), confidence=s.confidence,
        )


@rule(
    "titles/untranslated-title",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    triggers=(Phrases("French title", FromPack("french_first_words"), pack="ranks", ignorecase=False),
              Always("title opening on a break", pack="ranks",
                     when=FromPack("french_opening_on_a_break"))),
)
def untranslated_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French title or rank abbreviation left untranslated before a name.

    ## Why it matters
    Engines often leave short French forms as they are (Mme, Mgén, Bgén, Adjuc) because
    they look like names or codes. English readers do not know them, and the English
    title is lost.

    ## Examples
    bad:  The ministry said [[Mme->Ms.]] Joly would travel to Brussels.
    bad:  The base is commanded by [[Bgén->Brig.-Gen.]] Paul Prévost since the spring.
    bad:  The award went to [[Caporal-chef->Master Cpl.]] Luc Gagné of Valcartier.
    good: The ministry said Ms. Joly would travel to Brussels.
    good: The base is commanded by Brig.-Gen. Paul Prévost since the spring.
    good: The novel was written by J. M. Coetzee in 1999.

    ## Fix safety
    Unsafe: the title is translated to its English form; an editor checks which English
    form (Ms. or Mrs.) the person uses.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "french":
            continue
        english, french = s.info
        if s.text in ("M.", "M"):
            continue  # as often an initial (J. M. Coetzee) as "Monsieur"
        yield ctx.finding(
            par, s.start, s.end, f"French title “{s.text}” left untranslated before a name: {english}",
            fix=Fix.unsafe(f"Write {english}", english), confidence=s.confidence,
        )


@rule(
    "titles/wrong-case",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    triggers=(Phrases("title in any case", FromPack("case_error_first_words"), pack="ranks"),
              Chars("folds to several", EXPANDING_FOLDS),
              Always("title opening on a break", pack="ranks",
                     when=FromPack("house_form_opening_on_a_break"))),
)
def wrong_case(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A title abbreviation before a name in the wrong case (maj.-gen., GEN.).

    ## Why it matters
    Engines lower-case or upper-case abbreviations they do not recognise; a title before a
    name is capitalised in English.

    ## Examples
    bad:  The plan was approved by [[maj.-gen.->Maj.-Gen.]] Dany Roy on Friday.
    bad:  The speech was given by [[PROF.->Prof.]] Anne Lee at the event.
    good: The plan was approved by Maj.-Gen. Dany Roy on Friday.
    good: THE PLAN WAS APPROVED BY MAJ.-GEN. DANY ROY

    ## Fix safety
    Safe: only the case of the letters changes.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "case":
            continue
        house: str = s.info
        yield ctx.finding(
            par, s.start, s.end, f"Title in the wrong case: {house}",
            fix=Fix.safe(f"Write {house}", house), confidence=s.confidence,
        )


_CALQUE_NAME = lazy(r"\s+\p{Lu}\p{Ll}")


def _find_calques(text: str, table: list[tuple[str, tuple]]) -> Iterator[tuple[int, int, tuple]]:
    """Case-insensitive whole-word matches of the calque table, longest first, no overlaps.

    A handful of substring searches in C per paragraph: faster than walking every token.
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: compare per character
        low = "".join(c.lower()[:1] for c in text)
    taken: list[tuple[int, int]] = []
    for bad, value in table:
        i = low.find(bad)
        while i >= 0:
            j = i + len(bad)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                if not any(a < j and i < b for a, b in taken):
                    taken.append((i, j))
                    yield i, j, value
            i = low.find(bad, j)


# Characters beyond ASCII whose lower case begins with an ASCII character (the dotted capital
# I and the Kelvin sign: `_find_calques` reads them as "i" and "k", the scan's lower view may
# not); a test holds this to every code point.
LOWER_TO_ASCII = "\u0130\u212a"

# Where a rank calque can stand: the calque itself anywhere in the lower view (a superset of
# `_find_calques`'s whole words), or a character that lowers to ASCII beside another view.
RANK_CALQUE_TRIGGERS = (
    Phrases("rank calque", FromPack("calque_bad_forms"), pack="ranks", boundary="none"),
    Chars("lowers to ASCII", LOWER_TO_ASCII),
)


@rule(
    "titles/rank-calque",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    scope=Scope.DOCUMENT,
    triggers=RANK_CALQUE_TRIGGERS,
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def rank_calque(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French rank translated word for word (Counter-Admiral for contre-amiral).

    ## Why it matters
    Ranks have fixed English equivalents that are not their literal translation:
    capitaine de frégate is a Commander, contre-amiral a Rear-Admiral. A calque gives the
    officer a rank that does not exist, or the wrong one.

    ## Examples
    bad:  The fleet is led by [[Counter-Admiral->Rear-Admiral]] Josée Kurtz.
    bad:  [[Frigate Captain->Commander]] Paul Forget took command of HMCS Montréal.
    bad:  The ceremony honoured [[Adjutant-Chief->Chief Warrant Officer]] Marc Roy.
    good: The fleet is led by Rear-Admiral Josée Kurtz.
    good: The frigate captain ordered the crew to stations.
    good: He served as a frigate captain in the 1990s.

    ## Fix safety
    Unsafe: the rank is replaced by its English equivalent, which an editor should confirm.
    """
    data: Ranks = ctx.data("ranks")
    # One search over the paragraphs where a trigger fired (joined by line breaks, which no
    # calque holds, so a match stays inside its paragraph) costs a few substring scans in C;
    # per paragraph it would cost a few per paragraph.
    pars = ctx.fired_in(doc.paragraphs)
    if not pars:
        return
    starts: list[int] = []
    pieces: list[str] = []
    offset = 0
    for par in pars:
        starts.append(offset)
        pieces.append(par.text)
        offset += len(par.text) + 1
    joined = "\n".join(pieces)
    for jstart, jend, value in sorted(_find_calques(joined, data.calques), key=lambda x: x[0]):
        i = bisect.bisect_right(starts, jstart) - 1
        par = pars[i]
        text = par.text
        start, end = jstart - starts[i], jend - starts[i]
        good, fr, ambiguous, bad = value
        if ambiguous:
            words = text[start:end].replace("-", " ").split()
            if not all(w[:1].isupper() for w in words if w not in ("of", "the")):
                continue
            if not _CALQUE_NAME.match(text, end):
                continue
        why = f" ({fr})" if fr else ""
        yield ctx.finding(
            par, start, end, f"Literal translation of a French rank{why}: the English rank is {good}",
            fix=Fix.unsafe(f"Write {good}", good), confidence=0.75 if ambiguous else 0.9,
        )


@rule(
    "titles/mixed-rank-styles",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    triggers=(*OTHER_STYLE_TRIGGERS,
              Phrases("rank of two CP forms", FromPack("shared_rank_first_words"), pack="ranks", ignorecase=False)),
    only_where_fired=True,  # two forms of a rank: one another style's, or two CP forms of one rank
)
def mixed_rank_styles(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same rank abbreviated two ways in one story (Lt. Col. and Lt.-Col.).

    ## Why it matters
    A story should write a rank one way. Two forms of the same rank are the trace of copy
    assembled from several sources or translated in pieces. In Canadian copy the CP form
    is the story's form whenever it is used at all (a story that never uses it is left to
    titles/non-cp-rank); elsewhere the form used most often is.

    ## Examples
    bad:  Lt.-Col. Ann Ray spoke first.\\n\\nLater [[Lt. Col.->Lt.-Col.]] Bo Li said more.
    bad:  [[MGen->Maj.-Gen.]] Ann Ray spoke first.\\n\\nLater Maj.-Gen. Bo Li said more.
    good: Lt.-Col. Ann Ray spoke first.\\n\\nLater Lt.-Col. Bo Li said more.
    good: Lt. Col. Ann Ray and Maj. Gen. Bo Li spoke.

    ## Fix safety
    Safe when only periods, hyphens or spaces differ from the story's main form; unsafe
    when letters differ (LCol → Lt. Col.).
    """
    data: Ranks = ctx.data("ranks")
    by_rank: dict[str, list[tuple[Paragraph, Slot]]] = {}
    for par in doc.paragraphs:
        for s in ctx.analysis(title_slots, par):
            if s.kind == "style":
                rank = s.info.rank
            elif s.kind == "cp" and s.text in data.cp_forms:
                rank = data.cp_forms[s.text]
            else:
                continue
            by_rank.setdefault(rank, []).append((par, s))
    for rank, uses in by_rank.items():
        counts: dict[str, int] = {}
        for _, s in uses:
            counts[s.text] = counts.get(s.text, 0) + 1
        if len(counts) < 2:
            continue
        if ctx.locale == "en-CA":
            cps = [f for f in counts if f in data.cp_forms]
            if not cps:
                continue
            main = cps[0]
        else:
            main = max(counts, key=lambda f: (counts[f], -next(i for i, (_, s) in enumerate(uses) if s.text == f)))
        for par, s in uses:
            if s.text == main:
                continue
            safe = _letters(s.text) == _letters(main)
            fix = (Fix.safe if safe else Fix.unsafe)(f"Write {main}", main)
            yield ctx.finding(
                par, s.start, s.end, f"{rank} is written {main} elsewhere in this story ({counts[main]}×)",
                fix=fix, confidence=0.8,
            )


@rule(
    "titles/spelled-out-honorific",
    category="Style/Awkward",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    triggers=(Phrases("spelled honorific", FromPack("spelled_honorific_first_words"), pack="ranks", ignorecase=False),
              Always("honorific opening on a break", pack="ranks",
                     when=FromPack("spelled_honorific_opening_on_a_break"))),
)
def spelled_out_honorific(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An honorific spelled out before a surname (Mister Trudeau, Madam Joly).

    ## Why it matters
    French copy writes "monsieur" and "madame" in full; engines render them as Mister and
    Madam, which English news copy never uses before a name (it writes Mr. and Ms.). The
    result reads as a translation.

    ## Examples
    bad:  [[Mister->Mr.]] Legault said the province would not pay.
    bad:  The motion was tabled by [[Madam->Ms.]] Joly on Tuesday.
    good: Mr. Legault said the province would not pay.
    good: Madam Speaker, I rise today on a point of order.
    good: Mister Rogers' Neighborhood ran for decades.
    good: “Thank you, Madam Chair,” she said.

    ## Fix safety
    Unsafe: the word changes (Mister → Mr.); whether Ms. or Mrs. is right for a woman is
    the editor's call.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "spelled-honorific" or s.names != 1:
            continue  # "Mister John Smith" is rarer, and a full name after it is often a title
        good: str = s.info
        nxt = par.text[s.end:].lstrip()
        if nxt[:1] and nxt.split(maxsplit=1)[0].endswith(("'", "’")):
            continue  # "Mister Rogers' Neighborhood": a title of a work
        yield ctx.finding(
            par, s.start, s.end, f"Honorific spelled out before a name: {good}",
            fix=Fix.unsafe(f"Write {good}", good), confidence=s.confidence,
        )
