//! One small stable sort for the engine's tables and short lists.
//!
//! The standard library's sorts are fast but large, and every element type and key
//! closure gets its own copy: 11 call sites cost about 50 KB of wasm. This merge sort of
//! indices exists once (callers pass their comparison as a `dyn` closure), is O(n log n)
//! with no worst case, linear on runs already in order, and stable (ties keep their order).

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
        merge_sort(&mut order, &mut less);
    }
    permute(&mut order, &mut |i, j| v.swap(i, j));
}

/// Sorts indices by `less` (a strict order: ties are broken by index), merging the runs
/// already in order, so text the detectors report left to right costs about one pass.
/// Not generic: one copy serves every caller, which only brings its comparison.
fn merge_sort(a: &mut Vec<u32>, less: &mut dyn FnMut(u32, u32) -> bool) {
    let n = a.len();
    // Where each run in order starts, and the end.
    let mut runs: Vec<usize> = vec![0];
    for i in 1..n {
        if less(a[i], a[i - 1]) {
            runs.push(i);
        }
    }
    runs.push(n);
    let mut buf = vec![0u32; n];
    while runs.len() > 2 {
        let mut merged = vec![0];
        for pair in runs.windows(3).step_by(2) {
            let (lo, mid, hi) = (pair[0], pair[1], pair[2]);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut buf[lo..hi] {
                // The left run wins ties: equal keys keep their order.
                if j == hi || (i < mid && !less(a[j], a[i])) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
            merged.push(hi);
        }
        // A last run with no partner this round stays as it is.
        let done = merged[merged.len() - 1];
        if done < n {
            buf[done..].copy_from_slice(&a[done..]);
            merged.push(n);
        }
        std::mem::swap(a, &mut buf);
        runs = merged;
    }
}

/// Puts the item at `order[k]` at position `k`, following each cycle once; `swap`
/// exchanges two positions.
fn permute(order: &mut [u32], swap: &mut dyn FnMut(usize, usize)) {
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
            swap(j, k);
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
