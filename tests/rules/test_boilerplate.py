"""The boilerplate family as a whole: clean copy and look-alikes stay quiet, the seed, fixes, hostile
input. Each kind of rule has its own test module (test_page_furniture.py, test_credits.py, test_furniture_lines.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, checker, findings
from hang_guard import assert_spans_sound, returns


CLEAN_COPY = """Share prices fell Tuesday after the Bank of Canada held its key rate, and advertisers pulled back.

"Follow the data," Governor Tiff Macklem told reporters. "Read more than the headline."

The bank's next decision is due Jan. 28 at 9:45 a.m. ET. Its report is published in both official languages.

Published reports suggest the board was divided. Advertisement spending by the big banks fell 4 per cent.

Jane Doe, a former reporter, now runs the bank's media office.

Updated forecasts come in April."""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "boilerplate")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "boilerplate")]


def test_seed_acceptance(seed_text) -> None:
    got = findings(seed_text, "boilerplate")
    texts = [(f.rule_id, f.text) for f in got]
    assert ("boilerplate/page-furniture", "date 2020-01-08 advertisement") in texts
    assert any(r == "boilerplate/page-furniture" and t.startswith("Follow –") for r, t in texts)
    footer = [t for r, t in texts if r == "boilerplate/footer"]
    assert len(footer) == 4  # e-mail line, publication name, author name, bio line
    assert any("@" in t for t in footer) and any(" is a reporter " in t for t in footer)
    # nothing from the story itself
    assert all(f.span.start < 40 or f.span.start > len(seed_text) - 400 for f in got)


def test_short_headings_are_not_furniture() -> None:
    assert_clean("The talks ended.\n\nWhat comes next\n\nThey resume Monday.", "boilerplate")
    assert_clean("The talks ended.\n\nMore to come\n\nThey resume Monday.", "boilerplate")


def test_email_in_a_sentence_is_not_footer() -> None:
    assert_clean("The talks ended.\n\nReaders can write to letters@example.ca with questions.", "boilerplate")


def test_fixes_are_unsafe() -> None:
    report = checker("boilerplate").check("date 2020-01-08 advertisement\n\nThe talks ended.")
    assert report.findings and not any(f.fix_safe for f in report.findings)
    assert report.fixed_text() == "date 2020-01-08 advertisement\n\nThe talks ended."


def test_metadata_label_in_mid_sentence_is_quiet() -> None:
    assert_clean("Prices rose 3 per cent [source: Statistics Canada] in the quarter.", "boilerplate")


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("boilerplate")
    for bad in ("Advertisement" + " " * 30000 + "x", ". " * 15000 + "Advertisement The", "[Source: " * 5000,
                "Follow " * 20 + "\n\n" + "a@b.ca\n\n" * 3000, "(Reporter " * 5000, "Jane Doe\n\n" * 5000):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("boilerplate")
        assert_spans_sound(returns(chk.check, bad), bad)


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "boilerplate")


def test_look_alikes_of_widgets_headings_and_stamps_are_story() -> None:
    text = ("Latest polls show a tight race in Laval\n\n"
            "Most read books of the year\n\n"
            "9:30 a.m. — Opening remarks by the minister\n\n"
            "At 10:30 on Monday, the vote was called.\n\n"
            "Join the conversation about the budget, the minister urged readers.\n\n"
            "Saturday, February 3, 2024\n\n"
            "More troops for Latvia\n\n"
            "IN VIDEO | The premier's full comments on the bill:")
    assert_clean(text, "boilerplate")


def test_hostile_input_finishes() -> None:
    for chunk in ("Share via Messenger\n", "Read also: the x\n\n", "#a #b ", "Updated 3 hours ago ", "[x report] "):
        findings(chunk * (200_000 // len(chunk)), "boilerplate")


def test_an_address_slug_alone_or_glued_to_the_dateline_is_furniture() -> None:
    text = ("troops-leave-for-latvia-on-monday(OTTAWA) Troops left the base on Monday.\n\n"
            "They flew out of Trenton.\n\nottawa-sends-more-troops-to-latvia")
    got = [f.text for f in findings(text, "boilerplate/furniture-line")]
    assert got == ["troops-leave-for-latvia-on-monday", "ottawa-sends-more-troops-to-latvia"]
    assert_clean("well-to-do-looking families left Ottawa on Monday.\n\nup-to-date", "boilerplate")
