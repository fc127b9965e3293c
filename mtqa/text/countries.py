"""Countries and the adjectives and peoples named after them, as news copy writes them.

A rule that must know a word is a country's or a people's name (two of them joined by a spaced
dash, "Canada – Hungary relations": `typography/spaced-compound`) reads it here, in the case
news copy writes it. The list is of names that are never also common lowercase words (not China,
Turkey, Chad, Jordan, Georgia, Guinea, Japan, Niger; not French, Dutch, Swiss, Danish, Polish,
Afghan, Scotch, English), so that a rule reading it in any case meets only names.
"""

from __future__ import annotations

# One-word country names, as written (title case).
COUNTRIES = frozenset("""
Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus Belgium Bolivia
Brazil Bulgaria Cambodia Cameroon Canada Chile Colombia Croatia Cuba Denmark Ecuador Egypt Eritrea Estonia
Ethiopia Finland France Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
Ireland Israel Italy Jamaica Kazakhstan Kenya Korea Kuwait Kyrgyzstan Latvia Lebanon Libya Lithuania Malaysia
Mexico Mongolia Morocco Mozambique Nepal Netherlands Nicaragua Nigeria Norway Pakistan Palestine Panama Paraguay
Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Somalia
Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Uganda Ukraine Uruguay
Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe
""".split())

# Names of two or three words.
MULTIWORD_COUNTRIES = (
    "United Kingdom", "United States", "United Arab Emirates", "Saudi Arabia", "New Zealand", "South Africa",
    "South Korea", "North Korea", "Sri Lanka", "El Salvador", "Costa Rica", "Dominican Republic", "Czech Republic",
    "North Macedonia", "European Union", "United Nations",
)

# Adjectives of nationality (also nouns for one of the people): "a Pakistani firm", "two Pakistanis".
NATIONALITIES = frozenset("""
Albanian Algerian American Argentine Argentinian Armenian Australian Austrian Azerbaijani Bangladeshi Belarusian
Belgian Bolivian Brazilian Bulgarian Cambodian Cameroonian Canadian Chilean Chinese Colombian Croatian Cuban
Egyptian Eritrean Estonian Ethiopian European Filipino German Ghanaian Greek Guatemalan Haitian Honduran
Hungarian Icelandic Indian Indonesian Iranian Iraqi Israeli Italian Jamaican Japanese Kazakh Kenyan Korean
Kuwaiti Latvian Lebanese Libyan Lithuanian Malaysian Mexican Mongolian Moroccan Nepali Nepalese Nicaraguan
Nigerian Norwegian Pakistani Palestinian Peruvian Portuguese Qatari Romanian Russian Rwandan Saudi Senegalese
Serbian Somali Spanish Sudanese Swedish Syrian Taiwanese Tanzanian Thai Tunisian Turkish Ugandan Ukrainian
Uruguayan Uzbek Venezuelan Vietnamese Yemeni Zimbabwean African Asian Arab Arabic Saharan
""".split())
