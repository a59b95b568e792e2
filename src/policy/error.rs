//! [`Error`]: a bad option or policy, naming the field.

use std::fmt;

/// A bad option or policy. The message starts with the path of the field at fault,
/// e.g. `options.teen: invalid type: string "yes", expected a boolean`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: String,
    message: String,
}

impl Error {
    /// An error about the field at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The path of the field at fault, e.g. `options.policy.rules`.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for Error {}
