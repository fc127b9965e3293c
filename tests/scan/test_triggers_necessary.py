"""A rule's declared triggers are a necessary condition of its findings: run on every paragraph,
ignoring its triggers, the rule finds nothing the engine (which runs it only where they fire)
does not. Checked for the rules whose Python does not read its hits, on every rule's documented
examples, the seed and look-alikes at the edges of each trigger, with each scanner backend."""

from __future__ import annotations

import pytest

from mtqa import Checker, registry
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.rule import RuleContext
from mtqa.scan import available_backends
from tests.scan.test_engine_triggers import BACKENDS

# Rules given triggers while their Python still looks at every paragraph it is handed.
RULES = (
    "source/untranslated-text",
    "grammar/pronoun-for-institution",
    "quotes/dash-for-quotation",
    "typography/spaced-single-mark",
    "titles/half-capitalised-title",
    "attribution/missing-speech-verb",
    "nonwords/doubled-initial",
    "untranslated/source-leftover",
    "grammar/either-without-or",
    "numbers/decade-ending",
    "numbers/decimal-comma-scale",
    "quotes/glued-mark",
    "grammar/bare-side",
    "abbreviations/stray-period",
    "abbreviations/capital-after-abbreviation",
    "boilerplate/cms-metadata",
    "grammar/a-or-an",
    "typography/capital-function-word",
    "grammar/adverb-before-noun",
    "grammar/capital-mid-sentence",
    "grammar/infinitive-before-non-verb",
    "grammar/coordinated-verb-number",
    "grammar/comma-before-verb",
    "grammar/singular-subject-plural-verb",
    "grammar/impossible-pair",
    "grammar/article-before-verb",
    "titles/spelled-out-rank",
    "titles/untranslated-title",
    "titles/wrong-case",
    "titles/spelled-out-honorific",
    "titles/garbled-abbreviation",
    "boilerplate/page-furniture",
    "house/credit-form",
)

