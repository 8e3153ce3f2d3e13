//! The shared plumbing of the crate's enums that are named by a keyword
//! (`"eu"`, `"aug2026"`, `"tcp"`): `Display`, `FromStr`, `TryFrom<&str>` and,
//! with the `serde` feature, (de)serialization all go through `as_str()` and
//! the one parser below, so no path can accept what `FromStr` refuses.

/// Implements the keyword traits for a fieldless enum with `ALL` and `as_str()`.
macro_rules! keyword_enum {
    ($ty:ident, $what:literal) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::Error;

            /// Parses the keyword, ignoring ASCII case; nothing is trimmed.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| $crate::Error::unrecognized($what, s, Self::ALL))
            }
        }

        impl ::std::convert::TryFrom<&str> for $ty {
            type Error = $crate::Error;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        $crate::keyword::serde_via_str!($ty);
    };
}

/// With the `serde` feature, (de)serializes a type as the string its
/// `Display` writes, parsed back through its `FromStr`.
macro_rules! serde_via_str {
    ($ty:ident) => {
        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                $crate::serde::deserialize_from_str(deserializer)
            }
        }
    };
}

pub(crate) use {keyword_enum, serde_via_str};
