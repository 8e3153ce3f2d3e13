//! The first error a builder was given, kept for its `build()`.
//!
//! Builders take `self` by value so calls chain, check each input at once,
//! and report the first invalid one when built; this is where each of them
//! keeps it.

use crate::Error;

/// The first error recorded, if any. [`Error`] is one pointer wide, so
/// the builders that every call moves stay small.
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstError(Option<Error>);

impl FirstError {
    /// Keeps `error` unless an earlier one is kept already.
    pub(crate) fn record(&mut self, error: Error) {
        self.0.get_or_insert(error);
    }

    /// `value`, or the first error recorded.
    pub(crate) fn or_ok<T>(self, value: T) -> Result<T, Error> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }

    /// `Err` with the first error recorded, if there is one.
    pub(crate) fn check(self) -> Result<(), Error> {
        self.or_ok(())
    }
}

/// A builder that has failed already.
impl From<Error> for FirstError {
    fn from(error: Error) -> Self {
        FirstError(Some(error))
    }
}
