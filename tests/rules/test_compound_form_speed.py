"""consistency/compound-form judges a story's words together (`compounds_among`) exactly as the
rule's definition, written here word by word with a frequency lookup for each part, does."""

import random

import pytest

from mtqa import lexicon
from mtqa.rules.consistency import compounds
from mtqa.rules.consistency.compounds import compounds_among


def compound(word: str, lex):
    """The definition, word by word: a common closed word (six letters or more in the singular)
    that splits into two everyday words (Zipf 3.5 or more), the second of three letters or more,
    grammar pairs left out."""
    key = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if len(key) < 6 or not key.isalpha() or max(lex.zipf(key), lex.zipf(key + "s")) < lexicon.COMMON_ZIPF:
        return None
    splits = tuple(
        (key[:i], key[i:], key[i:] + "s") for i in range(2, len(key) - 2)
        if key[:i] not in compounds.FIRST_NOT and key[i:] not in compounds.SECOND_NOT
        and lex.zipf(key[:i]) >= 3.5 and max(lex.zipf(key[i:]), lex.zipf(key[i:] + "s")) >= 3.5
    )
    return (key, splits) if splits else None


@pytest.fixture(scope="module")
def lex():
    found = lexicon.english()
    if found is None:
        pytest.skip(lexicon.MISSING)
    return found


WORDS = ["airstrike", "airstrikes", "cybersecurity", "healthcare", "freshwater", "everyday", "anyone", "maybe",
         "island", "turnout", "setup", "breakdown", "lifespan", "artwork", "newspaper", "newspapers", "into",
         "government", "governments", "mouthpart", "plonkmouth", "blackboard", "firefighters", "ceasefire",
         "a" * 40, "undergo", "overseas", "somebody", "wherever", "classroom", "business", "witness", "glass"]


def test_together_as_one_by_one(lex) -> None:
    rng = random.Random(7)
    letters = "aeinorstlcdhmpbgw"
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 12))) for _ in range(400)}
    words = set(WORDS) | made
    assert compounds_among(words, lex) == {w: c for w in words if (c := compound(w, lex)) is not None}
    assert compounds_among({"airstrikes"}, lex)["airstrikes"][0] == "airstrike"
