"""One mistake, one exception: an unsupported locale is a LocaleError at every entry point, and
a LocaleError is still the ConfigError the Checker raised and the InputError check() raised."""

from __future__ import annotations

import pytest

import mtqa
from mtqa import checker_cache
from mtqa.config import load_file
from mtqa.errors import ConfigError, InputError, LocaleError


def test_a_locale_error_is_both_older_kinds() -> None:
    assert issubclass(LocaleError, ConfigError) and issubclass(LocaleError, InputError)
    assert mtqa.LocaleError is LocaleError and "LocaleError" in mtqa.__all__


@pytest.mark.parametrize("call", [
    lambda: mtqa.Checker(locale="fr-FR", languagetool="off"),
    lambda: mtqa.Checker(languagetool="off").check("Le texte.", locale="fr-FR"),
    lambda: mtqa.check("Le texte.", locale="fr-FR", languagetool="off"),
    lambda: mtqa.check("Le texte.", config=mtqa.Config(locale="fr-FR", languagetool="off")),
], ids=["Checker", "Checker.check", "check", "check-config"])
def test_every_entry_point_raises_the_same_type(call) -> None:
    checker_cache.clear()
    with pytest.raises(LocaleError, match="unknown locale 'fr-FR'") as err:
        call()
    assert isinstance(err.value, ConfigError) and isinstance(err.value, InputError)  # old handlers still catch it


def test_a_configuration_file_locale_error_keeps_its_type_and_line(tmp_path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text('style = "default"\nlocale = "fr-FR"\n', encoding="utf-8")
    with pytest.raises(LocaleError, match=r"mtqa.toml:2: locale: unknown locale 'fr-FR'"):
        load_file(path)
