//! mtqa's native scanner: the same API and results as `mtqa/scan/python_backend.py`.
//!
//! One Aho-Corasick automaton per text view finds every occurrence of every phrase
//! (overlapping), filtered by word boundaries; characters and small patterns are found in
//! the same call, and so are the token predicates (a token repeated, a run of capitalised
//! tokens) over the runs of letters and digits. Offsets are returned in characters (Python string indices), as a flat
//! array of little-endian u32: trigger, item, start, end per event, sorted by
//! (start, end, trigger, item).

use aho_corasick::{AhoCorasick, MatchKind};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use regex::Regex;

mod chars;
mod distance;
mod tagger;
mod tokens;
mod words;

const VIEWS: usize = 3;
// Token predicate kinds (mtqa/scan/triggers.py numbers them the same way).
const REPEATED: u8 = 0;
const CAPITAL_RUN: u8 = 1;

struct Target {
    boundary: u8, // 0 none, 1 letters and digits, 2 letters
    trigger: u32,
    item: u32,
    left: bool,  // the phrase's first character is a word character (for its boundary)
    right: bool, // the phrase's last character is
}

struct View {
    automaton: AhoCorasick,
    targets: Vec<Vec<Target>>, // by automaton pattern id
}

/// `scan_paragraphs`' four byte strings: events, groups, bounds, groups by trigger.
type GroupedBytes<'py> = (Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);
/// Events placed in paragraphs (paragraph, trigger, start, end, item), then the groups'
/// keys, their bounds and their keys by trigger.
type Grouped = (Vec<(u32, u32, u32, u32, u32)>, Vec<u64>, Vec<u32>, Vec<u64>);

#[pyclass(module = "mtqa._native", frozen)]
struct Scanner {
    views: Vec<Option<View>>,
    chars: Vec<(char, u32, u32)>, // sorted by character
    ascii_chars: [bool; 128],     // which ASCII characters some character trigger names
    patterns: Vec<(Regex, u32, u32)>,
    repeated: Vec<(usize, u32)>,                   // (within, trigger)
    capital_runs: Vec<(usize, Vec<char>, u32)>,   // (min_words, joiners, trigger)
    word: Regex,
    letter: Regex,
    upper: Regex,
}

fn is_word(word: &Regex, letter: &Regex, boundary: u8, c: char) -> bool {
    if c.is_ascii() {
        return match boundary {
            1 => c.is_ascii_alphanumeric(),
            2 => c.is_ascii_alphabetic(),
            _ => false,
        };
    }
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    match boundary {
        1 => word.is_match(s),
        2 => letter.is_match(s),
        _ => false,
    }
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Byte offset -> character offset, for one text.
struct Offsets {
    table: Option<Vec<u32>>,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        if text.is_ascii() {
            return Offsets { table: None };
        }
        // A byte's character is the number of characters begun before it, less one for its
        // own: counted over the bytes (a UTF-8 character begins at every byte that is not a
        // continuation byte, 0b10xxxxxx), without decoding the characters.
        let bytes = text.as_bytes();
        let mut table = Vec::with_capacity(bytes.len() + 1);
        let mut begun = 0u32;
        for &b in bytes {
            begun += ((b as i8) >= -0x40) as u32;
            table.push(begun - 1);
        }
        table.push(begun);
        Offsets { table: Some(table) }
    }

    fn at(&self, byte: usize) -> u32 {
        match &self.table {
            None => byte as u32,
            Some(t) => t[byte],
        }
    }
}

