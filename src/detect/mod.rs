//! Detectors: each reads the [`Normalized`] views and reports candidates through a [`Sink`].
//!
//! Adding a rule = one detector file + one line in `registry()` + one test data file.

pub(crate) mod chars;
pub(crate) mod checksum;
pub(crate) mod coded;
pub(crate) mod domain;
pub(crate) mod lexicon;
pub(crate) mod lexicon_rules;
pub mod links;
pub(crate) mod phrases;
pub(crate) mod privacy;
pub(crate) mod scam;
pub(crate) mod scan;
pub(crate) mod spam;
pub(crate) mod teen;

use crate::normalize::{Normalized, View};
use crate::{RuleId, Span};
use std::ops::Range;

/// Whether the message is being written by the user or was received by them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    /// The user is about to send it.
    #[default]
    Outgoing,
    /// The user received it.
    Incoming,
}

/// What a detector may know about the check besides the text.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// Teen-safety mode is on for this check.
    pub teen: bool,
    /// Outgoing or incoming.
    pub direction: Direction,
    /// Recent messages by the same sender, oldest first.
    pub history: &'a [String],
    /// Domains the policy blocks (lower case), whose links are always reported.
    pub blocked_domains: &'a [String],
    /// The lexicon rules' tables of a policy that adds terms or allow words to them
    /// (`None`: the shared tables).
    pub(crate) lexicons: Option<&'a lexicon_rules::LexiconRules>,
}

#[cfg(test)]
impl Context<'static> {
    /// The context of a plain check, for detectors' unit tests: outgoing, no history, no
    /// blocked domains.
    pub(crate) fn plain(teen: bool) -> Context<'static> {
        Context {
            teen,
            direction: Direction::Outgoing,
            history: &[],
            blocked_domains: &[],
            lexicons: None,
        }
    }
}

/// A detector: scans views, reports what it finds. It never transforms text and
/// never computes offsets: it hands view ranges to the [`Sink`].
pub trait Detector: Send + Sync {
    /// The rules it can report; the filter skips it when all of them are off.
    fn rules(&self) -> &'static [RuleId];
    /// Scans `text` and reports candidates to `out`.
    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>);
}

/// Every detector, built once per [`Filter`](crate::Filter). One line per detector.
pub(crate) fn registry() -> Vec<Box<dyn Detector>> {
    vec![
        Box::new(apart(privacy::email::Email::new)),
        Box::new(apart(privacy::bank_account::BankAccount::new)),
        Box::new(apart(privacy::payment_card::PaymentCard::new)),
        Box::new(apart(privacy::ip_address::IpAddress::new)),
        Box::new(apart(privacy::address::Address::new)),
        Box::new(apart(privacy::crypto_secret::CryptoSecret::new)),
        Box::new(apart(privacy::national_id::NationalId::new)),
        Box::new(apart(privacy::phone::Phone::new)),
        Box::new(ByPack::new(privacy::phrase_rules::PhraseRules::new)),
        Box::new(ByPack::lazy(
            scam::TeenPhrases::new,
            scam::TEEN_PHRASE_RULES,
        )),
        Box::new(ByPack::new(spam::Spam::new)),
        Box::new(lexicon_rules::Lexicons),
        // After the address detector: it reads that detector's findings.
        Box::new(ByPack::lazy(teen::Teen::new, teen::RULES)),
    ]
}

/// Calls `make`, which stays a function of its own in the wasm: neither the compiler nor
/// wasm-opt may inline it into its caller (it is called through a pointer they cannot
/// see), though it has a single caller. For the builders of the detectors' tables, which run once:
/// inlined together they made one function of 16 KB, and V8 optimizes a wasm function
/// once its loops have run long enough, in the background but at a cost that grows
/// faster than the function's size (0.3 to 0.4 s of CPU for that one on a busy two-core
/// VM, while the first filter was being made). Apart, each is small, and most never run
/// long enough.
pub(crate) fn apart<T>(make: fn() -> T) -> T {
    std::hint::black_box(make)()
}

/// [`apart`] for a builder that takes an argument.
pub(crate) fn apart_with<A, T>(make: fn(A) -> T, arg: A) -> T {
    std::hint::black_box(make)(arg)
}

