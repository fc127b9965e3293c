"""``python -m mtqa.build_cache [--rules-dir DIR ...]``: fill mtqa's cache, then exit.

`mtqa.cache_child` runs this in a child process on a cold cache, so that the checking process
never parses the packs, imports lemminflect, numpy or TextBlob's tagger module, or reads
wordfreq's list. It builds what a check reads, with the code that reads it and under the same
keys: a Checker with every rule (preview ones too) and the packs of `--rules-dir`, which parses,
validates and compiles the packs; a check of every rule's documented examples, which compiles
the patterns rules build on first use and loads the tagger and the word list; the tagger's
other tables (`mtqa.tagging.fill_cache`); then the stamp `cache_child.prepare` looks for.
It may also be run by hand, say to fill the cache of an image or a CI runner ahead of its
first check. Exit status 0 when done, 1 when the cache folder cannot be written (or is off).
"""

from __future__ import annotations

import argparse
import os
import tempfile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mtqa.build_cache", description=__doc__.splitlines()[0])
    parser.add_argument("--rules-dir", action="append", default=[], help="a folder of your own packs")
    rules_dir = tuple(parser.parse_args(argv).rules_dir)

    from mtqa import cache_child, lexicon, pack_cache, pattern_cache, tagging
    from mtqa.engine import Checker

    root = pack_cache.cache_root()
    if root is None or not _writable(root):
        return 1
    checker = Checker(languagetool="off", preview=True, rules_dir=rules_dir)
    checker.check("\n\n".join(ex.text for rule in checker.rules for ex in rule.examples))
    tagging.fill_cache()
    lexicon.english()
    pattern_cache.save()
    cache_child.mark_filled(rules_dir)
    return 0


def _writable(root) -> bool:
    """Whether a file can be written in the cache folder (not read-only, not a full disk)."""
    try:
        os.makedirs(root, exist_ok=True)
        with tempfile.TemporaryFile(dir=root) as fh:
            fh.write(b"\0" * 65536)
            fh.flush()
        return True
    except OSError:
        return False


if __name__ == "__main__":
    raise SystemExit(main())