#[pymethods]
impl Scanner {
    #[new]
    fn new(
        phrases: Vec<(usize, String, u8, u32, u32)>,
        chars: Vec<(String, u32, u32)>,
        patterns: Vec<(String, bool, u32, u32)>,
        token_rules: Vec<(u8, usize, String, u32)>,
    ) -> PyResult<Scanner> {
        let word = Regex::new(r"^[\p{L}\p{N}]").unwrap();
        let letter = Regex::new(r"^\p{L}").unwrap();
        let mut by_view: Vec<(Vec<String>, Vec<Vec<Target>>)> = (0..VIEWS).map(|_| (Vec::new(), Vec::new())).collect();
        let mut ids: Vec<std::collections::HashMap<String, usize>> = (0..VIEWS).map(|_| Default::default()).collect();
        for (view, phrase, boundary, trigger, item) in phrases {
            if view >= VIEWS {
                return Err(pyo3::exceptions::PyValueError::new_err(format!("no view {view}")));
            }
            if phrase.is_empty() {
                continue;
            }
            let first = phrase.chars().next().unwrap();
            let last = phrase.chars().next_back().unwrap();
            let target = Target {
                boundary,
                trigger,
                item,
                left: is_word(&word, &letter, boundary, first),
                right: is_word(&word, &letter, boundary, last),
            };
            let (pats, targets) = &mut by_view[view];
            let id = *ids[view].entry(phrase.clone()).or_insert_with(|| {
                pats.push(phrase);
                targets.push(Vec::new());
                pats.len() - 1
            });
            targets[id].push(target);
        }
        let mut views = Vec::with_capacity(VIEWS);
        for (pats, targets) in by_view {
            if pats.is_empty() {
                views.push(None);
                continue;
            }
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&pats)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            views.push(Some(View { automaton, targets }));
        }
        let mut cs = Vec::new();
        for (c, trigger, item) in chars {
            let mut it = c.chars();
            match (it.next(), it.next()) {
                (Some(ch), None) => cs.push((ch, trigger, item)),
                _ => return Err(pyo3::exceptions::PyValueError::new_err("a character trigger is one character")),
            }
        }
        cs.sort_unstable();
        let mut ascii_chars = [false; 128];
        for &(ch, _, _) in &cs {
            if ch.is_ascii() {
                ascii_chars[ch as usize] = true;
            }
        }
        let mut ps = Vec::new();
        for (p, ignorecase, trigger, item) in patterns {
            let re = regex::RegexBuilder::new(&p)
                .case_insensitive(ignorecase)
                .build()
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            ps.push((re, trigger, item));
        }
        let mut repeated = Vec::new();
        let mut capital_runs = Vec::new();
        for (kind, n, joiners, trigger) in token_rules {
            match kind {
                REPEATED => repeated.push((n, trigger)),
                CAPITAL_RUN => capital_runs.push((n, joiners.chars().collect(), trigger)),
                _ => return Err(pyo3::exceptions::PyValueError::new_err("unknown token predicate kind")),
            }
        }
        let upper = Regex::new(r"^\p{Lu}").unwrap();
        Ok(Scanner { views, chars: cs, ascii_chars, patterns: ps, repeated, capital_runs, word, letter, upper })
    }

    /// Events of every trigger over `views` (exact, lower, folded, then the characters whose
    /// case folding expands), as bytes of u32 quads.
    fn scan<'py>(&self, py: Python<'py>, views: Vec<String>) -> PyResult<Bound<'py, PyBytes>> {
        if views.len() != VIEWS + 1 {
            return Err(pyo3::exceptions::PyValueError::new_err("expected four views"));
        }
        let events = py.allow_threads(|| {
            let mut events = self.events(&views);
            events.sort_unstable();
            events
        });
        let mut out = Vec::with_capacity(events.len() * 16);
        for (s, e, t, i) in events {
            for v in [t, i, s, e] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        Ok(PyBytes::new_bound(py, &out))
    }

    /// `scan`'s events placed in the paragraphs that were joined (each followed by one
    /// separator character) into `views`: `lengths` are the paragraphs' lengths. An event
    /// running into the next paragraph is dropped. Returns four byte strings:
    /// * events: u32 quads (trigger, item, start, end), offsets into their paragraph, ordered
    ///   by (paragraph, trigger, start, end, item);
    /// * groups: u64 keys `paragraph << 32 | trigger`, one per run of events sharing both;
    /// * bounds: u32, where each group's events begin (in events), then their count;
    /// * by_trigger: the groups' keys as `trigger << 32 | paragraph`, sorted.
    /// (The reference is `group_events` in mtqa/scan/python_backend.py.)
    fn scan_paragraphs<'py>(
        &self,
        py: Python<'py>,
        views: Vec<String>,
        lengths: Vec<u32>,
    ) -> PyResult<GroupedBytes<'py>> {
        if views.len() != VIEWS + 1 {
            return Err(pyo3::exceptions::PyValueError::new_err("expected four views"));
        }
        let grouped = py.allow_threads(|| group_events(self.events(&views), &lengths));
        let (events, groups, bounds, by_trigger) = grouped;
        let mut ev = Vec::with_capacity(events.len() * 16);
        for (_, t, s, e, i) in &events {
            for v in [*t, *i, *s, *e] {
                ev.extend_from_slice(&v.to_le_bytes());
            }
        }
        let quads = |xs: &[u64]| xs.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
        let pairs = |xs: &[u32]| xs.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
        Ok((
            PyBytes::new_bound(py, &ev),
            PyBytes::new_bound(py, &quads(&groups)),
            PyBytes::new_bound(py, &pairs(&bounds)),
            PyBytes::new_bound(py, &quads(&by_trigger)),
        ))
    }

    /// Spans of the runs of letters and digits, as bytes of u32 pairs (start, end).
    fn tokens<'py>(&self, py: Python<'py>, text: &str) -> Bound<'py, PyBytes> {
        let offsets = Offsets::new(text);
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let w = is_word(&self.word, &self.letter, 1, c);
            match (w, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.extend_from_slice(&offsets.at(s).to_le_bytes());
                    out.extend_from_slice(&offsets.at(i).to_le_bytes());
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.extend_from_slice(&offsets.at(s).to_le_bytes());
            out.extend_from_slice(&offsets.at(text.len()).to_le_bytes());
        }
        PyBytes::new_bound(py, &out)
    }

    #[getter]
    fn name(&self) -> &'static str {
        "native"
    }
}

