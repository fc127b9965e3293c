"""Encoding damage: text that went through the wrong codec or a half-done HTML export.

Copy scraped from a web page, pasted from a CMS or pushed through a translation engine
often carries the machinery of the page with it: HTML entities that were never decoded
(``&amp;``, ``&#8217;``), entities the engine split with spaces (``it & #8217; s``), UTF-8
bytes read as Windows-1252 (``Ã©`` for é, ``â€™`` for ’), the replacement character, and
tags or shortcodes (``<p>``, ``[caption …]``) left in plain text. A reader sees garbage;
an editor may not, because the damage is a few characters wide.

Mojibake is recognised by a test, not a list: a run of characters that could be the
Windows-1252 reading of UTF-8 bytes is encoded back to those bytes and decoded as UTF-8;
only when that succeeds and gives letters or punctuation is the run reported, with the
repaired text as its fix.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Chars, Pattern
from mtqa.segment import Paragraph
from mtqa.text.scripts import any_of, beyond_ascii, member_test

# ---- entities ----------------------------------------------------------------------------

# An entity with at least one space inside it: "& amp;", "&# 39;", "& #8217 ;", "&amp ;".
_SPACED_ENTITY = lazy(
    r"&(?P<s1>[ \t\u00a0]{0,3})(?P<hash>#)?(?P<s2>[ \t\u00a0]{0,3})"
    r"(?P<name>(?(hash)(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7})|[A-Za-z][A-Za-z0-9]{1,30}))(?P<s3>[ \t\u00a0]{0,3});"
)
_ENTITY = lazy(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,30});")
# Entities that stand for an apostrophe or a quotation mark: split ones usually ate the
# spaces around them too ("it & #8217; s" is "it’s").
_APOSTROPHES = frozenset("'’‘")


def _decode_entity(raw: str) -> str | None:
    """The character an entity stands for, or None when it is not a known entity. (`html` is
    imported here: its table of entities costs ~1 ms to load, and most copy holds none.)"""
    import html
    from html.entities import html5

    body = raw[1:-1]
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
        except ValueError:
            return None
        if code in (0, 0xFFFD) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return html.unescape(raw)
    return html5.get(body + ";")


@rule(
    "encoding/broken-entity",
    triggers=(Chars("ampersand", "&"),),
    category="Fluency/Character encoding",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
)
def broken_entity(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An HTML entity split by spaces (``& amp;``, ``it & #8217; s``), printed as debris.

    ## Why it matters
    Translation engines tokenise ``&#8217;`` as punctuation and a number, and put spaces
    inside it; the page then shows the pieces instead of the character. The reader sees
    ``Johnson & amp; Johnson`` or ``the premier & #8217; s office``.

    ## Examples
    bad:  The deal between Smith [[& amp;->&]] Wesson closed on Monday.
    bad:  The premier[[ & #8217; ->’]]s office declined to comment.
    bad:  He called it [[&# 39;->']]a first step&#39; on Monday.
    bad:  The R [[&amp ;->&]] D budget grew.
    good: The deal between Smith & Wesson closed on Monday.
    good: Profits & losses; both were reported.
    good: The premier's office declined to comment.
    good: Tickets cost $5 & up; children go free.

    ## Fix safety
    Safe: the entity is replaced by the character it stands for (an apostrophe or quote
    also takes the spaces the split left around it); nothing else changes.
    """
    text = par.text
    if "&" not in text:
        return
    for m in _SPACED_ENTITY.finditer(text):
        if not (m.group("s1") or m.group("s2") or m.group("s3")):
            continue  # a whole entity: undecoded-entity reports it
        raw = "&" + (m.group("hash") or "") + m.group("name") + ";"
        char = _decode_entity(raw)
        if char is None:
            continue
        start, end = m.start(), m.end()
        if char in _APOSTROPHES and start > 0 and text[start - 1] == " " and text[end:end + 1] == " " \
                and text[start - 2:start - 1].isalpha() and text[end + 1:end + 2].isalpha():
            start, end = start - 1, end + 1  # "premier & #8217; s" → "premier’s"
        yield ctx.finding(
            par, start, end, f"HTML entity broken by spaces: “{m.group(0)}” stands for “{char}”",
            fix=Fix.safe(f"Write {char}", replacement=char),
        )


