//! The Mermaid export: read back by a parser of its own grammar
//! (`common/render_check.rs`: every line a comment, the header, a node, a
//! subgraph or an edge; every rule an edge with its port, in its
//! direction), and parsed by Mermaid's own parser (`mermaid.parse` under
//! node, `tools/mermaid/`).

use crate::allows_cases::all_requirements;
use crate::common::render_check::{check_rendered, read_mermaid};
use konnect_netreq::{Format, Requirements, RequirementsSet};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Some requirements of every kind: every combination of options, one with
/// notes, and a set.
fn charts() -> Vec<String> {
    let mut texts: BTreeSet<String> = BTreeSet::new();
    for req in all_requirements() {
        let text = req.render(Format::Mermaid);
        check_rendered(&req, Format::Mermaid, &text);
        texts.insert(text);
    }
    let inferred = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")
        .unwrap()
        .build()
        .unwrap();
    let text = inferred.render(Format::Mermaid);
    check_rendered(&inferred, Format::Mermaid, &text);
    assert_eq!(read_mermaid(&text).comments.len(), 3, "{text}");
    texts.insert(text);
    let set: RequirementsSet = all_requirements().into_iter().step_by(97).collect();
    let text = set.render(Format::Mermaid);
    check_rendered(&set, Format::Mermaid, &text);
    texts.insert(text);
    // The golden files, as the command writes them too.
    for file in golden_charts() {
        let text = std::fs::read_to_string(&file).unwrap();
        let body = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"))
            .map(|(_, body)| body.to_owned())
            .unwrap_or_else(|| panic!("{}: no insta header", file.display()));
        read_mermaid(&body);
        texts.insert(body);
    }
    texts.into_iter().collect()
}

/// Every Mermaid golden file.
fn golden_charts() -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(".mermaid.snap") {
                found.push(path);
            }
        }
    }
    // Every geo of every edition has its charts, and the set has one.
    assert!(found.len() > 60, "{}", found.len());
    found
}

#[test]
fn the_chart_holds_every_rule_in_its_direction() {
    assert!(charts().len() > 100);
}

/// Mermaid's own parser accepts every chart. It runs where `node` and the
/// packages of `tools/mermaid` are installed (`npm ci` there; `.ci/run`
/// does it); set `KONNECT_NETREQ_REQUIRE_MERMAID=1` to fail where they are
/// missing (CI does).
#[test]
fn mermaid_parses_every_chart() {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/mermaid");
    let required = std::env::var_os("KONNECT_NETREQ_REQUIRE_MERMAID").is_some_and(|v| v == "1");
    let node = Command::new("node").arg("--version").output();
    let installed = tools.join("node_modules/mermaid/package.json").is_file();
    if !(node.is_ok_and(|out| out.status.success()) && installed) {
        assert!(
            !required,
            "node or tools/mermaid/node_modules is missing (run `npm ci` in tools/mermaid)"
        );
        eprintln!(
            "mermaid_parses_every_chart: node or tools/mermaid/node_modules missing; not run"
        );
        return;
    }
    let dir = std::env::temp_dir().join(format!("konnect-netreq-mermaid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (n, text) in charts().iter().enumerate() {
        let file = dir.join(format!("{n}.mmd"));
        std::fs::write(&file, text).unwrap();
        files.push(file);
    }
    // A chart Mermaid refuses, so that the check is seen to fail.
    let broken = dir.join("broken.mmd");
    std::fs::write(&broken, "flowchart LR\n    dp -->|\"443/tcp| h1\n").unwrap();
    let out = Command::new("node")
        .arg(tools.join("parse.mjs"))
        .args(&files)
        .arg(&broken)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        files.len() + 1,
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (line, file) in lines.iter().zip(&files) {
        assert_eq!(
            *line,
            format!("ok {} flowchart-v2", file.display()),
            "{}",
            std::fs::read_to_string(file).unwrap()
        );
    }
    assert!(
        lines[files.len()].starts_with(&format!("error {} Parse error on line ", broken.display())),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}
