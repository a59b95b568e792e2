//! One small stable sort for the engine's tables and short lists.
//!
//! The standard library's sorts are fast but large, and every element type and key
//! closure gets its own copy: 11 call sites cost about 50 KB of wasm. This heapsort of
//! indices is a few hundred bytes a copy, O(n log n) with no worst case, and stable (ties
//! keep their order). The one hot sort (the report's candidates) keeps the standard one.

/// Sorts `v` by `key`, keeping the order of equal keys.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    {
        let v = &*v;
        let mut less = |a: u32, b: u32| (key(&v[a as usize]), a) < (key(&v[b as usize]), b);
        heapsort(&mut order, &mut less);
    }
    permute(v, &mut order);
}

fn heapsort(a: &mut [u32], less: &mut impl FnMut(u32, u32) -> bool) {
    let n = a.len();
    let mut sift = |a: &mut [u32], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(a[child], a[child + 1]) {
            child += 1;
        }
        if !less(a[root], a[child]) {
            break;
        }
        a.swap(root, child);
        root = child;
    };
    for i in (0..n / 2).rev() {
        sift(a, i, n);
    }
    for end in (1..n).rev() {
        a.swap(0, end);
        sift(a, 0, end);
    }
}

/// Puts `v[order[k]]` at position `k`, following each cycle once.
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for i in 0..order.len() {
        if order[i] == u32::MAX {
            continue;
        }
        let mut j = i;
        loop {
            let k = order[j] as usize;
            order[j] = u32::MAX;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed: u64 = 12345;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
