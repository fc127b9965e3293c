"""Repetition: words and phrases that translation duplicated.

Engines that translate clause by clause, or that merge two candidate translations, leave
the same word or phrase twice in a row ("in Canada in Canada") or the same modifier on
both halves of a compound ("Canadian-led NATO-led"). Legitimate repeats are kept quiet:
"that that", "had had", reduplicated names (Walla Walla, Baden-Baden), and a word that
ends one sentence and starts the next.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from mtqa import lexicon, tagging
from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import Option, RawFinding, RuleContext, Scope, rule
from mtqa.scan import LETTER, NUMBER, Chars, Pattern, Phrases, Repeated
from mtqa.segment import Paragraph, split_sentences, word_spans
from mtqa.text.case import headline_runs_in, title_case
from mtqa.text.tokens import folded_tokens


# Words English legitimately doubles ("that that", "had had", "is is" is not among them).
ALLOWED_DOUBLES = frozenset({"that", "had", "do", "is", "bye", "no", "far", "knock", "ha", "boo", "chop", "tut",
                             "dum", "hush", "pooh", "yada", "la", "bla", "blah", "ah", "oh", "yeah", "so"})


@rule(
    "repetition/doubled-word",
    triggers=(Repeated("same token twice"),),
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    options={"allow": Option([str], (), "words or two-word runs that may be doubled (\"Walla Walla\")")},
)
def doubled_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same word twice in a row, or across a comma where no emphasis is meant (“Tanglin, Tanglin”).

    ## Why it matters
    A doubled word is the commonest trace of a translation engine merging two
    candidate outputs; readers notice it at once.

    ## Examples
    bad:  The minister said the[[ the->]] mission would continue.
    bad:  They met on[[ on->]] Tuesday in Ottawa.
    good: The minister said the mission would continue.
    good: He said that that was the plan.
    good: She had had enough of the delays.
    good: The team flew to Walla Walla on Monday.
    bad:  The vote is now set for Tuesday[[ Tuesday->]] in the capital.
    bad:  A spokesperson for the Minister[[ Minister->]] declined to comment.
    bad:  Crowds lined the streets of Ottawa[[ Ottawa->]] for the parade.
    good: Tourists crowd the lagoons of Bora Bora each winter, and the spa of Baden-Baden each spring.
    good: Parole was denied to Sirhan Sirhan, while Duran Duran filled the arena.
    good: Storm Warning Issued For Tuesday Tuesday brings heavy rain to the coast.
    good: The scent of ylang ylang filled the room.
    good: She became the first First Nations woman to lead the band, and a new New Democrat MP won.
    bad:  The talks resumed in[[ In->]] Ottawa on Monday.
    bad:  Officials from the first[[ first->]] Nations council met.
    good: Talks ended in Iraq. Iraq later asked troops to leave.
    bad:  She lives in Tanglin[[, Tanglin->]], a village near the coast.
    bad:  The plan favours centralization[[, centralization->]] and new rules.
    bad:  The reply was brief[[, brief->]].
    good: It was a very, very long day and a terrible, terrible tragedy, she said many, many times.
    good: The motto was location, location, location; the bells went ding, ding, ding.
    good: “No, no,” he said. Really, really. Slowly, slowly the boat moved.

    A rare word twice in a row (below Zipf 2.5 in the word list, when the optional extra
    mtqa[words] is there) is taken for a reduplicated term, not a merge. A capitalised word
    twice is taken for a reduplicated name when it is rare on its own (below Zipf 3.75:
    "Walla", "Bora", "Duran"), and for page furniture in a title-case headline or across a line
    break; a common one ("Tuesday", "Minister") is a merge. Names built of common words
    ("Sing Sing", "Tom Tom") still fire: list them in the option `allow`.

    ## Fix safety
    Safe: the second copy and the space before it are removed; nothing else changes. Across a
    comma, unsafe: a repetition may be meant.
    """
    allow = {a.casefold() for a in ctx.options["allow"]}
    text = par.text
    spans = word_spans(par)
    low = ctx.analysis(folded_tokens, par)
    for k in [k for k in range(1, len(low)) if low[k] == low[k - 1]]:  # the few equal neighbours
        (s1, e1), (s2, e2) = spans[k - 1], spans[k]
        w1, w2 = text[s1:e1], text[s2:e2]
        if not w1.isalpha():
            continue
        gap = text[e1:s2]
        if gap == ", " and _repeated_across_comma(text, s1, e1, s2, e2):
            yield ctx.finding(
                par, e1, e2, f"Word repeated across a comma: “{w2}”",
                fix=Fix.unsafe("Remove the repeated word", edits=(Edit(e1, e2, ""),)),
                suggestions=("",),
            )
            continue
        if gap not in (" ", "  ", "\n") and not (gap.isspace() and "\n\n" not in gap):
            continue  # punctuation between them: "Iraq. Iraq", "no, no"
        low = w1.casefold()
        if low in ALLOWED_DOUBLES or low in allow or f"{w1} {w2}".casefold() in allow:
            continue
        if w1[0].isupper() and w2[0].isupper() and s1 > 0 and _reduplicated_name(par, ctx, w1, gap, s2):
            continue  # Walla Walla, Bora Bora, a headline's last word opening its deck
        if _word_then_name_from_it(text, w1, w2, e2):
            continue  # "the first First Nations chief": a word, then a name that starts with it
        if _reduplicated_term(low):
            continue
        yield ctx.finding(
            par, e1, e2, f"Word repeated: “{w2}”",
            fix=Fix.safe("Remove the repeated word", edits=(Edit(e1, e2, ""),)),
            suggestions=("",),
        )


# How common a capitalised word may be on its own and still be half of a reduplicated name:
# "Walla" (Zipf 2.9), "Bora" (3.1), "Duran" (3.1), "Baden" (3.5) are rare on their own;
# what an engine doubles is a common word ("Tuesday" 4.6, "Minister" 5.0, "Ottawa" 4.0).
NAME_PART_ZIPF = 3.75


def _reduplicated_name(par: Paragraph, ctx: RuleContext, w1: str, gap: str, s2: int) -> bool:
    """Whether a capitalised word written twice is a name or page furniture, not a merge.

    Quiet: a word in capitals (an acronym, a line in capitals), a headline in title case or
    one running into its teaser, a word that ends a line and opens the next (a headline and its
    deck), a word rare on its own (below NAME_PART_ZIPF: reduplicated names are made of such
    words), and any pair when the optional word list is missing (nothing to tell them apart).
    A common word twice in mid-sentence ("on Tuesday Tuesday", "the Minister Minister said")
    is what engines double, and is flagged."""
    if w1.isupper() or "\n" in gap:
        return True
    if ctx.analysis(title_case, par) or headline_runs_in(par.text, s2):
        return True
    lex = lexicon.english()
    return lex is None or lex.zipf(w1.casefold()) < NAME_PART_ZIPF


