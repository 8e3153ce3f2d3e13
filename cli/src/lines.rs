//! `classify`'s line handling: reading lines with bounded memory, and
//! writing one escaped output line per input line.
//!
//! It runs once per line of a log, so it avoids per-line formatting
//! machinery: output is assembled in one buffer and handed to the writer
//! in large pieces. The fuzz crate includes this file (`cli_lines`), so it
//! uses nothing of the binary but this.

use konnect_netreq::{Edition, Geo, classify_address, redact};
use std::borrow::Cow;
use std::io::{self, BufRead, Write};

/// The longest input line read whole; a longer one is `not-konnect` (no
/// hostname is longer than 253 bytes, no URL a user holds near this), and
/// only its start is kept and echoed, so one huge line costs no memory.
pub const LINE_LIMIT: usize = 4096;

/// How much of an over-long line is echoed.
pub const ECHO_LIMIT: usize = 80;

/// How much output is gathered before it is written.
const FLUSH_AT: usize = 1 << 16;

/// The output of `classify` and `diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFormat {
    /// Tab-separated columns (`classify`), `+ rule` / `- rule` (`diff`).
    Text,
    /// One JSON value per line.
    Json,
}

/// Classifies `input` line by line, holding at most [`LINE_LIMIT`] bytes
/// of a line: a line that is whole in the reader's buffer is classified
/// where it stands, one cut by the buffer's end is gathered first.
pub fn classify_lines(
    input: &mut impl BufRead,
    out: &mut impl Write,
    format: LineFormat,
) -> io::Result<()> {
    let mut shown = Vec::with_capacity(FLUSH_AT.saturating_add(LINE_LIMIT));
    let mut recent = Recent::new();
    // The start of a line cut by the buffer's end, and its whole length.
    let mut partial = Vec::new();
    let mut partial_len = 0_usize;
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        let mut used = 0;
        while let Some(rest) = buffer.get(used..) {
            let Some(newline) = memchr::memchr(b'\n', rest) else {
                // The line goes on in the next buffer.
                let room = LINE_LIMIT.saturating_sub(partial.len());
                partial.extend_from_slice(rest.get(..room.min(rest.len())).unwrap_or_default());
                partial_len = partial_len.saturating_add(rest.len());
                used = buffer.len();
                break;
            };
            let line = rest.get(..newline).unwrap_or_default();
            if partial_len == 0 {
                recent.classify_line(&mut shown, line, format);
            } else {
                let room = LINE_LIMIT.saturating_sub(partial.len());
                partial.extend_from_slice(line.get(..room.min(line.len())).unwrap_or_default());
                partial_len = partial_len.saturating_add(line.len());
                classify_line(&mut shown, &partial, partial_len, format);
                partial.clear();
                partial_len = 0;
            }
            used = used.saturating_add(newline).saturating_add(1);
        }
        input.consume(used);
        if shown.len() >= FLUSH_AT {
            out.write_all(&shown)?;
            shown.clear();
        }
    }
    if partial_len > 0 {
        classify_line(&mut shown, &partial, partial_len, format);
    }
    out.write_all(&shown)
}

/// The output of recently seen lines: a log names the same few hosts over
/// and over, and copying an output line costs a fraction of making it.
/// Direct-mapped by a hash of the line; a line is only ever answered with
/// the output made for the very same bytes.
struct Recent {
    slots: Vec<RecentLine>,
}

#[derive(Default)]
struct RecentLine {
    line: Vec<u8>,
    output: Vec<u8>,
}

impl Recent {
    /// How many lines are remembered.
    const SLOTS: usize = 256;
    /// The longest line remembered; longer ones are rare in a log of hosts.
    const LONGEST: usize = 256;

    fn new() -> Recent {
        Recent {
            slots: (0..Recent::SLOTS).map(|_| RecentLine::default()).collect(),
        }
    }

