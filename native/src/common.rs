//! The common words of mtqa's word list (`mtqa.lexicon`) with their frequencies, held here
//! instead of as a Python dict: a process's first check read ~15,000 words from mtqa's cache
//! into Python strings and a dict (~1.7 ms); here they stay one string, found through an
//! open-addressing table built in one pass. A check asks a few hundred times (which
//! words of a paragraph are not common, one word's frequency), so the answers come from here
//! at about a dict's speed.
//!
//! The answers are the dict's: a word is found when its UTF-8 bytes equal a listed word's (a
//! `str` equal to a key of the dict); a `str` that cannot be UTF-8 (a lone surrogate) or any
//! other object is never found, as no listed word equals it.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PySet, PyString, PyTuple};

/// The layout of `slots()`' table (its first four bytes): bump it when `hash` or the probing
/// changes, so a table kept by an earlier library is built afresh, not read.
const TABLE_FORMAT: u32 = 0x4d51_4301;

#[pyclass(module = "mtqa._native", frozen)]
pub(crate) struct CommonWords {
    words: String,           // the words, each followed by '\n'
    spans: Vec<(u32, u32)>,  // each word's start and end in `words`
    values: Vec<Py<PyAny>>,  // each run's value (a frequency, as the caller gave it)
    ends: Vec<u32>,          // where each run's words end (word indices): word k has the value of the first run ending after k
    slots: Vec<u32>,         // index + 1 of the word in the slot; 0 is empty; a power of two, at most half full
    prebuilt: bool,          // the slots were the table given (`slots`), not built here
}

/// A word's hash, eight bytes at a time (as FxHash mixes): the words are the list's, fixed,
/// so a text cannot crowd a slot's neighbourhood, and byte-at-a-time FNV-1a took most of the
/// table's ~0.45 ms build.
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("eight bytes"))).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    h ^ (h >> 29)
}

impl CommonWords {
    fn find(&self, word: &[u8]) -> Option<usize> {
        self.find_in(&self.words, &self.spans, word)
    }

    /// `find` in this table's slots, over the words and spans given (a table being checked
    /// has its slots apart from them).
    fn find_in(&self, words: &str, spans: &[(u32, u32)], word: &[u8]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = hash(word) as usize & mask;
        for _ in 0..self.slots.len() {
            let e = self.slots[i] as usize;
            if e == 0 {
                return None;
            }
            let (s, t) = spans[e - 1];
            if &words.as_bytes()[s as usize..t as usize] == word {
                return Some(e - 1);
            }
            i = (i + 1) & mask;
        }
        None // a full table (only a damaged one given: a built one is at most half full)
    }

    /// Word `k`'s value: its run's.
    fn value_of(&self, k: usize) -> &Py<PyAny> {
        &self.values[self.ends.partition_point(|&end| end as usize <= k)]
    }

    /// `bytes` as this table's slots (`slots()`' layout) when they can be: of this layout and
    /// size, each word in exactly one slot, and every 97th word (and the last) found where it
    /// stands; None otherwise (the caller builds the table).
    fn kept_slots(&self, bytes: &[u8], size: usize) -> Option<Vec<u32>> {
        if bytes.len() != 4 + 4 * size || bytes[..4] != TABLE_FORMAT.to_le_bytes() {
            return None;
        }
        let slots: Vec<u32> = bytes[4..].chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("four bytes"))).collect();
        let n = self.spans.len();
        let mut seen = vec![false; n];
        for &e in &slots {
            if e != 0 {
                let k = (e as usize).checked_sub(1).filter(|&k| k < n)?;
                if std::mem::replace(&mut seen[k], true) {
                    return None; // a word in two slots
                }
            }
        }
        if seen.iter().any(|&s| !s) {
            return None; // a word in none
        }
        let probe = CommonWords { words: String::new(), spans: Vec::new(), values: Vec::new(), ends: Vec::new(), slots, prebuilt: true };
        let found = |k: usize| {
            let (s, t) = self.spans[k];
            probe.find_in(&self.words, &self.spans, &self.words.as_bytes()[s as usize..t as usize]) == Some(k)
        };
        if !(0..n).step_by(97).chain(n.checked_sub(1)).all(found) {
            return None;
        }
        Some(probe.slots)
    }

    /// Where `item` is listed: None for a word not listed, a `str` that is not UTF-8, or not a `str`.
    fn find_object(&self, item: &Bound<'_, PyAny>) -> Option<usize> {
        let text = item.downcast::<PyString>().ok()?;
        match text.to_str() {
            Ok(word) => self.find(word.as_bytes()),
            Err(_) => None, // a lone surrogate: no listed word (valid UTF-8 all) equals it
        }
    }
}

