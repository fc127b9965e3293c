//! The bytes a built scanner is kept in (mtqa's cache, `mtqa/scan/native_cache.py`): a header
//! naming the layout and this library's version, the fields as little-endian numbers and
//! length-prefixed strings, and a checksum of everything before it. Reading checks all of it,
//! so that a damaged, truncated or foreign blob is an error, never a wrong scanner: the phrase
//! automaton's own reader (daachorse's) checks bounds but not that the automaton is sound.

const MAGIC: &[u8] = b"mtqa-native-scanner\n";
// Bump when the layout or what it holds changes. The header also names what the library was
// built from (build.rs): its version, the exact daachorse and regex-automata (whose automata
// and DFAs a blob holds) Cargo.lock pins, and a digest of the crate's sources, so that a
// rebuilt library refuses what another build kept.
const LAYOUT: u32 = 2;
pub(crate) const BUILT_WITH: &str = env!("MTQA_NATIVE_BUILT_WITH");

/// Builds a blob field by field.
pub(crate) struct Writer {
    out: Vec<u8>,
}

impl Writer {
    pub(crate) fn new() -> Writer {
        let mut w = Writer { out: Vec::with_capacity(1 << 16) };
        w.out.extend_from_slice(MAGIC);
        w.u32(LAYOUT);
        w.bytes(BUILT_WITH.as_bytes());
        w
    }

    pub(crate) fn u8(&mut self, x: u8) {
        self.out.push(x);
    }

    pub(crate) fn u32(&mut self, x: u32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    pub(crate) fn u64(&mut self, x: u64) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    /// A length (u64), then the bytes.
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.out.extend_from_slice(b);
    }

    /// The blob, sealed with its checksum.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        let sum = checksum(&self.out);
        self.u64(sum);
        self.out
    }
}

/// Reads a blob `Writer` made; every read is checked (None when the blob ends or lies).
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader of `blob`'s fields, or None when its checksum, header or version differ.
    pub(crate) fn open(blob: &'a [u8]) -> Option<Reader<'a>> {
        let body_len = blob.len().checked_sub(8)?;
        let (body, sum) = blob.split_at(body_len);
        if u64::from_le_bytes(sum.try_into().ok()?) != checksum(body) {
            return None;
        }
        let mut r = Reader { rest: body.strip_prefix(MAGIC)? };
        if r.u32()? != LAYOUT || r.bytes()? != BUILT_WITH.as_bytes() {
            return None;
        }
        Some(r)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A count of things each at least `least` bytes long: None when the blob cannot hold
    /// that many (so that a damaged count never reserves a huge vector).
    pub(crate) fn count(&mut self, least: usize) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n.checked_mul(least.max(1))? <= self.rest.len()).then_some(n)
    }

    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.u64()?).ok()?;
        self.take(n)
    }

    pub(crate) fn string(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    /// True when every byte has been read.
    pub(crate) fn done(&self) -> bool {
        self.rest.is_empty()
    }
}

/// A 64-bit checksum against accident (a torn or damaged file), not an adversary: four lanes
/// of multiply-rotate over 8-byte words (~1 MB in ~0.1 ms), then the tail and the length.
fn checksum(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut lanes = [0x243F_6A88_85A3_08D3u64, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89];
    let mut blocks = data.chunks_exact(32);
    for block in &mut blocks {
        for (lane, word) in lanes.iter_mut().zip(block.chunks_exact(8)) {
            let w = u64::from_le_bytes(word.try_into().unwrap());
            *lane = (*lane ^ w).wrapping_mul(K).rotate_left(29);
        }
    }
    let mut h = data.len() as u64;
    for lane in lanes {
        h = (h ^ lane).wrapping_mul(K).rotate_left(31);
    }
    for &b in blocks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(17);
    }
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut w = Writer::new();
        w.u32(7);
        w.bytes("héllo".as_bytes());
        w.u8(1);
        w.finish()
    }

    #[test]
    fn reads_back_what_was_written() {
        let blob = sample();
        let mut r = Reader::open(&blob).unwrap();
        assert_eq!(r.u32(), Some(7));
        assert_eq!(r.string(), Some("héllo"));
        assert_eq!(r.u8(), Some(1));
        assert!(r.done());
    }

    #[test]
    fn any_damaged_byte_or_truncation_is_refused() {
        let blob = sample();
        for i in 0..blob.len() {
            let mut bad = blob.clone();
            bad[i] ^= 0x10;
            assert!(Reader::open(&bad).is_none(), "byte {i}");
            assert!(Reader::open(&blob[..i]).is_none(), "cut at {i}");
        }
    }
}
