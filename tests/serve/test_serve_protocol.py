"""The pieces of the LanguageTool mapping and the limits, one by one (no server process)."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import registry
from mtqa.serve import ltprotocol
from mtqa.serve.limits import ApiError, CheckRunner
from mtqa.serve.settings import Settings

# ---- offsets --------------------------------------------------------------------------------


@given(st.text(max_size=60))
def test_utf16_offsets_match_the_encoding(text: str) -> None:
    u16 = ltprotocol.Utf16(text)
    for i in range(len(text) + 1):
        assert u16(i) == len(text[:i].encode("utf-16-le")) // 2


pieces = st.lists(st.one_of(
    st.builds(lambda t: {"text": t}, st.text(min_size=0, max_size=8)),
    st.builds(lambda m: {"markup": m}, st.text(alphabet="<>/abp", min_size=1, max_size=5)),
    st.builds(lambda m, i: {"markup": m, "interpretAs": i}, st.text(alphabet="<>/p", min_size=1, max_size=4),
              st.sampled_from(["\n\n", " ", ""])),
), max_size=12)


@settings(max_examples=200)
@given(pieces)
def test_annotation_maps_every_text_character_to_itself(items) -> None:
    ann = ltprotocol.Annotated.from_data(json.dumps({"annotation": items}))
    assert ann.original == "".join(i.get("text", i.get("markup")) for i in items)
    assert ann.plain == "".join(i.get("text", i.get("interpretAs", "")) for i in items)
    p = o = 0
    for item in items:
        if "text" in item:
            for k in range(len(item["text"])):
                assert ann.to_original(p + k, p + k + 1) == (o + k, o + k + 1)
            if item["text"]:
                assert ann.original[slice(*ann.to_original(p, p + len(item["text"])))] == item["text"]
            p += len(item["text"])
            o += len(item["text"])
        else:
            shown = item.get("interpretAs", "")
            if shown:  # a span on markup's stand-in text covers the whole markup
                assert ann.to_original(p, p + len(shown)) == (o, o + len(item["markup"]))
            p += len(shown)
            o += len(item["markup"])
    for a in range(len(ann.plain) + 1):
        for b in range(a, len(ann.plain) + 1):
            s, e = ann.to_original(a, b)
            assert 0 <= s <= e <= len(ann.original)


def test_white_space_markup_keeps_paragraphs_apart() -> None:
    ann = ltprotocol.Annotated.from_data(json.dumps({"annotation": [
        {"text": "First."}, {"markup": "\n\n"}, {"text": "Second."}, {"markup": "<br>", "interpretAs": "\n"},
        {"text": "Third."}]}))
    assert ann.plain == "First.\n\nSecond.\nThird." and ann.original == "First.\n\nSecond.<br>Third."
    assert ann.to_original(ann.plain.index("Third"), len(ann.plain)) == (ann.original.index("Third"), len(ann.original))


# ---- merging and choosing -------------------------------------------------------------------


def m(offset: int, length: int, rule: str) -> dict:
    return {"offset": offset, "length": length, "rule": {"id": rule}}


def test_merge_drops_languagetool_matches_on_mtqas_spans() -> None:
    ours = [m(10, 5, "quotes/x"), m(30, 0, "typography/y")]
    theirs = [m(0, 3, "A"), m(12, 1, "OVERLAP"), m(14, 4, "EDGE"), m(15, 2, "AFTER"), m(30, 2, "ON_POINT"),
              m(29, 1, "BEFORE_POINT"), m(40, 1, "Z")]
    merged = ltprotocol.merge(ours, theirs)
    assert [x["rule"]["id"] for x in merged] == ["A", "quotes/x", "AFTER", "BEFORE_POINT", "typography/y", "Z"]


def test_merge_drops_languagetool_matches_of_a_slip_mtqa_reports_beside_them() -> None:
    """The pack's [same_slip], read as the checker reads it: LanguageTool's lowercase sentence start
    just after mtqa's stray period is the period's slip; in UTF-16 units, past an emoji."""
    import mtqa.integrations.languagetool  # noqa: F401  (registers the mapping pack's schema)
    from mtqa.packs import PackSet

    yields_to = PackSet([]).compiled("languagetool").yields_to
    text = "Fans 😀 cheered at the old harbour bridge. until the storm came.\nthe end."
    u16 = ltprotocol.Utf16(text)
    dot, word, line = text.index("bridge.") + 6, text.index("until"), text.index("the end")
    ours = [m(u16(dot), 1, "typography/stray-period")]
    theirs = [m(u16(word), 5, "UPPERCASE_SENTENCE_START"), m(u16(word), 5, "SOME_OTHER_RULE"),
              m(u16(line), 3, "UPPERCASE_SENTENCE_START")]
    kept = ltprotocol.merge(ours, theirs, text, yields_to)
    assert [(x["rule"]["id"], x["offset"]) for x in kept] == [
        ("typography/stray-period", u16(dot)), ("SOME_OTHER_RULE", u16(word)), ("UPPERCASE_SENTENCE_START", u16(line))]
    assert len(ltprotocol.merge(ours, theirs)) == 4  # without the table, nothing is a twin


def test_choose_splits_rules_between_mtqa_and_languagetool() -> None:
    rules = registry.all_rules()
    req = ltprotocol.parse_request({"text": "x", "language": "en-CA", "disabledRules": "quotes,MORFOLOGIK_RULE_EN_CA",
                                    "disabledCategories": "MTQA_TITLES,TYPOS"}, "en-CA")
    choice = ltprotocol.choose(req, rules, ["EN_QUOTES"])
    assert choice.rule_ids and not any(r.startswith(("quotes/", "titles/")) for r in choice.rule_ids)
    assert not any(registry.get(r).meta.status.value == "preview" for r in choice.rule_ids)
    assert choice.forward == {"language": "en-CA", "disabledRules": "MORFOLOGIK_RULE_EN_CA,EN_QUOTES",
                              "disabledCategories": "TYPOS"}
    only = ltprotocol.choose(ltprotocol.parse_request(
        {"text": "x", "language": "en-CA", "enabledOnly": "true", "enabledCategories": "MTQA_QUOTES"}, "en-CA"), rules, [])
    assert only.forward is None and all(r.startswith("quotes/") for r in only.rule_ids)
    picky = ltprotocol.choose(ltprotocol.parse_request({"text": "x", "language": "en", "level": "picky"}, "en-CA"),
                              rules, [])
    assert len(picky.rule_ids) == len(rules) and picky.forward == {"language": "en", "level": "picky"}


def test_every_rule_has_an_issue_type_and_a_named_category() -> None:
    for r in registry.all_rules():
        assert ltprotocol.issue_type(r.id, r.meta.category) != "uncategorized", r.id
        assert r.meta.family in ltprotocol.FAMILY_NAMES, r.meta.family


def test_threads_default_to_one_and_four_with_languagetool() -> None:
    assert Settings().check_threads(None) == 1
    assert Settings().check_threads("http://127.0.0.1:8081") == 4
    assert Settings(threads=3).check_threads("http://127.0.0.1:8081") == 3


def test_settings_travel_to_worker_processes() -> None:
    s = Settings(port=0, rules_dir=("a", "b"), cors_origins=("https://x.example",), languagetool="http://lt:8081")
    assert Settings.from_env({"MTQA_SERVE_SETTINGS": s.to_env()}) == s


# ---- the check pool -------------------------------------------------------------------------


def test_runner_refuses_past_capacity_and_keeps_places_of_overrunning_checks() -> None:
    release = threading.Event()

    async def scenario():
        runner = CheckRunner(threads=1, queue=1, timeout=0.2)
        slow = asyncio.ensure_future(runner.run(release.wait, 5))
        queued = asyncio.ensure_future(runner.run(lambda: "queued"))
        await asyncio.sleep(0.05)
        with pytest.raises(ApiError) as full:
            await runner.run(lambda: "too many")
        assert full.value.status == 503 and int(full.value.headers["Retry-After"]) >= 1
        with pytest.raises(ApiError) as overran:
            await slow
        assert overran.value.status == 504
        with pytest.raises(ApiError) as never_started:
            await queued
        assert never_started.value.status == 503  # it waited behind the slow one past the deadline
        await asyncio.sleep(0.05)
        assert runner.admitted == 1  # the overrunning check still holds its place
        release.set()
        for _ in range(100):
            await asyncio.sleep(0.01)
            if runner.admitted == 0:
                break
        assert runner.admitted == 0 and runner.started == 0
        assert await runner.run(lambda: 42) == 42
        runner.shutdown()

    asyncio.run(scenario())


def test_listening_socket_is_tcp_so_connections_get_nodelay() -> None:
    import socket

    from mtqa.serve.server import bind

    sock = bind("127.0.0.1", 0)
    try:
        # asyncio sets TCP_NODELAY on accepted connections only for IPPROTO_TCP sockets; without
        # it every keep-alive response waited for the client's delayed ACK
        assert sock.proto == socket.IPPROTO_TCP and sock.getsockname()[1] > 0
    finally:
        sock.close()


def test_a_style_given_to_serve_reaches_its_checkers() -> None:
    """`mtqa serve --style cp` checks with the CP profile: a hyphenated riding passes by
    default and is flagged under CP."""
    from mtqa import Checker

    text = "Bloc MP Jane Roy (Beloeil-Chambly, Que.) said the vote would be close."
    cfg = Settings(style="cp").load_config()
    assert cfg.style == "cp"
    hits = [f.rule_id for f in Checker(cfg).check(text).findings]
    assert "ridings/wrong-dashes" in hits
    assert "ridings/wrong-dashes" not in [f.rule_id for f in Checker(Settings().load_config()).check(text).findings]
