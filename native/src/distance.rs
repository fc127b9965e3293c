//! Levenshtein distance between two strings, by Unicode code point (as rapidfuzz's
//! `Levenshtein.distance` counts them), from the `strsim` crate: the near-miss comparisons of
//! names, ranks and ridings without importing rapidfuzz's 48 modules into a one-file check.

use pyo3::prelude::*;

/// Insertions, deletions and substitutions that turn `a` into `b`; with `score_cutoff`, any distance
/// above it is answered as `score_cutoff + 1`, as rapidfuzz answers (two lengths further apart
/// than the cutoff are answered without counting).
#[pyfunction]
#[pyo3(signature = (a, b, score_cutoff=None))]
pub(crate) fn levenshtein(a: &str, b: &str, score_cutoff: Option<usize>) -> usize {
    let cap = |d: usize| match score_cutoff {
        Some(limit) if d > limit => limit + 1,
        _ => d,
    };
    if let Some(limit) = score_cutoff {
        if a.chars().count().abs_diff(b.chars().count()) > limit {
            return limit + 1;
        }
    }
    cap(strsim::levenshtein(a, b))
}
