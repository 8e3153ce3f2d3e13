//! `host:port/proto` lines.

use crate::Requirements;

/// `build()` wrote the lines already: one allocation and a copy.
pub(super) fn render(req: &Requirements) -> String {
    req.lines().to_owned()
}
