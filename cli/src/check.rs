//! `check`: whether the requirements allow each address or port, and the
//! nearest reason when they do not, as the library's `check_address` and
//! `check_port` say it.

use crate::lines::{LineFormat, redacted, write_escaped};
use konnect_netreq::{Protocol, Requirements, RequirementsSet};

/// What the addresses are checked against: one control plane's
/// requirements, or a set from a `--spec` file.
pub(crate) enum Target {
    One(Box<Requirements>),
    Set(Box<RequirementsSet>),
}

/// The answer for one input: the rule that allows it, or why not.
fn answer(target: &Target, input: &str, protocol: Protocol) -> Result<String, String> {
    if let Some(port) = port_only(input) {
        let (port, named) = port?;
        let protocol = named.unwrap_or(protocol);
        return match target {
            Target::One(req) => req.check_port(port, protocol).map(|rule| rule.to_string()),
            Target::Set(set) => set.check_port(port, protocol).map(|rule| rule.to_string()),
        }
        .map_err(|refusal| refusal.to_string());
    }
    match target {
        Target::One(req) => req
            .check_address(input, protocol)
            .map(|rule| rule.to_string()),
        Target::Set(set) => set
            .check_address(input, protocol)
            .map(|rule| rule.to_string()),
    }
    .map_err(|refusal| refusal.to_string())
}

/// A port-only question, `PORT` or `PORT/PROTOCOL` (`8071/udp`): the
/// port and the transport it names, or why the number is no port. `None`
/// for anything else (a hostname, `host:port`, a URL).
fn port_only(input: &str) -> Option<Result<(u16, Option<Protocol>), String>> {
    let (digits, protocol) = match input.split_once('/') {
        Some((digits, protocol)) => (digits, Some(protocol.parse::<Protocol>().ok()?)),
        None => (input, None),
    };
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    Some(
        digits
            .parse::<u16>()
            .map(|port| (port, protocol))
            .map_err(|_| "not a port: expected a number from 0 to 65535".to_owned()),
    )
}

/// Checks every input and writes one line for each; whether all were
/// allowed.
pub(crate) fn run(
    target: &Target,
    inputs: &[String],
    protocol: Protocol,
    format: LineFormat,
    shown: &mut Vec<u8>,
) -> bool {
    let mut all_allowed = true;
    for input in inputs {
        let answer = answer(target, input, protocol);
        all_allowed &= answer.is_ok();
        let (verdict, said) = match &answer {
            Ok(rule) => ("allowed", rule),
            Err(reason) => ("refused", reason),
        };
        // The input as classify echoes it: redacted, then escaped.
        let mut echoed = Vec::new();
        write_escaped(&mut echoed, &redacted(input.as_bytes()));
        match format {
            LineFormat::Text => {
                shown.extend_from_slice(&echoed);
                shown.push(b'\t');
                shown.extend_from_slice(verdict.as_bytes());
                shown.push(b'\t');
                write_escaped(shown, said.as_bytes());
                shown.push(b'\n');
            }
            LineFormat::Json => {
                let object = serde_json::json!({
                    "input": String::from_utf8_lossy(&echoed),
                    "allowed": answer.is_ok(),
                    "rule": answer.as_ref().ok(),
                    "reason": answer.as_ref().err(),
                });
                // Writing JSON into a `Vec` cannot fail.
                let _ = serde_json::to_writer(&mut *shown, &object);
                shown.push(b'\n');
            }
        }
    }
    all_allowed
}
