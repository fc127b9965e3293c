"""The page for editors (GET /): paste copy or drop a file, see it highlighted, apply safe fixes.

The page is one self-contained document (inline CSS and JS, nothing loaded from elsewhere). It
asks /api/report for mtqa's HTML report of the copy — the same page `mtqa check --format html`
writes, with its highlights, hover messages and click-for-details panel — and shows it in a
frame; the severity and family filters work on that report's own markup (its findings list
carries each finding's severity class and rule id). "Apply safe fixes" sends the copy to
/api/fix, puts the fixed text in the box, shows the diff and checks again. A dropped file is read
by the browser; the server never sees a path.
"""

from __future__ import annotations

import html
import json

from mtqa.document import LOCALES

# The page runs its own inline script and the report's (in a srcdoc frame, which inherits this
# policy); it may call its own origin and nothing else.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
       "img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
REPORT_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
              "base-uri 'none'; form-action 'none'")

PAGE_CSS = """
body { max-width: 1200px; }
#copy { width: 100%; min-height: 14rem; font: 15px/1.5 Georgia, "Times New Roman", serif; padding: .6rem;
        border: 1px solid var(--line); border-radius: 6px; background: #fff; }
#copy.dragging { outline: 3px dashed var(--major); }
.controls { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: .5rem 0 1rem; }
.controls button { font: inherit; padding: .35rem .9rem; border-radius: 4px; border: 1px solid var(--ink);
                   background: var(--ink); color: #fff; cursor: pointer; }
.controls button.secondary { background: #fff; color: var(--ink); }
.controls button:disabled { opacity: .5; cursor: default; }
#status { color: var(--muted); }
#status.error { color: #c62828; font-weight: 600; }
#filters { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; margin-bottom: 1rem; }
#filters fieldset { border: 0; display: inline-block; margin: 0 1.5rem 0 0; padding: 0; }
#filters legend { font-weight: 600; float: left; margin-right: .5rem; }
#filters label { margin-right: .75rem; white-space: nowrap; }
#diff { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow: auto;
        max-height: 24rem; font-size: 13px; }
#diff .add { color: #1b5e20; background: #e8f5e9; } #diff .del { color: #b71c1c; background: #ffebee; }
#report { width: 100%; min-height: 10rem; border: 0; }
"""

FILTER_CSS_IN_REPORT = ("mark.f.mtqa-off { background: transparent !important; border-bottom-color: transparent !important; "
                        "cursor: text; } li.mtqa-off { display: none; }")

