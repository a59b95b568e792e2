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
