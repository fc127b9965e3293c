//! mtqa's native scanner: the same API and results as `mtqa/scan/python_backend.py`.
//!
//! One Aho-Corasick automaton per text view (daachorse's double array, which can be kept as
//! bytes: `Scanner::to_bytes`, `from_bytes`) finds every occurrence of every phrase
//! (overlapping), filtered by word boundaries; characters and small patterns are found in
//! the same call, and so are the token predicates (a token repeated, a run of capitalised
//! tokens) over the runs of letters and digits. Offsets are returned in characters (Python string indices), as a flat
//! array of little-endian u32: trigger, item, start, end per event, sorted by
//! (start, end, trigger, item).

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use pyo3::prelude::*;
use pyo3::types::PyBytes;

use automata::{Matcher, Source};
use blob::{Reader, Writer};
use classes::CharClass;

mod automata;
mod blob;
mod chars;
mod classes;
mod common;
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
    automaton: DoubleArrayAhoCorasick<u32>, // each phrase's value is its id
    targets: Vec<Vec<Target>>,              // by phrase id
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
    pattern_sources: Vec<(String, bool, u32, u32)>, // each pattern as given (kept by `to_bytes`, with its DFAs)
    repeated: Vec<(usize, u32)>,                   // (within, trigger)
    capital_runs: Vec<(usize, Vec<char>, u32)>,   // (min_words, joiners, trigger)
    // The regular expressions, compiled (`Compiled`): at once by `new`, or by a thread that
    // `from_bytes` starts and the first scan waits for (`compiled`).
    compiled: OnceLock<Result<Compiled, String>>,
    compiling: Mutex<Option<(JoinHandle<Result<Compiled, String>>, u32)>>, // the thread, the process that started it
}

/// A pattern's DFA pair as `to_bytes` kept it (see `automata`): forward, reverse, as words.
type KeptDfas = Vec<Option<(Vec<u32>, Vec<u32>)>>;

/// What a scanner compiles of its regular expressions: the triggers' patterns and the
/// character classes of word boundaries and capitals.
struct Compiled {
    patterns: Vec<(Matcher, u32, u32)>,
    word: CharClass,
    letter: CharClass,
    upper: CharClass,
}

impl Compiled {
    /// Every pattern compiled by `regex` (a scanner built from its tables).
    fn new(sources: &[(String, bool, u32, u32)]) -> Result<Compiled, String> {
        Compiled::load(sources, &[])
    }

    /// Every pattern from its DFA pair in `kept` (by position) where there is one and it is
    /// sound, else compiled by `regex`.
    fn load(sources: &[(String, bool, u32, u32)], kept: &[Option<(Vec<u32>, Vec<u32>)>]) -> Result<Compiled, String> {
        let mut patterns = Vec::with_capacity(sources.len());
        for (n, (p, ignorecase, trigger, item)) in sources.iter().enumerate() {
            let source = Source { pattern: p.clone(), ignorecase: *ignorecase };
            patterns.push((Matcher::loaded(source, kept.get(n).and_then(Option::as_ref))?, *trigger, *item));
        }
        Ok(Compiled {
            patterns,
            word: CharClass::new(r"[\p{L}\p{N}]"),
            letter: CharClass::new(r"\p{L}"),
            upper: CharClass::new(r"\p{Lu}"),
        })
    }
}

