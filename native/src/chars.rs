//! What Python says of a character, for native code that must split text exactly as mtqa's
//! Python does: a function of the character handed over from Python (its classes as bits,
//! say `regex`'s \p{L} or \s), asked once per character outside ASCII and remembered, so
//! that both sides agree whatever Unicode version each was built with.

use std::collections::HashMap;
use std::sync::Mutex;

use pyo3::prelude::*;

/// What Python says of each character (ASCII up front, the rest asked once and remembered).
pub(crate) struct CharClasses {
    ascii: [u16; 128],
    others: Mutex<HashMap<char, u16>>,
    classify: Py<PyAny>,
}

impl CharClasses {
    pub(crate) fn new(py: Python<'_>, classify: Py<PyAny>) -> PyResult<CharClasses> {
        let mut ascii = [0u16; 128];
        for (i, slot) in ascii.iter_mut().enumerate() {
            *slot = classify.call1(py, ((i as u8 as char).to_string(),))?.extract(py)?;
        }
        Ok(CharClasses { ascii, others: Mutex::new(HashMap::new()), classify })
    }

    /// Inlined where it is called (a loop over every character of a text): an ASCII
    /// character is one lookup, not a call.
    #[inline]
    pub(crate) fn of(&self, py: Python<'_>, c: char) -> PyResult<u16> {
        if c.is_ascii() {
            return Ok(self.ascii[c as usize]);
        }
        self.other(py, c)
    }

    #[inline(never)]
    fn other(&self, py: Python<'_>, c: char) -> PyResult<u16> {
        if let Some(f) = self.others.lock().unwrap().get(&c) {
            return Ok(*f);
        }
        let f: u16 = self.classify.call1(py, (c.to_string(),))?.extract(py)?;
        self.others.lock().unwrap().insert(c, f);
        Ok(f)
    }
}
