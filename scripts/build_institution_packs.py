"""Build rules/institutions.toml and rules/spelling.toml from ../shared/data (run once by hand).

    python scripts/build_institution_packs.py [DATA_DIR]

The packs are the editable artefacts; this script records how they were first derived:
which variants of institutions_ca_us.csv are calques (always wrong), US spellings of a
Canadian name, another country's body that a translation engine substitutes (wrong only in
context), or untranslated French acronyms; and which VarCon rows are safe to flag in en-CA.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"

# Variants that name a real body or office of another country (or a generic one): wrong only
# when the story means Canada's own.
FOREIGN = {
    "Department of Defense", "Defense Department", "Department of Homeland Security", "Homeland Security",
    "Department of State", "State Department", "Treasury Department", "Department of the Treasury",
    "Ministry of Defence", "Ministry of Defense", "Defense Ministry", "Ministry of Foreign Affairs",
    "Foreign Ministry", "Ministry of Finance", "Finance Ministry", "Ministry of Justice", "Justice Ministry",
    "Ministry of Public Security", "Department of Public Security", "Ministry of Transport",
    "Department of Transportation", "Department of Commerce", "Department of Labor",
    "Department of Veterans Affairs", "Department of War", "Chief of the General Staff",
    "Chairman of the Joint Chiefs of Staff", "Chairman of the Joint Chiefs",
    "Vice Chairman of the Joint Chiefs of Staff", "Customs and Border Protection", "Border Patrol",
    "Internal Revenue Service", "Centers for Disease Control", "Food and Drug Administration",
    "Environmental Protection Agency", "Federal Election Commission", "Congressional Budget Office",
    "General Accounting Office", "General Services Administration", "Federal Bureau of Prisons",
    "Bureau of Indian Affairs", "Census Bureau", "Office of Government Ethics", "U.S. Parole Commission",
    "National Oceanic and Atmospheric Administration", "House of Representatives", "Council of Ministers",
    "vice-minister", "vice minister", "Majority Leader", "House Majority Leader", "Minority Leader",
    "House Minority Leader", "congressional district",
}
# Of those, names many countries use for their own body: flagged only when the story says the
# body is ours ("Canada's Foreign Ministry"), never from the sentence's words alone.
GENERIC = {
    "Ministry of Defence", "Ministry of Defense", "Defense Ministry", "Ministry of Foreign Affairs", "Foreign Ministry",
    "Ministry of Finance", "Finance Ministry", "Ministry of Justice", "Justice Ministry", "Ministry of Public Security",
    "Department of Public Security", "Ministry of Transport", "Chief of the General Staff", "Council of Ministers",
    "vice-minister", "vice minister", "House of Representatives", "Border Patrol", "Census Bureau",
}
# Titles of another country's office: wrong only before a Canadian person.
FOREIGN_TITLES = {
    "Secretary of Defense", "Defense Secretary", "Secretary of War", "War Secretary",
    "Secretary of Homeland Security", "Homeland Security Secretary", "Foreign Secretary",
    "Treasury Secretary", "Secretary of the Treasury", "Finance Secretary", "Justice Secretary",
    "Chancellor of the Exchequer",
}
# Generic, ambiguous or real elsewhere in Canada: not matched at all.
SKIP = {
    "Pentagon", "White House", "Congress", "Secretary of State", "the Treasury", "U.S. Treasury", "NSA",
    "National Security Advisor", "National Security Adviser", "deputy", "deputies", "county", "governor",
    "Quebec MP", "Quebec deputy", "state legislator", "state representative", "congressman", "congresswoman",
    "congressperson", "member of Congress", "undersecretary", "under secretary", "deputy secretary",
    "Deputy Chief of the Defence Staff", "Comptroller General", "Canada Elections", "Heritage Canada",
    "Canada Health", "Veterans Canada", "President of the Chamber", "Chamber President", "Quebec Security",
    "Quebec Safety", "Minister of Public Security", "Public Security Minister", "question time",
    "Question Hour", "question hour", "Chief Elections Officer", "General Auditor", "Federal Reserve",
    "CDC", "IRS", "EPA", "DOJ", "USCIS", "U.S. Citizenship and Immigration Services", "U.S. Supreme Court",
    "Public Security", "Chief of Staff of the Defence", "Canadian Forces Armed", "Treasury Board Secretary",
    "Canadian Special Operations Command", "Canadian Land Army", "Provost General of the Canadian Forces",
    "Judge-Lawyer General", "General Judge Advocate", "Advocate General Judge", "Secretary of the Privy Council",
    "Canadian Cybersecurity Centre", "Canadian Centre for Cybersecurity", "Governor-General", "Auditor-General",
    "Attorney-General of Canada", "Premier of Canada", "Canadian Military Forces", "Public Safety Ministry",
}
# Untranslated French acronyms that are not also common English abbreviations.
ACRONYMS = {
    "MDN", "GRC", "SCRS", "CEMD", "VCEMD", "ASFC", "COMFOSCAN", "COIC", "COMRENSFC", "SNEFC", "RDDC", "CIET",
    "CANAFE", "CSNR", "CPSNR", "OSSNR", "SPPC", "SPAC", "ASPC", "RCAANC", "EDSC", "ACIA", "CLCC",
}
SPELL = {"Defense": "Defence", "Center": "Centre", "Labor": "Labour"}


def us_to_ca(s: str) -> str:
    for us, ca in SPELL.items():
        s = s.replace(us, ca)
    return s


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def qlist(items) -> str:
    return "[" + ", ".join(q(i) for i in items) + "]"


def build_institutions() -> str:
    rows = list(csv.DictReader((DATA / "institutions_ca_us.csv").open(encoding="utf-8")))
    parties = list(csv.DictReader((DATA / "federal_parties.csv").open(encoding="utf-8")))
    out = []
    for r in rows:
        canon = r["canonical_ca"]
        variants = [v.strip() for v in r["wrong_variants_seen_in_MT"].split("|") if v.strip()]
        calques, spelling, foreign, titles, acronyms, generic = [], [], [], [], [], []
        for v in variants:
            if v in SKIP:
                continue
            if v in ACRONYMS:
                acronyms.append(v)
            elif v.isupper() and len(v) <= 9:
                continue  # an acronym that is also English or another body's: too ambiguous
            elif v in FOREIGN_TITLES:
                titles.append(v)
            elif v in GENERIC:
                generic.append(v)
            elif v in FOREIGN:
                foreign.append(v)
            elif us_to_ca(v) != v and (us_to_ca(v) == canon or us_to_ca(v) in variants or "Defen" in v):
                spelling.append(v)
            else:
                calques.append(v)
        if not (calques or spelling or foreign or titles or acronyms or generic):
            continue
        out.append("[[locale.en-CA.institution]]")
        out.append(f"name = {q(canon)}")
        if r["abbreviation"]:
            out.append(f"abbreviation = {q(r['abbreviation'])}")
        out.append(f"kind = {q('role' if r['category'] == 'role' else 'body')}")
        if r["us_counterpart"]:
            out.append(f"counterpart = {q(r['us_counterpart'])}")
        for key, vals in (("calques", calques), ("spellings", spelling), ("foreign", foreign),
                          ("generic", generic), ("foreign_titles", titles), ("acronyms", acronyms)):
            if vals:
                out.append(f"{key} = {qlist(vals)}")
        out.append("")
    for p in parties:
        variants = [v for v in p["wrong_variants_seen_in_MT"].split("|") if v and not v.isupper() and "(" not in v]
        acr = [v for v in p["wrong_variants_seen_in_MT"].split("|") if v in ("NPD", "PCC")]
        if not (variants or acr):
            continue
        out.append("[[locale.en-CA.institution]]")
        out.append(f"name = {q(p['name_en'])}")
        out.append('kind = "body"')
        if variants:
            out.append(f"calques = {qlist(variants)}")
        if acr:
            out.append(f"acronyms = {qlist(acr)}")
        out.append("")
    return "\n".join(out)


# en-CA spelling: VarCon rows are kept when the U.S. form is never Canadian in another sense,
# the row is not archaic, the word is common (level <= 50), and a row inferred from British
# follows one of the transformations Canadian usage shares with British (-our, -re, -ogue,
# -ence, doubled l before a suffix).
def safe_inferred(us: str, ca: str) -> bool:
    if us[:1].isupper():
        return False
    for a, b in (("or", "our"), ("er", "re"), ("og", "ogue"), ("ense", "ence"), ("eled", "elled"),
                 ("eling", "elling"), ("eler", "eller"), ("aled", "alled"), ("aling", "alling"),
                 ("oled", "olled"), ("oling", "olling"), ("iled", "illed"), ("iling", "illing"),
                 ("uled", "ulled"), ("uling", "ulling"), ("ors", "ours"), ("ers", "res"), ("ogs", "ogues"),
                 ("ilor", "illor"), ("ilors", "illors"), ("eler", "eller"), ("elers", "ellers")):
        if a in us and us.replace(a, b, 1) == ca:
            return True
    return False


EXCLUDE_SPELLING = {
    # Canadian usage keeps the U.S. form (CP Caps and Spelling) or the word is ambiguous
    "program", "programs", "tire", "tires", "curb", "curbs", "check", "checks", "draft", "drafts", "story",
    "stories", "meter", "meters", "dependent", "dependents", "inquire", "inquiry", "ax", "mold", "molds",
    "molding", "molded", "skeptic", "skeptical", "fulfill", "analyze", "whiskey", "gage", "gages", "disk",
    "disks", "annex", "annexes", "sulfur", "plow", "plows", "aluminum", "cozy", "pajamas", "jail", "jails",
    "tonnage", "ton", "tons", "carat", "carats", "karat", "manila", "hostler", "toque", "cigaret",
    "sheikh", "sheikhs", "fagot", "fagots", "fagoted", "fagoting", "yogurt", "yogurts", "whiskeys",
    "practiced", "practicing", "grayed", "grayer", "grayest", "graying", "crueler", "cruelest", "plowman",
    "plowmen", "plowshare", "plowshares", "sulfate", "sulfates", "sulfide", "sulfides", "sulfuric",
    "sulfurous", "orthopedic", "orthopedics", "nitroglycerin", "nitroglycerins", "anesthesia", "anesthesias",
    "anesthetic", "anesthetics", "anesthetist", "anesthetists", "anesthetize", "anesthetized", "anesthetizes",
    "anesthetizing", "abridgment", "abridgments", "acknowledgment", "acknowledgments", "vaporware", "thruway",
    "thruways", "cicatrix", "preterit", "preterits", "bandanna", "bandannas",
    # Canadian papers write both jewelry and jewellery, the U.S. form the more often (a Canadian
    # daily's arts listings, "paintings, photography, jewelry and cards", beside "watercolour"); the
    # jeweler (jeweller) rows stay, as Canadian usage doubles the l there
    "jewelry",
}
# VarCon generates comparatives of every adjective; drop the ones no one writes.
JUNK = re.compile(r"(?:blier|bliest|bler|blest|ables|dder|ddest|rrer|rrest|fuler|fulest|ouser|ousest|icer|icest|"
                  r"nner|nnest|eds|lesser|lessest|orrest|ilies)$")


def build_spelling() -> tuple[str, int]:
    strict: dict[str, str] = {}
    variant: dict[str, str] = {}
    with (DATA / "spelling_us_to_ca.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            us, ca = row["us"], row["ca"]
            if row["us_form_also_canadian_other_sense"] == "yes" or row["rare"] == "yes":
                continue
            if int(row["level"]) > 50 or " " in us or "'" in us or us.lower() in EXCLUDE_SPELLING:
                continue
            if us[:1].isupper() or JUNK.search(us):
                continue
            if row["canadian_tag"] != "explicit" and not safe_inferred(us, ca):
                continue
            (strict if row["us_form_in_canada"] == "no" else variant)[us] = ca
    lines = [SPELLING_HEADER, "# US forms VarCon does not accept in Canada.", "[locale.en-CA.words]"]
    lines += [f"{us} = {q(strict[us])}" for us in sorted(strict)]
    lines += ["", "# US forms VarCon lists as variants in Canada; Canadian Press and most Canadian papers",
              "# use the other form (favour, centre, defence), so they are flagged with lower confidence.",
              "[locale.en-CA.variant_words]"]
    lines += [f"{us} = {q(variant[us])}" for us in sorted(variant)]
    return "\n".join(lines), len(strict) + len(variant)


SPELLING_HEADER = """\
[pack]
id = "spelling"
schema = 1
description = "Spellings of another variety of English, per locale: the story's locale maps each foreign form to its own"
sources = [
    "../shared/data/spelling_us_to_ca.tsv, from VarCon (SCOWL, en-wl/wordlist varcon/varcon.txt @1605448f6522): common rows only (level <= 50), no row whose US form is Canadian in another sense, rows inferred from British only for the -our/-re/-ogue/-ence/doubled-l patterns; see scripts/build_institution_packs.py",
]
licence = "VarCon notice: Copyright 2000-2016 by Kevin Atkinson and Benjamin Titze; permission to use, copy, modify, distribute and sell with the copyright notice kept (full text: rules/spelling.LICENSE.txt)"

