//! The characters a value may hold so that every environment file reader
//! reads it as it is; certificate paths and proxy URLs are held to them.

/// The punctuation an environment file value may hold besides ASCII
/// letters and digits: characters that POSIX `sh` (sourcing the file),
/// `docker --env-file` and Docker Compose all read as themselves when
/// unquoted. Left out: whitespace, quotes, `$`, `` ` ``, `\`, `#`, `~` (tilde
/// expansion in `sh` assignments), the `sh` operators `;&|<>()`, and the
/// rest of ASCII punctuation for good measure.
const ENV_SAFE_PUNCTUATION: &str = "-._/:@%+=,[]";

/// Whether `c` reads the same in every environment file reader.
pub(super) fn env_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || ENV_SAFE_PUNCTUATION.contains(c)
}
