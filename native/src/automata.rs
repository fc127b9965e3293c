//! A trigger pattern's matcher, kept so that a fresh process need not compile it again.
//!
//! `regex`'s meta engine compiles each pattern in every process (the 68 patterns of mtqa's
//! rules: ~8 ms, ~68 M instructions, on the scanner's own thread), then builds its lazy DFA's
//! states while the first text is read. A full DFA pair (`regex-automata`: a forward DFA for
//! where a match ends, a reverse one for where it starts) finds the same leftmost-first
//! matches, and can be kept as bytes: the scanner's cache entry holds them (`Scanner::to_bytes`)
//! and a scanner read back (`from_bytes`) checks and copies them instead of compiling.
//!
//! A pattern keeps `regex`'s engine when no DFA can be made of it (a Unicode word boundary
//! `\b`, which full DFAs do not support; a DFA over `LIMIT` bytes), when its kept bytes are
//! refused by `regex-automata`'s own checks, and for any search a DFA reports it cannot finish
//! (none of these patterns can give one: no quit bytes are set): it is compiled then, and finds
//! what it always found.

use regex::{Regex, RegexBuilder};
use regex_automata::dfa::{dense, regex::Regex as DfaRegex};
use regex_automata::dfa::Automaton;
use regex_automata::util::{iter::Searcher, syntax};
use regex_automata::{Anchored, Input, Match, MatchError};
use std::sync::OnceLock;

/// The most bytes one DFA (forward or reverse) of a kept pattern may take; a pattern whose
/// DFA would be larger keeps `regex`'s engine. Every one of mtqa's patterns fits (the largest
/// pair is ~0.9 MB; the 65 pairs ~6.8 MB): kept whole, a large pair still cost less to read
/// back (its checks, a copy) than its pattern to compile and its lazy DFA to fill on the first
/// text (with only the pairs under 0.2 MB kept, a check of a 1,400-word story counted ~10 M
/// instructions more than with all of them).
const LIMIT: usize = 2 << 20;

type Dense = dense::DFA<Vec<u32>>;

/// A pattern as its trigger declared it: the expression and whether case is ignored.
pub(crate) struct Source {
    pub(crate) pattern: String,
    pub(crate) ignorecase: bool,
}

/// One pattern's matcher: a DFA pair, or `regex`'s engine (compiled on first need when the
/// pair is there: only a failed DFA search needs it).
pub(crate) struct Matcher {
    source: Source,
    dfa: Option<DfaRegex<Dense>>,
    meta: OnceLock<Result<Regex, String>>,
}

impl Matcher {
    /// `regex`'s engine for `source`, compiled now (an invalid pattern is an error here).
    pub(crate) fn compiled(source: Source) -> Result<Matcher, String> {
        let meta = OnceLock::new();
        let _ = meta.set(Ok(meta_regex(&source)?));
        Ok(Matcher { source, dfa: None, meta })
    }

    /// The DFA pair kept as `dfa_bytes` gave it (as `words`), or, when there is none or it is
    /// refused, `regex`'s engine for `source`.
    pub(crate) fn loaded(source: Source, kept: Option<&(Vec<u32>, Vec<u32>)>) -> Result<Matcher, String> {
        match kept.and_then(|(fwd, rev)| Some(DfaRegex::builder().build_from_dfas(load(fwd)?, load(rev)?))) {
            Some(dfa) => Ok(Matcher { source, dfa: Some(dfa), meta: OnceLock::new() }),
            None => Matcher::compiled(source),
        }
    }

