//! The Brill part-of-speech tagger that `mtqa/tagging.py` runs in Python (TextBlob's port of
//! pattern's tagger), with the same results: tokens as `tagging._TOKEN` finds them, the
//! lexicon's tag for a known word, and for an unknown one NNP (titlecase), CD (digits) or the
//! morphology (suffix) rules' guess; the contextual rules on request.
//!
//! Its data is handed over by `mtqa/native_tagger.py`: the lexicon file's text (read here as
//! TextBlob reads it), the morphology and context rules as TextBlob's reader split them, and a
//! function giving a character's classes as Python sees them (`regex`'s \p{L}, \s, \w, ...;
//! `str.isupper`, ...), asked once per character outside ASCII, so that the two tokenisers
//! and the two `istitle` agree whatever Unicode version each side was built with.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Mutex;

use pyo3::exceptions::PyValueError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::chars::CharClasses;

// A character's classes, numbered as mtqa/native_tagger.py (`_CHAR_TESTS`) numbers them.
const LETTER: u16 = 1 << 0; // regex \p{L}
const UPPER_LETTER: u16 = 1 << 1; // regex \p{Lu}
const MARK: u16 = 1 << 2; // regex \p{M}
const NUMBER: u16 = 1 << 3; // regex \p{N}
const SPACE: u16 = 1 << 4; // regex \s
const WORD: u16 = 1 << 5; // regex \w
const UPPER_OR_TITLE: u16 = 1 << 6; // str.istitle() of the character alone
const LOWER: u16 = 1 << 7; // str.islower()
const PY_SPACE: u16 = 1 << 8; // str.isspace() (what str.strip() removes)

const ABBREVIATIONS: [&str; 14] = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Lt", "Gen", "Col", "Sgt", "Capt", "Rev", "Hon"];
const PADDING: &str = "STAART";
const STRINGS_KEPT: usize = 16384; // distinct token strings kept for sharing before starting afresh // the context rules' word and tag beyond either end

/// The lexicon: words in one buffer, found through an open-addressing table (FNV-1a) kept at
/// most three-quarters full. It stays in memory as long as the process runs: 8 bytes an
/// entry and 4 a slot (~1.3 MB for TextBlob's 94,000 words, where 12-byte entries in a
/// half-full table took ~2.9 MB).
struct Lexicon {
    buffer: String,
    entries: Vec<(u32, u16, u16)>, // (start, length, tag) in `buffer`
    slots: Vec<u32>,               // entry index + 1; 0 is empty
}

/// Whether a table of `slots` slots may hold `entries` entries (at most three-quarters full).
fn fits(entries: usize, slots: usize) -> bool {
    entries * 4 <= slots * 3
}

/// FNV-1a, with its high bits folded into the low ones that pick a slot.
fn word_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^ (h >> 33)
}

impl Lexicon {
    fn with_capacity(words: usize) -> Lexicon {
        let mut size = 16;
        while !fits(words, size) {
            size *= 2;
        }
        Lexicon { buffer: String::new(), entries: Vec::with_capacity(words), slots: vec![0; size] }
    }

