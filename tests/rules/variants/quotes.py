"""Quote kinds in forms the tuning half never showed: other words, places and source
languages' marks. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # guillemets, spaced or not, either direction
    ("quotes/guillemets", "The minister said « we will not retreat » on Monday."),
    ("quotes/guillemets", "«We will fight», the mayor of Barcelona said."),
    ("quotes/guillemets", "He called it «a disaster» for the region."),
    ("quotes/guillemets", "The union said it was « unacceptable »."),
    ("quotes/guillemets", "The leader said:«Nothing changes»."),
    ("quotes/guillemets", "He warned of »serious consequences« for Berlin."),
    # foreign marks: German, Polish, Chinese, Japanese, TeX
    ("quotes/foreign-marks", "The chancellor said: „We will not give in to pressure.“"),
    ("quotes/foreign-marks", "The president said that „the economy is strong”."),
    ("quotes/foreign-marks", "The minister said 「we will act soon」 on Monday."),
    ("quotes/foreign-marks", "He called the plan 『a disaster』 in an interview."),
    ("quotes/foreign-marks", "The leader said ‚this is the end‘ on Tuesday."),
    ("quotes/foreign-marks", "''We will fight,'' the union leader said."),
    # wrong-direction
    ("quotes/wrong-direction", "The mayor said ”we will rebuild” after the fire."),
    ("quotes/wrong-direction", "“We will rebuild“, the mayor said."),
    ("quotes/wrong-direction", "He called the plan “a mistake“ on Monday."),
    ("quotes/wrong-direction", "The minister said ”It is over.”"),
    ("quotes/wrong-direction", "”Nothing will change”, the minister said in Stockholm."),
    ("quotes/wrong-direction", "“We have a plan,“ the general said."),
    # punctuation-outside
    ("quotes/punctuation-outside", "The premier called it “a betrayal”. The opposition agreed."),
    ("quotes/punctuation-outside", "“We will win”, the coach said."),
    ("quotes/punctuation-outside", "He described the deal as “historic”, adding that talks continue."),
    ("quotes/punctuation-outside", "The minister said the plan was “dead on arrival”."),
    ("quotes/punctuation-outside", "\"We are ready\", the general said."),
    ("quotes/punctuation-outside", "She called the ruling \"unfair\". Her lawyers will appeal."),
    # space-inside
    ("quotes/space-inside", "The mayor said “ we will rebuild the bridge.”"),
    ("quotes/space-inside", "He called it “a disaster ” for the town."),
    ("quotes/space-inside", "The minister said \" nothing will change \" on Monday."),
    ("quotes/space-inside", "“ We are ready,” the general said."),
    ("quotes/space-inside", "She described it as “ historic ”."),
    ("quotes/space-inside", "The firm said “ no comment ” to reporters."),
    # orphan-mark
    ("quotes/orphan-mark", "The mayor said the plan would work.” Officials disagreed."),
    ("quotes/orphan-mark", "Nobody knows what will happen next.”"),
    ("quotes/orphan-mark", "He said it was over.” The council then voted."),
    ("quotes/orphan-mark", "The minister ” said the budget was balanced."),
    ("quotes/orphan-mark", "The committee “ will meet again next week."),
    ("quotes/orphan-mark", "The premier said we will not back down,” she added."),
    # unclosed
    ("quotes/unclosed", "The mayor said: “We will rebuild the bridge by spring.\n\nOfficials gave no date."),
    ("quotes/unclosed", "“We have no choice, the minister said on Monday."),
    ("quotes/unclosed", "The union called the deal “a betrayal of the workers.\n\nTalks resume on Friday."),
    ("quotes/unclosed", "He said \"the province will not back down.\n\nNegotiations resume in Regina."),
    ("quotes/unclosed", "She asked: “Why are we alone in this?\n\nNobody answered her."),
    ("quotes/unclosed", "The minister called it a “historic day, and left the room."),
    # unquoted-speech: after a comma, after a colon, after "According to"
    ("quotes/unquoted-speech", "We will not give up on this town, he said."),
    ("quotes/unquoted-speech", "I am very proud of our team, the coach said after the game."),
    ("quotes/unquoted-speech", "Our government will act quickly, said the minister on Monday."),
    ("quotes/unquoted-speech", "My door is always open, the mayor added."),
    ("quotes/unquoted-speech", "The premier stressed: we will never accept this decision."),
    ("quotes/unquoted-speech", "The minister said: We will act quickly."),
    ("quotes/unquoted-speech", "In a statement, the company said: we regret this situation."),
    ("quotes/unquoted-speech", "According to the mayor, we are not going to give up on this project."),
    # dash-for-quotation: the attribution in either order
    ("quotes/dash-for-quotation", "— We will stay, said the minister."),
    ("quotes/dash-for-quotation", "– We are not afraid, the mayor declared."),
    ("quotes/dash-for-quotation", "— This is a great day for Madrid, said the mayor."),
    ("quotes/dash-for-quotation", "— Es un desastre, said the farmer."),
    ("quotes/dash-for-quotation", "— Nothing will change, the union leader said on Monday."),
    ("quotes/dash-for-quotation", "The problem is serious - said the head of the region."),
    # attribution-inside: said and other verbs, honorifics and titles
    ("quotes/attribution-inside", "“We will win, said the coach.”"),
    ("quotes/attribution-inside", "“Nothing will change,” he said, “we will stay, said the mayor.”"),
    ("quotes/attribution-inside", "“We are ready, declared the general on Monday.”"),
    ("quotes/attribution-inside", "\"It is over, said the premier.\""),
    ("quotes/attribution-inside", "“The vote is lost, added the minister. We will try again.”"),
    ("quotes/attribution-inside", "“We remain committed, stressed Mr. Kowalski. The plant stays.”"),
]

QUIET = [
    ("quotes/guillemets", "The minister said “we will not retreat” on Monday."),
    ("quotes/foreign-marks", "He said “no” and walked out; the ’90s were different."),
    ("quotes/wrong-direction", "“We will rebuild,” the mayor said. “It will take time.”"),
    ("quotes/punctuation-outside", "The book “Two Solitudes” sold well; the minister said “no.”"),
    ("quotes/orphan-mark", "“We lost everything,” one resident said. “Nothing is left.”"),
    ("quotes/unclosed", "“We have to be honest,” the general said. “It was never meant\n\n“to last forever.”"),
    ("quotes/unquoted-speech", "The party will not support the law, the leader said on Monday."),
    ("quotes/unquoted-speech", "The premier stressed: “We will never accept this decision.”"),
    ("quotes/unquoted-speech", "The report said: the province must act. Minister: we will see."),
    ("quotes/unquoted-speech", "According to our sources, the mayor will resign. According to him, the plan works."),
    ("quotes/unquoted-speech", "According to this method, the gap in our country is wide."),
    ("quotes/unquoted-speech", "Those are failures where you just have to say: these go beyond our worst fears."),
    ("quotes/dash-for-quotation", "— Jane Roy, the interim leader, at the convention in Halifax"),
    ("quotes/dash-for-quotation", "— With files from The Canadian Press"),
    ("quotes/attribution-inside", "“We will win,” said the coach. “We are ready.”"),
    ("quotes/attribution-inside", "“We met, explained the plan and left,” she said."),
    ("quotes/attribution-inside", "“The plan, said to cost $2 billion, is dead,” the critic said."),
]
