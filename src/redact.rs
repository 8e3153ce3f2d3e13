//! The crate's one redaction rule for text that may carry a password: a
//! forward proxy URL, a control plane endpoint, or anything a user typed in
//! their place.

use std::borrow::Cow;

/// What replaces the hidden part.
const MASK: &str = "***";

/// `input` with everything before its last `@` replaced by `***`; a leading
/// `scheme://` stays, so the message still says which kind of URL it was.
/// The crate's errors and `Debug` output use it for every value that may
/// hold a password; tools that print such values (a proxy URL from their
/// own configuration, an argument they did not expect) can use it too.
///
/// The rule assumes nothing about where an authority starts or ends, since
/// the text may not be a URL at all (`kong:SECRET@proxy:3128`, a second URL
/// after a comma or a newline, `@@`, `http:\\`): whatever precedes the last
/// `@` may be user information, so none of it is shown. The user name goes
/// too, which costs little: the host and port, what a reader needs to find
/// the mistake, follow the `@`.
///
/// ```
/// use konnect_netreq::redact;
///
/// assert_eq!(redact("https://kong:SECRET@@proxy:3128"), "https://***@proxy:3128");
/// assert_eq!(redact("http:kong:SECRET@proxy:3128/x://y"), "***@proxy:3128/x://y");
/// assert_eq!(redact("kong:SECRET@proxy:3128,https://backup"), "***@proxy:3128,https://backup");
/// assert_eq!(redact("http://proxy:3128"), "http://proxy:3128");
/// ```
pub fn redact(input: &str) -> Cow<'_, str> {
    let Some(at) = input.rfind('@') else {
        return Cow::Borrowed(input);
    };
    let keep = scheme_len(input).filter(|&keep| keep <= at).unwrap_or(0);
    match (input.get(..keep), input.get(at..)) {
        (Some(scheme), Some(rest)) => Cow::Owned(format!("{scheme}{MASK}{rest}")),
        // Both cuts sit on ASCII characters, so this arm is never taken; it
        // hides everything rather than risk showing a password.
        _ => Cow::Borrowed(MASK),
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
        ] {
            assert_eq!(redact(input), shown, "{input:?}");
        }
    }
}
