//! `host:port/proto` lines.

use crate::Requirements;

pub(super) fn render(req: &Requirements) -> String {
    // Room for every line up front: each host and `:`, and at most
    // `65535/udp\n` on every line.
    let hosts: usize = req.hosts().map(|(_, host)| host.as_str().len() + 1).sum();
    let capacity = hosts + 10 * req.rules().len();
    let mut out = String::with_capacity(capacity);
    for rule in req.rules() {
        // Writing to a String cannot fail.
        let _ = rule.write_parts(&mut out);
        out.push('\n');
    }
    out
}
