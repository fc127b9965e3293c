"""Grammar: a preposition slipped between a verb and the object it takes directly
(``discussed about the budget``, ``emphasised on safety``, ``considers the deal as vital``).

Languages that mark these objects with a preposition (French *discuter de*, *insister sur*,
*considérer comme*; Spanish *carecer de*; Chinese *关于*) leave it in the English, where the verb
takes its object bare. The verbs are few and closed; their nouns (*a discussion about*, *the
emphasis on*, *a lack of*) take the preposition and are left alone.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# A verb form, then the preposition it does not take before its object. Only verb forms are
# listed: "emphasis on", "a lack of", "the discussion about" are nouns and English.
_VERB_PREPOSITION = lazy(
    r"\b(?:(?P<verb>discuss(?:es|ed|ing)?)(?P<prep>[ \u00a0]about)(?![ \u00a0](?:\p{N}|(?:an?[ \u00a0](?:dozen|third|quarter|half|hundred|thousand|million|billion|hour|minute|day|"
    r"week|month|year)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|once|twice)\b))"
    r"|(?P<verb2>emphasi[sz](?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing))(?P<prep2>[ \u00a0]on)"
    r"(?![ \u00a0](?:behalf|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|(?P<verb3>lacks|lacked)(?P<prep3>[ \u00a0]of))\b"
)

# "with regards to": the plural of the idiom.
_WITH_REGARDS = lazy(r"\bwith[ \u00a0]regards[ \u00a0]to\b")
# "consider X as <adjective>": "considère X comme essentiel"; English considers X essential.
# Only evaluative adjectives, and never "as ... as" (a comparison) or "as well".
_CONSIDER_AS = lazy(
    r"\bconsider(?:s|ed|ing)?[ \u00a0](?:[\p{L}\p{N}’'-]+[ \u00a0]){1,6}?(?P<as>as)[ \u00a0]"
    r"(?:crucial|essential|vital|important|necessary|critical|unacceptable|acceptable|"
    r"indispensable|fundamental|urgent|inappropriate|appropriate|legitimate|illegal|valid|invalid)\b"
    r"(?![ \u00a0]as\b)"
)

_VERBS = ("discuss discusses discussed discussing emphasize emphasizes emphasized emphasizing "
          "emphasise emphasises emphasised emphasising maximize maximizes maximized maximizing "
          "maximise maximises maximised maximising lacks lacked regards consider considers "
          "considered considering").split()


@rule(
    "grammar/slipped-preposition",
    triggers=(Phrases("verbs that take a bare object", tuple(_VERBS)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def slipped_preposition(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A preposition between a verb and its direct object (``discussed about the plan``,
    ``emphasised on``, ``maximise on``, ``lacks of``), ``with regards to``, and ``considers X as
    crucial``.

    ## Why it matters
    The source language marks the object with a preposition (*discuter de*, *insister sur*,
    *carecer de*, *considérer comme*) and the engine keeps it; English takes the object bare,
    and the slip reads as a translation or a learner's English at once.

    ## Examples
    bad:  The mayors [[discussed about->discussed]] the new transit levy on Friday.
    bad:  The report [[emphasises on->emphasises]] safer crossings near the schools.
    bad:  Farmers want to [[maximise on->maximise]] the short season this year.
    bad:  The clinic [[lacks of->lacks]] nurses on weekends.
    bad:  The board wrote [[with regards to->with regard to]] the late payments.
    bad:  Ottawa considers its ties with Lima [[as->]] vital for the region.
    good: The mayors held a discussion about the levy, and placed emphasis on schools.
    good: The clinic's lack of nurses was discussed on Friday, and discussed about 20 times since.
    good: She was considered as important as the premier, and regards to all were sent.
    good: The mayor considers the levy necessary; he emphasised that it was fair.

    ## Fix safety
    Display only: the preposition is dropped ("with regard to" for the idiom); a sentence
    built round it may need more.
    """
    text = par.text
    for m in _VERB_PREPOSITION.finditer(text):
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        prep = (m.group("prep") or m.group("prep2") or m.group("prep3")).strip()
        yield ctx.finding(par, m.start(), m.end(), f"“{verb}” takes its object without “{prep}”",
                          fix=Fix.display_only(f"Write “{verb}”", replacement=verb))
    for m in _WITH_REGARDS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "“with regards to”: the idiom is “with regard to”",
                          fix=Fix.display_only("Write “with regard to”", replacement="with regard to"))
    for m in _CONSIDER_AS.finditer(text):
        yield ctx.finding(par, m.start("as"), m.end("as"),
                          "“consider … as” + adjective: English considers a thing crucial, without “as”",
                          fix=Fix.display_only("Drop “as”", replacement=""))
