"""repetition/repeated-sentence passes over a paragraph of one sentence: held to the rule as it
read every paragraph (the loop written out below, as it stood), on random documents of repeated
sentences and paragraphs, one-sentence paragraphs among them, with line breaks and other ends."""

from __future__ import annotations

import random

from mtqa import Checker
from mtqa.document import Document

RULE = "repetition/repeated-sentence"
_SENTENCES = ["The base was closed after the attack on the convoy.", "Troops left on Monday.",
              "The minister will travel to Brussels next week.", "She will meet her counterparts there!",
              "Would the premier answer questions on Tuesday?", "“We are ready for the vote today,” she said.",
              "The premier dodged questions as the legislature resumed", "THE BASE WAS CLOSED AFTER THE ATTACK ON THE CONVOY."]
_JOINS = [" ", " ", "  ", "\n", " \n"]


def _original(doc: Document) -> list[tuple[int, int, str]]:
    """The rule's loop before the gate, its findings as (start, end, message) in the document."""
    out = []
    seen_pars: set[str] = set()
    for par in doc.paragraphs:
        text = par.text.strip()
        sentences = par.sentences
        key = None
        if len(sentences) >= 2 and text[-1:] in ".!?”\"":
            words = text.casefold().split()
            key = " ".join(words) if len(words) >= 6 else None
        if key is not None:
            if key in seen_pars:
                s0 = len(par.text) - len(par.text.lstrip())
                out.append((*par.span_to_doc(s0, s0 + len(text)), "Paragraph printed twice in the document"))
                continue
            seen_pars.add(key)
        seen: set[str] = set()
        first: dict[str, int] = {}
        for sent in sentences:
            words = sent.text.split()
            if len(words) < 6 or "\n" in sent.text.strip():
                continue
            skey = " ".join(words).casefold()
            if skey in seen and "\n" not in par.text[first[skey]:sent.start]:
                out.append((*par.span_to_doc(sent.start, sent.start + len(sent.text.rstrip())),
                            "Sentence printed twice in one paragraph"))
            elif skey not in seen:
                seen.add(skey)
                first[skey] = sent.start
    return out


def test_one_sentence_paragraphs_passed_over_find_the_same() -> None:
    rng = random.Random(8)
    checker = Checker(select=[RULE], languagetool="off")
    found_any = 0
    for _ in range(150):
        pars = []
        for _ in range(rng.randint(1, 6)):
            n = rng.choice([1, 1, 2, 3])
            pars.append("".join(rng.choice(_SENTENCES) + rng.choice(_JOINS) for _ in range(n)).rstrip())
        if rng.random() < 0.5:
            pars.append(rng.choice(pars))
        doc = Document("\n\n".join(pars))
        found, _ran, _skipped, _ = checker.findings(doc)
        got = sorted((f.span.start, f.span.end, f.message) for f in found)
        assert got == sorted(_original(doc)), doc.text
        found_any += bool(got)
    assert found_any > 20, "the documents hold too few repeats: the test proves little"
