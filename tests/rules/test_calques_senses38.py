"""False friends in their French sense, gated by the words that mark it, and the Quebec municipal
register word for word (benchmarks/README.md, "Calques, thirty-eighth pass"). Every sentence here
is made up; each bad one is flagged by the entry named, each look-alike left alone."""

from __future__ import annotations

import pytest

from mtqa.testing import findings

FLAGGED = [
    ("A week after the disappearance of Jean Tremblay, who died at 92, the village held his funeral.",
     "disparition", "disappearance"),
    ("Fans sang along as the interpreter of “Les étoiles filantes” closed the concert.",
     "interprète", "the interpreter of"),
    ("The municipality reminds the population that the beach closes at 9 p.m.",
     "demander à la population", "reminds the population"),
    ("Against the outgoing MP, who wants a fourth term, the Liberals fielded a nurse.",
     "député sortant", "outgoing MP"),
    ("Staff at the residence care for 60 elderly who are non-autonomous.",
     "aînés non autonomes", "elderly who are non-autonomous"),
    ("The ecologists took 11 per cent of the vote on Sunday, the party's best result.",
     "les écologistes", "The ecologists"),
    ("Online inscription is required for the swimming lessons.",
     "inscription", "Online inscription"),
    ("She was a TV animator for 20 years before she ran for council.",
     "animateur", "TV animator"),
    ("The board bought 12 scholar buses for the rural routes.",
     "scolaire", "scholar buses"),
    ("Two secondary school professors were honoured by the board.",
     "professeur", "secondary school professors"),
    ("The mill licensed 85 employees when the second line closed.",
     "licencier", "licensed 85 employees"),
    ("A deeply engaged poet, she wrote about the strike for decades.",
     "un artiste engagé", "deeply engaged poet"),
    ("The opposition wants a new mode of scrutin before the next vote.",
     "mode de scrutin", "mode of scrutin"),
    ("Reporters waited outside city hall of Québec for the budget.",
     "le maire de Québec", "city hall of Québec"),
    ("In Montreal, the borough adopted the plan during the last ordinary sitting.",
     "séance ordinaire", "during the last ordinary sitting"),
    ("Residents may comment on the projects of regulation until May 3.",
     "projet de règlement", "projects of regulation"),
    ("The map was joint to the letter sent to every owner.",
     "joint à", "was joint to the"),
    ("Given in Sainte-Adèle, this 12th day of March.",
     "Donné à", "Given in Sainte-Adèle, this 12th day"),
    ("In Quebec City the leisures department runs four arenas.",
     "Service des loisirs", "leisures department"),
    ("The Bloc, second in the ballot, held its seats.",
     "au scrutin", "second in the ballot"),
]

LEFT_ALONE = [
    "Police searched the woods after the disappearance of the boy, whose body was found in May.",
    "The disappearance of the caribou herd is a slow death for the north, biologists say.",
    "The interpreter of the visiting minister spoke fluent Cree at the ceremony.",
    "The population of the town has doubled since 1990, the census shows.",
    "The outgoing MP, who will not run again, thanked her staff.",
    "The outgoing mayor handed the keys of the city to her successor.",
    "Engineers tested non-autonomous trucks on the mine road.",
    "Ecologists counted the frogs in the marsh before the vote on the dam.",
    "The inscription on the monument names the 14 miners.",
    "The animators behind the cartoon series won an Emmy.",
    "The scholar year she spent in Oxford shaped her book.",
    "A high school teacher who became a professor at Laval spoke.",
    "The province licensed 40 new pharmacists this year.",
    "The engaged couple met at a writers' festival.",
    "Cash remains the main mode of payment at the farmers' market.",
    "The mayor of Quebec City met the mayor of Quebec's second-largest city.",
    "It was an ordinary meeting of friends in Montreal.",
    "A draft of the regulation was published in the Gazette.",
    "The two firms are joint owners of the building.",
    "Given at Ottawa, this 12th day of March.",
    "The Laval leisure centre reopens Monday.",
    "Her name appears second on the ballot.",
]


@pytest.mark.parametrize("text,french,span", FLAGGED, ids=[f for _, f, _ in FLAGGED])
def test_flagged_with_its_french(text: str, french: str, span: str) -> None:
    got = [f for f in findings(text, "calques") if french in f.message]
    assert got, (text, [f.message for f in findings(text, "calques")])
    assert any(f.text == span for f in got), [f.text for f in got]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alike_left_alone(text: str) -> None:
    new = ("disparition", "interprète", "population", "sortant", "autonom", "écologistes", "inscription",
           "animat", "scolaire", "professeur", "licencier", "engagé", "mode de", "maire de Québec",
           "séance ordinaire", "projet de règlement", "joint à", "Donné à", "loisirs", "au scrutin")
    assert not [f.message for f in findings(text, "calques") if any(w in f.message for w in new)]