fn is_word(word: &CharClass, letter: &CharClass, boundary: u8, c: char) -> bool {
    if c.is_ascii() {
        return match boundary {
            1 => c.is_ascii_alphanumeric(),
            2 => c.is_ascii_alphabetic(),
            _ => false,
        };
    }
    match boundary {
        1 => word.contains(c),
        2 => letter.contains(c),
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
        let compiled = Compiled::new(&patterns).map_err(pyo3::exceptions::PyValueError::new_err)?;
        let (word, letter) = (&compiled.word, &compiled.letter);
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
                left: is_word(word, letter, boundary, first),
                right: is_word(word, letter, boundary, last),
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
            let automaton = DoubleArrayAhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build_with_values(pats.iter().zip(0u32..))
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
        let mut repeated = Vec::new();
        let mut capital_runs = Vec::new();
        for (kind, n, joiners, trigger) in token_rules {
            match kind {
                REPEATED => repeated.push((n, trigger)),
                CAPITAL_RUN => capital_runs.push((n, joiners.chars().collect(), trigger)),
                _ => return Err(pyo3::exceptions::PyValueError::new_err("unknown token predicate kind")),
            }
        }
        let scanner = Scanner::assemble(views, cs, patterns, repeated, capital_runs);
        let _ = scanner.compiled.set(Ok(compiled));
        Ok(scanner)
    }

    /// This scanner as bytes, to make the next one from (`from_bytes`) instead of its tables:
    /// the phrase automata as daachorse lays them out, each pattern's DFA pair as
    /// regex-automata does (built here for a scanner made from its tables: ~0.5 s for mtqa's
    /// patterns, once per cache entry), the rest as numbers and strings.
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let compiled = self.compiled().map_err(pyo3::exceptions::PyValueError::new_err)?;
        let dfas: Vec<Option<(Vec<u8>, Vec<u8>)>> =
            py.allow_threads(|| compiled.patterns.iter().map(|(m, _, _)| m.dfa_bytes()).collect());
        let mut w = Writer::new();
        for view in &self.views {
            let Some(view) = view else {
                w.u8(0);
                continue;
            };
            w.u8(1);
            w.bytes(&view.automaton.serialize());
            w.u64(view.targets.len() as u64);
            for targets in &view.targets {
                w.u64(targets.len() as u64);
                for t in targets {
                    w.u8(t.boundary);
                    w.u32(t.trigger);
                    w.u32(t.item);
                    w.u8(t.left as u8 | (t.right as u8) << 1);
                }
            }
        }
        w.u64(self.chars.len() as u64);
        for &(c, trigger, item) in &self.chars {
            w.u32(c as u32);
            w.u32(trigger);
            w.u32(item);
        }
        w.u64(self.pattern_sources.len() as u64);
        for (source, ignorecase, trigger, item) in &self.pattern_sources {
            w.bytes(source.as_bytes());
            w.u8(*ignorecase as u8);
            w.u32(*trigger);
            w.u32(*item);
        }
        w.u64(self.repeated.len() as u64);
        for &(within, trigger) in &self.repeated {
            w.u64(within as u64);
            w.u32(trigger);
        }
        w.u64(self.capital_runs.len() as u64);
        for (min_words, joiners, trigger) in &self.capital_runs {
            w.u64(*min_words as u64);
            w.bytes(joiners.iter().collect::<String>().as_bytes());
            w.u32(*trigger);
        }
        for pair in &dfas {
            match pair {
                Some((fwd, rev)) => {
                    w.u8(1);
                    w.bytes(fwd);
                    w.bytes(rev);
                }
                None => w.u8(0),
            }
        }
        Ok(PyBytes::new_bound(py, &w.finish()))
    }

    /// How each pattern is matched, in the order given: "dfa" (a DFA pair read back from
    /// `to_bytes`' bytes) or "regex" (compiled in this process). Waits for the patterns.
    #[getter]
    fn pattern_engines(&self) -> PyResult<Vec<&'static str>> {
        let compiled = self.compiled().map_err(pyo3::exceptions::PyValueError::new_err)?;
        Ok(compiled.patterns.iter().map(|(m, _, _)| m.engine()).collect())
    }

    /// The scanner `to_bytes` kept in `blob`. A blob that is damaged, truncated or made by
    /// another version of this library (or of regex-automata) raises ValueError (the caller
    /// builds the scanner from its tables instead). Its patterns' DFA pairs are checked and
    /// copied (a pattern without a sound pair is compiled) by a thread of their own, which
    /// the first scan waits for: the caller goes on meanwhile.
    #[staticmethod]
    fn from_bytes(data: &[u8]) -> PyResult<Scanner> {
        let parts = read_parts(data).ok_or_else(|| pyo3::exceptions::PyValueError::new_err("damaged or foreign scanner bytes"))?;
        let (views, cs, patterns, repeated, capital_runs, kept) = parts;
        let scanner = Scanner::assemble(views, cs, patterns, repeated, capital_runs);
        let sources = scanner.pattern_sources.clone();
        let spawned = std::thread::Builder::new()
            .name("mtqa-patterns".into())
            .spawn(move || Compiled::load(&sources, &kept));
        match spawned {
            Ok(handle) => *scanner.compiling.lock().unwrap() = Some((handle, std::process::id())),
            Err(_) => {
                let _ = scanner.compiled.set(Compiled::new(&scanner.pattern_sources)); // no thread: compiled here
            }
        }
        Ok(scanner)
    }

    /// Events of every trigger over `views` (exact, lower, folded, then the characters whose
    /// case folding expands), as bytes of u32 quads.
    fn scan<'py>(&self, py: Python<'py>, views: Vec<String>) -> PyResult<Bound<'py, PyBytes>> {
        if views.len() != VIEWS + 1 {
            return Err(pyo3::exceptions::PyValueError::new_err("expected four views"));
        }
        let events = py.allow_threads(|| {
            let mut events = self.events(&views)?;
            events.sort_unstable();
            Ok::<_, String>(events)
        });
        let events = events.map_err(pyo3::exceptions::PyValueError::new_err)?;
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
        let grouped = py.allow_threads(|| self.events(&views).map(|events| group_events(events, &lengths)));
        let grouped = grouped.map_err(pyo3::exceptions::PyValueError::new_err)?;
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
    fn tokens<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyBytes>> {
        let compiled = self.compiled().map_err(pyo3::exceptions::PyValueError::new_err)?;
        let offsets = Offsets::new(text);
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let w = is_word(&compiled.word, &compiled.letter, 1, c);
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
        Ok(PyBytes::new_bound(py, &out))
    }

    #[getter]
    fn name(&self) -> &'static str {
        "native"
    }
}

