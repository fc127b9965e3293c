"""Made-up variants of the names family's kinds (issue 11's generalisation audit, fourteenth pass).

Names of other origins (Spanish, German, Nordic, Polish, Arabic) than the tuning excerpts',
in other positions; look-alikes must stay quiet.
"""

from __future__ import annotations

ACCENTS = "names/accent-variants"
SPELLING = "names/inconsistent-spelling"
PARTY = "names/party-name-case"

FLAGS = [
    (ACCENTS, "José Núñez won the vote. Later, Jose Nunez thanked voters.", ["Jose", "Nunez"]),
    (ACCENTS, "Jürgen Müller spoke first. Müller said the plan was sound, and Jurgen Muller left.", ["Jurgen", "Muller"]),
    (ACCENTS, "Hélène Côté opened the session. Helene Cote said it would be short.", ["Helene", "Cote"]),
    (ACCENTS, "Björn Ångström led the team. Bjorn Angstrom said it was ready.", ["Bjorn", "Angstrom"]),
    (ACCENTS, "Zoë Lefèvre was named coach. Lefevre said she was pleased.", ["Lefevre"]),
    (ACCENTS, "The mayor, Raúl Peña, said no. Peña later said Pena was misquoted.", ["Pena"]),
    (ACCENTS, "Premier François Roy spoke.\n\nRoy said no.\n\nThe premier, Francois Roy, left on Monday.", ["Francois"]),
    (ACCENTS, "Mayor Zoë Ménard spoke.\n\nZoe Ménard at city hall in Montréal on Monday. (Jane Doe/The Canadian Press)", ["Zoe"]),
    (ACCENTS, "Jürgen Müller spoke.\n\nJurgen Muller, left, meets staff. Photograph by Ana Peña", ["Jurgen", "Muller"]),
    (SPELLING, "Marta Kowalczyk won the seat. Kowalczyk said she was grateful; Kowalcyk thanked volunteers.", ["Kowalcyk"]),
    (SPELLING, "Councillor Dmitri Volkonsky voted no. Volkonski said the plan was rushed, and Volkonsky left.", ["Volkonski"]),
    (SPELLING, "Ahmed Benali opened the meeting. Benalli said the budget was tight. Benali closed the meeting.", ["Benalli"]),
    (PARTY, "Against it voted 56 deputies from the socialist party and the Greens.", ["the socialist party"]),
    (PARTY, "The christian democratic party chose a new leader on Sunday.", ["The christian democratic party"]),
    (PARTY, "Chancellor Roth and his ailing people's party lost ground in Vienna.", ["people's party"]),
    (PARTY, "“We will govern alone,” said the leader of the popular party in Madrid.", ["the popular party"]),
    (PARTY, "Polls put the labour party ahead (by six points) in Wales.", ["the labour party"]),
    (PARTY, "The vote split the social-democratic party, its whip said.", ["the social-democratic party"]),
    (PARTY, "Tokyo — The liberal democratic party lost its majority.", ["The liberal democratic party"]),
    (PARTY, "The workers' party of Brazil and its candidate won.", ["The workers' party"]),
]

QUIET = [
    (ACCENTS, "José Núñez won the vote. Núñez thanked voters."),
    (ACCENTS, "The café opened on Monday. The cafe owner said business was good."),
    (ACCENTS, "Premier François Roy spoke.\n\nRoy said no.\n\nQuebec Premier Francois Roy speaks in Quebec City on Monday. THE CANADIAN PRESS/Jane Doe"),
    (ACCENTS, "Mayor Zoë Ménard spoke.\n\nMénard said no.\n\nZoe Menard at city hall on Monday. (Jane Doe/The Canadian Press)"),
    (ACCENTS, "José Núñez won the vote. Núñez thanked voters.\n\nNunez with supporters on Sunday. Photograph by Ana Lee"),
    (SPELLING, "José Núñez won the vote. Núñez thanked voters.\n\nNunez with supporters on Sunday. Photograph by Ana Lee"),
    (SPELLING, "Marta Kowalczyk and Marek Kowalski both won seats. Kowalczyk thanked Kowalski."),
    (PARTY, "The Socialist Party voted against it; the Liberal party and the People's Party abstained."),
    (PARTY, "Its members wanted a more conservative party, and a socialist party was founded in 1905."),
    (PARTY, "The ruling party and the third party met; the national party backed the provincial one."),
    (PARTY, "Voters like the democratic party system, and the green party politics of the 1980s."),
    (PARTY, "The pro-independence party and the far-right party each won a seat at the birthday party."),
    (PARTY, "Senators debated whether the Republican Party is still a conservative party."),
]