#[pymethods]
impl CommonWords {
    /// `words`: the words joined by '\n' (each once), as a `str` or its UTF-8 `bytes`; `runs`:
    /// (value, count) pairs, in order: the first `count` words have the first value, and so on
    /// (the counts add up to the words'). `slots`: the table `slots()` gave for the same words,
    /// kept by the caller (a first check built it in ~0.4 ms): used when it is whole and of this
    /// library's layout (its entries checked, every 97th word found where it stands), else the
    /// table is built here, so a damaged or foreign one only costs the build.
    #[new]
    #[pyo3(signature = (words, runs, slots = None))]
    fn new(words: &Bound<'_, PyAny>, runs: Vec<(Py<PyAny>, usize)>, slots: Option<&[u8]>) -> PyResult<CommonWords> {
        let words: &str = match words.downcast::<PyBytes>() {
            Ok(b) => std::str::from_utf8(b.as_bytes()).map_err(|_| PyValueError::new_err("the words are not UTF-8"))?,
            Err(_) => words.downcast::<PyString>()?.to_str()?,
        };
        let mut text = String::with_capacity(words.len() + 1);
        text.push_str(words);
        text.push('\n');
        if text.len() > u32::MAX as usize {
            return Err(PyValueError::new_err("too many words"));
        }
        let mut spans = Vec::new();
        if !words.is_empty() {
            let mut at = 0u32;
            for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
                spans.push((at, end as u32)); // '\n' is one byte of its own in UTF-8: pieces of whole characters
                at = end as u32 + 1;
            }
        }
        let (mut values, mut ends) = (Vec::with_capacity(runs.len()), Vec::with_capacity(runs.len()));
        let mut listed = 0usize;
        for (value, count) in runs {
            if count > spans.len() - listed {
                return Err(PyValueError::new_err("the runs' counts do not add up to the words"));
            }
            if count > 0 {
                listed += count;
                values.push(value);
                ends.push(listed as u32);
            }
        }
        if listed != spans.len() {
            return Err(PyValueError::new_err("the runs' counts do not add up to the words"));
        }
        let size = (2 * spans.len()).next_power_of_two().max(8);
        let mut table = CommonWords { words: text, spans, values, ends, slots: Vec::new(), prebuilt: false };
        if let Some(kept) = slots.and_then(|b| table.kept_slots(b, size)) {
            table.slots = kept;
            table.prebuilt = true;
            return Ok(table);
        }
        table.slots = vec![0u32; size];
        let mask = size - 1;
        for (k, &(s, t)) in table.spans.iter().enumerate() {
            let word = &table.words.as_bytes()[s as usize..t as usize];
            let mut i = hash(word) as usize & mask;
            loop {
                let e = table.slots[i] as usize;
                if e == 0 {
                    table.slots[i] = k as u32 + 1;
                    break;
                }
                let (s2, t2) = table.spans[e - 1];
                if &table.words.as_bytes()[s2 as usize..t2 as usize] == word {
                    return Err(PyValueError::new_err("a word listed twice"));
                }
                i = (i + 1) & mask;
            }
        }
        Ok(table)
    }

    /// The table of slots, as bytes to give back to `CommonWords(words, runs, slots)`: the
    /// layout's number, then each slot (u32, little-endian).
    fn slots<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let mut out = Vec::with_capacity(4 + 4 * self.slots.len());
        out.extend_from_slice(&TABLE_FORMAT.to_le_bytes());
        for e in &self.slots {
            out.extend_from_slice(&e.to_le_bytes());
        }
        PyBytes::new_bound(py, &out)
    }

    /// Whether the table was the one given (`slots`), not built here.
    #[getter]
    fn prebuilt(&self) -> bool {
        self.prebuilt
    }

    /// The value of `word`, or `default` (None) when it is not listed (as `dict.get`).
    #[pyo3(signature = (word, default = None))]
    fn get(&self, py: Python<'_>, word: &Bound<'_, PyAny>, default: Option<Py<PyAny>>) -> Py<PyAny> {
        match self.find_object(word) {
            Some(k) => self.value_of(k).clone_ref(py),
            None => default.unwrap_or_else(|| py.None()),
        }
    }

    /// The members of `words` (any iterable) that are not listed, as a new set: what
    /// `set(words).difference(the dict)` gives.
    fn missing<'py>(&self, py: Python<'py>, words: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PySet>> {
        let out = PySet::empty_bound(py)?;
        for item in words.iter()? {
            let item = item?;
            if self.find_object(&item).is_none() {
                out.add(item)?;
            }
        }
        Ok(out)
    }

    fn __contains__(&self, word: &Bound<'_, PyAny>) -> bool {
        self.find_object(word).is_some()
    }

    fn __len__(&self) -> usize {
        self.spans.len()
    }

    /// (word, value) for every word, in the order given (as a dict's `items()`, as a list).
    fn items<'py>(&self, py: Python<'py>) -> Bound<'py, PyList> {
        let bytes = self.words.as_bytes();
        let pairs = self.spans.iter().enumerate().map(|(k, &(s, t))| (s, t, self.value_of(k))).map(|(s, t, v)| {
            // `s..t` bounds one piece of `words` (a str) split at '\n': whole characters
            let word = std::str::from_utf8(&bytes[s as usize..t as usize]).expect("a piece of a str split at '\\n'");
            PyTuple::new_bound(py, [PyString::new_bound(py, word).into_any(), v.bind(py).clone()])
        });
        PyList::new_bound(py, pairs)
    }
}
