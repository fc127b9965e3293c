"""Boilerplate: a line of web furniture of any kind, found by `furniture.classify_line`, and
the slugs, source tags, datelines and related headlines glued to a story's lines.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.boilerplate.furniture import (BULLET, LINE_MAX_CHARS, PULL_QUOTE_CREDIT_KIND, classify_line, is_furniture,
                                              is_furniture_paragraph)
from mtqa.rules.boilerplate import link_labels
from mtqa.rules.boilerplate.furniture_forms import DATED_LINK_KIND, is_masthead, sentence_end_of
from mtqa.segment import Paragraph

# The same slug glued to the start of the story: "premier-ministre-quitte(OTTAWA) The premier …".
_SLUG_PREFIX = lazy(r"[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}/?(?=\(|[ ]?\p{Lu})")


# Breadcrumbs glued to the headline, the page's words run together: "HomeHeadlineTroops leave …",
# "HomeBreaking NewsTroops leave …" (a section's name of one or two words). A brand run into "Home"
# ("HomeSense opened") has no headline glued after it and stays copy.
_GLUED_CRUMBS = lazy(r"Home(?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?){1,3}?(?=\p{Lu}\p{Ll}*[ ,:’'\-])")


# A bracketed source tag at the head of a line: "[Example News report]", "【Example Net】".
_STAMP_PREFIXES = ("date", "published", "posted", "updated")
_SOURCE_TAG = lazy(
    r"^\s*(?:(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?=\s+\p{Lu})"
    r"|1[0-9]{9}(?=\s+[“\"]?\p{Lu})|\[[^\[\]\n]{0,40}\b(?:report|reports|news|dispatch|wire|correspondent|reporter|agency)\]"
    r"|【[^【】\n]{1,40}】)", regex.IGNORECASE)


# A dateline followed by the outlet's tag and a bar, as some European papers open a story:
# "HAMBURG dpa | The …". The city stays (it is the dateline); the tag and bar are furniture.
_DATELINE_TAG = lazy(
    r"^\s*\p{Lu}{3,}(?:[ \-/]\p{Lu}{2,}){0,2}\s+(?P<tag>(?:\p{Ll}[\p{L}.]{1,15}|\p{Lu}\p{Ll}[\p{L}.]{0,15})(?:/\p{L}{2,10})?\s*\|)\s+(?=\p{Lu})"
)


# A link's all-capitals label left at the end of a cut-off line: "… monetary policy [FULL STORY]".
_LINK_TAG_TAIL = lazy(r"(?<=\s)\[\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,2}\](?=\s*$)")


# The outlet's name is read only in the first paragraphs: the page's top, above the story.
_MASTHEAD_MAX_PARAGRAPH = 3


# A section's or topic's name alone on a line above the headline, at the top of the page: "Crime",
# "Politics", "Housing", "NL" (the corpus's labelling rule of 2026-12-07 makes such kickers furniture,
# MT and clean alike; in fold A, a Quebec magazine's and a sports site's machine English, and a
# language or log-in link over the headline of a Chinese and a Russian site). One word, capitalised or in
# capitals, above the story (no line before it ends a sentence); what follows it is a headline: three
# words or more, a capital first, no sentence's end. A one-word line further down is a sub-heading.
_KICKER = lazy(r"\p{Lu}[\p{Ll}&\-]{1,19}|\p{Lu}{2,12}")
_KICKER_MAX_PARAGRAPH = 2
_HEADLINE_MIN_WORDS = 3


# A related story's headline: a quoted phrase, a colon, the rest ("‘Stay inside’: Smoke …").
_QUOTE_HEADLINE = lazy(r"^[‘'“\"][^‘’'“”\"\n]{3,80}[’'”\"]:\s+\p{Lu}")


def _related_block(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a paragraph that is a bulleted list of related-story headlines.

    Two or more bulleted lines, each short, at least one of them in the headline form
    "‘Quoted words’: Rest" that headlines use and sentences of a story do not.
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + len(line.rstrip())))
    lines = [text[a:b] for a, b in spans]
    if len(lines) < 2 or any(ln[:1] not in "•·▪►▶" or len(ln) > 160 for ln in lines):
        return []
    if not any(_QUOTE_HEADLINE.match(BULLET.sub("", ln)) for ln in lines):
        return []
    return spans


_OPENING_QUOTES = "“\"‘'«"
_CLOSING_QUOTES = "”\"’'»"
# How much of a quotation is looked for elsewhere in the story: a pull quote repeats the story's words.
_QUOTE_PROBE_CHARS = 40
# A pull quote is a line or two; a release's own quotation runs to a paragraph of several sentences.
_OWN_QUOTATION_MIN_WORDS = 25


def _credits_own_quotation(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the credit line at paragraph `index` ("— Jane Roy, President, Example Foundation")
    follows a paragraph that is a quotation said nowhere else in the story: a release's quotation
    and its speaker, part of the copy. A pull quote repeats words of the story beside it, so its
    credit is the widget's caption; and a pull quote is short, so a quotation of fewer than
    25 words keeps its credit a caption whatever the story says."""
    if index == 0:
        return False
    quote = paragraphs[index - 1].text.strip()
    if len(quote) < 2 or quote[0] not in _OPENING_QUOTES or quote.rstrip(".,")[-1] not in _CLOSING_QUOTES:
        return False
    if len(quote.split()) < _OWN_QUOTATION_MIN_WORDS:
        return False  # a line pulled out of the story is short
    probe = quote[1:1 + _QUOTE_PROBE_CHARS].strip().casefold()
    return not any(probe in p.text.casefold() for i, p in enumerate(paragraphs) if i != index - 1)


