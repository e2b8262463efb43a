//! A small, fast hasher for the analysis's own maps and sets of short keys
//! (words, lines). The standard SipHash resists hash flooding, which a map
//! built and dropped within one analysis of one text has no need of; this
//! multiply-rotate hash (as in rustc's FxHash) is several times cheaper on a
//! short word.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Index;

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

/// Values found by key: the values in a `Vec`, and a [`FastMap`] of their
/// positions by key. The map's type depends on the key's alone, so that the
/// tables of every value type share one copy of the hash table's code in the
/// wasm (each `HashMap<K, V>` has its own insert, look-up and growth).
#[derive(Debug, Clone)]
pub struct Table<K, V> {
    positions: FastMap<K, usize>,
    values: Vec<V>,
}

impl<K, V> Default for Table<K, V> {
    fn default() -> Self {
        Table {
            positions: FastMap::default(),
            values: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, V> Table<K, V> {
    /// An empty table with room for `n` keys.
    pub fn with_capacity(n: usize) -> Self {
        Table {
            positions: FastMap::with_capacity_and_hasher(n, Default::default()),
            values: Vec::with_capacity(n),
        }
    }

    /// The value of `key`, if any.
    #[inline]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.positions.get(key).map(|&at| &self.values[at])
    }

    /// The value of `key` to change, if any.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.positions.get(key).map(|&at| &mut self.values[at])
    }

    /// True when `key` has a value.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.positions.contains_key(key)
    }

    /// The value of `key`, made by `value` first if the key has none.
    pub fn or_insert_with(&mut self, key: K, value: impl FnOnce() -> V) -> &mut V {
        let next = self.values.len();
        let at = *self.positions.entry(key).or_insert(next);
        if at == next {
            self.values.push(value());
        }
        &mut self.values[at]
    }

    /// Where the value of `key` is in [`Table::values`], made by `value` first
    /// if the key has none.
    pub fn position_or_insert_with(&mut self, key: K, value: impl FnOnce() -> V) -> usize {
        let next = self.values.len();
        let at = *self.positions.entry(key).or_insert(next);
        if at == next {
            self.values.push(value());
        }
        at
    }

    /// Sets the value of `key`, and returns the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let next = self.values.len();
        let at = *self.positions.entry(key).or_insert(next);
        if at == next {
            self.values.push(value);
            None
        } else {
            Some(std::mem::replace(&mut self.values[at], value))
        }
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when no key has a value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The keys, in the map's order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.positions.keys()
    }

    /// The keys and their values, in the map's order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.positions.iter().map(|(k, &at)| (k, &self.values[at]))
    }

    /// The values, in the order of their keys' first insertion.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// The values to change, in the order of their keys' first insertion.
    pub fn values_mut(&mut self) -> &mut [V] {
        &mut self.values
    }

    /// The values, in the order of their keys' first insertion.
    pub fn into_values(self) -> Vec<V> {
        self.values
    }

    /// Keeps the keys that `keep` accepts and their values, in their order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        let mut kept = vec![false; self.values.len()];
        self.positions.retain(|key, &mut at| {
            kept[at] = keep(key);
            kept[at]
        });
        // Each kept value moves down by the number of values dropped before it.
        let mut moved_to = Vec::with_capacity(kept.len());
        let mut next = 0;
        for &k in &kept {
            moved_to.push(next);
            next += usize::from(k);
        }
        for at in self.positions.values_mut() {
            *at = moved_to[*at];
        }
        let mut at = 0;
        self.values.retain(|_| {
            at += 1;
            kept[at - 1]
        });
    }
}

/// A set hashed with [`FastHasher`]: a map of its keys to a value never read,
/// so that it shares the tables' map type (`FastMap<K, usize>`, see [`Table`])
/// and its code in the wasm rather than adding a `HashSet`'s.
#[derive(Debug, Clone)]
pub struct FastSet<T>(FastMap<T, usize>);

impl<T> Default for FastSet<T> {
    fn default() -> Self {
        FastSet(FastMap::default())
    }
}

impl<T: Hash + Eq> FastSet<T> {
    /// An empty set with room for `n` keys.
    pub fn with_capacity(n: usize) -> Self {
        FastSet(FastMap::with_capacity_and_hasher(n, Default::default()))
    }

    /// True when the set holds `key`.
    #[inline]
    pub fn contains<Q>(&self, key: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.contains_key(key)
    }

    /// The set's own copy of `key`, if it holds it.
    pub fn get<Q>(&self, key: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.get_key_value(key).map(|(key, _)| key)
    }

    /// Adds `key`; true when it was not in the set.
    #[inline]
    pub fn insert(&mut self, key: T) -> bool {
        self.0.insert(key, 0).is_none()
    }

    /// How many keys the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set holds none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The keys, in the map's order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.keys()
    }
}

impl<T: Hash + Eq> Extend<T> for FastSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, keys: I) {
        self.0.extend(keys.into_iter().map(|key| (key, 0)));
    }
}

impl<T: Hash + Eq> FromIterator<T> for FastSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(keys: I) -> Self {
        let mut set = FastSet::default();
        set.extend(keys);
        set
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for Table<K, V> {
    /// The table of the pairs, a later value of a key replacing an earlier one.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let pairs = pairs.into_iter();
        let mut table = Table::with_capacity(pairs.size_hint().0);
        for (key, value) in pairs {
            table.insert(key, value);
        }
        table
    }
}

