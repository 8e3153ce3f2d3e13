//! An aligned table for people: direction, endpoint, host, port, transport.

use crate::Requirements;
use std::fmt::Write;

const HEADER: [&str; 5] = ["DIRECTION", "ENDPOINT", "HOST", "PORT", "PROTO"];

pub(super) fn render(req: &Requirements) -> String {
    let rows: Vec<[String; 5]> = req
        .rules()
        .map(|rule| {
            [
                rule.direction().to_string(),
                rule.endpoint()
                    .map_or_else(|| "-".to_owned(), |e| e.to_string()),
                rule.host()
                    .map_or_else(|| "-".to_owned(), |h| h.to_string()),
                rule.port().number().to_string(),
                rule.protocol().to_string(),
            ]
        })
        .collect();
    let mut widths = HEADER.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let mut out = String::new();
    let header = HEADER.map(str::to_owned);
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(widths) {
            // Writing to a String cannot fail.
            let _ = write!(line, "{cell:<width$}  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
