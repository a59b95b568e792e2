//! Detectors of the `spam.*` rules: one file per rule.

pub(crate) mod link;
