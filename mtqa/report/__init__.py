"""Report renderers: each module exposes `render(reports, **opts) -> str`.

FORMATS maps a format name to its module; modules are imported only when used.
"""

from __future__ import annotations

import importlib

FORMATS = {
    "text": "mtqa.report.text",
    "json": "mtqa.report.json",
    "sarif": "mtqa.report.sarif",
    "junit": "mtqa.report.junit",
    "github": "mtqa.report.github",
    "html": "mtqa.report.html",
}


def renderer(name: str):
    """The module rendering format `name`; an unknown name is a ValueError listing the known ones."""
    if name not in FORMATS:
        raise ValueError(f"unknown report format {name!r} (known: {', '.join(sorted(FORMATS))})")
    return importlib.import_module(FORMATS[name])
