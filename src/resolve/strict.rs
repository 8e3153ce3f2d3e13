//! Reading documents strictly, whatever the format: a document is a map
//! (a JSON array of values in field order is refused), and a key that is
//! not an input is refused with the input keys and the nearest one.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// What a document may hold at one level: the keys a reader accepts, the
/// keys the message lists (the inputs, not the derived fields a written
/// document also holds), and a hint for a key that is none of them.
pub(crate) struct Keys {
    /// What the map is, for "expected ..." (`"a control plane's keys"`).
    pub(crate) what: &'static str,
    /// Every key accepted.
    pub(crate) accepted: &'static [&'static str],
    /// The keys a message lists.
    pub(crate) shown: &'static [&'static str],
    /// Said after the list for every unknown key.
    pub(crate) hint: &'static str,
    /// Keys of another level also offered as the nearest (a misspelt
    /// `control_plane` read as one control plane's key).
    pub(crate) elsewhere: &'static [&'static str],
}

/// Reads a `T` from a map only, refusing any key `keys` does not accept
/// before `T` sees it.
pub(crate) fn from_map<'de, D, T>(deserializer: D, keys: &'static Keys) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    deserializer.deserialize_map(MapOnly {
        keys,
        read: PhantomData,
    })
}

struct MapOnly<T> {
    keys: &'static Keys,
    read: PhantomData<T>,
}

impl<'de, T: de::Deserialize<'de>> Visitor<'de> for MapOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a map of {}", self.keys.what)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(Checked {
            map,
            keys: self.keys,
        }))
    }
}

/// A map whose keys are checked as they are read.
struct Checked<A> {
    map: A,
    keys: &'static Keys,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Checked<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(key) = self.map.next_key::<String>()? else {
            return Ok(None);
        };
        if !self.keys.accepted.contains(&key.as_str()) {
            return Err(de::Error::custom(unknown_key(&key, self.keys)));
        }
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// `unknown key "control_planes" (did you mean "control_plane"?); the keys
/// of ... are ...; hint`.
pub(crate) fn unknown_key(key: &str, keys: &Keys) -> String {
    let shown = crate::redact(key);
    let mut message = format!("unknown key {:?}", shown.as_ref());
    let candidates: Vec<&str> = keys
        .accepted
        .iter()
        .chain(keys.elsewhere)
        .copied()
        .collect();
    if let Some(near) = nearest(key, &candidates) {
        message.push_str(&format!(" (did you mean {near:?}?)"));
    }
    message.push_str(&format!(
        "; the keys of {} are {}",
        keys.what,
        keys.shown.join(", ")
    ));
    if !keys.hint.is_empty() {
        message.push_str("; ");
        message.push_str(keys.hint);
    }
    message
}

/// The key nearest to `key` by edit distance (ASCII case ignored), if it is
/// near enough to be a misspelling: at most a third of its length away.
fn nearest<'a>(key: &str, keys: &[&'a str]) -> Option<&'a str> {
    // A long key is no one's misspelling, and comparing it would cost.
    if key.len() > 64 {
        return None;
    }
    let key = key.to_ascii_lowercase();
    keys.iter()
        .map(|candidate| (distance(&key, candidate), *candidate))
        .filter(|(distance, candidate)| distance.saturating_mul(3) <= candidate.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The Levenshtein distance between two short texts, by bytes.
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.bytes().enumerate() {
        let mut diagonal = i;
        if let Some(first) = row.first_mut() {
            *first = i.saturating_add(1);
        }
        for (j, y) in b.iter().enumerate() {
            let above = row.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let substitute = diagonal.saturating_add(usize::from(x != *y));
            diagonal = above;
            if let Some(cell) = row.get_mut(j.saturating_add(1)) {
                *cell = substitute
                    .min(above.saturating_add(1))
                    .min(left.saturating_add(1));
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("control_planes", "control_plane"), 1);
        assert_eq!(distance("cp_prefx", "cp_prefix"), 1);
        assert_eq!(distance("", "geo"), 3);
        assert_eq!(distance("geo", "geo"), 0);
        assert_eq!(nearest("GEO", &["geo", "edition"]), Some("geo"));
        assert_eq!(nearest("zzzzzz", &["geo", "edition"]), None);
    }
}
