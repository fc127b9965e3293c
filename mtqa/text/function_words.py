"""French and English function words: what tells a run of words' language apart, read by the source
rules (which language a source is in, French left in a translation) and by the quoted-title finder."""

from __future__ import annotations

# Articles, prepositions, pronouns and auxiliaries that French writes and English does not.
FR_FUNCTION = frozenset(
    """le la les des du une et est sont dans pour avec sur qui que pas ne nous vous ils elles aux ces cette
    mais très été être leur leurs ont était étaient sera seront notre nos votre vos lui cela dont où déjà
    sans chez selon lors aussi avons avez sommes êtes je tu il elle au à ça ceci qu d l n c j""".split()
)
EN_FUNCTION = frozenset(
    """the and of to in is was for that with on at by from it as be this are were has have had will would
    said an or but not they he she we you his her their its which who what when""".split()
)
