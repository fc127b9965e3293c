"""Accent folding: one place for dropping combining marks, under the normal form a caller needs."""

from __future__ import annotations

import unicodedata
from typing import Literal


def without_marks(s: str, form: Literal["NFD", "NFKD"] = "NFD") -> str:
    """`s` decomposed under `form` ("NFD" or "NFKD") with every combining mark dropped
    (Québécois → Quebecois; under NFKD compatibility forms are also unfolded: ﬁ → fi)."""
    return "".join(c for c in unicodedata.normalize(form, s) if not unicodedata.combining(c))
