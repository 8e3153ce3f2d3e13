//! Certificate paths (`cluster_cert`, `cluster_cert_key`): refused unless
//! kong.conf and an environment file both read them as they are.

use super::env_safe::env_safe;
use crate::Error;
use crate::error::PathProblem;
use std::path::Path;

/// Refuses a path that kong.conf or an environment file would read
/// differently from what it is.
pub(super) fn check_path(what: &'static str, path: &Path) -> Result<String, Error> {
    let fail = |problem: PathProblem| {
        Err(Error::path(
            what,
            path.to_string_lossy().into_owned(),
            problem,
        ))
    };
    let Some(path) = path.to_str() else {
        return fail(PathProblem::NotUtf8);
    };
    if path.is_empty() {
        return fail(PathProblem::Empty);
    }
    if let Some(c) = path.chars().find(|&c| crate::invisible::is_invisible(c)) {
        return fail(PathProblem::InvisibleCharacter(c));
    }
    if let Some(c) = path.chars().find(|c| c.is_control()) {
        return fail(PathProblem::ControlCharacter(c));
    }
    if path.contains('#') {
        return fail(PathProblem::Hash);
    }
    if path.contains('\\') {
        return fail(PathProblem::Backslash);
    }
    if path.trim() != path {
        return fail(PathProblem::SurroundingWhitespace);
    }
    if let Some(c) = path.chars().find(|&c| !env_safe(c)) {
        return fail(PathProblem::NotEnvSafe(c));
    }
    Ok(path.to_owned())
}
