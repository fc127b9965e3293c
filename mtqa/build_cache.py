"""``python -m mtqa.build_cache``: build the cache entries that need heavy imports, and exit.

`mtqa.cache_child` runs this in a child process when a check misses one of them, so that the
checking process never imports lemminflect, numpy or TextBlob's tagger module. Each entry is
built by the code that reads it (`mtqa.tagging`, `mtqa.lexicon`), into the same cache folder
and under the same keys. It may also be run by hand, to fill the cache of an image or a CI
runner ahead of its first check. Exit status 0 when done (an extra that is not installed has
nothing to build).
"""

from __future__ import annotations


def main() -> int:
    from mtqa import lexicon, tagging

    tagging.fill_cache()
    lexicon.english()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
