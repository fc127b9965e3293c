//! Unicode character classes (letters, letters and digits, capitals) as sorted ranges, made by
//! `regex-syntax` from the same class syntax and tables `regex` uses: parsing a class costs a
//! few microseconds where compiling it as a regular expression cost ~0.1 ms each, and a
//! binary search answers for one character without a regex search.

use regex_syntax::hir::{Class, HirKind};

pub(crate) struct CharClass {
    ranges: Vec<(char, char)>, // sorted, disjoint
}

impl CharClass {
    /// The class written as `class` (such as `[\p{L}\p{N}]`); panics on anything else, which
    /// only a mistake in this library's own constants would give.
    pub(crate) fn new(class: &str) -> CharClass {
        let hir = regex_syntax::parse(class).expect("a valid class");
        let HirKind::Class(Class::Unicode(set)) = hir.kind() else { panic!("not a Unicode class: {class}") };
        CharClass { ranges: set.ranges().iter().map(|r| (r.start(), r.end())).collect() }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        let at = self.ranges.partition_point(|&(_, end)| end < c);
        self.ranges.get(at).is_some_and(|&(start, _)| start <= c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn every_character_is_answered_as_the_regex_answers() {
        for class in [r"[\p{L}\p{N}]", r"\p{L}", r"\p{Lu}"] {
            let ranges = CharClass::new(class);
            let re = Regex::new(&format!("^{class}")).unwrap();
            let mut buf = [0u8; 4];
            for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
                assert_eq!(ranges.contains(c), re.is_match(c.encode_utf8(&mut buf)), "{class} {c:?}");
            }
        }
    }
}