    fn word(&self, entry: &(u32, u16, u16)) -> &str {
        &self.buffer[entry.0 as usize..entry.0 as usize + entry.1 as usize]
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn slot(&self, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = word_hash(word.as_bytes()) as usize & mask;
        loop {
            let e = self.slots[i];
            if e == 0 || self.word(&self.entries[e as usize - 1]) == word {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `word` with `tag`; a word given again keeps its last tag (as a dict would).
    fn insert(&mut self, word: &str, tag: u16) -> PyResult<()> {
        let len = u16::try_from(word.len()).map_err(|_| PyValueError::new_err("a lexicon word over 65,535 bytes"))?;
        if !fits(self.entries.len() + 1, self.slots.len()) {
            self.grow();
        }
        let i = self.slot(word);
        if self.slots[i] != 0 {
            let e = self.slots[i] as usize - 1;
            self.entries[e].2 = tag;
            return Ok(());
        }
        self.entries.push((self.buffer.len() as u32, len, tag));
        self.buffer.push_str(word);
        self.slots[i] = self.entries.len() as u32;
        Ok(())
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.slots = vec![0; size];
        for n in 0..self.entries.len() {
            let i = self.slot(self.word(&self.entries[n]).to_owned().as_str());
            self.slots[i] = n as u32 + 1;
        }
    }

    /// The lexicon as bytes for `from_bytes` (mtqa's cache keeps them): little-endian u32
    /// counts and fields; tags by name, since another tagger may number them otherwise.
    fn to_bytes(&self, tag_names: &[String]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.buffer.len() + self.entries.len() * 10 + self.slots.len() * 4 + 1024);
        let put = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
        put(&mut out, tag_names.len());
        for name in tag_names {
            put(&mut out, name.len());
            out.extend_from_slice(name.as_bytes());
        }
        put(&mut out, self.buffer.len());
        out.extend_from_slice(self.buffer.as_bytes());
        put(&mut out, self.entries.len());
        for &(start, len, tag) in &self.entries {
            put(&mut out, start as usize);
            put(&mut out, len as usize);
            out.extend_from_slice(&tag.to_le_bytes());
        }
        put(&mut out, self.slots.len());
        for &slot in &self.slots {
            put(&mut out, slot as usize);
        }
        out
    }

    fn get(&self, word: &str) -> Option<u16> {
        match self.slots[self.slot(word)] {
            0 => None,
            e => Some(self.entries[e as usize - 1].2),
        }
    }
}

/// `word_hash` as a `Hasher`, for the table of shared strings (`shared`): a token's text is
/// short and not chosen against the table, so SipHash's guard against flooding buys nothing
/// there and cost ~270 instructions a token (callgrind, the seed's paragraphs).
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = self.0.rotate_left(5) ^ word_hash(bytes);
    }

    fn write_u8(&mut self, i: u8) {
        self.0 ^= i as u64; // `str`'s end marker after its bytes
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Strings = HashMap<String, Py<PyString>, BuildHasherDefault<WordHasher>>;

/// A little-endian u32 at the start of `b` (`to_bytes`' numbers).
fn le_number(b: &[u8]) -> usize {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
}

/// The little-endian u32 at `at` in `d`, with one bounds check (`SavedLexicon::get`'s reads).
#[inline]
fn u32_at(d: &[u8], at: usize) -> usize {
    u32::from_le_bytes(d[at..at + 4].try_into().expect("four bytes")) as usize
}

/// A cache file mapped read-only (`mmap`) and unmapped when dropped: the tagger's tables read
/// in place from the page cache, not copied into a `bytes` object (~2.2 MB of fresh pages
/// faulted in and filled, ~1 ms of a process's first check). mtqa's cache never rewrites an
/// entry in place (a new file is renamed over it), so the mapped bytes stay the ones checked.
#[cfg(unix)]
struct MappedFile {
    ptr: *mut libc::c_void,
    len: usize,
}

// SAFETY: the mapping is read-only and never changed after it is made; it is unmapped only
// when the owner drops it.
#[cfg(unix)]
unsafe impl Send for MappedFile {}
#[cfg(unix)]
unsafe impl Sync for MappedFile {}

#[cfg(unix)]
impl MappedFile {
    /// The whole file open as `fd` (the caller keeps it open until this returns).
    fn new(fd: i32) -> PyResult<MappedFile> {
        // SAFETY: `fstat` writes into the zeroed struct it is given; `mmap` of a valid
        // descriptor's whole, non-empty length, read-only and private, checked for failure.
        unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut st) != 0 {
                return Err(std::io::Error::last_os_error().into());
            }
            let len = usize::try_from(st.st_size).map_err(|_| PyValueError::new_err("damaged tagger tables"))?;
            if len == 0 {
                return Err(PyValueError::new_err("damaged tagger tables"));
            }
            let ptr = libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, fd, 0);
            if ptr == libc::MAP_FAILED {
                return Err(std::io::Error::last_os_error().into());
            }
            Ok(MappedFile { ptr, len })
        }
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes until `drop`.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

#[cfg(unix)]
impl Drop for MappedFile {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once.
        unsafe {
            libc::munmap(self.ptr, self.len);
        }
    }
}

/// Where a saved lexicon's bytes are: a `bytes` object, or a part of a mapped cache file.
enum Tables {
    Bytes(Py<PyBytes>),
    #[cfg(unix)]
    Mapped { file: MappedFile, start: usize, len: usize },
}

impl Tables {
    /// `len` bytes from `start` of the file open as `fd`, mapped.
    #[cfg(unix)]
    fn mapped(fd: i32, start: usize, len: usize) -> PyResult<Tables> {
        let file = MappedFile::new(fd)?;
        if start.checked_add(len).map_or(true, |end| end > file.len) {
            return Err(PyValueError::new_err("damaged tagger tables"));
        }
        Ok(Tables::Mapped { file, start, len })
    }

    #[cfg(not(unix))]
    fn mapped(_fd: i32, _start: usize, _len: usize) -> PyResult<Tables> {
        Err(pyo3::exceptions::PyOSError::new_err("mapped tagger tables need a Unix system"))
    }