@rule(
    "boilerplate/furniture-line",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.9,
)
def furniture_line(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A line of web furniture: a share or listen widget, a time stamp, a "Read also:" link, a sign-up, a cookie notice, an author box.

    ## Why it matters
    A page wraps its story in widgets and links; scraped and translated with it, they are
    published as lines of the story. The rule recognises a line by its form: short, not a
    sentence, made of the vocabulary of one of these kinds ("Share on Facebook", "Updated
    3 hours ago", "Read also: …", "Sign up for our newsletter", "We use cookies…",
    "View all posts by …"), or by a shape no line of a story has, whatever its words: bare
    counts, a link ending in an arrow or in a bare address, a trail of sections, an image's
    alternative text, markup, a story's title with its date, a prompt to comment, follow,
    subscribe or click, the outlet's name above the story. Headlines, bylines, datelines,
    captions and photo credits are not furniture; nor is a recurring item's title with its date
    as the page's first line and the only line of that form (a board's "Meeting Highlights -
    March 4, 2025"), where links to other stories with their dates come two or more together.
    Minor: scraped pages of professional outlets carry the same lines, so a furniture line
    says the copy was not cleaned, not that it was machine-translated.

    ## Examples
    bad:  Troops left on Monday.\\n\\n[[Share via Messenger]]\\n\\nThe minister spoke.
    bad:  [[Listen to the audio version]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Click to enlarge]]
    bad:  Troops left on Monday.\\n\\n[[Suggest To A Friend]]
    good: Troops left on Monday.\\n\\nSuggest a friend for the team.
    bad:  [[First published Oct 3, 2022 at 7:05 by Jane Doe • 2 min read]]\\n\\nTroops left on Monday.
    bad:  [[Updated 3 hours ago]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Read also: Legault defends his targets]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Source: Radio-Canada]]
    good: Troops leave for Latvia\\n\\nSource: Instagram\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Source: Xinhua]]
    bad:  Troops left on Monday.\\n\\n[[Sign up for our free daily newsletter]]
    bad:  [[We use cookies to improve your experience on our site.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[View all posts by Jane Doe]]
    bad:  Troops left on Monday.\\n[[Previous Article]]\\n[[Next Article]]
    bad:  [[• Listen to the interview with the minister on our morning show:]]\\n\\nTroops left on Monday.
    bad:  [[Click to play video: 'Troops leave for Latvia']]\\n\\nTroops left on Monday.
    bad:  [[[Example News report]->]] Troops left on Monday.
    bad:  [[date 2022-09-11]] Troops left on Monday.
    bad:  [[Prairie Valley News]]\\n\\nCrews cleared the road on Monday.
    good: Crews clear the road\\n\\nJane Roe\\nPrairie Valley News\\n\\nCrews cleared the road on Monday.
    bad:  Troops left on Monday.\\n\\n[[See also  Ottawa sends more troops to Latvia]]
    bad:  [[Posted at 7:02 p.m.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[#Troops #Latvia #NATO #Canada]]
    bad:  Troops left on Monday.\\n\\n[[Your email address will not be published. Required fields are marked *]]
    bad:  Troops left on Monday.\\n\\n[[This site uses Spamguard to reduce spam. Learn how your comment data is processed.]]
    bad:  Troops left on Monday.\\n\\n[[%d bloggers like this:]]\\n[[Back to top button]]
    good: Troops left on Monday.\\n\\nThe site uses filters to reduce spam, and required fields are marked in red, she said.
    bad:  [[1667833049]]\\nTroops left on Monday.
    bad:  [[1667833049]] Troops leave for Latvia\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[This article was translated automatically from French. Report an error.]]
    bad:  Troops left on Monday.\\n\\n[[Tags: Latvia, NATO, Canadian Armed Forces]]
    bad:  Troops left on Monday.\\n\\n[[Keyphrase: Latvia troop deployment]]
    bad:  Troop news\\n\\n[[Categories]]\\n[[Uncategorized]]\\n\\nTroops left on Monday.
    good: Troops left on Monday.\\n\\nKeywords matter to search engines, the consultant said.
    bad:  Troops left on Monday.\\n\\n[[Leave a comment]]\\n\\n[[© 2024 Example Media Inc. All rights reserved.]]
    bad:  [[Skip to content]]\\n\\nTroops left on Monday.\\n\\n[[You might also like:]]
    bad:  Troops left on Monday.\\n\\n[[Sharing is caring!]]\\n\\nThe minister spoke.
    bad:  [[Share the love]]\\n\\nTroops left on Monday.
    bad:  “It is a failed plan.”\\n\\n[[—Jane Roy, interim leader of the party]]
    bad:  The leader said the plan had failed. “We will take a new plan to the voters in the spring, one that every family in the province can read and judge for itself,” she said.\\n\\n“We will take a new plan to the voters in the spring, one that every family in the province can read and judge for itself.”\\n\\n[[— Jane Roy, interim leader of the party]]
    good: The foundation held its spring gala on Friday.\\n\\n“Tonight our donors gave more than we ever hoped for. The new wing will open in the fall, and every family in the valley will be closer to the care it needs.”\\n\\n— Jane Roy, President, Example Foundation
    bad:  “The dams need work.”\\n\\n[[Quote from Paul Roy, the utility's chief engineer]]
    bad:  “The dams need work.”\\n\\n[[A quote from Paul Roy, the utility's chief engineer]]
    good: Troops left on Monday.\\n\\nQuote from Paul Roy, the engineer, came late in the day.
    bad:  Troops left on Monday.\\n\\n[[8e5b2be69bf67daeb76b9242d292ba19f38e016220081d7dcce6bbe2c92ef58c]]
    bad:  [[Original title: Troops leave for Latvia]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Join our WhatsApp channel]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Download our app]]
    bad:  [[Feb. 3, 2024 10:01 a.m.]]\\n\\nTroops left on Monday.
    bad:  [[2024-02-03 10:01]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Most read]]\\n\\n[[On the same subject]]
    bad:  Troops left on Monday.\\n\\n[[Most Visited]]\\n\\n[[Hot News]]
    bad:  [[Press Releases]]\\n\\nThe minister met the envoy on Monday.
    bad:  [[17.2 C]]\\n\\nTroops left on Monday.\\n\\n[[First modification:]]\\n\\nThe minister spoke.
    bad:  [[Key takeaways:]]\\n- Troops left on Monday.\\n\\nTroops left on Monday.\\n\\n[[Latest article]]\\n\\n[[More Content]]
    bad:  Troops left on Monday.\\n\\n[[Leave a Reply Cancel reply]]\\n\\n[[Your email address will not be published.]]
    bad:  [[Reading time: 3 minutes]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[CHECK HERE: Ottawa sends more troops to Latvia]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[► YOU MIGHT ALSO BE INTERESTED: Minister visits the base]]
    bad:  Troops left on Monday.\\n\\n[[MORE DETAILS:]]\\nOttawa sends more troops to Latvia\\n\\nThe minister spoke.
    good: Troops left on Monday.\\n\\nUPDATE: The minister said more troops would follow.
    good: WARNING: This story contains details some readers may find disturbing.\\n\\nTroops left on Monday.
    good: WATCH: The minister spoke to reporters at the base on Monday.\\n\\nMORE TROOPS HEAD TO LATVIA: MINISTER
    good: Troops left on Monday.\\n\\nSMITH: We will see more of them.\\n\\nMore details: the base has 300 beds.
    bad:  [[In video]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[premier-ministre-justin-trudeau-quitte]]
    bad:  [[troops-leave-for-latvia-on-monday]](OTTAWA) Troops left the base on Monday.
    bad:  Troops left on Monday.\\n\\n[[Open in full screen mode]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Your browser does not support the audio element.]]
    bad:  [[Voice synthesis, made with artificial intelligence, reads this text aloud.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[The post Troops leave for Latvia appeared first on Example News.]]
    bad:  Troops left on Monday.\\n\\n[[Continued after advertising]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Publicity]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[The text continues below the image.]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[To see also: Legault defends his targets]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Follow us on Google News]]
    bad:  [[Posted by admin]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Translated from French by Example Translate]]
    bad:  Troops left on Monday.\\n\\n[[(Machine translation)]]
    bad:  [[25.4°C Ottawa]]\\n\\nTroops left on Monday.
    bad:  [[WorldMar 3, 2025]]\\nTroops leave for Latvia\\n\\nTroops left on Monday.
    bad:  [[Home > Defence News]]\\n\\nTroops left on Monday.
    bad:  [[Current location - News - Defence - Troops leave for Latvia]]\\n\\nTroops left on Monday.
    bad:  [[HomeDefence]]Troops leave for Latvia\\n\\nTroops left on Monday.
    bad:  [[HomeBreaking News]]Troops leave for Latvia\\n\\nTroops left on Monday.
    good: HomeSense opened a store in Laval on Monday.\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[0 1,204]]
    bad:  [[(3,512 posts)]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[See more stories from Ottawa View all>]]
    bad:  Troops left on Monday.\\n\\n[[Read more here: https://example.com/troops-latvia]]
    bad:  [[Forums»Politics»Canada»Troops leave for...]]\\n\\nTroops left on Monday.
    bad:  [[Jane Doe Image]]\\n\\n[[ByJane Doe KXYZ logo]]\\n\\nTroops left on Monday.
    bad:  [[EMBED <>More Videos]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Share_button_blue.png      Mail_icon_(small).png]]\\n\\nThe minister spoke.
    bad:  [[troops board plane trenton.JPG]]\\n\\nTroops left on Monday.
    good: Troops left on Monday.\\n\\nThe photo was filed as trenton.jpg, the clerk said.\\n\\nPhoto: Jane Doe / DND
    good: Troops board a plane at Trenton on Monday. (DND photo)\\n\\nImage: trenton base
    bad:  Troops left on Monday.\\n\\n[[How to pack for a long trip - June 3, 2021]]\\n[[Five tips for new drivers - May 28, 2021]]
    good: Council Meeting Notes - March 4, 2025\\n\\nCouncil approved the rink budget on Tuesday.
    bad:  [[Ferry fares rise in spring - March 4, 2025]]\\n\\nFares rose on Monday.
    bad:  [[Ferry fares rise in spring - March 4, 2025]]\\n[[Ten tips for winter driving - Feb. 27, 2025]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Powered by ExamplePress]]
    bad:  Troops left on Monday.\\n\\n[[What do you think? Have your say in the comments below]]
    bad:  Troops left on Monday.\\n\\n[[Follow our Defence Blog]]
    bad:  [[Subscribe to Example County News feed]]\\n\\nTroops left on Monday.
    bad:  [[Jump directly to the content]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Join today and unlock this story for free]]
    bad:  Troops left on Monday.\\n\\n[[This is a developing story.]]
    bad:  Troops left on Monday.\\n\\n[[We'll be bringing you the latest on this story as it unfolds.]]
    bad:  Troops left on Monday.\\n\\n[[To watch the full interview, go to: Minister on the mission]]
    bad:  Troops left on Monday.\\n\\n[[Follow Example News on Google News CLICK HERE]]
    bad:  [[Sun, 03/02/2025 - 14:05]]\\n\\nTroops left on Monday.
    bad:  [[Mar 3, 2025 @ 2:05pm]]\\n\\nTroops left on Monday.
    bad:  [[on Mar 3, 2025 at 2:05 PM, updated Mar 3, 2025 at 3:10 PM]]\\n\\nTroops left on Monday.
    bad:  [[| 21.5°C Ottawa]]\\n\\nTroops left on Monday.
    bad:  [[-4°]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[EXAMPLE NEWSLETTER]]
    bad:  [[Example Daily Bulletin -]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[------------------------------]]
    bad:  Troops left on Monday.\\n\\n[[Download the Example News app, stay informed]]
    bad:  [[The Example Times]]\\n\\nTroops leave for Latvia\\n\\nTroops left on Monday.
    bad:  [[Example Valley News]]\\n\\nTroops leave for Latvia\\n\\nTroops left on Monday.
    bad:  [[example.com]]\\n\\n[[Sign in | Become a member]]\\n\\nTroops left on Monday.
    bad:  [[Jane DoeJane Doe]]\\n\\n[[Jane Doe By Jane Doe example.com]]\\n\\nTroops left on Monday.
    good: Troops left on Monday.\\n\\nFollow the money\\n\\nThe ad campaign continues after the election.
    good: Troops left on Monday.\\n\\nThe minister spoke of <b>steady</b> progress and of more troops.
    good: Publicity stunts, she said, are not policy.\\n\\nThe story continues to unfold in Ottawa.
    good: Written by Jane Doe, the report was tabled.\\n\\nPosted by Jane Doe on Monday, it drew 3,000 replies.
    good: On the same subject, the minister said nothing.\\n\\nSpeech synthesis is a field of study.
    good: Translated from French, the letter was read aloud by the minister on Monday.
    good: well-to-do-looking families, she said, left Ottawa on Monday.
    good: Troops left on Monday.\\n\\nwell-to-do\\n\\nup-to-date
    good: Latest polls show a tight race\\n\\nTroops left on Monday.
    good: Jane Doe\\nMay 20, 1943 – March 18, 2013\\n\\nJane passed away peacefully at home in Regina.
    good: Most read books of the year\\n\\nTroops left on Monday.
    good: Press freedom\\n\\nThe minister met the envoy on Monday.
    good: Troops left on Monday.\\n\\nHot weather\\n\\nAll aboard
    good: Highs near 30 C are expected.\\n\\nThe first modification of the law passed.\\n\\nVitamin C\\n\\nTroops left on Monday.
    good: Key witnesses\\n\\nTroops left on Monday.\\n\\nMore content moderation\\n\\nThe latest article of the law.
    good: 9:30 a.m. — Opening remarks by the minister\\n\\nTroops left on Monday.
    good: At 10:30 on Monday, the vote was called.
    good: Join the conversation about the budget, the minister urged readers.
    good: Friday, November 22, 2024\\n\\nTroops left on Monday.
    bad:  [[Politics]]\\nMinister defends the troop plan in the House\\n\\nTroops left on Monday.
    good: Troops left on Monday.\\n\\nResults\\nThe first group flew out of Trenton\\n\\nThe minister spoke.
    good: Ottawa\\nThe minister spoke on Monday.
    good: Homes were evacuated.\\n\\nHomeowners > renters, the poll found.\\n\\nHome - the film - opens Friday.
    good: The forecast: 25.4°C in Ottawa on Monday.\\n\\nMarch 3, 2025\\n\\nCanada Day, July 1, 2025
    good: Current location of the fire - the ministry said - is unknown.\\n\\nHomeland Security said so.
    good: Ottawa to share vaccine data with provinces\\n\\nThe minister spoke on Monday.
    good: Troops left on Monday.\\n\\nThe minister said she would print the report and email it to MPs.
    good: Troops left on Monday.\\n\\nSpread the word about the clinic, the mayor told residents.
    bad:  MUNICH [[ap |]] Troops left the base on Monday.
    bad:  Troops left on Monday.\\n\\n[[• Ottawa sends more troops to Latvia]]\\n[[• ‘We are ready’: Minister visits the base]]\\n\\nThe minister spoke.
    good: Troops left on Monday.\\n\\n• The first group flew out of Trenton.\\n• A second group follows next week.\\n\\nThe minister spoke.
    good: OTTAWA — Troops left the base on Monday.
    good: NATO | Troops left the base on Monday.
    good: OTTAWA | Ukraine | Defence\\n\\nTroops left the base on Monday.
    good: Premier François Legault in Quebec City on Tuesday. (THE CANADIAN PRESS/Jacques Boissinot)
    good: Photo: Andrew Meade\\n\\nFriday, November 22, 2024
    good: Sources say the deal is close.\\n\\nSubscribers to the service will pay more, the CRTC said.
    good: Google said it would stop using third-party cookies on its browser next year.
    good: The report was published on Oct. 3 and updated last week.
    good: WATCH | The premier's full comments on the bill:\\n\\nThe bill passed.
    good: Watch what happens next, she said: the vote is close.\\n\\nNext year, the #MeToo debate returns.
    good: [The minister] said the [news] report was wrong.
    good: This article was written by our Ottawa bureau; AI firms were not consulted.
    good: Search and rescue crews found the hikers.\\n\\nMore from the minister came on Tuesday.\\n\\nTags were put on the cattle.
    good: The menu changed, and comments are closed to the public, the clerk said.\\n\\n© 2024 The Canadian Press
    good: — Jane Roy, the minister, said the plan had failed.\\n\\n1867 Confederation was the start.
    good: Troops left on Monday.\\n\\n3\\n\\nThe vote was 3-2.
    good: For more information, visit www.example.gc.ca.\\n\\nThe report is online at https://example.com/report.
    good: Homeowners > renters > landlords, the poll found.
    good: Podcast #4 - Roads, Roads, Roads\\n\\nTroops left on Monday.
    good: File image\\n\\nHandout image\\n\\nRepresentational image.
    good: Budget vote — March 3, 2025\\n\\nBy Jane Doe | June 30, 2025\\n\\nFeatureBY JANE DOE | June 30, 2025
    good: Powered by wind, the turbines spin all night.
    good: “Click here,” the e-mail said, and she did.
    good: Follow the Leafs all season, the coach urged.\\n\\nThe developing story of the town is told in three parts.
    good: Readers may comment below the story, the editor said.
    good: Troops leave for Latvia\\n\\nGlobal News\\n\\nBy Jane Doe Global News\\n\\nThe Washington Post\\n\\nTroops left on Monday.
    good: Good News for Farmers\\n\\nTroops left on Monday.\\n\\nThe Associated Press
    good: * * *\\n\\n---\\n\\nTroops left on Monday.\\n\\nTemperatures hit 30° on Monday.
    good: Download the app, the minister told MPs.\\n\\nTribune Media Services said it would sell the papers.
    good: Amazon.com\\n\\nAmazon.com said sales rose.\\n\\nBora Bora\\n\\nNew York New York\\n\\nSign in to vote | Polls

    ## Fix safety
    Unsafe: the line is deleted (its text only); an editor confirms it was not a terse
    heading of the story.
    """
    related = _related_findings(par, ctx)
    if related:
        yield from related
        return
    pos = 0
    for line in par.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        glued = _glued_furniture(par, ctx, line, start)
        if glued is not None:
            yield glued
            continue
        if len(line) > LINE_MAX_CHARS * 2:
            continue
        kind = _furniture_kind(par, ctx, line, start)
        if kind is None:
            continue
        s0 = start + len(line) - len(line.lstrip())
        e0 = start + len(line.rstrip())
        yield ctx.finding(
            par, s0, e0, f"Page furniture ({kind}) scraped in with the copy",
            fix=Fix.unsafe("Delete the furniture line", replacement=""),
        )


def _related_findings(par: Paragraph, ctx: RuleContext) -> list[RawFinding]:
    """One finding per line of a paragraph that is a bulleted list of related-story headlines
    (none for any other paragraph): such a list is reported whole, and its lines are not judged
    one by one."""
    text = par.text
    if "\n" not in text or text.lstrip()[:1] not in "•·▪►▶":
        return []
    return [ctx.finding(
        par, s0, e0, "Page furniture (a list of links to related stories) scraped in with the copy",
        fix=Fix.unsafe("Delete the link", replacement=""),
    ) for s0, e0 in _related_block(text)]


def _glued_furniture(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """Furniture glued to a line of the story, at `start` of the paragraph: a source tag or date
    stamp, the address slug, breadcrumbs, the outlet's tag after the dateline, a link's label.
    The first of them found is reported, and the line is not judged whole."""
    for find in (_source_tag, _glued_slug, _glued_crumbs, _dateline_tag, _link_tag_tail):
        found = find(par, ctx, line, start)
        if found is not None:
            return found
    return None


def _source_tag(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """A bracketed source tag ("[Example News report]") or a date stamp at the head of the line."""
    head = line.lstrip()[:10].casefold()
    if not (head[:1] in "[【1" or head.startswith(_STAMP_PREFIXES)):
        return None
    m = _SOURCE_TAG.match(line)
    if not m:
        return None
    s0 = start + len(line) - len(line.lstrip())
    return ctx.finding(
        par, s0, start + m.end(),
        "Page furniture (" + ("source tag of the original" if m.group().lstrip()[:1] in "[【" else "date stamp")
        + ") scraped in with the copy",
        fix=Fix.unsafe("Delete it", replacement=""),
    )


def _glued_slug(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """The page's address slug glued to the start of the story's line."""
    if not (line[:1].islower() and "-" in line[:40]):
        return None
    slug = _SLUG_PREFIX.match(line)
    if not (slug and slug.end() < len(line.rstrip())):
        return None
    return ctx.finding(
        par, start, start + slug.end(), "Page furniture (the page's address slug) scraped in with the copy",
        fix=Fix.unsafe("Delete it", replacement=""),
    )


def _glued_crumbs(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """Breadcrumbs run into the headline ("HomeDefenceTroops leave …")."""
    if not (line.startswith("Home") and line[4:5].isupper()):
        return None
    crumbs = _GLUED_CRUMBS.match(line)
    if not crumbs:
        return None
    return ctx.finding(
        par, start, start + crumbs.end(), "Page furniture (breadcrumb run into the headline) scraped in with the copy",
        fix=Fix.unsafe("Delete it", replacement=""),
    )


def _dateline_tag(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """The outlet's tag and bar after a dateline ("HAMBURG dpa | The …"): the city stays."""
    if "|" not in line[:60]:
        return None
    d = _DATELINE_TAG.match(line)
    if not d:
        return None
    return ctx.finding(
        par, start + d.start("tag"), start + d.end("tag"),
        "Page furniture (the outlet's tag after the dateline) scraped in with the copy",
        fix=Fix.unsafe("Delete it", edits=(Edit(start + d.start("tag"), start + d.end(), ""),)),
        suggestions=("",),
    )


def _link_tag_tail(par: Paragraph, ctx: RuleContext, line: str, start: int) -> RawFinding | None:
    """A link's all-capitals label left at the end of a cut-off line ("… [FULL STORY]")."""
    if not line.rstrip().endswith("]"):
        return None
    tag = _LINK_TAG_TAIL.search(line)
    if not tag:
        return None
    return ctx.finding(
        par, start + tag.start(), start + tag.end(), "Page furniture (a link's label) scraped in with the copy",
        fix=Fix.unsafe("Delete it", replacement=""),
    )


# An author's name alone on a byline's line: two or three capitalised words ("Jane Roe",
# "Anne-Marie St-Pierre", "Jean D. Roy").
_PERSONS_NAME_LINE = lazy(r"\p{Lu}[\p{Ll}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+)){1,2}")


def _is_bylines_name(before: str) -> bool:
    """Whether the line before (the end of `before`, the paragraph up to a line) is an author's
    name alone, so that the line under it is the byline's credit, not the page's masthead."""
    last = before.rstrip("\n").rsplit("\n", 1)[-1].strip()
    return bool(_PERSONS_NAME_LINE.fullmatch(last)) and not is_masthead(last, first_line=True)


def _is_kicker(par: Paragraph, ctx: RuleContext, line: str, start: int) -> bool:
    """Whether a line near the page's top is a section's name alone over the headline."""
    word = line.strip()
    if par.index > _KICKER_MAX_PARAGRAPH or not _KICKER.fullmatch(word):
        return False
    above = [p.text for p in ctx.doc.paragraphs[:par.index]] + [par.text[:start]]
    if any(sentence_end_of(x.strip()) for chunk in above for x in chunk.split("\n") if x.strip()):
        return False  # the story has begun above it: a sub-heading
    rest = par.text[start + len(line) + 1:].strip()
    if not rest:
        paragraphs = ctx.doc.paragraphs
        rest = paragraphs[par.index + 1].text.strip() if par.index + 1 < len(paragraphs) else ""
    following = rest.split("\n", 1)[0].strip()
    return len(following.split()) >= _HEADLINE_MIN_WORDS and following[:1].isupper() \
        and not sentence_end_of(following)


def _furniture_kind(par: Paragraph, ctx: RuleContext, line: str, start: int) -> str | None:
    """The kind of furniture a whole line is, when this rule reports it (None otherwise): what
    `classify_line` finds, or the outlet's name near the top of the page. Lines that
    boilerplate/page-furniture reports, and a release's own quotation credit, are left alone."""
    kind = classify_line(line)
    if kind is None and par.index <= _MASTHEAD_MAX_PARAGRAPH \
            and is_masthead(line.strip(), first_line=par.index == 0 and start == 0):
        kind = "the outlet's name"
        if start > 0 and _is_bylines_name(par.text[:start]):
            return None  # "Jane Roe\nPrairie News Services": the byline's credit under the author's name
    if kind is None and _is_kicker(par, ctx, line, start):
        kind = "section's name over the headline"
    if kind is None or (is_furniture(line) and (kind != link_labels.KIND or is_furniture_paragraph(par.text))):
        return None  # page-furniture reports the lines it knows (a label alone over its headline's line it does not)
    return None if _is_the_storys_own(kind, par, ctx, line, start) else kind


def _is_the_storys_own(kind: str, par: Paragraph, ctx: RuleContext, line: str, start: int) -> bool:
    """Whether a line of a furniture kind is the story's own after all: a release's quotation credit
    under its quotation, or a recurring item's dated title heading its page."""
    if kind == PULL_QUOTE_CREDIT_KIND and start == 0 and _credits_own_quotation(ctx.doc.paragraphs, par.index):
        return True  # a release's quotation and its speaker: the story's words, said once
    # "Trustee Meeting Highlights - March 4, 2025" over its copy: the page's own headline
    return kind == DATED_LINK_KIND and par.index == 0 and start == 0 and _RECURRING_ITEM.match(line) is not None \
        and _only_dated_title(ctx.doc.paragraphs)


# The title of a recurring item, which names its kind before its date: "Trustee Meeting Highlights -
# March 4, 2025", "Report from the Assembly – May 2, 2024", "Council Notes - March 4, 2025".
_RECURRING_ITEM = lazy(
    r"^(?:\S+\s+){0,5}?(?:highlights|report|minutes|notes|update|updates|bulletin|round-?up|digest|briefs|recap|summary"
    r"|agenda|newsletter)\b(?:\s+(?:from|of|for|on)\s+[^\n\-–—|]{1,40})?\s[-–—|]\s", regex.IGNORECASE)


def _only_dated_title(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the page's first line, a recurring item's title with its date, is the only line of
    that form on the page: then it is the page's own headline, as a board's highlights or a member's
    report heads its copy. Links to other stories with their dates come two or more together, in a
    list beside or under a story, and name stories, not a recurring item."""
    dated = 0
    for par in paragraphs:
        for line in par.text.split("\n"):
            if line.rstrip()[-4:].isdigit() and classify_line(line) == DATED_LINK_KIND:
                dated += 1
                if dated > 1:
                    return False
    return dated == 1
