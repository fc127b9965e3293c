"""A field or a sport meant in general with the source's article ("underfunding the health")."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "grammar/article-before-field"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_field_with_article_is_flagged_with_the_bare_noun() -> None:
    got = findings("The union says the province is underfunding the health, and violence in the hockey is up.", RULE)
    assert [f.text for f in got] == ["the health", "the hockey"]


def test_field_noun_that_does_not_end_its_phrase_is_left_alone() -> None:
    assert_clean("The health of the patient improved, the health minister said. The tennis club reopened, "
                 "and the education she received was free. The agriculture department and the tourism "
                 "season were hit hard.", RULE)
