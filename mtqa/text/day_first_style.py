"""Whether a story's own style is the British one, in which a day-first date is the house style.

British, Irish, Australian, New Zealand and South African copy writes ``11 April`` and
``Thursday 14 November 2019``; Canadian and American copy writes ``April 11``. A day-first date in
copy checked as en-CA is a source's order an engine kept when nothing else in the story says
otherwise; but the same copy's other conventions say which side of that line its writer stands
on. Two of them are the writer's own, not a source's:

- a courtesy or council title set without its stop before a name (``Ms Miller``, ``Cr Fisher``,
  ``Cllr Scott``), when the story never sets one with a stop: North American copy writes
  ``Ms.`` and ``Mr.``, and a French source's ``M.`` and ``Mme`` come out of an engine as
  ``Mr.`` and ``Mrs.``;
- a clock time with a point between hour and minutes and the meridiem tight after it
  (``5.00pm``, ``10.30am``): North American copy writes ``5 p.m.`` or ``5:00 p.m.``, and French
  (``17 h``, ``17h30``) comes out as ``5 p.m.`` or ``17:30``;
- a councillor's title abbreviated ``Cllr`` before a name, with its stop or without it
  (``Cllr. Keogh``, ``Cllr Scott``), as Irish and British council minutes and papers write it:
  North American copy writes ``Coun.`` or ``Councillor``, and an engine translating a source's
  ``conseiller`` writes ``councillor``; so a ``Cllr.`` is not a North American stop;
- a clock time with a colon, or an hour alone, and the meridiem tight after it without its
  points (``6:10pm``, ``4pm``; stop 48), as New Zealand and Australian police and council
  releases write it: CP and AP copy writes ``6:10 p.m.``, and no machine-translated story of the
  corpus that writes a date day first writes its clock this way. The points of ``p.m.`` and
  the space before it are what North American copy keeps; a clock with them (``4 p.m.``,
  ``4 pm``, ``4 P.M.``) says nothing.
"""

from __future__ import annotations

from mtqa.analysis import analysis
from mtqa.patterns import lazy

_TITLES = r"Mr|Ms|Mrs|Dr|Cr|Cllr"
# A title before a capitalised name, with or without its stop ("Ms Miller", "Mr. Legault").
_TITLE_NO_STOP = lazy(rf"(?<![\p{{L}}.])(?:{_TITLES})(?=[ \u00a0]\p{{Lu}}\p{{Ll}})")
_TITLE_STOP = lazy(rf"(?<![\p{{L}}.])(?:{_TITLES})\.(?=[ \u00a0]\p{{Lu}})")
# "Cllr. Keogh", "Cllr Scott": the British and Irish councillor's title, stop or none.
_COUNCILLOR = lazy(r"(?<![\p{L}.])Cllr\.?(?=[ \u00a0]\p{Lu}\p{Ll})")
# "5.00pm", "10.30am": the British clock.
_POINT_CLOCK = lazy(r"(?<![\p{N}.])(?:[1-9]|1[0-2])\.[0-5]\d(?:am|pm)\b")
# "6:10pm", "4pm": a colon clock or an hour, the meridiem tight after it, lowercase and without points.
# Written to open on the hour's first digit, the character before it tested behind that digit, and
# the second digit of 10-12 tried after the hour alone (as the alternation `[1-9]|1[0-2]` tries
# them): `regex` finds a digit to start from at C speed, where a pattern opening on a look-behind
# is tried at every position (the search of the 39k-word join ~5 to ~0.3 ms; branch speed50).
_TIGHT_CLOCK = lazy(r"[1-9](?<![\p{N}.:,$].)(?:(?<=1)[0-2])??(?::[0-5]\d)?(?:am|pm)(?![\p{L}\p{N}])")


@analysis("british-house-style")
def writes_british_style(doc) -> bool:
    """Whether the story's own conventions are the British ones: a title without its stop before
    a name and never one with it, a councillor's ``Cllr`` before a name, or a clock time written
    ``5.00pm``, ``6:10pm`` or ``4pm``."""
    text = doc.text
    if _POINT_CLOCK.search(text) or _TIGHT_CLOCK.search(text) or _COUNCILLOR.search(text):
        return True
    return _TITLE_NO_STOP.search(text) is not None and _TITLE_STOP.search(text) is None