# Look-alikes at the edges of the triggers above, a paragraph each (a trigger admits a whole
# paragraph): characters beyond ASCII, a capital whose lower case is ASCII (the Kelvin sign),
# no-break spaces, capitals and punctuation around the words.
EDGES = (
    "The town is lawless, but There is crime; and today The main problem, and\u00a0This one, and ,Their plan.",
    "It was so,  These people said; and These\u00a0people, and THE main, and The\tmain, and 'The main' and The.",
    "The sign read 北京 at the gate.",
    "한국 officials met on Monday.",
    "Il a dit: « nous sommes prêts », et il est parti.",
    "Elle a dit que c’est fini; très bien.",
    "The party met; His members left, her caucus stayed.",
    "The party said her\u00a0supporters would stay.",
    "– Nous resterons, a dit la ministre.",
    "—We will stay, said the minister.",
    "He called it a ’ scandal ‘ then.",
    "The deputy minister responsible for Health spoke; the ministers of Finance met.",
    "Ms. Roy,\u00a0“we are ready,” she said. Mr. Lee, \"so be it.\"",
    "“We are ready,” Ms. Tremblay.",
    "\u212aknow the vote.",
    "Éélise left. Ɛɛvery word. Ǆǆ and Ǳǳone.",
    "Iit was late. Ttoday the vote was close. Oover there.",
    "It passed selon\u0301 the rules, _selon the_ministre, by the bürgermeister.",
    "It passed außerdem the rules, per la política.",
    "The ministre-delegate met the Ministre; SELON the rules, the alcalde2 and 2alcalde left, según él.",
    "Either² the agency acts. «Either» the agency acts. EITHER_the board. Eitheŕ way.",
    "In the 80-х and the ٨0-ies, then the 1990-S, the 20-ies and 1,5 trillion, 2,000 billion yen.",
    "Prices hit 3,125 billion and 4,250 Billion; 7,500 trillions.",
    "Recently, Canada side should act. China  side said no. Japan side has left. The Russian Side said.",
    "Officials in the U.S.  Said it, Apple Inc. Have left, the B.C. Keep and the U.S. Were told.",
    "He chairs the Canada-UK. Studies centre, the Canada-ÉU. Relations office; the mission.  élan stays.",
    "The mission. to train ended. The EU-Canada. deal, the Ottawa-Québec.   Relations talks.",
    "2022-08-02T13:35:09.529Z",
    "٢٠٢٢-٠٨-٠٢T١٣:٣٥:٠٩Z",
    "  2023-05-01T08:00+02:00\t",
    "#Montreal, #Bill21, #Manitoba Montreal, Nov 29: it rained.",
    "#Troops #Latvia #NATO\u00a0Ottawa: troops left.",
    "#Ça, #Été, #Noël Ottawa",
    "It was an university.",
    "It was an major step.",
    "It was a extra step.",
    "It was a one-time fee, an hour, a x-ray, a house.",
    "A apple fell.",
    "AN apple, An orange and a Apple; a\u00a0apple, a  apple, a\napple.",
    "An zebra, (a) ape.",
    "He saw an’t and an-other a-apple.",
    "an Ébène, a émeute, an ñame, a ǎpple, an ſtep.",
    "Ａ apple, ａn apple; 1a apple, a1 apple; x.a apple.",
    "It was an absolutely\u00a0debacle.",
    "It was a completely\u2003fiasco.",
    "It was a totally\u3000fiasco.",
    "It was an ABSOLUTELY debacle, an Absolutely debacle, a completely-fiasco and a wholly\x1cfiasco.",
    "The province announced too\u00a0Increased fines.",
    "The move\u3000For residents.",
    "The caféª For residents.",
    "The café For residents.",
    "Naïve Will, the move\x1cFor residents; an ǅemand for.",
    "They TRIED\u00a0TO sharing it.",
    "She Decided\nTo sharing it.",
    "They plan\u2003to gradual the pace.",
    "He won’t see\u212a to sharing it.",
    "He won’t ſeek to sharing it, and retried to sharing; they tried\x1cto sharing it.",
    "Details are limited AND\u00a0IS under investigation.",
    "The minister was angry And\nwere not alone.",
    "Details are limited and\u2003is under review, and iſ not.",
    "Among the late entries,are the strongest ones.",
    "The new rules,\u00a0were announced on Monday.",
    "The new rules ,\nwere announced; the new rules, Were announced.",
    "THE minister\u00a0have resigned.",
    "Whoever he is, The investigation\nare continuing, police said.",
    "The café have closed, and the caféª were shut; the Minister have gone.",
    "Lawyers argued DURING\u00a0OF hearings; the bank has  decide to keep it.",
    "The ministry published their\nthe figures, and the minister should\u2003to decide.",
    "He read a\tthe report to\u00a0went home; iTs a report, ıts the report, ſuch because.",
    "THE announce of rules.",
    "An\u00a0announce OF it.",
    "tHe announce\nOf it.",
    "A complete\u2003of it.",
    "The announce\x1cof it.",
    "The announce oF it.",
    "The fund paid a complete ,and more.",
    "The fund paid the announce;then more.",
    "The fund paid the complete:then more.",
    "The fund paid a complete.Then more.",
    "The fund paid the announce\u00a0, then more.",
    "The fund paid the complete\x1c. Then more.",
    "The fund paid ä complete of it, the announce’s of it, the ‘announce’ of it, theannounce of it, a com-plete of.",
    "Ａ complete of it, the\u212a of it, the ſtop of, the éstablish of, the announcé of, the ǅemand of, the ª of.",
    "The award went to «Caporal\u2013chef Luc Gagné and (Bgén.\u00a0Paul Prévost), and to [cplc. Ann Roy.",
    "Major\u00a0General Peter Dawe signed it; Lieutenant\u2011Colonel Sarah Dunn and “Sergeant Lisa Kent” did not.",
    "It was signed by Major–General Peter Dawe, by MAJOR GENERAL Peter Dawe and by Vice\tAdmiral Jane Roy.",
    "(Mister Legault) said no; “Madame Joly” left, and Madam\u00a0Joly, and MISTER Legault, and Mister-Legault.",
    "It was approved by MAJ.\u2013GEN. Dany Roy, by lt.\u2010col. Ann Lee and by ConSt. Jane Roy on Friday.",
    "It was approved by Conﬆ. Jane Roy, by ſgt. Ann Lee, by \u212aing Roy and by Mﬆ. Joly on Friday.",
    "The plan went to “maj.-gen.” Dany Roy; [DR. Anne Lee] and «prof. Anne Lee» spoke, and Gen.\u2014Maj. Roy.",
    "It was led by Lt.\u2013Neck. Marie Tremblay and by Brig.\u2014Gene.\u00a0Jean Leblanc, then Lt.\u2011Gem.\tFrances Allen.",
    "The briefing was led by (Mj. Kevin Sharpe, and by «Cpt.\u3000Jane Roy; then, Mj.\u2003Kevin Sharpe and ‘Mj. Kevin Sharpe.",
    "It was led by Ĺt.-Neck. Marie Tremblay, by ªMj. Kevin Sharpe, by Mj.\u200bKevin Sharpe and — Mj. Kevin Sharpe.",
    "Lt.-Neck. Marie Tremblay spoke. Mj. Kevin Sharpe spoke; Ɛt.-Neck. Jean Roy, Brig.-Gene. Jean Leblanc and Mj.-. Kevin Sharpe.",
    "Poﬆed 2021-03-04",
    "SHARE\u2003THIS ARTICLE",
    "READ\x1fMORE",
    "— Related   stories —",
    "«Listen to this article»",
    "Watch\u00a0video.",
    "ﬆory continues below",
    "Updated\tMarch 3, 2021 | Print",
    "Trending now:",
    "Share this article with your MP, the campaign urged.",
)


