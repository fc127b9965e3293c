"""What the CLI writes to a console that is not UTF-8.

A Windows console or pipe (`PYTHONIOENCODING=cp1252`, a Windows `> report.txt`), `LANG=C` on an
old Python, or `PYTHONIOENCODING=ascii` gives stdout an encoding that cannot hold every
character of the copy (a Chinese name in a story, the `␛` the text report shows for an escape
sequence). Python's strict default then ended a report half-way with an internal error (exit 2).
The report is written with the characters the encoding lacks as `\\u4e60` escapes instead, as
Python writes its own stderr: nothing lost, no mojibake, the exit code the copy's.

A patch (`--diff`) is not a report: it goes to stdout's bytes in the checked file's own encoding
(`patch_bytes`), so `git apply` meets the bytes the file holds, whatever the console's encoding.
"""

from __future__ import annotations

import codecs
import sys

__all__ = ["patch_bytes", "tolerate_narrow_encodings"]

_WHOLE = {"utf-8", "utf-16", "utf-32", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}


def _narrow(encoding: str | None) -> bool:
    """Whether `encoding` cannot encode every character (anything but a UTF)."""
    if not encoding:
        return False
    try:
        return codecs.lookup(encoding).name not in _WHOLE
    except LookupError:
        return False


def tolerate_narrow_encodings() -> None:
    """Write what stdout's or stderr's encoding cannot hold as backslash escapes, not a crash.
    Streams already lenient (a host's own error handler) or UTF-8 ones are left as they are."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or getattr(stream, "errors", None) != "strict":
            continue
        if not _narrow(getattr(stream, "encoding", None)):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def patch_bytes(patch: str, encoding: str) -> bytes:
    """A patch in the bytes of the file it mends: its own encoding when that encoding writes
    ASCII as ASCII (UTF-8, latin-1, cp1252…), else UTF-8 (UTF-16 patches apply nowhere).
    A file name mtqa read as undecodable bytes (surrogate escapes) gets its bytes back."""
    try:
        plain = "ab".encode(encoding) == b"ab"
    except (LookupError, UnicodeError):
        plain = False
    codec = encoding if plain else "utf-8"
    try:
        return patch.encode(codec, errors="surrogateescape")
    except UnicodeEncodeError:  # a file name the file's encoding cannot spell
        return patch.encode("utf-8", errors="surrogateescape")