/// Calls `body` with each of `0..n`, for the loops of the table builders that run many
/// turns. V8 counts each turn of a wasm loop at the size of the loop's code, and
/// optimizes a function whose count runs out: a long loop with a large body inside a
/// large builder had the whole builder optimized (see [`apart`]). Here the loop is this
/// small function, and the body a function of its own, called through a pointer.
#[inline(never)]
pub(crate) fn each(n: usize, body: &mut dyn FnMut(usize)) {
    for i in 0..n {
        body(i);
    }
}

/// A detector that reads lists of the data module (src/detect/coded.rs, `packed`): it is
/// built when first used, once without the module and once with it, so a wasm filter made
/// before the package loaded `rules.js` (its policy needed none of those rules) does not
/// leave a later one with empty lists. Natively the module is always there.
struct ByPack<T> {
    make: fn() -> T,
    rules: &'static [RuleId],
    without: std::sync::OnceLock<T>,
    with: std::sync::OnceLock<T>,
}

impl<T: Detector> ByPack<T> {
    /// A detector that is built at its first check (its tables cost nothing until a
    /// policy turns one of its `rules` on and a message reaches it).
    fn lazy(make: fn() -> T, rules: &'static [RuleId]) -> ByPack<T> {
        ByPack {
            make,
            rules,
            without: std::sync::OnceLock::new(),
            with: std::sync::OnceLock::new(),
        }
    }

    fn new(make: fn() -> T) -> ByPack<T> {
        let (with, without) = (std::sync::OnceLock::new(), std::sync::OnceLock::new());
        let first = if coded::has_pack() { &with } else { &without };
        let rules = first.get_or_init(make).rules();
        ByPack {
            make,
            rules,
            without,
            with,
        }
    }
}

impl<T: Detector> Detector for ByPack<T> {
    fn rules(&self) -> &'static [RuleId] {
        self.rules
    }

    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        let cell = if coded::has_pack() {
            &self.with
        } else {
            &self.without
        };
        cell.get_or_init(self.make).detect(text, ctx, out);
    }
}

/// What a detector says about a range it found.
#[derive(Clone, Debug)]
pub struct Hit {
    /// The rule it breaks.
    pub rule: RuleId,
    /// Finer detail, e.g. `"iban"`.
    pub kind: Option<&'static str>,
    /// How sure the detector is, 0 to 1; the validation stage reached decides it.
    pub confidence: f32,
    /// The value in canonical form (e.g. `ana@example.org` for `ana at example dot org`),
    /// used by allow-lists.
    pub value: Option<String>,
    /// The earlier messages (indices into the check's `history`) that led to it, for a
    /// finding that builds up over a conversation; empty otherwise.
    pub history: Vec<u32>,
}

impl Hit {
    /// A hit for `rule` with the given confidence.
    pub fn new(rule: RuleId, confidence: f32) -> Hit {
        Hit {
            rule,
            kind: None,
            confidence,
            value: None,
            history: Vec::new(),
        }
    }

    /// Sets the kind.
    pub fn kind(mut self, kind: &'static str) -> Hit {
        self.kind = Some(kind);
        self
    }

    /// Sets the earlier messages it came from (indices into the check's `history`).
    pub fn history(mut self, indices: Vec<u32>) -> Hit {
        self.history = indices;
        self
    }

    /// Sets the canonical value.
    pub fn value(mut self, value: String) -> Hit {
        self.value = Some(value);
        self
    }
}

/// A hit placed in the original text.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) hit: Hit,
    pub(crate) span: Span,
}

/// Collects candidates, mapping each view range to the original text.
pub struct Sink<'a> {
    original: &'a str,
    candidates: Vec<Candidate>,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(original: &'a str) -> Sink<'a> {
        Sink {
            original,
            candidates: Vec::new(),
        }
    }

    /// Reports `hit` at `range` of `view` (a non-empty range on char boundaries).
    pub fn report(&mut self, view: &View<'_>, range: Range<usize>, hit: Hit) {
        let span = view.to_original(range, self.original);
        self.candidates.push(Candidate { hit, span });
    }

    /// Reports `hit` at `span` of the original text, e.g. the span of another finding.
    pub(crate) fn report_span(&mut self, span: Span, hit: Hit) {
        self.candidates.push(Candidate { hit, span });
    }

    /// The span of the first candidate of `rule` reported so far (detectors that run
    /// after the one reporting it may read it).
    pub(crate) fn first_of(&self, rule: RuleId) -> Option<Span> {
        self.candidates
            .iter()
            .find(|c| c.hit.rule == rule)
            .map(|c| c.span)
    }

    pub(crate) fn into_candidates(self) -> Vec<Candidate> {
        self.candidates
    }
}
