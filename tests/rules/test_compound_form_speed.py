"""consistency/compound-form judges a story's words together (`compounds_among`) exactly as its
word-by-word definition (`compound`) does."""

import random

import pytest

from mtqa import lexicon
from mtqa.rules.consistency.compounds import compound, compounds_among


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
