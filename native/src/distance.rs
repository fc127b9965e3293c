//! Levenshtein distance between two strings, by Unicode code point (as rapidfuzz's
//! `Levenshtein.distance` counts them): the near-miss comparisons of names, ranks and ridings
//! without importing rapidfuzz's 48 modules into a one-file check.

use pyo3::prelude::*;

/// Insertions, deletions and substitutions that turn `a` into `b`; with `score_cutoff`, any distance
/// above it is answered as `score_cutoff + 1` (as rapidfuzz answers), found as soon as every
/// cell of a row passes it.
#[pyfunction]
#[pyo3(signature = (a, b, score_cutoff=None))]
pub(crate) fn levenshtein(a: &str, b: &str, score_cutoff: Option<usize>) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let limit = score_cutoff.unwrap_or(usize::MAX - 1);
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut lowest = row[0];
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let cost = if ca == cb { diagonal } else { diagonal.min(above).min(row[j]) + 1 };
            diagonal = above;
            row[j + 1] = cost;
            lowest = lowest.min(cost);
        }
        if lowest > limit {
            return limit + 1;
        }
    }
    row[b.len()].min(limit + 1)
}
