//! `--spec`: reading a document of inputs, JSON, TOML or YAML, with the
//! library's own (strict) readers: a map only, each key once, no unknown
//! key. One control plane's keys, or a `control_plane` list of them.
//!
//! A spec is read whole, at most [`MAX_SPEC`] bytes: a few hundred bytes
//! per control plane, so thousands fit; `--spec /dev/zero` stops there.

use konnect_netreq::{Requirements, RequirementsSet, RequirementsSpec, redact};
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use std::fmt;
use std::io::{self, Read};
use std::path::Path;

/// The most bytes a spec file may hold: 512 KiB, room for about five
/// thousand control planes (some 100 bytes each), and small enough that
/// the parsers' own trees stay small: the worst measured is TOML of deeply
/// dotted keys, about 60 bytes of memory per byte of input (a 1 MiB file
/// peaked at 58 MiB, 512 KiB at 34 MiB; `cli/tests/spec_input/`).
pub const MAX_SPEC: u64 = 512 << 10;

/// What a spec gives: one control plane's inputs, or a set.
pub enum Inputs {
    One(Box<RequirementsSpec>),
    Set(Box<RequirementsSet>),
}

/// The languages of a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Json,
    Toml,
    Yaml,
}

impl Language {
    /// By the file's extension (`.json`, `.toml`, `.yaml` or `.yml`), else
    /// JSON if the text starts with `{`, else TOML (whose tables start with
    /// `[`).
    pub fn of(path: &Path, text: &str) -> Language {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match extension.as_str() {
            "json" => Language::Json,
            "toml" => Language::Toml,
            "yaml" | "yml" => Language::Yaml,
            _ if text.trim_start().starts_with('{') => Language::Json,
            _ => Language::Toml,
        }
    }
}

/// Reads a spec from `path` (`-` for standard input), at most
/// [`MAX_SPEC`] bytes. Errors are one line, the path redacted.
pub fn read_spec(path: &Path) -> Result<Inputs, String> {
    let shown = redact(&path.to_string_lossy()).into_owned();
    let text = if path.as_os_str() == "-" {
        read_bounded(io::stdin().lock(), MAX_SPEC)
    } else {
        std::fs::File::open(path).and_then(|file| read_bounded(file, MAX_SPEC))
    }
    .map_err(|e| format!("cannot read spec file {shown:?}: {e}"))?;
    parse_spec(&text, Language::of(path, &text)).map_err(|e| format!("spec file {shown:?}: {e}"))
}

/// Reads all of `reader` as UTF-8 text, refusing more than `limit` bytes
/// without reading past them.
pub fn read_bounded(reader: impl Read, limit: u64) -> io::Result<String> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("it is larger than {}, the most read", size(limit)),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// `1 MiB`, `512 KiB`, `100 bytes`.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

/// Parses a spec: a set when its top level has a `control_plane` key, one
/// control plane otherwise.
pub fn parse_spec(text: &str, language: Language) -> Result<Inputs, String> {
    let keys: TopKeys = parse(text, language)?;
    if keys.0.iter().any(|key| key == "control_plane") {
        parse::<RequirementsSet>(text, language).map(|set| Inputs::Set(Box::new(set)))
    } else {
        parse::<Requirements>(text, language).map(|req| Inputs::One(Box::new(req.spec())))
    }
}

/// One parse of `text` into `T`, the error as one line.
fn parse<T: de::DeserializeOwned>(text: &str, language: Language) -> Result<T, String> {
    match language {
        Language::Json => serde_json::from_str(text).map_err(|e| e.to_string()),
        Language::Yaml => serde_norway::from_str(text).map_err(|e| e.to_string()),
        // toml's own text spans lines (it quotes the file); one line here.
        Language::Toml => toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| {
                let before = text.get(..span.start).unwrap_or_default();
                before.matches('\n').count().saturating_add(1)
            });
            let message = e.message().trim_end();
            match line {
                Some(line) => format!("line {line}: {message}"),
                None => message.to_owned(),
            }
        }),
    }
}

/// The keys of a document's top level, values skipped.
struct TopKeys(Vec<String>);

impl<'de> de::Deserialize<'de> for TopKeys {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<TopKeys, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = TopKeys;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a map of a control plane's keys, or of a \"control_plane\" list of them",
                )
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(TopKeys(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}
