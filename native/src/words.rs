//! Words as MQM counts them (`mtqa.segment.count_words`: whitespace-separated tokens holding a
//! word character), counted in one pass over the text instead of Python's split and pattern.
//! Which characters are whitespace and which are word characters is asked of Python
//! (`CharClasses`), so the count is Python's whatever Unicode version this library was built with.

use pyo3::prelude::*;

use crate::chars::CharClasses;

const SPACE: u16 = 1; // str.isspace: what str.split() splits at
const WORD: u16 = 2; // re's \w

#[pyclass(module = "mtqa._native", frozen)]
pub(crate) struct WordCounter {
    classes: CharClasses,
}

#[pymethods]
impl WordCounter {
    /// `classify`: a function of one character, its classes as bits (1 whitespace, 2 word).
    #[new]
    fn new(py: Python<'_>, classify: Py<PyAny>) -> PyResult<WordCounter> {
        Ok(WordCounter { classes: CharClasses::new(py, classify)? })
    }

    /// The number of whitespace-separated tokens of `text` that hold a word character.
    fn count(&self, py: Python<'_>, text: &str) -> PyResult<usize> {
        let mut words = 0usize;
        let mut in_token = false;
        let mut has_word = false;
        for c in text.chars() {
            let class = self.classes.of(py, c)?;
            if class & SPACE != 0 {
                words += (in_token && has_word) as usize;
                in_token = false;
                has_word = false;
            } else {
                in_token = true;
                has_word |= class & WORD != 0;
            }
        }
        Ok(words + (in_token && has_word) as usize)
    }
}
