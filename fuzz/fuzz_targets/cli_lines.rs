//! The command line's `classify` line handling (`cli/src/lines.rs`, included
//! here as it is): for any bytes and any reader buffer size, the output is
//! the same as with a large buffer and as classifying each line on its own
//! (so neither the buffer's edges nor the memory of recent lines change
//! anything); the text output is one line of printable ASCII with six
//! tab-separated columns per non-blank input line, whose first column
//! unescapes to the input line (or, for a line over the limit, to its
//! start, followed by its length) with the crate's redaction rule applied,
//! and to the input itself when it holds no `@` and no `:`; the JSON output
//! is one object per line with the same fields.
#![no_main]

#[path = "../../cli/src/lines.rs"]
#[allow(dead_code)]
mod lines;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use lines::{ECHO_LIMIT, LINE_LIMIT, LineFormat, classify_line, classify_lines, redacted};
use std::io::BufReader;

#[derive(Debug, Arbitrary)]
struct Input {
    data: Vec<u8>,
    /// The reader's buffer size, 1 to 256 bytes.
    capacity: u8,
    /// Lines made long: one input line is repeated to pass the limit.
    long_line: Option<(u16, Vec<u8>)>,
    json: bool,
}

fuzz_target!(|input: Input| {
    let mut data = input.data.clone();
    if let Some((at, line)) = &input.long_line {
        // A line just under, at or over the limit, somewhere in the data.
        let mut long = line.repeat(LINE_LIMIT / line.len().max(1) + 2);
        long.retain(|byte| *byte != b'\n');
        long.truncate(LINE_LIMIT - 1 + usize::from(*at % 3));
        long.push(b'\n');
        let at = usize::from(*at).min(data.len());
        data.splice(at..at, long);
    }
    let format = if input.json { LineFormat::Json } else { LineFormat::Text };
    let run = |capacity: usize| {
        let mut reader = BufReader::with_capacity(capacity, data.as_slice());
        let mut out = Vec::new();
        classify_lines(&mut reader, &mut out, format).expect("writing to a Vec fails");
        out
    };
    let small = run(usize::from(input.capacity).max(1));
    let large = run(1 << 16);
    assert_eq!(small, large, "buffer of {}", input.capacity.max(1));

    // Each line on its own, without the reader or the memory of lines.
    let mut lines: Vec<&[u8]> = data.split(|byte| *byte == b'\n').collect();
    if lines.last().is_some_and(|last| last.is_empty()) {
        lines.pop();
    }
    let mut expected = Vec::new();
    for line in &lines {
        let kept = &line[..line.len().min(LINE_LIMIT)];
        classify_line(&mut expected, kept, line.len(), format);
    }
    assert_eq!(large, expected);

    let shown: Vec<&[u8]> = lines
        .iter()
        .copied()
        .filter(|line| line.len() > LINE_LIMIT || !line.trim_ascii().is_empty())
        .collect();
    let output = String::from_utf8(large).expect("output is not UTF-8");
    let out_lines: Vec<&str> = output.lines().collect();
    assert_eq!(out_lines.len(), shown.len(), "{output:?}");
    for (out, line) in out_lines.iter().zip(&shown) {
        let first = match format {
            LineFormat::Text => {
                assert!(
                    out.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b)),
                    "{out:?}"
                );
                let columns: Vec<&str> = out.split('\t').collect();
                assert_eq!(columns.len(), 6, "{out:?}");
                columns[0].to_owned()
            }
            LineFormat::Json => {
                let value: serde_json::Value = serde_json::from_str(out).expect("not JSON");
                let object = value.as_object().expect("not an object");
                let keys: Vec<&str> = object.keys().map(String::as_str).collect();
                assert_eq!(keys.len(), 6, "{out}");
                for key in ["input", "endpoint", "geo", "edition", "identifier", "port"] {
                    assert!(object.contains_key(key), "{key} in {out}");
                }
                object["input"].as_str().expect("input is a string").to_owned()
            }
        };
        if line.len() > LINE_LIMIT {
            let suffix = format!("... ({} bytes)", line.len());
            let echoed = first.strip_suffix(&suffix).expect("no length");
            assert_eq!(unescape(echoed), redacted(&line[..ECHO_LIMIT]).as_ref());
        } else {
            let line = line.trim_ascii();
            assert_eq!(unescape(&first), redacted(line).as_ref(), "{first:?}");
            // The CLI's quick pass never disagrees with the crate's rule.
            if let Ok(text) = std::str::from_utf8(line) {
                assert_eq!(redacted(line).as_ref(), konnect_netreq::redact(text).as_bytes());
            }
            if !line.contains(&b'@') && !line.contains(&b':') {
                assert_eq!(unescape(&first), line, "{first:?}");
            }
        }
    }
});

/// Reverses the escaping: `\\`, `\t`, `\r`, `\n`, `\'`, `\"`, `\u{..}` and
/// `\xNN`.
fn unescape(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next().expect("a lone backslash") {
            '\\' => out.push(b'\\'),
            't' => out.push(b'\t'),
            'r' => out.push(b'\r'),
            'n' => out.push(b'\n'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(u8::from_str_radix(&hex, 16).expect("bad \\x"));
            }
            'u' => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let c = char::from_u32(u32::from_str_radix(&hex, 16).expect("bad \\u"))
                    .expect("not a char");
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            other => panic!("unknown escape \\{other}"),
        }
    }
    out
}
