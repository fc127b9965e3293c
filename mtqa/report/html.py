"""A self-contained HTML report: one page per run, for an editor to read.

The page has the overall score, a summary table (file, words, score, verdict, findings per
severity) and then every article as it was checked, with each finding highlighted in its
severity's colour. Hovering a highlight shows the message and suggestion (a `title`);
clicking it (or Enter on a focused highlight) opens a panel with the full details and
marks the finding in the list under the article; Escape closes it. `report.html#finding-F-N` opens finding N of file F directly.

Highlights are placed by the findings' start/end offsets into Report.text. Overlapping
findings split the text into segments: each segment is one <mark> that lists every
finding covering it in `data-f` and takes the colour of the worst; so the marks of one
finding, joined, are exactly its text. An empty span (an insertion point) is an empty
<mark> with a caret. All copy is escaped; the page loads nothing from elsewhere (inline
CSS and JS, no fonts, images or scripts by URL).
"""

from __future__ import annotations

import html

from mtqa.finding import Finding
from mtqa.report.common import (HTML_GENERATOR, SEVERITY_ORDER, counted, counts, display_path, number, printable, segment_of, segment_prefix,
                                segment_status, suggestion_text, weights_phrase)
from mtqa.report.json import summary
from mtqa.result import Report

_RANK = {s.value: i for i, s in enumerate(reversed(SEVERITY_ORDER), 1)}  # minor 1, major 2, critical 3


def esc(s: object) -> str:
    return html.escape(str(s), quote=True)


CSS = """
:root { --critical: #c2185b; --major: #d84315; --minor: #f9a825; --ink: #1d1d1f; --muted: #5f6368;
        --critical-bg: #f8bbd0; --major-bg: #ffccbc; --minor-bg: #fff59d; --line: #dadce0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1100px; padding: 1.5rem; background: #fafafa; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 0 0 .25rem; word-break: break-all; }
.overall { font-size: 1.1rem; margin: 0 0 1rem; }
.verdict { font-weight: 700; padding: 0 .4em; border-radius: 3px; color: #fff; }
.verdict.pass { background: #2e7d32; } .verdict.fail { background: #c62828; } .verdict.error { background: #6a1b9a; }
table.summary { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 1.5rem; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: right; }
table.summary th:first-child, table.summary td:first-child { text-align: left; word-break: break-all; }
table.summary tfoot td { font-weight: 700; }
.legend span { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin-right: .3em; border-radius: 2px; }
section.article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem;
                  margin-bottom: 1.5rem; }
.meta { color: var(--muted); margin: 0 0 .75rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
        font-size: 16px; line-height: 1.7; border-top: 1px solid var(--line); padding-top: .75rem; }
mark.f { cursor: pointer; border-bottom: 3px solid; padding: 0; border-radius: 2px; color: inherit; }
mark.sev-critical { background: var(--critical-bg); border-color: var(--critical); }
mark.sev-major { background: var(--major-bg); border-color: var(--major); }
mark.sev-minor { background: var(--minor-bg); border-color: var(--minor); }
mark.overlap { border-bottom-style: double; border-bottom-width: 4px; }
mark.unscored { background: transparent; border-bottom-style: dotted; }
mark.empty::after { content: "\\2038"; color: var(--critical); font-weight: 700; }
mark.active, mark.f:focus { outline: 2px solid var(--ink); }
ol.findings { margin: 1rem 0 0; padding-left: 1.5rem; border-top: 1px solid var(--line); padding-top: .75rem; }
ol.findings li { margin: .25rem 0; }
ol.findings li.active { background: #e8f0fe; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
.sev.critical { color: var(--critical); } .sev.major { color: var(--major); } .sev.minor { color: #8d6e00; }
code { font-size: .9em; background: #f1f3f4; padding: 0 .25em; border-radius: 3px; }
.flagged { font-family: Georgia, serif; background: #f1f3f4; }
.suggestion { color: #1b5e20; }
#detail { position: fixed; right: 1rem; bottom: 1rem; max-width: 32rem; max-height: 60vh; overflow: auto;
          background: #fff; border: 2px solid var(--ink); border-radius: 6px; padding: .75rem 1rem;
          box-shadow: 0 4px 16px rgba(0,0,0,.25); }
#detail ol { margin: 0; padding-left: 1.2rem; }
#detail button { float: right; }
.error-msg { color: #6a1b9a; font-weight: 600; }
"""