    /// "dfa" when this pattern is matched by its DFA pair, else "regex".
    pub(crate) fn engine(&self) -> &'static str {
        if self.dfa.is_some() {
            "dfa"
        } else {
            "regex"
        }
    }

    /// The DFA pair to keep for this pattern, as two runs of little-endian u32 (this matcher's
    /// own, else one built from `source`), or None when it has none (see the module's note).
    pub(crate) fn dfa_bytes(&self) -> Option<(Vec<u8>, Vec<u8>)> {
        let built;
        let dfa = match &self.dfa {
            Some(dfa) => dfa,
            None => {
                built = build_dfa(&self.source)?;
                &built
            }
        };
        let bytes = |d: &Dense| {
            let (buf, pad) = d.to_bytes_little_endian();
            buf[pad..].to_vec()
        };
        Some((bytes(dfa.forward()), bytes(dfa.reverse())))
    }

    /// Every non-empty leftmost-first match of the pattern in `text`, as byte offsets.
    pub(crate) fn matches(&self, text: &str) -> Result<Vec<(usize, usize)>, String> {
        if let Some(dfa) = &self.dfa {
            let mut found = Vec::new();
            let mut searcher = Searcher::new(Input::new(text));
            loop {
                match searcher.try_advance(|input| leftmost_first(dfa, input)) {
                    Ok(Some(m)) if m.end() > m.start() => found.push((m.start(), m.end())),
                    Ok(Some(_)) => {}
                    Ok(None) => return Ok(found),
                    Err(_) => break, // a search the DFA cannot finish: the engine's answer instead
                }
            }
        }
        let meta = self.meta.get_or_init(|| meta_regex(&self.source)).as_ref().map_err(|e| e.clone())?;
        Ok(meta.find_iter(text).filter(|m| m.end() > m.start()).map(|m| (m.start(), m.end())).collect())
    }
}

/// The next match of `dfa` in `input`, as `regex_automata::dfa::regex::Regex::try_search`
/// finds it, except that a reverse DFA that disagrees with the forward one (a pair that
/// passed the checks but was not made together) is an error, not a panic.
fn leftmost_first(dfa: &DfaRegex<Dense>, input: &Input<'_>) -> Result<Option<Match>, MatchError> {
    let Some(end) = dfa.forward().try_search_fwd(input)? else { return Ok(None) };
    if input.start() == end.offset() || dfa.forward().is_always_start_anchored() {
        return Ok(Some(Match::new(end.pattern(), input.start()..end.offset())));
    }
    let back = input.clone().span(input.start()..end.offset()).anchored(Anchored::Yes).earliest(false);
    match dfa.reverse().try_search_rev(&back)? {
        Some(start) if start.pattern() == end.pattern() && start.offset() <= end.offset() => {
            Ok(Some(Match::new(end.pattern(), start.offset()..end.offset())))
        }
        _ => Err(MatchError::gave_up(end.offset())),
    }
}

fn meta_regex(source: &Source) -> Result<Regex, String> {
    RegexBuilder::new(&source.pattern).case_insensitive(source.ignorecase).build().map_err(|e| e.to_string())
}

/// The DFA pair of `source`, the same leftmost-first matches as `regex`'s (None: see the
/// module's note).
fn build_dfa(source: &Source) -> Option<DfaRegex<Dense>> {
    DfaRegex::builder()
        .syntax(syntax::Config::new().case_insensitive(source.ignorecase))
        .dense(dense::Config::new().dfa_size_limit(Some(LIMIT)).determinize_size_limit(Some(2 * LIMIT)))
        .build(&source.pattern)
        .ok()
}

/// A DFA from the words `dfa_bytes` wrote, checked by `regex-automata` (layout, version,
/// endianness and every transition), or None when refused or not all of `words` is used.
fn load(words: &[u32]) -> Option<Dense> {
    // SAFETY: a u32 slice seen as its bytes (any bit pattern is a valid u8, alignment 4 kept).
    let bytes = unsafe { std::slice::from_raw_parts(words.as_ptr().cast::<u8>(), std::mem::size_of_val(words)) };
    let (dfa, used) = dense::DFA::from_bytes(bytes).ok()?;
    (used == bytes.len()).then(|| dfa.to_owned())
}

