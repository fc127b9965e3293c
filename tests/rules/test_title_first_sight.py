"""title-slots classifies each new token once (`_classify`), and rules a token in lower case out
before its patterns unless it may be a case error ("maj.-gen."): held to the classification
without that short cut (below, as it was) on every form of the ranks pack in several cases and
on random look-alikes (sentence-final words, dashes, periods, accents, capitals)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from mtqa.packs import PackSet
from mtqa.rules.titles.analysis import _DASH_FOLD, _TITLE_TOKEN, _classify, _garbled
from mtqa.rules.titles.pack import StyleForm, fold

import mtqa.rules.titles.pack  # noqa: F401  (registers the ranks pack's compiler)

_DATA = PackSet().compiled("ranks")


def _classify_before(tok: str):
    """`_classify` of one token as it was before the lower-case short cut."""
    data, key, toks = _DATA, tok, [tok]
    if key in data.cp_forms:
        return "cp", data.cp_forms[key], 1.0
    folded_dashes = key.translate(_DASH_FOLD)
    if folded_dashes != key:
        if folded_dashes in data.cp_forms:
            rank = data.cp_forms[folded_dashes]
            return "style", StyleForm(folded_dashes, rank, "dash instead of hyphen"), 0.8
        key = folded_dashes
        toks = [t.translate(_DASH_FOLD) for t in toks]
    if any(key in table for table in (data.style, data.spelled, data.french, data.spelled_honorifics)):
        return _classify(key, [key], 1, data)  # the tables before the short cut: unchanged
    if key in data.valid:
        return "cp", key, 1.0
    tok = toks[0]
    if not _TITLE_TOKEN.fullmatch(tok):
        return None, None, 0.0
    sf = data.style_folded.get(tok.casefold())
    if sf is not None and tok[0].isupper():
        return "style", sf, 0.7
    folded = fold(tok)
    if (tok.endswith(".") or "-" in tok) and folded in data.valid_folded:
        house = data.valid_folded[folded]
        if tok != house and tok.casefold() == house.casefold():
            return "case", house, 0.8
    return _garbled(tok, data)


def _forms() -> list[str]:
    forms = {*_DATA.valid, *_DATA.valid_folded, *_DATA.valid_folded.values(), *_DATA.cp_forms, *_DATA.style}
    return sorted({variant for form in forms if " " not in form
                   for variant in (form, form.lower(), form.upper(), form.swapcase(), form.lower().capitalize())})


def test_every_pack_form_in_every_case_is_classified_as_before() -> None:
    forms = _forms()
    assert any(_classify(f, [f], 1, _DATA)[0] == "case" and f[0].islower() for f in forms)
    for form in forms:
        assert _classify(form, [form], 1, _DATA) == _classify_before(form), form


_PIECES = ["said", "maj", "gen", "lt", "col", "cpl", "sgt", "é", "É", "Gen", "MAJ", "Lt", ".", ".", "-", "–", "—",
           "(N)", "7", "’", "”", "s", "x", "Mj", "Cpt", "Roy", "ǅ", "ß"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_random_tokens_are_classified_as_before(pieces: list[str]) -> None:
    tok = "".join(pieces)
    assert _classify(tok, [tok], 1, _DATA) == _classify_before(tok)