    fn bytes<'a>(&'a self, py: Python<'a>) -> &'a [u8] {
        match self {
            Tables::Bytes(b) => b.as_bytes(py),
            #[cfg(unix)]
            Tables::Mapped { file, start, len } => &file.bytes()[*start..*start + *len],
        }
    }
}

/// The lexicon as `to_bytes` laid it out, read in place from the bytes mtqa's cache gave back
/// (kept here) or from the cache file mapped, not copied into a `Lexicon`: its words, entries
/// and slots (~2 MB of fresh pages, ~0.9 ms of a process's first check) are never built. The
/// same answers: the same slots probed in the same order, the same words compared.
struct SavedLexicon {
    data: Tables,
    ids: Vec<u16>,   // the tables' tag numbers → this tagger's
    words: usize,    // where the words' buffer starts in `data`
    words_len: usize,
    entries: usize,  // where the entries start: (start, length, tag) as u32, u32, u16
    count: usize,
    slots: usize,    // where the slots start: entry index + 1 as u32; 0 is empty
    size: usize,
}

impl SavedLexicon {
    /// The tables `to_bytes` made, their tags numbered in `tags`; checked so that damaged
    /// bytes give an error or a lexicon that answers every lookup, never a read out of bounds
    /// or an endless search: every entry's word within the words' buffer and its tag known,
    /// every slot empty or naming an entry, one slot at least empty. (The cache's seal already
    /// refuses any changed byte; the words are compared as bytes, so they are not decoded, and
    /// a slot shared by two entries, which only a bug could write, gives a wrong tag, not a
    /// fault. Checking each character boundary and each entry's one slot was ~0.3 ms of a
    /// process's first check.)
    fn new(py: Python<'_>, saved: Tables, tags: &mut Tags) -> PyResult<SavedLexicon> {
        let data = saved.bytes(py);
        let damaged = || PyValueError::new_err("damaged tagger tables");
        let mut at = 0usize;
        let mut take = |n: usize| -> PyResult<(usize, &[u8])> {
            let part = data.get(at..at.checked_add(n).ok_or_else(damaged)?).ok_or_else(damaged)?;
            at += n;
            Ok((at - n, part))
        };
        let mut ids = Vec::new();
        for _ in 0..le_number(take(4)?.1) {
            let len = le_number(take(4)?.1);
            ids.push(tags.id(std::str::from_utf8(take(len)?.1).map_err(|_| damaged())?)?);
        }
        let words_len = le_number(take(4)?.1);
        let (words, _) = take(words_len)?;
        let count = le_number(take(4)?.1);
        let (entries, records) = take(count.checked_mul(10).ok_or_else(damaged)?)?;
        let tag_count = ids.len();
        let fine = records.chunks_exact(10).all(|e| {
            let (start, len, tag) = (le_number(&e[0..4]), le_number(&e[4..8]), u16::from_le_bytes([e[8], e[9]]) as usize);
            start + len <= words_len && tag < tag_count && len <= u16::MAX as usize // (u32 + u32: no overflow)
        });
        if !fine {
            return Err(damaged());
        }
        let size = le_number(take(4)?.1);
        if !size.is_power_of_two() || !fits(count, size) {
            return Err(damaged());
        }
        let (slots, numbers) = take(size.checked_mul(4).ok_or_else(damaged)?)?;
        let (mut empty, mut beyond) = (false, false);
        for n in numbers.chunks_exact(4) {
            let slot = le_number(n);
            empty |= slot == 0;
            beyond |= slot > count;
        }
        if beyond || !empty {
            return Err(damaged()); // a slot naming no entry, or no empty slot to end a search
        }
        if at != data.len() {
            return Err(damaged());
        }
        Ok(SavedLexicon { data: saved, ids, words, words_len, entries, count, slots, size })
    }

    /// As `Lexicon::get`: the slot of `word`'s hash, then the next ones, to the word or an empty slot.
    fn get(&self, py: Python<'_>, word: &str) -> Option<u16> {
        let d = self.data.bytes(py);
        let mask = self.size - 1;
        let mut i = word_hash(word.as_bytes()) as usize & mask;
        loop {
            let e = u32_at(d, self.slots + 4 * i);
            if e == 0 {
                return None;
            }
            let r = self.entries + 10 * (e - 1);
            let start = self.words + u32_at(d, r);
            if &d[start..start + u32_at(d, r + 4)] == word.as_bytes() {
                return Some(self.ids[u16::from_le_bytes([d[r + 8], d[r + 9]]) as usize]);
            }
            i = (i + 1) & mask;
        }
    }

    /// What `Lexicon::to_bytes` gives for these tables read into a `Lexicon`: the tagger's tag
    /// names, the same words, entries (tags renumbered) and slots.
    fn to_bytes(&self, py: Python<'_>, tag_names: &[String]) -> Vec<u8> {
        let d = self.data.bytes(py);
        let mut out = Vec::with_capacity(d.len() + 1024);
        let put = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
        put(&mut out, tag_names.len());
        for name in tag_names {
            put(&mut out, name.len());
            out.extend_from_slice(name.as_bytes());
        }
        put(&mut out, self.words_len);
        out.extend_from_slice(&d[self.words..self.words + self.words_len]);
        put(&mut out, self.count);
        for e in d[self.entries..self.entries + 10 * self.count].chunks_exact(10) {
            out.extend_from_slice(&e[0..8]);
            out.extend_from_slice(&self.ids[u16::from_le_bytes([e[8], e[9]]) as usize].to_le_bytes());
        }
        put(&mut out, self.size);
        out.extend_from_slice(&d[self.slots..self.slots + 4 * self.size]);
        out
    }
}

/// The lexicon a tagger reads: built from the file's text, or read in place from mtqa's cache.
enum Words {
    Built(Lexicon),
    Saved(SavedLexicon),
}

impl Words {
    fn get(&self, py: Python<'_>, word: &str) -> Option<u16> {
        match self {
            Words::Built(lexicon) => lexicon.get(word),
            Words::Saved(saved) => saved.get(py, word),
        }
    }

    fn len(&self) -> usize {
        match self {
            Words::Built(lexicon) => lexicon.entries.len(),
            Words::Saved(saved) => saved.count,
        }
    }

