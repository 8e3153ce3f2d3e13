//! No silent guess (issue 19): a control plane address without its
//! telemetry address allows every telemetry host Kong's page or the Konnect
//! API pairs with it, and the requirements say what they inferred, in
//! every export that can hold a note.

use konnect_netreq::{Edition, Endpoint, Format, Inference, Protocol, Requirements};
use std::path::Path;

/// Every `control_plane_endpoint` / `telemetry_endpoint` pair among the
/// examples of a vendored Control Planes API specification.
fn api_pairs(file: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/kong-api")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let spec: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let mut pairs = Vec::new();
    let mut stack = vec![&spec];
    while let Some(value) = stack.pop() {
        match value {
            serde_json::Value::Object(map) => {
                if let (Some(cp), Some(tp)) = (
                    map.get("control_plane_endpoint").and_then(|v| v.as_str()),
                    map.get("telemetry_endpoint").and_then(|v| v.as_str()),
                ) {
                    pairs.push((cp.to_owned(), tp.to_owned()));
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    pairs.sort();
    pairs.dedup();
    pairs
}

fn telemetry_hosts(req: &Requirements) -> Vec<&str> {
    req.hosts()
        .filter(|(endpoint, _)| *endpoint == Endpoint::Telemetry)
        .map(|(_, host)| host.as_str())
        .collect()
}

/// The evidence: what the API's examples pair, before and after it paired
/// `cp` with `tp0`.
#[test]
fn the_api_pairs_cp_with_tp0() {
    let old = api_pairs("control-planes-v2-2025-08.yaml");
    let new = api_pairs("control-planes-v2-2026-08.yaml");
    let hosts = |pairs: &[(String, String)]| -> Vec<String> {
        pairs.iter().map(|(cp, tp)| format!("{cp} {tp}")).collect()
    };
    assert_eq!(
        hosts(&old),
        [
            "https://05459046af.us.cp0.konghq.com https://05459046af.us.tp0.konghq.com",
            "https://9e0353434a.us.cp0.konghq.com https://9e0353434a.us.tp0.konghq.com",
            "https://acfe5f253f.cp0.konghq.com https://acfe5f253f.tp0.konghq.com",
        ]
    );
    assert_eq!(
        hosts(&new),
        [
            "https://05459046af.us.cp.konghq.com https://05459046af.us.tp0.konghq.com",
            "https://9e0353434a.us.cp.konghq.com https://9e0353434a.us.tp0.konghq.com",
            "https://acfe5f253f.cp.konghq.com https://acfe5f253f.tp0.konghq.com",
        ]
    );
}

/// Requirements from the API's control plane address alone allow the
/// telemetry host the API pairs with it, and say they inferred it. (The
/// examples without a geo label are no Konnect hostnames and are refused.)
#[test]
fn every_api_pair_is_allowed_from_the_control_plane_alone() {
    let mut checked = 0;
    for file in [
        "control-planes-v2-2025-08.yaml",
        "control-planes-v2-2026-08.yaml",
    ] {
        for (cp, tp) in api_pairs(file) {
            let Ok(builder) = Requirements::from_control_plane_endpoint(&cp) else {
                assert!(cp.starts_with("https://acfe5f253f."), "{cp}");
                continue;
            };
            let req = builder.build().unwrap();
            assert!(req.allows_address(&tp, Protocol::Tcp), "{cp} {tp}");
            assert!(req.allows_address(&cp, Protocol::Tcp), "{cp}");
            let kinds: Vec<&str> = req.inferences().map(|note| note.as_str()).collect();
            assert_eq!(kinds, ["edition", "telemetry"], "{cp}");
            // Given both, as the API returns them, nothing is inferred but
            // the edition, and only the given telemetry host is allowed.
            let both = Requirements::from_control_plane_endpoint(&cp)
                .unwrap()
                .with_telemetry_endpoint(&tp)
                .build()
                .unwrap();
            assert_eq!(telemetry_hosts(&both), [tp.trim_start_matches("https://")]);
            let kinds: Vec<&str> = both.inferences().map(|note| note.as_str()).collect();
            assert_eq!(kinds, ["edition"], "{cp}");
            checked += 1;
        }
    }
    assert_eq!(checked, 4);
}

#[test]
fn a_cp0_host_pairs_with_tp0_only() {
    let req = Requirements::from_control_plane_endpoint("9e0353434a.us.cp0.konghq.com:443")
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(telemetry_hosts(&req), ["9e0353434a.us.tp0.konghq.com"]);
    let notes: Vec<String> = req.inferences().map(|note| note.to_string()).collect();
    assert_eq!(
        notes,
        [
            "edition apr2025 inferred from the control plane host 9e0353434a.us.cp0.konghq.com; \
             choose the edition to change it",
            "telemetry address not given: allowing 9e0353434a.us.tp0.konghq.com, the telemetry \
             host Kong's page and the Konnect API pair with 9e0353434a.us.cp0.konghq.com; give \
             the API's telemetry_endpoint to allow only it",
        ]
    );
}

/// Choosing the edition, or giving the prefix alone, infers nothing; a
/// PrivateLink address infers the edition only.
#[test]
fn what_is_chosen_is_not_inferred() {
    let chosen = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")
        .unwrap()
        .with_edition(Edition::Aug2026)
        .build()
        .unwrap();
    assert!(matches!(
        chosen.inferences().collect::<Vec<_>>()[..],
        [Inference::Telemetry { .. }]
    ));
    let prefix = Requirements::builder(konnect_netreq::Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_cp_prefix("9e0353434a")
        .build()
        .unwrap();
    assert_eq!(prefix.inferences().count(), 0);
    assert_eq!(telemetry_hosts(&prefix), ["9e0353434a.us.tp.konghq.com"]);
    let link = Requirements::from_control_plane_endpoint("us.svc.konghq.com/cp/9e0353434a")
        .unwrap()
        .build()
        .unwrap();
    let notes: Vec<String> = link.inferences().map(|note| note.to_string()).collect();
    assert_eq!(
        notes,
        [
            "edition apr2025 inferred from the control plane host us.svc.konghq.com; choose the \
          edition to change it"
        ]
    );
    // Moving editions keeps the given host and what it pairs with.
    let apr = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")
        .unwrap()
        .build()
        .unwrap()
        .in_edition(Edition::Apr2025)
        .unwrap();
    assert_eq!(
        telemetry_hosts(&apr),
        ["9e0353434a.us.tp0.konghq.com"],
        "tp0 is both Apr2025's spelling and the API's pair"
    );
}

/// The exports say it: a comment in every format with comments, a note
/// under the table, a field in JSON (which still reads back).
#[test]
fn every_output_says_what_was_inferred() {
    let req = Requirements::from_control_plane_endpoint("https://9e0353434a.us.cp.konghq.com")
        .unwrap()
        .build()
        .unwrap();
    let notes: Vec<String> = req.inferences().map(|note| note.to_string()).collect();
    assert_eq!(notes.len(), 2);
    for format in Format::ALL {
        let text = req.render(*format);
        let lead = match format {
            Format::Table => "note: ",
            Format::Hosts => continue,
            Format::Mermaid => "%% note: ",
            #[cfg(feature = "json")]
            Format::Json => continue,
            _ => "# note: ",
        };
        for note in &notes {
            assert_eq!(
                text.lines()
                    .filter(|line| *line == format!("{lead}{note}"))
                    .count(),
                1,
                "{format}: {text}"
            );
        }
    }
    #[cfg(feature = "json")]
    {
        let json: serde_json::Value = serde_json::from_str(&req.render(Format::Json)).unwrap();
        assert_eq!(json["inferred"][0]["inferred"], "edition");
        assert_eq!(json["inferred"][0]["edition"], "aug2026");
        assert_eq!(json["inferred"][0]["from"], "9e0353434a.us.cp.konghq.com");
        assert_eq!(json["inferred"][1]["inferred"], "telemetry");
        assert_eq!(
            json["inferred"][1]["hosts"],
            serde_json::json!([
                "9e0353434a.us.tp.konghq.com",
                "9e0353434a.us.tp0.konghq.com"
            ])
        );
        assert_eq!(json["inferred"][1]["note"], notes[1].as_str());
        let back: Requirements = serde_json::from_value(json).unwrap();
        assert_eq!(back, req);
        // Read back, the edition is stated, not inferred.
        assert_eq!(back.inferences().count(), 1);
        // Without inferences there is no field.
        let plain = Requirements::builder(konnect_netreq::Geo::Eu)
            .build()
            .unwrap();
        let json: serde_json::Value = serde_json::from_str(&plain.render(Format::Json)).unwrap();
        assert!(json.get("inferred").is_none());
    }
}
