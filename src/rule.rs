//! Rule ids (`family.name`, see `shared/spec/rules.md`) and their default severities.

use serde::{Serialize, Serializer};
use std::fmt;

/// How strongly a finding asks the user to reconsider.
///
/// Ordered: `Off < Info < Warn < Block`. `Off` only appears in policies; a
/// finding is never reported with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The rule does not run.
    Off,
    /// Shown quietly.
    Info,
    /// The user must confirm "send anyway".
    Warn,
    /// Cannot be sent as typed; the client offers a fix.
    Block,
}

impl Severity {
    /// The lower-case name used in policies and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Off => "off",
            Severity::Info => "info",
            Severity::Warn => "warn",
            Severity::Block => "block",
        }
    }
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $adult:ident / $teen:ident; )*) => {
        /// A rule id from `rules.md`. Stable API: serialized as `"family.name"`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(missing_docs)]
        pub enum RuleId { $( $variant, )* }

        /// Every rule with its default severity for an adult sender and in teen-safety mode.
        const TABLE: &[(RuleId, &str, Severity, Severity)] = &[
            $( (RuleId::$variant, $id, Severity::$adult, Severity::$teen), )*
        ];
    };
}

// The one table of rules.md: id, adult / teen default severity.
rules! {
    PrivacyPhone = "privacy.phone", Warn / Block;
    PrivacyEmail = "privacy.email", Warn / Block;
    PrivacyPaymentCard = "privacy.payment_card", Warn / Block;
    PrivacyBankAccount = "privacy.bank_account", Warn / Block;
    PrivacyNationalId = "privacy.national_id", Warn / Block;
    PrivacyAddress = "privacy.address", Warn / Block;
    PrivacyCredentials = "privacy.credentials", Warn / Block;
    PrivacyCryptoSecret = "privacy.crypto_secret", Block / Block;
    PrivacyIpAddress = "privacy.ip_address", Info / Warn;
    PrivacySocialHandle = "privacy.social_handle", Info / Block;
    PrivacyRequest = "privacy.request", Off / Warn;
    SpamLink = "spam.link", Warn / Block;
    SpamFlood = "spam.flood", Warn / Warn;
    SpamGibberish = "spam.gibberish", Info / Info;
    ScamFinancial = "scam.financial", Warn / Block;
    ScamImpersonation = "scam.impersonation", Warn / Block;
    ScamCredentialRequest = "scam.credential_request", Warn / Block;
    ScamFakeEngagement = "scam.fake_engagement", Warn / Warn;
    AbuseProfanity = "abuse.profanity", Info / Warn;
    AbuseHarassment = "abuse.harassment", Warn / Warn;
    AbuseHate = "abuse.hate", Warn / Block;
    AbuseThreat = "abuse.threat", Warn / Block;
    SexualExplicit = "sexual.explicit", Info / Block;
    SexualMinor = "sexual.minor", Block / Block;
    SexualNonconsensual = "sexual.nonconsensual", Block / Block;
    ViolenceExtremism = "violence.extremism", Warn / Block;
    ViolenceGore = "violence.gore", Warn / Block;
    IllegalDrugs = "illegal.drugs", Warn / Block;
    IllegalWeapons = "illegal.weapons", Warn / Block;
    IllegalGambling = "illegal.gambling", Warn / Block;
    IllegalCrime = "illegal.crime", Warn / Block;
    SelfHarmRisk = "self_harm.risk", Warn / Warn;
    SelfHarmEncouragement = "self_harm.encouragement", Warn / Block;
    TeenGrooming = "teen.grooming", Off / Block;
    TeenMeetup = "teen.meetup", Off / Block;
    TeenOffPlatform = "teen.off_platform", Off / Warn;
    TeenRisky = "teen.risky", Off / Warn;
    TeenAgeDisclosure = "teen.age_disclosure", Off / Warn;
}

impl RuleId {
    /// Every rule, in the order of rules.md.
    pub fn all() -> impl Iterator<Item = RuleId> {
        TABLE.iter().map(|row| row.0)
    }

    /// Number of rules; `self.index()` is below it.
    pub const COUNT: usize = TABLE.len();

    /// A dense index, for per-rule tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id, e.g. `"privacy.email"`.
    pub fn as_str(self) -> &'static str {
        TABLE[self.index()].1
    }

    /// The family, e.g. `"privacy"`.
    pub fn family(self) -> &'static str {
        let id = self.as_str();
        &id[..id.find('.').unwrap_or(id.len())]
    }

    /// Whether `redact` masks this rule's findings: the `privacy.*` rules whose finding
    /// is private data. A request for someone else's details (`privacy.request`) holds
    /// none; its fix is to rephrase, not to hide the question.
    pub fn is_redacted(self) -> bool {
        self.family() == "privacy" && self != RuleId::PrivacyRequest
    }

    /// The default severity from rules.md for an adult sender (`teen == false`) or in teen-safety mode.
    pub fn default_severity(self, teen: bool) -> Severity {
        let row = &TABLE[self.index()];
        if teen {
            row.3
        } else {
            row.2
        }
    }

    /// Looks a rule up by its id.
    pub fn parse(id: &str) -> Option<RuleId> {
        TABLE.iter().find(|row| row.1 == id).map(|row| row.0)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_dense_and_ids_round_trip() {
        for (i, rule) in RuleId::all().enumerate() {
            assert_eq!(rule.index(), i);
            assert_eq!(RuleId::parse(rule.as_str()), Some(rule));
            let (family, name) = rule.as_str().split_once('.').expect("family.name");
            assert!(!family.is_empty() && !name.is_empty());
        }
        assert_eq!(RuleId::parse("privacy.emial"), None);
    }

    #[test]
    fn defaults_follow_rules_md() {
        assert_eq!(RuleId::PrivacyEmail.default_severity(false), Severity::Warn);
        assert_eq!(RuleId::PrivacyEmail.default_severity(true), Severity::Block);
        assert_eq!(
            RuleId::PrivacyRequest.default_severity(false),
            Severity::Off
        );
        assert_eq!(RuleId::TeenGrooming.default_severity(true), Severity::Block);
        assert_eq!(RuleId::SpamGibberish.family(), "spam");
    }
}
