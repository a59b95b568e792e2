//! [`Filter`]: builds the detectors once, then runs `normalize → detect → resolve → report`.

use crate::detect::lexicon_rules::LexiconRules;
use crate::detect::{self, Context, Detector, Sink};
use crate::normalize::Normalized;
use crate::policy::{CheckOptions, Error, FilterOptions, Policy, Settings};
use crate::report::{self, Report};
use crate::{redact, Severity};
use std::sync::OnceLock;

/// A chat safety filter for one policy. The first one of a process compiles the
/// detectors' automata; later ones share them. Check every message with it.
pub struct Filter {
    settings: Settings,
    teen: bool,
    detectors: &'static [Box<dyn Detector>],
    /// The lexicon rules' tables, when the policy adds terms or allow words to them.
    lexicons: Option<Box<LexiconRules>>,
}

/// The detectors and their tables and automata: they depend on no policy, so they are
/// built by the first filter of a process (or page) and shared by every later one.
static DETECTORS: OnceLock<Vec<Box<dyn Detector>>> = OnceLock::new();

impl Filter {
    /// A filter for `policy`, adult mode, English messages (unless the policy names a locale).
    pub fn new(policy: Policy) -> Result<Filter, Error> {
        policy.validate("policy")?;
        Ok(Filter::build(&policy, false, None, &[]))
    }

    /// A filter from the options `createFilter` takes: a preset, teen mode, locale
    /// and a policy merged over the preset.
    pub fn with_options(options: FilterOptions) -> Result<Filter, Error> {
        Filter::with_messages(options, &[])
    }

    /// [`Filter::with_options`], with message tables (`<rule>[:<kind>]<TAB><message>`
    /// lines) by language that the build does not carry: the npm package loads the
    /// table of the language a filter asks for and passes it here.
    pub(crate) fn with_messages(
        options: FilterOptions,
        loaded: &[(&str, &str)],
    ) -> Result<Filter, Error> {
        let (policy, teen, locale) = options.resolve()?;
        Ok(Filter::build(&policy, teen, locale.as_deref(), loaded))
    }

    fn build(policy: &Policy, teen: bool, locale: Option<&str>, loaded: &[(&str, &str)]) -> Filter {
        detect::domain::preload();
        let settings = Settings::new(policy, locale, loaded);
        let lexicons = if detect::lexicon_rules::wanted(|rule, teen| settings.severity(rule, teen))
        {
            detect::lexicon_rules::custom::prepare(policy)
        } else {
            None
        };
        Filter {
            settings,
            teen,
            detectors: DETECTORS.get_or_init(detect::registry),
            lexicons,
        }
    }

    /// Checks one message. Never panics, whatever the text; linear in its length.
    pub fn check(&self, text: &str, options: &CheckOptions) -> Report {
        let text = within_limit(text);
        if text.is_empty() {
            return Report::allow();
        }
        let teen = options.teen.unwrap_or(self.teen);
        let ctx = Context {
            teen,
            direction: options.direction.unwrap_or_default(),
            history: options.history.as_deref().unwrap_or_default(),
            blocked_domains: self.settings.blocked_domains(),
            lexicons: self.lexicons.as_deref(),
        };
        let normalized = Normalized::new(text);
        let mut sink = Sink::new(text);
        for d in self.detectors {
            if d.rules()
                .iter()
                .any(|&r| self.settings.severity(r, teen) != Severity::Off)
            {
                d.detect(&normalized, &ctx, &mut sink);
            }
        }
        let incoming = ctx.direction == detect::Direction::Incoming;
        report::resolve(sink.into_candidates(), text, &self.settings, teen, incoming)
    }

    /// `text` with every private-information finding masked (`•`), keeping
    /// separators and the last four characters of account and card numbers.
    /// The result has no private-information findings: if the kept characters of
    /// one finding form a new one with their neighbours, that one is masked whole.
    pub fn redact(&self, text: &str) -> String {
        let checked = within_limit(text);
        let options = CheckOptions::default();
        let mut out = redact::redact(
            checked,
            &self.check(checked, &options).findings,
            redact::Keep::Tail,
        );
        // A second round is rare; each masks whole findings, so new ones cannot form
        // from kept tails again. The bound keeps redaction linear whatever the input.
        for _ in 0..MAX_REDACT_ROUNDS {
            let left = self.check(&out, &options);
            if !left.findings.iter().any(|f| f.rule.is_redacted()) {
                break;
            }
            out = redact::redact(&out, &left.findings, redact::Keep::Nothing);
        }
        out.push_str(&text[checked.len()..]);
        out
    }
}

/// Most extra rounds of redaction after the first.
const MAX_REDACT_ROUNDS: usize = 4;

/// Offsets inside the engine are 32-bit: text past 4 GiB is not checked.
fn within_limit(text: &str) -> &str {
    let mut end = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
