//! `host:port/proto` lines.

use crate::Requirements;

pub(super) fn render(req: &Requirements) -> String {
    // Room for every line up front: each host and `:`, and at most
    // `65535/udp\n` on every line.
    let hosts = req
        .hosts()
        .map(|(_, host)| host.as_str().len().saturating_add(1))
        .fold(0, usize::saturating_add);
    let capacity = hosts.saturating_add(req.rules().len().saturating_mul(10));
    let mut out = String::with_capacity(capacity);
    for rule in req.rules() {
        // Writing to a String cannot fail.
        let _ = rule.write_parts(&mut out);
        out.push('\n');
    }
    out
}