JS = """
(function () {
  var panel = document.getElementById('detail');
  var list = document.getElementById('detail-list');
  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll('.active'), function (e) { e.classList.remove('active'); });
  }
  function show(ids) {
    clear();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    ids.forEach(function (id) {
      var item = document.getElementById('finding-' + id);
      if (!item) { return; }
      item.classList.add('active');
      var copy = item.cloneNode(true);
      copy.removeAttribute('id');
      list.appendChild(copy);
      Array.prototype.forEach.call(document.querySelectorAll('mark.f'), function (m) {
        if ((' ' + m.getAttribute('data-f') + ' ').indexOf(' ' + id + ' ') >= 0) { m.classList.add('active'); }
      });
    });
    panel.hidden = list.childNodes.length === 0;
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (t.closest) {
      var m = t.closest('mark.f');
      if (m) { show(m.getAttribute('data-f').split(' ')); return; }
      var li = t.closest('ol.findings li');
      if (li && li.id) {
        var id = li.id.slice('finding-'.length);
        show([id]);
        var first = document.querySelector('mark.f.active');
        if (first && first.scrollIntoView) { first.scrollIntoView({block: 'center'}); }
      }
    }
  });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if ((ev.key === 'Enter' || ev.key === ' ') && t.matches && t.matches('mark.f')) {
      ev.preventDefault();
      show(t.getAttribute('data-f').split(' '));
    } else if (ev.key === 'Escape') { panel.hidden = true; clear(); }
  });
  document.getElementById('detail-close').addEventListener('click', function () { panel.hidden = true; clear(); });
  function fromHash() {
    var h = decodeURIComponent(location.hash || '');
    if (h.indexOf('#finding-') === 0) { show([h.slice('#finding-'.length)]); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  document.documentElement.setAttribute('data-mtqa-ready', '1');
})();
"""


def segments(text: str, findings: list[Finding]) -> list[tuple[int, int, list[int]]]:
    """Split text[0:len] at every finding boundary: (start, end, indices of findings covering it).

    Empty findings (start == end) come out as zero-length segments of their own.
    """
    n = len(text)
    bounds = {0, n}
    for f in findings:
        bounds.add(max(0, min(n, f.span.start)))
        bounds.add(max(0, min(n, f.span.end)))
    points = sorted(bounds)
    starts: dict[int, list[int]] = {}
    empties: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        s, e = max(0, min(n, f.span.start)), max(0, min(n, f.span.end))
        (empties if s >= e else starts).setdefault(s, []).append(i)
    ends_at: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        s, e = max(0, min(n, f.span.start)), max(0, min(n, f.span.end))
        if s < e:
            ends_at.setdefault(e, []).append(i)
    active: set[int] = set()
    out: list[tuple[int, int, list[int]]] = []
    for a, b in zip(points, points[1:] + [None]):
        for i in ends_at.get(a, ()):
            active.discard(i)
        if a in empties:
            out.append((a, a, sorted(empties[a])))
        active.update(starts.get(a, ()))
        if b is not None and b > a:
            out.append((a, b, sorted(active)))
    return out


def _fid(file_index: int, i: int) -> str:
    return f"{file_index}-{i}"


def _tooltip(f: Finding) -> str:
    sugg = suggestion_text(f)
    out = f"{f.severity.value.upper()} {f.rule_id}: {segment_prefix(f)}{f.message}"
    if sugg:
        out += f" — {'fix' if f.fix_safe else 'suggestion'}: {sugg}"
    return out


def _article_text(fi: int, r: Report) -> str:
    parts: list[str] = []
    text = r.text
    for a, b, covering in segments(text, r.findings):
        chunk = esc(text[a:b])
        if not covering:
            parts.append(chunk)
            continue
        fs = [r.findings[i] for i in covering]
        worst = max(fs, key=lambda f: _RANK[f.severity.value]).severity.value
        classes = ["f", f"sev-{worst}"]
        if len(fs) > 1:
            classes.append("overlap")
        if not any(f.scored for f in fs):
            classes.append("unscored")
        if a == b:
            classes.append("empty")
        ids = " ".join(_fid(fi, i) for i in covering)
        title = "\n".join(_tooltip(f) for f in fs)
        parts.append(f'<mark class="{" ".join(classes)}" data-f="{ids}" title="{esc(title)}" tabindex="0">{chunk}</mark>')
    return "".join(parts)


def _segment_html(f: Finding) -> str:
    seg = segment_of(f)
    if seg is None:
        return ""
    status = segment_status(f)
    shown = f' <span class="segment-state">({esc(status)})</span>' if status else ""
    return f'<span class="segment">segment <code>{esc(seg)}</code>{shown}</span> '


def _finding_item(fi: int, i: int, f: Finding) -> str:
    sugg = suggestion_text(f)
    sugg_html = (f' <span class="suggestion">{"Fix" if f.fix_safe else "Suggestion"}: {esc(sugg)}</span>'
                 if sugg else "")
    conf = f" (confidence {f.confidence:.2f}{'' if f.scored else ', not scored'})" if f.confidence < 1 else ""
    return (f'<li id="finding-{_fid(fi, i)}" class="sev-{f.severity.value}">'
            f'<a href="#finding-{_fid(fi, i)}">{f.span.line}:{f.span.column}</a> '
            f'<span class="sev {f.severity.value}">{f.severity.value}</span> '
            f'<code>{esc(f.rule_id)}</code> {_segment_html(f)}{esc(f.message)}{esc(conf)} '
            f'<span class="flagged">“{esc(f.text.strip() or f.text)}”</span>{sugg_html} '
            f'<span class="category">[{esc(f.category)}]</span></li>')


