"""Titles: a long title that names its country, run straight into the name it belongs to
(``the Minister of Foreign Affairs of Canada Mélanie Joly``).

French, Spanish, Chinese and other sources name an office with its portfolio and its country
in one genitive chain before the person (*la ministre des Affaires étrangères du Canada
Mélanie Joly*, *l'ambassadrice du Canada en Ukraine Larisa Galadza*), and engines keep the
chain and its order. English news copy puts the country first and shortens the title
(*Canadian Foreign Affairs Minister Mélanie Joly*, *Canada's ambassador to Ukraine*) or sets the
long title off after the name with commas. Only the chain is read: a title, its portfolio, and
"of" a country (or "of" one country "to" another), then a full name with no comma between.
The short official form ("President of Ukraine Volodymyr Zelenskyy", as government readouts
write it) has no portfolio before the country and is left alone.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# The world's states and a few territories, by their usual English short names (a closed class:
# the UN's member states and observers, plus the territories news names as countries).
_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|"
    "Azerbaijan|the Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|"
    "Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|"
    "Cambodia|Cameroon|Canada|the Central African Republic|Chad|Chile|China|the People's Republic of China|"
    "Colombia|Comoros|the Congo|Congo|the Democratic Republic of the Congo|Costa Rica|Côte d'Ivoire|Croatia|"
    "Cuba|Cyprus|the Czech Republic|Czechia|Denmark|Djibouti|Dominica|the Dominican Republic|Ecuador|Egypt|"
    "El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|the Gambia|"
    "Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|"
    "Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|"
    "Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|"
    "Madagascar|Malawi|Malaysia|the Maldives|Mali|Malta|the Marshall Islands|Mauritania|Mauritius|Mexico|"
    "Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|"
    "the Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|"
    "Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|the Philippines|Poland|Portugal|Qatar|"
    "the Republic of Korea|Korea|Romania|Russia|the Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|"
    "Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|the Solomon Islands|"
    "Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|"
    "Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|"
    "Turkmenistan|Tuvalu|Uganda|Ukraine|the United Arab Emirates|the UAE|the United Kingdom|the UK|the U\\.K\\.|"
    "the United States|the United States of America|the U\\.S\\.|the US|Uruguay|Uzbekistan|Vanuatu|Venezuela|"
    "Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Hong Kong|Macau|Macao"
)
# Offices named with a country ("Minister of … of Canada", "Ambassador of Canada to Ukraine").
_TITLES = (
    "Minister|Ministers|Ambassador|President|Vice-President|Secretary|Attorney General|Consul General|"
    "Consul-General|High Commissioner|Chancellor|Premier|Speaker|Envoy"
)
# Words that make a capitalised pair after the country an organisation's name, not a person's
# ("the President of the Bank of Canada Pension Plan"); a thing's name after a person's is caught by
# _FULL_NAME's own guard.
_NOT_A_FIRST_NAME = (
    "Post|Air|Airlines|Rail|Railway|Revenue|Bank|Council|Health|Life|Goose|Radio|Television|Broadcasting|"
    "Pension|Trust|Savings|Gazette|Times|Press|Daily|News|Inc|Ltd|Corp|Group|Holdings|Foundation|Institute|"
    "Society|Association|Union|Federation|Company|Day|Cup|Games|Trade|Business|House|Centre|Center"
)
_FULL_NAME = (
    r"(?P<name>(?!(?:" + _NOT_A_FIRST_NAME + r")\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]"
    r"(?:(?:de|du|van|von|da|di|le|la)[ \u00a0])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)
_COUNTRY = r"(?:" + _COUNTRIES + r")(?![\p{L}\-])"
# A title, its portfolio (no sentence break, comma or quotation inside), "of" a country, perhaps
# "to" another; or a title "of" one country "to" another. Then an honorific at most, and a full name.
_CHAIN = lazy(
    r"(?P<title>(?<![\p{L}\-])(?:" + _TITLES + r")[ \u00a0]+(?:of|for)[ \u00a0]+[^.,;:\n“”\"()]{1,60}?[ \u00a0]+of[ \u00a0]+"
    + _COUNTRY + r"(?:[ \u00a0]+to[ \u00a0]+" + _COUNTRY + r")?"
    r"|(?<![\p{L}\-])(?:" + _TITLES + r")[ \u00a0]+of[ \u00a0]+" + _COUNTRY + r"[ \u00a0]+to[ \u00a0]+" + _COUNTRY + r")"
    r"[ \u00a0]+(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.[ \u00a0]?E)\.?[ \u00a0]+)?" + _FULL_NAME
)


@rule(
    "titles/country-title-before-name",
    triggers=(Phrases("title of a country", (" of ",), ignorecase=False, boundary="none"),),
    category="Fluency/Style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def country_title_before_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A long title naming its country run into the name (“the Minister of Foreign Affairs of Canada Mélanie Joly”).

    ## Why it matters
    The source's genitive chain (*ministre des Affaires étrangères du Canada Mélanie Joly*)
    carried over word for word leaves a title the reader cannot tell from the name, in an order
    English copy does not use: it puts the country first and the short title before the name
    (“Canadian Foreign Affairs Minister Mélanie Joly”), or the long title after it, with commas.

    ## Examples
    bad:  Ottawa sent [[Minister of Foreign Affairs of Canada]] Mélanie Joly to the talks.
    bad:  He met [[the Ambassador of Canada to Ukraine]] Larisa Galadza on Monday.
    bad:  The talks were held with [[Minister for Foreign Affairs of Nepal]] Dr. Arzu Rana Deuba in Ottawa.
    good: Ottawa sent Canadian Foreign Affairs Minister Mélanie Joly to the talks.
    good: He met Canada's ambassador to Ukraine, Larisa Galadza, on Monday.
    good: The Minister of Foreign Affairs of Canada, Mélanie Joly, spoke first.
    good: Prime Minister Justin Trudeau met President of Ukraine Volodymyr Zelenskyy in Kyiv.
    good: The Minister of Foreign Affairs of Canada said Mélanie Joly would travel.
    good: The President of the Bank of Canada Pension Plan spoke in Toronto.
    good: The Minister of Health Christian Dubé answered in Quebec City.

    ## Fix safety
    Display only: the short title or the commas are the editor's choice.
    """
    text = par.text
    for m in _CHAIN.finditer(text):
        s, e = m.span("title")
        if s >= 4 and text[s - 4 : s].lower() == "the ":
            s -= 4  # the article goes with the chain ("the Ambassador of Canada to Ukraine Jane Roe")
        yield ctx.finding(
            par, s, e, "A long title naming its country run into the name: put the country first and "
            "shorten the title, or set the title after the name between commas",
            fix=Fix.display_only(f"Set the title off: “{m.group('name')}, {text[m.start('title'):e]},”"),
        )
