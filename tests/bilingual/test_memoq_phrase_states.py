"""memoQ (.mqxliff) and Phrase (.mxliff) files: found by their own extensions, each segment's
state read from the CAT tool's status (memoQ ``mq:status``, Phrase ``m:confirmed``) as SDLXLIFF's
is, filtered by ``--segment-state``, and taken by the whole-file checks as drafts or done work.
Every file is made up here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.bilingual import EXTENSIONS, check_file, detect
from mtqa.bilingual.states import vendor_state
from mtqa.cli import main
from mtqa.config import DEFAULT_INCLUDE
from mtqa.engine import Checker
from mtqa.errors import InputError
from tests.bilingual._files import states_by_segment, write_file

DOUBLED = "repetition/doubled-word"

MEMOQ = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
  <file original="brief.docx" source-language="fr-CA" target-language="en-CA" datatype="x-memoq">
    <body>
      <trans-unit id="1" mq:status="ManuallyConfirmed" mq:percent="0">
        <source xml:space="preserve">Le pont ouvre lundi.</source>
        <target xml:space="preserve">The bridge opens opens Monday.</target>
      </trans-unit>
      <trans-unit id="2" mq:status="PartiallyEdited">
        <source xml:space="preserve">La route reste fermée.</source>
        <target xml:space="preserve">The road stays stays closed.</target>
      </trans-unit>
      <trans-unit id="3" mq:status="Proofread">
        <source xml:space="preserve">Le maire a parlé.</source>
        <target state="needs-translation" xml:space="preserve">The mayor spoke spoke.</target>
      </trans-unit>
      <trans-unit id="4" mq:status="Reviewer1Confirmed">
        <source xml:space="preserve">Le budget est adopté.</source>
        <target xml:space="preserve"></target>
      </trans-unit>
      <trans-unit id="5" mq:status="NotStarted">
        <source xml:space="preserve">La séance est levée.</source>
        <target xml:space="preserve"></target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

PHRASE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2">
  <file original="story.txt" source-language="de" target-language="en" datatype="plaintext">
    <body>
      <group id="1" m:para-id="0">
        <trans-unit id="job:0" m:confirmed="0" m:locked="false" m:trans-origin="mt">
          <source>Der Zug fährt morgen.</source>
          <target>The train leaves leaves tomorrow.</target>
        </trans-unit>
      </group>
      <group id="2" m:para-id="1">
        <trans-unit id="job:1" m:confirmed="2" m:locked="false" m:trans-origin="tm">
          <source>Die Brücke bleibt zu.</source>
          <target state="final">The bridge stays stays shut.</target>
        </trans-unit>
      </group>
      <group id="3" m:para-id="2">
        <trans-unit id="job:2" m:confirmed="1" m:locked="true">
          <source>Das Amt ist geschlossen.</source>
          <target>The office shuts shuts early.</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""


_write = write_file


def _states(report) -> dict[str, str | None]:
    return states_by_segment(report, DOUBLED)


def test_the_cat_tools_extensions_are_xliff() -> None:
    assert detect("job.mqxliff") == detect("job.mxliff") == detect("job.SDLXLIFF") == "xliff"
    assert detect("job.docx") is None  # look-alike: a CAT tool's other exports are not read as XLIFF


def test_memoq_status_is_each_segments_state_and_wins_over_a_target_state(tmp_path: Path) -> None:
    report = check_file(Checker(select=["repetition"]), str(_write(tmp_path, "brief.mqxliff", MEMOQ)))
    assert _states(report) == {"1": "ManuallyConfirmed", "2": "PartiallyEdited", "3": "Proofread"}


def test_phrase_confirmation_level_is_the_state_and_its_lock_is_kept(tmp_path: Path) -> None:
    path = str(_write(tmp_path, "story.mxliff", PHRASE))
    assert _states(check_file(Checker(select=["repetition"]), path)) == {
        "job:0": "unconfirmed", "job:1": "confirmed (level 2)"}  # job:2 is locked: skipped
    checked = _states(check_file(Checker(select=["repetition"], locked="check"), path))
    assert checked["job:2"] == "confirmed (level 1)"


def test_segment_state_filters_memoq_and_phrase_states(tmp_path: Path, capsys) -> None:
    memoq = str(_write(tmp_path, "brief.mqxliff", MEMOQ))
    phrase = str(_write(tmp_path, "story.mxliff", PHRASE))
    main(["check", memoq, phrase, "--isolated", "--select", "repetition", "--format", "json",
          "--segment-state", "manuallyconfirmed,confirmed"])
    data = json.loads(capsys.readouterr().out)
    files = data["files"] if "files" in data else [data]
    assert {x["segment"] for f in files for x in f["findings"]} == {"1", "job:1"}


def test_an_empty_target_is_lost_under_a_confirmed_status_and_not_under_not_started(tmp_path: Path) -> None:
    report = check_file(Checker(select=["source/empty-target"]), str(_write(tmp_path, "brief.mqxliff", MEMOQ)))
    assert [f.extra["segment"] for f in report.findings if f.rule_id == "source/empty-target"] == ["4"]


def test_vendor_state_reads_only_the_vendors_attributes() -> None:
    assert vendor_state({"{MQXliff}status": "Rejected"}) == "Rejected"
    assert vendor_state({"{http://www.memsource.com/mxlf/2.0}confirmed": "false"}) == "unconfirmed"
    assert vendor_state({"{http://www.memsource.com/mxlf/2.0}confirmed": "true"}) == "confirmed"
    # look-alikes: a plain status or confirmed attribute of another vocabulary says nothing
    assert vendor_state({"status": "done", "{urn:acme}confirmed": "1"}) is None


def test_every_bilingual_extension_is_walked_and_named_when_a_file_is_none(tmp_path: Path) -> None:
    """The extensions detect() reads are the ones a folder walk takes by default and the ones the
    error names: a CAT tool's extension added to one list and not the others is never found."""
    assert {f"*{ext}" for ext in EXTENSIONS} <= set(DEFAULT_INCLUDE)
    with pytest.raises(InputError) as error:
        check_file(Checker(select=["repetition"]), str(_write(tmp_path, "brief.docx", "x")))
    assert all(ext in str(error.value) for ext in EXTENSIONS)
