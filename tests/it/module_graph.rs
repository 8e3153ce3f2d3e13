//! The crate's modules import each other without cycles, and its leaf
//! modules import nothing of the crate (issue 16). Read from the source:
//! every `crate::NAME` in a module's non-test code, with the names
//! `src/lib.rs` re-exports mapped to the module they come from. `$crate::`
//! in macros belongs to the module that expands them, and test code
//! (`#[cfg(test)] mod tests`, `src/three_editions.rs`) may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules that must import nothing of the crate.
const LEAVES: [&str; 4] = ["ascii", "dns", "invisible", "redact"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The Rust files of a top-level module: `src/NAME.rs` or `src/NAME/**`.
fn files(module: &Path) -> Vec<PathBuf> {
    if module.is_file() {
        return vec![module.to_owned()];
    }
    let mut found = Vec::new();
    let mut stack = vec![module.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The code of a file without comments and without its test module.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("a source file");
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names after each `crate::` (not `$crate::`), with `crate::{A, B}`
/// groups read whole.
fn crate_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before == Some('$') {
            continue;
        }
        let group = if rest.starts_with('{') {
            &rest[1..rest.find('}').unwrap_or(rest.len())]
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        };
        for name in group.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !name.is_empty() {
                names.push(name.to_owned());
            }
        }
    }
    names
}

#[test]
fn modules_form_no_cycle_and_leaves_import_nothing() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("lib.rs");
    // Which module each re-exported name comes from: `pub use MODULE::...`.
    let mut origin: BTreeMap<String, String> = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(at) = statement.find("pub use ") else {
            continue;
        };
        let path = &statement[at + "pub use ".len()..];
        let module = path
            .split("::")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        for name in crate_names(&format!(
            "crate::{}",
            path.split_once("::").map_or("", |(_, r)| r)
        )) {
            origin.insert(name, module.clone());
        }
    }
    let modules: Vec<String> = std::fs::read_dir(src())
        .expect("src")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.file_name().is_some_and(|name| name != "lib.rs"))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name != "three_editions.rs")
        })
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in &modules {
        let path = src().join(module);
        let path = if path.is_dir() {
            path
        } else {
            path.with_extension("rs")
        };
        let targets = edges.entry(module.clone()).or_default();
        for file in files(&path) {
            if file.file_name().is_some_and(|name| name == "tests.rs") {
                continue;
            }
            for name in crate_names(&code(&file)) {
                let target = origin
                    .get(&name)
                    .cloned()
                    .or_else(|| modules.contains(&name).then(|| name.clone()));
                if let Some(target) = target.filter(|target| target != module) {
                    targets.insert(target);
                }
            }
        }
    }
    for leaf in LEAVES {
        assert_eq!(
            edges.get(leaf),
            Some(&BTreeSet::new()),
            "{leaf} imports {edges:?}"
        );
    }
    // Remove modules that import nothing left, until none is left: what
    // remains is a cycle.
    let mut left = edges.clone();
    while let Some(done) = left
        .iter()
        .find(|(_, targets)| targets.iter().all(|t| !left.contains_key(t)))
        .map(|(module, _)| module.clone())
    {
        left.remove(&done);
    }
    assert_eq!(left, BTreeMap::new(), "modules in a cycle, of {edges:#?}");
}
