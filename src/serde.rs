//! Serde support (feature `serde`): every value (de)serializes as the string
//! its `Display` writes, and deserializes through its `FromStr`, so
//! deserialization accepts exactly what the parsers accept.

use std::fmt::Display;
use std::str::FromStr;

/// Deserializes a string and parses it with `T::from_str`.
pub(crate) fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromStr,
    T::Err: Display,
{
    struct Visitor<T>(std::marker::PhantomData<T>);

    impl<T> serde::de::Visitor<'_> for Visitor<T>
    where
        T: FromStr,
        T::Err: Display,
    {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            value.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(Visitor(std::marker::PhantomData))
}
