//! `find_addresses`, `line_outcome` and `Tally` on arbitrary bytes, and on
//! text with a Konnect address put between arbitrary bytes: never panics;
//! every address found is a hostname `classify` accepts, borrowed from the
//! input at its range, and bounded by bytes that cannot continue a
//! hostname (or a percent-encoded byte on the left); an address put between word-ending bytes is found at its
//! place; a tally of the lines with a small limit keeps at most that many
//! pairs, its counts add up to the lines' findings, and merging the tallies
//! of two halves gives the tally of the whole.
#![no_main]

use arbitrary::Arbitrary;
use konnect_netreq::{Tally, classify, find_addresses, line_outcome};
use libfuzzer_sys::fuzz_target;

const KONNECT: &[&str] = &[
    "36fc5d01be.us.cp0.konghq.com",
    "A1B2C3D4E5.eu.tp.konghq.com",
    "cloud.konghq.com",
    "eu.api.konghq.com",
    "d6a3e6b6bc64.eu.kongportals.com",
    "us.svc.konghq.com",
];

#[derive(Debug, Arbitrary)]
struct Input {
    before: Vec<u8>,
    after: Vec<u8>,
    konnect: u8,
    limit: u8,
}

fuzz_target!(|input: Input| {
    check(&input.before);
    let host = KONNECT[usize::from(input.konnect) % KONNECT.len()];
    let mut text = input.before.clone();
    text.push(b' ');
    let start = text.len();
    text.extend_from_slice(host.as_bytes());
    text.push(b' ');
    text.extend_from_slice(&input.after);
    check(&text);
    assert!(
        find_addresses(&text).any(|found| found.range() == (start..start + host.len())),
        "{host} not found in {text:?}"
    );

    // Tallies: bounded, consistent, and merge to the whole.
    let limit = usize::from(input.limit % 4) + 1;
    let lines: Vec<&[u8]> = text.split(|b| *b == b'\n').collect();
    let mut whole = Tally::with_limit(limit);
    let mut halves = [Tally::with_limit(limit), Tally::with_limit(limit)];
    for (number, line) in lines.iter().enumerate() {
        whole.add_line("fuzz", number as u64 + 1, line);
        halves[number % 2].add_line("fuzz", number as u64 + 1, line);
        let _ = line_outcome(line);
    }
    assert!(whole.addresses().len() <= limit);
    let counted: u64 = whole.addresses().map(|seen| seen.counts().seen()).sum::<u64>()
        + whole.more().seen();
    assert!(counted >= 1);
    let [mut first, second] = halves;
    first.merge(&second);
    assert_eq!(first, whole);
});

fn check(text: &[u8]) {
    let mut previous_end = 0;
    for found in find_addresses(text) {
        let range = found.range();
        assert!(range.start >= previous_end, "{text:?}: overlapping findings");
        previous_end = range.end;
        let host = std::str::from_utf8(&text[range.clone()]).unwrap();
        assert_eq!(host, found.classified().host());
        assert!(classify(host).is_some(), "{host:?}");
        let in_host = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
        // Left of the host: a byte that cannot continue it, or a
        // percent-encoded byte (`%2F`).
        let percent_encoded = range.start >= 3
            && text[range.start - 3] == b'%'
            && text[range.start - 2..range.start]
                .iter()
                .all(u8::is_ascii_hexdigit);
        if range.start > 0 && !percent_encoded {
            assert!(!in_host(text[range.start - 1]), "{text:?}: {host:?} continues left");
        }
        match text.get(range.end) {
            Some(b'.') => assert!(
                !text.get(range.end + 1).is_some_and(|b| in_host(*b)),
                "{text:?}: {host:?} continues right"
            ),
            Some(b) => assert!(!in_host(*b), "{text:?}: {host:?} continues right"),
            None => {}
        }
        if let Some(port) = found.classified().port() {
            assert!(port >= 1);
        }
    }
}
