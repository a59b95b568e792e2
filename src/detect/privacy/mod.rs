//! Detectors of the `privacy.*` rules: one file per rule.

pub(crate) mod address;
pub(crate) mod bank_account;
pub(crate) mod credentials;
pub(crate) mod crypto_secret;
pub(crate) mod email;
pub(crate) mod ip_address;
pub(crate) mod national_id;
pub(crate) mod payment_card;
pub(crate) mod phone;
pub(crate) mod phrase_rules;
pub(crate) mod request;
pub(crate) mod social_handle;
