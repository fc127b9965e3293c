//! Names what this library is built from, for the header of the blobs it keeps (`src/blob.rs`):
//! the exact versions of the crates whose structures a blob holds (daachorse's automata,
//! regex-automata's DFAs), as Cargo.lock pins them, and a digest of this crate's own sources.
//! A library rebuilt from other sources or crates then refuses a blob an earlier build kept,
//! even where the cache's key (the library file's path, size and time) happens to be the same:
//! a DFA is read back only by the code that compiled its pattern the same way.

use std::fs;
use std::path::Path;

/// FNV-1a, 64 bits: `tests/scan/test_native_build.py` computes it the same way.
fn fnv1a(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// The version Cargo.lock pins for `name` ("unlocked" when it names none).
fn locked(lock: &str, name: &str) -> String {
    let head = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == head {
            if let Some(v) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return v.trim_end_matches('"').to_string();
            }
        }
    }
    "unlocked".to_string()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = vec!["Cargo.toml".into(), "Cargo.lock".into(), "build.rs".into()];
    let mut sources: Vec<String> = fs::read_dir(root.join("src"))
        .expect("native/src")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .map(|n| format!("src/{n}"))
        .collect();
    sources.sort();
    files.extend(sources);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for rel in &files {
        let text = fs::read(root.join(rel)).unwrap_or_default();
        h = fnv1a(h, rel.as_bytes());
        h = fnv1a(h, &[0]);
        h = fnv1a(h, &(text.len() as u64).to_le_bytes());
        h = fnv1a(h, &text);
        println!("cargo:rerun-if-changed={rel}");
    }
    println!("cargo:rerun-if-changed=src");
    let lock = fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
    println!(
        "cargo:rustc-env=MTQA_NATIVE_BUILT_WITH={}+daachorse-{}+regex-automata-{}+sources-{:016x}",
        env!("CARGO_PKG_VERSION"),
        locked(&lock, "daachorse"),
        locked(&lock, "regex-automata"),
        h
    );
}