/// `bytes` as u32 words (native order: a DFA's words are little-endian bytes on the machines
/// it is read on, which `from_bytes` checks), so that they are aligned as `load` needs; None
/// when their length is not a multiple of four.
pub(crate) fn words(bytes: &[u8]) -> Option<Vec<u32>> {
    if bytes.len() % 4 != 0 {
        return None;
    }
    let n = bytes.len() / 4;
    let mut words: Vec<u32> = Vec::with_capacity(n);
    // SAFETY: `words` has room for exactly `bytes.len()` bytes, which do not overlap them, and
    // every one of its `n` words is written before its length is set (one copy, no zeroing).
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), words.as_mut_ptr().cast::<u8>(), bytes.len());
        words.set_len(n);
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(pattern: &str, ignorecase: bool) -> Source {
        Source { pattern: pattern.to_string(), ignorecase }
    }

    fn kept(pattern: &str, ignorecase: bool) -> (Vec<u32>, Vec<u32>) {
        let (fwd, rev) = Matcher::compiled(source(pattern, ignorecase)).unwrap().dfa_bytes().unwrap();
        (words(&fwd).unwrap(), words(&rev).unwrap())
    }

    fn engine_matches(pattern: &str, ignorecase: bool, text: &str) -> Vec<(usize, usize)> {
        Matcher::compiled(source(pattern, ignorecase)).unwrap().matches(text).unwrap()
    }

    const TEXT: &str = "The the Québec ÉTÉ 21st, 2nd: l’été a An apple — word\u{a0}word. x.y. Ünïcödé 字字";

    #[test]
    fn a_kept_pair_finds_what_the_engine_finds() {
        for (p, ic) in [(r"\p{L}+", false), (r"[Tt]he \p{Lu}", false), (r"the", true), (r"\d(?:st|nd)", false),
                        (r"[^\x00-\x7F]{2}", false), (r"x?", false), (r"é+", true), (r"^\w+", false)] {
            let m = Matcher::loaded(source(p, ic), Some(&kept(p, ic))).unwrap();
            assert_eq!(m.engine(), "dfa", "{p}");
            assert_eq!(m.matches(TEXT).unwrap(), engine_matches(p, ic, TEXT), "{p}");
        }
    }

    #[test]
    fn a_unicode_word_boundary_keeps_the_engine() {
        assert!(Matcher::compiled(source(r"\bthe\b", true)).unwrap().dfa_bytes().is_none());
        let m = Matcher::loaded(source(r"\bthe\b", true), None).unwrap();
        assert_eq!((m.engine(), m.matches(TEXT).unwrap()), ("regex", engine_matches(r"\bthe\b", true, TEXT)));
    }

    #[test]
    fn refused_words_fall_back_to_the_engine() {
        let p = r"[Tt]he \p{Lu}\p{Ll}+";
        let (fwd, rev) = kept(p, false);
        let mut label = fwd.clone();
        label[0] ^= 0x5a; // the label regex-automata checks first
        for bad in [(label, rev.clone()), (fwd[..fwd.len() - 1].to_vec(), rev.clone()), (Vec::new(), rev.clone())] {
            let m = Matcher::loaded(source(p, false), Some(&bad)).unwrap();
            assert_eq!((m.engine(), m.matches(TEXT).unwrap()), ("regex", engine_matches(p, false, TEXT)));
        }
    }

    #[test]
    fn damaged_or_mismatched_words_never_panic() {
        // A flipped word that regex-automata's checks let through can only change what is
        // found (the scanner's blob checksum keeps such words out); it must never panic. A
        // forward DFA paired with another pattern's reverse one gives the engine's answer.
        let p = r"[Tt]he \p{Lu}\p{Ll}+";
        let (fwd, rev) = kept(p, false);
        let (other_fwd, _) = kept("Québec|the", false);
        let m = Matcher::loaded(source(p, false), Some(&(other_fwd, rev.clone()))).unwrap();
        assert_eq!(m.matches(TEXT).unwrap(), engine_matches(p, false, TEXT));
        for at in (0..fwd.len()).step_by(fwd.len() / 200 + 1) {
            let mut bad = fwd.clone();
            bad[at] ^= 0x0101_0101;
            let _ = Matcher::loaded(source(p, false), Some(&(bad, rev.clone()))).unwrap().matches(TEXT);
        }
    }
}