    /// [`classify_line`] of a whole line, from memory when the same line
    /// was seen recently.
    fn classify_line(&mut self, shown: &mut Vec<u8>, line: &[u8], format: LineFormat) {
        if line.len() > Recent::LONGEST {
            return classify_line(shown, line, line.len(), format);
        }
        let slot = line_hash(line) % Recent::SLOTS;
        let Some(recent) = self.slots.get_mut(slot) else {
            return classify_line(shown, line, line.len(), format);
        };
        if recent.line == line && !recent.line.is_empty() {
            shown.extend_from_slice(&recent.output);
            return;
        }
        let start = shown.len();
        classify_line(shown, line, line.len(), format);
        recent.line.clear();
        recent.line.extend_from_slice(line);
        recent.output.clear();
        recent
            .output
            .extend_from_slice(shown.get(start..).unwrap_or_default());
    }
}

/// A hash of a line, eight bytes at a time.
fn line_hash(line: &[u8]) -> usize {
    const SEED: u64 = 0x517c_c1b7_2722_0a95;
    let mut words = line.chunks_exact(8);
    let mut hash = line.len() as u64;
    for word in &mut words {
        let word = word
            .first_chunk()
            .map_or(0, |bytes| u64::from_le_bytes(*bytes));
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
    for byte in words.remainder() {
        hash = (hash.rotate_left(5) ^ u64::from(*byte)).wrapping_mul(SEED);
    }
    // The high bits are the well mixed ones.
    (hash >> 32) as usize
}

/// Appends the output line for one input line of `len` bytes, of which
/// `line` holds the first (all of them unless it was too long); a blank
/// line gives none.
pub fn classify_line(shown: &mut Vec<u8>, line: &[u8], len: usize, format: LineFormat) {
    let too_long = len > LINE_LIMIT;
    let host = if too_long {
        line.get(..ECHO_LIMIT).unwrap_or(line)
    } else {
        line.trim_ascii()
    };
    if host.is_empty() {
        return;
    }
    let found = (!too_long)
        .then(|| std::str::from_utf8(host).ok().and_then(classify_address))
        .flatten();
    // The columns, `None` where there is nothing to say.
    let endpoint = found.map_or("not-konnect", |found| found.endpoint().as_str());
    let geo = found.and_then(|found| found.geo()).map(Geo::as_str);
    let edition = found.and_then(|found| found.edition()).map(Edition::as_str);
    let identifier = found.and_then(|found| found.identifier());
    let port = found.and_then(|found| found.port_or_known_default());
    let mut digits = [0; 5];
    let port_column = port.map(|port| port_text(port, &mut digits));
    // What is echoed: the input with any credentials hidden.
    let host = redacted(host);
    let host = host.as_ref();
    match format {
        LineFormat::Text => {
            write_escaped(shown, host);
            if too_long {
                shown.extend_from_slice(format!("... ({len} bytes)").as_bytes());
            }
            for column in [Some(endpoint), geo, edition, identifier, port_column] {
                shown.push(b'\t');
                shown.extend_from_slice(column.unwrap_or("-").as_bytes());
            }
            shown.push(b'\n');
        }
        LineFormat::Json => {
            // The input as the text form shows it: escaped, so that bytes
            // that are not UTF-8 stay distinct.
            let mut escaped = Vec::new();
            write_escaped(&mut escaped, host);
            let mut input = String::from_utf8_lossy(&escaped).into_owned();
            if too_long {
                input.push_str(&format!("... ({len} bytes)"));
            }
            let object = serde_json::json!({
                "input": input,
                "endpoint": endpoint,
                "geo": geo,
                "edition": edition,
                "identifier": identifier,
                "port": port,
            });
            // Writing JSON into a `Vec` cannot fail.
            let _ = serde_json::to_writer(&mut *shown, &object);
            shown.push(b'\n');
        }
    }
}

/// `input` as it may be echoed: the crate's one redaction rule
/// ([`redact`]) applied, so that a URL's password never reaches the
/// output. The input itself, uncopied, when nothing is hidden (the common
/// case); bytes that are not UTF-8 are read as U+FFFD to decide, and only
/// when something is hidden do they show as such.
pub fn redacted(input: &[u8]) -> Cow<'_, [u8]> {
    if nothing_to_hide(input) {
        return Cow::Borrowed(input);
    }
    let hidden = match std::str::from_utf8(input) {
        Ok(text) => redact(text),
        Err(_) => match redact(&String::from_utf8_lossy(input)) {
            Cow::Borrowed(_) => Cow::Borrowed(""),
            Cow::Owned(hidden) => Cow::Owned(hidden),
        },
    };
    match hidden {
        Cow::Borrowed(_) => Cow::Borrowed(input),
        Cow::Owned(hidden) => Cow::Owned(hidden.into_bytes()),
    }
}

