"""The ECDICT gloss table kept for `benchmarks/dictionary_signal.py` (mtqa does not ship it): it
loads, reads both ways, segments Chinese, and its builder parses ECDICT's cells and writes where
the loader reads; the coverage questions and the benchmark that judges them on MQM spans."""

from __future__ import annotations

import gzip
import sys

import pytest
from conftest import ROOT

from benchmarks import dictionary_signal as bench
from benchmarks.zh_en_dictionary import TABLE, ZhEnDictionary, target_lemmas, uncovered_terms, unmatched_words, zh_en
from script_loader import load_script

SOURCE = "市长周六为新公园揭幕，并表示市政府将在未来三年内再建十座公园。"
FULL = ("The mayor unveiled the new park on Saturday and said the municipal government would build "
        "ten more parks in the next three years.")
CUT = "The mayor opened the park."


def _script(name: str, path: str):
    return load_script(name, ROOT / path)


@pytest.fixture(scope="module")
def d() -> ZhEnDictionary:
    return zh_en()


def test_the_benchmark_table_loads_with_its_licence_beside_it(d: ZhEnDictionary) -> None:
    assert len(d) > 50_000
    assert "锤" in d.glosses("hammer") and "经济" in d.glosses("economy")
    assert TABLE == ROOT / "benchmarks" / "data" / "zh_en.tsv.gz"
    licence = (TABLE.parent / "ECDICT-LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Copyright (c) 2017 Linwei" in licence
    assert zh_en() is d  # read once per process


def test_inflected_forms_reach_their_base_words(d: ZhEnDictionary) -> None:
    assert d.lemmas("took") == ("take",)
    assert "light" in d.lemmas("lighter") and d.lemmas("Parks") == ("park",)
    assert d.glosses("took") == d.glosses("take")
    assert d.lemmas("Xiaohongshu") == () and d.glosses("Xiaohongshu") == frozenset()
    assert {"mayor", "the", "parks", "park"} <= target_lemmas("The mayor's parks", d)


def test_chinese_terms_read_back_to_english_and_segment_longest_first(d: ZhEnDictionary) -> None:
    assert {"economy", "economic"} <= d.english("经济")
    assert d.english("不是一个词") == frozenset()
    terms = d.segment(SOURCE)
    assert ("市长", 0) in terms and ("公园", 6) in terms and ("揭幕", 8) in terms
    assert all(SOURCE[at:at + len(t)] == t for t, at in terms)
    assert d.segment("Apple 2024") == []


def test_a_translation_that_drops_clauses_leaves_more_source_terms_uncovered(d: ZhEnDictionary) -> None:
    cut = {t for t, _ in uncovered_terms(SOURCE, CUT, d)}
    full = {t for t, _ in uncovered_terms(SOURCE, FULL, d)}
    assert "揭幕" in cut and "揭幕" not in full  # unveiled covers it, opened does not
    assert "再建" in cut and full < cut
    assert "公园" not in cut and "市长" not in cut  # park, mayor
    assert all(len(t) >= 2 for t in cut)


def test_a_translation_word_with_no_gloss_in_the_source_is_unmatched(d: ZhEnDictionary) -> None:
    skip = frozenset({"the", "on"})
    assert [w for w, *_ in unmatched_words(SOURCE, "The mayor opened the hammer on Saturday.", d, skip)] == ["hammer"]
    # look-alikes that stay quiet: a word whose glosses share a character with the source
    # (park: 公园), a name the dictionary does not list, a skipped function word
    assert unmatched_words(SOURCE, "Mayor Zhang opened the park on Saturday.", d, skip) == []
    start = "The mayor opened the hammer.".index("hammer")
    assert unmatched_words(SOURCE, "The mayor opened the hammer.", d, skip) == [("hammer", start, start + 6)]


def test_the_builder_parses_ecdict_cells() -> None:
    build = _script("build_zh_en_table", "scripts/build_zh_en_table.py")
    cell = r"n. 锤, 铁锤；（布质）面罩\nvt. 锤打, 敲打\n[计] 锤头\nsay的过去式"
    assert build.glosses(cell) == ["锤", "铁锤", "面罩", "锤打", "敲打", "锤头"]
    assert build.glosses("a. 上述的") == ["上述"] and build.glosses("a. 轻的") == ["轻的"]
    assert build.forms("p:took/d:taken/i:taking/3:takes/0:take/1:p") == ["took", "taken", "taking", "takes"]


def test_the_builder_writes_a_table_the_loader_reads(tmp_path, monkeypatch) -> None:
    csv = tmp_path / "ecdict.csv"
    csv.write_text("word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n"
                   'hammer,,,"n. 锤, 铁锤\\nvt. 锤打",,,,,4955,6231,p:hammered/s:hammers,,\n'
                   "obscurity,,,n. 无名,,,,,0,0,,,\n"
                   "New York,,,n. 纽约,,,,,100,100,,,\n", encoding="utf-8")
    out = tmp_path / "table.tsv.gz"
    build = _script("build_zh_en_table", "scripts/build_zh_en_table.py")
    assert build.OUT == TABLE  # by default it writes where the benchmark reads
    monkeypatch.setattr(sys, "argv", ["build", str(csv), "--out", str(out)])
    assert build.main() == 0
    lines = gzip.decompress(out.read_bytes()).decode("utf-8").splitlines()
    assert lines == ["hammer\thammered hammers\t锤 铁锤 锤打"]  # unranked and multi-word entries left out
    table = ZhEnDictionary(lines)
    assert table.lemmas("hammered") == ("hammer",) and table.english("锤打") == {"hammer"}
    first = out.read_bytes()
    assert build.main() == 0 and out.read_bytes() == first  # same CSV, same bytes


def test_the_benchmark_scores_findings_against_rater_spans(d: ZhEnDictionary) -> None:
    target = "The mayor opened the hammer on Saturday."
    at = target.index("hammer")
    marked = {"source": SOURCE, "target": target, "mqm_score": 5.0,
              "errors": [{"start": at, "end": at + 6, "category": "Accuracy/Mistranslation"}]}
    clean = {"source": SOURCE, "target": FULL, "mqm_score": 0.0, "errors": []}
    side = bench.target_side([marked, clean], d)
    assert side["findings"] == 1 and side["span_precision"] == 1.0
    assert side["chance_span_precision"] == pytest.approx(1 / 3, abs=1e-3)  # mayor, opened, hammer (Saturday: a name)
    assert side["clean_findings"] == len(unmatched_words(SOURCE, FULL, d, bench.FUNCTION_WORDS))
    src = bench.source_side([marked, clean], d)
    assert src["segments_with_accuracy_error"] == 0.5
    assert src["placed"]["findings"] == len(uncovered_terms(SOURCE, target, d))
