"""Spark throughput: score N articles on a local master with 1 and 2 executor cores.

    python benchmarks/spark.py [--articles 100000] [--cores 1,2] [--json OUT]

Builds N articles (cycled ~300-word chunks of the eval data and the seed) as a Parquet file,
runs `check_dataframe` on local[c] for each c, forcing the full computation with a write to
Parquet, and reports rows per second and the speed-up. Compare with benchmarks/batch.py
(`mtqa check --jobs`) on the same machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.batch import corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--cores", default="1,2")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "spark.json"))
    args = ap.parse_args()
    import pandas as pd
    from pyspark.sql import SparkSession

    from mtqa.spark import check_dataframe

    docs = corpus()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.parquet"
        pd.DataFrame({"id": range(args.articles),
                      "text": [docs[i % len(docs)] for i in range(args.articles)]}).to_parquet(src)
        base = None
        for cores in [int(c) for c in args.cores.split(",")]:
            spark = (SparkSession.builder.master(f"local[{cores}]").appName("mtqa-bench")
                     .config("spark.ui.enabled", "false").config("spark.sql.files.maxPartitionBytes", "8m")
                     .getOrCreate())
            df = spark.read.parquet(str(src)).repartition(max(4, cores * 4))
            t0 = time.perf_counter()
            check_dataframe(df, "text", "id").write.mode("overwrite").parquet(str(Path(tmp) / f"out{cores}"))
            secs = time.perf_counter() - t0
            spark.stop()
            row = {"articles": args.articles, "cores": cores, "seconds": round(secs, 1),
                   "rows_per_s": round(args.articles / secs, 1)}
            base = base or row
            row["speedup"] = round(base["seconds"] / secs, 2)
            rows.append(row)
            print(f"local[{cores}]: {args.articles} articles in {row['seconds']} s = {row['rows_per_s']} rows/s "
                  f"(speed-up ×{row['speedup']})")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
