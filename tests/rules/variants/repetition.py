"""Repetition kinds in forms the tuning half never showed: other words, word classes and
places. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # doubled-word
    ("repetition/doubled-word", "The the government announced new measures."),
    ("repetition/doubled-word", "Officials in in Madrid confirmed the report."),
    ("repetition/doubled-word", "The council will will vote on Monday."),
    ("repetition/doubled-word", "He said the the report was late."),
    ("repetition/doubled-word", "Exports to to China fell sharply."),
    ("repetition/doubled-word", "She lives in Heping, Heping, a town near the coast."),
    # coordinated-same-word: adjectives, verbs, before a noun or an adverb too
    ("repetition/coordinated-same-word", "The response was swift and swift, the mayor said."),
    ("repetition/coordinated-same-word", "The measures are clear and clear for everyone."),
    ("repetition/coordinated-same-word", "It was a difficult and difficult year for farmers."),
    ("repetition/coordinated-same-word", "Workers must be trained or trained again."),
    ("repetition/coordinated-same-word", "The plan is simple and simple to apply."),
    ("repetition/coordinated-same-word", "The minister gave a firm and firm answer."),
    ("repetition/coordinated-same-word", "The army acted quickly and quickly withdrew."),
    # doubled-phrase
    ("repetition/doubled-phrase", "The mayor said on Monday on Monday that the road would close."),
    ("repetition/doubled-phrase", "The plan was approved by the council by the council last week."),
    ("repetition/doubled-phrase", "Prices in the city in the city rose sharply."),
    ("repetition/doubled-phrase", "The minister of health of health resigned."),
    ("repetition/doubled-phrase", "He left the room the room without a word."),
    ("repetition/doubled-phrase", "Officials said that the said that the deal was done."),
    # repeated-headline
    ("repetition/repeated-headline",
     "Madrid floods leave thousands homeless\n\nMadrid floods leave thousands homeless\n\nHeavy rain hit the city."),
    ("repetition/repeated-headline",
     "Berlin approves new budget\n\nThe German capital approved its budget on Friday.\n\nBerlin approves new budget"),
    ("repetition/repeated-headline",
     "Tokyo mayor resigns after scandal\n\nTokyo mayor resigns after scandal\n\nThe mayor stepped down on Friday."),
    # echo-gloss
    ("repetition/echo-gloss", "The ministry (the ministry) denied the report."),
    ("repetition/echo-gloss", "The agency said the CNSC (CNSC) approved the plan."),
    ("repetition/echo-gloss", "Officials at the Bundestag (Bundestag) met on Monday."),
]

QUIET = [
    ("repetition/doubled-word", "He said that that was the plan; she had had enough of the delays."),
    ("repetition/doubled-word", "The team flew to Walla Walla; it was a very, very long day."),
    ("repetition/coordinated-same-word", "Prices rose more and more; talks went on and on for hours and hours."),
    ("repetition/coordinated-same-word", "Watch how inflation and inflation expectations respond."),
    ("repetition/coordinated-same-word", "Johnson and Johnson reported results; there were rows and rows of tents."),
    ("repetition/coordinated-same-word", "The queue grew bigger and bigger, again and again."),
    ("repetition/coordinated-same-word", "The threat is real and real families are hurt by it."),
    ("repetition/doubled-phrase", "The vote is on Monday. On Monday the polls open early."),
    ("repetition/echo-gloss", "The Canadian Nuclear Safety Commission (CNSC) approved the plan."),
]
