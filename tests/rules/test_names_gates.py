"""The names and consistency families' short cuts held to the searches they stand in for, on
look-alikes: a gate may set text aside only where the full search finds nothing there."""

from __future__ import annotations

import random

from mtqa.accents import OfficialNames

_NAMES = [("Hydro-Québec", "company"), ("Parti Québécois", "party"), ("Coalition Avenir Québec", "party"),
          ("Trois-Rivières", "place"), ("Lévis", "place"), ("Université Laval", "institution"),
          ("Saint-Jean-sur-Richelieu", "place"), ("Québec solidaire", "party")]
_PIECES = ["hydro", "Hydro", "hydra", "Hydra", "Québec", "Quebec", "quebec", "QUÉBEC", "Parti", "parti", "part",
           "party", "Party", "Quebecois", "québécois", "Coalition", "coalition", "Avenir", "avenir", "d'Avenir",
           "Levis", "lévis", "Lévis", "Levi's", "Trois", "trois", "Rivieres", "rivières", "Université", "Universite",
           "universe", "University", "Laval", "laval", "Saint", "saint", "Jean", "sur", "Richelieu", "Solidaire",
           "solidaire", "the", "said", "(", ")", ",", ".", "1", "Roy"]
_GLUE = [" ", " ", "  ", "-", "‑", "–", "\n", "\u00a0", "'", "’", ""]


class _Ungated(OfficialNames):
    """Every whitespace chunk may start a name: the search over every paragraph."""

    def _chunk_may_start(self, chunk: str) -> bool:
        return True


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def test_official_names_found_in_a_story_are_those_found_paragraph_by_paragraph() -> None:
    rng = random.Random(6)
    shared, ungated = OfficialNames(_NAMES, ["Quebec City"]), _Ungated(_NAMES, ["Quebec City"])
    found = 0
    for _ in range(800):
        texts = _texts(rng, rng.randint(1, 5))
        want = [(k, h) for k, text in enumerate(texts) for h in ungated.finditer(text)]
        assert list(shared.find_in(texts)) == want, texts
        assert list(OfficialNames(_NAMES, ["Quebec City"]).find_in(texts)) == want, texts
        assert [(k, h) for k, text in enumerate(texts) for h in shared.finditer(text)] == want, texts
        found += len(want)
    assert found > 100, "the look-alikes hold no official name: the test would prove nothing"
