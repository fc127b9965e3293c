"""mtqa on a real local Spark session (local[2]): rows match `mtqa check`, bad rows don't stop the job.

Starts a real JVM (PySpark from the dev extras, Java 17+ on the machine); skipped with the
reason when PySpark or Java is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EVAL, ROOT, SEED

pyspark = pytest.importorskip("pyspark", reason="PySpark not installed (pip install 'mtqa[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("mtqa-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def corpus() -> list[dict]:
    texts = [SEED.read_text(encoding="utf-8"),
             "The minister said the the mission would continue.\n\nResearch in Canada in Canada is funded.",
             "A clean paragraph about the budget.\n\nAnother one about the weather in Ottawa."]
    if EVAL.exists():
        with (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 400 == 0:
                    texts.append(json.loads(line)["target"])
    return [{"id": i, "text": t, "engine": f"e{i % 3}"} for i, t in enumerate(texts)]


def cli_findings(tmp_path: Path, rows: list[dict]) -> dict[int, list[tuple]]:
    paths = []
    for r in rows:
        p = tmp_path / f"{r['id']:04d}.txt"
        p.write_text(r["text"], encoding="utf-8")
        paths.append(p)
    proc = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off", "-f", "json",
                           *map(str, paths)], capture_output=True, text=True, cwd=ROOT)
    data = json.loads(proc.stdout)
    return {int(Path(f["path"]).stem): [(x["rule"], x["start"], x["end"], x["text"], x["severity"]) for x in f["findings"]]
            for f in data["files"]}


def test_rows_match_the_command_line(spark, tmp_path: Path) -> None:
    from mtqa.spark import check_dataframe

    rows = corpus()
    df = spark.createDataFrame(rows, "id int, text string, engine string")
    got = {r.id: ([(f.rule, f.start, f.end, f.text, f.severity) for f in r.findings], r.score, r.words)
           for r in check_dataframe(df, "text", "id").collect()}
    expected = cli_findings(tmp_path, rows)
    assert set(got) == set(expected)
    for i, findings in expected.items():
        assert got[i][0] == findings, i
    assert any(got[i][0] for i in got)  # the corpus does contain findings


def test_bad_rows_get_an_error_and_the_job_goes_on(spark) -> None:
    from mtqa.spark import check_dataframe

    rows = [{"id": 1, "text": None}, {"id": 2, "text": "   "}, {"id": 3, "text": "x" * 50},
            {"id": 4, "text": "The the end."}]
    df = spark.createDataFrame(rows, "id int, text string")
    out = {r.id: r for r in check_dataframe(df, "text", "id", max_chars=20).collect()}
    assert out[1].error == "text is null" and out[1].findings == []
    # An empty text is checked as in the CLI: no words, score 100, a pass, no error.
    assert out[2].error is None and out[2].words == 0 and out[2].passed and out[2].score == 100.0
    assert "limit is 20" in out[3].error
    assert out[4].error is None and [f.rule for f in out[4].findings] == ["repetition/doubled-word"]


def test_summary_of_groups_without_words_or_without_a_checked_row(spark) -> None:
    """A group whose checked rows have no words (empty texts) has no rate per 1,000 words (null):
    Spark 4 divides in ANSI mode, and the division by zero failed the whole summary. A group
    whose every row is an error is still listed, with 0 articles and its errors."""
    from mtqa.spark import check_dataframe, summarize

    rows = [{"id": 1, "text": "He said the the talks would resume.", "engine": "e1"},
            {"id": 2, "text": "", "engine": "e2"}, {"id": 3, "text": None, "engine": "e2"},
            {"id": 4, "text": None, "engine": "e3"}]
    scored = check_dataframe(spark.createDataFrame(rows, "id int, text string, engine string"), "text", "id")
    overview, per_rule = summarize(scored, group_col="engine")
    groups = {r.engine: r for r in overview.collect()}
    assert set(groups) == {"e1", "e2", "e3"}
    assert groups["e1"].findings_per_1000_words > 0 and groups["e1"].errors == 0
    assert groups["e2"].articles == 1 and groups["e2"].words == 0 and groups["e2"].findings_per_1000_words is None
    assert groups["e2"].errors == 1
    assert groups["e3"].articles == 0 and groups["e3"].errors == 1
    assert [(r.engine, r.rule) for r in per_rule.collect()] == [("e1", "repetition/doubled-word")]


def test_configuration_travels_to_executors(spark) -> None:
    from mtqa import Config
    from mtqa.spark import check_dataframe

    df = spark.createDataFrame([{"id": 1, "text": "The the end of it all came at last, he said."}], "id int, text string")
    cfg = Config(severity={"repetition": "minor"})
    row = check_dataframe(df, config=cfg).collect()[0]
    assert [f.severity for f in row.findings] == ["minor"]
    assert [s.check for s in row.skipped] == [] or all(s.check == "languagetool" for s in row.skipped)


def test_bad_column_is_a_clear_error(spark) -> None:
    from mtqa.spark import check_dataframe

    df = spark.createDataFrame([{"body": "x"}], "body string")
    with pytest.raises(ValueError, match="no column 'text'"):
        check_dataframe(df)
    with pytest.raises(ValueError, match=r"no column 'id' in the DataFrame \(columns: body\)"):
        check_dataframe(df, "body", id_col="id")
    with pytest.raises(TypeError, match="check_dataframe takes a Spark DataFrame, not list"):
        check_dataframe([{"text": "x"}])


def test_a_group_column_the_scores_lack_is_a_clear_error(spark) -> None:
    """Not Spark's AnalysisException with the JVM's stack in the log."""
    from mtqa.spark import check_dataframe, summarize

    scored = check_dataframe(spark.createDataFrame([{"text": "x"}], "text string"))
    with pytest.raises(ValueError, match="no column 'engine' in the DataFrame"):
        summarize(scored, group_col="engine")
    with pytest.raises(ValueError, match="no column 'findings'"):
        summarize(spark.createDataFrame([{"text": "x"}], "text string"))


def test_job_command_jsonl_to_parquet_with_summary(spark, tmp_path: Path) -> None:
    rows = corpus()
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "scored"
    proc = subprocess.run([sys.executable, "-m", "mtqa.spark", str(src), str(out), "--id-col", "id",
                           "--group-col", "engine", "--master", "local[2]"], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    scored = spark.read.parquet(str(out))
    assert scored.count() == len(rows)
    summary = {r.engine: r for r in spark.read.parquet(str(out) + "_summary").collect()}
    assert set(summary) == {"e0", "e1", "e2"}
    assert sum(r.articles for r in summary.values()) == len(rows)
    per_rule = spark.read.parquet(str(out) + "_rules").collect()
    assert any(r.rule == "repetition/doubled-word" for r in per_rule)


def test_job_command_bad_input_exits_2(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "mtqa.spark", str(tmp_path / "missing.parquet"), str(tmp_path / "o"),
                           "--master", "local[1]"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_job_command_with_a_group_column_the_input_lacks_exits_2_before_writing(tmp_path: Path) -> None:
    """It scored and wrote the whole corpus, then ended in a traceback (exit 1) at the summary."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "He said the the talks resumed."}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mtqa.spark", str(src), str(tmp_path / "o"), "--group-col", "engine",
                           "--master", "local[1]"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "mtqa.spark: error: no column 'engine' in the DataFrame" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists()
