"""Bilingual files (XLIFF 1.2/2.x, TMX, gettext PO): every segment checked with its own source.

    >>> from mtqa.bilingual import check_file
    >>> report = check_file(checker, "fr-en.xlf")          # one Report for the whole file

A reader per format (xliff.py, tmx.py, po.py) yields Segments one at a time (segment.py);
check.py runs the Checker on each target with its source and maps the findings back onto the
file: a finding carries its segment id (``extra["segment"]``) and the line and column of the
file, and a fix is an edit of the file itself, so ``--fix`` splices the corrected target into
the original bytes and leaves everything else as it was.

A segment with no target (or an empty one) is not an error: translation files are often
partly translated. It is not checked, and the report's notes say how many there were.
"""

from __future__ import annotations

import os

from mtqa.errors import InputError

READERS = {"xliff": "mtqa.bilingual.xliff", "tmx": "mtqa.bilingual.tmx", "po": "mtqa.bilingual.po"}
# memoQ (.mqxliff), Phrase/Memsource (.mxliff) and Trados (.sdlxliff) write XLIFF 1.2 under names of their own
EXTENSIONS = {".xlf": "xliff", ".xliff": "xliff", ".mqxliff": "xliff", ".mxliff": "xliff", ".sdlxliff": "xliff",
              ".tmx": "tmx", ".po": "po"}


def detect(path: str | None) -> str | None:
    """The bilingual format of a path by its extension, or None for a monolingual file."""
    if not path or path == "-":
        return None
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def decode(data: bytes, fmt: str, name: str) -> tuple[str, str, bool]:
    """Decode a bilingual file the way its format says: (text, codec, had BOM)."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        raise InputError(f"{name}: looks like a binary file (NUL byte), not {fmt.upper()}")
    if fmt == "po":
        from mtqa.bilingual.po import decode_po

        return decode_po(data, name)
    from mtqa.bilingual.xmlscan import decode_xml

    return decode_xml(data, name)


def segments(text: str, fmt: str, name: str):
    """Iterate over the segments of a decoded bilingual file."""
    import importlib

    try:
        module = importlib.import_module(READERS[fmt])
    except KeyError:
        raise InputError(f"unknown bilingual format {fmt!r} (known: {', '.join(sorted(READERS))})") from None
    return module.read(text, name)


def __getattr__(name: str):
    """check_file and check_text load the checking module when first asked for, so that
    detecting a monolingual file (every plain check does) imports nothing more."""
    if name in ("check_file", "check_text"):
        from mtqa.bilingual import check

        return getattr(check, name)
    raise AttributeError(f"module 'mtqa.bilingual' has no attribute {name!r}")


__all__ = ["EXTENSIONS", "READERS", "check_file", "check_text", "decode", "detect", "segments"]