# One table per locale. A locale with no table (en-US) is never checked. en-GB and en-AU can
# add [locale.en-GB.words] with the same shape.
[locale.en-CA]
# Proper names and set phrases that keep the US spelling in Canadian copy.
allow = [
    "Pearl Harbor", "World Trade Center", "Department of Labor", "Labor Department", "Bureau of Labor Statistics",
    "Center for Strategic and International Studies", "Department of Defense", "Defense Department",
    "North American Aerospace Defense Command", "Labor Day", "Labor Party", "Kennedy Center", "Lincoln Center",
    "Rockefeller Center", "Israel Defense Forces", "Medal of Honor", "Purple Heart", "Secretary of Defense",
    "Defense Secretary", "Defense Intelligence Agency", "Missile Defense Agency", "Hall of Fame",
    "color guard", "rigor mortis", "Arbor Day", "Gulf of Mexico", "Honor Flight",
]

"""


INSTITUTIONS_HEADER = """\
[pack]
id = "institutions"
schema = 1
description = "Each locale's own institutions and offices, the calques and US spellings translation engines put in their place, and the words that tell whose institution a sentence names"
sources = [
    "../shared/data/institutions_ca_us.csv (Government of Canada applied titles, EN/FR; hand-compiled variants)",
    "../shared/data/federal_parties.csv (Elections Canada registered party names)",
    "../shared/data/province_abbreviations.csv (CP abbreviations, for riding parentheticals)",
    "scripts/build_institution_packs.py (how each variant was classed)",
]
licence = "facts, compiled by hand"

