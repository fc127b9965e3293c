"""Build hook: compile the native scanner (native/, Rust) into mtqa/ when cargo is available.

Without cargo, or when the build fails, the install still succeeds and mtqa uses its
pure-Python scanner (same results, slower). ``MTQA_NO_NATIVE=1`` skips the build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_LIBRARY = {"linux": "lib_native.so", "darwin": "lib_native.dylib", "win32": "_native.dll"}


class NativeScannerHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name not in ("wheel",):
            return
        if version != "editable":
            # The packs ship inside the package. Not in an editable install, which reads rules/
            # of the checkout: there the copy made site-packages/mtqa/ a folder holding _packs
            # alone, which type checkers took for the package (no py.typed: "missing library
            # stubs"), so a project's mypy saw every mtqa name as Any.
            build_data["force_include"][str(Path(self.root) / "rules")] = "mtqa/_packs"
        if os.environ.get("MTQA_NO_NATIVE"):
            return
        built = self._build()
        if built is None:
            return
        if version != "editable":
            build_data["force_include"][str(built)] = f"mtqa/{built.name}"
            build_data["pure_python"] = False
            build_data["tag"] = self._abi3_tag()

    def _abi3_tag(self) -> str:
        """The wheel's tag: the extension uses the stable ABI (pyo3's abi3-py310, native/Cargo.toml),
        so one wheel serves CPython 3.10 and later. Hatch's inferred tag (cp311-cp311-...) bound it
        to the Python that built it, and pip refused it on any other."""
        inferred = self.build_config.builder.get_best_matching_tag()  # e.g. cp311-cp311-linux_x86_64
        return "cp310-abi3-" + inferred.split("-", 2)[2]

    def _build(self) -> Path | None:
        root = Path(self.root)
        manifest = root / "native" / "Cargo.toml"
        cargo = shutil.which("cargo") or str(Path.home() / ".cargo" / "bin" / "cargo")
        if not manifest.is_file() or not Path(cargo).exists():
            self.app.display_warning("mtqa: no cargo found; the pure-Python scanner will be used")
            return None
        env = dict(os.environ, PYO3_PYTHON=sys.executable)
        proc = subprocess.run([cargo, "build", "--release", "--quiet", "--manifest-path", str(manifest)],
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            self.app.display_warning("mtqa: the native scanner did not build; the pure-Python scanner will be used\n"
                                     + proc.stderr[-2000:])
            return None
        platform = "win32" if sys.platform == "win32" else ("darwin" if sys.platform == "darwin" else "linux")
        library = self._target_dir(cargo, manifest, env) / "release" / _LIBRARY[platform]
        if not library.is_file():
            self.app.display_warning(f"mtqa: cargo built no {library}; the pure-Python scanner will be used")
            return None
        dest = root / "mtqa" / ("_native.pyd" if platform == "win32" else "_native.abi3.so")
        if not dest.is_file() or dest.read_bytes() != library.read_bytes():
            # A new file renamed over the old one, never written into it: a running Python that
            # has the old library loaded (a test session building a wheel) keeps its copy intact.
            tmp = dest.with_name(dest.name + ".tmp")
            shutil.copyfile(library, tmp)
            os.replace(tmp, dest)
        return dest

    @staticmethod
    def _target_dir(cargo: str, manifest: Path, env: dict) -> Path:
        """Where cargo put the build: native/target, unless CARGO_TARGET_DIR or a cargo
        configuration's build.target-dir moved it (a shared target folder is common among Rust
        developers; the hook read native/target and the install died on a FileNotFoundError)."""
        proc = subprocess.run([cargo, "metadata", "--format-version", "1", "--no-deps", "--manifest-path",
                               str(manifest)], env=env, capture_output=True, text=True)
        if proc.returncode == 0:
            try:
                return Path(json.loads(proc.stdout)["target_directory"])
            except (ValueError, KeyError):
                pass
        return manifest.parent / "target"
