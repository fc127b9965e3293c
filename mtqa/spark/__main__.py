"""`python -m mtqa.spark INPUT OUTPUT`: score a corpus on Spark (local master or spark-submit).

Reads Parquet or JSON Lines, writes Parquet with the result columns, and writes a summary
beside it (OUTPUT_summary: per group, mean score, pass rate, findings per 1,000 words;
OUTPUT_rules: findings per 1,000 words per rule). Exit 2 with a one-line message on bad input.
"""

from __future__ import annotations

import argparse
import sys



def _joined(values: list[str] | None) -> str | None:
    """Repeated --select/--ignore values as the one comma-separated string the library takes."""
    return ",".join(values) if values else None

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mtqa.spark", description=__doc__.splitlines()[0])
    ap.add_argument("input", help="a Parquet file/directory or a JSON Lines file/directory")
    ap.add_argument("output", help="output Parquet directory")
    ap.add_argument("--input-format", choices=("parquet", "json"), help="default: by extension (.jsonl/.json → json)")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--id-col")
    ap.add_argument("--group-col", help="summarise per value of this column (engine, source…)")
    ap.add_argument("--locale")
    ap.add_argument("--config", help="an mtqa.toml or pyproject.toml to apply")
    ap.add_argument("--select", action="append", metavar="RULES",
                    help="rules, families or globs to run; the configuration's select and ignore no longer apply")
    ap.add_argument("--ignore", action="append", metavar="RULES",
                    help="rules, families or globs to leave out, beside the configuration's ignore")
    ap.add_argument("--languagetool", help="LanguageTool server URL reachable from the executors")
    ap.add_argument("--master", help="Spark master when not run through spark-submit (e.g. local[2])")
    ap.add_argument("--mode", default="error", choices=("error", "overwrite"), help="when OUTPUT exists")
    args = ap.parse_args(argv)
    import os

    if "://" not in args.input and not os.path.exists(args.input):
        print(f"mtqa.spark: error: cannot read {args.input}: no such file or directory", file=sys.stderr)
        return 2
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("mtqa.spark: error: PySpark is not installed (pip install 'mtqa[spark]')", file=sys.stderr)
        return 2
    from mtqa.errors import MtqaError
    from mtqa.spark import check_dataframe, summarize

    builder = SparkSession.builder.appName("mtqa")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        fmt = args.input_format or ("json" if args.input.rstrip("/").endswith((".jsonl", ".json")) else "parquet")
        try:
            df = spark.read.json(args.input) if fmt == "json" else spark.read.parquet(args.input)
        except Exception as exc:  # AnalysisException: path not found, not Parquet…
            print(f"mtqa.spark: error: cannot read {args.input} as {fmt}: {str(exc).splitlines()[0]}", file=sys.stderr)
            return 2
        try:
            if args.group_col is not None and args.group_col not in df.columns:  # before anything is written
                raise ValueError(f"no column {args.group_col!r} in the DataFrame (columns: {', '.join(df.columns)})")
            scored = check_dataframe(df, args.text_col, args.id_col, args.locale, args.config, args.languagetool,
                                     select=_joined(args.select), ignore=_joined(args.ignore))
        except (ValueError, TypeError, MtqaError) as exc:
            print(f"mtqa.spark: error: {exc}", file=sys.stderr)
            return 2
        scored.write.mode(args.mode).parquet(args.output)
        written = spark.read.parquet(args.output)
        overview, per_rule = summarize(written, args.group_col)
        overview.write.mode(args.mode).parquet(args.output.rstrip("/") + "_summary")
        per_rule.write.mode(args.mode).parquet(args.output.rstrip("/") + "_rules")
        overview.orderBy(*( [args.group_col] if args.group_col else [])).show(truncate=False)
        return 0
    finally:
        spark.stop()


if __name__ == "__main__":
    raise SystemExit(main())
