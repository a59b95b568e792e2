//! `check` and `redact` on any bytes: the first byte picks the preset, teen mode,
//! direction and whether the rest carries history (messages after U+0001 separators);
//! the rest, read as UTF-8 with invalid bytes replaced, is the message. Every report must
//! keep the invariants of `tests/support/invariants.rs`; a panic or an assertion is a bug.
#![no_main]

#[path = "../../support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use sendsafe::detect::Direction;
use sendsafe::{CheckOptions, Filter, FilterOptions, Preset};
use std::sync::OnceLock;

fn filters() -> &'static [Filter] {
    static FILTERS: OnceLock<Vec<Filter>> = OnceLock::new();
    FILTERS.get_or_init(|| {
        Preset::ALL
            .iter()
            .map(|&p| {
                let options = FilterOptions {
                    preset: Some(p),
                    ..Default::default()
                };
                Filter::with_options(options).expect("a preset makes a filter")
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (message, history) = if mode & 8 != 0 {
        let mut parts = text.split('\u{1}');
        let message = parts.next().unwrap_or_default();
        (message, Some(parts.take(8).map(str::to_owned).collect()))
    } else {
        (&*text, None)
    };
    let options = CheckOptions {
        teen: Some(mode & 1 != 0),
        direction: Some(if mode & 2 != 0 {
            Direction::Incoming
        } else {
            Direction::Outgoing
        }),
        history,
    };
    let filter = &filters()[usize::from(mode >> 4) % Preset::ALL.len()];
    invariants::check_invariants(filter, message, &options);
});
