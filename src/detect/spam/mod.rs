//! Detectors of the `spam.*` rules: links (`link.rs`), floods (`flood.rs`) and
//! gibberish (`gibberish.rs`), run together by [`Spam`] so that the links of a message
//! are found once for all three.

pub(crate) mod flood;
pub(crate) mod gibberish;
pub(crate) mod link;

use crate::detect::links;
use crate::detect::{Context, Detector, Sink};
use crate::normalize::Normalized;
use crate::RuleId;

/// The spam rules' detector.
pub(crate) struct Spam {
    link: link::SpamLink,
}

impl Spam {
    pub(crate) fn new() -> Spam {
        Spam {
            link: link::SpamLink::new(),
        }
    }
}

impl Detector for Spam {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::SpamLink,
            RuleId::SpamFlood,
            RuleId::SpamGibberish,
            RuleId::TeenOffPlatform,
        ]
    }

    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        let found = links::find(text.folded().text(), self.link.words(), text.classes());
        self.link.detect(text, &found, ctx, out);
        flood::detect(text, &found, self.link.words(), ctx, out);
        gibberish::detect(text, &found, out);
    }
}
