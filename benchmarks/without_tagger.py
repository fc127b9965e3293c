"""The real-copy figures a user without the optional extra ``mtqa[grammar]`` gets.

    python benchmarks/without_tagger.py --half tune --languagetool off --json OUT.json

Runs `real_copy.py` (every argument passed on) in this process with the part-of-speech tagger
hidden: `mtqa.tagging.available()` answers False and `mtqa.tagging.tagger()` None, as they do
where TextBlob or lemminflect is not installed. The grammar rules skip themselves and the
document signal (`calques/reads-as-translation`) reads its tag-pair rates as missing, so the
figures are the verdict such a user sees, without building a second environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()


def hide_tagger() -> None:
    """Make mtqa behave as if the `grammar` extra were not installed (public names only)."""
    from mtqa import tagging

    tagging.available = lambda: False
    tagging.tagger = lambda: None


def main(argv: list[str] | None = None) -> int:
    hide_tagger()
    module = load_script("mtqa_real_copy", HERE / "real_copy.py")
    return int(module.main(argv) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
