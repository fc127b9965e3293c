"""Encoding kinds in forms the tuning half never showed: other letters, code pages, markup
and spinners. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # mojibake: Latin-1 letters, punctuation, currency, a replacement character read twice
    ("encoding/mojibake", "The mayor of MontrÃ©al said the plan was ready."),
    ("encoding/mojibake", "Itâ€™s too early to say, the minister said."),
    ("encoding/mojibake", "The report from MÃ¼nchen was late."),
    ("encoding/mojibake", "The firm paid 5 million â‚¬ in fines."),
    ("encoding/mojibake", "The minister of the economy, Franï¿½ois Roy, spoke."),
    ("encoding/mojibake", "Fans in Kï¿½ln cheered on Sunday."),
    ("encoding/mojibake", "The coach from SÃ£o Paulo left."),
    ("encoding/mojibake", "President Fran├žois Paradis ruled on Wednesday."),
    # replacement-character
    ("encoding/replacement-character", "The team from K\ufffdln won the match."),
    ("encoding/replacement-character", "The minister met Jos\ufffd Garc\ufffda in Madrid."),
    ("encoding/replacement-character", "The city of Z\ufffdrich voted on Sunday."),
    ("encoding/replacement-character", "Officials in Qu\ufffdbec said no."),
    ("encoding/replacement-character", "The engine wrote \u2047 where the name was."),
    ("encoding/replacement-character", "\ufffd\ufffd The report was late."),
    # stray-markup: tags, shortcodes, a spinner's braces
    ("encoding/stray-markup", "The premier said<br>the plan would work."),
    ("encoding/stray-markup", "The city announced [caption id=\"12\"]new rules on Monday."),
    ("encoding/stray-markup", "<p>The minister spoke on Monday.</p>"),
    ("encoding/stray-markup", "The minister said {that a} new law would follow."),
    ("encoding/stray-markup", "Prices {rose|climbed|went up} again in May."),
    ("encoding/stray-markup", "The budget rises by {some} 5 per cent this year."),
    # undecoded-entity
    ("encoding/undecoded-entity", "The agency said &quot;no&quot; to the request."),
    ("encoding/undecoded-entity", "Smith &amp; Wesson shares rose."),
    ("encoding/undecoded-entity", "The minister&#8217;s office declined to comment."),
    # mixed-script-word
    ("encoding/mixed-script-word", "The mayor of Quеbec City spoke on Monday."),
    ("encoding/mixed-script-word", "The premier of Оntario met farmers."),
    ("encoding/mixed-script-word", "The minister Franకోois Roy spoke."),
]

QUIET = [
    ("encoding/mojibake", "Sûreté du Québec officers met François Legault in Montréal."),
    ("encoding/mojibake", "Prices rose 5¢ at the Café Olé «chez» Zoë; ±5 °C, ½ cup."),
    ("encoding/stray-markup", "The set {1, 2, 3} and the code {\"id\": 7} appear in the ruling."),
    ("encoding/stray-markup", "He wrote [sic] and [inaudible]; if a < b and b > c, he said."),
    ("encoding/undecoded-entity", "Smith & Wesson shares rose; R&D spending fell."),
    ("encoding/mixed-script-word", "The μg dose and the Greek word λόγος appeared in the report."),
]