_NAME_GOES_ON = lazy(r"[ \u00a0]+\p{Lu}\p{Ll}")


def _word_then_name_from_it(text: str, w1: str, w2: str, e2: int) -> bool:
    """Whether a lower-case content word is followed by a capitalised name that begins with the
    same word ("the first First Nations chief", "a new New Democrat MP"): the capital and the
    capitalised word after it show a name, which a merged engine output does not make. A
    function word ("in In Ottawa") is still a merge."""
    return (w1[0].islower() and w2[0].isupper() and w1.casefold() not in _FUNCTION_WORDS
            and _NAME_GOES_ON.match(text, e2) is not None)


# Endings of nouns, which English does not repeat for emphasis as it does a modifier
# ("very, very", "many, many times", "terrible, terrible tragedy").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship")


def _repeated_across_comma(text: str, s1: int, e1: int, s2: int, e2: int) -> bool:
    """Whether a word written twice across a comma ("Tanglin, Tanglin, Hope Village") is a
    slip: a name in mid-sentence, a noun, or any word of four letters or more that ends its
    clause (a modifier repeated for emphasis goes on to what it modifies). A word said three
    times ("location, location, location") and an adverb are emphasis."""
    w = text[s1:e1]
    if len(w) < 4 or w.casefold().endswith("ly"):
        return False
    low = w.casefold()
    before = text[max(0, s1 - len(w) - 2):s1].casefold()
    after = text[e2:e2 + len(w) + 2].casefold()
    if before == f"{low}, " or after == f", {low}":
        return False  # said three times
    if w[0].isupper() and s1 > 0 and _mark_before(text, s1) not in ".!?\"“”:":
        return True  # a name in mid-sentence
    if low.endswith(_NOUN_ENDINGS):
        return True
    return e2 == len(text) or text[e2] in ",.;:!?)"


def _mark_before(text: str, i: int) -> str:
    """The last character before offset i that is not white space ("" when none): read back over
    the white space only (copying the paragraph up to i for each pair, as `text[:i].rstrip()`
    did, made a long line of "Abcd, Abcd" pairs quadratic)."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k else ""


def _reduplicated_term(word: str) -> bool:
    """A rare word written twice is a reduplicated term of its own ("ylang ylang", "mahi mahi" as
    a plant or a fish): engines double the common words they merge ("the the", "on on"). Without
    the word list (the optional extra) nothing is taken for one."""
    lex = lexicon.english()
    return lex is not None and word.isalpha() and lex.zipf(word) < lexicon.COMMON_ZIPF


_HITS_BEFORE_LOOKUP = 64  # a paragraph's hits past which its words are looked up, not bisected for


@rule("repetition/doubled-phrase", category="Accuracy/Addition", severity=Severity.MAJOR, fix=FixAvailability.ALWAYS,
      triggers=(Repeated("token again within four", within=4),))
def doubled_phrase(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A phrase of two to four words repeated immediately.

    ## Why it matters
    Phrase-level duplication ("in Canada in Canada") shows the engine translated a
    segment twice; it reads as a glitch, not as emphasis.

    ## Examples
    bad:  Research in Canada[[ in Canada->]] is funded by the state.
    bad:  She said the plan was[[ the plan was->]] sound.
    good: Research in Canada is funded by the state.
    good: He kept saying over and over and over again that it was fine.
    good: Gala Night At The Harbour Hall The Harbour Hall opened its doors on Friday.
    bad:  Tickets for the Harbour Hall[[ the Harbour Hall->]] sold out on Friday.
    bad:  The motion passed in the House[[ in the House in the House->]] on Monday.
    good: The motion passed in the House on Monday, in the Senate in the spring.
    good: Volunteers went door to door to collect signatures for the petition.
    good: Crews worked day to day to keep the highway open.
    bad:  The council voted to[[ voted to->]] approve the plan.
    bad:  Officers went to the door[[ to the door->]] to speak with him.

    A listing page glues a headline in title case to its teaser, which opens with the
    headline's last words (``mtqa.text.case.headline_runs_in``): that is page furniture, not a
    phrase the engine doubled.

    A singular noun, "to" and the noun again is English's way of saying "one after another"
    ("door to door", "day to day"); followed by an infinitive or a destination's "to", it reads
    as "door to" twice (``_reduplicated_noun``). A verb ("voted to voted to"), a name or a
    longer phrase repeated is still found.

    ## Fix safety
    Safe: the second copy of the phrase is removed.
    """
    text = par.text
    spans = word_spans(par)
    folded = ctx.analysis(folded_tokens, par)
    after = 0
    for i in _repeat_starts(spans, folded, list(ctx.hits(par))):
        if i < after:
            continue
        hit = _repeat_size(text, spans, folded, i)
        if not hit:
            continue
        if headline_runs_in(text, spans[i + hit][0]):
            after = i + 2 * hit
            continue  # a title-case headline's last words, then its teaser opening with them: furniture
        # "in Canada in Canada in Canada in Canada": the phrase is two words, not four
        hit = _shortest_period(folded[i : i + hit])
        copies = _copies(text, spans, folded, i, hit)
        if copies == 2 and hit == 2 and _reduplicated_noun(text[spans[i][0] : spans[i][1]], folded[i + 1]):
            after = i + 2 * hit
            continue  # "door to door to collect": the idiom "door to door", then an infinitive's "to"
        start, end = spans[i + hit - 1][1], spans[i + copies * hit - 1][1]
        phrase = text[spans[i][0] : spans[i + hit - 1][1]]
        yield ctx.finding(
            par, start, end, f"Phrase repeated: “{phrase}”" + (f" ({copies} times)" if copies > 2 else ""),
            fix=Fix.safe("Remove the repeated phrase", edits=(Edit(start, end, ""),)),
            suggestions=("",),
        )
        after = i + copies * hit


def _reduplicated_noun(word: str, second: str) -> bool:
    """Whether "<word> to" doubled is the idiom "<word> to <word>" before another "to": `word` a
    lowercase singular noun with no verb-only reading ("door", "day", "face"), `second` "to".
    Names and verbs ("voted to voted to") stay doubled phrases."""
    if second != "to" or not word.isalpha() or not word.islower():
        return False
    tg = tagging.tagger()
    return tg is not None and "NOUN" in tg.readings(word) and tg.has_distinct_plural(word)