@rule(
    "encoding/undecoded-entity",
    triggers=(Chars("ampersand", "&"),),
    category="Fluency/Character encoding",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def undecoded_entity(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An HTML entity left undecoded in plain text (``&amp;``, ``&#8217;``, ``&quot;``).

    ## Why it matters
    In a plain-text story an entity is not markup: it is printed as it stands
    (``Smith &amp; Wesson``, ``the premier&#8217;s office``). It shows the copy was taken
    from a page's source and never cleaned. (In HTML and Markdown input entities are
    markup, decoded before the rules run, so this rule never sees them there.)

    ## Examples
    bad:  The deal between Smith [[&amp;->&]] Wesson closed on Monday.
    bad:  The premier[[&#8217;->’]]s office declined to comment.
    bad:  He called it [[&quot;->"]]a first step[[&quot;->"]] on Monday.
    good: The deal between Smith & Wesson closed on Monday.
    good: The R&D budget grew; AT&T; was not involved.
    good: See https://example.com/?a=1&b=2 for the list.

    ## Fix safety
    Safe: the entity is replaced by the character it stands for.
    """
    text = par.text
    if "&" not in text or ctx.doc.format != "plain":
        return
    for m in _ENTITY.finditer(text):
        char = _decode_entity(m.group())
        if char is None:
            continue
        yield ctx.finding(
            par, m.start(), m.end(), f"Undecoded HTML entity “{m.group()}” (stands for “{char}”)",
            fix=Fix.safe(f"Write {char}", replacement=char),
        )


# ---- mojibake ----------------------------------------------------------------------------

# Windows-1252 characters of the bytes 0x80–0xBF (UTF-8 continuation bytes), plus the
# C1 controls Latin-1 gives the five bytes Windows-1252 leaves undefined.
_CONT = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d\u00a0-\u00bf"
# Lead bytes 0xC2–0xF4 read as Windows-1252 / Latin-1: Â … ô.
_LEAD = "\u00c2-\u00f4"
_MOJIBAKE = lazy(rf"(?:[{_LEAD}][{_CONT}]{{1,3}})+")
# What a repaired run may contain: letters, marks, punctuation, symbols and spaces that
# news copy uses. Anything else (IPA, box drawing, CJK from a lucky byte sequence) means
# the run was real text ("CAFÉ”" is É and ”, not mojibake).
_PLAUSIBLE = lazy(r"[\u00a0-\u024f\u0300-\u036f\u2000-\u206f\u20a0-\u20bf\u2100-\u215f\u2190-\u21ff"
                           r"\u2212\u2713\u2714\u2717\u25cf\u25a0\u2022\U0001F300-\U0001FAFF\u2600-\u27bf]+")
_DOUBLE = lazy(rf"[{_LEAD}][{_CONT}]")
# "Â" before a plain space: the no-break space of "Â\u00a0" was later turned into a space.
_LONE_A_CIRC = lazy(r"(?<![\p{Lu}])Â(?= |$)")


def _to_bytes(s: str) -> bytes | None:
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) < 256:
                out.append(ord(c))  # an undefined cp1252 byte kept as its Latin-1 control
            else:
                return None
    return bytes(out)


def repair(run: str) -> str | None:
    """The text a mojibake run stood for, or None when the run is not mojibake.

    Undoes up to three rounds of UTF-8-read-as-Windows-1252 ("Ã¢â‚¬â„¢" → "â€™" → "’"),
    then tries the DOS and Mac code pages ("Fran├žois" is UTF-8 read as code page 852), and
    last the other direction: an East Asian codec's punctuation read as Latin-1 ("¡°" → "“"),
    when only one codec reads the run as punctuation.
    """
    fixed = run
    for _ in range(3):
        data = _to_bytes(fixed)
        if data is None:
            break
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            break
        if decoded == fixed:
            break
        fixed = decoded
        if not _DOUBLE.search(fixed):
            break
    if fixed != run and _PLAUSIBLE.fullmatch(fixed):
        return fixed
    for codec in _OTHER_CODECS:
        try:
            decoded = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if decoded != run and not decoded.isascii() and _PLAUSIBLE.fullmatch(decoded):
            return decoded
    readings = east_asian_readings(run) if _EAST_ASIAN_RUN.fullmatch(run) else ()
    return readings[0] if len(readings) == 1 else None


# ---- East Asian punctuation read as Latin-1 ----------------------------------------------
# Korean, Chinese and Japanese pages encode their quotation marks, middle dot, ellipsis and
# dashes as two bytes in the codec's first row (lead byte 0xA1; 0x81 in Shift_JIS). Read as
# Latin-1 or Windows-1252 the pair becomes "¡" and a second Latin-1 sign: "¡°" for “, "¡¯"
# for ’ (EUC-KR, GB2312/GBK), "¡§" for “ (Big5), "\x81g" for “ (Shift_JIS).
_EAST_ASIAN_CODECS = ("cp949", "gbk", "big5", "euc_jp", "cp932")
# What a run may decode to: the marks English copy uses, plus the source's own variants
# (katakana middle dot, horizontal bar, two-dot leader, ditto mark) that have no English twin.
_EAST_ASIAN_MARKS = frozenset("“”‘’·…—–") | frozenset("・―‥〃‐")
# Variants written as the English mark a reader expects; the fix gives those.
_AS_ENGLISH = str.maketrans({"・": "·", "―": "—", "‐": "-"})
# Only a Latin-1 sign (¤ … ¿) may follow "¡": "¡Vamos!" and "¡Éxito!" are Spanish, so the
# ASCII trail bytes of Big5's row 1 ("¡K" for …) and the letter ones of EUC-JP's ("¡È" for “)
# are left out. Shift_JIS's lead 0x81 is a C1 control in Latin-1 and never stands in real text.
_EAST_ASIAN_RUN = lazy(r"(?:¡[\u00a4-\u00bf]|\x81[EV\\\]c-h])+")


def east_asian_readings(run: str) -> tuple[str, ...]:
    """The punctuation a run of Latin-1 signs stood for, as each East Asian codec reads its bytes.

    Only readings made wholly of quotation marks, dots, ellipses and dashes count: a codec
    that turns the bytes into anything else (a letter, a symbol, a fullwidth colon) did not
    write them. Several readings mean the codec cannot be told from the run alone
    (``¡¦`` is … in EUC-KR and ’ in Big5). Returns the distinct readings, English marks first.
    """
    try:
        data = run.encode("latin-1")
    except UnicodeEncodeError:
        return ()
    readings: list[str] = []
    for codec in _EAST_ASIAN_CODECS:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if decoded and set(decoded) <= _EAST_ASIAN_MARKS:
            english = decoded.translate(_AS_ENGLISH)
            if english not in readings:
                readings.append(english)
    return tuple(readings)


def _read_twice_lost(run: str) -> bool:
    """Whether `run` is UTF-8 of the replacement character read as Windows-1252 ("ï¿½"): a
    letter lost once, then the mark of its loss garbled by a second wrong reading."""
    data = _to_bytes(run)
    if data is None:
        return False
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    rest = decoded.replace("\ufffd", "")
    return "\ufffd" in decoded and (not rest or _PLAUSIBLE.fullmatch(rest) is not None)


# Code pages whose reading of UTF-8 shows up in scraped copy, tried after Windows-1252.
_OTHER_CODECS = ("cp437", "cp850", "cp852", "mac_roman")
# A run of two or more non-ASCII characters: where the other code pages' mojibake hides.
_NON_ASCII_RUN = lazy(r"[^\x00-\x7f\s]{2,12}")


@rule(
    "encoding/mojibake",
    triggers=(Pattern("non-ASCII", r"[^\x00-\x7F]+"),),
    category="Fluency/Character encoding",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
)
def mojibake(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """UTF-8 text read with the wrong code page: ``Ã©`` for é, ``â€™`` for ’, ``├ž`` for ç.

    ## Why it matters
    When a page or a file is read with the wrong encoding, every accented letter and every
    curly quote turns into two or three odd characters (``QuÃ©bec``, ``the premierâ€™s``).
    Names become unreadable and the copy looks broken to every reader.

    ## Examples
    bad:  The Coalition Avenir Qu[[Ã©->é]]bec won 90 seats.
    bad:  The premier[[â€™->’]]s office said [[â€œ->“]]no[[â€->”]] on Monday.
    bad:  The fee is [[Â£->£]]40 a year.
    bad:  Montr[[Ã©->é]]al and the Sûreté du Québec were named.
    bad:  The vote is on Monday.[[Â->]] The polls open at 9.
    bad:  President Fran[[├ž->ç]]ois Paradis ruled on Wednesday.
    bad:  The economy minister, Fran[[ï¿½]]ois Roy, spoke in K[[ï¿½]]ln.
    good: The Coalition Avenir Québec won 90 seats.
    good: He said “CAFÉ” was painted on the sign.
    good: Sûreté du Québec officers met François Legault in Montréal.
    good: Prices rose 5¢ at the Café Olé «chez» Zoë.
    good: The œuvre — “créée” en 1999 — won; ±5 °C, ½ cup, “—” and ’’ marks.
    bad:  [[¡°->“]]We will keep working,[[¡±->”]] Korea[[¡¯->’]]s speaker said.
    bad:  The talks[[¡¦]] ended; Seoul[[¡¤->·]]Ottawa ties [[¡ª->—]] sixty years old [[¡ª->—]] grew.
    good: Fans shouted “¡Hola!” and “¡¿Qué pasa?”; ¡¡Gol!! ran the headline.
    good: ¡Vamos! ¡Éxito! ¡Llueve! It was 40° ¡y qué calor! said Ángel Núñez in Íñigo’s café.

    ## Fix safety
    Safe when the run decodes back to UTF-8: the fix is exactly the characters the bytes
    stood for; a lone ``Â`` before a space is deleted (the space is what it stood for). A lone ``â€`` whose third byte was lost is shown with its likely closing
    quotation mark but not fixed automatically. East Asian punctuation read as Latin-1
    (``¡°`` for “) is fixed when one codec alone reads it as punctuation; a run two codecs
    read differently (``¡¦``: … in EUC-KR, ’ in Big5), or a ditto mark, is shown but not fixed.

    ## Known issues
    Spanish that sets ``¡`` straight before a sign such as ``°``, ``±`` or ``ª`` would be read as
    East Asian punctuation; Spanish puts a letter, digit or ``¿`` after ``¡``, which never fire.
    EUC-JP's quotation marks (``¡È``, ``¡É``: a letter after ``¡``) are left unread for that reason.
    """
    text = par.text
    if text.isascii():
        return
    if "Â" in text:
        for m in _LONE_A_CIRC.finditer(text):
            yield ctx.finding(
                par, m.start(), m.end(), "Mojibake: “Â” is the first byte of a UTF-8 no-break space",
                fix=Fix.safe("Delete it", replacement=""),
            )
    # the runs reported, East Asian and UTF-8 apart, each in order and apart: starts and ends ascend
    east_starts: list[int] = []
    east_ends: list[int] = []
    yield from _east_asian_runs(par, ctx, east_starts, east_ends)
    if not ctx.analysis(beyond_ascii, par).adjacent:
        return  # every run below is two characters beyond ASCII or more, side by side
    covered_starts: list[int] = []
    covered_ends: list[int] = []
    for m in _MOJIBAKE.finditer(text, timeout=1.0):
        if _overlaps(east_starts, east_ends, m.start(), m.end()):
            continue
        run = m.group()
        fixed = repair(run)
        if fixed is None:
            if _read_twice_lost(run):
                yield ctx.finding(
                    par, m.start(), m.end(),
                    f"Mojibake: “{run}” is a replacement character (a lost letter) read as Windows-1252",
                    fix=Fix.display_only("Write the letter that was lost", replacement=""),
                )
                continue
            # "â€" at the end of a run: the 0x9D of ” was dropped (undefined in Windows-1252)
            if run.endswith("â€"):
                head = repair(run[:-2]) if len(run) > 2 else ""
                if head is not None:
                    yield ctx.finding(
                        par, m.start(), m.end(), f"Mojibake: “{run}” is UTF-8 read as Windows-1252",
                        fix=Fix.display_only("Write the character it stood for", replacement=head + "”"),
                    )
            continue
        covered_starts.append(m.start())
        covered_ends.append(m.end())
        yield ctx.finding(
            par, m.start(), m.end(), f"Mojibake: “{run}” is UTF-8 read as Windows-1252 (“{fixed}”)",
            fix=Fix.safe(f"Write {fixed}", replacement=fixed),
        )
    for m in _NON_ASCII_RUN.finditer(text):
        if _MOJIBAKE.search(m.group()) or any(_overlaps(starts, ends, m.start(), m.end()) for starts, ends
                                              in ((covered_starts, covered_ends), (east_starts, east_ends))):
            continue
        run = m.group()
        fixed = repair(run)
        if fixed is None:
            continue
        yield ctx.finding(
            par, m.start(), m.end(), f"Mojibake: “{run}” is UTF-8 read with the wrong code page (“{fixed}”)",
            fix=Fix.safe(f"Write {fixed}", replacement=fixed),
        )


def _east_asian_runs(par: Paragraph, ctx: RuleContext, starts: list[int], ends: list[int]) -> Iterator[RawFinding]:
    """The paragraph's East Asian punctuation read as Latin-1, each run's span added to `starts`
    and `ends` (in order) so that the UTF-8 readings after it leave it alone."""
    text = par.text
    if "¡" not in text and "\x81" not in text:
        return
    for m in _EAST_ASIAN_RUN.finditer(text):
        readings = east_asian_readings(m.group())
        if not readings:
            continue
        starts.append(m.start())
        ends.append(m.end())
        yield _east_asian_finding(par, ctx, m.start(), m.end(), readings)


def _east_asian_finding(par: Paragraph, ctx: RuleContext, start: int, end: int,
                        readings: tuple[str, ...]) -> RawFinding:
    run = par.text[start:end]
    shown = run.replace("\x81", "\\x81")
    if len(readings) == 1 and "〃" not in readings[0]:
        return ctx.finding(
            par, start, end,
            f"Mojibake: “{shown}” is East Asian punctuation read as Latin-1 (“{readings[0]}”)",
            fix=Fix.safe(f"Write {readings[0]}", replacement=readings[0]),
        )
    # several readings, or a ditto mark, which English copy has no use for: shown, not fixed
    options = " or ".join(f"“{r}”" for r in readings)
    return ctx.finding(
        par, start, end,
        f"Mojibake: “{shown}” is East Asian punctuation read as Latin-1 ({options}, by the page's codec)",
        fix=Fix.display_only("Write the mark the page's codec meant", replacement=readings[0]),
    )


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether start..end overlaps one of the spans (`starts` and `ends` ascending, the spans
    apart): only the last span that starts before `end` can. Testing every span for each run
    made a paragraph of mojibake quadratic (64k characters of it took 80 s)."""
    k = bisect_left(starts, end) - 1
    return k >= 0 and ends[k] > start


_LOST = lazy(r"\ufffd+|(?<!\?)\u2047+(?!\?)")


@rule(
    "encoding/replacement-character",
    triggers=(Chars("lost character", "\ufffd\u2047"),),
    category="Fluency/Character encoding",
    severity=Severity.MAJOR,
)
def replacement_character(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A placeholder for a lost character: the replacement character (�) or an engine's unknown-token mark (⁇).

    ## Why it matters
    A decoder that meets bytes it cannot read puts � in their place, and translation
    engines built on subword vocabularies print ⁇ for a character they have no token for
    (often a guillemet or a curly quote). The letter or mark that stood there is gone, and
    only the source can say what it was.

    ## Examples
    bad:  The premier[[�]]s office said Montr[[�]]al would pay.
    bad:  “That is our one demand. [[⁇]]\\n\\nHe left.
    good: The premier’s office said Montréal would pay.
    good: Really?? she asked. “Is this the only condition?” he replied.

    ## Known issues
    Chess notation writes a blunder as ⁇; a chess column would be flagged.
    """
    text = par.text
    if "\ufffd" not in text and "\u2047" not in text:
        return
    for m in _LOST.finditer(text):
        what = "the replacement character" if m.group()[0] == "\ufffd" else "a translation engine's unknown-token mark"
        yield ctx.finding(par, m.start(), m.end(), f"A character was lost: {what} stands in its place")


_WORD = lazy(r"[\p{L}\p{M}]+")
_NON_LATIN_LETTER = lazy(r"(?V1)[\p{L}--\p{Latin}]")
_non_latin_letter = member_test(_NON_LATIN_LETTER)


@rule(
    "encoding/mixed-script-word",
    triggers=(Pattern("non-ASCII", r"[^\x00-\x7F]+"),),
    category="Fluency/Character encoding",
    severity=Severity.MAJOR,
)
def mixed_script_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word that mixes Latin letters with letters of another script (``Franకోois``, ``Quеbec`` with a Cyrillic е).

    ## Why it matters
    An engine that cannot render a letter (ç, é) sometimes substitutes a token from
    another script, and copy passed through a homoglyph "spinner" swaps Latin letters for
    look-alikes. Either way the word is no longer the word: it breaks search, spelling and
    the reader's trust.

    ## Examples
    bad:  On Monday, [[Franకోois]] Legault spoke in Quebec City.
    bad:  The mayor of [[Quеbec]] City met the minister.
    good: On Monday, François Legault spoke in Quebec City.
    good: The dose was 5 μg, and the Greek letter π appeared beside Αθήνα and Москва.
    """
    text = par.text
    # such a letter is beyond ASCII: among the paragraph's characters there (found once)
    if text.isascii() or not any_of(ctx.analysis(beyond_ascii, par).characters, _non_latin_letter):
        return
    for m in _WORD.finditer(text):
        w = m.group()
        if w.isascii() or not any("a" <= c.lower() <= "z" for c in w):
            continue
        foreign = _NON_LATIN_LETTER.findall(w)
        if not foreign or (len(foreign) == 1 and "\u0370" <= foreign[0] <= "\u03ff" and w.startswith(foreign[0])):
            continue  # a Greek prefix symbol: μg, μm
        yield ctx.finding(par, m.start(), m.end(), f"Letters of two scripts in one word: “{w}”")


# ---- markup --------------------------------------------------------------------------------

_TAGS = (r"p|div|span|br|hr|a|em|strong|b|i|u|s|h[1-6]|li|ul|ol|img|figure|figcaption|blockquote|iframe|script"
         r"|style|table|tbody|thead|tr|td|th|sup|sub|section|article|header|footer|nav|aside|small|font|center"
         r"|picture|source|video|audio|noscript|button|form|input|label|meta|link|time|cite|q|abbr|mark|ins|del")
_SHORTCODES = r"caption|embed|gallery|video|audio|playlist|tweet|youtube|instagram|facebook|iframe|contact-form|vc_\w+"
_MARKUP = lazy(
    # a tag, also with the spaces a translation engine puts inside it: "<p>", "< / P >", "<br/>"
    rf"<[ \t]{{0,3}}/?[ \t]{{0,3}}(?:{_TAGS})(?![\p{{L}}\p{{N}}])"
    r"(?:[ \t]+[\w:\-]+[ \t]*=[ \t]*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s<>\"']{1,200})){0,20}"
    r"[ \t]{0,3}/?[ \t]{0,3}>"
    # the tail of a tag whose "<" was lost: "… the session. /p>"
    rf"|(?<![\p{{L}}\p{{N}}<])/[ \t]?(?:p|div|span|a|em|strong|li|ul|ol|h[1-6]|figure|figcaption|blockquote)[ \t]?>"
    rf"|\[/?(?:{_SHORTCODES})(?:\s[^\[\]\n]{{0,300}}?)?\]"
    # a CMS placeholder in snake_case ("[ad_1]", "[related_posts]"): prose never brackets one
    r"|\[[a-z][a-z0-9]*(?:_[a-z0-9]+)+\]"
    r"|<!--[^\n]{0,300}?-->"
    # a spinner's or a template's braces around words ("{that a}", "{rose|climbed}", "{city}"):
    # English prose never sets words in curly braces
    r"|\{[ ]?\p{L}[\p{L}\p{N} ,.’'\-]{0,60}(?:\|[\p{L}\p{N} ,.’'\-]{1,60})*\}",
    regex.IGNORECASE,
)


@rule(
    "encoding/stray-markup",
    triggers=(Chars("markup", "<[>{"),),
    category="Fluency/Character encoding",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def stray_markup(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An HTML tag or a CMS shortcode left in plain text (``<p>``, ``</div>``, ``<br/>``, ``[caption …]``), or a spinner's braces (``{rose|climbed}``).

    ## Why it matters
    In plain copy a tag is not markup but text: it is printed as it stands. It shows the
    story was exported from a page or CMS without being cleaned, and a translation engine
    may have translated the attributes inside it. Braces the source text carries too (a
    bilingual file's segment, ``--source``) are the source's placeholder, which the translation
    must keep: ``{count}`` in both sides passes.

    ## Examples
    bad:  [[<p>]]The minister spoke on Monday.[[</p>]]
    bad:  The minister spoke on Monday.[[<br/>]]She left for Brussels.
    bad:  [[[caption id="attachment_12" width="300"]->]]The minister.[[[/caption]->]]
    bad:  She spoke [[<em>]]twice[[</em>]] on Monday.
    bad:  The vote was held on Monday. [[< / P > < p >->]] the minister left.
    bad:  The session resumes in March. [[/p>->]]
    bad:  [[[ad_1]->]]\\nThe minister spoke on Monday.
    good: The minister spoke on Monday.
    good: The vote passed with x<y in two ridings and a margin of <5 per cent.
    good: He wrote [sic] and [inaudible] in the transcript.
    good: Fans chanted <blink> as a joke, he said.
    good: If a < b and b > c, he said, and/or p > 0.05 in the and/p study.
    bad:  The minister said [[{that a}->that a]] new law would follow; prices [[{rose|climbed}->rose]] again.
    bad:  Fares [[{rose|climbed}->rose]] [[{sharply|steeply}->sharply]] in the spring.
    bad:  The mayor of [[{{Ottawa}}->Ottawa]] spoke on Monday.
    good: The mayor of Ottawa spoke on Monday.
    good: The set {1, 2, 3} and the code {"id": 7} appear in the ruling :-{ he joked.

    ## Fix safety
    Unsafe: the tag is deleted; where it stood for a line or paragraph break an editor
    restores the break.
    """
    text = par.text
    if "<" not in text and "[" not in text and ">" not in text and "{" not in text:
        return
    if ctx.doc.format != "plain":
        return
    runs: list[list[int]] = []
    for m in _MARKUP.finditer(text, timeout=1.0):
        braces = m.group().startswith("{") or bool(runs and text[runs[-1][0]] == "{")
        if runs and not braces and not text[runs[-1][1]:m.start()].strip():
            runs[-1][1] = m.end()  # "</p> <p>": one finding for tags side by side (braces each keep their words)
        else:
            runs.append([m.start(), m.end()])
    source = ctx.doc.source or ""
    for start, end in runs:
        if text[start] == "{" and text[end - 1] == "}" and "}" not in text[start:end - 1]:
            kept = text[start + 1:end - 1].split("|")[0].strip()  # a spinner's braces: keep its first choice
            start, end = _nested_braces(text, start, end)
            if text[start:end] in source:
                continue  # the source's own placeholder ("{count}" in an XLIFF string), kept as it must be
            yield ctx.finding(
                par, start, end, f"A spinner's or template's braces left in the copy: “{_short(text[start:end])}”",
                fix=Fix.unsafe("Keep the words, drop the braces", edits=(Edit(start, end, kept),)), suggestions=(kept,),
            )
            continue
        yield ctx.finding(
            par, start, end, f"Markup left in plain text: “{_short(text[start:end])}”",
            fix=Fix.unsafe("Delete the markup", edits=(Edit(start, end, ""),)), suggestions=("",),
        )


def _nested_braces(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of braces around words with the pairs set around them too (``{{city}}``, a
    template's double braces): one edit keeps the words. The pattern finds the inner pair only,
    and its fix left the outer pair for the next pass (stop 47's fuzz: 200 nested pairs never
    settled in `--fix`'s ten passes)."""
    k = 0
    while start - k > 0 and end + k < len(text) and text[start - k - 1] == "{" and text[end + k] == "}":
        k += 1
    return start - k, end + k


def _short(s: str) -> str:
    return s if len(s) <= 40 else s[:37] + "…"
