"""Made-up variants of the untranslated family's kinds (issue 11's generalisation audit,
fourteenth pass): other source languages' connectives than the tuning excerpts', in other
positions; loanwords and ordinary English must stay quiet.
"""

from __future__ import annotations

import pytest

FLAGS = [
    ("untranslated/french-words", "The minister said, selon les experts, the plan would work.", ["selon les"]),
    ("untranslated/french-words", "The project, d'après le ministère, will cost $2 million.", ["d'après le ministère"]),
    ("untranslated/source-leftover", "The premier announced the plan lors de la conférence.", ["lors"]),
    ("untranslated/source-leftover", "The minister said, según los expertos, the plan would work.", ["según los"]),
    ("untranslated/source-leftover", "The mayor, laut Angaben, said the plan would work.", ["laut"]),
    ("untranslated/source-leftover", "The chancellor said jedoch that no decision was made.", ["jedoch"]),
    ("untranslated/source-leftover", "The report, secondo il ministero, was late.", ["secondo"]),
    ("untranslated/source-leftover", "The plan, pero the mayor said no, failed.", ["pero"]),
    ("untranslated/foreign-script", "The slogan, Слава Україні, was chanted.", ["Слава Україні"]),
    pytest.param("untranslated/french-words", "Residents of the quartier said the noise was constant.", ["quartier"],
                 marks=pytest.mark.xfail(strict=True, reason="a lone French noun the word list knows is not judged")),
]

QUIET = [
    ("untranslated", "They ate açaí and jalapeño at the Café Olé."),
    ("untranslated", "She ordered a croissant at the café, a déjà vu moment."),
    ("untranslated", "The minister met officials from the National Development and Reform Commission in Beijing."),
]
