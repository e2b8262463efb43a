//! Stable sorting with less code. The standard stable sort is compiled anew for
//! each element type and comparison, some 3 KB of wasm each time; these sort the
//! positions of the items through one shared instance, then move the items into
//! that order. The result is the standard stable sort's.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Positions `0..len` sorted stably by `compare`.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves `items` so that position `i` holds the item that was at `order[i]`,
/// following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = [
            "pear", "fig", "apple", "kiwi", "date", "plum", "lime", "fig",
        ];
        for len in 0..=words.len() {
            let mut ours: Vec<(usize, &str)> = words[..len].iter().copied().enumerate().collect();
            let mut standard = ours.clone();
            sort_by_key(&mut ours, |(_, w)| w.len());
            standard.sort_by_key(|(_, w)| w.len());
            assert_eq!(ours, standard);
            sort_by(&mut ours, |a, b| b.1.cmp(a.1));
            standard.sort_by(|a, b| b.1.cmp(a.1));
            assert_eq!(ours, standard);
        }
    }
}
