//! # sendsafe
//!
//! A client-side chat safety filter. Before a user presses Send, a chat client calls
//! [`Filter::check`] and shows a precise, kind warning for what the platform's
//! community guidelines forbid: private information (e-mail addresses, bank
//! accounts, ...), spam and scams, abuse, and more (see `shared/spec/rules.md`).
//! Everything runs on the user's device; no text leaves it.
//!
//! The engine is one pipeline: `normalize → detect → resolve → report`.
//! [`normalize`] makes the views of a message once; detectors read them and report
//! ranges; the report stage applies the [`Policy`], resolves overlaps and converts
//! offsets to UTF-16 for JavaScript in one place.
//!
//! ```
//! use sendsafe::{CheckOptions, Filter, FilterOptions, Preset, Verdict};
//!
//! let filter = Filter::with_options(FilterOptions { preset: Some(Preset::Imo), ..Default::default() }).unwrap();
//! let text = "😀 mail me: ana@example.org";
//! let report = filter.check(text, &CheckOptions::default());
//! assert_eq!(report.verdict, Verdict::Warn);
//! let f = &report.findings[0];
//! assert_eq!(f.rule.as_str(), "privacy.email");
//! assert_eq!(&text[f.bytes.range()], "ana@example.org");
//! assert_eq!((f.start, f.end), (12, 27)); // UTF-16: the emoji is two code units
//! assert_eq!(filter.redact(text), "😀 mail me: •••••••••••••••");
//! ```
//!
//! ## Limits
//! A client-side filter helps honest users and slows casual abuse; a determined sender
//! can get around it, so platforms still moderate on the server. It reads text only.
#![deny(missing_docs)]

/// Embeds a data table of the crate (a path from the crate root, e.g.
/// `"src/data/tlds.txt"`) as build.rs wrote it: without its comment lines.
macro_rules! data {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $path))
    };
}

pub mod detect;
mod filter;
pub mod normalize;
pub mod policy;
mod redact;
mod report;
mod rule;
mod sort;
mod span;
#[cfg(test)]
mod test_texts;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use detect::Direction;
pub use filter::Filter;

/// The guideline lexicons (folded by build.rs) as the npm package ships them beside the
/// wasm, in `lexicons.js`: `scripts/build-pkg.sh` writes that file from this text
/// (`examples/lexicon_pack.rs`). The native engine has them compiled in.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn lexicon_pack() -> &'static str {
    detect::lexicon_rules::pack()
}
pub use policy::{CheckOptions, Error, FilterOptions, Policy, Preset};
pub use redact::MASK;
pub use report::{Finding, Report, Verdict};
pub use rule::{RuleId, Severity};
pub use span::Span;

/// The text of the data module the npm package ships beside the wasm (`rules.js`): the
/// phrase and word lists of `privacy.credentials`, `privacy.social_handle`,
/// `privacy.request`, `spam.link` and the `scam.*` rules. For the package build
/// (examples/rule_pack.rs); natively the engine has it compiled in.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn rule_pack() -> &'static str {
    detect::coded::pack_text()
}
