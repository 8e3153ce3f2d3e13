//! `Requirements::diff` on two arbitrary requirements (the same geo or
//! not): never panics; every `+` line is a rule of the target not in the
//! source and every `-` line a rule of the source not in the target
//! (compared as the rules' text), nothing is missing, and a diff with
//! itself is empty.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::Change;
use konnect_netreq_fuzz::{BuilderInput, check_error_text, check_requirements, rule_texts};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;

#[derive(Debug, Arbitrary)]
struct Input {
    from: BuilderInput,
    to: BuilderInput,
    same_geo: bool,
    same_inputs_other_edition: bool,
}

fuzz_target!(|input: Input| {
    let Input {
        from,
        mut to,
        same_geo,
        same_inputs_other_edition,
    } = input;
    if same_geo {
        to.geo = from.geo;
    }
    let a = match from.builder().build() {
        Ok(req) => req,
        Err(error) => return check_error_text(&error),
    };
    // The use the diff is made for: the same inputs in another edition.
    let b = if same_inputs_other_edition {
        from.builder().with_edition(to.edition()).build()
    } else {
        to.builder().build()
    };
    let b = match b {
        Ok(req) => req,
        Err(error) => return check_error_text(&error),
    };
    check_requirements(&a);
    check_requirements(&b);

    assert!(a.diff(&a).is_empty(), "{}", a.diff(&a));
    assert!(b.diff(&b).is_empty(), "{}", b.diff(&b));

    let rules_a = rule_texts(&a);
    let rules_b = rule_texts(&b);
    let diff = a.diff(&b);
    let text = diff.to_string();
    let mut added = BTreeSet::new();
    let mut removed = BTreeSet::new();
    for line in text.lines() {
        if let Some(rule) = line.strip_prefix("+ ") {
            assert!(rules_b.contains(rule), "+ {rule} is no rule of the target");
            assert!(!rules_a.contains(rule), "+ {rule} is a rule of the source");
            assert!(added.insert(rule.to_owned()), "+ {rule} twice");
        } else if let Some(rule) = line.strip_prefix("- ") {
            assert!(rules_a.contains(rule), "- {rule} is no rule of the source");
            assert!(!rules_b.contains(rule), "- {rule} is a rule of the target");
            assert!(removed.insert(rule.to_owned()), "- {rule} twice");
        } else {
            panic!("diff line {line:?} is neither + nor -");
        }
    }
    assert_eq!(text.lines().count(), diff.len());
    let want_added: BTreeSet<String> = rules_b.difference(&rules_a).cloned().collect();
    let want_removed: BTreeSet<String> = rules_a.difference(&rules_b).cloned().collect();
    assert_eq!(added, want_added, "added");
    assert_eq!(removed, want_removed, "removed");
    // The iterators agree with the text.
    let by_change: Vec<String> = diff
        .changes()
        .map(|(change, rule)| format!("{} {rule}", change.sign()))
        .collect();
    assert_eq!(by_change, text.lines().collect::<Vec<_>>());
    assert_eq!(
        diff.added().count() + diff.removed().count(),
        diff.len(),
        "added + removed"
    );
    assert_eq!(
        diff.changes().filter(|(c, _)| *c == Change::Added).count(),
        added.len()
    );
    // The reverse diff swaps the signs.
    let back = b.diff(&a);
    let back_added: BTreeSet<String> = back.added().map(|r| r.to_string()).collect();
    let back_removed: BTreeSet<String> = back.removed().map(|r| r.to_string()).collect();
    assert_eq!(back_added, removed);
    assert_eq!(back_removed, added);
});