def _repeat_starts(spans: list, folded: list, hits: list) -> list[int]:
    """The words at which a repeat of two to four words may start, in order.

    A repeat of `size` words starting at word i needs word i again at i + size: only those
    starts are tried. The trigger's hits are those pairs of equal tokens (and more): each runs
    from token i's start to token j's end. A hit starts where a word starts and ends where one
    ends: found by a look-up, else by the bisection that finds any offset (a tuple bisection per
    hit was half the rule's time on a pasted run of short words, "x-x-x-…", stop 47)."""
    starts = set()
    many = len(hits) > _HITS_BEFORE_LOOKUP
    word_at = {s: k for k, (s, _) in enumerate(spans)} if many else {}
    word_ending = {e: k for k, (_, e) in enumerate(spans)} if many else {}
    for pair in hits:
        i = word_at.get(pair.start)
        if i is None:
            i = bisect_left(spans, (pair.start,))
        j = word_ending.get(pair.end)
        if j is None:
            j = bisect_left(spans, (pair.end,)) - 1
        if 2 <= j - i <= 4 and folded[i] == folded[j]:
            starts.add(i)
    return sorted(starts)


def _repeat_size(text: str, spans: list, folded: list, i: int) -> int:
    """The longest phrase of four, three or two words at word i that the next words repeat,
    each word of both copies after a single space, of at least two different words and not
    starting or ending with "and"/"or"; 0 when there is none."""
    n = len(spans)
    for size in (4, 3, 2):
        j = i + size
        if j + size > n or folded[i] != folded[j] or folded[i : i + size] != folded[j : j + size]:
            continue
        # Only single spaces may separate the words of both copies ("in Canada in Canada").
        if all(text[spans[k][1] : spans[k + 1][0]] == " " for k in range(i, j + size - 1)):
            words = folded[i : i + size]
            if len(set(words)) > 1 and words[0] not in ("and", "or") and words[-1] not in ("and", "or"):
                return size
    return 0


