"""Run mtqa as an Apache Spark job: score a DataFrame of articles, one row per article.

    from mtqa.spark import check_dataframe
    scored = check_dataframe(df, text_col="text", id_col="id", locale="en-CA")

Built on Arrow-backed `mapInPandas`, so each Python worker process builds one `Checker`
(rules and packs compiled once) and reuses it for every batch, not per row. Configuration
travels with the job as plain data, and so do the files of any user pack directory
(`rules-dir`), which are written to a private temporary directory on each executor; the
built-in packs ship inside the installed mtqa wheel. LanguageTool on a cluster: give a
server URL the executors can reach (`languagetool="http://lt.internal:8081"`); without one
the grammar check is skipped and each row records why.

Rows whose text is null or larger than `max_chars` get an `error` and no findings; the job
goes on. An empty (or blank) text is not an error, as in the CLI: it is checked, has 0 words,
scores 100 and passes. Requires the `spark` extra (PySpark 3.5+ with pandas and pyarrow).
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterator

from mtqa.config import Config

MAX_CHARS = 2_000_000

FINDING_FIELDS = (
    ("rule", "string"), ("family", "string"), ("category", "string"), ("severity", "string"),
    ("message", "string"), ("start", "int"), ("end", "int"), ("line", "int"), ("column", "int"),
    ("end_line", "int"), ("end_column", "int"), ("text", "string"), ("suggestions", "array<string>"),
    ("fix_safe", "boolean"), ("confidence", "double"), ("scored", "boolean"), ("source", "string"),
)
RESULT_DDL = (
    "score double, passed boolean, penalty double, words int, "
    f"findings array<struct<{', '.join(f'`{n}`: {t}' for n, t in FINDING_FIELDS)}>>, "
    "skipped array<struct<`check`: string, reason: string>>, error string"
)


def _config_payload(config: Config | str | Path | None, locale: str | None, languagetool: str | None,
                    select: Any = None, ignore: Any = None) -> dict:
    """Everything an executor needs to rebuild the Checker: settings plus user pack files.

    `select` and `ignore` are layered over the configuration's by the library's resolver
    (`with_overrides`, as `Checker(select=…)` and `mtqa check --select` layer them)."""
    from mtqa import config as config_mod

    if config is None:
        cfg = Config()
    elif isinstance(config, Config):
        cfg = config
    else:
        cfg = config_mod.load(config)
    cfg = config_mod.with_overrides(cfg, {"select": select, "ignore": ignore})
    overrides: dict[str, Any] = {}
    if locale:
        overrides["locale"] = locale
    overrides["languagetool"] = languagetool or ("off" if cfg.languagetool == "auto" else cfg.languagetool)
    data = {f.name: getattr(cfg, f.name) for f in fields(Config)}
    data.update(overrides)
    packs: dict[str, dict[str, str]] = {}
    for i, d in enumerate(cfg.rules_dir):
        files = [*sorted(Path(d).glob("*.toml")), *sorted(Path(d).glob("styles/*.toml"))]  # packs and style profiles
        packs[str(i)] = {p.relative_to(d).as_posix(): p.read_text(encoding="utf-8") for p in files}
    data["rules_dir"] = ()
    data["path"] = None
    data["sources"] = {}  # which file set each key (`extend`): the driver's messages, no file on a worker
    return {"config": json.loads(json.dumps(data, default=list)), "packs": packs}


_CHECKERS: dict[str, Any] = {}


def _checker(payload: dict):
    """One Checker per worker process and configuration (cached across batches)."""
    key = json.dumps(payload, sort_keys=True)
    checker = _CHECKERS.get(key)
    if checker is None:
        import tempfile

        from mtqa.engine import Checker

        conf = dict(payload["config"])
        dirs = []
        for name, files in sorted(payload["packs"].items()):
            d = Path(tempfile.mkdtemp(prefix=f"mtqa-packs-{name}-"))
            for fname, text in files.items():
                (d / fname).parent.mkdir(parents=True, exist_ok=True)
                (d / fname).write_text(text, encoding="utf-8")
            dirs.append(str(d))
        tuple_fields = {f.name for f in fields(Config) if str(f.type).startswith("tuple")}
        for k in tuple_fields:
            if isinstance(conf.get(k), list):
                conf[k] = tuple(conf[k])
        conf["rules_dir"] = tuple(dirs)
        checker = _CHECKERS[key] = Checker(Config(**conf))
    return checker


def check_row(checker, text: Any, max_chars: int = MAX_CHARS) -> dict:
    """The result columns for one article (also used by tests and the local runner)."""
    from mtqa.result import finding_to_dict

    empty: dict[str, Any] = {"score": None, "passed": None, "penalty": None, "words": None, "findings": [], "skipped": []}
    if text is None or (isinstance(text, float) and text != text):
        return {**empty, "error": "text is null"}
    if not isinstance(text, str):
        return {**empty, "error": f"text is {type(text).__name__}, not a string"}
    if len(text) > max_chars:
        return {**empty, "error": f"text has {len(text)} characters; the limit is {max_chars}"}
    from mtqa.session import Session

    try:
        r = Session(checker).check(text)
    except Exception as exc:  # a row must never kill the job
        return {**empty, "error": f"internal error: {type(exc).__name__}: {exc}"}
    return {
        "score": float(r.score), "passed": bool(r.passed), "penalty": float(r.penalty), "words": int(r.words),
        "findings": [{k: v for k, v in finding_to_dict(f).items() if k in dict(FINDING_FIELDS)} for f in r.findings],
        "skipped": [s for s in r.checks_skipped if "/" not in s["check"]],
        "error": None,
    }


def _require_columns(df, caller: str, *names: str | None) -> None:
    """A clear error for what is not a DataFrame (not an AttributeError) or lacks a named
    column (not Spark's analysis error, raised later and buried in the JVM's log)."""
    columns = getattr(df, "columns", None)
    if not isinstance(columns, list):
        raise TypeError(f"{caller} takes a Spark DataFrame, not {type(df).__name__}")
    for name in names:
        if name is not None and name not in columns:
            raise ValueError(f"no column {name!r} in the DataFrame (columns: {', '.join(columns)})")


def check_dataframe(df, text_col: str = "text", id_col: str | None = None, locale: str | None = None,
                    config: Config | str | Path | None = None, languagetool: str | None = None,
                    max_chars: int = MAX_CHARS, select: Any = None, ignore: Any = None):
    """Add score, passed, penalty, words, findings, skipped and error columns to `df`.

    Args:
        df: a Spark DataFrame with a string column `text_col`.
        text_col: the column holding the article text.
        id_col: a column to keep first in the output (for joining back); all columns are kept.
        locale: the copy's locale (default: the configuration's, en-CA).
        config: a Config, or the path of an mtqa.toml / pyproject.toml.
        languagetool: a LanguageTool server URL the executors can reach; default off.
        max_chars: rows with longer texts get an error instead of a check.
        select, ignore: rules, families or globs (a list or one comma-separated string), layered
            over the configuration's as `mtqa check --select/--ignore` are: `select` starts over,
            `ignore` alone adds to the configuration's.
    """
    from pyspark.sql.types import StructType

    _require_columns(df, "check_dataframe", text_col, id_col)
    payload = _config_payload(config, locale, languagetool, select, ignore)
    _checker(payload)  # validate the configuration on the driver: fail fast, not per executor
    result_schema: Any = StructType.fromDDL(RESULT_DDL)  # a StructType for a struct DDL
    clash = [f.name for f in result_schema.fields if f.name in df.columns]
    if clash:
        raise ValueError(f"the DataFrame already has column(s) {', '.join(clash)}")
    out_schema = StructType(list(df.schema.fields) + list(result_schema.fields))
    names = [f.name for f in result_schema.fields]

    def run(batches: Iterator):
        checker = _checker(payload)
        for pdf in batches:
            rows = [check_row(checker, t, max_chars) for t in pdf[text_col].tolist()]
            for name in names:
                pdf[name] = [r[name] for r in rows]
            yield pdf

    scored = df.mapInPandas(run, schema=out_schema)
    if id_col is not None:
        scored = scored.select(id_col, *[c for c in scored.columns if c != id_col])
    return scored


def summarize(scored, group_col: str | None = None):
    """Per group (engine, source…): articles, mean score, pass rate, findings per 1,000 words
    per rule. Returns (overview DataFrame, per-rule DataFrame).

    A rate over no words is null, not a division by zero (which Spark 4's ANSI mode raises,
    failing the whole job); a group whose every row is an error is listed with 0 articles."""
    from pyspark.sql import functions as F

    def per_1000(count: str, words: str):
        return F.when(F.col(words) > 0, F.col(count) * 1000.0 / F.col(words))

    _require_columns(scored, "summarize", group_col, "findings", "words", "error")
    keys = [group_col] if group_col else []
    ok = scored.where(F.col("error").isNull())
    overview = (ok.groupBy(*keys).agg(
        F.count(F.lit(1)).alias("articles"), F.avg("score").alias("mean_score"),
        F.avg(F.col("passed").cast("double")).alias("pass_rate"), F.sum("words").alias("words"),
        F.sum(F.size("findings")).alias("findings"))
        .withColumn("findings_per_1000_words", per_1000("findings", "words")))
    errors = scored.where(F.col("error").isNotNull()).groupBy(*keys).agg(F.count(F.lit(1)).alias("errors"))
    overview = overview.join(errors, keys, "full") if keys else overview.crossJoin(errors)
    words = ok.groupBy(*keys).agg(F.sum("words").alias("group_words"))
    per_rule = (ok.select(*keys, F.explode("findings").alias("f")).groupBy(*keys, F.col("f.rule").alias("rule"))
                .agg(F.count(F.lit(1)).alias("findings")))
    per_rule = (per_rule.join(words, keys, "left") if keys else per_rule.crossJoin(words))
    per_rule = per_rule.withColumn("per_1000_words", per_1000("findings", "group_words")).drop("group_words")
    return overview.fillna({"errors": 0, "articles": 0}), per_rule
