//! Policy documents from any bytes: reading one never panics; one that reads must make a
//! filter or give an error, and that filter's reports keep the invariants on a message
//! with something for most rules.
#![no_main]

#[path = "../../support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use sendsafe::{CheckOptions, Filter, FilterOptions, Policy};

const MESSAGE: &str = "mail ana@example.com or call +44 20 7946 0958, IBAN DE89 3704 0044 \
    0532 0130 00, see bit.ly/abc and paypa1.com/login, send me the 6-digit code";

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = Policy::from_json(json) else {
        return;
    };
    let options = FilterOptions {
        policy: Some(policy),
        ..Default::default()
    };
    if let Ok(filter) = Filter::with_options(options) {
        for teen in [false, true] {
            let options = CheckOptions {
                teen: Some(teen),
                ..Default::default()
            };
            invariants::check_invariants(&filter, MESSAGE, &options);
        }
    }
});
