"""Whether a check runs LanguageTool, answered without importing its client.

Every `Checker()` asks (`mtqa.integrations.enabled`); at the default `auto` with no server
in the environment the answer is "only where the `mtqa[languagetool]` extra is installed",
and most users have not installed it: they then never import `mtqa.integrations.languagetool`
(its client, mapping schema and records: ~3 M instructions, ~0.6 % of a one-file check).
"""

from __future__ import annotations

import os

NAME = "languagetool"
ENV_URL = "MTQA_LANGUAGETOOL_URL"


def extra_installed() -> bool:
    """Whether the optional `mtqa[languagetool]` extra (language-tool-python) is installed."""
    import importlib.util

    return importlib.util.find_spec("language_tool_python") is not None


def wanted(config) -> bool:
    """`auto` with no server configured means LanguageTool only for users who installed the extra
    (they are told it was skipped and why); everyone else never asked for it and hears nothing."""
    if (config.languagetool or "auto").strip().lower() != "auto" or os.environ.get(ENV_URL, "").strip():
        return True
    return extra_installed()


def check_environment_url(setting: str | None) -> None:
    """At `auto` the server is MTQA_LANGUAGETOOL_URL's: a value that is no http(s) URL is the same
    mistake as `--languagetool notaurl`, said at once (ConfigError), not left to fail as a request."""
    value = os.environ.get(ENV_URL, "").strip()
    if not value or (setting or "auto").strip().lower() != "auto":
        return
    from urllib.parse import urlsplit

    from mtqa.errors import ConfigError

    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{ENV_URL}: {value!r} is not an http(s) URL")


def selected(config) -> bool:
    """Whether the rule selection of `config` includes LanguageTool's findings."""
    import fnmatch

    def hits(p: str) -> bool:
        return p in ("ALL", "all", "*", NAME) or p.startswith(NAME + "/") or fnmatch.fnmatchcase(NAME + "/x", p)

    if config.select and not any(hits(p) for p in config.select):
        return False
    return not any(p in (NAME, NAME + "/*") for p in config.ignore)
