"""Made-up variants of the nonwords family's kinds (issue 11's generalisation audit, fourteenth pass).

Spinner and engine non-words built with other endings than the tuning excerpts', misspellings
the word list knows as rare, other languages' forms, glued and cut words; look-alikes (rare
real words, British spellings, words beside accented letters) must stay quiet.
"""

from __future__ import annotations

import pytest

FLAGS = [
    ("nonwords/unknown-word", "The ministry announced a reinvestmentation of the funds on Tuesday.", ["reinvestmentation"]),
    ("nonwords/unknown-word", "The council approved the deforestization plan.", ["deforestization"]),
    ("nonwords/unknown-word", "Critics said the reform was unconstitutionnal.", ["unconstitutionnal"]),
    ("nonwords/misspelt-word", "The goverment said it would act on Monday.", ["goverment"]),
    ("nonwords/misspelt-word", "Families will recieve the cheques untill March.", ["recieve", "untill"]),
    ("nonwords/misspelt-word", "The comission heard from 40 witnesses.", ["comission"]),
    ("nonwords/misspelt-word", "Critics said the two issues were seperate (and costly).", ["seperate"]),
    ("nonwords/misspelt-word", "“The enviroment matters,” she said.", ["enviroment"]),
    ("nonwords/misspelt-word", "BREAKING: Officials said the parliment would sit.", ["parliment"]),
    ("nonwords/misspelt-word", "The begining of the work was delayed, and it was commited to.", ["begining", "commited"]),
    ("nonwords/source-language-form", "The economie grew, the minister said.", ["economie"]),
    ("nonwords/source-language-form", "She asked for more informacion about the programme.", ["informacion"]),
    ("nonwords/source-language-form", "The constitucional court ruled on Friday.", ["constitucional"]),
    ("nonwords/source-language-form", "Observers (internacionales, the ministry said) arrived.", ["internacionales"]),
    ("nonwords/glued-words", "Officials said the talks would resume inthe spring.", ["inthe"]),
    ("nonwords/glued-words", "The minister said it was infact a good deal.", ["infact"]),
    ("nonwords/split-word", "The govern ment tabled the bill.", ["govern ment"]),
    ("nonwords/impossible-derivation", "The decisioned plan was announced.", ["decisioned"]),
    ("nonwords/glued-name", "Justin Trudeau spoke in Ottawa. Trudeausaid the plan would pass.", ["Trudeausaid"]),
    ("nonwords/glued-name", "Olaf Scholz met Macron. “It went well,” Scholzadded (in Berlin).", ["Scholzadded"]),
    ("nonwords/glued-name", "Xi Jinping and Li Qiang met. Jinpingwarned of risks.", ["Jinpingwarned"]),
    ("nonwords/glued-name", "Shigeru Ishiba spoke. SUMMARY: Ishibaannounced a budget.", ["Ishibaannounced"]),
    ("nonwords/glued-name", "Alberto Núñez Feijóo leads the party (Feijoocontinues to rise).", ["Feijoocontinues"]),
    ("nonwords/glued-name", "Mayor Valérie Plante spoke.\n\nPlantesaid no.", ["Plantesaid"]),
    ("nonwords/impossible-derivation", "The statementing of the minister was clear.", ["statementing"]),
    pytest.param("nonwords/misspelt-word", "The Goverment said it would act.", ["Goverment"],
                 marks=pytest.mark.xfail(strict=True, reason="capitalised words are left to the names rules")),
    pytest.param("nonwords/source-language-form", "The nacional police said no.", ["nacional"],
                 marks=pytest.mark.xfail(strict=True, reason="'nacional' is Zipf 3.0 on the web (club names)")),
]

QUIET = [
    ("nonwords", "The ministry announced a reinvestment of the funds on Tuesday."),
    ("nonwords", "The councillors focussed on the judgement, and the esports league met."),
    ("nonwords", "Officials said the vaping ban passed and the gavel fell at the screened meeting."),
    ("nonwords", "The government said it would act on Monday, and the commission agreed."),
    ("nonwords", "Her résumé and the café's cliché menu, the repêchage and Mélanie's idea."),
    ("nonwords", "The paediatric ward's programme was labelled a success; travelling staff enrolled."),
]
