//! Characters that change how text reads without being seen: Unicode format
//! characters (bidi controls, zero-width spaces, the byte order mark, the
//! soft hyphen) and the line and paragraph separators, which YAML 1.1 and
//! some editors take as line breaks. No value this crate writes may hold one.

/// Every code point of general category Cf (format), Zl (line separator) and
/// Zp (paragraph separator), as inclusive ranges, from the Unicode Character
/// Database 16.0 (`extracted/DerivedGeneralCategory.txt`,
/// <https://www.unicode.org/Public/16.0.0/ucd/extracted/DerivedGeneralCategory.txt>).
/// The bidi controls (U+061C, U+200E, U+200F, U+202A..U+202E,
/// U+2066..U+2069) are all Cf, so they are in here.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),   // soft hyphen
    ('\u{0600}', '\u{0605}'),   // Arabic number signs
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark (bidi)
    ('\u{06DD}', '\u{06DD}'),   // Arabic end of ayah
    ('\u{070F}', '\u{070F}'),   // Syriac abbreviation mark
    ('\u{0890}', '\u{0891}'),   // Arabic pound and piastre marks above
    ('\u{08E2}', '\u{08E2}'),   // Arabic disputed end of ayah
    ('\u{180E}', '\u{180E}'),   // Mongolian vowel separator
    ('\u{200B}', '\u{200F}'),   // zero width space .. right-to-left mark
    ('\u{2028}', '\u{202E}'),   // line/paragraph separator (Zl, Zp), bidi embeddings
    ('\u{2060}', '\u{2064}'),   // word joiner .. invisible plus
    ('\u{2066}', '\u{206F}'),   // bidi isolates, deprecated format characters
    ('\u{FEFF}', '\u{FEFF}'),   // zero width no-break space (byte order mark)
    ('\u{FFF9}', '\u{FFFB}'),   // interlinear annotation
    ('\u{110BD}', '\u{110BD}'), // Kaithi number sign
    ('\u{110CD}', '\u{110CD}'), // Kaithi number sign above
    ('\u{13430}', '\u{1343F}'), // Egyptian hieroglyph format controls
    ('\u{1BCA0}', '\u{1BCA3}'), // shorthand format controls
    ('\u{1D173}', '\u{1D17A}'), // musical symbol format controls
    ('\u{E0001}', '\u{E0001}'), // language tag
    ('\u{E0020}', '\u{E007F}'), // tag characters
];

/// Whether `c` is a Unicode format character or a line or paragraph
/// separator.
pub(crate) fn is_invisible(c: char) -> bool {
    INVISIBLE
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_disjoint() {
        for pair in INVISIBLE.windows(2) {
            let [(a, b), (c, _)] = pair else {
                unreachable!()
            };
            assert!(a <= b && b < c, "{pair:?}");
        }
    }

    #[test]
    fn the_named_characters_are_invisible_and_neighbours_are_not() {
        for c in [
            '\u{200B}',
            '\u{FEFF}',
            '\u{202E}',
            '\u{2028}',
            '\u{2029}',
            '\u{00AD}',
            '\u{061C}',
            '\u{2066}',
            '\u{2069}',
            '\u{200E}',
            '\u{E007F}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in [
            'a', ' ', '\u{00AC}', '\u{00AE}', '\u{200A}', '\u{2027}', '\u{212A}', 'é',
        ] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
