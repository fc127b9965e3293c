"""Made-up variants of the titles family's kinds (issue 11's generalisation audit, fourteenth pass).

Each kind is written in other words, names, provinces and positions than the tuning excerpts
it was found in (a headline, inside brackets, after a quotation, lowercase, a possessive); the
look-alikes below must stay quiet. A variant the rules still miss is a strict xfail: it fails
the day a rule learns it, so it is moved up then.
"""

from __future__ import annotations

import pytest

QC = "The CAQ government tabled a bill in the National Assembly on Tuesday. "
ON = "MPPs returned to Queen's Park on Monday as the Ontario legislature resumed. "
AB = "MLAs returned to the Alberta legislature in Edmonton on Monday. "

PREMIER = "titles/premier-as-prime-minister"
GOVERNOR = "titles/premier-as-governor"
DEPUTY = "titles/legislator-as-deputy"
MP = "titles/provincial-member-as-mp"

FLAGS = [
    (PREMIER, QC + "Quebec Prime Minister Luc Fortin defended the plan.", "Prime Minister"),
    (PREMIER, ON + "Ontario's prime minister, Dana Mercer, said the bill would pass.", "prime minister"),
    (PREMIER, AB + "Prime Minister of Alberta Karen Lowe answered the opposition.", "Prime Minister"),
    (PREMIER, AB + "“We will not back down,” said the Prime Minister, Karen Lowe, after question period.", "Prime Minister"),
    (PREMIER, ON + "The Prime Minister (Dana Mercer) refused to comment.", "Prime Minister"),
    (PREMIER, "Saskatchewan Prime Minister Tom Reid unveiled the provincial budget in Regina on Wednesday.", "Prime Minister"),
    (PREMIER, "Manitoba's Prime Minister promised the legislature a vote on the hydro deal.", "Prime Minister"),
    (PREMIER, "The prime minister of New Brunswick, Paul Cormier, met the province's mayors in Fredericton.", "prime minister"),
    (GOVERNOR, QC + "The governor of Quebec, Luc Fortin, defended the plan.", "governor"),
    (GOVERNOR, ON + "Ontario Governor Dana Mercer said the bill would pass.", "Governor"),
    (GOVERNOR, AB + "The provincial governor said the bill would pass.", "governor"),
    (GOVERNOR, "Alberta Governor Karen Lowe met oil executives in Calgary.", "Governor"),
    (GOVERNOR, "NOVA SCOTIA: Nova Scotia's governor (Tim Hurley) toured the flooded towns.", "governor"),
    (GOVERNOR, "“The money is there,” said B.C. Governor Ann Roy in Victoria.", "Governor"),
    (GOVERNOR, "Manitoba will cap fees, Ottawa said.\n\nThe governor of the province said colleges would cope.", "governor"),
    (DEPUTY, QC + "Two Québec solidaire deputies walked out of the chamber.", "deputies"),
    (DEPUTY, QC + "The deputy for Gaspé, Marie Roy, voted against the bill.", "deputy"),
    (DEPUTY, ON + "NDP deputies booed the minister.", "deputies"),
    (DEPUTY, "The House of Commons sat late. Conservative deputies demanded a vote.", "deputies"),
    (DEPUTY, QC + "Liberal deputy Marie Roy voted against the bill.", "deputy"),
    (DEPUTY, QC + "The opposition deputies left the room.", "deputies"),
    (MP, QC + "CAQ MP Marie Roy voted against the bill.", "MP"),
    (MP, QC + "Québec solidaire MPs voted against it.", "MPs"),
    (MP, AB + "UCP MPs voted against it.", "MPs"),
    (MP, QC + "the MP for Rimouski in the National Assembly, Marie Roy, voted against it.", "MP"),
    (MP, QC + "Parti Québécois member of parliament Marie Roy voted against it.", "member of parliament"),
    (MP, ON + "PC MP Jane Roe voted against it.", "MP"),
    (MP, QC + "Independent MP Marie Roy, who left the CAQ caucus, voted against it in the National Assembly.", "MP"),
    (MP, "Marie Roy sits as an independent MLA in Edmonton. The Alberta premier said independent MP Roy was wrong.", "MP"),
    (MP, ON + "Non-affiliated MP Jane Roe (once a PC) voted against it at Queen's Park.", "MP"),
    (MP, "MLAs sat late in Winnipeg as the Manitoba legislature debated. Progressive Conservative MPs walked out.", "MPs"),
    pytest.param(MP, "Ontario's legislature sat late at Queen's Park. The Liberal MP for Ottawa South spoke.", "MP",
                 marks=pytest.mark.xfail(strict=True, reason="a Liberal may sit in the Commons: only the story can tell")),
]

QUIET = [
    (PREMIER, ON + "Prime Minister Mark Carney will visit Toronto next week, Premier Dana Mercer said."),
    (PREMIER, "Saskatchewan's premier met Prime Minister Mark Carney in Ottawa."),
    (PREMIER, "Quebec Premier Luc Fortin spoke after Prime Minister Mark Carney left the G7 in Kananaskis."),
    (PREMIER, "The Prime Minister of Japan visited Vancouver, where B.C. Premier Ann Roy greeted him."),
    (GOVERNOR, "California Governor Gavin Newsom met B.C. Premier Ann Roy in Sacramento."),
    (GOVERNOR, "Bank of Canada Governor Tiff Macklem spoke in Ottawa."),
    (GOVERNOR, "The governor of the Bank of Canada spoke in Toronto."),
    (GOVERNOR, "Lieutenant Governor Edith Dumont opened the Ontario legislature."),
    (GOVERNOR, "Ontario's Lt.-Governor read the throne speech; the Governor General of Canada watched."),
    (GOVERNOR, "Rhode Island Governor Dan McKee and Prince Edward Island's premier met in Charlottetown."),
    (GOVERNOR, "The MLAs met in Winnipeg. Argentina's ambassador said the provincial governor of Salta would come."),
    (GOVERNOR, "The Governor in Council approved the Alberta order; a Hydro-Québec board governor resigned."),
    (DEPUTY, QC + "Deputy Premier Marie Roy spoke; her deputy chief of staff said nothing."),
    (DEPUTY, QC + "The deputy speaker called the vote."),
    (DEPUTY, "German deputies in the Bundestag voted on the budget."),
    (MP, QC + "Bloc MP Marie Roy said Ottawa should listen."),
    (MP, ON + "Liberal MP Sam Patel represents the area in Ottawa."),
    (MP, QC + "Independent MP Marie Roy, who left the Conservative caucus last year, criticized it."),
    (MP, "Quebec Premier Jean Roy spoke at the National Assembly. Jane Roe, an independent MP, criticized him."),
    (MP, QC + "Independent MP Marie Roy, who sits in the House of Commons, praised the CAQ."),
    (MP, "Alberta's legislature sat late in Edmonton. Former PC MP Joe Clark watched from the gallery."),
]
