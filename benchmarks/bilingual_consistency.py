"""False flags of the whole-file bilingual checks on made-up clean files.

    python benchmarks/bilingual_consistency.py [--json OUT]

Two made-up, error-free translation files (a French newsroom-and-site XLIFF 1.2, a German PO)
are written as a team's tools write them, every segment translated and correct, and checked
with the bilingual checks of issue #13 (previews on). They hold what clean files hold: standing
lines repeated word for word, and different sources that rightly share one translation (the
French and German formal and familiar "you", a minister or councillors of either gender,
synonyms of one interface verb). Any finding here is a false flag; the table gives each rule's
count per 100 segments. What it decided: ``source/inconsistent-source`` is a preview (see
benchmarks/README).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa import Checker  # noqa: E402
from mtqa.bilingual import check_file  # noqa: E402

RULES = ("source/inconsistent-translation", "source/inconsistent-source", "source/empty-target",
         "source/target-same-as-source", "source/edge-whitespace", "source/end-punctuation")

FRENCH = [
    ("Mise à jour à 14 h.", "Updated at 2 p.m."), ("Plus de détails à venir.", "More details to come."),
    ("Le ministre a démissionné mardi.", "The minister resigned on Tuesday."),
    ("La ministre a démissionné mardi.", "The minister resigned on Tuesday."),
    ("Vous pouvez voter en ligne.", "You can vote online."), ("Tu peux voter en ligne.", "You can vote online."),
    ("Enregistrer", "Save"), ("Sauvegarder", "Save"), ("Courriel", "Email"),
    ("Adresse électronique", "Email address"), ("Annuler", "Cancel"), ("Fermer", "Close"),
    ("Le vote a lieu dimanche.", "The vote is on Sunday."), ("Le scrutin a lieu dimanche.", "The vote is on Sunday."),
    ("Il a refusé de commenter.", "He declined to comment."),
    ("Il a refusé de faire des commentaires.", "He declined to comment."),
    ("Elle a refusé de commenter.", "She declined to comment."),
    ("Les bureaux de vote ouvrent à 9 h.", "Polls open at 9 a.m."), ("Photo : Archives", "Photo: File"),
    ("Partager sur Facebook", "Share on Facebook"), ("Il fait beau.", "The weather is fine."),
    ("Ils sont partis.", "They left."), ("Elles sont parties.", "They left."),
    ("Quel temps fait-il ?", "What is the weather like?"), ("Mot de passe oublié ?", "Forgot your password?"),
    ("Se connecter", "Sign in"), ("Connexion", "Sign in"), ("Déconnexion", "Sign out"),
    ("Rechercher", "Search"), ("Recherche", "Search"), ("Accueil", "Home"),
    ("Il y a 2 heures", "2 hours ago"), ("Publié le 3 mars 2026", "Published March 3, 2026"),
    ("Le conseil municipal se réunira jeudi soir.", "City council will meet Thursday evening."),
    ("Les conseillers ont adopté le budget.", "Councillors adopted the budget."),
    ("Les conseillères ont adopté le budget.", "Councillors adopted the budget."),
    ("Aucun résultat.", "No results."), ("Aucun résultat trouvé.", "No results found."),
    ("Merci de votre patience.", "Thank you for your patience."),
    ("Merci pour votre patience.", "Thank you for your patience."),
    ("Chargement…", "Loading…"), ("Chargement en cours…", "Loading…"),
    ("Le maire a dit qu'il attendrait.", "The mayor said he would wait."),
    ("Mise à jour à 14 h.", "Updated at 2 p.m."), ("Plus de détails à venir.", "More details to come."),
    ("Se connecter", "Sign in"), ("Annuler", "Cancel"), ("Plus de détails à venir.", "More details to come."),
]
GERMAN = [
    ("Weitere Informationen folgen.", "More information to follow."),
    ("Der Minister trat zurück.", "The minister resigned."), ("Die Ministerin trat zurück.", "The minister resigned."),
    ("Sie können online wählen.", "You can vote online."), ("Du kannst online wählen.", "You can vote online."),
    ("Speichern", "Save"), ("Sichern", "Save"), ("Abbrechen", "Cancel"), ("Das Wetter ist schön.", "The weather is fine."),
    ("Die Wahllokale öffnen um 8 Uhr.", "Polls open at 8 a.m."), ("Wo ist der Bahnhof?", "Where is the station?"),
    ("Weitere Informationen folgen.", "More information to follow."), ("Anmelden", "Sign in"),
    ("Einloggen", "Sign in"), ("Abmelden", "Sign out"), ("Der Stadtrat tagt am Donnerstag.", "City council meets on Thursday."),
]


def _xliff(pairs: list[tuple[str, str]]) -> str:
    units = "\n".join(f'      <trans-unit id="u{i}"><source>{s}</source><target state="translated">{t}</target></trans-unit>'
                      for i, (s, t) in enumerate(pairs, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            '  <file source-language="fr" target-language="en" datatype="plaintext" original="site.txt">\n    <body>\n'
            f"{units}\n    </body>\n  </file>\n</xliff>\n")


def _po(pairs: list[tuple[str, str]]) -> str:
    head = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    return head + "".join(f'\nmsgctxt "e{i}"\nmsgid "{s}"\nmsgstr "{t}"\n' for i, (s, t) in enumerate(pairs, 1))


def measure() -> dict:
    checker = Checker(select=list(RULES), preview=True, languagetool="off")
    counts = dict.fromkeys(RULES, 0)
    segments = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("site.xlf", _xliff(FRENCH)), ("app.po", _po(GERMAN))):
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            report = check_file(checker, str(path))
            segments += report.segments or 0
            for f in report.findings:
                counts[f.rule_id] += 1
    return {"segments": segments, "findings": counts,
            "per_100_segments": {r: round(100 * n / segments, 1) for r, n in counts.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the figures here too")
    args = parser.parse_args()
    result = measure()
    print(f"made-up clean files: {result['segments']} segments")
    print("| rule | findings | per 100 segments |\n|---|---:|---:|")
    for rule_id in RULES:
        print(f"| {rule_id} | {result['findings'][rule_id]} | {result['per_100_segments'][rule_id]} |")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