def _everywhere(rule, doc: Document, data: dict, options: dict) -> set[tuple[int, int, str]]:
    """The rule's findings when it is handed every paragraph, on document offsets."""
    ctx = RuleContext(doc, rule.meta, options, data, {"notes": []})
    found = set()
    for par in doc.paragraphs:
        for raw in rule.func(par, ctx):
            found.add((*par.span_to_doc(raw.start, raw.end), raw.message))
    return found


@pytest.fixture(scope="module")
def text() -> str:
    from benchmarks.speed import SEED

    examples = [e.text for r in registry.all_rules() for e in r.examples]
    return "\n\n".join([*examples, *EDGES, SEED.read_text(encoding="utf-8")])


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("rule_id", RULES)
def test_triggers_never_hide_a_finding(rule_id: str, backend: str, text: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    rule = registry.get(rule_id)
    assert rule.meta.triggers
    packs = PackSet()
    data = {pid: packs.compiled(pid) for pid in rule.meta.packs}
    doc = Document(text)
    # the rule's default options, then each true-or-false option turned the other way (a style
    # such as cp turns one on, and the triggers must serve what it reads too)
    defaults = dict(rule.meta.option_defaults)
    variants = [defaults] + [{**defaults, name: not value} for name, value in defaults.items() if isinstance(value, bool)]
    for options in variants:
        everywhere = _everywhere(rule, doc, data, options)
        checker = Checker(select=[rule_id], preview=True, languagetool="off", rule_options={rule_id: options})
        found, ran, _skipped, _ = checker.findings(doc)
        assert ran == [rule_id]
        triggered = {(f.span.start, f.span.end, f.message) for f in found}
        if options is defaults:
            assert everywhere, "the texts hold nothing the rule finds: the test would prove nothing"
        assert triggered == everywhere, options


def test_garbled_triggers_take_in_every_whitespace_the_chunks_are_split_on(every_character: str) -> None:
    """The garbled abbreviation's patterns read the gap before the name as `\\s` (Rust's and `regex`'s
    White_Space), the separator `title_slots` splits chunks on: the two agree on every character."""
    import regex

    spaces = [c for c in every_character if regex.match(r"\s", c)]
    assert "\u3000" in spaces and "\u00a0" in spaces
    assert all(c.isspace() for c in spaces)


def test_expanding_folds_are_every_character_whose_folding_is_longer(every_character: str) -> None:
    from mtqa.scan import EXPANDING_FOLDS

    assert EXPANDING_FOLDS == "".join(c for c in every_character if len(c.casefold()) > 1)


@pytest.mark.parametrize(("form", "word"), [("Major General", "Major"), ("Lt.-Col.", "Lt."), ("Caporal-chef", "Caporal"),
                                            ("Mme", "Mme"), ("Captain (N)", "Captain"), ("-Col.", "")])
def test_first_word_stops_at_a_space_or_hyphen(form: str, word: str) -> None:
    from mtqa.rules.titles.pack import first_word

    assert first_word(form) == word


@pytest.fixture(scope="module")
def every_character() -> str:
    import sys

    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize(("name", "prop"), [("LETTER", r"\p{L}"), ("UPPER", r"\p{Lu}"), ("LOWER", r"\p{Ll}"),
                                            ("NUMBER", r"\p{N}"), ("DIGIT", r"\d")])
def test_superset_classes_hold_every_character_of_their_property(name: str, prop: str, every_character: str) -> None:
    import regex

    from mtqa import scan

    wanted = set(regex.findall(prop, every_character))
    held = set(regex.findall(f"[{getattr(scan, name)}]", every_character))
    assert len(wanted) > 100
    assert wanted <= held, sorted(wanted - held)[:10]
    assert {c for c in held if c.isascii()} == {c for c in wanted if c.isascii()}  # as selective on English copy
    assert not held & set("\u2018\u2019\u201c\u201d\u2013\u2014«»")  # quotation marks and dashes stay out


def test_only_ascii_letters_lowercase_to_an_article_or_of(every_character: str) -> None:
    """article-before-verb's trigger spells its words with ASCII letters of either case: a token
    whose lowercase is "a", "an", "the" or "of" has no other character."""
    letters = set("antheof")
    assert {c for c in every_character if c.lower() in letters} == letters | {c.upper() for c in letters}
