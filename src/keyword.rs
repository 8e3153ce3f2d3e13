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

/// Declares a keyword enum from one list: each variant with its row (a
/// struct with a `keyword` field) or its keyword. The enum, `ALL`, `COUNT`,
/// `index()`, `as_str()`, the rows in variant order (`row()`) and the
/// keyword traits all come from that one list, so a variant cannot exist
/// without its row, and `ALL` cannot miss a variant.
///
/// The enum gets `Debug`, `Clone`, `Copy`, `PartialEq`, `Eq`,
/// `PartialOrd`, `Ord` and `Hash`, and is `#[non_exhaustive]`; attributes
/// before `pub enum` (docs, another derive) and before each variant (docs,
/// `#[default]`) are kept.
macro_rules! declare {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident ($what:literal) rows $rows:ident: $row:ty {
            $( $(#[$vmeta:meta])* $variant:ident => $value:expr, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[$vmeta])* $variant, )+
        }

        /// One row per variant, in the order of the variants.
        pub(crate) const $rows: &[$row] = &[ $( $value, )+ ];

        impl $ty {
            /// Every value, in the order of the declaration.
            pub const ALL: &'static [$ty] = &[ $( $ty::$variant, )+ ];

            /// How many values there are.
            #[allow(dead_code, reason = "not every declared enum counts its values")]
            pub(crate) const COUNT: usize = Self::ALL.len();

            /// The place of the value in [`ALL`](Self::ALL) and of its row.
            #[allow(dead_code, reason = "not every declared enum is an index")]
            pub(crate) const fn index(self) -> usize {
                self as usize
            }

            /// The row declared with the value.
            pub(crate) const fn row(self) -> &'static $row {
                // One row per variant, made from the same list.
                #[allow(clippy::indexing_slicing, reason = "one row per variant, from one list")]
                &$rows[self as usize]
            }

            /// The keyword, e.g. the one in hostnames or on the command line.
            pub const fn as_str(self) -> &'static str {
                self.row().keyword
            }
        }

        $crate::keyword::keyword_enum!($ty, $what);
    };
    (
        $(#[$meta:meta])*
        pub enum $ty:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $keyword:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $ty {
            /// Every value, in the order of the declaration.
            pub const ALL: &'static [$ty] = &[ $( $ty::$variant, )+ ];

            /// The keyword, e.g. the one on the command line.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $ty::$variant => $keyword, )+
                }
            }
        }

        $crate::keyword::keyword_enum!($ty, $what);
    };
}

pub(crate) use {declare, keyword_enum, serde_via_str};