impl Scanner {
    fn events(&self, views: &[String]) -> Vec<(u32, u32, u32, u32)> {
        let mut events = Vec::new();
        let exact = views[0].as_str();
        let exact_offsets = Offsets::new(exact);
        for (v, view) in self.views.iter().enumerate() {
            let Some(view) = view else { continue };
            let text = views[v].as_str();
            let own;
            let offsets = if v == 0 {
                &exact_offsets
            } else {
                own = Offsets::new(text);
                &own
            };
            for m in view.automaton.find_overlapping_iter(text) {
                let (s, e) = (m.start(), m.end());
                let before = char_before(text, s);
                let after = char_at(text, e);
                for t in &view.targets[m.pattern().as_usize()] {
                    if t.left && before.map_or(false, |c| is_word(&self.word, &self.letter, t.boundary, c)) {
                        continue;
                    }
                    if t.right && after.map_or(false, |c| is_word(&self.word, &self.letter, t.boundary, c)) {
                        continue;
                    }
                    events.push((offsets.at(s), offsets.at(e), t.trigger, t.item));
                }
            }
        }
        let offsets = &exact_offsets;
        for (i, c) in exact.char_indices().filter(|_| !self.chars.is_empty()) {
            if c.is_ascii() && !self.ascii_chars[c as usize] {
                continue;
            }
            let from = self.chars.partition_point(|&(ch, _, _)| ch < c);
            for &(_, trigger, item) in self.chars[from..].iter().take_while(|&&(ch, _, _)| ch == c) {
                let s = offsets.at(i);
                events.push((s, s + 1, trigger, item));
            }
        }
        for (re, trigger, item) in &self.patterns {
            for m in re.find_iter(exact) {
                if m.end() > m.start() {
                    events.push((offsets.at(m.start()), offsets.at(m.end()), *trigger, *item));
                }
            }
        }
        if !self.repeated.is_empty() || !self.capital_runs.is_empty() {
            self.token_events(views, &mut events);
        }
        events // in no particular order
    }

