"""The document model: decoded text, locale, format, optional source and reference.

The user's text is never rewritten. Formats (plain, Markdown, HTML) produce paragraphs of
prose that map every character back to an offset of the decoded input, and line/column
are computed from those offsets, so a finding lands on the exact place in the file the
user opened whatever the format, line endings (LF, CRLF, CR) or characters (columns count
code points, so a character outside the BMP is one column, and a tab is one column).
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterator

import msgspec

from mtqa.errors import InputError, LocaleError
from mtqa.lines import LineIndex as LineIndex  # where it lived before mtqa.lines
from mtqa.records import FACTORY, record
from mtqa.segment import Paragraph, word_counter

LOCALES = ("en-CA", "en-US", "en-GB", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-IN")
DEFAULT_LOCALE = "en-CA"


def check_locale(locale: str) -> str:
    """Return the canonical spelling of a supported locale, or raise LocaleError."""
    for known in LOCALES:
        if known.lower() == locale.replace("_", "-").lower():
            return known
    raise LocaleError(f"unknown locale {locale!r} (supported: {', '.join(LOCALES)})")


# Byte-order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# Encodings a byte-order mark may refine: the default and the Unicode ones named without
# a byte order. A file declared as, say, latin-1 is read as latin-1 whatever it starts with.
_BOM_AWARE = {"utf-8", "utf8", "utf-8-sig", "utf-16", "utf16", "utf-32", "utf32"}


class Decoded(msgspec.Struct, frozen=True):
    """Decoded input: the text, the byte-order mark it had (b"" for none) and the codec used."""

    text: str
    bom: bytes
    encoding: str

    def encode(self, text: str) -> bytes:
        """`text` in the input's own encoding, with its byte-order mark (for writing fixes)."""
        return self.bom + text.encode(self.encoding)


def unknown_encoding(value: str) -> str:
    """`unknown encoding 'latin-9' (did you mean 'latin9'?)`: Python's codec names are not all the
    names people type ("latin-9", "cp-1252", "big-5" are refused), so the message offers the name
    Python knows that differs only by its separators, else the nearest one."""
    import difflib
    from encodings.aliases import aliases

    names = sorted(set(aliases) | set(aliases.values()))
    squeezed = "".join(c for c in value.lower() if c.isalnum())
    same = [n for n in names if n.replace("_", "") == squeezed]
    near = same or difflib.get_close_matches(value.lower().replace("-", "_"), names, 1, 0.8)
    if not near:
        return f"unknown encoding {value!r}"
    shown = near[0].replace("_", "-")  # as people write it ("utf-8"), when Python takes it so
    try:
        codecs.lookup(shown)
    except LookupError:
        shown = near[0]
    return f"unknown encoding {value!r} (did you mean {shown!r}?)"


def decode_input(data: bytes, name: str = "<input>", encoding: str = "utf-8") -> Decoded:
    """Decode bytes strictly, honouring a UTF-8/16/32 byte-order mark. Errors name the file
    and byte offset."""
    declared = encoding.replace("_", "-").lower()
    try:
        codecs.lookup(declared)
    except LookupError:
        raise InputError(unknown_encoding(encoding)) from None
    bom = b""
    if declared in _BOM_AWARE:
        for mark, codec in _BOMS:
            if data.startswith(mark):
                bom, encoding = mark, codec
                break
        else:
            if declared in ("utf-16", "utf16", "utf-32", "utf32"):
                encoding = declared.replace("utf16", "utf-16").replace("utf32", "utf-32") + "-le"
            elif declared == "utf-8-sig":
                encoding = "utf-8"
    wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    body = data[len(bom):]
    if not wide and b"\x00" in body[:8192]:
        bomless = _bomless_utf16(body[:8192])
        if bomless:
            raise InputError(f"{name}: looks like {bomless.upper()} text without a byte-order mark, not "
                             f"{encoding}; pass --encoding {bomless}")
        raise InputError(f"{name}: looks like a binary file (NUL byte), not text")
    try:
        return Decoded(body.decode(encoding), bom, encoding)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        raise InputError(
            f"{name}: not valid {encoding} at byte {offset} (0x{body[exc.start]:02x}); "
            f"pass --encoding if the file uses another encoding"
        ) from None


