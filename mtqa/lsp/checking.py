"""What `mtqa lsp` checks a document with: its configuration, found as `mtqa check` finds a
file's, its format, and the Session (`mtqa.session`) the CLI's pipeline runs.

The configuration is the nearest `mtqa.toml` (or `pyproject.toml` with `[tool.mtqa]`) from the
document's folder up, read again when that file or one it extends changes on disk (an editor
session outlives many edits of them), then the file's per-file settings (`Config.for_file`), with LanguageTool off,
then the command line's options, then the editor's settings (`EDITOR_SETTINGS`, sent at
`initialize` or by `workspace/didChangeConfiguration`: they can turn LanguageTool on). A document
that is not a file (an unsaved buffer) takes the workspace folder's. Nothing here imports pygls.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from mtqa import config as config_mod
from mtqa.errors import ConfigError, InputError, MtqaError
from mtqa.formats import EXTENSIONS
from mtqa.result import Report
from mtqa.session import Session

# What an editor may set, as the configuration file spells it (`select` and `ignore` are layered
# over the file's, as --select and --ignore are); the rest of a configuration stays in its file.
EDITOR_SETTINGS = ("style", "select", "ignore", "locale", "languagetool", "preview")
SETTINGS_LABEL = "editor settings"


def editor_settings(sent: Any) -> dict[str, Any]:
    """Config field overrides from an editor's settings: `{"mtqa": {...}}` or the table itself,
    checked as a configuration file's keys are (an unknown rule, locale or key is refused).

    Raises:
        ConfigError: a value or key mtqa refuses; the message names the setting.
    """
    if sent is None:
        return {}
    table = sent.get("mtqa", sent) if isinstance(sent, dict) else sent
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ConfigError(f"{SETTINGS_LABEL}: expected an object of settings, got {type(table).__name__}")
    other = sorted(set(table) - set(EDITOR_SETTINGS))
    if other:
        raise ConfigError(f"{SETTINGS_LABEL}: {other[0]!r} is not an editor setting "
                          f"(these are: {', '.join(EDITOR_SETTINGS)}; the rest goes in mtqa.toml)")
    return config_mod.parse_table({k: v for k, v in table.items() if v is not None}, SETTINGS_LABEL)


# Editors' language ids for the formats mtqa reads (VS Code's, Neovim's and Helix's names).
LANGUAGE_FORMATS = {"plaintext": "plain", "text": "plain", "txt": "plain", "markdown": "markdown",
                    "md": "markdown", "html": "html", "xhtml": "html"}


def document_format(language_id: str | None, path: str | None) -> str:
    """The format for an editor's language id, else the file's extension, else plain text."""
    if language_id and language_id.lower() in LANGUAGE_FORMATS:
        return LANGUAGE_FORMATS[language_id.lower()]
    if path:
        return EXTENSIONS.get(Path(path).suffix.lower(), "plain")
    return "plain"


class Checks:
    """Sessions by configuration, kept for the server's life; configurations by file, re-read
    when its size or time changes, or that of a file it extends. `lock` is held by every check and settings change:
    the server checks in its worker thread and, for a code action, in its own; neither may see
    the other's half-made state (settings being tried, a Session being built).

    Args:
        config_path: a configuration file to use for every document (`mtqa lsp --config`).
        isolated: read no configuration file (`--isolated`).
        overrides: Checker options replacing the configuration's (`--preview`, `--style`).
    """

    def __init__(self, config_path: str | None = None, isolated: bool = False,
                 overrides: dict[str, Any] | None = None) -> None:
        self.config_path = config_path
        self.isolated = isolated
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self.settings: dict[str, Any] = {}  # the editor's, from `editor_settings`
        # by file: the stamps of it and the files it extends, its Config, and those files
        self._loaded: dict[str, tuple[list, config_mod.Config, list[Path]]] = {}
        self._sessions: dict[str, Session] = {}
        self.lock = threading.RLock()
        # warnings about a configuration just read (an `extend` that inherits nothing), for the
        # server to show once: `mtqa check` prints them after its run, an editor has no run's end
        self._notes: list[str] = []
        self._notes_lock = threading.Lock()

    def config_for(self, path: str | None, folder: str | None = None) -> config_mod.Config:
        """The configuration `mtqa check PATH` would use for `path` (None: a buffer in `folder`).

        Raises:
            ConfigError: the configuration file is broken (the server shows it to the user).
        """
        if self.isolated:
            base = config_mod.Config()
        else:
            found = Path(self.config_path) if self.config_path else config_mod.discover(
                Path(path).parent if path else (folder or os.getcwd()))
            base = self._load(found) if found else config_mod.Config()
        # LanguageTool is off unless the editor's settings turn it on: a round trip to its server on
        # every pause in typing is not "fast enough to run on every save", and its findings have no
        # fixes of mtqa's
        cfg = replace(base.for_file(path), languagetool="off")
        return config_mod.with_overrides(cfg, {**self.overrides, **self.settings})

    def use_settings(self, sent: Any, folder: str | None = None) -> None:
        """Take an editor's settings if they are valid and a check could use them (a style that
        does not exist is found here, not at the next check); else keep the previous ones.

        Raises:
            MtqaError: the settings are refused; the server shows why.
        """
        with self.lock:
            settings, previous = editor_settings(sent), self.settings
            self.settings = {}
            try:
                self.config_for(None, folder)
            except MtqaError:  # the configuration file is broken: checks say so, not the settings
                self.settings = settings
                return
            self.settings = settings
            try:
                self.session_for(self.config_for(None, folder))
            except MtqaError as exc:
                self.settings = previous
                raise type(exc)(f"{SETTINGS_LABEL}: {exc}") from None

    def _load(self, found: Path) -> config_mod.Config:
        """`found`'s configuration, read again when it or a file it extends (`extend`) changed:
        a desk's file rarely changes, the newsroom's it extends does."""
        kept = self._loaded.get(str(found))
        if kept is not None and kept[0] == _stamps(kept[2]):
            return kept[1]
        own = _stamps([found])[0]  # taken before reading: a save while it is read is read next time
        if own is None:
            raise InputError(f"{found}: configuration file not found")
        cfg = config_mod.load_file(found)
        # the files of its chain that set something (Config.sources names them)
        extended = [Path(f) for f in dict.fromkeys(name for value in cfg.sources.values()
                                                   for name in value.split(" + ")) if Path(f) != found]
        self._loaded[str(found)] = ([own, *_stamps(extended)], cfg, [found, *extended])
        said = config_mod.hollow_links(found)
        with self._notes_lock:
            self._notes.extend(n for n in said if n not in self._notes)
        return cfg

    def take_notes(self) -> list[str]:
        """The warnings of the configurations read since the last call (each once per reading)."""
        with self._notes_lock:
            notes, self._notes = self._notes, []
        return notes

    def session_for(self, cfg: config_mod.Config) -> Session:
        key = repr(cfg)
        if key not in self._sessions:
            self._sessions[key] = Session.of(cfg)
        return self._sessions[key]

    def check(self, text: str, path: str | None, language_id: str | None = None,
              folder: str | None = None) -> tuple[Session, Report]:
        """Check a document's text as the CLI checks the file, through its Session.

        Raises:
            MtqaError: a broken configuration, or a format mtqa cannot read here.
        """
        with self.lock:
            cfg = self.config_for(path, folder)
            if cfg.input_format and cfg.input_format not in ("plain", "markdown", "html"):
                raise InputError(f"mtqa lsp checks plain text, Markdown and HTML; input-format "
                                 f"{cfg.input_format!r} is for `mtqa check`")
            fmt = cfg.input_format or document_format(language_id, path)
            session = self.session_for(cfg)
            report = session.check(session.document(text, path=path, format=fmt))
            return session, report


def _stamps(files: list[Path]) -> list[tuple[int, int] | None]:
    """Each file's (time, size), None for one that is gone: a change of any is a change of the configuration."""
    out: list[tuple[int, int] | None] = []
    for f in files:
        try:
            st = f.stat()
        except OSError:
            out.append(None)
            continue
        out.append((st.st_mtime_ns, st.st_size))
    return out
