//! `host:port/proto` lines.

use crate::Requirements;

/// Every rule's line is one piece of text already: one allocation of the
/// exact length, and a copy of each.
pub(super) fn render(req: &Requirements) -> String {
    let len = req
        .rules()
        .map(|rule| rule.line().len().saturating_add(1))
        .fold(0, usize::saturating_add);
    let mut out = String::with_capacity(len);
    for rule in req.rules() {
        out.push_str(rule.line());
        out.push('\n');
    }
    out
}