def _bomless_utf16(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `head` reads as UTF-16 text without a BOM (a Windows
    export saved so): a NUL in one byte of nearly every pair, none in the other, and the whole
    decodable; else None (a PNG or other binary data has its NULs anywhere)."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    for codec, zero_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        zeros = head[zero_at::2].count(0)
        if zeros >= 0.9 * pairs and head[1 - zero_at::2].count(0) == 0:
            try:
                head[:pairs * 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def decode(data: bytes, name: str = "<input>", encoding: str = "utf-8") -> tuple[str, bool]:
    """Decode bytes strictly; return (text, had_bom). See decode_input."""
    d = decode_input(data, name, encoding)
    return d.text, bool(d.bom)


def read_bytes(path: str | Path, max_bytes: int | None = None, regular_only: bool = False) -> bytes:
    """The bytes of a file; every failure is an InputError naming the path.

    Nothing here waits on what may never come. The file is opened without blocking, so a FIFO
    nothing writes to is refused at once rather than waited on for ever; a pipe something does
    write to (`mtqa check <(cmd)`, /dev/stdin when stdin is a pipe) is read to its end. A device
    (/dev/zero, /dev/urandom, a terminal) and a socket are refused before a byte is read: none
    is a text file, and the first two never end. The null device is the exception: scripts and
    diff tools name it for an empty file, and it reads as one. With `regular_only` (files found by walking a
    directory) a pipe is refused too. At most `max_bytes` are read, so a pipe that never ends
    cannot exhaust memory; a regular file over the limit is refused by its size, unread.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {_unopenable(path, exc)}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if stat.S_ISREG(st.st_mode):
            if max_bytes is not None and st.st_size > max_bytes:
                raise _too_large(str(path), max_bytes)  # refused before a byte is read
            _block(fd)
            return read_at_most(lambda n: os.read(fd, n), str(path), max_bytes)
        if _is_null_device(st):
            return b""  # /dev/null: the empty file scripts and diffs name, not an endless device
        if regular_only or not stat.S_ISFIFO(st.st_mode):
            raise InputError(f"{path}: not a regular file ({file_kind(st.st_mode)}){_USE_STDIN}")
        return _read_pipe(fd, str(path), max_bytes)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO with no writer must not wait (no FIFOs without it)
_USE_STDIN = "; mtqa reads text files, pipes and - (standard input)"


def _is_null_device(st: os.stat_result) -> bool:
    """Whether `st` is the null device (os.devnull), which reads as an empty file."""
    if not stat.S_ISCHR(st.st_mode):
        return False
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(null.st_mode) and null.st_rdev == st.st_rdev


def _block(fd: int) -> None:
    """Reads of `fd` wait for data again (undoing O_NONBLOCK where the open used it)."""
    if _NONBLOCK:
        os.set_blocking(fd, True)


def _unopenable(path: str | Path, exc: OSError) -> str:
    """Why a path could not be opened: a socket says so (open() gives ENXIO, "no such device")."""
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            return f"not a regular file (a socket){_USE_STDIN}"
    except OSError:
        pass
    return f"cannot read ({exc.strerror or exc})"


def _read_pipe(fd: int, name: str, max_bytes: int | None) -> bytes:
    """A FIFO or pipe opened without blocking: read at once, nothing written and no writer is
    an error (read() gives end-of-file only when nothing holds the other end); while a writer
    holds it, its bytes are waited for and read to the end, up to `max_bytes`."""
    want = 1 << 20 if max_bytes is None else min(1 << 20, max_bytes + 1)
    try:
        first = os.read(fd, want)
    except BlockingIOError:  # a writer holds it open and has written nothing yet
        first = None
    if first == b"":
        raise InputError(f"{name}: a FIFO with nothing writing to it (nothing to read)")
    _block(fd)
    pending = [first] if first else []

    def read(n: int) -> bytes:
        return pending.pop() if pending else os.read(fd, n)
    return read_at_most(read, name, max_bytes)


def read_head(path: str | Path, n: int) -> bytes:
    """The first `n` bytes of a regular file, else b"" (a FIFO, a device, an unreadable path):
    a peek at its byte-order mark that never waits on a pipe nor takes from it."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        _block(fd)
        return os.read(fd, n)
    except OSError:
        return b""
    finally:
        os.close(fd)


def read_at_most(read: Callable[[int], bytes], name: str, max_bytes: int | None,
                 overflow: Callable[[bytes], None] | None = None) -> bytes:
    """Everything `read(n)` gives until it gives nothing, or an InputError naming `name` once
    more than `max_bytes` came (a pipe or stdin is held to the limit a file is held to).

    `overflow`, when given, is handed the bytes read so far before the error is raised: a caller
    that must not lose them (`--fix -` passes stdin through) gets them and the rest is still
    unread, to be streamed rather than held."""
    chunks = []
    total = 0
    while True:
        want = 1 << 20 if max_bytes is None else min(1 << 20, max_bytes + 1 - total)
        if want <= 0:
            break
        chunk = read(want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if max_bytes is not None and total > max_bytes:
        if overflow is not None:
            overflow(b"".join(chunks))
        raise _too_large(name, max_bytes)
    return b"".join(chunks)


def _too_large(name: str, max_bytes: int) -> InputError:
    mib = max_bytes // (1024 * 1024)
    return InputError(f"{name}: larger than {mib} MiB; mtqa checks files up to {mib} MiB (split it)")


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def read_file(path: str | Path, encoding: str = "utf-8") -> tuple[str, bool]:
    """Read and decode a file; every failure is an InputError naming the path."""
    return decode(read_bytes(path), str(path), encoding)


def require_str(value, name: str, allow_none: bool = True, document_ok: bool = False) -> None:
    """A clear TypeError for an argument of the wrong type (instead of a regex engine's
    message deep inside a rule)."""
    if (value is None and allow_none) or isinstance(value, str):
        return
    kinds = "a str" + (" or a Document" if document_ok else "") + (" or None" if allow_none else "")
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
    raise TypeError(f"mtqa: {name} must be {kinds}, not {type(value).__name__}{hint}")


@record(frozen=False)
@dataclass(init=False, repr=False, eq=False)
class Document:
    """Text to check, with what the rules need to know about it.

    Args:
        text: the decoded input, exactly as the user has it.
        locale: the story's locale (en-CA by default).
        format: "plain", "markdown" or "html".
        path: where it came from, for reports ("-" for stdin).
        source: the original (e.g. French) text, when given.
        reference: a reference translation, when given.
    """

    text: str
    locale: str = DEFAULT_LOCALE
    format: str = "plain"
    path: str | None = None
    source: str | None = None
    reference: str | None = None
    bom: bool = False
    meta: dict = field(default_factory=dict)

    def __init__(self, text: str, locale: str = DEFAULT_LOCALE, format: str = "plain", path: str | None = None,
                 source: str | None = None, reference: str | None = None, bom: bool = False,
                 meta: dict = FACTORY) -> None:
        self.text = text
        self.locale = locale
        self.format = format
        self.path = path
        self.source = source
        self.reference = reference
        self.bom = bom
        self.meta = {} if meta is FACTORY else meta
        self.__post_init__()

    def __post_init__(self) -> None:
        require_str(self.text, "text", allow_none=False)
        for name in ("locale", "format", "path", "source", "reference"):
            require_str(getattr(self, name), name, allow_none=name not in ("locale", "format"))

    @cached_property
    def _parsed(self):
        from mtqa.formats import parse

        return parse(self.text, self.format)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph, made once and kept (see `iter_paragraphs` for a long document)."""
        return self._parsed.paragraphs

    def iter_paragraphs(self) -> Iterator[Paragraph]:
        """The paragraphs in order: those of `paragraphs` once it has been made, else (for a
        format that can stream them, plain text) fresh ones that the document does not keep,
        so that a long text is checked a section at a time with only that section's
        paragraphs alive."""
        return self._parsed.iter_paragraphs()

    @property
    def directives(self):
        """Inline suppression directives found in the input (see mtqa.suppress)."""
        return self._parsed.directives

    @property
    def extent(self) -> tuple[int, int]:
        """The part of `text` the rules see as the story: all of it (a section of a very long
        document has a narrower extent, so story-wide searches stay linear)."""
        return 0, len(self.text)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def words(self) -> int:
        count = word_counter()
        return sum(count(p.text) for p in self.iter_paragraphs())

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)
