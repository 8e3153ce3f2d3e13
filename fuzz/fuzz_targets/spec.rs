//! Spec documents as the command line reads them (`cli/src/spec.rs`,
//! included here as it is), in JSON, TOML and YAML: any text never panics;
//! an error is one line without a raw control character; an accepted
//! document has at least one control plane, each member once, and renders
//! in every format through the checked renderer or refuses with an error
//! (never an empty allow list: Squid's `http_access` line names ACLs that
//! are defined).
#![no_main]

#[path = "../../cli/src/spec.rs"]
#[allow(dead_code)]
mod spec;

use konnect_netreq::{Format, RenderOptions, RequirementsSet};
use libfuzzer_sys::fuzz_target;
use spec::{Inputs, Language, parse_spec};

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let language = match choice % 3 {
        0 => Language::Json,
        1 => Language::Toml,
        _ => Language::Yaml,
    };
    let set = match parse_spec(text, language) {
        Err(message) => {
            assert!(!message.is_empty());
            assert!(
                !message.chars().any(|c| c == '\n' || c == '\r' || c == '\0'),
                "{message:?}"
            );
            return;
        }
        Ok(Inputs::One(spec)) => match spec.build() {
            Ok(req) => RequirementsSet::from(req),
            Err(_) => return,
        },
        Ok(Inputs::Set(set)) => *set,
    };
    assert!(!set.is_empty());
    for (i, a) in set.members().iter().enumerate() {
        for b in set.members().iter().skip(i + 1).take(8) {
            assert_ne!(a, b, "a member twice");
        }
    }
    for format in Format::ALL.iter().copied() {
        if let Ok(text) = set.try_render_with(format, &RenderOptions::default()) {
            if format == Format::Squid && text.contains("\nhttp_access allow ") {
                assert!(text.contains(" dstdomain -n "), "{text}");
            }
        }
    }
});