impl<K, V, Q> Index<&Q> for Table<K, V>
where
    K: Hash + Eq + Borrow<Q>,
    Q: Hash + Eq + ?Sized,
{
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("a key of the table")
    }
}

/// Words of 1 to 16 bytes with a value each, for a look-up of every word of a
/// text: a word is packed into one number, so that a look-up hashes and
/// compares that number rather than the word's bytes. Longer words are not
/// held. The words hold no zero byte (they are runs of word characters): a
/// zero byte would be taken for the padding after a word.
#[derive(Debug, Clone)]
pub struct PackedWords<V> {
    /// Open addressing: each word's number at the slot of its hash or the next
    /// free one after it; 0 for a free slot.
    keys: Vec<u128>,
    values: Vec<V>,
    /// The bits of the slot count, taken from the top of the hash.
    shift: u32,
}

impl<V: Copy + Default> PackedWords<V> {
    /// The longest word held.
    pub const LONGEST: usize = 16;

    /// The table of `words`; words longer than [`PackedWords::LONGEST`] are
    /// left out. Inlined, as are the look-up's parts: a function more
    /// renumbers the wasm's others, and its gzipped size grows.
    #[inline(always)]
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, V)>) -> Self {
        let words: Vec<(&str, V)> = words.into_iter().collect();
        // Three slots or more a word keep most look-ups to one slot.
        let slots = (words.len() * 3).next_power_of_two().max(2);
        let mut table = PackedWords {
            keys: vec![0; slots],
            values: vec![V::default(); slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for (word, value) in words {
            if let Some(key) = pack(word.as_bytes()) {
                let mut at = table.slot(key);
                while table.keys[at] != 0 && table.keys[at] != key {
                    at = (at + 1) % slots;
                }
                table.keys[at] = key;
                table.values[at] = value;
            }
        }
        table
    }

    /// The value of `word`, None for a word the table does not hold.
    #[inline(always)]
    pub fn get(&self, word: &[u8]) -> Option<V> {
        let key = pack(word)?;
        let mut at = self.slot(key);
        loop {
            match *self.keys.get(at)? {
                k if k == key => return Some(self.values[at]),
                0 => return None,
                _ => at = (at + 1) % self.keys.len(),
            }
        }
    }

    #[inline(always)]
    fn slot(&self, key: u128) -> usize {
        let (low, high) = (key as u64, (key >> 64) as u64);
        let hash = (low ^ high.rotate_left(29)).wrapping_mul(SEED);
        (hash >> self.shift) as usize
    }
}

/// A word of 1 to 16 bytes as the little-endian number of them followed by
/// zeros: with no zero byte in it, the number tells the word.
#[inline(always)]
fn pack(word: &[u8]) -> Option<u128> {
    match word.len() {
        1..=8 => Some(padded(word).into()),
        9..=16 => {
            let low = u64::from_le_bytes(word[..8].try_into().expect("eight bytes"));
            Some(u128::from(low) | u128::from(padded(&word[8..])) << 64)
        }
        _ => None,
    }
}

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
    fn packed_words_hold_the_words_of_up_to_sixteen_bytes() {
        let words = [
            "a",
            "ab",
            "ba",
            "eight by",
            "sixteen bytes ok",
            "seventeen bytes!!",
        ];
        let table = PackedWords::new(words.iter().zip(1..).map(|(&w, v)| (w, v)));
        for (&word, value) in words[..5].iter().zip(1..) {
            assert_eq!(table.get(word.as_bytes()), Some(value), "{word}");
        }
        for word in ["", "b", "eight b", "eight byt", "seventeen bytes!!"] {
            assert_eq!(table.get(word.as_bytes()), None, "{word}");
        }
        // Words whose slots meet are found past each other.
        let many: Vec<String> = (0..100).map(|n| format!("w{n}")).collect();
        let table = PackedWords::new(many.iter().map(|w| (w.as_str(), w.len())));
        assert!(many
            .iter()
            .all(|w| table.get(w.as_bytes()) == Some(w.len())));
        assert_eq!(table.get(b"w100"), None);
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

    #[test]
    fn set_holds_each_key_once() {
        let mut set: FastSet<&str> = ["a", "b", "a"].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert!(!set.insert("b") && set.insert("c"));
        let mut keys: Vec<&str> = set.iter().copied().collect();
        keys.sort_unstable();
        assert_eq!(keys, ["a", "b", "c"]);
    }

    #[test]
    fn table_keeps_one_value_a_key() {
        let mut table: Table<&str, Vec<usize>> = Table::default();
        table.or_insert_with("a", Vec::new).push(1);
        table.or_insert_with("b", Vec::new).push(2);
        table.or_insert_with("a", Vec::new).push(3);
        assert_eq!(table["a"], [1, 3]);
        assert_eq!(table.insert("b", vec![4]), Some(vec![2]));
        assert_eq!(table.insert("c", vec![]), None);
        assert_eq!(table.values(), [vec![1, 3], vec![4], vec![]]);
        assert_eq!(table.len(), 3);
        assert!(table.contains_key("c") && table.get("d").is_none());
        let mut pairs: Table<&str, usize> = [("x", 1), ("y", 2), ("x", 3), ("z", 4)]
            .into_iter()
            .collect();
        assert_eq!((pairs["x"], pairs["y"], pairs.len()), (3, 2, 3));
        pairs.retain(|k| *k != "y");
        assert_eq!((pairs["x"], pairs["z"], pairs.len()), (3, 4, 2));
        assert_eq!(pairs.into_values(), [3, 4]);
    }
}
