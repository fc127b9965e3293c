"""The `quotes` pack (rules/quotes.toml) compiled once per Checker: the locales that put
punctuation inside the marks, the preferred style, and the speech verbs, titles, name particles
and elisions the state machine reads (attribution reads them too).
"""

from __future__ import annotations


import msgspec

from mtqa.packs import pack_compiler

class QuotesPack(msgspec.Struct):
    inside_locales: frozenset[str]
    preferred: str
    speech_verbs: frozenset[str]
    titles: frozenset[str]
    particles: frozenset[str]
    elisions: frozenset[str]


@pack_compiler(
    "quotes",
    {
        "conventions": {"punctuation_inside_locales": [str], "preferred_style": str},
        "vocabulary": {"speech_verbs": [str], "attribution_titles": [str], "name_particles": [str], "elisions": [str]},
    },
)
def compile_pack(pack: dict) -> QuotesPack:
    conv = pack.get("conventions", {})
    raw = {**conv, **pack.get("vocabulary", {})}
    if raw.get("preferred_style", "curly") not in ("curly", "straight"):
        from mtqa.errors import PackError

        raise PackError(pack.get("_files", ["quotes.toml"])[-1], "conventions.preferred_style: expected 'curly' or 'straight'")
    return QuotesPack(
        inside_locales=frozenset(raw.get("punctuation_inside_locales", ())),
        preferred=raw.get("preferred_style", "curly"),
        speech_verbs=frozenset(v.casefold() for v in raw.get("speech_verbs", ())),
        titles=frozenset(t.rstrip(".") for t in raw.get("attribution_titles", ())),
        particles=frozenset(raw.get("name_particles", ())),
        elisions=frozenset(e.casefold() for e in raw.get("elisions", ())),
    )