def _verdict(r: Report) -> str:
    if r.error is not None:
        return '<span class="verdict error">ERROR</span>'
    return '<span class="verdict pass">PASS</span>' if r.passed else '<span class="verdict fail">FAIL</span>'


def _summary_table(reports: list[Report]) -> str:
    rows = []
    for fi, r in enumerate(reports):
        name = esc(printable(display_path(r.path)))  # a control character in a name: its visible stand-in
        if r.error is not None:
            rows.append(f'<tr><td><a href="#file-{fi}">{name}</a></td><td colspan="2" class="error-msg">'
                        f"{esc(r.error)}</td><td>{_verdict(r)}</td><td></td><td></td><td></td></tr>")
            continue
        c = counts(r)
        rows.append(f'<tr><td><a href="#file-{fi}">{name}</a></td><td>{r.words}</td><td>{r.score:.1f}</td>'
                    f'<td>{_verdict(r)}</td><td>{c["critical"]}</td><td>{c["major"]}</td><td>{c["minor"]}</td></tr>')
    s = summary(reports)
    tot = {"critical": 0, "major": 0, "minor": 0}
    for r in reports:
        if r.ok:
            for k, v in counts(r).items():
                tot[k] += v
    every = "The file" if s["files"] == 1 else f"All {s['files']} files"
    foot = (f"<tr><td>{every} ({s['passed']} passed, {s['failed']} failed, {counted(s['errors'], 'error')})</td>"
            f"<td>{s['words']}</td><td>{s['score']:.1f}</td><td></td><td>{tot['critical']}</td><td>{tot['major']}</td>"
            f"<td>{tot['minor']}</td></tr>")
    return ('<table class="summary" id="summary"><thead><tr><th>File</th><th>Words</th><th>Score</th><th>Verdict</th>'
            '<th>Critical</th><th>Major</th><th>Minor</th></tr></thead><tbody>' + "".join(rows) +
            "</tbody><tfoot>" + foot + "</tfoot></table>")


def _article(fi: int, r: Report) -> str:
    name = esc(printable(display_path(r.path)))
    if r.error is not None:
        return (f'<section class="article" id="file-{fi}" data-file="{fi}"><h2>{name}</h2>'
                f'<p class="meta error-msg">Could not be checked: {esc(r.error)}</p></section>')
    c = counts(r)
    detail = ", ".join(f"{c[s]} {s}" for s in ("critical", "major", "minor") if c[s]) or "no findings"
    meta = (f"Score {r.score:.1f} (threshold {number(r.threshold)}) {_verdict(r)} — {len(r.findings)} "
            f"finding{'s' if len(r.findings) != 1 else ''} ({detail}), {r.words} words, penalty {number(r.penalty)}, "
            f"locale {esc(r.locale)}, format {esc(r.format)}" + (f", style {esc(r.style)}" if r.style else "")
            + (f", weights {esc(weights_phrase(r.weights))}" if r.weights else ""))
    items = "".join(_finding_item(fi, i, f) for i, f in enumerate(r.findings))
    findings = f'<ol class="findings">{items}</ol>' if items else '<p class="meta">No findings.</p>'
    return (f'<section class="article" id="file-{fi}" data-file="{fi}" data-path="{name}"><h2>{name}</h2>'
            f'<p class="meta">{meta}</p><div class="text" id="text-{fi}">{_article_text(fi, r)}</div>'
            f"{findings}</section>")


def render(reports: list[Report], **_: object) -> str:
    from mtqa.version import version

    s = summary(reports)
    overall = ("PASS" if s["failed"] == 0 and s["errors"] == 0 else "FAIL")
    legend = ('<p class="legend">' + "".join(
        f'<span><span class="swatch" style="background:var(--{sev}-bg);border-bottom:3px solid var(--{sev})">'
        f"</span>{sev}</span>" for sev in ("critical", "major", "minor")) +
        "<span>Hover a highlight for the message; click it for details.</span></p>")
    body = [
        "<header><h1>mtqa report</h1>",
        f'<p class="overall">Overall score <strong id="overall-score">{s["score"]:.1f}</strong> — '
        f'<span class="verdict {overall.lower()}">{overall}</span> — {s["files"]} file'
        f'{"s" if s["files"] != 1 else ""}, {s["words"]} words, {s["findings"]} findings</p>',
        legend, "</header>",
        _summary_table(reports),
        *(_article(fi, r) for fi, r in enumerate(reports)),
        '<div id="detail" role="dialog" aria-label="Finding details" hidden>'
        '<button type="button" id="detail-close" aria-label="Close">×</button><ol id="detail-list"></ol></div>',
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"{HTML_GENERATOR}{esc(version())}\">"
            "<title>mtqa report</title><style>" + CSS + "</style></head><body>\n" + "\n".join(body) +
            "\n<script>" + JS + "</script>\n</body></html>\n")
