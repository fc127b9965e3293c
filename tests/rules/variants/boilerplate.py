"""Boilerplate kinds in forms the tuning half never showed: other sites' words for the same
furniture. Bad variants must fire, look-alikes (story lines, caption credits) must not (a
generalisation audit, issue 11)."""

from __future__ import annotations

_BEFORE = "The minister resigned on Monday, officials in Madrid said.\n\n"
_AFTER = "\n\nShe will stay in office until June, her spokesman said."

_BAD_LINES = [
    # notes that the copy was machine-made
    "This article was automatically translated from German.",
    "This text was machine translated from Spanish.",
    "This content was generated with the help of artificial intelligence.",
    "Translated by Google Translate.",
    # links to other stories and their headings
    "Read also: Inflation hits new high in Spain",
    "See also: Protests in Berlin",
    "You may also be interested in",
    "More news from Quebec",
    # the page talking to its reader about its own channels
    "Subscribe to our newsletter to get the latest news.",
    "Follow us on Telegram for more news.",
    "Join our WhatsApp channel.",
    "Download our app for the latest news.",
    "Click here to read the full story.",
    "Share this article on Facebook",
    "Listen to this article",
    # stamps, tags and notices
    "Reading time: 3 minutes",
    "Updated on March 3, 2024 at 10:15 a.m.",
    "Published: 12.05.2024 14:30",
    "Tags: politics, Spain, elections",
    "All rights reserved. Reproduction prohibited.",
    "Loading...",
]

_GOOD_LINES = [
    "Join our community of volunteers, the mayor urged residents.",
    "Follow the money, the auditor general told the committee.",
    "Topics: the minister said no to the plan.",
    "You might also like to know that the mayor left early.",
    "More than 200 people attended the meeting in Quebec City.",
    "Photo: Reuters",
    "THE CANADIAN PRESS/Jane Doe",
    "This article was written by two reporters in Ottawa.",
]

# Each line between two sentences of a story; a bad one is flagged whole.
FLAGS = [("boilerplate", _BEFORE + line + _AFTER, [line]) for line in _BAD_LINES]
QUIET = [("boilerplate", _BEFORE + line + _AFTER) for line in _GOOD_LINES]