    fn to_bytes(&self, py: Python<'_>, tag_names: &[String]) -> Vec<u8> {
        match self {
            Words::Built(lexicon) => lexicon.to_bytes(tag_names),
            Words::Saved(saved) => saved.to_bytes(py, tag_names),
        }
    }
}

/// The tags, as numbers; each also kept as one Python string to hand back.
struct Tags {
    names: Vec<String>,
    ids: HashMap<String, u16>,
}

impl Tags {
    fn id(&mut self, name: &str) -> PyResult<u16> {
        if let Some(i) = self.ids.get(name) {
            return Ok(*i);
        }
        let i = u16::try_from(self.names.len()).map_err(|_| PyValueError::new_err("too many distinct tags"))?;
        self.names.push(name.to_owned());
        self.ids.insert(name.to_owned(), i);
        Ok(i)
    }
}

#[derive(Clone, Copy)]
enum Affix {
    Char,
    HasPref,
    HasSuf,
    AddPref,
    AddSuf,
    DeletePref,
    DeleteSuf,
    GoodLeft,
    GoodRight,
    Never,
}

struct MorphologyRule {
    when: Option<u16>, // the tag the word must have so far (an "f" rule), or any
    affix: String,
    command: Affix,
    tag: u16,
}

#[derive(Clone, Copy)]
enum Around {
    PrevTag,
    NextTag,
    Prev2Tag,
    Next2Tag,
    Prev1Or2Tag,
    Next1Or2Tag,
    Prev1Or2Or3Tag,
    Next1Or2Or3Tag,
    SurroundTag,
    CurWd,
    PrevWd,
    NextWd,
    Prev1Or2Wd,
    Next1Or2Wd,
    PrevWdTag,
    NextWdTag,
    WdPrevTag,
    WdNextTag,
    WdAnd2Aft,
    WdAnd2TagBfr,
    WdAnd2TagAft,
    LBigram,
    RBigram,
    PrevBigram,
    NextBigram,
    Never,
}

struct ContextRule {
    from: Option<u16>, // None: "*", any tag
    to: u16,
    command: Around,
    x: String,
    y: String,
    x_tag: u16,
    y_tag: u16,
}

fn affix_command(name: &str) -> Affix {
    match name {
        "char" => Affix::Char,
        "haspref" => Affix::HasPref,
        "hassuf" => Affix::HasSuf,
        "addpref" => Affix::AddPref,
        "addsuf" => Affix::AddSuf,
        "deletepref" => Affix::DeletePref,
        "deletesuf" => Affix::DeleteSuf,
        "goodleft" => Affix::GoodLeft,
        "goodright" => Affix::GoodRight,
        _ => Affix::Never,
    }
}

fn around_command(name: &str) -> Around {
    match name {
        "prevtag" => Around::PrevTag,
        "nexttag" => Around::NextTag,
        "prev2tag" => Around::Prev2Tag,
        "next2tag" => Around::Next2Tag,
        "prev1or2tag" => Around::Prev1Or2Tag,
        "next1or2tag" => Around::Next1Or2Tag,
        "prev1or2or3tag" => Around::Prev1Or2Or3Tag,
        "next1or2or3tag" => Around::Next1Or2Or3Tag,
        "surroundtag" => Around::SurroundTag,
        "curwd" => Around::CurWd,
        "prevwd" => Around::PrevWd,
        "nextwd" => Around::NextWd,
        "prev1or2wd" => Around::Prev1Or2Wd,
        "next1or2wd" => Around::Next1Or2Wd,
        "prevwdtag" => Around::PrevWdTag,
        "nextwdtag" => Around::NextWdTag,
        "wdprevtag" => Around::WdPrevTag,
        "wdnexttag" => Around::WdNextTag,
        "wdand2aft" => Around::WdAnd2Aft,
        "wdand2tagbfr" => Around::WdAnd2TagBfr,
        "wdand2tagaft" => Around::WdAnd2TagAft,
        "lbigram" => Around::LBigram,
        "rbigram" => Around::RBigram,
        "prevbigram" => Around::PrevBigram,
        "nextbigram" => Around::NextBigram,
        _ => Around::Never, // listed by TextBlob but never applied (next1or2or3wd, ...), or unknown
    }
}

/// One text's characters with their classes, and the tokenising of `tagging._TOKEN`.
struct Chars {
    c: Vec<char>,
    f: Vec<u16>,
    b: Vec<usize>, // each character's byte offset in the text, then the text's length
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

impl Chars {
    fn has(&self, i: usize, flag: u16) -> bool {
        i < self.f.len() && self.f[i] & flag != 0
    }

    fn is(&self, i: usize, c: char) -> bool {
        i < self.c.len() && self.c[i] == c
    }

    /// The end of the run of characters with `flag` from `i`.
    fn run(&self, mut i: usize, flag: u16) -> usize {
        while self.has(i, flag) {
            i += 1;
        }
        i
    }

    /// `\b` at `i`, where the character before is a word character.
    fn word_ends(&self, i: usize) -> bool {
        !self.has(i, WORD)
    }

