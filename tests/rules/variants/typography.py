"""Typography kinds in forms the tuning half never showed: other words, places and source
languages. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # missing-space: any mark, any words
    ("typography/missing-space", "The council met on Monday.The mayor did not attend the session."),
    ("typography/missing-space", "Prices rose sharply,while wages stayed flat across the region."),
    ("typography/missing-space", "She said:“We will not give up on this town.”"),
    ("typography/missing-space", "“We will rebuild,”the minister told reporters in Madrid."),
    ("typography/missing-space", "Sales fell in Bavaria;the company blamed the weather."),
    ("typography/missing-space", "Growth slowed in 2023.Exports to Japan fell by a third."),
    # space-before-punctuation
    ("typography/space-before-punctuation", "The minister resigned on Friday , according to officials."),
    ("typography/space-before-punctuation", "What will happen next ? Nobody in Berlin knows."),
    ("typography/space-before-punctuation", "The plan has three parts : housing, transit and parks."),
    ("typography/space-before-punctuation", "He left the party ; his colleagues stayed behind."),
    ("typography/space-before-punctuation", "The report (published in June ) found no evidence."),
    ("typography/space-before-punctuation", "Nobody expected this !"),
    # lowercase-sentence-start: first word of a paragraph, many word classes
    ("typography/lowercase-sentence-start", "the government of Spain announced new measures.\n\nOfficials said more would follow."),
    ("typography/lowercase-sentence-start", "The mayor spoke first.\n\nhowever, the council rejected her plan on Monday."),
    ("typography/lowercase-sentence-start", "Police arrived at noon.\n\nin the evening, the crowd dispersed quietly."),
    ("typography/lowercase-sentence-start", "The minister spoke.\n\naccording to the ministry, the budget will grow."),
    ("typography/lowercase-sentence-start", "The prime minister arrived.\n\nthis decision was criticized by the opposition."),
    ("typography/lowercase-sentence-start", "Trade talks resumed.\n\nmeanwhile, farmers protested in Lyon."),
    # stray-period: before a lowercase word, and after a word no sentence ends on
    ("typography/stray-period", "The minister of. Health announced new rules for hospitals."),
    ("typography/stray-period", "The report was published by the. Ministry of Finance on Monday."),
    ("typography/stray-period", "Officials in the city of. Valencia said the roads were closed."),
    ("typography/stray-period", "He met with members of the. committee in private on Friday."),
    ("typography/stray-period", "The governor. announced a state of emergency in the county."),
    ("typography/stray-period", "Voters rejected their. Regional council's plan on Sunday."),
    ("typography/stray-period", "Talks between Madrid and. Barcelona resumed on Friday."),
    # run-together-words: a name or a word run into a relative pronoun or a conjunction
    ("typography/run-together-words", "The police questioned Hernandezwho was seen near the scene."),
    ("typography/run-together-words", "The bill was tabled by Schmidtwhich surprised the opposition."),
    ("typography/run-together-words", "They called Lamontagnewhen the results came in."),
    ("typography/run-together-words", "The city thanked the volunteerswho cleared the roads."),
    ("typography/run-together-words", "A statement from Müllerthat was released on Monday denied it."),
    ("typography/run-together-words", "The ministry said Tanakawho leads the group would resign."),
    ("typography/run-together-words", "Fans cheered in Valenciawhere the team won the cup."),
    # capital-function-word
    ("typography/capital-function-word", "The roads were closed but There was no damage reported."),
    ("typography/capital-function-word", "Officials said that The new law would take effect soon."),
    ("typography/capital-function-word", "He added that This is the best option for the region."),
    ("typography/capital-function-word", "The mayor and today Our city faces a crisis."),
    ("typography/capital-function-word", "She explained why These measures were needed."),
    ("typography/capital-function-word", "The minister said that Its budget would grow next year."),
    # capitalised-head
    ("typography/capitalised-head", "The report was sent to the banking Commission on Tuesday."),
    ("typography/capitalised-head", "Members of the security Council met in private."),
    ("typography/capitalised-head", "The health Ministry announced new rules."),
    ("typography/capitalised-head", "A spokesman for the finance Department declined to comment."),
    ("typography/capitalised-head", "The foreign Office summoned the ambassador."),
    ("typography/capitalised-head", "Its audit Committee met twice in Seoul."),
    # split-word
    ("typography/split-word", "Spain 's economy grew faster than expected."),
    ("typography/split-word", "The minister said it ’ s too early to tell."),
    ("typography/split-word", "The well -known actor visited Toronto on Monday."),
    ("typography/split-word", "The company 's shares fell sharply."),
    ("typography/split-word", "We don 't know yet what the council will decide."),
    ("typography/split-word", "The long- term plan was rejected."),
    # doubled-period
    ("typography/doubled-period", "The mayor left the building.. Reporters followed her."),
    ("typography/doubled-period", "The deal was signed on Monday. . Officials celebrated."),
    ("typography/doubled-period", "Prices rose again.. The central bank did not react."),
    ("typography/doubled-period", "He declined to comment.. His office was closed."),
    ("typography/doubled-period", "The match ended in a draw.. Fans were upset."),
    ("typography/doubled-period", "Der Plan scheiterte. . The council will vote again."),
    # capital-after-semicolon: openers, indefinite pronouns, adverbs
    ("typography/capital-after-semicolon", "The plan was rejected; However, the mayor will try again."),
    ("typography/capital-after-semicolon", "Prices rose; Meanwhile, wages stayed flat."),
    ("typography/capital-after-semicolon", "He left; Nobody followed him out of the room."),
    ("typography/capital-after-semicolon", "The vote passed; Therefore the law takes effect in May."),
    ("typography/capital-after-semicolon", "Schools closed; Many parents stayed home."),
    ("typography/capital-after-semicolon", "The talks failed; Nevertheless, both sides will meet again."),
    ("typography/capital-after-semicolon", "The road is shut; Everyone must take the ferry."),
]

QUIET = [
    ("typography/missing-space", "Visit example.com or the U.S.Army page; she said “no,” and left at 2 p.m. Monday."),
    ("typography/missing-space", "The score was 10:30 at half-time; see John 3:16 and 1,000 fans."),
    ("typography/space-before-punctuation", "The vote passed... and then nothing happened, she said (in French)."),
    ("typography/lowercase-sentence-start", "The Liberals won.\n\niPhone sales fell, the company said."),
    ("typography/lowercase-sentence-start", "The mayor spoke.\n\neBay and the city signed a deal."),
    ("typography/stray-period", "It is what the park is made of. Nobody asked."),
    ("typography/stray-period", "Options: a. The bridge b. The tunnel."),
    ("typography/stray-period", "It is something they approved of. The rest followed."),
    ("typography/stray-period", "The vote is set for Jan. 7. Visit Plan B. The end."),
    ("typography/stray-period", "The meeting starts at 9 a.m. tomorrow in Ottawa, e.g. in the Senate."),
    ("typography/run-together-words", "Somewhere and nowhere, meanwhile, somewhat; elsewhere the worthwhile plan failed."),
    ("typography/run-together-words", "Her LinkedIn profile and a YouTube video; the erstwhile leader wrote."),
    ("typography/capital-function-word", "The roads were closed, but The Globe and Mail reported no damage."),
    ("typography/capitalised-head", "The Security Council met; a rescue fund was set up."),
    ("typography/capitalised-head", "The federal Government met; the regional Parliament sat."),
    ("typography/split-word", "Pre- and post-war figures differ; the rock ’n’ roll era ended."),
    ("typography/doubled-period", "He paused . . . and then spoke; troops moved to the U.S. Then they left."),
    ("typography/capital-after-semicolon", "Two papers reported it; The Globe and Mail did not."),
    ("typography/capital-after-semicolon", "She came from Paris; Ottawa was her next stop."),
    ("typography/capital-after-semicolon", "The vote passed; Hope, Constance and Rose spoke."),
]
