//! The phrase-driven privacy rules in one pass: `privacy.credentials`,
//! `privacy.social_handle` and `privacy.request`.
//!
//! Each rule is its own module with its own table and logic (`credentials.rs`,
//! `social_handle.rs`, `request.rs`); this detector only searches their phrase lists
//! together ([`PhraseSet`]: one automaton walk of the folded view instead of three, which
//! would cost about 5 ms per MB each) and hands each module its matches.

use crate::detect::phrases::PhraseSet;
use crate::detect::privacy::credentials::Credentials;
use crate::detect::privacy::request::Request;
use crate::detect::privacy::social_handle::SocialHandle;
use crate::detect::{Context, Detector, Sink};
use crate::normalize::Normalized;
use crate::RuleId;

/// The credentials, social handle and request detectors, sharing one phrase search.
pub(crate) struct PhraseRules {
    set: PhraseSet,
    credentials: Credentials,
    social: SocialHandle,
    request: Request,
}

impl PhraseRules {
    pub(crate) fn new() -> PhraseRules {
        let credentials = Credentials::new();
        let social = SocialHandle::new();
        let request = Request::new();
        let set = PhraseSet::new(&[credentials.phrases(), social.phrases(), request.phrases()]);
        PhraseRules {
            set,
            credentials,
            social,
            request,
        }
    }
}

impl Detector for PhraseRules {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::PrivacyCredentials,
            RuleId::PrivacySocialHandle,
            RuleId::PrivacyRequest,
        ]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let hits = self.set.find(text.folded().text());
        self.credentials.scan(text, &hits[0], out);
        self.social.scan(text, &hits[1], out);
        self.request.scan(text, &hits[2], out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filters_lose_nothing_on_the_test_data() {
        let rules = PhraseRules::new();
        let mut texts = vec![probe::paste()];
        for entry in std::fs::read_dir("tests/data").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "jsonl") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                        if let Some(t) = v["text"].as_str() {
                            texts.push(t.replace(['⟦', '⟧'], ""));
                            texts.push(t.to_string());
                        }
                    }
                }
            }
        }
        assert!(texts.len() > 100);
        for text in &texts {
            let norm = Normalized::new(text);
            let t = norm.folded().text();
            assert_eq!(rules.set.find(t), rules.set.find_everywhere(t), "{t:?}");
        }
    }
}

#[cfg(test)]
mod probe {
    use super::*;
    use crate::detect::Detector;
    use std::time::Instant;

    pub(crate) fn paste() -> String {
        let src = std::fs::read_to_string("benches/workload/short.jsonl").unwrap();
        let lines: Vec<String> = src
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["text"].as_str().unwrap_or_default().to_string()
            })
            .collect();
        let mut long = String::new();
        let mut i = 0;
        while long.len() < 100_000 {
            long.push_str(&lines[i % lines.len()]);
            long.push('\n');
            i += 1;
        }
        long
    }

    pub(crate) fn best(n: usize, mut f: impl FnMut()) -> f64 {
        f();
        (0..15)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..n {
                    f();
                }
                t.elapsed().as_secs_f64() / n as f64 * 1e6
            })
            .fold(f64::MAX, f64::min)
    }

    #[test]
    #[ignore]
    fn probe_costs() {
        let long = paste();
        let norm = Normalized::new(&long);
        let folded = norm.folded().text().to_string();
        let t0 = Instant::now();
        let pr = PhraseRules::new();
        println!("PhraseRules::new {:?}", t0.elapsed());
        let t0 = Instant::now();
        let em = crate::detect::privacy::email::Email::new();
        println!("Email::new {:?}", t0.elapsed());
        let hits = pr.set.find(&folded);
        println!("hits {} {} {}", hits[0].len(), hits[1].len(), hits[2].len());
        let n = 30;
        println!(
            "find {:.0}",
            best(n, || {
                std::hint::black_box(pr.set.find(&folded));
            })
        );
        println!(
            "keys {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                std::hint::black_box(pr.credentials.keys(norm.raw(), &mut sink));
            })
        );
        println!(
            "cred scan {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                pr.credentials.scan(&norm, &hits[0], &mut sink);
            })
        );
        println!(
            "social scan {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                pr.social.scan(&norm, &hits[1], &mut sink);
            })
        );
        println!(
            "request scan {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                pr.request.scan(&norm, &hits[2], &mut sink);
            })
        );
        let ctx = Context {
            teen: true,
            direction: Default::default(),
            history: &[],
        };
        println!(
            "phrase detect {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                pr.detect(&norm, &ctx, &mut sink);
            })
        );
        println!(
            "email detect {:.0}",
            best(n, || {
                let mut sink = Sink::new(&long);
                em.detect(&norm, &ctx, &mut sink);
            })
        );
    }
}

#[cfg(test)]
mod probe3 {
    use super::*;
    use crate::detect::Detector;

    #[test]
    #[ignore]
    fn probe_one() {
        let long = probe::paste();
        let norm = Normalized::new(&long);
        let what = std::env::var("PROBE").unwrap_or_default();
        let pr = PhraseRules::new();
        let em = crate::detect::privacy::email::Email::new();
        let ctx = Context {
            teen: true,
            direction: Default::default(),
            history: &[],
        };
        for _ in 0..20 {
            let mut sink = Sink::new(&long);
            match what.as_str() {
                "phrase" => pr.detect(&norm, &ctx, &mut sink),
                "email" => em.detect(&norm, &ctx, &mut sink),
                _ => {}
            }
        }
    }
}