# One table per locale: the story's own country. en-GB, en-AU and en-US add their own
# [locale.xx-XX] table with the same keys; a locale without a table is not checked.
[locale.en-CA]
country = "Canada"
adjective = "Canadian"
# Words that place a sentence in the story's own country (weight 1; "federal" counts half).
own_signals = [
    "Canada", "Canada's", "Canadian", "Canadians", "Ottawa", "Ottawa's", "Parliament Hill", "Parliament", "MP", "MPs",
    "House of Commons", "Commons", "Senate of Canada", "Liberal", "Liberals", "Conservative", "Conservatives",
    "NDP", "Bloc", "Tory", "Tories", "Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba",
    "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island", "premier",
    "Mounties", "Canadian Forces", "Canadian Armed Forces",
]
weak_own_signals = ["federal", "Crown", "riding"]
# Words that place a sentence in another country (any of them vetoes a foreign-institution finding).
foreign_signals = [
    "U.S.", "US", "USA", "U.S.A.", "United States", "American", "Americans", "America", "America's",
    "Washington", "Washington's", "Pentagon", "White House", "Congress", "congressional", "Capitol Hill",
    "Trump administration", "Biden administration", "Obama administration", "the administration",
    "Britain", "British", "U.K.", "UK", "London", "Whitehall", "Westminster", "Australia", "Australian",
    "Canberra", "FBI", "CIA", "NSA", "Republican", "Republicans", "Democrat", "Democrats", "Democratic",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Chicago", "Detroit",
    "Seattle", "Buffalo", "Los Angeles", "San Francisco", "Boston", "Miami",
]
# Qualifiers that, right before an institution, attribute it to another country.
foreign_qualifiers = [
    "U.S.", "US", "USA", "American", "United States", "America's", "Washington's", "the U.S.", "the US",
    "federal U.S.", "Britain's", "British", "U.K.", "UK", "Australian", "Australia's",
]
# Possessive words before an institution that point at some other body's ("their Ministry of Defence").
foreign_determiners = ["their", "its", "his", "her", "Their", "Its", "His", "Her"]
# Province and territory forms that end a member's parenthetical: (Riding, Prov.).
provinces = [
    "Alta.", "B.C.", "Man.", "N.B.", "N.L.", "N.S.", "N.W.T.", "Nunavut", "Ont.", "P.E.I.", "Que.", "Sask.",
    "Yukon", "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
    "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "AB", "BC", "MB", "NB",
    "NL", "NS", "NT", "NU", "ON", "PE", "QC", "Qc", "SK", "YT", "Nfld.", "Y.T.",
]
# Words before a name that make its bearer one of ours ("Liberal MP Jane Doe").
own_person_titles = ["MP", "MPs", "MLA", "MNA", "MPP", "Senator", "Sen.", "Premier", "premier"]
# Title words that, after a foreign qualifier, introduce a foreign person ("U.S. President Jane Doe").
person_title_words = [
    "President", "Vice-President", "Vice", "Secretary", "Senator", "Sen.", "Representative", "Rep.",
    "Governor", "Gov.", "Ambassador", "Admiral", "Adm.", "General", "Gen.", "Chairman", "Chair", "Adviser",
    "Advisor", "Commander", "Chief", "Director", "Speaker", "Leader", "Attorney", "Envoy", "Spokesperson",
    "spokesperson", "spokesman", "spokeswoman", "official", "general", "admiral", "envoy", "ambassador",
]
# Ranks and honorifics skipped between a title and a name ("Chief of the Defence Staff Gen. Jane Doe").
ranks = [
    "General", "Gen.", "Lieutenant-General", "Lt.-Gen.", "Lt. Gen.", "Major-General", "Maj.-Gen.", "Maj. Gen.",
    "Brigadier-General", "Brig.-Gen.", "Colonel", "Col.", "Lt.-Col.", "Admiral", "Adm.", "Vice-Admiral",
    "Vice-Adm.", "Rear-Admiral", "Rear-Adm.", "Air Marshal", "Hon.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.",
]
# US spellings in official names, and the locale's own spelling.
name_spellings = { Defense = "Defence", Center = "Centre", Labor = "Labour", Harbor = "Harbour", Theater = "Theatre", Honor = "Honour", Defenses = "Defences", Centers = "Centres" }
# Official names that keep the US spelling (never flagged).
name_allow = [
    "North American Aerospace Defense Command", "Department of Defense", "Defense Department",
    "Secretary of Defense", "Defense Secretary", "Defense Intelligence Agency", "Missile Defense Agency",
    "Defense Advanced Research Projects Agency", "Center for Strategic and International Studies",
    "World Trade Center", "Pearl Harbor", "Department of Labor", "Labor Department", "Secretary of Labor",
    "Labor Secretary", "Bureau of Labor Statistics", "Australian Labor Party", "Labor Party", "Labor Day",
    "Kennedy Center", "Lincoln Center", "Rockefeller Center", "Wilson Center", "Carter Center",
    "Pew Research Center", "Stimson Center", "National Hurricane Center", "Lincoln Center",
    "Defense Production Act", "National Defense Authorization Act", "Israel Defense Forces",
    "Self-Defense Forces", "Defense Logistics Agency", "Defense Threat Reduction Agency",
]
# Bodies of the locale's own country whose neighbouring names are the locale's own
# ("Queen's University Center for …"): names containing any of these words are ours too.
own_name_words = ["Canada", "Canadian", "Ottawa", "Québec", "Quebec", "Ontario", "Alberta", "Manitoba", "Saskatchewan"]
own_bodies = [
    "Queen's University", "McGill University", "University of Toronto", "University of British Columbia",
    "Université de Montréal", "Université du Québec à Montréal", "UQAM", "Université Laval", "Laval University",
    "University of Ottawa", "Carleton University", "Dalhousie University", "York University",
    "McMaster University", "Western University", "University of Western Ontario", "University of Waterloo",
    "Concordia University", "Simon Fraser University", "University of Calgary", "University of Alberta",
    "University of Manitoba", "University of Saskatchewan", "University of Victoria", "University of Regina",
    "Memorial University", "Wilfrid Laurier University", "Toronto Metropolitan University", "Ryerson University",
    "University of Guelph", "University of New Brunswick", "University of Winnipeg", "Brock University",
    "Trent University", "Mount Allison University", "St. Francis Xavier University", "Acadia University",
    "Bishop's University", "Royal Military College", "Royal Military College of Canada", "Lakehead University",
    "Laurentian University", "University of Lethbridge", "University of Northern British Columbia",
    "Thompson Rivers University", "Ontario Tech University", "Mount Royal University", "MacEwan University",
    "Conference Board of Canada", "C.D. Howe Institute", "Fraser Institute", "Macdonald-Laurier Institute",
    "Canadian Global Affairs Institute", "CIGI", "Munk School", "Norman Paterson School of International Affairs",
    "Parliamentary Budget Officer",
]

# Topic words that point a foreign-institution finding at one of our bodies first.
[[locale.en-CA.hint]]
words = ["troops", "soldiers", "military", "personnel", "Forces", "deployment", "mission", "base", "bases", "Armed"]
suggest = "Department of National Defence"

[[locale.en-CA.hint]]
words = ["diplomats", "embassy", "envoy", "ambassador", "consular", "diplomatic"]
suggest = "Global Affairs Canada"

[[locale.en-CA.hint]]
words = ["border", "terrorism", "emergency", "police", "security"]
suggest = "Public Safety Canada"

"""


if __name__ == "__main__":
    inst = build_institutions()
    (ROOT / "rules" / "institutions.toml").write_text(INSTITUTIONS_HEADER + inst + "\n", encoding="utf-8")
    sp, n = build_spelling()
    (ROOT / "rules" / "spelling.toml").write_text(sp + "\n", encoding="utf-8")
    print(f"institutions pack and {n} spelling pairs written", file=sys.stderr)