JS = r"""
(function () {
  var copy = document.getElementById('copy'), fmt = document.getElementById('format');
  var locale = document.getElementById('locale'), statusEl = document.getElementById('status');
  var frame = document.getElementById('report'), filters = document.getElementById('filters');
  var families = document.getElementById('families'), diffEl = document.getElementById('diff');
  var checkBtn = document.getElementById('check'), fixBtn = document.getElementById('fix');
  var fileInput = document.getElementById('file');
  var EXT = {txt: 'plain', text: 'plain', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html'};

  function say(msg, isError) { statusEl.textContent = msg; statusEl.className = isError ? 'error' : ''; }
  function busy(on) { checkBtn.disabled = on; fixBtn.disabled = on; document.body.setAttribute('aria-busy', on ? 'true' : 'false'); }
  function payload() { return JSON.stringify({text: copy.value, format: fmt.value, locale: locale.value}); }
  function post(path) {
    return fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: payload()})
      .then(function (resp) {
        if (resp.ok) { return resp; }
        return resp.json().then(function (e) { throw new Error(e.error || ('HTTP ' + resp.status)); },
                                function () { throw new Error('HTTP ' + resp.status); });
      });
  }

  function check() {
    if (!copy.value.trim()) { say('Paste some copy first, or drop a .txt, .md or .html file.', true); return Promise.resolve(); }
    busy(true); say('Checking…');
    document.documentElement.removeAttribute('data-checked');
    return post('/api/report').then(function (resp) { return resp.text(); }).then(function (html) {
      return new Promise(function (resolve) {
        frame.onload = function () { setUpFilters(); resolve(); };
        frame.srcdoc = html;
      });
    }).catch(function (err) { say(err.message, true); }).then(function () { busy(false); });
  }

  function reportDoc() { return frame.contentDocument; }
  function findingItems() { var d = reportDoc(); return d ? Array.prototype.slice.call(d.querySelectorAll('ol.findings li')) : []; }
  function sevOf(li) { var m = /sev-(critical|major|minor)/.exec(li.className); return m ? m[1] : 'minor'; }
  function familyOf(li) { var c = li.querySelector('code'); return c ? c.textContent.split('/')[0] : ''; }

  function setUpFilters() {
    var d = reportDoc();
    var style = d.createElement('style');
    style.textContent = FILTER_CSS;
    d.head.appendChild(style);
    var counts = {};
    findingItems().forEach(function (li) { var f = familyOf(li); counts[f] = (counts[f] || 0) + 1; });
    while (families.lastChild && families.lastChild.tagName !== 'LEGEND') { families.removeChild(families.lastChild); }
    Object.keys(counts).sort().forEach(function (f) {
      var label = document.createElement('label'), box = document.createElement('input');
      box.type = 'checkbox'; box.checked = true; box.name = 'family'; box.value = f;
      label.appendChild(box); label.appendChild(document.createTextNode(' ' + f + ' (' + counts[f] + ')'));
      families.appendChild(label);
    });
    filters.hidden = findingItems().length === 0;
    applyFilters();
    frame.style.height = (d.documentElement.scrollHeight + 40) + 'px';
    document.documentElement.setAttribute('data-checked', '1');
  }

  function applyFilters() {
    var sevOn = {}, famOn = {};
    Array.prototype.forEach.call(document.querySelectorAll('input[name=severity]'), function (b) { sevOn[b.value] = b.checked; });
    Array.prototype.forEach.call(document.querySelectorAll('input[name=family]'), function (b) { famOn[b.value] = b.checked; });
    var d = reportDoc(); if (!d) { return; }
    var shown = {}, total = 0, visible = 0;
    findingItems().forEach(function (li) {
      var on = sevOn[sevOf(li)] !== false && famOn[familyOf(li)] !== false;
      li.classList.toggle('mtqa-off', !on);
      shown[li.id.slice('finding-'.length)] = on;
      total += 1; if (on) { visible += 1; }
    });
    Array.prototype.forEach.call(d.querySelectorAll('mark.f'), function (m) {
      var on = m.getAttribute('data-f').split(' ').some(function (id) { return shown[id]; });
      m.classList.toggle('mtqa-off', !on);
    });
    say(total ? visible + ' of ' + total + ' findings shown' : 'No findings.', false);
  }

  function fix() {
    if (!copy.value.trim()) { say('Paste some copy first.', true); return; }
    busy(true); say('Applying safe fixes…');
    post('/api/fix').then(function (resp) { return resp.json(); }).then(function (result) {
      showDiff(result.diff);
      if (result.changed) { copy.value = result.text; }
      busy(false);
      return check().then(function () {
        say((result.changed ? result.edits + ' safe fixes applied. ' : 'No safe fixes to apply. ') + statusEl.textContent, false);
      });
    }).catch(function (err) { busy(false); say(err.message, true); });
  }

  function showDiff(diff) {
    while (diffEl.firstChild) { diffEl.removeChild(diffEl.firstChild); }
    diffEl.hidden = !diff;
    (diff || '').split('\n').forEach(function (line) {
      var span = document.createElement('span');
      if (line.charAt(0) === '+' && line.indexOf('+++') !== 0) { span.className = 'add'; }
      else if (line.charAt(0) === '-' && line.indexOf('---') !== 0) { span.className = 'del'; }
      span.textContent = line + '\n';
      diffEl.appendChild(span);
    });
  }

  function load(file) {
    var ext = (file.name.split('.').pop() || '').toLowerCase();
    if (!EXT[ext]) { say(file.name + ': drop a .txt, .md or .html file', true); return; }
    var reader = new FileReader();
    reader.onload = function () { copy.value = reader.result; fmt.value = EXT[ext]; check(); };
    reader.onerror = function () { say(file.name + ': could not be read', true); };
    reader.readAsText(file);
  }

  document.getElementById('form').addEventListener('submit', function (ev) { ev.preventDefault(); check(); });
  fixBtn.addEventListener('click', fix);
  filters.addEventListener('change', applyFilters);
  fileInput.addEventListener('change', function () { if (fileInput.files[0]) { load(fileInput.files[0]); } });
  ['dragenter', 'dragover'].forEach(function (t) {
    document.addEventListener(t, function (ev) { ev.preventDefault(); copy.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    document.addEventListener(t, function () { copy.classList.remove('dragging'); });
  });
  document.addEventListener('drop', function (ev) {
    ev.preventDefault();
    if (ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0]) { load(ev.dataTransfer.files[0]); }
  });
  document.documentElement.setAttribute('data-mtqa-page', 'ready');
})();
"""


def render(default_locale: str) -> str:
    """The page, with `default_locale` preselected."""
    from mtqa.report import html as report_html

    options = "".join(f'<option value="{html.escape(loc)}"{" selected" if loc == default_locale else ""}>'
                      f"{html.escape(loc)}</option>" for loc in LOCALES)
    severities = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> '
        f'<span class="swatch" style="background:var(--{s}-bg);border-bottom:3px solid var(--{s})"></span>{s}</label>'
        for s in ("critical", "major", "minor"))
    script = JS.replace("FILTER_CSS", json.dumps(FILTER_CSS_IN_REPORT))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>mtqa</title>'
        "<style>" + report_html.CSS + PAGE_CSS + "</style></head><body>\n"
        "<header><h1>mtqa</h1><p class=\"meta\">Paste machine-translated copy, or drop a .txt, .md or .html file, "
        "and check it. Safe fixes change only punctuation, spacing and the like; the diff shows each one.</p></header>\n"
        '<form id="form"><label for="copy" class="meta">Copy</label>'
        '<textarea id="copy" name="copy" spellcheck="false" placeholder="Paste copy here, or drop a file"></textarea>'
        '<div class="controls">'
        '<label>Format <select id="format"><option value="plain">plain text</option>'
        '<option value="markdown">Markdown</option><option value="html">HTML</option></select></label>'
        f'<label>Locale <select id="locale">{options}</select></label>'
        '<label>File <input type="file" id="file" accept=".txt,.text,.md,.markdown,.html,.htm"></label>'
        '<button type="submit" id="check">Check</button>'
        '<button type="button" id="fix" class="secondary">Apply safe fixes</button>'
        '<span id="status" role="status" aria-live="polite"></span></div></form>\n'
        '<section id="filters" hidden><fieldset id="severities"><legend>Severity</legend>' + severities +
        '</fieldset><fieldset id="families"><legend>Family</legend></fieldset></section>\n'
        '<pre id="diff" hidden aria-label="Diff of the safe fixes"></pre>\n'
        '<iframe id="report" title="mtqa report of the copy"></iframe>\n'
        "<script>" + script + "</script>\n</body></html>\n"
    )
