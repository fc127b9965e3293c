"""titles/state-title-before-name: a title that names a state run into the name it precedes, a kind
issue #11 found across the unseen batches (unseen-44 ... unseen-59), beside the look-alikes that
must stay quiet. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "titles/state-title-before-name"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


def test_an_envoy_title_with_two_states_run_into_the_name() -> None:
    assert _texts("The Ambassador of Canada to Chile Dana Whitford thanked the crowd.") == [
        "Ambassador of Canada to Chile"]


def test_a_state_title_set_off_by_commas_or_ending_in_a_body_stays() -> None:
    assert_clean("The Ambassador of Canada to Chile, Dana Whitford, thanked the crowd.", RULE)
    assert_clean("She visited the Ambassador of Canada to Chile Office and the Speaker of the Senate.", RULE)


def test_a_portfolio_title_without_a_state_is_another_rule_s() -> None:
    assert_clean("The Minister of Health Christian Dubé answered.", RULE)