/// Whether [`redact`] leaves `input` as it is, decided in one quick pass
/// for the shapes of a log line: no `@`, and every `:` followed by `/` or
/// `\` (a scheme's) or by digits up to where a port ends. `false` means
/// "ask `redact`", not "something is hidden"; `redact` itself took about
/// 40% of `classify`'s instructions per line (callgrind).
fn nothing_to_hide(input: &[u8]) -> bool {
    if memchr::memchr(b'@', input).is_some() {
        return false;
    }
    memchr::memchr_iter(b':', input).all(|colon| {
        let rest = input.get(colon.saturating_add(1)..).unwrap_or_default();
        if matches!(rest.first(), Some(b'/' | b'\\')) {
            return true;
        }
        let digits = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
        matches!(
            rest.get(digits),
            None | Some(b'/' | b'\\' | b'?' | b'#' | b':')
        )
    })
}

/// `port` in decimal, written into `digits`.
fn port_text(port: u16, digits: &mut [u8; 5]) -> &str {
    let mut start = digits.len();
    let mut rest = port;
    loop {
        start = start.saturating_sub(1);
        if let Some(digit) = digits.get_mut(start) {
            // `rest % 10` is below 10, so the cast cannot truncate.
            *digit = b'0'.saturating_add((rest % 10) as u8);
        }
        rest /= 10;
        if rest == 0 || start == 0 {
            break;
        }
    }
    std::str::from_utf8(digits.get(start..).unwrap_or_default()).unwrap_or_default()
}

/// Appends printable ASCII as it is; a backslash, control characters and
/// anything beyond ASCII as Rust escapes, and bytes that are not UTF-8 as
/// `\xNN`, so no input reaches a terminal or a log raw and different
/// inputs stay different.
pub fn write_escaped(shown: &mut Vec<u8>, input: &[u8]) {
    // The common case, a line of printable ASCII, in one copy.
    if is_plain(input) {
        shown.extend_from_slice(input);
        return;
    }
    for chunk in input.utf8_chunks() {
        let valid = chunk.valid();
        let mut start = 0;
        for (at, c) in valid.char_indices() {
            if c != '\\' && (c == ' ' || c.is_ascii_graphic()) {
                continue;
            }
            shown.extend_from_slice(valid.get(start..at).unwrap_or_default().as_bytes());
            if c == '\\' {
                shown.extend_from_slice(b"\\\\");
            } else {
                shown.extend_from_slice(c.escape_default().to_string().as_bytes());
            }
            start = at.saturating_add(c.len_utf8());
        }
        shown.extend_from_slice(valid.get(start..).unwrap_or_default().as_bytes());
        for byte in chunk.invalid() {
            shown.extend_from_slice(format!("\\x{byte:02x}").as_bytes());
        }
    }
}

