"""Titles: a title naming a state run straight into a name ("Ambassador of the Republic of Estonia to Canada Kadri Tamm").

Ministries' and agencies' releases translated from Armenian, Azerbaijani, Nepali, Lithuanian
or Greek write an envoy's or a minister's full formal title, with the state's name in it,
straight before the person's name, as their source language does. English news writes the short
form before the name ("Estonian Ambassador Kadri Tamm") or the long one after it between
commas. `titles/long-title-before-name` reads the portfolio form ("Minister of Health Christian
Dubé", a house's choice, preview); this rule reads titles that name a country, which no house
runs into a name.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, longest_first
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.countries import COUNTRIES, MULTIWORD_COUNTRIES

_STATES = "|".join(regex.escape(n) for n in sorted(COUNTRIES | set(MULTIWORD_COUNTRIES) | {"Russian Federation"},
                                                   key=longest_first))
# "of Canada", "of the Republic of Armenia", "of the Russian Federation".
_OF_STATE = r"of (?:the )?(?:Republic of |Kingdom of |State of )?(?:" + _STATES + r")"
_TO_STATE = r"(?: to (?:the )?(?:Republic of |Kingdom of )?(?:" + _STATES + r"))?"
# The title: an envoy, a speaker, or a minister with a portfolio of one to four capitalised words.
_TITLE = (
    r"(?:Ambassador|High Commissioner|Consul General|Consul-General|Special Envoy|Envoy|Speaker of (?:the )?"
    r"(?:House of Commons|Senate|Parliament|National Assembly)|(?:Deputy )?Minister (?:of|for) (?:the )?"
    r"\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3})"
)
# A person's name: an optional honorific, then two or three capitalised words, the last not a
# country's or a body's word ("Ambassador of Canada to Chile Dana Whitford").
_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\. )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}"
_RUN_IN = lazy(
    r"(?<![\p{L}\-])(?P<title>" + _TITLE + r" " + _OF_STATE + _TO_STATE + r") (?P<name>" + _NAME + r")"
    r"(?![\p{L}\-]| (?:Embassy|Office|Ministry|Mission|Government|Parliament|Affairs|House|Day)\b)"
)


@rule(
    "titles/state-title-before-name",
    triggers=(Phrases("title naming a state", ("Ambassador of", "Commissioner of", "Consul General of",
                                               "Consul-General of", "Envoy of", "Speaker of", "Minister of",
                                               "Minister for"), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def state_title_before_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“Ambassador of the Republic of Estonia to Canada Kadri Tamm”: a title naming a state run into the name it precedes.

    ## Why it matters
    A title that names a state ("Ambassador of Canada to Chile", "Minister of Foreign Affairs
    of Latvia") is too long to stand before a name without commas: English news writes
    "Canada's ambassador to Chile, Dana Whitford," or "Latvian Foreign Minister Janis
    Ozols". Translated official releases run the whole formal title into the name, the
    state's formal name included, and the reader cannot see where the title ends. A title set off
    by commas, or followed by a body's name ("the Ambassador of Canada to Japan Office"), is left.

    ## Examples
    bad:  He met the [[Ambassador of the Republic of Estonia to Canada]] Kadri Tamm.
    bad:  Talks with [[Minister of Foreign Affairs of Latvia]] Janis Ozols went on.
    bad:  The [[Speaker of the House of Commons of Canada]] Anne Leduc opened the session.
    good: He met Estonia's ambassador to Canada, Kadri Tamm, and Latvian Foreign Minister Janis Ozols.
    good: The Ambassador of the Republic of Estonia to Canada, Kadri Tamm, spoke first.
    good: The Ambassador of Canada to Japan Office opened; the Minister of Foreign Affairs of Canada said so.
    good: The Minister of Health Christian Dubé answered, as Finance Minister Eric Girard did.

    ## Fix safety
    Display only: the short title depends on the state's adjective and the house; the editor
    chooses it, or sets the long title after the name between commas.
    """
    text = par.text
    for m in _RUN_IN.finditer(text):
        title = m.group("title")
        yield ctx.finding(par, m.start("title"), m.end("title"),
                          "A title naming a state, run into the name it precedes",
                          fix=Fix.display_only(f"Write “{m.group('name')}, {title[:1].lower()}{title[1:]},”"))
