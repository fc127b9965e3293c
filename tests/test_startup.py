"""Start-up stays light: `import mtqa` and a plain-text `mtqa check` import only what they use.

Each case runs in a fresh interpreter and reads `sys.modules` at exit, so a heavy or optional
module imported at module level anywhere on the path shows up here.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_warm_cache

# Optional dependencies and modules a plain-text check never needs.
HEAVY = (
    "babel", "wordfreq", "pypinyin", "anyascii", "tqdm", "markdown_it", "mdit_py_plugins", "defusedxml", "polib",
    "sacrebleu", "language_tool_python", "pyspark", "pandas", "pyarrow", "starlette", "uvicorn", "httpx",
    "mtqa.serve", "mtqa.spark", "mtqa.bilingual.check", "mtqa.bilingual.xliff", "mtqa.bilingual.tmx",
    "mtqa.bilingual.po", "mtqa.baseline", "mtqa.changed", "mtqa.formats.html", "mtqa.formats.markdown",
    "mtqa.report.json", "mtqa.report.sarif", "mtqa.report.junit", "mtqa.report.github", "mtqa.report.html",
    "mtqa.integrations.languagetool", "pocketsphinx", "pygls", "lsprotocol", "cattrs", "mtqa.lsp",
    "watchfiles", "anyio", "mtqa.commands.watch", "mtqa.report.statistics",  # --watch and --statistics only
    "hashlib", "_hashlib",  # OpenSSL's libcrypto (~3.5 MB resident): mtqa.digests has what mtqa needs
)
# What only a cache miss needs: the TOML parser, and the tagger's sources (its tables are built
# from lemminflect, which imports numpy, and numpy ctypes, only when mtqa's cache lacks them;
# ctypes is also how the `lm` extra's model is read). msgspec checks pack schemas on a miss,
# but its Structs are also the records of the engine and rules (a class of them is made in
# ~30 µs where a dataclass takes ~0.5 ms), so a check imports it.
CACHE_MISS_ONLY = ("tomllib", "tomli", "lemminflect", "numpy", "ctypes")

_PROBE = """
import atexit, json, sys
atexit.register(lambda: sys.__stderr__.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
{body}
"""


def _modules(body: str, env: dict, cwd: Path, flags: tuple[str, ...] = ()) -> set[str]:
    proc = subprocess.run([sys.executable, *flags, "-c", _PROBE.format(body=body)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("MODULES ")]
    assert line and proc.returncode == 0, proc.stderr[-2000:]  # a failed assertion in `body` too
    return set(json.loads(line[-1][len("MODULES "):]))


def _loaded(modules: set[str], names) -> list[str]:
    return sorted(m for m in modules for n in names if m == n or m.startswith(n + "."))


def _cli_check(path: Path, *options: str) -> str:
    """A probe body that runs `mtqa check [options] path` in-process (its exit code ignored)."""
    argv = ["mtqa", "check", *options, str(path)]
    return (f"import sys; from mtqa.cli import main; sys.argv = {argv!r}\n"
            "try:\n    main()\nexcept SystemExit:\n    pass")


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    return env


def _warm_env(tmp_path: Path, template: Path) -> dict:
    """`_env` with the cache folder a copy of the session's filled one, for a test of what a warm
    check imports (its own probe still runs once before it, filling what this probe's
    options or backend need more): a cold fill in every such test was most of this file's time."""
    copy_warm_cache(template, tmp_path / "cache")
    return _env(tmp_path)


def _no_site_env(tmp_path: Path, template: Path) -> dict:
    """`_warm_env` for a probe run without `site` (-S): this interpreter's path given whole."""
    return dict(_warm_env(tmp_path, template), PYTHONPATH=os.pathsep.join(p for p in sys.path if p))


def _warm_checks(path: Path, env: dict, tmp_path: Path):
    """For each command-line reader (without argparse, and by it), the modules a warm
    `mtqa check path` has imported, run without `site`; a first run fills what it needs more."""
    for options in ((), ("--languagetool", "off")):
        check = _cli_check(path, *options)
        _modules(check, env, tmp_path, ("-S",))
        yield options, _modules(check, env, tmp_path, ("-S",))


def test_import_mtqa_loads_no_engine_rules_or_optional_modules(tmp_path: Path) -> None:
    modules = _modules("import mtqa", _env(tmp_path), tmp_path)
    assert not _loaded(modules, HEAVY + CACHE_MISS_ONLY + ("mtqa.engine", "mtqa.rules", "regex", "msgspec"))


def test_import_mtqa_without_site_loads_not_even_typing(tmp_path: Path) -> None:
    """`import mtqa` (a pre-commit hook's first step) does not import `typing` (~10 ms with
    what it imports where no site hook loaded them first: run here with -S; the probe's own
    `json` imports `re`)."""
    env = dict(_env(tmp_path), PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    modules = _modules("import mtqa", env, tmp_path, ("-S",))
    assert "mtqa" in modules and not _loaded(modules, ("typing", "regex", "msgspec", "mtqa.engine"))


def test_plain_check_imports_only_what_it_uses(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    check = _cli_check(text, "--languagetool", "off")
    env = _env(tmp_path)
    first = _modules(check, env, tmp_path)  # fills the pack cache
    assert "mtqa.rules.titles" in first, "the probe did not run a check"
    assert not _loaded(first, HEAVY)
    warm = _modules(check, env, tmp_path)
    assert not _loaded(warm, HEAVY + CACHE_MISS_ONLY)


def test_plain_check_command_line_is_read_without_argparse(tmp_path: Path) -> None:
    """`mtqa check PATH` and pre-commit's `mtqa check --force-exclude -- PATH` (options spelled
    as declared) are read without importing argparse (with gettext, and shutil for the terminal's
    width: `mtqa.commands.check_options`); an abbreviated option is read by it."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _env(tmp_path)
    plain = _modules(_cli_check(text), env, tmp_path)
    assert "mtqa.rules.titles" in plain, "the probe did not run a check"
    assert not _loaded(plain, ("argparse", "gettext", "mtqa.commands.parser"))
    hook = _modules(_cli_check(text, "--force-exclude", "--languagetool", "off", "--"), env, tmp_path)
    assert not _loaded(hook, ("argparse", "gettext", "mtqa.commands.parser")) and "mtqa.rules.titles" in hook
    abbreviated = _modules(_cli_check(text, "--qui"), env, tmp_path)
    assert "argparse" in abbreviated and "mtqa.rules.titles" in abbreviated


def test_version_without_site_imports_no_typing(tmp_path: Path) -> None:
    """Every command line is first offered to `check_options.plain_check`: reading it imports
    nothing `mtqa --version` did not (typing: ~1.5 ms where no site hook loaded it)."""
    env = dict(_env(tmp_path), PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    probe = ("import sys; from mtqa.cli import main; sys.argv = ['mtqa', '--version']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass")
    modules = _modules(probe, env, tmp_path, ("-S",))
    assert "mtqa.commands.check_options" in modules and "typing" not in modules


def test_version_names_the_scanner_without_msgspec_or_package_metadata(tmp_path: Path) -> None:
    """`mtqa --version` says which scanner runs (mtqa.scan_backend), not importing the scanning
    core (msgspec) nor reading the installed package's metadata (importlib.metadata, email)."""
    import importlib.metadata

    from mtqa.scan import backend_name
    from mtqa.version import version

    probe = ("import sys; from mtqa.cli import main; sys.argv = ['mtqa', '--version']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass")
    modules = _modules(probe, _env(tmp_path), tmp_path)
    assert "mtqa.scan_backend" in modules
    assert not _loaded(modules, ("msgspec", "mtqa.scan", "importlib.metadata", "email", "mtqa.engine"))
    proc = subprocess.run([sys.executable, "-m", "mtqa", "--version"], capture_output=True, text=True,
                          env=_env(tmp_path), cwd=tmp_path, timeout=300)
    assert proc.stdout == f"mtqa {version()} (scanner: {backend_name()})\n"
    try:
        installed = importlib.metadata.version("mtqa")
    except importlib.metadata.PackageNotFoundError:  # a source tree never installed
        return
    assert version() == installed  # pyproject.toml reads mtqa/version.py: one place to write it


def test_plain_check_leaves_out_what_only_some_copy_or_a_fix_needs(tmp_path: Path, warm_cache_template: Path) -> None:
    """Standard modules that only some checks need are imported when first needed: the entity
    table (`html`) where copy holds an entity, `difflib` where a riding is looked up by
    likeness, `tempfile` where a fix is written; and the built-in packs are found by the
    package's path, not `importlib.resources` (with `zipfile`). Run without `site` (-S, this
    interpreter's path given whole), so that modules a site hook loads first hide nothing."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    check = _cli_check(text, "--languagetool", "off")
    env = _no_site_env(tmp_path, warm_cache_template)
    _modules(check, env, tmp_path, ("-S",))  # fills the cache
    warm = _modules(check, env, tmp_path, ("-S",))
    assert "mtqa.engine" in warm and "mtqa.rule_table" in warm, "the probe did not check"
    assert not _loaded(warm, ("html", "difflib", "tempfile", "importlib.resources", "zipfile"))


def test_warm_check_compiles_nothing(tmp_path: Path, warm_cache_template: Path) -> None:
    """A warm check calls `compile` nowhere (its first call in a process builds the classes of
    the `ast` module, ~9.4 M instructions): mtqa's NamedTuples are written in the call form, with
    types for their fields' types, not strings that typing.NamedTuple compiles, and msgspec's
    probe of `typing.ForwardRef` at its import is answered without one
    (`import_msgspec_lean`). (A module's source compiled where it has no `.pyc`, in a tree
    that cannot write one, is Python's import, not counted.) The real ForwardRef is back after
    msgspec's import, and msgspec resolves a string annotation with it."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead. Photo by Jane Roe.\n", encoding="utf-8")
    env = _no_site_env(tmp_path, warm_cache_template)
    counting = ("import builtins, sys\n"
                "compiled = []\n"
                "real_compile = builtins.compile\n"
                "def counted(*args, **kwargs):\n"
                "    if not str(args[1]).endswith('.py'):  # a module's source: no .pyc (a fresh tree)\n"
                "        compiled.append(args[:2])\n"
                "    return real_compile(*args, **kwargs)\n"
                "builtins.compile = counted\n")
    check = counting + _cli_check(text, "--languagetool", "off") + "\nassert not compiled, compiled\n"
    _modules(_cli_check(text, "--languagetool", "off"), env, tmp_path, ("-S",))  # fills what this probe needs
    warm = _modules(check, env, tmp_path, ("-S",))
    assert "mtqa.rules.titles" in warm and "msgspec" in warm, "the probe did not check"
    _modules("from mtqa.commands import import_msgspec_lean\n"
             "import typing\n"
             "real = typing.ForwardRef\n"
             "import_msgspec_lean()\n"
             "import msgspec\n"
             "assert typing.ForwardRef is real and 'msgspec' in sys.modules\n"
             "class Later(msgspec.Struct):\n"
             "    n: 'int'\n"
             "assert msgspec.convert({'n': 3}, Later) == Later(3)\n",
             env, tmp_path, ("-S",))


def test_plain_check_imports_msgspec_without_typing_extensions(tmp_path: Path, warm_cache_template: Path) -> None:
    """msgspec is imported for a check without `typing_extensions` (`import_msgspec_lean`), which
    stays importable for whatever comes after; msgspec then reads annotations with `typing`'s
    helpers and still checks what mtqa hands it (Annotated bounds, Literal choices, Structs)."""
    pytest.importorskip("typing_extensions")
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _no_site_env(tmp_path, warm_cache_template)
    for options, warm in _warm_checks(text, env, tmp_path):
        assert "mtqa.rules.titles" in warm and "msgspec" in warm, "the probe did not check"
        assert "typing_extensions" not in warm, options
    after = _modules(
        "from mtqa.commands import import_msgspec_lean\n"
        "import_msgspec_lean()\n"
        "import sys, typing, msgspec\n"
        "assert 'typing_extensions' not in sys.modules\n"
        "assert msgspec._utils._get_type_hints is typing.get_type_hints\n"
        "class S(msgspec.Struct):\n"
        "    n: typing.Annotated[int, msgspec.Meta(ge=1)]\n"
        "    k: typing.Literal['a', 'b'] = 'a'\n"
        "assert msgspec.convert({'n': 2, 'k': 'b'}, S) == S(2, 'b')\n"
        "for bad in ({'n': 0}, {'n': 1, 'k': 'c'}):\n"
        "    try:\n"
        "        msgspec.convert(bad, S)\n"
        "    except msgspec.ValidationError:\n"
        "        pass\n"
        "    else:\n"
        "        raise AssertionError(bad)\n"
        "import typing_extensions\n",
        env, tmp_path, ("-S",))
    assert "typing_extensions" in after


def test_default_check_without_a_server_loads_no_openssl(tmp_path: Path, warm_cache_template: Path) -> None:
    """With the default `--languagetool auto` and no server configured, LanguageTool's client
    is skipped before it imports what only a request needs (hashlib: OpenSSL's libcrypto)."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    check = _cli_check(text)
    env = _warm_env(tmp_path, warm_cache_template)
    env.pop("MTQA_LANGUAGETOOL_URL", None)
    _modules(check, env, tmp_path)  # fills the cache
    warm = _modules(check, env, tmp_path)
    assert "mtqa.integrations.languagetool" in warm, "the probe's check did not reach the integration"
    assert not _loaded(warm, ("hashlib", "_hashlib"))  # (the probe itself imports json)


def test_warm_native_tagger_does_not_load_textblobs_module(tmp_path: Path, monkeypatch) -> None:
    """With the native tagger and a warm cache, the tagger's rules and tables come from mtqa's
    cache: TextBlob's tagger module (which imports `xml`) is loaded only on a miss."""
    import pytest

    from mtqa import native_tagger, tagging

    monkeypatch.delenv("MTQA_SCAN_BACKEND", raising=False)
    if not (tagging.available() and native_tagger.available()):
        pytest.skip("needs the grammar extra and the native tagger")
    text = tmp_path / "story.txt"
    text.write_text("The minister should current the plan to the house.\n", encoding="utf-8")
    check = _cli_check(text, "--languagetool", "off")
    env = _env(tmp_path)
    env.pop("MTQA_SCAN_BACKEND", None)
    first = _modules(check, dict(env, MTQA_BUILD_IN_PROCESS="1"), tmp_path)
    assert "xml" in first  # a miss built here reads TextBlob's rule files with its reader, which imports xml
    warm = _modules(check, env, tmp_path)
    assert "mtqa.tagging" in warm, "the probe's check did not reach the tagger"
    assert "xml" not in warm


def test_native_backend_compares_names_without_rapidfuzz(tmp_path: Path, warm_cache_template: Path) -> None:
    """With the native scanner, edit distances come from the native library: a check that
    compares names (the seed does) does not import rapidfuzz's package (48 modules); the
    pure-Python backend still uses rapidfuzz."""
    import pytest

    from mtqa.text import fuzzy

    if fuzzy._native_distance() is None:
        pytest.skip("needs the native backend")
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a80f4c312e8b183b.txt"
    check = _cli_check(seed, "--languagetool", "off")
    env = _warm_env(tmp_path, warm_cache_template)
    env.pop("MTQA_SCAN_BACKEND", None)
    _modules(check, env, tmp_path)  # fills the cache
    native = _modules(check, env, tmp_path)
    assert "mtqa.text.fuzzy" in native and "rapidfuzz" not in native
    python = _modules(check, dict(env, MTQA_SCAN_BACKEND="python"), tmp_path)
    assert "rapidfuzz" in python


REGEX_PYTHON_LAYER = ("regex", "regex._main", "regex._regex_core")


@pytest.mark.parametrize("backend", ["native", "python"])
def test_warm_check_uses_regex_s_c_library_alone(tmp_path: Path, backend: str, warm_cache_template: Path) -> None:
    """With a warm cache, a check's patterns are rebuilt from the pattern cache and the packs
    (`regex._regex.compile`), so the seed's check (names compared, every family run) loads
    `regex`'s C library and not its Python layer (`mtqa.rx`, `pattern_cache.c_library`, the
    packs' unpickler); a module that needs `regex` itself still gets it whole. Run without `site`."""
    from mtqa.scan import backend_name

    if backend == "native" and backend_name() != "native":
        pytest.skip("needs the native backend")
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a80f4c312e8b183b.txt"
    check = _cli_check(seed, "--languagetool", "off")
    env = dict(_warm_env(tmp_path, warm_cache_template), PYTHONPATH=os.pathsep.join(p for p in sys.path if p), MTQA_SCAN_BACKEND=backend)
    _modules(check, env, tmp_path, ("-S",))  # fills the cache
    warm = _modules(check, env, tmp_path, ("-S",))
    assert "mtqa.rules.names.rules" in warm and "regex._regex" in warm, "the probe did not check"
    assert not set(REGEX_PYTHON_LAYER) & warm
    then = _modules(check + "\nimport regex\nassert regex.compile('a+b').search('caab')\n"
                    "assert regex.sub(r'(a)\\1', r'\\1', 'xaay') == 'xay'", env, tmp_path, ("-S",))
    assert set(REGEX_PYTHON_LAYER) <= then


def test_plain_check_imports_dataclasses_without_inspect(tmp_path: Path, warm_cache_template: Path) -> None:
    """`mtqa check` imports `dataclasses` with a stand-in for `inspect` (`import_dataclasses_lean`):
    a warm check of the seed never imports `inspect`; afterwards a dataclass without a docstring
    gets its signature written in as ever, `import inspect` is the real module, and `dataclasses`
    reads from it. Run without `site`, both command-line readers."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a80f4c312e8b183b.txt"
    env = _no_site_env(tmp_path, warm_cache_template)
    for options, warm in _warm_checks(seed, env, tmp_path):
        assert "mtqa.rules.titles" in warm and "dataclasses" in warm, "the probe did not check"
        assert not _loaded(warm, ("inspect", "ast", "dis", "tokenize")), options
    after = _modules(
        "from mtqa.commands import import_dataclasses_lean\n"
        "import_dataclasses_lean()\n"
        "import sys, dataclasses\n"
        "assert 'inspect' not in sys.modules\n"
        "@dataclasses.dataclass(frozen=True)\n"
        "class C:\n"
        "    a: int\n"
        "    b: str = 'x'\n"
        "assert C.__doc__ == \"C(a: int, b: str = 'x')\", C.__doc__\n"
        "import inspect\n"
        "assert dataclasses.inspect is inspect and inspect.signature(C).parameters['b'].default == 'x'\n"
        "assert dataclasses.replace(C(1), b='y') == C(1, 'y') and dataclasses.asdict(C(2)) == {'a': 2, 'b': 'x'}\n",
        env, tmp_path, ("-S",))
    assert "inspect" in after


def test_plain_check_imports_neither_textwrap_nor_string(tmp_path: Path, warm_cache_template: Path) -> None:
    """msgspec is imported with a stand-in for `msgspec.json` (whose JSON Schema writer imports
    `textwrap`), and the nonwords family writes out `string`'s ASCII letters: a warm check of
    the seed imports neither (their patterns are compiled at import). After
    `import_msgspec_lean` a schema's docstring is still dedented, by the real `textwrap`. Run
    without `site`."""
    import string

    from mtqa.rules.nonwords import named

    assert (named.ASCII_LOWERCASE, named.ASCII_UPPERCASE, named.ASCII_LETTERS) == (
        string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters)
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a80f4c312e8b183b.txt"
    env = _no_site_env(tmp_path, warm_cache_template)
    check = _cli_check(seed, "--languagetool", "off")
    _modules(check, env, tmp_path, ("-S",))  # fills the cache
    warm = _modules(check, env, tmp_path, ("-S",))
    assert "mtqa.rules.nonwords.misspellings" in warm and "msgspec" in warm, "the probe did not check"
    assert not _loaded(warm, ("textwrap", "string"))
    after = _modules(
        "from mtqa.commands import import_msgspec_lean\n"
        "import_msgspec_lean()\n"
        "import sys, msgspec\n"
        "assert 'textwrap' not in sys.modules\n"
        "class S(msgspec.Struct):\n"
        "    '''  Two lines,\n"
        "        indented.'''\n"
        "    a: int\n"
        "assert msgspec.json.schema(S)['$defs']['S']['description'] == 'Two lines,\\nindented.'\n"
        "import textwrap\n"
        "assert msgspec._json_schema.textwrap is textwrap\n",
        env, tmp_path, ("-S",))
    assert "textwrap" in after


def test_msgspec_imported_as_ever_when_the_lean_import_fails(tmp_path: Path, warm_cache_template: Path) -> None:
    """A msgspec release that asks more of `import_msgspec_lean`'s ForwardRef probe at import than
    it answers (here: the probe raises) still imports, the ordinary way, with `typing.ForwardRef`
    put back and msgspec whole (its JSON encoder, a Struct's validation)."""
    env = _no_site_env(tmp_path, warm_cache_template)
    after = _modules(
        "import mtqa.commands as commands\n"
        "def refuse(*args, **kwargs):\n"
        "    raise RuntimeError('a probe this msgspec does not expect')\n"
        "commands._forward_ref_probe = refuse\n"
        "import typing\n"
        "real = typing.ForwardRef\n"
        "commands.import_msgspec_lean()\n"
        "import msgspec\n"
        "assert typing.ForwardRef is real\n"
        "class S(msgspec.Struct):\n"
        "    n: int\n"
        "assert msgspec.json.decode(msgspec.json.encode(S(3)), type=S) == S(3)\n",
        env, tmp_path, ("-S",))
    assert "msgspec.json" in after


def test_plain_check_imports_none_of_msgspecs_submodules_it_never_reads(tmp_path: Path,
                                                                        warm_cache_template: Path) -> None:
    """msgspec's `__init__` imports every submodule; `import_msgspec_lean` puts stand-ins for the
    ones a check never reads (`LAZY_MSGSPEC_MODULES`: the type model's ~40 Structs, the JSON
    Schema writer, msgpack, toml, yaml): a warm check imports none of them, by either
    command-line reader. Afterwards each works as ever on its first read, through msgspec's
    namespace, `from msgspec import ...`, `dir()` or an import statement. Run without `site`."""
    from mtqa.commands import LAZY_MSGSPEC_MODULES

    lazy = ("msgspec.inspect", "msgspec.json", "msgspec._json_schema", "msgspec.msgpack", "msgspec.toml",
            "msgspec.yaml")
    assert set(LAZY_MSGSPEC_MODULES) < set(lazy)
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _no_site_env(tmp_path, warm_cache_template)
    for options, warm in _warm_checks(text, env, tmp_path):
        assert "mtqa.rules.titles" in warm and "msgspec.structs" in warm, "the probe did not check"
        assert not _loaded(warm, lazy), options
    after = _modules(
        "from mtqa.commands import import_msgspec_lean\n"
        "import_msgspec_lean()\n"
        f"import sys, msgspec\nlazy = {lazy!r}\n"
        "assert not [m for m in lazy if m in sys.modules], sorted(sys.modules)\n"
        "from msgspec import msgpack\n"
        "assert msgspec.json.decode(msgspec.json.encode({'a': [1, 2]})) == {'a': [1, 2]}\n"
        "assert msgpack.decode(msgpack.encode(['x', 3])) == ['x', 3]\n"
        "assert 'type_info' in dir(msgspec.inspect) and msgspec.inspect.type_info(int) == msgspec.inspect.IntType()\n"
        "assert msgspec.toml.decode(b'a = 1') == {'a': 1}\n"
        "import msgspec.yaml, msgspec.json\n"
        "assert msgspec.yaml is sys.modules['msgspec.yaml'] and callable(msgspec.yaml.decode)\n"
        "for m in ('msgspec.inspect', 'msgspec.json', 'msgspec.msgpack', 'msgspec.toml'):\n"
        "    assert getattr(msgspec, m.split('.')[1]) is sys.modules[m], m\n",
        env, tmp_path, ("-S",))
    assert set(lazy) <= after


def _assert_warm_checks_leave_out(module: str, tmp_path: Path, template: Path, imported: str) -> dict:
    """Assert that a warm check of a one-line story, by either command-line reader and without
    `site`, imports `imported` but not `module`; the probe's environment, for what follows."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _no_site_env(tmp_path, template)
    for options, warm in _warm_checks(text, env, tmp_path):
        assert "mtqa.rules.titles" in warm and imported in warm, "the probe did not check"
        assert module not in warm, options
    return env


@pytest.mark.skipif(not (sys.platform == "linux" and sys.version_info < (3, 12)),
                    reason="uuid imports platform only on Linux before Python 3.12")
def test_plain_check_imports_no_platform_and_uuid_still_works(tmp_path: Path, warm_cache_template: Path) -> None:
    """msgspec imports `uuid`, which (Python 3.11, Linux) imports `platform` for `system()` alone;
    `import_msgspec_lean` gives it a stand-in that answers that call ("Linux"): a warm check, by
    either command-line reader, run without `site`, imports `uuid` but not `platform`. uuid still
    knows it is on Linux, makes and reads UUIDs, msgspec still encodes them, and any other read
    of `platform` through uuid imports the real module, which then stands in uuid's namespace and
    answers as the stand-in did."""
    env = _assert_warm_checks_leave_out("platform", tmp_path, warm_cache_template, imported="uuid")
    after = _modules(
        "from mtqa.commands import import_msgspec_lean\n"
        "import_msgspec_lean()\n"
        "import sys, uuid, msgspec\n"
        "assert 'platform' not in sys.modules and uuid._LINUX and not uuid._AIX\n"
        "u = uuid.uuid4()\n"
        "assert uuid.UUID(str(u)) == u and msgspec.json.decode(msgspec.json.encode(u), type=uuid.UUID) == u\n"
        "assert uuid.platform.system() == 'Linux' and 'platform' not in sys.modules\n"
        "assert uuid.platform.machine()\n"
        "assert uuid.platform is sys.modules['platform'] and uuid.platform.system() == 'Linux'\n",
        env, tmp_path, ("-S",))
    assert "platform" in after


def test_platform_stand_in_only_where_the_answer_is_known(monkeypatch) -> None:
    """The stand-in's answer is given only on Linux, before Python 3.12, and while `platform` is
    not imported; elsewhere nothing stands in for it."""
    from mtqa.commands import platform_known_to_uuid

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "version_info", (3, 11, 7))
    monkeypatch.delitem(sys.modules, "platform", raising=False)
    known = platform_known_to_uuid()
    assert list(known) == ["platform"] and known["platform"]["system"]() == "Linux"  # type: ignore[operator]
    monkeypatch.setattr(sys, "platform", "aix")
    assert platform_known_to_uuid() == {}
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "version_info", (3, 12, 0))
    assert platform_known_to_uuid() == {}
    monkeypatch.setattr(sys, "version_info", (3, 11, 7))
    import platform
    monkeypatch.setitem(sys.modules, "platform", platform)
    assert platform_known_to_uuid() == {}


def test_plain_check_imports_no_ipaddress_and_urls_still_parse(tmp_path: Path, warm_cache_template: Path) -> None:
    """`pathlib` imports `urllib.parse`, which imports `ipaddress` for bracketed hosts alone;
    `import_urllib_parse_lean` puts a stand-in in its place: a warm check, by either
    command-line reader, run without `site` (whose hook here imports both first), imports
    `pathlib` but not `ipaddress`. Afterwards a bracketed host is still checked, by the real
    module, which then stands in `urllib.parse`'s namespace."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _no_site_env(tmp_path, warm_cache_template)
    for options, warm in _warm_checks(text, env, tmp_path):
        assert "mtqa.rules.titles" in warm and "urllib.parse" in warm, "the probe did not check"
        assert "ipaddress" not in warm, options
    after = _modules(
        "from mtqa.commands import import_urllib_parse_lean\n"
        "import_urllib_parse_lean()\n"
        "import sys, urllib.parse\n"
        "assert 'ipaddress' not in sys.modules\n"
        "assert urllib.parse.urlsplit('http://[::1]:8080/x').port == 8080\n"
        "try:\n    urllib.parse.urlsplit('http://[not-an-address]/')\n"
        "except ValueError:\n    pass\n"
        "else:\n    raise AssertionError('a bad bracketed host passed')\n"
        "assert urllib.parse.ipaddress is sys.modules['ipaddress']\n",
        env, tmp_path, ("-S",))
    assert "ipaddress" in after


def test_default_check_without_the_extra_imports_no_languagetool_client(tmp_path: Path,
                                                                       warm_cache_template: Path) -> None:
    """At the default `auto`, with no server in the environment and the `mtqa[languagetool]` extra
    not installed (hidden here: None in `sys.modules` is what `find_spec` reads as missing), a
    check asks `languagetool_choice` and never imports the client
    (`mtqa.integrations.languagetool`); with a server URL in the environment it does."""
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    env = _warm_env(tmp_path, warm_cache_template)
    env.pop("MTQA_LANGUAGETOOL_URL", None)
    hide = "import sys; sys.modules['language_tool_python'] = None\n"
    check = hide + _cli_check(text)
    _modules(check, env, tmp_path)  # fills the cache
    warm = _modules(check, env, tmp_path)
    assert "mtqa.rules.titles" in warm and "mtqa.integrations.languagetool_choice" in warm, "the probe did not check"
    assert "mtqa.integrations.languagetool" not in warm
    # a port nothing listens on: the client is imported and its request refused at once
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    asked = _modules(check, dict(env, MTQA_LANGUAGETOOL_URL=f"http://127.0.0.1:{port}"), tmp_path)
    assert "mtqa.integrations.languagetool" in asked


def test_check_collects_nothing_while_it_starts(tmp_path: Path) -> None:
    """`mtqa check` turns the collector off before it imports the engine and the rule registry
    (whose imports allocate what lives until exit) and back on, with its thresholds, once the
    Checker is built; `mtqa rules` leaves the collector alone."""
    from mtqa.commands import COLLECTOR_THRESHOLDS

    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    probe = """
import gc, json, sys
seen = {}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ("mtqa.engine", "mtqa.registry") and "importing" not in seen:
            seen["importing"] = [gc.isenabled(), gc.get_threshold()]
        return None
sys.meta_path.insert(0, Watch())
from mtqa.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
seen["after"] = [gc.isenabled(), gc.get_threshold()]
sys.__stderr__.write("\\nCOLLECTOR " + json.dumps(seen) + "\\n")
"""

    def collector(*argv: str) -> dict:
        proc = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True,
                              env=_env(tmp_path), cwd=tmp_path, timeout=300)
        line = [ln for ln in proc.stderr.splitlines() if ln.startswith("COLLECTOR ")]
        assert line, proc.stderr[-2000:]
        return json.loads(line[-1][len("COLLECTOR "):])

    check = collector("check", "--languagetool", "off", str(text))
    assert check["importing"] == [False, list(COLLECTOR_THRESHOLDS)]
    assert check["after"] == [True, list(COLLECTOR_THRESHOLDS)]
    failed = collector("check", "--jobs", "0", str(text))  # an error before any Checker
    assert failed["after"][0] is True
    rules = collector("rules")
    assert rules["importing"][0] is True and rules["importing"][1] != list(COLLECTOR_THRESHOLDS)


def test_warm_check_parses_no_glob_and_no_error_only_pattern(tmp_path: Path, warm_cache_template: Path) -> None:
    """`re` parses each pattern in Python: a warm check of the seed compiles none of the twins'
    globs (`mtqa.slips` tells a glob that names one rule by equality, where `fnmatch` compiled
    each into a pattern) nor the TOML reader's error-message patterns, which only a file that
    fails to parse reads (`patterns.lazy_re`). Run without `site`."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a80f4c312e8b183b.txt"
    spy = ("import re\nSEEN = []\n_compile = re._compile\n"
           "def _spy(pattern, flags):\n    SEEN.append(str(pattern))\n    return _compile(pattern, flags)\n"
           "re._compile = _spy\n")
    check = spy + _cli_check(seed, "--languagetool", "off") + (
        "\nimport sys\nassert 'mtqa.tomlreader' in sys.modules and 'mtqa.slips' in sys.modules, 'the probe did not check'"
        "\nassert SEEN, 'the spy saw no pattern at all'"
        "\nassert not [p for p in SEEN if p.startswith('(?s:')], [p for p in SEEN if p.startswith('(?s:')]"
        "\nassert not [p for p in SEEN if 'at end of document' in p or 'at line' in p]")
    env = _no_site_env(tmp_path, warm_cache_template)
    _modules(_cli_check(seed, "--languagetool", "off"), env, tmp_path, ("-S",))  # fills what this probe needs more
    _modules(check, env, tmp_path, ("-S",))


def test_warm_check_reads_a_pack_only_where_a_rule_asks(tmp_path: Path, warm_cache_template: Path) -> None:
    """A Checker reads a pack kept compiled in the cache when a rule first asks for it
    (`mtqa.pack_data`): a plain sentence never unpickles the ranks pack, nor imports the module
    of its classes (mtqa.rules.titles.analysis); a sentence with a rank in it does both."""
    plain, ranked = tmp_path / "plain.txt", tmp_path / "ranked.txt"
    plain.write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    ranked.write_text("Lt.-Col. Jean Tremblay said the plan would go ahead.\n", encoding="utf-8")
    env = _warm_env(tmp_path, warm_cache_template)
    _modules(_cli_check(plain, "--languagetool", "off"), env, tmp_path)  # fills what the copy lacks
    warm = _modules(_cli_check(plain, "--languagetool", "off"), env, tmp_path)
    assert "mtqa.pack_data" in warm and "mtqa.rules.titles" in warm, "the probe did not check"
    assert "mtqa.rules.titles.analysis" not in warm
    assert "mtqa.rules.titles.analysis" in _modules(_cli_check(ranked, "--languagetool", "off"), env, tmp_path)
