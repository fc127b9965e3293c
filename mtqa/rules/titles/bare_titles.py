"""Titles: a capitalised title that names no one ("the Minister said", "the Ambassador of Canada"), a house-style check.

Translated releases, and the English of ministries and embassies, capitalise an office whenever
it is named, as their source languages and their own house styles do; Canadian Press lowercases
a title that does not stand straight before a name ("the minister said", "the prime minister,
Mark Carney,"). Edited copy outside CP capitalises too (municipal bulletins write "the Mayor",
some local papers "the Prime Minister"): in the tuning half's clean copy 13 of 293 excerpts do it,
against 51 of 215 fold-A MT excerpts, and no evidence in the copy tells the two apart (the
same story writes the title lowercase elsewhere in 2 of the 13 and in 5 of the 51). So it is a
house-style check, off by default and selected by the `cp` style, as `consistency/date-style` is.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# The offices: a head word, with the few modifiers that are part of the title.
_HEADS = ("Minister", "Ambassador", "President", "Premier", "Mayor", "Consul General", "Consul-General",
          "Chancellor", "High Commissioner", "Deputy Minister", "Deputy Premier", "Deputy Mayor",
          "Prime Minister", "Foreign Minister", "Vice-President", "Vice President")
_HEAD = "|".join(sorted(_HEADS, key=len, reverse=True))
# "the Minister", "his Ambassador", with an optional portfolio or state ("of Foreign Affairs", "to
# Canada"); what follows must not be a name (a capital and a lower-case letter, or an initial) nor
# the possessive of a body or a prize ("the Prime Minister's Office", "the President's Trophy").
_BARE = lazy(
    r"(?<![\p{L}\-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?P<title>" + _HEAD + r")\b"
    r"(?P<rest>(?: (?:of|for|to) (?:the )?\p{Lu}[\p{L}'’.\-]*(?: (?:and |of |for |the )*\p{Lu}[\p{L}'’.\-]*)*)?)"
    r"(?! \p{Lu}\p{Ll}| \p{Lu}\.|-|(?:'s|’s|s'|s’) \p{Lu})"
)

# The words that join a portfolio's or a state's capitalised words ("Roads and Ferries", "of Canada to
# Japan"); three capitalised words in a row after the last of them are a portfolio run into a name.
_CONNECTOR = lazy(r" (?:and|of|for|the|to) ")


@rule(
    "titles/capitalised-title-alone",
    triggers=(Phrases("capitalised office", _HEADS, ignorecase=False, boundary="none"),),
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    status=Status.PREVIEW,  # a house-style check: on in the cp style (stop 49)
)
def capitalised_title_alone(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“The Minister said”: an office capitalised where it names no one (CP lowercases it).

    ## Why it matters
    CP capitalises a formal title only straight before a name ("Foreign Minister Anita Anand");
    alone, after "the", or set off from the name by a comma, it is lowercase ("the minister
    said", "the prime minister, Mark Carney,"). Translated releases capitalise every mention of
    an office, which in CP copy reads as the ministry's voice rather than the paper's. Other
    houses capitalise too, so the check runs only in the `cp` style.

    ## Examples
    bad:  After the meeting, the [[Minister->minister]] told reporters the talks went well.
    bad:  The [[Ambassador->ambassador]] of Canada to Japan opened the exhibit on Friday.
    bad:  He said the [[Prime Minister->prime minister]], Mark Carney, would attend.
    good: After the meeting, Foreign Minister Anita Anand told reporters the talks went well.
    good: The Prime Minister Justin Trudeau answered; the minister said so too.
    good: A letter from the Prime Minister's Office reached the President's Trophy winners.
    good: The Speaker of the House and the Governor General attended.
    good: Later the Minister of Foreign Affairs Mélanie Joly spoke (a name run in: another rule's).

    ## Fix safety
    Safe: only the office's letters are lowercased; a portfolio or a state after it is left as
    written (the editor decides whether "of Foreign Affairs" follows it down).
    """
    text = par.text
    for m in _BARE.finditer(text):
        if len(_CONNECTOR.split(m.group("rest"))[-1].split()) >= 3:
            continue  # "the Minister of Foreign Affairs Mélanie Joly": a name run in, long-title-before-name's
        title = m.group("title")
        low = title.lower()
        yield ctx.finding(par, m.start("title"), m.end("title"),
                          f"“{title}” capitalised where it names no one; CP lowercases it",
                          fix=Fix.safe(f"Write {low}", low), suggestions=(low,))