/// A scanner's parts as `read_parts` gives them back.
type Parts = (
    Vec<Option<View>>,
    Vec<(char, u32, u32)>,
    Vec<(String, bool, u32, u32)>,
    Vec<(usize, u32)>,
    Vec<(usize, Vec<char>, u32)>,
    KeptDfas,
);

/// The parts `Scanner::to_bytes` wrote, or None when anything in `data` is amiss.
fn read_parts(data: &[u8]) -> Option<Parts> {
    let mut r = Reader::open(data)?;
    let mut views = Vec::with_capacity(VIEWS);
    for _ in 0..VIEWS {
        if r.u8()? == 0 {
            views.push(None);
            continue;
        }
        let (automaton, rest) = DoubleArrayAhoCorasick::<u32>::deserialize(r.bytes()?).ok()?;
        if !rest.is_empty() {
            return None;
        }
        let mut targets = Vec::with_capacity(r.count(8)?);
        for _ in 0..targets.capacity() {
            let n = r.count(10)?;
            let mut these = Vec::with_capacity(n);
            for _ in 0..n {
                let (boundary, trigger, item, sides) = (r.u8()?, r.u32()?, r.u32()?, r.u8()?);
                if boundary > 2 || sides > 3 {
                    return None;
                }
                these.push(Target { boundary, trigger, item, left: sides & 1 != 0, right: sides & 2 != 0 });
            }
            targets.push(these);
        }
        if automaton.num_states() == 0 {
            return None;
        }
        views.push(Some(View { automaton, targets }));
    }
    let mut chars = Vec::with_capacity(r.count(12)?);
    for _ in 0..chars.capacity() {
        chars.push((char::from_u32(r.u32()?)?, r.u32()?, r.u32()?));
    }
    if !chars.windows(2).all(|w| w[0] <= w[1]) {
        return None;
    }
    let mut patterns = Vec::with_capacity(r.count(17)?);
    for _ in 0..patterns.capacity() {
        let source = r.string()?.to_owned();
        let ignorecase = match r.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        patterns.push((source, ignorecase, r.u32()?, r.u32()?));
    }
    let mut repeated = Vec::with_capacity(r.count(12)?);
    for _ in 0..repeated.capacity() {
        repeated.push((usize::try_from(r.u64()?).ok()?, r.u32()?));
    }
    let mut capital_runs = Vec::with_capacity(r.count(20)?);
    for _ in 0..capital_runs.capacity() {
        capital_runs.push((usize::try_from(r.u64()?).ok()?, r.string()?.chars().collect(), r.u32()?));
    }
    let mut kept = Vec::with_capacity(patterns.len());
    for _ in 0..patterns.len() {
        kept.push(match r.u8()? {
            0 => None,
            1 => Some((automata::words(r.bytes()?)?, automata::words(r.bytes()?)?)),
            _ => return None,
        });
    }
    r.done().then_some((views, chars, patterns, repeated, capital_runs, kept))
}

impl Scanner {
    /// A scanner of its parts, its regular expressions not compiled yet (see `compiled`).
    fn assemble(
        views: Vec<Option<View>>,
        chars: Vec<(char, u32, u32)>,
        pattern_sources: Vec<(String, bool, u32, u32)>,
        repeated: Vec<(usize, u32)>,
        capital_runs: Vec<(usize, Vec<char>, u32)>,
    ) -> Scanner {
        let mut ascii_chars = [false; 128];
        for &(ch, _, _) in &chars {
            if ch.is_ascii() {
                ascii_chars[ch as usize] = true;
            }
        }
        Scanner {
            views,
            chars,
            ascii_chars,
            pattern_sources,
            repeated,
            capital_runs,
            compiled: OnceLock::new(),
            compiling: Mutex::new(None),
        }
    }

