"""A word pattern is written once: module-level word, token or chunk patterns of `mtqa` (constants
whose name holds WORD, TOKEN or CHUNK, and `mtqa.text.tokens`'s own) that compile the same text
with the same flags share one name in the text toolkit (`mtqa.text.tokens`), so a change to what
a "word" is reaches every rule using it."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import mtqa

_COMPILERS = {"lazy", "lazy_re", "compile"}  # patterns.lazy/lazy_re, pattern_cache/regex/re.compile
# Below the toolkit in the layers (mtqa.text imports mtqa.segment through mtqa.analysis), so
# they cannot import its names: `segment` and `matching` cut the same tokens.
_BELOW_THE_TOOLKIT = {"mtqa/segment.py:_TOKEN", "mtqa/matching.py:_TOKEN"}


def _word_patterns() -> dict[tuple[str, str, str], list[str]]:
    root = Path(mtqa.__path__[0]).parent
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for path in sorted(Path(root, "mtqa").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                continue
            name, call = node.targets[0].id, node.value
            in_toolkit = path.name == "tokens.py" and path.parent.name == "text"
            if not (re.search("WORD|TOKEN|CHUNK", name) or in_toolkit) or not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if func not in _COMPILERS:
                continue
            try:
                text = ast.literal_eval(call.args[0])
            except ValueError:
                continue
            std_re = func == "lazy_re" or ast.unparse(call.func) == "re.compile"
            # `[\p{L}]` is `\p{L}`: a bracket around one class changes nothing
            text = re.sub(r"\[(\\p\{\w+\})\]", r"\1", text)
            flags = ast.unparse(call.args[1]) if len(call.args) > 1 else "0"
            found[("re" if std_re else "regex", text, flags)].append(f"{path.relative_to(root).as_posix()}:{name}")
    return found


def test_no_word_pattern_is_written_twice() -> None:
    twice = {key: where for key, where in _word_patterns().items()
             if len([w for w in where if w not in _BELOW_THE_TOOLKIT]) > 1}
    assert not twice, twice


def test_the_walk_sees_the_toolkits_word_patterns() -> None:
    names = {w for where in _word_patterns().values() for w in where}
    toolkit = {f"mtqa/text/tokens.py:{name}" for name in ("WORD", "ALNUM_RUN", "LETTER_WORD", "LETTER_RUN", "CHUNK")}
    assert toolkit <= names and len(names) > 50
