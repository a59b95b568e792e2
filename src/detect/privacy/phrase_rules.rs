//! The phrase-driven rules in one pass: `privacy.credentials`, `privacy.social_handle`,
//! `privacy.request` and the `scam.*` rules. (The teen rules written as phrases, in the
//! scam table, are searched by a detector of their own, built only for checks that have
//! them on: `scam::TeenPhrases`.)
//!
//! Each rule is its own module with its own table and logic (`credentials.rs`,
//! `social_handle.rs`, `request.rs`, `detect/scam.rs`); this detector only searches their phrase lists
//! together ([`PhraseSet`]: one pass over the folded view instead of three) and hands
//! each module its matches. The tables are used as written (their words are written as
//! the folded view writes them), so building the detector copies no word.

use crate::detect::phrases::PhraseSet;
use crate::detect::privacy::credentials::Credentials;
use crate::detect::privacy::request::Request;
use crate::detect::privacy::social_handle::SocialHandle;
use crate::detect::scam::Scam;
use crate::detect::{apart, Context, Detector, Sink};
use crate::normalize::Normalized;
use crate::RuleId;

/// The credentials, social handle, request and scam detectors, sharing one phrase search.
pub(crate) struct PhraseRules {
    set: PhraseSet,
    credentials: Credentials,
    social: SocialHandle,
    request: Request,
    scam: Scam,
}

impl PhraseRules {
    pub(crate) fn new() -> PhraseRules {
        // (Each built by its own function in the wasm: see `detect::apart`.)
        let credentials = apart(Credentials::new);
        let social = apart(SocialHandle::new);
        let request = apart(Request::new);
        let scam = apart(Scam::new);
        let set = PhraseSet::new(&[
            credentials.phrases(),
            social.phrases(),
            request.phrases(),
            scam.phrases(),
        ]);
        PhraseRules {
            set,
            credentials,
            social,
            request,
            scam,
        }
    }
}

impl Detector for PhraseRules {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::PrivacyCredentials,
            RuleId::PrivacySocialHandle,
            RuleId::PrivacyRequest,
            RuleId::ScamFinancial,
            RuleId::ScamImpersonation,
            RuleId::ScamCredentialRequest,
            RuleId::ScamFakeEngagement,
        ]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let hits = self.set.find_in(text.folded().text(), text.classes());
        self.credentials.scan(text, &hits[0], out);
        self.social.scan(text, &hits[1], out);
        self.request.scan(text, &hits[2], out);
        self.scam.scan(text, &hits[3], out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrase search finds what it would if it tried every byte, on the texts of the
    /// test data (markers removed and kept).
    #[test]
    fn the_filters_lose_nothing_on_the_test_data() {
        let rules = PhraseRules::new();
        let mut texts = Vec::new();
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