    /// The end of a clitic (`s`, `re`, `ve`, `ll`, `d`, `m`, then `\b`) starting at `i`.
    fn clitic(&self, i: usize) -> Option<usize> {
        let len = match self.c.get(i) {
            Some('s') | Some('d') | Some('m') => 1,
            Some('r') | Some('v') if self.is(i + 1, 'e') => 2,
            Some('l') if self.is(i + 1, 'l') => 2,
            _ => return None,
        };
        if self.word_ends(i + len) { Some(i + len) } else { None }
    }

    /// The token starting at `p`, tried as `_TOKEN`'s alternatives are, in order.
    fn token_at(&self, p: usize) -> Option<usize> {
        // "have" of "haven't": letters up to an "n't".
        if self.has(p, LETTER) {
            let q = self.run(p, LETTER);
            if q - p >= 2
                && self.c[q - 1] == 'n'
                && q < self.c.len()
                && is_apostrophe(self.c[q])
                && self.is(q + 1, 't')
                && self.word_ends(q + 2)
            {
                return Some(q - 1);
            }
        }
        // "n't"
        if self.is(p, 'n') && p + 1 < self.c.len() && is_apostrophe(self.c[p + 1]) && self.is(p + 2, 't') && self.word_ends(p + 3) {
            return Some(p + 3);
        }
        // "'s", "'re", ...
        if is_apostrophe(self.c[p]) {
            if let Some(e) = self.clitic(p + 1) {
                return Some(e);
            }
        }
        // "U.S."
        let mut k = p;
        while self.has(k, UPPER_LETTER) && self.is(k + 1, '.') {
            k += 2;
        }
        if k - p >= 4 {
            return Some(k);
        }
        // "Mr." before a space (each abbreviation begins with an ASCII capital)
        for a in ABBREVIATIONS.iter().filter(|a| self.c[p].is_ascii_uppercase() && a.starts_with(self.c[p])) {
            let n = a.chars().count();
            if p + n < self.c.len() && self.c[p..p + n].iter().copied().eq(a.chars()) && self.is(p + n, '.') && self.has(p + n + 1, SPACE) {
                return Some(p + n + 1);
            }
        }
        // a number
        if self.has(p, NUMBER) {
            let mut k = self.run(p, NUMBER);
            while k < self.c.len() && matches!(self.c[k], '.' | ',' | ':') && self.has(k + 1, NUMBER) {
                k = self.run(k + 1, NUMBER);
            }
            if self.is(k, '%') {
                k += 1;
            }
            return Some(k);
        }
        // a word, with its inner hyphens, ampersands, dots and apostrophes
        const LMN: u16 = LETTER | MARK | NUMBER;
        if self.has(p, LMN) {
            let mut k = self.run(p, LMN);
            while k < self.c.len() && matches!(self.c[k], '-' | '&' | '.') && self.has(k + 1, LMN) {
                k = self.run(k + 1, LMN);
            }
            while k < self.c.len() && is_apostrophe(self.c[k]) && self.clitic(k + 1).is_none() && self.has(k + 1, LETTER) {
                k = self.run(k + 1, LETTER);
            }
            return Some(k);
        }
        // any other character but a space
        if self.has(p, SPACE) { None } else { Some(p + 1) }
    }

    fn tokens(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(self.c.len() / 4 + 1);
        let mut p = 0;
        while p < self.c.len() {
            match self.token_at(p) {
                Some(e) => {
                    out.push((p, e));
                    p = e;
                }
                None => p += 1,
            }
        }
        out
    }
}

#[pyclass(module = "mtqa._native", frozen)]
pub struct BrillTagger {
    classes: CharClasses,
    lexicon: Words,
    tags: Tags,
    tag_strings: Vec<Py<PyString>>,
    morphology: Vec<MorphologyRule>,
    context: Vec<ContextRule>,
    defaults: (u16, u16, u16), // unknown word, titlecase word, number
    padding: u16,
    strings: Mutex<Strings>, // see `shared`
}

impl BrillTagger {
    fn flags(&self, py: Python<'_>, text: &str) -> PyResult<Chars> {
        let mut c = Vec::with_capacity(text.len());
        let mut b = Vec::with_capacity(text.len() + 1);
        for (at, ch) in text.char_indices() {
            c.push(ch);
            b.push(at);
        }
        b.push(text.len());
        let mut f = Vec::with_capacity(c.len());
        for ch in &c {
            f.push(self.classes.of(py, *ch)?);
        }
        Ok(Chars { c, f, b })
    }