    /// Token spans of `chars` in character offsets.
    fn token_spans(&self, chars: &[char]) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        for (i, &c) in chars.iter().enumerate() {
            let w = is_word(&self.word, &self.letter, 1, c);
            match (w, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, chars.len()));
        }
        spans
    }

    fn is_upper(&self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_uppercase();
        }
        let mut buf = [0u8; 4];
        self.upper.is_match(c.encode_utf8(&mut buf))
    }

    fn token_events(&self, views: &[String], events: &mut Vec<(u32, u32, u32, u32)>) {
        let exact: Vec<char> = views[0].chars().collect();
        let spans = self.token_spans(&exact);
        if !self.repeated.is_empty() {
            let low: Vec<char> = views[1].chars().collect();
            let wide: Vec<char> = views[VIEWS].chars().collect();
            let odd: Vec<bool> = if wide.is_empty() {
                Vec::new()
            } else {
                spans.iter().map(|&(s, e)| exact[s..e].iter().any(|c| wide.contains(c))).collect()
            };
            for &(within, trigger) in &self.repeated {
                for d in 1..=within {
                    for k in 0..spans.len().saturating_sub(d) {
                        let (a, b) = (spans[k], spans[k + d]);
                        let same = low[a.0..a.1] == low[b.0..b.1];
                        if same || (!odd.is_empty() && (odd[k] || odd[k + d])) {
                            events.push((a.0 as u32, b.1 as u32, trigger, 0));
                        }
                    }
                }
            }
        }
        if !self.capital_runs.is_empty() {
            let caps: Vec<bool> = spans.iter().map(|&(s, _)| self.is_upper(exact[s])).collect();
            for (min_words, joiners, trigger) in &self.capital_runs {
                let (mut count, mut first, mut last) = (0usize, 0usize, 0usize);
                for (&(s, e), &cap) in spans.iter().zip(caps.iter()) {
                    if cap && count > 0 && exact[last..s].iter().all(|c| joiners.contains(c)) {
                        count += 1;
                    } else {
                        if count >= *min_words {
                            events.push((first as u32, last as u32, *trigger, 0));
                        }
                        if cap {
                            count = 1;
                            first = s;
                        } else {
                            count = 0;
                        }
                    }
                    last = e;
                }
                if count >= *min_words {
                    events.push((first as u32, last as u32, *trigger, 0));
                }
            }
        }
    }
}

/// Events grouped by paragraph and trigger (see `Scanner::scan_paragraphs`).
fn group_events(events: Vec<(u32, u32, u32, u32)>, lengths: &[u32]) -> Grouped {
    // Paragraph k spans [starts[k], limits[k]); limits[k] is the separator after it.
    let mut starts = Vec::with_capacity(lengths.len());
    let mut limits = Vec::with_capacity(lengths.len());
    let mut at = 0u32;
    for &n in lengths {
        starts.push(at);
        limits.push(at + n);
        at += n + 1;
    }
    let mut placed = Vec::with_capacity(events.len());
    if !lengths.is_empty() {
        let last = lengths.len() - 1;
        for (s, e, t, i) in events {
            // the first paragraph whose separator is at or after the start (else the last)
            let k = limits.partition_point(|&l| l < s).min(last);
            if e > limits[k] {
                continue; // runs into the next paragraph
            }
            let base = starts[k];
            placed.push((k as u32, t, s - base, e - base, i));
        }
    }
    placed.sort_unstable();
    let mut groups = Vec::new();
    let mut bounds = Vec::new();
    let mut previous: Option<(u32, u32)> = None;
    for (n, &(k, t, _, _, _)) in placed.iter().enumerate() {
        if previous != Some((k, t)) {
            groups.push((k as u64) << 32 | t as u64);
            bounds.push(n as u32);
            previous = Some((k, t));
        }
    }
    bounds.push(placed.len() as u32);
    let mut by_trigger: Vec<u64> = groups.iter().map(|g| (g & 0xffff_ffff) << 32 | g >> 32).collect();
    by_trigger.sort_unstable();
    (placed, groups, bounds, by_trigger)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Scanner>()?;
    m.add_class::<tagger::BrillTagger>()?;
    m.add_class::<tokens::Tokeniser>()?;
    m.add_function(wrap_pyfunction!(distance::levenshtein, m)?)?;
    m.add_class::<words::WordCounter>()?;
    Ok(())
}
