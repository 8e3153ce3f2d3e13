//! Pretty JSON through serde.

use crate::Requirements;

pub(super) fn render(req: &Requirements) -> String {
    // Every field serializes infallibly: strings, numbers, booleans and options.
    let mut out = serde_json::to_string_pretty(req).unwrap_or_default();
    out.push('\n');
    out
}