    /// The compiled regular expressions: waits for the thread compiling them, if any. In a
    /// process forked since (`mtqa check --jobs N`), that thread is not there: compiled here.
    fn compiled(&self) -> Result<&Compiled, String> {
        self.compiled
            .get_or_init(|| {
                let handle = self.compiling.lock().map_err(|_| "a scan failed".to_string())?.take();
                match handle {
                    Some((h, pid)) if pid == std::process::id() => {
                        h.join().unwrap_or_else(|_| Err("compiling the patterns failed".to_string()))
                    }
                    Some((h, _)) => {
                        std::mem::forget(h); // the parent's thread: neither joined nor detached here
                        Compiled::new(&self.pattern_sources)
                    }
                    None => Compiled::new(&self.pattern_sources),
                }
            })
            .as_ref()
            .map_err(|e| e.clone())
    }

    fn events(&self, views: &[String]) -> Result<Vec<(u32, u32, u32, u32)>, String> {
        let compiled = self.compiled()?;
        let (word, letter) = (&compiled.word, &compiled.letter);
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
                if !(text.is_char_boundary(s) && text.is_char_boundary(e)) {
                    continue; // never from a sound automaton (phrases are whole characters)
                }
                let before = char_before(text, s);
                let after = char_at(text, e);
                // a value that names no targets (only in a damaged blob, which `read_parts`
                // refuses) finds nothing rather than panicking
                let Some(targets) = view.targets.get(m.value() as usize) else { continue };
                for t in targets {
                    if t.left && before.map_or(false, |c| is_word(word, letter, t.boundary, c)) {
                        continue;
                    }
                    if t.right && after.map_or(false, |c| is_word(word, letter, t.boundary, c)) {
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
        for (matcher, trigger, item) in &compiled.patterns {
            for (s, e) in matcher.matches(exact)? {
                events.push((offsets.at(s), offsets.at(e), *trigger, *item));
            }
        }
        if !self.repeated.is_empty() || !self.capital_runs.is_empty() {
            self.token_events(compiled, views, &mut events);
        }
        Ok(events) // in no particular order
    }

    /// Token spans of `chars` in character offsets.
    fn token_spans(compiled: &Compiled, chars: &[char]) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        for (i, &c) in chars.iter().enumerate() {
            let w = is_word(&compiled.word, &compiled.letter, 1, c);
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

    fn is_upper(compiled: &Compiled, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_uppercase();
        }
        compiled.upper.contains(c)
    }

    fn token_events(&self, compiled: &Compiled, views: &[String], events: &mut Vec<(u32, u32, u32, u32)>) {
        let exact: Vec<char> = views[0].chars().collect();
        let spans = Scanner::token_spans(compiled, &exact);
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
            let caps: Vec<bool> = spans.iter().map(|&(s, _)| Scanner::is_upper(compiled, exact[s])).collect();
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

/// Every occurrence of every phrase in `text` as (start, end, phrase index) in bytes, sorted,
/// by one of the two automata: "daachorse" (what the scanner uses) or "aho-corasick" (what it
/// used before, `MatchKind::Standard` overlapping): tests compare them on random phrases.
#[pyfunction]
fn overlapping_matches(phrases: Vec<String>, text: &str, engine: &str) -> PyResult<Vec<(usize, usize, usize)>> {
    let bad = |e: String| pyo3::exceptions::PyValueError::new_err(e);
    let mut out: Vec<(usize, usize, usize)> = match engine {
        "daachorse" => DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(phrases.iter().zip(0u32..))
            .map_err(|e| bad(e.to_string()))?
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.value() as usize))
            .collect(),
        "aho-corasick" => aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&phrases)
            .map_err(|e| bad(e.to_string()))?
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect(),
        _ => return Err(bad(format!("no engine {engine}"))),
    };
    out.sort_unstable();
    Ok(out)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Scanner>()?;
    m.add_class::<tagger::BrillTagger>()?;
    m.add_class::<tokens::Tokeniser>()?;
    m.add_function(wrap_pyfunction!(distance::levenshtein, m)?)?;
    m.add_function(wrap_pyfunction!(overlapping_matches, m)?)?;
    m.add_class::<words::WordCounter>()?;
    m.add_class::<common::CommonWords>()?;
    // what the blobs this build keeps name in their header (build.rs): read by tests
    m.add("BUILT_WITH", blob::BUILT_WITH)?;
    Ok(())
}
