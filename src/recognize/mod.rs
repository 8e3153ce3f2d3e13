//! Recognizing: what a hostname or address seen in a log or a configuration
//! is, and the hash index `allows` looks hosts up in.

pub(crate) mod address;
mod classify;
pub(crate) mod host_index;
pub(crate) mod keys;

#[cfg(test)]
pub(crate) use classify::classify_in;
pub use classify::{Classified, classify, classify_address};
