//! The library's keyword enums as clap values: parsed by their own
//! `FromStr` (so the error is the library's), and listed from their `ALL`,
//! so that `--help`, the man pages and the completion scripts name every
//! accepted value without a list written here.

use clap::builder::{PossibleValue, TypedValueParser};
use konnect_netreq::{ConfigFormat, Edition, Error, Format, Geo, Mesh, Product, Protocol, redact};
use std::ffi::OsStr;
use std::marker::PhantomData;
use std::str::FromStr;

/// A keyword enum of the library.
pub(crate) trait Keyword: FromStr<Err = Error> + Copy + Send + Sync + 'static {
    /// Every value, in the library's order.
    fn all() -> &'static [Self];
    /// The value's keyword.
    fn keyword(self) -> &'static str;
}

macro_rules! keyword {
    ($($ty:ty),* $(,)?) => {
        $(impl Keyword for $ty {
            fn all() -> &'static [Self] {
                <$ty>::ALL
            }
            fn keyword(self) -> &'static str {
                self.as_str()
            }
        })*
    };
}

keyword!(ConfigFormat, Edition, Format, Geo, Mesh, Product, Protocol);

/// `text` parsed by the library, whose error quotes the input: when the
/// crate's `redact` would hide part of it (a misplaced proxy URL), the
/// error is the one for the redacted text, so it never shows a password.
pub(crate) fn parse_shown<T: FromStr<Err = Error>>(text: &str) -> Result<T, String> {
    text.parse::<T>().map_err(|e| match redact(text) {
        std::borrow::Cow::Borrowed(_) => e.to_string(),
        std::borrow::Cow::Owned(shown) => match shown.parse::<T>() {
            Err(e) => e.to_string(),
            // Nothing the library accepts holds what `redact` hides.
            Ok(_) => format!("invalid value {shown:?}"),
        },
    })
}

/// Parses a keyword of `T`; its possible values are `T::all()`.
#[derive(Clone, Copy)]
pub(crate) struct Parser<T>(PhantomData<T>);

/// The value parser of a flag that takes a keyword of `T`.
pub(crate) fn parser<T>() -> Parser<T> {
    Parser(PhantomData)
}

impl<T: Keyword> TypedValueParser for Parser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // A function parser makes clap's own "invalid value" error, with
        // the library's message as its source.
        parse_shown::<T>.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            T::all()
                .iter()
                .map(|value| PossibleValue::new(value.keyword())),
        ))
    }
}
