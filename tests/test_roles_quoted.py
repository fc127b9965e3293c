"""Line roles for quoted matter set apart from the story (embedded social posts, block quotations)
and for photo credits that name a publication's files, on made-up pages."""

from __future__ import annotations

from mtqa.document import Document
from mtqa.roles import DISPLAY_ROLES, LayoutRole, line_roles

R = LayoutRole


def _roles(text: str, fmt: str = "plain") -> list[tuple[str, str]]:
    roles = line_roles(Document(text, format=fmt))
    return [(s.role.value, text[s.start:s.end].strip()) for s in roles.segments if text[s.start:s.end].strip()]


def test_a_post_with_its_signature_on_its_line_is_quoted_up_to_the_signature() -> None:
    text = ("The mayor thanked the crews on Sunday.\n\n"
            "Merci à toutes les équipes! — Jane Roy (@janeroy) March 3, 2024 Bridge reopens after the flood\n\n"
            "The bridge reopened on Monday.")
    assert _roles(text) == [
        ("body", "The mayor thanked the crews on Sunday."),
        ("quoted", "Merci à toutes les équipes! — Jane Roy (@janeroy) March 3, 2024"),
        ("headline", "Bridge reopens after the flood"),  # what follows keeps the line's role (no stop: a headline)
        ("body", "The bridge reopened on Monday."),
    ]


def test_a_signature_alone_takes_the_line_above_as_the_post() -> None:
    for sig in ("— Jane Roy (@janeroy) 3 March 2024", "-- Jane Roy (@jane.roy) Sept. 3, 2024"):
        for gap in ("\n", "\n\n"):
            text = f"The mayor spoke.\n\nMerci à toutes les équipes!{gap}{sig}\n\nThe bridge reopened."
            assert _roles(text) == [("body", "The mayor spoke."), ("quoted", "Merci à toutes les équipes!"),
                                    ("quoted", sig), ("body", "The bridge reopened.")], (sig, gap)


def test_picture_links_and_embed_lines_are_quoted() -> None:
    text = ("The team signed him.\n\nWhat a day for the club! pic.twitter.com/AbC123 and more\n\n"
            "View this post on Instagram\n\nA post shared by Jane Roy (@janeroy)\n\nView on X")
    assert _roles(text) == [("body", "The team signed him."), ("quoted", "What a day for the club! pic.twitter.com/AbC123"),
                            ("headline", "and more"), ("quoted", "View this post on Instagram"),
                            ("quoted", "A post shared by Jane Roy (@janeroy)"), ("quoted", "View on X")]


def test_handles_dates_and_view_lines_in_sentences_stay_body() -> None:
    for text in ("The mayor (@janeroy) posted on March 3, 2024 that the bridge was shut.",
                 "Jane Roy (@janeroy) March 3, 2024 is the date she gave, the mayor said.",
                 "She wrote — on X, as Jane Roy (@janeroy) — that the bridge was shut.",
                 "View on X is the setting she changed, the mayor said.",
                 "Readers can view on Instagram the photos of the bridge."):
        assert {role for role, _ in _roles(text)} == {"body"}, text


def test_block_quotations_are_quoted_and_quoted_matter_is_display() -> None:
    md = "The mayor wrote to the council.\n\n> Merci à toutes les équipes, elles ont été formidables.\n\nThe bridge reopened."
    assert [role for role, _ in _roles(md, "markdown")] == ["body", "quoted", "body"]
    assert R.QUOTED in DISPLAY_ROLES


def test_quoted_text_gives_the_quoted_stretch_of_a_paragraph() -> None:
    text = "The mayor spoke.\n\nMerci à toutes les équipes! — Jane Roy (@janeroy) March 3, 2024 Bridge reopens"
    doc = Document(text)
    roles = line_roles(doc)
    par = doc.paragraphs[1]
    assert roles.quoted_text(par, par.text.index("équipes")) == "Merci à toutes les équipes! — Jane Roy (@janeroy) March 3, 2024"
    assert roles.quoted_text(par, par.text.index("Bridge")) is None
    assert roles.quoted_text(doc.paragraphs[0], 0) is None
    md = Document("Intro.\n\n> *Merci* à toutes les équipes.", format="markdown")
    assert line_roles(md).quoted_text(md.paragraphs[1], 3) == md.paragraphs[1].text


def test_credits_naming_a_publication_s_files_are_credits() -> None:
    for credit in ("Photo by Jane Doe /Daily Planet files", "Photo: Daily Planet archives", "(Daily Planet file photo)",
                   "Daily Planet files", "The Daily Planet file photograph"):
        text = f"The mayor spoke on Monday.\n\nThe old bridge in 1990. {credit}\n\nThe bridge reopened."
        assert _roles(text) == [("body", "The mayor spoke on Monday."), ("caption", "The old bridge in 1990."),
                                ("credit", credit), ("body", "The bridge reopened.")], credit
        assert ("credit", credit) in _roles(f"Intro.\n\n{credit}\n\nMore.")


def test_files_and_archives_in_sentences_stay_body() -> None:
    for text in ("The files were obtained by the Daily Planet in May.",
                 "The photo comes from the Daily Planet archives.",
                 "The records were kept in City Hall files."):
        assert {role for role, _ in _roles(text)} == {"body"}, text


def test_hostile_lines_finish_without_a_timeout() -> None:
    """Dashes, handles and brackets by the thousand on one line: each signature is read from its
    handle within a short reach, so the analysis returns (and the pattern never times out)."""
    from hang_guard import returns

    for text in ("- " * 150000 + "(@x) March 3, 2024", "— a (@b) March 3, 2024 " * 30000, "(@" * 100000,
                 "A post shared by (@x) " * 20000, "(" * 50000 + "Ab Cd files", "pic.twitter.com/" * 30000):
        roles = returns(line_roles, Document(text))
        assert roles.segments and all(0 <= s.start <= s.end <= len(text) for s in roles.segments)


def test_a_long_quotation_s_language_is_judged_once_not_once_a_word() -> None:
    """A block quotation and a post of a quarter of a million characters, an unknown word in every
    four: the rule judges each quoted stretch's language once for the paragraph, so the check
    returns (it read the whole stretch again for every word before), and still reports the words
    of a quotation written in English."""
    from hang_guard import returns

    from mtqa.testing import checker

    chk = checker("nonwords")
    for text, fmt in (("> " + "plonkos the the the " * 12000 + "\n", "markdown"),
                      ("plonkos the the the " * 12000 + "— Jane Roy (@janeroy) March 3, 2024\n", "plain")):
        report = returns(chk.check, text, format=fmt)
        assert len([f for f in report.findings if f.text == "plonkos"]) == 12000
