//! A small, fast hasher for the analysis's own maps and sets of short keys
//! (words, lines). The standard SipHash resists hash flooding, which a map
//! built and dropped within one analysis of one text has no need of; this
//! multiply-rotate hash (as in rustc's FxHash) is several times cheaper on a
//! short word.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher state: one word, mixed in eight bytes at a time.
#[derive(Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(padded(rest));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// One to seven bytes as the little-endian word of them followed by zeros,
/// read as two overlapping loads: copying them into eight zero bytes costs a
/// call to `memcpy` a key, most keys being short words.
fn padded(rest: &[u8]) -> u64 {
    let n = rest.len();
    let pair = |lo: u64, hi: u64, width: usize| lo | hi << (8 * (n - width));
    if n >= 4 {
        let lo = u32::from_le_bytes(rest[..4].try_into().expect("four bytes"));
        let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("four bytes"));
        pair(lo.into(), hi.into(), 4)
    } else if n >= 2 {
        let lo = u16::from_le_bytes(rest[..2].try_into().expect("two bytes"));
        let hi = u16::from_le_bytes(rest[n - 2..].try_into().expect("two bytes"));
        pair(lo.into(), hi.into(), 2)
    } else {
        rest[0].into()
    }
}

/// A map hashed with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A set hashed with [`FastHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_short_keys_apart() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "eight by",
            "eight bytes",
            "nine bytes!",
        ];
        let set: FastSet<&str> = words.iter().copied().collect();
        assert_eq!(set.len(), words.len());
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("b"));
        let mut map: FastMap<String, usize> = FastMap::default();
        *map.entry("x".to_string()).or_default() += 2;
        assert_eq!(map["x"], 2);
    }

    #[test]
    fn pads_the_last_bytes_with_zeros() {
        let bytes = *b"abcdefg";
        for n in 1..=7 {
            let mut last = [0u8; 8];
            last[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(padded(&bytes[..n]), u64::from_le_bytes(last), "{n}");
        }
    }
}
