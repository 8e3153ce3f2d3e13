//! The crate's one way of showing user input in a message: quoted,
//! escaped and shortened.

use crate::redact::redact;
use std::fmt::{self, Write as _};

/// The message for an invisible character, with `c` escaped.
pub(super) fn invisible(f: &mut fmt::Formatter<'_>, c: char) -> fmt::Result {
    write!(
        f,
        "it contains the invisible Unicode character {} (a format character or a line or \
         paragraph separator)",
        QuotedChar(c)
    )
}

/// Longest input quoted in full in a message.
const QUOTE_LIMIT: usize = 80;

/// Quotes an input in double quotes, cut after [`QUOTE_LIMIT`] characters,
/// with every character escaped by [`write_escaped`]. The crate's one way of
/// showing user input in a message.
///
/// An input with an `@` is shown [`redact`]ed, whatever it was given as:
/// a proxy URL with a password pasted into the wrong option (a control
/// plane prefix, a label, a secret name) is refused without being echoed.
pub(super) struct Quoted<'a>(pub(super) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = if self.0.contains('@') {
            redact(self.0)
        } else {
            std::borrow::Cow::Borrowed(self.0)
        };
        let input = input.as_ref();
        let (head, cut) = match input.char_indices().nth(QUOTE_LIMIT) {
            None => (input, false),
            Some((cut, _)) => (input.get(..cut).unwrap_or(input), true),
        };
        f.write_char('"')?;
        for c in head.chars() {
            write_escaped(f, c, '"')?;
        }
        f.write_char('"')?;
        if cut {
            write!(f, "... ({} bytes)", input.len())?;
        }
        Ok(())
    }
}

/// Quotes one character in single quotes, escaped like [`Quoted`].
pub(super) struct QuotedChar(pub(super) char);

impl fmt::Display for QuotedChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('\'')?;
        write_escaped(f, self.0, '\'')?;
        f.write_char('\'')
    }
}

/// Writes `c` as Rust writes it in a literal quoted by `quote`, except that
/// every character outside printable ASCII becomes `\u{...}`: a look-alike
/// (the Kelvin sign `\u{212a}` for `K`), an invisible or a right-to-left
/// character then shows what it is instead of passing for something else.
fn write_escaped(f: &mut fmt::Formatter<'_>, c: char, quote: char) -> fmt::Result {
    match c {
        '\n' => f.write_str("\\n"),
        '\r' => f.write_str("\\r"),
        '\t' => f.write_str("\\t"),
        '\0' => f.write_str("\\0"),
        '\\' => f.write_str("\\\\"),
        c if c == quote => write!(f, "\\{c}"),
        ' '..='~' => f.write_char(c),
        c => write!(f, "\\u{{{:x}}}", u32::from(c)),
    }
}

/// The items' texts, comma-separated.
pub(super) fn join<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
