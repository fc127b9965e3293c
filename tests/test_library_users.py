"""What mtqa does to third-party imports to start faster leaves a program that uses it as it
would be without: `mtqa check`'s stand-ins for `inspect` and `textwrap` (mtqa.commands), run
in-process, touch only the modules imported with them, and a read during that import gets the
real module; a pattern rebuilt by `regex`'s C library alone (mtqa.pattern_cache) pickles as
`regex`'s own do."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def _run(body: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(body)], capture_output=True, text=True,
                          cwd=cwd, timeout=300, env=env)


def test_first_use_of_inspect_loads_no_other_librarys_lazy_module(tmp_path: Path) -> None:
    """A lazily loaded module (importlib's LazyLoader) and an object in `sys.modules` whose
    attributes raise stay untouched when a dataclass without a docstring first reads `inspect`."""
    (tmp_path / "lazy_side.py").write_text("raise RuntimeError('the lazy module was loaded')\n", encoding="utf-8")
    proc = _run("""
        import importlib.util, sys
        sys.path.insert(0, '.')
        from mtqa.commands import import_dataclasses_lean
        import_dataclasses_lean()
        assert 'inspect' not in sys.modules
        spec = importlib.util.find_spec('lazy_side')
        spec.loader = importlib.util.LazyLoader(spec.loader)
        lazy = sys.modules['lazy_side'] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(lazy)
        class Odd:
            @property
            def __dict__(self):
                raise RuntimeError('an odd object in sys.modules was read')
        sys.modules['odd_entry'] = Odd()
        import dataclasses
        @dataclasses.dataclass
        class C:
            a: int
        assert C.__doc__ == 'C(a: int)', C.__doc__
        import inspect
        assert dataclasses.inspect is inspect
        print('ok')
        """, tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_a_read_during_the_import_gets_the_real_module(tmp_path: Path) -> None:
    """A module that reads from the deferred one while it is imported (as `dataclasses` or
    msgspec might in another Python) gets the real module, not the stand-in asked again
    without end; the stand-in is gone from `sys.modules` and from the module's namespace."""
    (tmp_path / "reads_at_import.py").write_text(
        "import textwrap\nDEDENTED = textwrap.dedent('  a\\n  b')\n", encoding="utf-8")
    proc = _run("""
        import sys
        sys.path.insert(0, '.')
        from mtqa.commands import _import_with_stand_ins
        _import_with_stand_ins('reads_at_import', 'textwrap')
        import reads_at_import, textwrap
        assert reads_at_import.DEDENTED == 'a\\nb'
        assert sys.modules['textwrap'] is textwrap and textwrap.dedent is not None
        assert reads_at_import.textwrap.dedent(' x') == 'x' and reads_at_import.textwrap is textwrap
        print('ok')
        """, tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_a_pattern_rebuilt_without_regex_pickles_as_regexs_own(tmp_path: Path) -> None:
    """With a warm pattern cache, `pattern_cache.compile` rebuilds a pattern with `regex`'s C
    library alone; pickling it (multiprocessing, Spark) gives the very bytes `regex` gives for
    the same pattern, and they load back to a pattern that matches alike."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    body = """
        import pickle, sys
        from mtqa import pattern_cache
        p = pattern_cache.compile(r'(?i)\\bcountry\\p{L}*')
        pattern_cache.save()
        print('regex' in sys.modules)
        data = pickle.dumps(p)
        import regex
        assert data == pickle.dumps(regex.compile(r'(?i)\\bcountry\\p{L}*')), data
        assert pickle.loads(data).search('My COUNTRYside').span() == (3, 14)
        """
    cold = _run(body, tmp_path, env)
    assert cold.returncode == 0 and cold.stdout.split() == ["True"], cold.stderr[-2000:]
    warm = _run(body, tmp_path, env)
    assert warm.returncode == 0 and warm.stdout.split() == ["False"], warm.stderr[-2000:]


def test_reading_a_compiled_entry_raises_pickles_audit_event(tmp_path: Path) -> None:
    """The packs' unpickler takes a class of a module imported already from `sys.modules`
    (mtqa.pack_cache), and raises the audit event `pickle.find_class` as pickle's own does for
    each: a program's audit hook sees what the cache's pickles name."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    store = """
        import fractions
        from mtqa import pack_cache, pattern_cache
        pack_cache.load_compiled([b'audit'], pattern_cache.compile, lambda: {'f': fractions.Fraction(1, 3)})
        """
    read = """
        import sys, fractions
        seen = []
        sys.addaudithook(lambda event, args: seen.append(args) if event == 'pickle.find_class' else None)
        from mtqa import pack_cache, pattern_cache
        data = pack_cache.load_compiled([b'audit'], pattern_cache.compile, lambda: 1 / 0)
        assert data == {'f': fractions.Fraction(1, 3)}
        print(('fractions', 'Fraction') in seen)
        """
    assert _run(store, tmp_path, env).returncode == 0
    proc = _run(read, tmp_path, env)
    assert proc.returncode == 0 and proc.stdout.split() == ["True"], proc.stderr[-2000:]