/// Whether every byte is printable ASCII (`' '` to `'~'`) other than a
/// backslash: eight bytes at a time, as this runs once per log line.
fn is_plain(input: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    // Whether some byte of `word` is below `n` (at most 0x80); exact for
    // bytes below 0x80, and the others are caught by `HIGH`.
    let below =
        |word: u64, n: u8| word.wrapping_sub(ONES.wrapping_mul(u64::from(n))) & !word & HIGH;
    let has = |word: u64, byte: u8| below(word ^ ONES.wrapping_mul(u64::from(byte)), 1);
    let mut words = input.chunks_exact(8);
    let words_plain = words.all(|chunk| {
        let word = chunk
            .first_chunk()
            .map_or(HIGH, |bytes: &[u8; 8]| u64::from_le_bytes(*bytes));
        (word & HIGH) | below(word, 0x20) | has(word, 0x7f) | has(word, b'\\') == 0
    });
    words_plain
        && words
            .remainder()
            .iter()
            .all(|byte| matches!(byte, b' '..=b'~') && *byte != b'\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], capacity: usize) -> String {
        let mut reader = io::BufReader::with_capacity(capacity, input);
        let mut out = Vec::new();
        classify_lines(&mut reader, &mut out, LineFormat::Text).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lines_cut_by_the_buffer_give_the_same_output() {
        let input = b"a1b2c3d4e5.eu.cp0.konghq.com\n\nhttps://us.api.konghq.com/v2\r\nwww.google.com\n \xff\\x\ncloud.konghq.com";
        let whole = run(input, 1 << 16);
        assert_eq!(
            whole,
            "a1b2c3d4e5.eu.cp0.konghq.com\tcontrol-plane\teu\tapr2025\ta1b2c3d4e5\t-\n\
             https://us.api.konghq.com/v2\tregional-api\tus\t-\t-\t443\n\
             www.google.com\tnot-konnect\t-\t-\t-\t-\n\
             \\xff\\\\x\tnot-konnect\t-\t-\t-\t-\n\
             cloud.konghq.com\tplatform\t-\t-\t-\t-\n"
        );
        for capacity in 1..input.len() {
            assert_eq!(run(input, capacity), whole, "buffer of {capacity}");
        }
    }

    #[test]
    fn a_long_line_is_cut_and_reading_goes_on() {
        let mut input = vec![b'a'; LINE_LIMIT + 1];
        input.extend_from_slice(b"\ncloud.konghq.com\n");
        let expected = format!(
            "{}... ({} bytes)\tnot-konnect\t-\t-\t-\t-\ncloud.konghq.com\tplatform\t-\t-\t-\t-\n",
            "a".repeat(ECHO_LIMIT),
            LINE_LIMIT + 1
        );
        for capacity in [7, 4096, 1 << 16] {
            assert_eq!(run(&input, capacity), expected, "buffer of {capacity}");
        }
        // Exactly at the limit, a line is still read whole.
        let at_limit = format!("{}\n", "a".repeat(LINE_LIMIT));
        assert_eq!(
            run(at_limit.as_bytes(), 100),
            format!("{}\tnot-konnect\t-\t-\t-\t-\n", "a".repeat(LINE_LIMIT))
        );
    }

    #[test]
    fn remembered_lines_give_the_same_output() {
        // More distinct lines than slots, each three times, in an order
        // that makes lines meet in a slot.
        let mut input = String::new();
        for round in 0..3 {
            for n in 0..600 {
                let n = (n * 7 + round) % 600;
                input.push_str(&format!(
                    "{n:010x}.eu.cp0.konghq.com\nhost-{n}.example.com\n"
                ));
            }
        }
        let mut remembered = Vec::new();
        classify_lines(&mut input.as_bytes(), &mut remembered, LineFormat::Text).unwrap();
        let mut made = Vec::new();
        for line in input.lines() {
            classify_line(&mut made, line.as_bytes(), line.len(), LineFormat::Text);
        }
        let remembered = String::from_utf8(remembered).unwrap();
        assert_eq!(remembered.lines().count(), 3600);
        assert_eq!(remembered, String::from_utf8(made).unwrap());
    }

    #[test]
    fn credentials_are_never_echoed() {
        let classified = |input: &str, format| {
            let mut shown = Vec::new();
            classify_line(&mut shown, input.as_bytes(), input.len(), format);
            String::from_utf8(shown).unwrap()
        };
        assert_eq!(
            classified(
                "https://user:pw@a1b2c3d4e5.eu.cp0.konghq.com/x",
                LineFormat::Text
            ),
            "https://***@a1b2c3d4e5.eu.cp0.konghq.com/x\tcontrol-plane\teu\tapr2025\ta1b2c3d4e5\t443\n"
        );
        assert_eq!(
            classified(
                "https://user:pw@a1b2c3d4e5.eu.cp0.konghq.com/x",
                LineFormat::Json
            ),
            "{\"edition\":\"apr2025\",\"endpoint\":\"control-plane\",\"geo\":\"eu\",\
             \"identifier\":\"a1b2c3d4e5\",\"input\":\"https://***@a1b2c3d4e5.eu.cp0.konghq.com/x\",\
             \"port\":443}\n"
        );
        // A host whose `@` was forgotten: the non-numeric port is hidden.
        assert_eq!(
            classified("http://kong:SECRET", LineFormat::Text),
            "http://kong:***\tnot-konnect\t-\t-\t-\t-\n"
        );
        // Not UTF-8: the rule still applies, the rest still escaped.
        let mut shown = Vec::new();
        classify_line(
            &mut shown,
            b"kong:S\xffCRET@proxy:3128",
            24,
            LineFormat::Text,
        );
        assert_eq!(
            String::from_utf8(shown).unwrap(),
            "***@proxy:3128\tnot-konnect\t-\t-\t-\t-\n"
        );
        // The quick pass agrees with `redact` on the shapes it decides and
        // on those it leaves to `redact`.
        for input in [
            "a1b2c3d4e5.eu.cp0.konghq.com",
            "host:443",
            "host:",
            "host::",
            "https://host:443/x:1?y#z",
            "https://host:8443/p:SECRET",
            "host:443 x:y",
            "host:443,http://a:b",
            "host:44a",
            "[fe80::1%eth0]:443",
            "[::1]:SECRET",
            "http:\\\\host:1\\x",
            "host:***",
            "host:443\u{e9}",
            "u@h",
            "kong:SECRET",
            ":",
            "",
        ] {
            assert_eq!(
                redacted(input.as_bytes()).as_ref(),
                redact(input).as_bytes(),
                "{input:?}"
            );
        }
        // The common case is not copied.
        let plain = b"a1b2c3d4e5.eu.cp0.konghq.com:443";
        assert!(matches!(redacted(plain), Cow::Borrowed(same) if same == plain));
        assert!(matches!(redacted(b"\xff.example.com"), Cow::Borrowed(_)));
    }

    #[test]
    fn ports_are_written_in_decimal() {
        for port in [0, 1, 9, 10, 443, 8443, 10000, 65535] {
            let mut digits = [0; 5];
            assert_eq!(port_text(port, &mut digits), port.to_string());
        }
    }

    #[test]
    fn plain_is_printable_ascii_but_a_backslash() {
        for byte in 0..=u8::MAX {
            let plain = (b' '..=b'~').contains(&byte) && byte != b'\\';
            for at in [0, 3, 7, 8, 12, 16] {
                let mut input = *b"a1b2c3d4e5.eu.cp0";
                input[at] = byte;
                assert_eq!(is_plain(&input), plain, "{byte:#x} at {at}");
            }
        }
        assert!(is_plain(b""));
    }

    #[test]
    fn escaping_keeps_inputs_apart() {
        let escaped = |input: &[u8]| {
            let mut shown = Vec::new();
            write_escaped(&mut shown, input);
            String::from_utf8(shown).unwrap()
        };
        assert_eq!(escaped(b"plain host:443/x"), "plain host:443/x");
        assert_eq!(escaped(b"a\tb\x1b[31m"), "a\\tb\\u{1b}[31m");
        assert_eq!(escaped("é\u{202e}".as_bytes()), "\\u{e9}\\u{202e}");
        assert_eq!(escaped(b"\xff\xfe"), "\\xff\\xfe");
        assert_eq!(escaped(b"\\xff"), "\\\\xff");
        assert_ne!(escaped(b"\xff"), escaped("\u{fffd}".as_bytes()));
    }
}
