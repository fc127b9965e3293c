"""The Checkers of one worker process: built once, reused by every request.

A Checker compiles rules and packs once and is thread-safe, so one serves all requests of a
worker. Requests that choose rules, thresholds or preview rules get a Checker built for that
choice and kept in a small LRU (`Settings.max_checkers`), so a client asking the same thing
twice pays the build once, and many distinct choices cannot grow memory without bound.

A Checker that forwards to LanguageTool keeps a per-run cache of LanguageTool's answers and,
after a refused connection, skips LanguageTool "for the rest of the run". A server's run never
ends, so such a Checker is replaced after `RENEW_AFTER_CHECKS` checks or `RENEW_AFTER_SECONDS`:
memory stays bounded and a LanguageTool server that comes back is used again.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace

from mtqa.engine import Checker
from mtqa.serve.settings import Settings

RENEW_AFTER_CHECKS = 1000
RENEW_AFTER_SECONDS = 60.0


@dataclass
class _Entry:
    checker: Checker
    born: float
    uses: int = 0


class Checkers:
    """Checkers by (rule choice, LanguageTool on or off) for one worker.

    Args:
        settings: the server's settings; the configuration file is read here, once.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.config = settings.load_config()
        # read with the file, each time it is read (start-up, and each worker uvicorn starts,
        # restarts on SIGHUP or replaces): the caller says them (mtqa.serve.server, app)
        self.config_warnings = settings.config_warnings()
        self.languagetool_url = settings.languagetool_url(self.config)
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple, _Entry] = OrderedDict()
        self.base = self.get()  # built now: a bad configuration fails at start-up, not on a request
        if self.languagetool_url:
            self.get(languagetool=True)

    def config_for(self, filename: str | None, select: tuple[str, ...] | None = None,
                   ignore: tuple[str, ...] | None = None):
        """The settings for a copy named `filename` (None: the top level), as `mtqa check` resolves
        a file's: per-file sections, then the caller's select/ignore, then per-file-ignores, then
        the server's command-line options (`--locale`, `--preview`, `--style`, `--rules-dir`),
        which beat a per-file section as check's command line does."""
        config = self.config.for_file(filename, select, ignore)
        overrides = self.settings.checker_overrides()
        return replace(config, **overrides) if overrides else config

    def get(self, *, languagetool: bool = False, filename: str | None = None, **overrides) -> Checker:
        """The Checker for these Checker overrides (select, ignore, preview, fail_under, fail_on),
        with the configuration's per-file settings for `filename` (a name a request gives its
        copy: never opened), layered as `mtqa check` layers them for that file.

        Raises:
            ConfigError: an unknown rule or family, or a bad value (the caller answers 400).
        """
        use_lt = bool(languagetool and self.languagetool_url)
        patterns = self.config.patterns_for(filename)
        key = (use_lt, patterns, *sorted((k, tuple(v) if isinstance(v, (list, tuple)) else v)
                                         for k, v in overrides.items() if v is not None))
        now = time.monotonic()
        with self._lock:
            entry = self._cache.get(key)
            if entry is not None and use_lt and (
                    entry.uses >= RENEW_AFTER_CHECKS or now - entry.born > RENEW_AFTER_SECONDS):
                entry = None
            if entry is not None:
                entry.uses += 1
                self._cache.move_to_end(key)
                return entry.checker
        select, ignore = overrides.pop("select", None), overrides.pop("ignore", None)
        config = self.config_for(filename if patterns else None,
                                 tuple(select) if select is not None else None,
                                 tuple(ignore) if ignore is not None else None)
        checker = Checker(config, languagetool=self.languagetool_url if use_lt else "off", **overrides)
        with self._lock:
            self._cache[key] = _Entry(checker, now, 1)
            self._cache.move_to_end(key)
            while len(self._cache) > max(2, self.settings.max_checkers):
                self._cache.popitem(last=False)
        return checker
