//! The crate's one redaction rule for text that may carry a password: a
//! forward proxy URL, a control plane endpoint, or anything a user typed in
//! their place.

use std::borrow::Cow;

/// What replaces the hidden part.
const MASK: &str = "***";

/// `input` with everything before its last `@` replaced by `***`, and a
/// port that is not a number replaced too; a leading `scheme://` stays, so
/// the message still says which kind of URL it was. The crate's errors and
/// `Debug` output use it for every value that may hold a password; tools
/// that print such values (a proxy URL from their own configuration, an
/// argument they did not expect) can use it too.
///
/// The rule assumes nothing about where an authority starts or ends, since
/// the text may not be a URL at all (`kong:SECRET@proxy:3128`, a second URL
/// after a comma or a newline, `@@`, `http:\`): whatever precedes the last
/// `@` may be user information, so none of it is shown. The user name goes
/// too, which costs little: the host and port, what a reader needs to find
/// the mistake, follow the `@`.
///
/// Without an `@`, `http://kong:SECRET` is a URL whose `@host` was
/// forgotten: a reader takes `kong` for the host and `SECRET` for the
/// port. So a port that is not a number is hidden too:
///
/// - a port follows a `:` that is neither a scheme's (followed by `/` or
///   `\`) nor inside an IPv6 literal's `[...]`;
/// - it is a number if what follows, up to `/`, `\`, `?`, `#`, `@`, `:`,
///   white space, `,` or `;`, is digits (or nothing);
/// - otherwise the rest of the token, up to white space, `,` or `;`, is
///   hidden, since a password may hold `/`, `?` or `#`.
///
/// A password that itself starts with `/` or `\` cannot be told from a
/// scheme's slashes and is not recognized.
///
/// ```
/// use konnect_netreq::redact;
///
/// assert_eq!(redact("https://kong:SECRET@@proxy:3128"), "https://***@proxy:3128");
/// assert_eq!(redact("http:kong:SECRET@proxy:3128/x://y"), "***@proxy:3128/x://y");
/// assert_eq!(redact("kong:SECRET@proxy:3128,https://backup"), "***@proxy:3128,https://backup");
/// assert_eq!(redact("http://kong:SECRET"), "http://kong:***");
/// assert_eq!(redact("https://kong:SE/CR#ET,http://b"), "https://kong:***,http://b");
/// assert_eq!(redact("https://proxy:3128/path"), "https://proxy:3128/path");
/// ```
pub fn redact(input: &str) -> Cow<'_, str> {
    let (head, rest) = match input.rfind('@') {
        Some(at) => {
            let keep = scheme_len(input).filter(|&keep| keep <= at).unwrap_or(0);
            match (input.get(..keep), input.get(at..)) {
                (Some(scheme), Some(rest)) => (Cow::Owned(format!("{scheme}{MASK}")), rest),
                // Both cuts sit on ASCII characters, so this arm is never
                // taken; it hides everything rather than risk showing a
                // password.
                _ => return Cow::Borrowed(MASK),
            }
        }
        None => (Cow::Borrowed(""), input),
    };
    match (head, hide_ports(rest)) {
        (Cow::Borrowed(_), rest) => rest,
        (Cow::Owned(mut head), rest) => {
            head.push_str(&rest);
            Cow::Owned(head)
        }
    }
}

/// `text` (which starts after an `@`, or where no `@` was) with what
/// follows every `:` that may start a port replaced by `***`, unless the
/// port is a number.
fn hide_ports(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    // Up to where `text` has been copied to `out`.
    let mut shown = 0;
    let mut at = 0;
    while let Some(&byte) = text.as_bytes().get(at) {
        let next = at.saturating_add(1);
        let rest = text.get(next..).unwrap_or_default();
        match byte {
            // An IPv6 literal's colons are not a port's: skip to its `]`.
            b'[' => {
                if let Some(close) = ipv6_literal_len(rest) {
                    at = next.saturating_add(close);
                    continue;
                }
            }
            b':' => {
                let port = rest.split(ends_port).next().unwrap_or_default();
                // `:/` and `:\` follow a scheme, not a host.
                if !rest.starts_with(['/', '\\']) && shown_port(port) != port {
                    let hidden = rest.find(ends_token).unwrap_or(rest.len());
                    out.push_str(text.get(shown..next).unwrap_or_default());
                    out.push_str(MASK);
                    shown = next.saturating_add(hidden);
                    at = shown;
                    continue;
                }
            }
            _ => {}
        }
        at = next;
    }
    if shown == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(text.get(shown..).unwrap_or_default());
    Cow::Owned(out)
}