def _shortest_period(words: list) -> int:
    """The length of the shortest phrase that `words` is copies of ("in Canada in Canada" is
    "in Canada" twice: 2; a phrase that is no copies of a shorter one: its own length). A
    repeat found at its longest is reported as its shortest phrase, so that all the copies go
    in one finding. Only lengths dividing the phrase's: "in the in" doubled is no "in the" run."""
    n = len(words)
    for p in range(1, n):
        if n % p == 0 and words == words[:p] * (n // p):
            return p
    return n


def _copies(text: str, spans: list, folded: list, i: int, size: int) -> int:
    """How many copies of the `size` words at word i follow each other (two or more, as
    `doubled_phrase` found), each after a single space. All but the first go in one finding:
    one copy of each pair removed a pass halved a phrase pasted hundreds of times, and `--fix`
    stopped at its last pass with copies left, which a second run then removed."""
    words = folded[i : i + size]
    n = len(spans)
    copies = 2
    while True:
        j = i + copies * size
        if j + size > n or folded[j : j + size] != words or text[spans[j - 1][1] : spans[j][0]] != " ":
            return copies
        if any(text[spans[k][1] : spans[k + 1][0]] != " " for k in range(j, j + size - 1)):
            return copies
        copies += 1


# "X and X" that English uses for emphasis or duration: comparatives ("bigger and bigger",
# "more and more") are recognised by form; these adverbs and particles by name.
_INTENSIFIERS = frozenset(
    """again over through by round around on up down out in off back forth so such neck far and or on
    ever never""".split()
)
_COMPARATIVES = frozenset("more less fewer better worse further farther".split())
# Tried where a run of spaces starts, and the run taken whole: tried from each space of a long
# run, each try read the run to its end (17,000 pasted spaces: 24 s; stop 47's fuzz). The same
# matches: the leftmost match of a run starts at its first space either way.
_CONJUNCTION = lazy(r"(?<![ \u00a0])[ \u00a0]++(?:and|or|AND|OR|And|Or)[ \u00a0]+")
_WORD_BEFORE = lazy(r"(?<![\p{L}\-’'])\p{L}[\p{L}’'\-]*$")
_WORD_AFTER = lazy(r"\p{L}[\p{L}’'\-]*(?![\p{L}\-’'])")
# A plural noun of time or quantity doubled for emphasis: "hours and hours", "miles and miles".
_EMPHATIC_PLURALS = frozenset(
    """years months weeks days hours minutes miles pages rows piles tons lots hundreds thousands millions
    billions dozens ages times""".split()
)


# "X and X": the same token on both sides of the conjunction (two tokens apart), or a word the
# token test cannot see whole: one holding an apostrophe or hyphen, glued to a digit, or cut
# by the rule's 40-character look-back (then the word after "and" has 40 letters; the trigger
# asks for 40 characters that are not spaces, a superset that Rust's regex compiles in ~1 ms
# where forty copies of \p{L} took ~20 ms of every Checker()).
_COORDINATED_TRIGGERS = (
    Repeated("token again two on", within=2),
    Pattern("word the tokens split", rf"[’'\-{NUMBER}][{LETTER}]*[ \u00a0]+(?:and|or|AND|OR|And|Or)[ \u00a0]"),
    Pattern("word the tokens split after", rf"(?:and|or|AND|OR|And|Or)[ \u00a0]+(?:[{LETTER}]+[{NUMBER}]|[^ \t\n\u00a0]{{40}})"),
    # "the Government and the Government": the same noun, each with its article (three tokens apart)
    Pattern("article pair", r"[Tt]he[ \u00a0]+\p{L}+[ \u00a0]+(?:and|or)[ \u00a0]+the[ \u00a0]"),
)
# "the Government and the Government": two source nouns (Spanish Gobierno and Catalan Govern)
# given one English word, each keeping its article; a name cannot follow "the" twice so.
_ARTICLE_PAIR = lazy(
    r"\b[Tt]he[ \u00a0]+(\p{L}[\p{L}’'\-]*)[ \u00a0]+(?:and|or)[ \u00a0]+the[ \u00a0]+(\p{L}[\p{L}’'\-]*)(?![\p{L}\-’'])"
)


@rule(
    "repetition/coordinated-same-word",
    triggers=_COORDINATED_TRIGGERS,
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
)
def coordinated_same_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same word on both sides of "and" or "or" (``firm and firm``): two source words got one translation.

    ## Why it matters
    French pairs near-synonyms ("ferme et résolu"); an engine that knows one English word
    for both prints it twice. The second word of the pair is lost and the phrase reads as
    nonsense. Emphatic doubles English uses ("more and more", "again and again",
    "bigger and bigger", "hours and hours") are not reported.

    ## Examples
    bad:  The minister was [[firm and firm]] on the deadline.
    bad:  Workers who are [[tired or tired]] should rest.
    bad:  It was a [[difficult and difficult]] year; staff were [[trained or trained]] again.
    good: The threat is real and real families are hurt; the price is low and low bids win.
    bad:  Funding talks between [[the Government and the Government]] dragged on for months.
    good: The minister was firm and resolute on the deadline.
    good: Prices rose more and more; she said it again and again, over and over.
    good: The queue grew bigger and bigger, and talks went on and on for hours and hours.
    good: He is a Liberal through and through; by and by they left.
    good: There were masses and masses of people, and rows and rows of tents.
    good: Johnson and Johnson and Procter & Gamble reported results.
    good: Watch how inflation and inflation expectations respond, and how wages and wage demands move.
    good: Talks between the Government and the Government of Quebec, and the government and the government’s critics.
    good: The more and the merrier; the ups and the downs.
    good: Voters hear it time and time again; the mayor said it day and day again.
    bad:  The plan was [[clear and clear]] again to the board.
    """
    text = par.text
    if " and " not in text and " or " not in text:
        return
    yield from _article_pairs(par, ctx)
    for c in _CONJUNCTION.finditer(text):
        m1 = _WORD_BEFORE.search(text, max(0, c.start() - 40), c.start())
        m2 = _WORD_AFTER.match(text, c.end())
        if m1 is None or m2 is None:
            continue
        w1, w2 = m1.group(), m2.group()
        low = w1.casefold()
        conjunction = c.group().strip()
        if low != w2.casefold() or _emphatic_double(low, conjunction):
            continue
        if w1[:1].isupper() and w2[:1].isupper():
            continue  # names: Johnson and Johnson, Marks and Marks
        if _pair_goes_on(text, m1.start(), m2.end(), low, conjunction):
            continue
        yield ctx.finding(par, m1.start(), m2.end(), f"The same word on both sides of “{conjunction}”")


def _emphatic_double(low: str, conjunction: str) -> bool:
    """Whether a word doubled around the conjunction is a double English writes for emphasis:
    "more and more", "again and again", "masses and masses", "bigger and bigger"."""
    if low in _INTENSIFIERS or low in _COMPARATIVES or low in _EMPHATIC_PLURALS:
        return True
    if conjunction == "and" and low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return True  # plurals doubled for emphasis: "masses and masses", "rows and rows"
    return low.endswith("er") and len(low) > 4 or low.endswith("ier")  # comparatives by form: bigger and bigger


def _pair_goes_on(text: str, start: int, end: int, low: str, conjunction: str) -> bool:
    """Whether the word after the pair at start..end makes it no doubled word: "again" after a
    noun repeated for emphasis ("time and time again"), or a word that shares the second out as
    a modifier or opens a new phrase with it ("inflation and inflation expectations")."""
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    # the object or preposition and its space end at `start`: read only the few characters they can
    # take (searched from the paragraph's start, each "X and X again" cost the whole paragraph so far,
    # and a pasted run of them went quadratic: 64k characters took minutes)
    if nxt.group(1) == "again" and conjunction == "and" and _NOUN_BEFORE_PAIR.search(text, max(0, start - 6), start):
        return True  # a noun repeated for emphasis: "time and time again", "day and day again"
    # a modifier shared out ("inflation and inflation expectations"), or a new phrase ("is real and real people")
    return nxt.group(1) not in _FUNCTION_WORDS and _not_one_phrase(text, start, low, nxt.group(1))


# What stands before an emphatic noun pair ("heard it time and time again", "said it day and day
# again"): a verb's object or a preposition, never an article or a copula ("is clear and clear again").
_NOUN_BEFORE_PAIR = lazy(r"(?:\b(?:it|them|this|that|so|over|of|for)|[,;:]|^)[ \u00a0]$")

# A determiner just before the first word: "a difficult and difficult year" is one noun phrase, where
# "change is real and real people" starts a second one after "and".
_DETERMINER_BEFORE = lazy(r"(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ss]uch)[ \u00a0]$")


def _not_one_phrase(text: str, start: int, word: str, nxt: str) -> bool:
    """Whether "X and X <nxt>" is no doubled word: X shared out as a noun modifier ("inflation
    and inflation expectations": a noun, and no adjective, before a word that can be a noun), or
    the second X opening a new noun phrase ("change is real and real people": no determiner
    before the first). An adjective or a verb doubled inside one phrase ("a difficult and
    difficult year", "a firm and firm answer", "trained or trained again") is."""
    tg = tagging.tagger()
    if tg is None:
        return True
    first, after = tg.readings(word), tg.readings(nxt)
    if not first or not after or ("NOUN" in first and "ADJ" not in first and "NOUN" in after):
        return True
    # the determiner and its space end at `start`: read only the few characters they can take
    return "NOUN" in after and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start)


def _article_pairs(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"the X and the X": the same noun twice, each with its own article, nothing after it that
    tells the two apart ("of Quebec", "’s critics")."""
    text = par.text
    for m in _ARTICLE_PAIR.finditer(text):
        low = m.group(1).casefold()
        if low != m.group(2).casefold() or low in _INTENSIFIERS or low in _COMPARATIVES:
            continue
        if _DISTINGUISHED.match(text, m.end()):
            continue
        yield ctx.finding(par, m.start(), m.end(), "The same noun on both sides of “and”")


# What tells two same nouns apart after the second: "of Quebec", "’s critics", "in Ottawa", a name.
_DISTINGUISHED = lazy(r"(?:[’']s?\b|[ \u00a0]+(?:of|in|at|for|from|on|\p{Lu}))")
_NEXT_WORD = lazy(r"[ \u00a0]+(\p{Ll}[\p{L}’'\-]*)")
_FUNCTION_WORDS = frozenset(
    """the a an of to in on at by for from with as and or but is are was were be been that which who when while
    than then so if it its this these those he she they we his her their our on about after before into over
    under since until said says should would could will can may must might have has had do does did not""".split()
)
_GLOSS = lazy(r"\(([^()\n]{1,80})\)")


@rule(
    "repetition/echo-gloss",
    triggers=(Chars("bracket", "("),),
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def echo_gloss(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A bracketed gloss that repeats the words just before it: ``the minister (the minister)``.

    ## Why it matters
    Source copy often glosses a term in brackets (a French name with its English form, a
    name with its acronym). Translated, both halves can come out the same, and the
    bracket repeats what the reader just read.

    ## Examples
    bad:  The motion was backed by the Minister of Health[[ (Minister of Health)->]] on Monday.
    bad:  Officials at the school board[[ (school board)->]] declined to comment.
    good: The motion was backed by the Minister of Health (Quebec) on Monday.
    good: The Coalition Avenir Québec (CAQ) won; the Bloc Québécois (BQ) lost.
    good: He said no (no!) and left; the rate rose (rose, she stressed) again.

    ## Fix safety
    Safe: the bracket and the space before it are removed; the words before it stay.
    """
    text = par.text
    if "(" not in text:
        return
    for m in _GLOSS.finditer(text):
        inner = " ".join(m.group(1).split())
        words = inner.split(" ")
        if not any(c.isalpha() for c in inner):
            continue
        before = text[max(0, m.start() - len(inner) - 40):m.start()].rstrip()
        prev = before.split()[-len(words):] if len(before.split()) >= len(words) else []
        if [w.casefold() for w in prev] != [w.casefold() for w in words]:
            continue
        if len(words) == 1 and len(inner) < 4:
            continue  # "no (no!)", short interjections
        start = m.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        yield ctx.finding(
            par, start, m.end(), f"Bracketed gloss repeats the words before it: “{inner}”",
            fix=Fix.safe("Remove the repeated gloss", edits=(Edit(start, m.end(), ""),)), suggestions=("",),
        )


_SENTENCE_MIN_WORDS = 6


@rule(
    "repetition/repeated-sentence",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
)
def repeated_sentence(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence printed twice in one paragraph, or a paragraph of body copy printed twice.

    ## Why it matters
    Engines that are sent a segment twice translate it twice, and scrapers duplicate
    paragraphs; the second copy says nothing new and shows the copy was not edited.
    Web pages legitimately repeat some text (a deck that is also the lede, a caption shown
    under a photo and in its enlargement), so between paragraphs only body copy counts: a
    paragraph of two or more sentences that ends like a sentence.

    ## Examples
    bad:  Troops left on Monday. The base was closed after the attack on the convoy. [[The base was closed after the attack on the convoy.]]
    bad:  The minister will travel to Brussels. She will meet her counterparts there.\\n\\nShe left.\\n\\n[[The minister will travel to Brussels. She will meet her counterparts there.]]
    good: The minister will travel to Brussels next week for talks.\\n\\nShe will travel to Rome next week for talks.
    good: The premier dodged questions as the legislature resumed on Tuesday.\\n\\nThe premier dodged questions as the legislature resumed on Tuesday.
    good: The premier speaks in Toronto. The Daily Planet photograph by Jane Doe\\n\\nThe premier speaks in Toronto. The Daily Planet photograph by Jane Doe
    good: He declined to comment. Then she declined to comment. He declined to comment.
    good: The premier dodged questions as the legislature resumed.\\nThe premier dodged questions as the legislature resumed.

    ## Fix safety
    Unsafe: the second copy is deleted; an editor checks that the repeat was not meant.
    """
    seen_pars: set[str] = set()
    for par in doc.paragraphs:
        sentences = par.sentences
        if len(sentences) < 2:
            continue  # neither body copy printed twice (two sentences or more) nor a sentence printed twice in it
        text = par.text.strip()
        if text[-1:] in ".!?”\"":
            words = text.casefold().split()
            key = " ".join(words) if len(words) >= _SENTENCE_MIN_WORDS else None
        else:
            key = None
        if key is not None:
            if key in seen_pars:
                s0 = len(par.text) - len(par.text.lstrip())
                yield ctx.finding(
                    par, s0, s0 + len(text), "Paragraph printed twice in the document",
                    fix=Fix.unsafe("Delete the second copy", replacement=""),
                )
                continue
            seen_pars.add(key)
        seen: set[str] = set()
        first: dict[str, int] = {}
        for sent in sentences:
            words = sent.text.split()
            if len(words) < _SENTENCE_MIN_WORDS:
                continue
            if "\n" in sent.text.strip():  # the sentence's text is its stretch of the paragraph
                continue
            skey = " ".join(words).casefold()
            if skey in seen and "\n" not in par.text[first[skey]:sent.start]:
                yield ctx.finding(
                    par, sent.start, sent.start + len(sent.text.rstrip()), "Sentence printed twice in one paragraph",
                    fix=Fix.unsafe("Delete the second copy", replacement=""),
                )
            elif skey not in seen:
                seen.add(skey)
                first[skey] = sent.start


_HEAD_TOKEN = lazy(r"\p{L}[\p{L}\p{N}\-]*|\p{N}+")
_HEADLINE_WINDOW = 3  # how many lines apart two copies of a headline may stand
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MIN_WORDS = 4
_SIMILAR = 0.5


# A line that introduces a video or audio player; the player's title repeats it legitimately:
# it opens on one of these words or ends on a colon. Two patterns, not one alternation: the
# alternation, ignoring case, was tried at every character of the line (~100 ns each).
_PLAYER_OPENER = lazy(r"^\s*(?:watch|listen|click|play|video)\b", regex.IGNORECASE)
_COLON_END = lazy(r":\s*$")


def player_intro(line: str) -> bool:
    """Whether `line` introduces a player (``^\\s*(?:watch|listen|click|play|video)\\b|:\\s*$``,
    ignoring case): the opener is matched at the start only, and the colon looked for only in
    a line that holds one."""
    return _PLAYER_OPENER.match(line) is not None or (":" in line and _COLON_END.search(line) is not None)


_CUT_OFF = lazy(r"(?:^\s*\d{9,}\s)|\b(?:of|the|to|in|for|a|an|and|with|on|at|by|from)\s*$", regex.IGNORECASE)


def _truncated(line: str) -> bool:
    """A headline copy cut off mid-phrase ("… in the Court of") or glued to a time stamp."""
    return _CUT_OFF.search(line) is not None


def _stem(word: str) -> str:
    w = word.casefold()
    for suffix, repl in (("ies", "y"), ("s", ""), ("ed", ""), ("ing", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + repl
    return w


def _headline_like(line: str) -> list[str] | None:
    """The stemmed words of a line that reads as a headline or caption (short, no sentence inside), or None."""
    body = line.strip()
    if not body or body[-1] in ".!?" or len(body) > 250 or len(split_sentences(body)) > 1:
        return None
    words = _HEAD_TOKEN.findall(body, concurrent=False)
    if not (_HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS):
        return None
    if sum(1 for w in words if w[0].islower()) < 2:
        return None  # a name, a byline or a section label
    return [_stem(w) for w in words]


@rule(
    "repetition/repeated-headline",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
)
def repeated_headline(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A headline or caption printed twice, word for word or in a second translation, a few lines apart.

    ## Why it matters
    A page carries its headline more than once (the title, the social-media title, an
    image's alt text). Translated one by one, the copies come out worded differently, and
    both land in the copy: ``Session report: the opposition is firing on the government``
    then ``Session report: the opposition shoots at the government``. Two short lines
    within three lines of each other, neither a sentence, sharing at least half their
    words, are reported at the second copy (at the first when it is cut off mid-phrase); a
    line with exactly the words of an earlier one is reported wherever it stands.

    ## Examples
    bad:  Opposition parties attack the government on health\\n\\n[[Opposition parties are attacking the government over health]]\\n\\nThe session ended on Friday.
    bad:  [[Secularism law goes before the Court of]]\\n\\nSecularism law: the case goes before the Court of Appeal
    bad:  Minister defends the health reform\\n\\nThe minister spoke.\\n\\nShe left.\\n\\nThey met.\\n\\nIt rained.\\n\\n[[Minister defends the health reform]]
    bad:  Quebec solidaire co-spokesperson, Jane Roy\\n\\nFile photo\\n\\n[[Quebec solidaire co-spokesperson, Jane Roy]]
    good: Opposition parties attack the government on health\\n\\nThe opposition attacked the government on health on Friday.
    good: Prime Minister Mark Doe\\n\\nPrime Minister Mark Doe
    good: Ottawa to cut rates on loans\\n\\nBanks raise rates as inflation stays high
    good: WATCH | Members celebrate as the bill is voted on Tuesday:\\n\\nMembers celebrate as the bill is voted on and adopted
    good: Show the video captions\\nHide the video captions
    good: Enlarge photo gallery view\\nReduce photo gallery view
    bad:  Quebec orders two evacuations\\n\\n[[Quebec ordered two evacuations]]
    good: Rodeo days\\nReprinted from the July 1951 issue of Range Life\\nA rider recalls his first rodeo.\\nReprinted from the April 1952 issue of Range Life
    bad:  Rodeo days\\nReprinted from the July 1951 issue of Range Life\\nA rider recalls his first rodeo.\\n[[Reprinted from the July 1951 issue of the Range Life]]
    bad:  [[1700000000 Bill 12 debate moves to the top court]]\\n\\nBill 12: debate moves to the top court

    Two lines each with a date or figure the other lacks are two items of a list (each reprint's
    issue, each game's score): a second translation keeps the first one's figures. So are two
    bulleted lines that differ (a charge list's offences); the same item given twice is still found.

    A list of other stories, each headline printed twice in a row (its link and its picture's
    title, then its deck: a section page's cards), is page furniture the scraper took in, on
    clean pages as on translated ones, not a second translation: two cards or more so printed
    make each of their copies a minor finding, as a furniture line is, so that a page's story
    list does not cost a major finding per story. A headline printed twice once is still major.

    bad:  Mayor opens the new arena downtown\\n\\n[[Mayor opens the new arena downtown]]\\n\\nThe rink seats 4,000.\\nFerry fares rise again in the spring\\n\\n[[Ferry fares rise again in the spring]]\\n\\nThe increase is the third in two years.

    good: The man was charged with:\\n\\n• Theft of a motor vehicle from a car dealer\\n\\n• Theft of a licence plate from a car dealer
    bad:  The man was charged with:\\n\\n• Theft of a motor vehicle from a car dealer\\n\\n[[• Theft of a motor vehicle from a car dealer]]
    bad:  The man was charged with theft of a motor vehicle from a dealer\\n\\n[[• Man charged with theft of a motor vehicle from a dealer]]

    ## Fix safety
    Unsafe: the second copy is deleted; an editor keeps the better-worded one.
    """
    layout = ctx.analysis(line_roles)
    recent: list[tuple] = []
    seen_exact: dict[frozenset, tuple] = {}  # the same words anywhere in the story
    cards = _story_card_lines(doc)
    index = 0
    for par, start, line in _nonblank_lines(doc):
        index += 1
        words = _headline_like(line)
        if words is None:
            continue
        if player_intro(line):
            _remember(recent, (index, words, True, (par, start, line)))
            continue
        exact = frozenset(w for w in words if not w.isdigit())
        copy = _copy_of_earlier(layout, recent, seen_exact.get(exact), index, set(words), (par, start, line))
        if copy is not None:
            fpar, fstart, fline, what = copy
            s0 = fstart + len(fline) - len(fline.lstrip())
            in_story_list = (id(fpar), fstart) in cards
            yield ctx.finding(
                fpar, s0, fstart + len(fline.rstrip()),
                _STORY_LIST_COPY if in_story_list else what,
                fix=Fix.unsafe("Delete this copy", replacement=""),
                severity=Severity.MINOR if in_story_list else None,
            )
        recent.append((index, words, False, (par, start, line)))  # not a player's: see above
        seen_exact.setdefault(exact, recent[-1])
        if len(recent) > _HEADLINE_WINDOW:
            del recent[0]  # only the last few lines can pair with the next one


_STORY_LIST_COPY = "Headline printed twice in a list of other stories (page furniture)"
_STORY_LIST_MIN_CARDS = 2  # one headline printed twice is a copy; two cards so printed, a story list


def _story_card_lines(doc) -> frozenset[tuple[int, int]]:
    """(id of its paragraph, offset) of each line of a story list's cards: headline-like lines
    printed twice in a row, word for word (a card's link and its picture's title), where the
    document holds two such cards or more; empty otherwise."""
    lines = list(_nonblank_lines(doc))
    pairs = [(a, b) for a, b in zip(lines, lines[1:])
             if a[2].strip() == b[2].strip() and _headline_like(a[2]) is not None]
    if len(pairs) < _STORY_LIST_MIN_CARDS:
        return frozenset()
    return frozenset((id(par), start) for pair in pairs for par, start, _line in pair)


def _nonblank_lines(doc) -> Iterator[tuple]:
    """(paragraph, offset in it, line) of each line of the document with some text."""
    for par in doc.paragraphs:
        pos = 0
        for line in par.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if line.strip():
                yield par, start, line


def _remember(recent: list[tuple], entry: tuple) -> None:
    """Keep `entry` among the last few headline-like lines (the window the next one pairs with)."""
    recent.append(entry)
    if len(recent) > _HEADLINE_WINDOW:
        del recent[0]


def _copy_of_earlier(layout, recent: list[tuple], far: tuple | None, index: int, mine: set,
                     here: tuple) -> tuple | None:
    """The copy to report when the line `here` (the `index`-th, its stemmed words `mine`)
    repeats a recent headline-like line, or `far`, one with exactly its words however far
    back: (paragraph, offset, line, message); None when it repeats none, or is a caption shown
    with its photo and again as alt text."""
    par, start, line = here
    candidates = [(e, False) for e in recent]
    if far is not None and index - far[0] > _HEADLINE_WINDOW:
        candidates.append((far, True))  # the same words, however far back
    for (where, other, player, (opar, ostart, oline)), anywhere in candidates:
        if player or (index - where > _HEADLINE_WINDOW and not anywhere):
            continue
        theirs = set(other)
        if _dated_apart(mine, theirs):
            continue  # "from the July 1953 issue" / "from the April 1953 issue": two items, not one twice
        if mine != theirs and _bulleted(line) and _bulleted(oline):
            continue  # "• Theft under $5,000" / "• Theft of a vehicle": two items of one list, each its own
        if len(mine & theirs) >= _SIMILAR * len(mine | theirs) and not _control_pair(line, oline):
            if _layout_repeats(layout, par, start, line) and _layout_repeats(layout, opar, ostart, oline):
                return None  # a caption shown with its photo and again as alt text or enlarged
            if _truncated(oline) and not anywhere:  # report the cut-off copy, keep the whole one
                return opar, ostart, oline, "Cut-off copy of a headline printed again below"
            return par, start, line, "Headline or caption printed twice"
    return None


def _layout_repeats(layout, par, start: int, line: str) -> bool:
    """Whether the page's layout shows this line more than once by design (a caption, alt text)."""
    return layout.role(par, start + len(line) - len(line.lstrip())) in _LAYOUT_REPEATS


# A list item's mark at the start of its line: a bullet, a middle dot or a dash.
_BULLET = lazy(r"^[ \t]*[•·▪◦‣*\-–—][ \t]")


def _bulleted(line: str) -> bool:
    """Whether `line` is an item of a bulleted list (``· Theft under $5,000``): a list's items share
    words by design (a charge list's offences), where a headline printed twice is no list."""
    return _BULLET.match(line) is not None


# Month names that are no other word (May and March are verbs too).
_MONTHS = frozenset("january february april june july august september october november december".split())


def _dates_and_figures(words: set[str]) -> set[str]:
    return {w for w in words if w.isdigit() or w in _MONTHS}


def _dated_apart(mine: set[str], theirs: set[str]) -> bool:
    """Whether each of two lines carries a date or a figure the other lacks: a translation keeps a
    headline's figures, so two lines that differ in them are two items of a list (each
    reprint's issue, each game's score), not one headline printed twice. A copy that only adds
    one (a time stamp glued to it: "1667833049 Bill 21 …") is still the same headline."""
    a, b = _dates_and_figures(mine), _dates_and_figures(theirs)
    return bool(a - b) and bool(b - a)


_CONTROL_MAX_WORDS = 4


def _control_pair(line: str, other: str) -> bool:
    """Whether two short lines are a page's paired controls: they differ only in their first
    word, and the rest is lowercase words (``Increase font size`` under ``Decrease font
    size``, ``Show captions`` under ``Hide captions``), not a headline's names."""
    mine, theirs = line.split(), other.split()
    return (2 <= len(mine) == len(theirs) <= _CONTROL_MAX_WORDS and mine[1:] == theirs[1:]
            and mine[0].casefold() != theirs[0].casefold() and all(w.islower() for w in mine[1:]))


_LAYOUT_REPEATS = frozenset({LayoutRole.CAPTION, LayoutRole.CREDIT})  # lines a page prints twice by design


# A repeat the writer marks as a restatement: "— that is, …", "in other words", "i.e.".
_RESTATEMENT = lazy(r"[—–]|\b(?:that is|in other words|i\.e\.|namely|or rather)\b", regex.IGNORECASE)
_SHINGLE = 7  # words in a row that must come back for a phrase to count as repeated
_STOP = frozenset(
    """the a an of to in on at by for from with as and or but is are was were be been that which who it its this
    he she they we his her their our i you not said says""".split()
)


@rule(
    "repetition/repeated-phrase",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
)
def repeated_phrase(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A phrase of seven words or more said twice in one sentence: ``he was really proud of the commitments … he was really proud of the commitments``.

    ## Why it matters
    Round-trip translation and spinners restate a clause they have already used, so one
    sentence says the same thing twice in the same words. Only repeats inside one sentence
    count: across sentences, web pages repeat a deck in the lede. (A sentence repeated whole
    is ``repetition/repeated-sentence``; words repeated side by side are ``doubled-phrase``.)

    ## Examples
    bad:  He said he was proud of the deal he signed with the party, saying [[he was proud of the deal he signed]] last year.
    good: He said he was proud of the deal he signed with the party last year.
    good: The Liberal Party of Canada and the Conservative Party of Canada both voted against the bill in the House of Commons.
    good: He declined to comment. Then she declined to comment, and he declined to comment again.
    good: Police are leading the investigation into the crash. Police are leading the investigation, officials said.
    good: If you squeeze the sun into a ball the size of a city — that is, squeeze a star into a ball the size of a city, you get a black hole.
    good: Crime fell 17 per cent in the city in 2021, police say\\nCrime fell 17 per cent in the city in 2021, police say
    good: “We have the right to manage our forests, we have the right to manage our rivers,” he said.
    good: We will build the roads in the north; we will build the roads in the south and the west.
    bad:  He said we have the right to manage our forests, saying [[we have the right to manage our forests]].
    good: Lakeview town clerk accused of moving festival funds to a private account https://example.ca/40217/lakeview-town-clerk-accused-of-moving-festival-funds-to-a-private-account/
    good: Watch this video: 'Morning briefing for the Annapolis Valley, June 9' Morning briefing for the Annapolis Valley, June 9
    bad:  Watch as he says he will stand by the workers of the mill, saying [[he will stand by the workers of the mill]].
    good: Ana Ruiz had 14 kills and four digs (two in the third set), while Mia Cole added four digs (two in the third set).
    bad:  The mayor said 12 workers lost their jobs at the plant, saying [[12 workers lost their jobs at the plant]].

    Parallel clauses that open the same way (anaphora, a speaker's device: the repeat, a few
    words of its own, a comma or semicolon, the repeat again) are not a restatement. A line
    that introduces a video player (``player_intro``) prints the video's title in its link and
    again after it (``Click to play video: 'The title' The title``): the page's player, not a
    restatement (its line is furniture, which the boilerplate rules report). A tally that opens on
    a figure and comes back after another name ("… four digs (two in the third set), while Mia Cole
    added four digs (two in the third set)") is a box score in prose: the same figures of two players.
    """
    text = par.text
    spans = word_spans(par)
    n = len(spans)
    if n < 2 * _SHINGLE:
        return
    words = ctx.analysis(folded_tokens, par)  # the casefolded text of each span
    if no_run_comes_back(words, _SHINGLE):
        return  # most paragraphs
    first: dict[tuple[str, ...], int] = {}
    j = 0
    while j + _SHINGLE <= n:
        key = tuple(words[j:j + _SHINGLE])
        i = first.get(key)
        if i is None or j < i + _SHINGLE:
            first.setdefault(key, j)
            j += 1
            continue
        end = j + _SHINGLE
        while end < n and i + (end - j) < j and words[i + (end - j)] == words[end]:
            end += 1
        run = words[j:end]
        between = text[spans[i][0]:spans[j][0]]
        continuation = text[spans[i + len(run) - 1][1]:spans[j][0]]
        if sum(1 for w in run if w not in _STOP) >= 3 and "\n" not in between \
                and not _RESTATEMENT.search(between) and not _PARALLEL.match(continuation) \
                and not _in_address(text, spans[j][0]) and _same_sentence(par, spans[i][0], spans[j][0]) \
                and not _player_title(text, spans[i][0]) and not _tally_of_two(run, continuation):
            yield ctx.finding(par, spans[j][0], spans[end - 1][1], "Phrase said twice in one sentence")
        j = end


# A figure or a number word: what a tally opens on ("four digs", "22 points").
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty hundred".split()
)
# A capitalised word (a name) in the words between a phrase and its return.
_NAME_BETWEEN = lazy(r"(?<![.!?]\s)(?<!^)\b\p{Lu}\p{Ll}+")


def _tally_of_two(run: list[str], between: str) -> bool:
    """Whether a repeated run is one tally given to two people: it opens on a figure or a number
    word ("four digs (two in the third set)") and a name stands between its two
    occurrences ("…, while Mia Cole added four digs (…)"). A box score written out in prose says
    the same figures of different players; a restatement says one thing of one subject twice."""
    return (run[0].isdigit() or run[0] in _NUMBER_WORDS) and _NAME_BETWEEN.search(between) is not None


def no_run_comes_back(words: list[str], size: int) -> bool:
    """Whether no run of `size` words occurs twice in `words` (tuples and sets, at C speed).

    A run that comes back brings back its first and last words, `size - 1` apart: the pairs of
    such words are tried first (cheaper than the runs, and in most paragraphs none repeats)."""
    count = len(words) - size + 1
    if count <= 1 or len(set(zip(words, words[size - 1:]))) == count:
        return True
    return len(set(zip(*(words[k:] for k in range(size))))) == count


# What stands between the two openings of parallel clauses: a few words that complete the first,
# then a comma, semicolon or dash (and perhaps "and", "or", "but") right before the second.
_PARALLEL = lazy(r"[ \u00a0]+[^,;:.!?—–\n]{1,60}(?:[,;—–]|[ \u00a0]-)[ \u00a0]*(?:(?:and|or|but|nor)[ \u00a0]+)?$")


_TITLE_OPENS = lazy(r"[:|][ \u00a0]*['\"‘“]$")  # "Click to play video: 'The title' The title"


def _player_title(text: str, i: int) -> bool:
    """Whether offset i opens the quoted title of a line that introduces a video player: the
    player prints the title in its link and again after it."""
    end = text.find("\n", i)
    line_start = text.rfind("\n", 0, i) + 1
    return _TITLE_OPENS.search(text[line_start:i]) is not None \
        and player_intro(text[line_start:end if end >= 0 else len(text)])


def _in_address(text: str, i: int) -> bool:
    """Whether offset i falls in a web address (a page's slug repeats its headline)."""
    start = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
    return "/" in text[start:i]


def _same_sentence(par: Paragraph, a: int, b: int) -> bool:
    """Whether offsets a and b of the paragraph fall in one sentence (across sentences, pages repeat decks)."""
    for s in par.sentences:
        if s.start <= a < s.end:
            return b < s.end
    return False


# An adverb of addition before "added", the speech verb that already says it: "He further added
# that …", "Trudeau also added that …" (Portuguese "acrescentou ainda", Arabic "وأضاف أيضا", a
# spinner's "additionally"). Only where "added" reports speech (before "that", a comma, a colon or
# a quotation mark): "also added two goals" and "added to the list" count things, not words.
_ADDED_AGAIN = lazy(
    r"\b(?P<adverb>further|also|additionally)[ \u00a0]+(?P<verb>added|adding)\b"
    r"(?=[ \u00a0]+that\b|[ \u00a0]*[,:“\"])"
)


@rule(
    "repetition/redundant-addition",
    triggers=(Phrases("adverb before added", ("further added", "also added", "additionally added",
                                              "further adding", "also adding", "additionally adding"),
                      boundary="letters"),),
    category="Fluency/Style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def redundant_addition(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“further added”, “also added that”: an adverb of addition before the verb that already says it.

    ## Why it matters
    "Added" reports a further remark; an engine that renders Portuguese *acrescentou ainda* or
    Arabic *وأضاف أيضا* word for word, or a paraphrase tool, says it twice. Editors cut the adverb.

    ## Examples
    bad:  The mayor [[further added->added]] that the bridge would reopen in May.
    bad:  She [[also added->added]], “We are not done.”
    good: The mayor added that the bridge would reopen in May.
    good: The forward also added two assists, and the city also added 40 buses to the fleet.
    good: Officials further said the bridge would reopen; the court also heard that the plan changed.

    ## Fix safety
    Safe: the adverb and the space after it are removed.
    """
    text = par.text
    for m in _ADDED_AGAIN.finditer(text):
        verb = m.group("verb")
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group('adverb')}” repeats what “{verb}” says",
                          fix=Fix.safe(f"Write “{verb}”", replacement=verb), suggestions=(verb,))
