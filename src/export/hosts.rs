//! `host:port/proto` lines.

use crate::Requirements;

pub(super) fn render(req: &Requirements) -> String {
    // Room for every line up front: a host, `:` and at most `65535/udp\n`.
    let capacity = req
        .rules()
        .map(|rule| rule.host().map_or(0, |host| host.as_str().len() + 1) + 10)
        .sum();
    let mut out = String::with_capacity(capacity);
    for rule in req.rules() {
        // Writing to a String cannot fail.
        let _ = rule.write_parts(&mut out);
        out.push('\n');
    }
    out
}