    /// Python's `str.istitle()`.
    fn is_title(&self, py: Python<'_>, word: &str) -> PyResult<bool> {
        let (mut cased, mut previous_cased) = (false, false);
        for ch in word.chars() {
            let f = self.classes.of(py, ch)?;
            if f & UPPER_OR_TITLE != 0 {
                if previous_cased {
                    return Ok(false);
                }
                previous_cased = true;
                cased = true;
            } else if f & LOWER != 0 {
                if !previous_cased {
                    return Ok(false);
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        Ok(cased)
    }

    fn strip<'a>(&self, py: Python<'_>, line: &'a str) -> PyResult<&'a str> {
        let mut start = 0;
        for (i, ch) in line.char_indices() {
            if self.classes.of(py, ch)? & PY_SPACE == 0 {
                break;
            }
            start = i + ch.len_utf8();
        }
        let mut end = line.len();
        for (i, ch) in line.char_indices().rev() {
            if i < start || self.classes.of(py, ch)? & PY_SPACE == 0 {
                break;
            }
            end = i;
        }
        Ok(if start >= end { "" } else { &line[start..end] })
    }

    fn known(&self, py: Python<'_>, word: &str) -> bool {
        self.lexicon.get(py, word).is_some()
    }

    /// `Morphology.apply`: the rules in order, each that matches setting the tag.
    fn morphology_tag(&self, py: Python<'_>, word: &str, previous: Option<&str>, next: Option<&str>) -> u16 {
        let mut tag = self.defaults.0;
        let mut joined = String::with_capacity(word.len() + 16); // an affix and the word, reused
        let mut known_joined = |a: &str, b: &str| {
            joined.clear();
            joined.push_str(a);
            joined.push_str(b);
            self.known(py, &joined)
        };
        for r in &self.morphology {
            if r.when.is_some_and(|t| t != tag) {
                continue;
            }
            let x = r.affix.as_str();
            let hit = match r.command {
                Affix::Char => word.contains(x),
                Affix::HasPref => word.starts_with(x),
                Affix::HasSuf => word.ends_with(x),
                Affix::AddPref => known_joined(x, word),
                Affix::AddSuf => known_joined(word, x),
                Affix::DeletePref => word.starts_with(x) && self.known(py, &word[x.len()..]),
                // Python's w[:-len(x)] is "" when x is empty
                Affix::DeleteSuf => word.ends_with(x) && self.known(py, if x.is_empty() { "" } else { &word[..word.len() - x.len()] }),
                Affix::GoodLeft => next == Some(x),
                Affix::GoodRight => previous == Some(x),
                Affix::Never => false,
            };
            if hit {
                tag = r.tag;
            }
        }
        tag
    }

    /// `find_tags` without its contextual rules.
    fn own_tags(&self, py: Python<'_>, forms: &[Cow<'_, str>]) -> PyResult<Vec<u16>> {
        let mut tags: Vec<Option<u16>> = forms.iter().map(|w| self.lexicon.get(py, w)).collect();
        if let (Some(None), Some(first)) = (tags.first(), forms.first()) {
            let lower = python_lower(py, first)?;
            tags[0] = self.lexicon.get(py, &lower).filter(|t| !self.tags.names[*t as usize].is_empty());
        }
        let mut out = Vec::with_capacity(forms.len());
        for (i, w) in forms.iter().enumerate() {
            out.push(match tags[i] {
                Some(t) => t,
                None if self.is_title(py, w)? => self.defaults.1,
                None if is_number(w) => self.defaults.2,
                None => {
                    let previous = if i > 0 { Some(&*forms[i - 1]) } else { None };
                    self.morphology_tag(py, w, previous, forms.get(i + 1).map(|s| &**s))
                }
            });
        }
        Ok(out)
    }

    /// `Context.apply`: each token in turn, every rule whose tag is the token's tag as it was
    /// when its turn came, reading its neighbours as they are by then.
    fn in_context(&self, forms: &[Cow<'_, str>], own: Vec<u16>) -> Vec<u16> {
        const PAD: usize = 3;
        let n = own.len();
        let mut t = vec![self.padding; n + 2 * PAD];
        t[PAD..PAD + n].copy_from_slice(&own);
        let word = |i: usize| -> &str { if i < PAD || i >= PAD + n { PADDING } else { &*forms[i - PAD] } };
        for i in PAD..PAD + n {
            let tag = t[i];
            if tag == self.padding {
                continue;
            }
            for r in &self.context {
                if r.from.is_some_and(|f| f != tag) {
                    continue;
                }
                let (x, y, xt, yt) = (r.x.as_str(), r.y.as_str(), r.x_tag, r.y_tag);
                let hit = match r.command {
                    Around::PrevTag => xt == t[i - 1],
                    Around::NextTag => xt == t[i + 1],
                    Around::Prev2Tag => xt == t[i - 2],
                    Around::Next2Tag => xt == t[i + 2],
                    Around::Prev1Or2Tag => xt == t[i - 1] || xt == t[i - 2],
                    Around::Next1Or2Tag => xt == t[i + 1] || xt == t[i + 2],
                    Around::Prev1Or2Or3Tag => xt == t[i - 1] || xt == t[i - 2] || xt == t[i - 3],
                    Around::Next1Or2Or3Tag => xt == t[i + 1] || xt == t[i + 2] || xt == t[i + 3],
                    Around::SurroundTag => xt == t[i - 1] && yt == t[i + 1],
                    Around::CurWd => x == word(i),
                    Around::PrevWd => x == word(i - 1),
                    Around::NextWd => x == word(i + 1),
                    Around::Prev1Or2Wd => x == word(i - 1) || x == word(i - 2),
                    Around::Next1Or2Wd => x == word(i + 1) || x == word(i + 2),
                    Around::PrevWdTag => x == word(i - 1) && yt == t[i - 1],
                    Around::NextWdTag => x == word(i + 1) && yt == t[i + 1],
                    Around::WdPrevTag => xt == t[i - 1] && y == word(i),
                    Around::WdNextTag => x == word(i) && yt == t[i + 1],
                    Around::WdAnd2Aft => x == word(i) && y == word(i + 2),
                    Around::WdAnd2TagBfr => xt == t[i - 2] && y == word(i),
                    Around::WdAnd2TagAft => x == word(i) && yt == t[i + 2],
                    Around::LBigram => x == word(i - 1) && y == word(i),
                    Around::RBigram => x == word(i) && y == word(i + 1),
                    Around::PrevBigram => xt == t[i - 2] && yt == t[i - 1],
                    Around::NextBigram => xt == t[i + 1] && yt == t[i + 2],
                    Around::Never => false,
                };
                if hit {
                    t[i] = r.to;
                }
            }
        }
        t[PAD..PAD + n].to_vec()
    }
}

/// TextBlob's `CD` pattern: only digits and `-,.:/%$`.
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b"-,.:/%$".contains(&b))
}

/// One Python string for equal words: a story repeats its words, and a long document's
/// tokens are alive together until its section is checked (see `word_table.one_copy`).
fn shared(py: Python<'_>, strings: &mut Strings, word: &str) -> Py<PyString> {
    if let Some(s) = strings.get(word) {
        return s.clone_ref(py);
    }
    let s = PyString::new_bound(py, word).unbind();
    strings.insert(word.to_owned(), s.clone_ref(py));
    s
}

/// A Python list of `items`, each reference handed to the list as it is (`PyList::new_bound`
/// takes a new reference to each and drops the item's own: two more counts changed a token).
fn owned_list<'py, T>(py: Python<'py>, items: Vec<Py<T>>) -> PyResult<Bound<'py, PyList>> {
    let len = ffi::Py_ssize_t::try_from(items.len()).map_err(|_| PyValueError::new_err("too many tokens"))?;
    // SAFETY: `PyList_New` gives a new reference (null on failure, turned into the error);
    // `PyList_SetItem` steals the reference `into_ptr` gives up, at an index below `len`.
    unsafe {
        let list = Bound::from_owned_ptr_or_err(py, ffi::PyList_New(len))?;
        for (i, item) in items.into_iter().enumerate() {
            if ffi::PyList_SetItem(list.as_ptr(), i as ffi::Py_ssize_t, item.into_ptr()) != 0 {
                return Err(PyErr::fetch(py));
            }
        }
        Ok(list.downcast_into_unchecked())
    }
}

/// Python's `str.lower()` (its own tables outside ASCII).
fn python_lower(py: Python<'_>, word: &str) -> PyResult<String> {
    if word.is_ascii() {
        return Ok(word.to_ascii_lowercase());
    }
    PyString::new_bound(py, word).call_method0("lower")?.extract()
}

#[pymethods]
impl BrillTagger {
    /// `lexicon`: the text of en-lexicon.txt, or what `lexicon_tables` gave (as bytes, or as
    /// (descriptor, start, length) of them in an open cache file, mapped); `morphology`: (tag the word must have or None,
    /// affix, command, new tag) per rule; `context`: (tag or "*", new tag, command, x, y) per
    /// rule; `defaults`: the tags of an unknown, a titlecase and a numeric word; `classify`:
    /// a character's classes as bits (see the constants above).
    #[new]
    fn new(
        py: Python<'_>,
        lexicon: &Bound<'_, PyAny>,
        morphology: Vec<(Option<String>, String, String, String)>,
        context: Vec<(String, String, String, String, String)>,
        defaults: (String, String, String),
        classify: Py<PyAny>,
    ) -> PyResult<BrillTagger> {
        let mut tags = Tags { names: Vec::new(), ids: HashMap::new() };
        let defaults = (tags.id(&defaults.0)?, tags.id(&defaults.1)?, tags.id(&defaults.2)?);
        let padding = tags.id(PADDING)?;
        let mut morph = Vec::with_capacity(morphology.len());
        for (when, affix, command, tag) in morphology {
            let when = match when {
                Some(w) => Some(tags.id(&w)?),
                None => None,
            };
            morph.push(MorphologyRule { when, affix, command: affix_command(&command), tag: tags.id(&tag)? });
        }
        let mut ctx = Vec::with_capacity(context.len());
        for (from, to, command, x, y) in context {
            let from = if from == "*" { None } else { Some(tags.id(&from)?) };
            let (x_tag, y_tag) = (tags.id(&x)?, tags.id(&y)?);
            ctx.push(ContextRule { from, to: tags.id(&to)?, command: around_command(&command), x, y, x_tag, y_tag });
        }
        // The saved tables as bytes, or (descriptor, start, length) of them in a cache file
        // to map; else the lexicon file's text.
        let saved = match lexicon.downcast::<PyBytes>() {
            Ok(bytes) => Some(Tables::Bytes(bytes.clone().unbind())),
            Err(_) => match lexicon.extract::<(i32, usize, usize)>() {
                Ok((fd, start, len)) => Some(Tables::mapped(fd, start, len)?),
                Err(_) => None,
            },
        };
        let is_saved = saved.is_some();
        let text = if is_saved { "" } else { lexicon.extract::<&str>()? };
        let mut tagger = BrillTagger {
            classes: CharClasses::new(py, classify)?,
            lexicon: match saved {
                Some(tables) => Words::Saved(SavedLexicon::new(py, tables, &mut tags)?),
                None => Words::Built(Lexicon::with_capacity(0)), // built once the lines are read
            },
            tags,
            tag_strings: Vec::new(),
            morphology: morph,
            context: ctx,
            defaults,
            padding,
            strings: Mutex::new(Strings::default()),
        };
        // As TextBlob's Lexicon reads it: each line stripped, blank lines and ";;;" comments
        // skipped, the first two fields split at single spaces.
        let mut entries = Vec::new();
        for line in text.split('\n').filter(|_| !is_saved) {
            let line = tagger.strip(py, line)?;
            if line.is_empty() || line.starts_with(";;;") {
                continue;
            }
            let mut fields = line.split(' ');
            match (fields.next(), fields.next()) {
                (Some(word), Some(tag)) => entries.push((word, tag)),
                _ => return Err(PyValueError::new_err(format!("a lexicon line without a tag: {line:?}"))),
            }
        }
        if !is_saved {
            let mut built = Lexicon::with_capacity(entries.len()); // a word given twice takes one entry
            for (word, tag) in entries {
                let id = tagger.tags.id(tag)?;
                built.insert(word, id)?;
            }
            tagger.lexicon = Words::Built(built);
        }
        tagger.tag_strings = tagger.tags.names.iter().map(|n| PyString::intern_bound(py, n).unbind()).collect();
        Ok(tagger)
    }

