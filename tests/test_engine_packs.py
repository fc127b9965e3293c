"""A Checker reads the packs its triggers need before its scanner and the rules' other packs
after it; a broken pack is reported as when every pack was read in the rules' order."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import engine
from mtqa.engine import Checker
from mtqa.errors import PackError


def _orders() -> tuple[list[str], set[str]]:
    """The rules' packs in the order the rules name them, and those some trigger reads."""
    rules = Checker(languagetool="off").rules
    order = list(dict.fromkeys(pid for r in rules for pid in r.meta.packs))
    read = {t.pack for r in rules for t in r.meta.triggers if getattr(t, "pack", None)}
    return order, read


def _pair() -> tuple[str, str]:
    """A pack no trigger reads, and a trigger's pack named after it."""
    order, read = _orders()
    late = next(pid for pid in order if pid in read and any(p not in read for p in order[: order.index(pid)]))
    early = next(p for p in order[: order.index(late)] if p not in read)
    return early, late


def _broken(folder: Path, pack_id: str) -> Path:
    """A user pack merged into `pack_id` whose body fails the schema (an unknown key)."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{pack_id}.toml"
    path.write_text(f'not_a_key_of_any_pack = 1\n\n[pack]\nid = "{pack_id}"\nschema = 1\n', encoding="utf-8")
    return path


def _reported(folder: Path) -> str:
    with pytest.raises(PackError) as err:
        Checker(languagetool="off", rules_dir=[str(folder)])
    return str(err.value)


def test_the_split_is_real() -> None:
    """Some packs are read after the scanner (else this file tests nothing)."""
    order, read = _orders()
    assert read and set(order) - read


@pytest.mark.parametrize("which", ["early", "late", "both"])
def test_the_first_broken_pack_in_the_rules_order_is_reported(tmp_path: Path, which: str) -> None:
    early, late = _pair()
    folder = tmp_path / "packs"
    paths = {}
    if which in ("early", "both"):
        paths["early"] = _broken(folder, early)
    if which in ("late", "both"):
        paths["late"] = _broken(folder, late)
    message = _reported(folder)
    expected = paths["early"] if which in ("early", "both") else paths["late"]
    assert message.startswith(str(expected)), message


def test_a_failing_scanner_still_reports_a_broken_pack_first(tmp_path: Path, monkeypatch) -> None:
    """Packs read after the scanner: when building it fails, a broken one of them is what is
    reported, as when every pack was read before the scanner."""
    early, _ = _pair()
    path = _broken(tmp_path / "packs", early)

    def failing(*_args, **_kwargs):
        raise RuntimeError("scanner")

    monkeypatch.setattr(engine, "Scanner", failing)
    assert _reported(tmp_path / "packs").startswith(str(path))
    with pytest.raises(RuntimeError, match="scanner"):
        Checker(languagetool="off")


def test_every_pack_reaches_the_rules() -> None:
    """The rules get every pack they name, those the scanner read and the others alike."""
    from tests.report._util import SEED

    order, _ = _orders()
    checker = Checker(languagetool="off")
    for pid in order:
        assert checker.packs.compiled(pid) is not None
    assert checker.check(SEED.read_text(encoding="utf-8")).findings


def test_a_pack_kept_compiled_is_read_at_its_first_lookup(tmp_path: Path, monkeypatch) -> None:
    """`PackData` defers a pack whose compiled entry the cache keeps (compiled without error from
    these files), reads it when first looked up, and reads one with no entry yet at once; a pack
    the rules never declared is no key of it. Off the cache, nothing is deferred."""
    from mtqa.pack_data import PackData
    from mtqa.packs import PackSet

    early, late = _pair()  # (its Checker fills the session's cache, not this test's)
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    first = PackSet().compiled(early)  # kept now; `late` is not
    data = PackData(PackSet(), [early, late])
    assert data.deferred() == [early] and early in data and dict.__contains__(data, late)
    assert data[early] is data[early] and type(data[early]) is type(first)
    assert data.deferred() == [] and "no-such-pack" not in data
    with pytest.raises(KeyError):
        data["no-such-pack"]  # noqa: B018
    again = PackData(PackSet(), [early, late])
    again.read_all()
    assert again.deferred() == [] and set(again) == {early, late}
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    assert PackData(PackSet(), [early, late]).deferred() == []