/// The length of an IPv6 literal's text up to its `]`, if `rest` (what
/// follows a `[`) starts with one: hexadecimal digits, `:` and `.`, then
/// optionally a zone (`%` and letters, digits, `-`, `.`, `_` or `%`), so
/// that `[kong:SECRET]` is not taken for one.
fn ipv6_literal_len(rest: &str) -> Option<usize> {
    let close = rest.find(']')?;
    let literal = rest.get(..close)?;
    let (address, zone) = literal.split_once('%').unwrap_or((literal, ""));
    let address_ok = address
        .bytes()
        .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'));
    let zone_ok = zone
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'%'));
    (address_ok && zone_ok).then_some(close)
}

/// What ends a port: the start of a path, query or fragment, a
/// backslash, an `@`, another `:`, or the end of the token.
fn ends_port(c: char) -> bool {
    matches!(c, '/' | '\\' | '?' | '#' | '@' | ':') || ends_token(c)
}

/// What ends a token of text, and so a hidden port with all that follows
/// it: white space, `,` or `;` (a second URL may follow).
fn ends_token(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';')
}

/// A port as a message may quote it: itself if it is a number (or
/// empty), else `***`.
pub(crate) fn shown_port(port: &str) -> &str {
    if port.bytes().all(|b| b.is_ascii_digit()) {
        port
    } else {
        MASK
    }
}

/// The length of a leading `scheme://`: an ASCII letter, then letters,
/// digits, `+`, `-` or `.` (RFC 3986), then `://`.
fn scheme_len(input: &str) -> Option<usize> {
    let (scheme, _) = input.split_once("://")?;
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then(|| scheme.len().saturating_add("://".len()))
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn everything_before_the_last_at_is_hidden() {
        for (input, shown) in [
            ("http://u:p@h:1", "http://***@h:1"),
            ("http://u:p:q@r@h", "http://***@h"),
            ("http://u/x:p/y@h", "http://***@h"),
            ("https://kong:SECRET@@proxy:3128", "https://***@proxy:3128"),
            ("http:kong:SECRET@proxy:3128/x://y", "***@proxy:3128/x://y"),
            (
                "kong:SECRET@proxy:3128 (see https://wiki.internal)",
                "***@proxy:3128 (see https://wiki.internal)",
            ),
            (
                "kong:SECRET@proxy:3128,https://backup.internal",
                "***@proxy:3128,https://backup.internal",
            ),
            (
                "http://kong:SECRET@proxy:3128\nhttp://b:SECRET2@backup",
                "http://***@backup",
            ),
            ("http:\\\\kong:SECRET@proxy", "***@proxy"),
            ("://SECRET@proxy", "***@proxy"),
            ("u:p@h", "***@h"),
            ("http://u@h", "http://***@h"),
            ("@h", "***@h"),
            ("http://h:3128", "http://h:3128"),
            ("", ""),
            // A port that is not a number is hidden too, `@` or not.
            ("http://kong:SECRET", "http://kong:***"),
            ("HTTPS://:SECRET//", "HTTPS://:***"),
            ("https://kong:SECRET/path", "https://kong:***"),
            ("kong:SECRET", "kong:***"),
            (
                "http://kong:SECRET\nhttp://b:SECRET2",
                "http://kong:***\nhttp://b:***",
            ),
            (
                "http://kong:SECRET,https://b:SECRET2/x",
                "http://kong:***,https://b:***",
            ),
            ("http://u:p@h:SECRET", "http://***@h:***"),
            ("http://[::1]:3128", "http://[::1]:3128"),
            ("http://[::1]:SECRET", "http://[::1]:***"),
            ("http://[fe80::1", "http://[fe80::1"),
            ("http://[kong:SECRET]", "http://[kong:***"),
            (
                "http://[fe80::1%eth0]:8080/x",
                "http://[fe80::1%eth0]:8080/x",
            ),
            ("see http:a:SECRET", "see http:***"),
            ("http:/kong:SECRET", "http:/kong:***"),
            ("http:\\\\kong:SECRET/x", "http:\\\\kong:***"),
            ("a b://kong:SECRET", "a b://kong:***"),
            (
                "https://x.eu.cp0.konghq.com:443/a:b?c",
                "https://x.eu.cp0.konghq.com:443/a:***",
            ),
            (
                "us.svc.konghq.com:443/cp/a1b2c3d4e5",
                "us.svc.konghq.com:443/cp/a1b2c3d4e5",
            ),
            ("h:", "h:"),
            ("host:443:443", "host:443:443"),
            ("http:// #:SECRET\u{3}\tnext", "http:// #:***\tnext"),
            ("kong:SE/CR?E#T x", "kong:*** x"),
        ] {
            assert_eq!(redact(input), shown, "{input:?}");
        }
    }
}
