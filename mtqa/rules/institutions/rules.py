"""Institutions and locale: whose department, office or title a sentence names.

Translation engines trained mostly on US English replace a country's own institutions with
the US ones they know (``ministère de la Défense nationale`` → "Department of Homeland
Security"), call a Canadian minister "Secretary", calque names word for word ("Chamber of
Commons"), leave French acronyms untranslated (GRC, SCRS) and spell official names the US
way ("Chief of Defense Staff"). A foreign institution named as such is right and must stay
quiet ("U.S. Department of Defense", "Defense Secretary" before a US official, NORAD).

Whose institution is meant is decided from context, never from a list of people:

* qualifiers right before the name (U.S., American, Britain's, their → another country's;
  Canada's, Canadian → ours);
* the person named after a title: a member's riding parenthetical ``Name (Riding, Prov.)``
  or a title of ours (MP, Chief of the Defence Staff) makes the person ours, a foreign
  qualifier or a Secretary title makes the person foreign, everywhere in the story;
* the words of the sentence and the one before it (Canada, Canadian, Ottawa, federal, our
  institutions and people versus U.S., Washington, the Pentagon, their people);
* earlier mentions: once the story has called a body "the U.S. Department of …", a later
  bare "Department of …" is the same foreign body.

The pack (`rules/institutions.toml`, compiled by `institutions.pack`) has one table per
locale; en-CA is filled in. A locale without a table is not checked. The facts above are the
family's analysis (`institutions.analysis`); the judgement of them, rule by rule, is one declared
analysis (`institutions.judgements`), computed once per document whichever rules ask for it.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.institutions import judgements
from mtqa.rules.institutions.analysis import TRIGGERS
from mtqa.rules.institutions.judgements import judged
from mtqa.rules.institutions.pack import PACK


# ---- rules ------------------------------------------------------------------------------


@rule(
    "institutions/foreign-institution",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.7,
    triggers=TRIGGERS,
    only_where_fired="institution words",  # every match is found from that trigger's hits
)
def foreign_institution(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Another country's institution named where the story's own is meant.

    ## Why it matters
    An engine that has seen "Department of Homeland Security" far more often than
    "Department of National Defence" will put the US body in a Canadian story. The reader
    is told the wrong government acted; it is an accuracy error, not a style slip.

    ## Examples
    bad:  Canada is moving its troops to Kuwait. The [[Department of Homeland Security->Public Safety Canada]] will not say how many are leaving.
    bad:  Canadian officials met on Monday, and the [[State Department->Global Affairs Canada]] later confirmed the talks.
    good: The U.S. Department of Homeland Security said the letter was a draft.
    good: Canada's envoy met Iraqi officials; their Ministry of Defence asked for more trainers.
    good: Washington reacted quickly. The State Department called the strike a mistake.
    good: The Department of Defense confirmed the strike, Pentagon officials said.

    ## Fix safety
    Display only: the rule guesses from context, and which of our institutions was meant
    (National Defence or Public Safety) needs the source or an editor.

    ## Known issues
    Needs a Canadian word, person or institution in the sentence or the one before it (or
    twice in a paragraph that names no other country); a bare "Department of Defense" in
    an otherwise neutral passage is not flagged.
    """
    yield from ctx.analysis(judged).of(judgements.foreign_institution)


