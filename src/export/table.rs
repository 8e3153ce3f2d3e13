//! An aligned table for people: direction, endpoint, host, port, transport;
//! then a `note:` line for each thing the requirements inferred.

use super::Source;
use std::fmt::Write;

const HEADER: [&str; 5] = ["DIRECTION", "ENDPOINT", "HOST", "PORT", "PROTO"];

/// How many decimal digits `number` has.
fn digits(number: u16) -> usize {
    number
        .checked_ilog10()
        .map_or(1, |log| usize::try_from(log).unwrap_or(0).saturating_add(1))
}

pub(super) fn render(req: &Source<'_>) -> String {
    // The widths come from the cells' lengths, so no cell is allocated.
    let mut widths = HEADER.map(str::len);
    for rule in req.rules() {
        let lengths = [
            rule.direction().as_str().len(),
            rule.endpoint().map_or(1, |e| e.as_str().len()),
            rule.host().map_or(1, |h| h.as_str().len()),
            digits(rule.port()),
        ];
        for (width, len) in widths.iter_mut().zip(lengths) {
            *width = (*width).max(len);
        }
    }
    let [direction, endpoint, host, port, _] = widths;
    let line = widths.iter().fold(0_usize, |sum, width| {
        sum.saturating_add(width.saturating_add(2))
    });
    let mut out = String::with_capacity(line.saturating_mul(req.rules().len().saturating_add(1)));
    // Writing to a String cannot fail. The last column is not padded, so
    // no line ends in spaces.
    let [h0, h1, h2, h3, h4] = HEADER;
    let _ = writeln!(
        out,
        "{h0:<direction$}  {h1:<endpoint$}  {h2:<host$}  {h3:<port$}  {h4}"
    );
    for rule in req.rules() {
        let _ = writeln!(
            out,
            "{:<direction$}  {:<endpoint$}  {:<host$}  {:<port$}  {}",
            rule.direction().as_str(),
            rule.endpoint().map_or("-", |e| e.as_str()),
            rule.host().map_or("-", |h| h.as_str()),
            rule.port(),
            rule.protocol().as_str(),
        );
    }
    // What was inferred, after the table so its columns stay aligned.
    super::notes(&mut out, "", req);
    out
}
