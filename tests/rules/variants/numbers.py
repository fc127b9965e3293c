"""Number kinds in forms the tuning half never showed: other words, currencies and source
languages. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # percent-sign (Canadian copy)
    ("numbers/percent-sign", "Unemployment in Ontario fell to 6% in March, Statistics Canada said."),
    ("numbers/percent-sign", "Turnout reached 61.5% in Alberta, Elections Canada said."),
    ("numbers/percent-sign", "Support for the Bloc rose to 34% in Quebec."),
    ("numbers/percent-sign", "About 12% of Manitoba's roads need repairs."),
    ("numbers/percent-sign", "Rents in Halifax rose 9% last year."),
    ("numbers/percent-sign", "The Liberals lost 3% of their vote in Saskatchewan."),
    # currency-word
    ("numbers/currency-word", "The province will spend 250 million dollars on new schools."),
    ("numbers/currency-word", "The project cost CAD 40 million over three years."),
    ("numbers/currency-word", "Ottawa pledged 12 million Canadian dollars to the fund."),
    ("numbers/currency-word", "The firm paid USD 3.5 billion for the mine."),
    ("numbers/currency-word", "Tickets cost 45 dollars at the door."),
    ("numbers/currency-word", "The deal is worth 7 billion U.S. dollars."),
    # date-ordinal-suffix
    ("numbers/date-ordinal-suffix", "The vote is set for March 3rd in Ottawa."),
    ("numbers/date-ordinal-suffix", "On September 22nd, the council met again."),
    ("numbers/date-ordinal-suffix", "Talks resume June 2nd, the union said."),
    ("numbers/date-ordinal-suffix", "The report is due by Nov. 30th."),
    ("numbers/date-ordinal-suffix", "Polls close on April 21st at 8 p.m."),
    ("numbers/date-ordinal-suffix", "The festival runs until August 1st in Quebec City."),
    # day-without-month: bare ordinal, bracketed day, weekday and day
    ("numbers/day-without-month", "The summit opened on the 14th in Berlin."),
    ("numbers/day-without-month", "On Tuesday (9), the minister met unions."),
    ("numbers/day-without-month", "The mayor spoke this Friday 12 at city hall."),
    ("numbers/day-without-month", "The decree was signed on the 3rd, officials said."),
    ("numbers/day-without-month", "Voting ends on Sunday, the 21st, in Quebec."),
    ("numbers/day-without-month", "Last Monday 5, the police arrested two men."),
    ("numbers/day-without-month", "Schools reopen on the 11th of next month."),
    # day-month-order
    ("numbers/day-month-order", "The council met on 27 September in Toronto."),
    ("numbers/day-month-order", "On 3 March, the minister resigned."),
    ("numbers/day-month-order", "The law was passed on 14 February 2023 by Parliament."),
    ("numbers/day-month-order", "Police were called on 1 July to a park in Montreal."),
    ("numbers/day-month-order", "The premier announced on 22 November that schools would close."),
    ("numbers/day-month-order", "Elections are scheduled for 5 May in Ontario."),
    # space-after-currency
    ("numbers/space-after-currency", "The ticket costs $ 45 in Toronto."),
    ("numbers/space-after-currency", "The bill totals € 3 million."),
    ("numbers/space-after-currency", "They paid £ 200 for the permit."),
    ("numbers/space-after-currency", "The fine is US$ 500."),
    ("numbers/space-after-currency", "Rents rose to $ 1,800 a month."),
    ("numbers/space-after-currency", "The program costs C$ 90 million."),
    # spelled-digit
    ("numbers/spelled-digit", "Inflation reached three.25% in June."),
    ("numbers/spelled-digit", "Growth slowed to two.1% last year."),
    ("numbers/spelled-digit", "The rate was five.5 per cent in May."),
    ("numbers/spelled-digit", "Exports fell by one.2 billion dollars."),
    ("numbers/spelled-digit", "The jobless rate hit seven.9%."),
    ("numbers/spelled-digit", "Support fell to four% among young voters."),
    # missing-thousands-separator: a bare count before any plural noun
    ("numbers/missing-thousands-separator", "The plant will hire 12000 workers by 2026."),
    ("numbers/missing-thousands-separator", "Police fined 25000 drivers last year."),
    ("numbers/missing-thousands-separator", "The grant is worth $150000 over two years."),
    ("numbers/missing-thousands-separator", "The city counted 100000 visitors in July."),
    ("numbers/missing-thousands-separator", "The union represents 30000 nurses."),
    ("numbers/missing-thousands-separator", "Farmers planted 45000 hectares of canola."),
    ("numbers/missing-thousands-separator", "More than 3200 residents signed the petition."),
    ("numbers/missing-thousands-separator", "The district expects 4100 pupils next fall."),
    ("numbers/missing-thousands-separator", "Nearly 1800 workers walked out on Monday."),
    # decimal-comma: before a unit, a scale word, a sign or a currency's name
    ("numbers/decimal-comma", "Inflation reached 2,5 per cent in June."),
    ("numbers/decimal-comma", "The deficit is 1,25 billion dollars."),
    ("numbers/decimal-comma", "Growth slowed to 0,8% in Germany."),
    ("numbers/decimal-comma", "The price rose to 3,75 euros a litre."),
    ("numbers/decimal-comma", "He ran 10,5 kilometres."),
    ("numbers/decimal-comma", "A coffee costs 2,40 pesos more than last year."),
    # small-figure: a count under ten in figures in running text
    ("numbers/small-figure", "Debris fell in 8 settlements of the region, officials said."),
    ("numbers/small-figure", "The ministry welcomed 9 individuals from Syria on Monday."),
    ("numbers/small-figure", "The council adopted 4 resolutions on housing."),
    ("numbers/small-figure", "In 2 apartment buildings, windows were smashed."),
    ("numbers/small-figure", "The firm faces 3 big challenges this year, its chief said."),
    ("numbers/small-figure", "Police arrested 6 suspects in Valencia on Friday."),
]

QUIET = [
    ("numbers/currency-word", "The city paid 3 billion euros for the bridge; fines reach 5,000 pesos."),
    ("numbers/date-ordinal-suffix", "The 7th of October and the 21st century; May 4th Street is closed."),
    ("numbers/day-without-month", "She lives on the 27th floor; the mayor spoke on Friday, March 12."),
    ("numbers/day-without-month", "On Friday 12 people died; Monday 5-4 was the score."),
    ("numbers/day-without-month", "On Tuesday, 5 in 10 voters agreed; on Sunday, 3 at the rally were hurt."),
    ("numbers/day-month-order", "The 2 May rallies drew 5 March organisers; the election was on Sept. 27."),
    ("numbers/spelled-digit", "One.third of voters stayed home, she said; two or three per cent moved."),
    ("numbers/missing-thousands-separator", "Flight 20115 lands at noon; code 12345 opens it; lot 40012 sold."),
    ("numbers/missing-thousands-separator", "Route 12000 trucks a day, they said; in 2021 1500 people voted."),
    ("numbers/missing-thousands-separator", "By 2030 the 2019 levels return; in 1995 voters said no; around 1750 it began."),
    ("numbers/missing-thousands-separator", "The union represents 30,000 nurses; postal code K1A 0A6."),
    ("numbers/decimal-comma", "Fares are 3,750 pesos; tickets 1,2 and 3 cost 10 euros."),
    ("numbers/decimal-comma", "Vote counts were 1,234,567 and 12,34 ballots went missing, she said."),
    ("numbers/small-figure", "The storm lasted 3 hours, dropped 5 cm of snow and cost $4 million."),
    ("numbers/small-figure", "Between 5 and 12 students left; Highway 7 closures went on."),
    ("numbers/small-figure", "RCMP charges 3 officers in Moncton"),
    ("numbers/small-figure", "The boy, 5, and a girl aged 7 were hurt; 2 per cent voted."),
    ("numbers/small-figure", "No. 3 seeds and Phase 2 plans; the Canadiens won 4-2 with 2 goals."),
]