@rule(
    "institutions/foreign-title",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.8,
    triggers=TRIGGERS,
    only_where_fired="institution words",  # every match is found from that trigger's hits
)
def foreign_title(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Another country's title (Secretary) given to one of the story's own ministers.

    ## Why it matters
    A Canadian minister is never a "Secretary"; the US title tells the reader the person
    belongs to another government.

    ## Examples
    bad:  [[Defense Secretary->Defence Minister]] Anita Roy (Oakville East, Ont.) said the mission would go on.
    bad:  Canada's [[Foreign Secretary->Foreign Minister]] Paul Tremblay spoke to his Iraqi counterpart.
    good: Defense Secretary Mark Lowell said the US had no plans to leave.
    good: Britain's Foreign Secretary Paul Lane called for calm.
    good: Foreign Minister Luc Gagnon (Laurier, Que.) spoke to reporters.

    ## Fix safety
    Display only: the Canadian title depends on the portfolio, which the editor confirms.
    """
    yield from ctx.analysis(judged).of(judgements.foreign_title)


@rule(
    "institutions/calqued-name",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.9,
    triggers=TRIGGERS,
    only_where_fired="institution words",  # every match is found from that trigger's hits
)
def calqued_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An institution's name translated word for word instead of its official English name.

    ## Why it matters
    "Chamber of Commons" or "Royal Gendarmerie of Canada" marks copy as machine-translated
    and can leave the reader unsure which body is meant.

    ## Examples
    bad:  The bill returns to the [[Chamber of Commons->House of Commons]] next week.
    bad:  Officers of the [[Royal Gendarmerie of Canada->Royal Canadian Mounted Police]] made the arrest.
    bad:  A spokesperson for [[Public Security Canada->Public Safety Canada]] declined to comment.
    good: The bill returns to the House of Commons next week.
    good: The Royal Canadian Mounted Police made the arrest.
    good: He sat in the chamber of commerce for years.

    ## Fix safety
    Unsafe: the official name replaces the calque; an editor should confirm the body (and
    adjust articles) before applying.
    """
    yield from ctx.analysis(judged).of(judgements.calqued_name)


@rule(
    "institutions/untranslated-acronym",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.85,
    triggers=TRIGGERS,
    only_where_fired="institution words",  # every match is found from that trigger's hits
)
def untranslated_acronym(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French acronym of a federal body left in English copy (GRC for RCMP).

    ## Why it matters
    English readers know the RCMP and CSIS, not the GRC and SCRS; the untranslated acronym
    is noise at best and a wrong body at worst.

    ## Examples
    bad:  Two [[GRC->RCMP]] officers were injured.
    bad:  The [[SCRS->CSIS]] warned of foreign interference.
    good: Two RCMP officers were injured.
    good: The Gendarmerie royale du Canada (GRC) is known in English as the RCMP.

    ## Fix safety
    Unsafe: the English acronym replaces the French one; check that the body is federal.
    """
    yield from ctx.analysis(judged).of(judgements.untranslated_acronym)


@rule(
    "institutions/foreign-spelling",
    category="Locale convention/Spelling",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.85,
    triggers=TRIGGERS,
    only_where_fired="institution words",  # every match is found from that trigger's hits
)
def foreign_spelling(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An official name or title of the story's own country spelt the US way (Defense, Center).

    ## Why it matters
    Official Canadian names are spelt the Canadian way (National Defence, Centre). A US
    spelling in one of them is a visible locale error, and in a title it can even suggest
    a US office.

    ## Examples
    bad:  [[Chief of Defense Staff->Chief of Defence Staff]] Gen. Marie Lacroix said all personnel were safe.
    bad:  [[Defense Minister->Defence Minister]] Sam Patel (Etobicoke North, Ont.) said the mission would resume.
    bad:  She is a fellow at the McGill University [[Center for Security Studies->Centre for Security Studies]].
    bad:  The [[Canadian Center for Policy Studies->Canadian Centre for Policy Studies]] released a report.
    good: Chief of the Defence Staff Gen. Marie Lacroix said all personnel were safe.
    good: The U.S. Department of Defense confirmed the strike.
    good: Defense Secretary Mark Lowell spoke after the meeting.
    good: NORAD, the North American Aerospace Defense Command, tracked the flight.
    good: He is a senior fellow at the Center for Strategic and International Studies.
    good: Israel's Defense Minister spoke to reporters.

    ## Fix safety
    Unsafe: only the spelling of the name changes, but the editor should confirm that the
    body is Canadian and not a foreign one with an official US spelling.
    """
    yield from ctx.analysis(judged).of(judgements.foreign_spelling)
