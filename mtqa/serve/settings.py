"""The server's settings: what `mtqa serve`'s options say, resolved once at start-up.

Settings are plain data so that they can travel to uvicorn's worker processes (as JSON in an
environment variable, `ENV`); every worker builds its own Checkers from them.

House style: everything a configuration file may set (rules, severities, thresholds, rule
options, per-file settings, and any house-style or profile key the configuration gains) reaches
the server from one file, found as `mtqa check` finds it: ``--config FILE``, else the nearest
``mtqa.toml`` (or ``pyproject.toml`` with ``[tool.mtqa]``) upward from the working folder, else
none (``--isolated``: none is looked for). `with_config_found` settles which, once, in the process
that starts the server, so every worker reads the same file. `checker_overrides` is the one place
where command-line options (locale, packs, preview, ``--style``) join the Checker's settings.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from mtqa.errors import ConfigError

ENV = "MTQA_SERVE_SETTINGS"
DEFAULT_PORT = 8090


@dataclass(frozen=True)
class Settings:
    """Options of `mtqa serve` (see `mtqa serve --help`)."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    workers: int = 1            # processes, each with its own Checkers
    threads: int = 0            # checks running at once in one worker; 0: auto (see check_threads)
    queue: int = 16             # checks waiting in one worker beyond those running; then 503
    timeout: float = 10.0       # seconds from a request's arrival to its answer; then 503/504
    max_bytes: int = 1_000_000  # request body limit; then 413
    config: str | None = None  # the configuration file (given, or found by with_config_found)
    isolated: bool = False     # --isolated: no configuration file is looked for
    rules_dir: tuple[str, ...] = ()
    locale: str | None = None
    preview: bool = False
    style: str | None = None  # a house style profile; the configuration's when None
    languagetool: str | None = None  # URL to forward to, "off", or None: the configuration's
    cors_origins: tuple[str, ...] = ()
    max_checkers: int = 16      # Checkers kept per worker for distinct rule selections
    access_log: bool = False
    log_level: str = "warning"
    extra: dict = field(default_factory=dict)  # room for options added later, kept through to_env

    def validate(self) -> Settings:
        """Raise ConfigError for values no server can run with."""
        if self.isolated and self.config:
            raise ConfigError("--isolated ignores configuration files; drop --config or --isolated")
        if self.workers < 1:
            raise ConfigError("--workers must be at least 1")
        if self.threads < 0:
            raise ConfigError("--threads must be at least 1 (or 0: automatic)")
        if self.queue < 0:
            raise ConfigError("--queue must be 0 or more")
        if not 0 < self.timeout < float("inf"):  # inf: /healthz could not say it (JSON has no inf), a 500
            raise ConfigError(f"--timeout must be more than 0 seconds (and finite), not {self.timeout}")
        if self.max_bytes < 1024:
            raise ConfigError("--max-request-bytes must be at least 1024")
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"--port {self.port}: not a TCP port")
        lt = (self.languagetool or "").strip()
        if lt and lt.lower() != "off" and not lt.lower().startswith(("http://", "https://")):
            raise ConfigError(f"--languagetool {lt!r}: expected an http(s) URL or off")
        for origin in self.cors_origins:
            if origin != "*" and not is_origin(origin):
                raise ConfigError(f"--cors-origin {origin!r}: expected an origin such as https://cms.example.org "
                                  "(no path), a browser extension's (chrome-extension://ID), or *")
        return self

    def check_threads(self, languagetool_url: str | None) -> int:
        """Threads per worker: as given, else 1 (checks are CPU-bound, and two threads of one
        process only contend for the interpreter lock: measured, 77 against 31 requests/s at 32
        clients), or 4 when /api waits on a LanguageTool server inside the check."""
        if self.threads:
            return self.threads
        return 4 if languagetool_url else 1

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, environ=os.environ) -> Settings:
        raw = environ.get(ENV)
        if not raw:
            return cls()
        data = json.loads(raw)
        for key in ("rules_dir", "cors_origins"):
            data[key] = tuple(data.get(key) or ())
        return cls(**data)

    def with_port(self, port: int) -> Settings:
        return replace(self, port=port)

    # ---- what the Checkers are built from ----------------------------------------------

    def with_config_found(self, start: str | Path | None = None) -> Settings:
        """These settings with the configuration file settled as `mtqa check` settles it: the
        one given (as an absolute path), else the nearest upward from `start` (the working
        folder), else none. Workers started later read the file this names."""
        from mtqa import config as config_mod

        if self.config:
            return replace(self, config=str(Path(self.config).resolve()))
        if self.isolated:
            return self
        found = config_mod.discover(start)
        return replace(self, config=str(found)) if found else self

    def describe_config(self, start: str | Path | None = None) -> str:
        """Which configuration the server uses, for its start-up lines."""
        if self.config:
            return f"configuration {self.config}"
        if self.isolated:
            return "no configuration file (--isolated: defaults)"
        return f"no configuration file found upward from {Path(start or '.').resolve()} (defaults)"

    def load_config(self):
        """The configuration file (or defaults) with the command line's overrides applied."""
        from mtqa import config as config_mod

        if self.config:
            cfg = config_mod.load(self.config)
        elif self.isolated:
            cfg = config_mod.Config()
        else:  # none found at start (or not looked for yet): found as check finds it
            cfg = config_mod.load(None, start=os.getcwd())
        overrides = self.checker_overrides()
        return replace(cfg, **overrides) if overrides else cfg

    def config_warnings(self) -> list[str]:
        """What `mtqa check` says after a run about this configuration file, said by the server
        wherever it reads the file: an `extend` (or --config) naming a pyproject.toml without a
        `[tool.mtqa]` table inherits nothing (`mtqa.config.hollow_links`)."""
        if not self.config:
            return []
        from mtqa.config import hollow_links

        return hollow_links(self.config)

    def checker_overrides(self) -> dict:
        """Config fields the command line sets, over the configuration file's."""
        out: dict = {}
        if self.locale:
            out["locale"] = self.locale
        if self.rules_dir:
            out["rules_dir"] = tuple(str(Path(d).resolve()) for d in self.rules_dir)
        if self.preview:
            out["preview"] = True
        if self.style:
            out["style"] = self.style
        return out

    def languagetool_url(self, cfg) -> str | None:
        """The LanguageTool server to forward to: --languagetool, else the configuration's
        `languagetool` when it is a URL, else MTQA_LANGUAGETOOL_URL when the configuration says auto."""
        from mtqa.integrations.languagetool_choice import ENV_URL, check_environment_url

        given = (self.languagetool or "").strip()
        if given:
            return None if given.lower() == "off" else given
        setting = (cfg.languagetool or "auto").strip()
        if setting.lower().startswith(("http://", "https://")):
            return setting
        if setting.lower() == "auto":
            # the user's variable, refused under its own name (as mtqa check does), not as `languagetool`
            check_environment_url(setting)
            return os.environ.get(ENV_URL, "").strip() or None
        return None


# Schemes of the origins a browser sends: web pages', and extensions' own (the LanguageTool
# extension's requests, or a newsroom's, carry chrome-extension://ID or moz-extension://UUID).
ORIGIN_SCHEMES = ("http", "https", "chrome-extension", "moz-extension", "safari-web-extension")


def is_origin(value: str) -> bool:
    """Whether `value` is an origin as a browser sends it (scheme://host[:port], nothing after):
    one with a path or a trailing slash would never equal a request's Origin header."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        return False
    return (parts.scheme in ORIGIN_SCHEMES and bool(parts.hostname) and not parts.path
            and not parts.query and not parts.fragment and "@" not in parts.netloc)
