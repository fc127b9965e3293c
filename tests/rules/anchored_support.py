"""One check shared by the tests of the grammar rules that try their pattern only where a match
can begin (`mtqa.rules.grammar.anchored`): on look-alike texts, with each scanning backend, the
rule must report exactly the spans the pattern's `finditer` over the whole paragraph finds."""

from __future__ import annotations

from typing import Callable, Iterable

import pytest


def assert_finds_what_the_pattern_finds(rule_id: str, texts: Iterable[str], gated: Callable, pattern,
                                        kept: Callable, span: Callable = lambda m: m.span()) -> int:
    """Check `rule_id` on `texts`: a paragraph `gated(par)` passes is skipped, as the rule's gate
    skips it; elsewhere the expected spans are the pattern's matches over the paragraph that
    `kept(m, text)` keeps (a finding's span is `span(m)`, the whole match by default). Returns
    how many texts had a match (so a test can ask for enough)."""
    from mtqa import Checker
    from mtqa.document import Document
    from mtqa.scan import available_backends

    texts = list(texts)
    matched = 0
    for backend in available_backends():
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("MTQA_SCAN_BACKEND", backend)
            checker = Checker(select=[rule_id], languagetool="off")
            for text in texts:
                doc = Document(text)
                expected = []
                for par in doc.paragraphs:
                    if gated(par):
                        continue  # the rule's gate, as before
                    expected += [par.span_to_doc(*span(m)) for m in pattern.finditer(par.text)
                                 if kept(m, par.text)]
                found, _ran, _skipped, _ = checker.findings(doc)
                assert [(f.span.start, f.span.end) for f in found] == expected, (backend, text)
                matched += bool(expected)
    return matched
