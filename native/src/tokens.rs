//! The runs of letters and digits of paragraphs (`mtqa.segment`'s `[\p{L}\p{N}]+`, which
//! `Paragraph.token_spans` holds), found for many paragraphs in one call: the scanner's
//! caller hands them to the paragraphs instead of running Python's `regex` over each again.
//! Which characters count is asked of Python (`CharClasses`), so the spans are those of
//! Python's `regex` whatever Unicode version this library was built with.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::chars::CharClasses;

#[pyclass(module = "mtqa._native", frozen)]
pub(crate) struct Tokeniser {
    classes: CharClasses, // nonzero: a character of a token
}

#[pymethods]
impl Tokeniser {
    /// `is_token_char`: a function of one character, nonzero when it belongs to a token.
    #[new]
    fn new(py: Python<'_>, is_token_char: Py<PyAny>) -> PyResult<Tokeniser> {
        Ok(Tokeniser { classes: CharClasses::new(py, is_token_char)? })
    }

    /// The token spans of the paragraphs joined in `text`, each followed by one separator
    /// character (`lengths`: the paragraphs' lengths in characters). Returns two byte strings
    /// of little-endian u32: every paragraph's spans as (start, end) pairs, offsets into their
    /// paragraph, in order; and where each paragraph's pairs begin, then their count.
    fn paragraph_spans<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        lengths: Vec<u32>,
    ) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
        let mut spans: Vec<u8> = Vec::with_capacity(text.len());
        let mut bounds: Vec<u8> = Vec::with_capacity(4 * (lengths.len() + 1));
        let mut pairs = 0u32;
        bounds.extend_from_slice(&pairs.to_le_bytes());
        let mut chars = text.chars();
        let short = || PyValueError::new_err("the paragraphs' lengths run past the text");
        for (k, &n) in lengths.iter().enumerate() {
            if k > 0 {
                chars.next().ok_or_else(short)?; // the separator
            }
            let mut start: Option<u32> = None;
            for i in 0..n {
                let c = chars.next().ok_or_else(short)?;
                let inside = self.classes.of(py, c)? != 0;
                match (inside, start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        spans.extend_from_slice(&s.to_le_bytes());
                        spans.extend_from_slice(&i.to_le_bytes());
                        pairs += 1;
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                spans.extend_from_slice(&s.to_le_bytes());
                spans.extend_from_slice(&n.to_le_bytes());
                pairs += 1;
            }
            bounds.extend_from_slice(&pairs.to_le_bytes());
        }
        Ok((PyBytes::new_bound(py, &spans), PyBytes::new_bound(py, &bounds)))
    }
}