    /// The tokens of `text`: (starts, ends, tags, texts, lowercase forms), five lists in step.
    /// A token's form is its text with a straight apostrophe (as the lexicon spells it).
    #[pyo3(signature = (text, in_context = false))]
    fn tag<'py>(&self, py: Python<'py>, text: &str, in_context: bool) -> PyResult<Bound<'py, pyo3::types::PyTuple>> {
        let chars = self.flags(py, text)?;
        let spans = chars.tokens();
        // Each token's form borrowed from `text`, copied only to straighten an apostrophe.
        let forms: Vec<Cow<'_, str>> = spans
            .iter()
            .map(|&(s, e)| {
                let raw = &text[chars.b[s]..chars.b[e]];
                if raw.contains('\u{2019}') { Cow::Owned(raw.replace('\u{2019}', "'")) } else { Cow::Borrowed(raw) }
            })
            .collect();
        let mut tags = self.own_tags(py, &forms)?;
        if in_context {
            tags = self.in_context(&forms, tags);
        }
        // Lowercase forms beyond ASCII first: Python is not called while `strings` is locked.
        let mut lowercase = Vec::with_capacity(forms.len());
        for form in &forms {
            lowercase.push(if form.is_ascii() { None } else { Some(python_lower(py, form)?) });
        }
        let mut ascii_lower = String::new(); // an ASCII form with capitals, lowercased (reused)
        let mut strings = self.strings.lock().unwrap();
        if strings.len() > STRINGS_KEPT {
            strings.clear();
        }
        let mut texts = Vec::with_capacity(forms.len());
        let mut lowers = Vec::with_capacity(forms.len());
        for ((&(s, e), form), lower) in spans.iter().zip(&forms).zip(lowercase) {
            let as_form = shared(py, &mut strings, form);
            texts.push(if let Cow::Owned(_) = form {
                shared(py, &mut strings, &text[chars.b[s]..chars.b[e]])
            } else {
                as_form.clone_ref(py)
            });
            lowers.push(match lower {
                Some(l) => shared(py, &mut strings, &l),
                None if form.bytes().any(|b| b.is_ascii_uppercase()) => {
                    ascii_lower.clear();
                    ascii_lower.push_str(form);
                    ascii_lower.make_ascii_lowercase(); // what `python_lower` gives an ASCII word
                    shared(py, &mut strings, &ascii_lower)
                }
                None => as_form,
            });
        }
        drop(strings);
        let starts = PyList::new_bound(py, spans.iter().map(|s| s.0));
        let ends = PyList::new_bound(py, spans.iter().map(|s| s.1));
        let names = owned_list(py, tags.iter().map(|t| self.tag_strings[*t as usize].clone_ref(py)).collect())?;
        let texts = owned_list(py, texts)?;
        let lowers = owned_list(py, lowers)?;
        Ok(pyo3::types::PyTuple::new_bound(py, [starts.into_any(), ends.into_any(), names.into_any(), texts.into_any(), lowers.into_any()]))
    }

    /// The lexicon's tag for `word`, or None.
    fn lexicon_tag(&self, py: Python<'_>, word: &str) -> Option<Py<PyString>> {
        self.lexicon.get(py, word).map(|t| self.tag_strings[t as usize].clone_ref(py))
    }

    /// The lexicon as bytes, to build the next tagger from instead of the file's text.
    fn lexicon_tables<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new_bound(py, &self.lexicon.to_bytes(py, &self.tags.names))
    }

    /// How many words the lexicon lists.
    fn lexicon_size(&self) -> usize {
        self.lexicon.len()
    }
}
