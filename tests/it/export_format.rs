//! `Format` keywords, `RenderOptions` validation, and the plain formats
//! (hosts lines, JSON) for every geo, edition and option set.

use crate::common::cases;
use konnect_netreq::{Error, ErrorKind, Format, RenderOptions};

#[test]
fn formats_have_kebab_case_keywords() {
    let expected: &[&str] = if cfg!(feature = "json") {
        &[
            "table",
            "hosts",
            "json",
            "squid",
            "cilium",
            "istio",
            "aws-network-firewall",
            "mermaid",
        ]
    } else {
        &[
            "table",
            "hosts",
            "squid",
            "cilium",
            "istio",
            "aws-network-firewall",
            "mermaid",
        ]
    };
    let names: Vec<String> = Format::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(names, expected);
    for format in Format::ALL {
        assert_eq!(format.as_str().parse::<Format>().unwrap(), *format);
        assert_eq!(
            format
                .as_str()
                .to_ascii_uppercase()
                .parse::<Format>()
                .unwrap(),
            *format
        );
    }
    assert_eq!(
        Format::try_from("aws_network_firewall")
            .unwrap_err()
            .to_string(),
        format!(
            "unrecognized format \"aws_network_firewall\": expected one of {}",
            expected.join(", ")
        )
    );
}

#[test]
fn every_format_renders_every_case_with_every_host() {
    for case in cases() {
        for format in Format::ALL {
            let text = case.req.render(*format);
            assert!(text.ends_with('\n'), "{} {format}", case.name);
            for (_, host) in case.req.hosts() {
                assert!(
                    text.contains(host.base()),
                    "{} {format}: {host} missing",
                    case.name
                );
            }
            assert!(
                !text.contains('\r') && !text.contains('\t'),
                "{} {format}",
                case.name
            );
        }
    }
}

#[test]
fn hosts_lines_are_the_rules() {
    for case in cases() {
        let lines: Vec<String> = case
            .req
            .render(Format::Hosts)
            .lines()
            .map(str::to_owned)
            .collect();
        let rules: Vec<String> = case.req.rules().map(|rule| rule.to_string()).collect();
        assert_eq!(lines, rules, "{}", case.name);
    }
}

#[cfg(feature = "json")]
#[test]
fn json_parses_and_carries_every_rule() {
    use serde_json::{Value, json};
    for case in cases() {
        let doc: Value = serde_json::from_str(&case.req.render(Format::Json)).unwrap();
        assert_eq!(doc["geo"], case.req.geo().as_str(), "{}", case.name);
        assert_eq!(doc["edition"], case.req.edition().as_str(), "{}", case.name);
        assert_eq!(doc["concrete"], case.req.is_concrete(), "{}", case.name);
        let rules = doc["rules"].as_array().unwrap();
        assert_eq!(rules.len(), case.req.rules().count(), "{}", case.name);
        for (json_rule, rule) in rules.iter().zip(case.req.rules()) {
            let host = rule.host().map(|host| host.as_str());
            assert_eq!(json_rule["host"], json!(host), "{}", case.name);
            assert_eq!(json_rule["port"], rule.port(), "{}", case.name);
            assert_eq!(
                json_rule["protocol"],
                rule.protocol().as_str(),
                "{}",
                case.name
            );
        }
    }
}

#[test]
fn default_options() {
    let options = RenderOptions::default();
    assert_eq!(options.name(), "konnect-egress");
    assert_eq!(options.namespace(), "kong");
    assert_eq!(
        options.selector().collect::<Vec<_>>(),
        [("app.kubernetes.io/name", "kong")]
    );
    assert_eq!(options.squid_acl_prefix(), "konnect");
    assert_eq!(options.terraform_name(), "konnect_egress");
    assert_eq!(options.capacity(), 100);
}

const DNS_LABEL: &str = "expected a DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or \
     hyphens, starting and ending with a letter or digit";
const LABEL_KEY: &str = "expected a Kubernetes label key: an optional DNS-1123 subdomain prefix \
     and \"/\", then 1 to 63 ASCII letters, digits, '-', '_' or '.', starting and ending with a \
     letter or digit";
const LABEL_VALUE: &str = "expected a Kubernetes label value: empty, or 1 to 63 ASCII letters, \
     digits, '-', '_' or '.', starting and ending with a letter or digit";
const ACL_PREFIX: &str =
    "expected 1 to 32 ASCII letters, digits, '_' or '-', starting with a letter";
const TERRAFORM: &str =
    "expected 1 to 64 ASCII letters, digits, '_' or '-', starting with a letter or '_'";

#[track_caller]
fn assert_error(result: Result<RenderOptions, Error>, message: &str) {
    assert_eq!(result.unwrap_err().to_string(), message);
}

#[test]
fn names_and_namespaces_must_be_dns_labels() {
    let o = RenderOptions::builder;
    assert_error(
        o().with_name("Konnect").build(),
        &format!("invalid object name \"Konnect\": it contains 'K'; {DNS_LABEL}"),
    );
    assert_error(
        o().with_name("-a").build(),
        &format!("invalid object name \"-a\": it starts with '-'; {DNS_LABEL}"),
    );
    assert_error(
        o().with_name("a-").build(),
        &format!("invalid object name \"a-\": it ends with '-'; {DNS_LABEL}"),
    );
    assert_error(
        o().with_namespace("").build(),
        &format!("invalid Kubernetes namespace \"\": it is empty; {DNS_LABEL}"),
    );
    let long = "a".repeat(64);
    assert_error(
        o().with_namespace(&long).build(),
        &format!("invalid Kubernetes namespace \"{long}\": it is 64 bytes long; {DNS_LABEL}"),
    );
    assert_error(
        o().with_namespace("kong\n---\nkind: Secret").build(),
        &format!(
            "invalid Kubernetes namespace \"kong\\n---\\nkind: Secret\": it contains '\\n'; {DNS_LABEL}"
        ),
    );
    assert_eq!(
        o().with_name("a".repeat(63)).build().unwrap().name().len(),
        63
    );
}

#[test]
fn selector_labels_follow_kubernetes_rules() {
    let with = |key: &str, value: &str| {
        RenderOptions::builder()
            .with_selector([(key, value)])
            .build()
    };
    assert_error(
        with("app: x", "kong"),
        &format!("invalid label key \"app: x\": it contains ':'; {LABEL_KEY}"),
    );
    assert_error(
        with("example.com/", "kong"),
        &format!("invalid label key \"example.com/\": its name: it is empty; {LABEL_KEY}"),
    );
    assert_error(
        with("Example.com/app", "kong"),
        &format!("invalid label key \"Example.com/app\": its prefix: it contains 'E'; {LABEL_KEY}"),
    );
    assert_error(
        with("a..b/app", "kong"),
        &format!("invalid label key \"a..b/app\": its prefix label \"\": it is empty; {LABEL_KEY}"),
    );
    assert_error(
        with("a/b/c", "kong"),
        &format!("invalid label key \"a/b/c\": its name: it contains '/'; {LABEL_KEY}"),
    );
    assert_error(
        with("app", "kong\"\n"),
        &format!("invalid label value \"kong\\\"\\n\": it contains '\"'; {LABEL_VALUE}"),
    );
    assert_error(
        with("app", "-kong"),
        &format!("invalid label value \"-kong\": it starts with '-'; {LABEL_VALUE}"),
    );
    let long = "v".repeat(64);
    assert_error(
        with("app", &long),
        &format!("invalid label value \"{long}\": it is 64 bytes long; {LABEL_VALUE}"),
    );
    assert_error(
        RenderOptions::builder()
            .with_selector([("app", "a"), ("app", "b")])
            .build(),
        &format!("invalid label key \"app\": it is given twice; {LABEL_KEY}"),
    );
    let ok = with("k8s.example.com/My_App.v1", "Kong-2.x_y").unwrap();
    assert_eq!(
        ok.selector().collect::<Vec<_>>(),
        [("k8s.example.com/My_App.v1", "Kong-2.x_y")]
    );
}

#[test]
fn forty_thousand_selector_labels_are_accepted_and_duplicates_still_refused() {
    // Checking each key against every earlier one made this take seconds.
    let labels: Vec<(String, String)> = (0..40_000)
        .map(|i| (format!("example.com/k{i}"), format!("v{i}")))
        .collect();
    let options = RenderOptions::builder()
        .with_selector(labels.iter().map(|(k, v)| (k, v)))
        .build()
        .unwrap();
    let got: Vec<(&str, &str)> = options.selector().collect();
    assert_eq!(got.len(), 40_000);
    assert_eq!(got[0], ("example.com/k0", "v0"));
    assert_eq!(got[39_999], ("example.com/k39999", "v39999"));

    // A repeat at the end is found, and reported at its first repeat.
    let mut repeated = labels.clone();
    repeated.push(("example.com/k17".to_owned(), "again".to_owned()));
    repeated.push(("example.com/k3".to_owned(), "again".to_owned()));
    assert_error(
        RenderOptions::builder()
            .with_selector(repeated.iter().map(|(k, v)| (k, v)))
            .build(),
        &format!("invalid label key \"example.com/k17\": it is given twice; {LABEL_KEY}"),
    );
    // A bad label before the repeat is reported first, as before.
    let mut bad_first = labels;
    bad_first.push(("Bad Key".to_owned(), "x".to_owned()));
    bad_first.push(("example.com/k0".to_owned(), "again".to_owned()));
    assert_error(
        RenderOptions::builder()
            .with_selector(bad_first.iter().map(|(k, v)| (k, v)))
            .build(),
        &format!("invalid label key \"Bad Key\": it contains ' '; {LABEL_KEY}"),
    );
}

#[test]
fn invisible_and_look_alike_characters_are_refused_and_escaped() {
    let o = RenderOptions::builder;
    const INVISIBLE: &str = "(a format character or a line or paragraph separator)";
    for c in [
        '\u{200b}', '\u{feff}', '\u{202e}', '\u{2028}', '\u{2029}', '\u{ad}', '\u{61c}',
        '\u{2066}', '\u{2069}',
    ] {
        let code = format!("\\u{{{:x}}}", u32::from(c));
        assert_error(
            o().with_namespace(format!("kong{c}")).build(),
            &format!(
                "invalid Kubernetes namespace \"kong{code}\": it contains the invisible \
                 Unicode character '{code}' {INVISIBLE}; {DNS_LABEL}"
            ),
        );
        assert_error(
            o().with_squid_acl_prefix(format!("k{c}")).build(),
            &format!(
                "invalid Squid ACL prefix \"k{code}\": it contains the invisible \
                 Unicode character '{code}' {INVISIBLE}; {ACL_PREFIX}"
            ),
        );
        assert_error(
            o().with_selector([("app", format!("kong{c}"))]).build(),
            &format!(
                "invalid label value \"kong{code}\": it contains the invisible \
                 Unicode character '{code}' {INVISIBLE}; {LABEL_VALUE}"
            ),
        );
    }
    // A Kelvin sign is not a 'K': the message shows which character it is.
    assert_error(
        o().with_terraform_name("\u{212a}onnect").build(),
        &format!(
            "invalid Terraform resource name \"\\u{{212a}}onnect\": it contains '\\u{{212a}}'; \
             {TERRAFORM}"
        ),
    );
    assert_error(
        o().with_name("caf\u{e9}").build(),
        &format!("invalid object name \"caf\\u{{e9}}\": it contains '\\u{{e9}}'; {DNS_LABEL}"),
    );
}

#[test]
fn squid_prefixes_terraform_names_and_capacities_are_checked() {
    let o = RenderOptions::builder;
    assert_error(
        o().with_squid_acl_prefix("1abc").build(),
        &format!("invalid Squid ACL prefix \"1abc\": it starts with '1'; {ACL_PREFIX}"),
    );
    assert_error(
        o().with_squid_acl_prefix("a b").build(),
        &format!("invalid Squid ACL prefix \"a b\": it contains ' '; {ACL_PREFIX}"),
    );
    let long = "k".repeat(33);
    assert_error(
        o().with_squid_acl_prefix(&long).build(),
        &format!("invalid Squid ACL prefix \"{long}\": it is 33 bytes long; {ACL_PREFIX}"),
    );
    assert_error(
        o().with_terraform_name("a\" {").build(),
        &format!("invalid Terraform resource name \"a\\\" {{\": it contains '\"'; {TERRAFORM}"),
    );
    assert_error(
        o().with_terraform_name("${x}").build(),
        &format!("invalid Terraform resource name \"${{x}}\": it contains '$'; {TERRAFORM}"),
    );
    assert_error(
        o().with_terraform_name("-x").build(),
        &format!("invalid Terraform resource name \"-x\": it starts with '-'; {TERRAFORM}"),
    );
    for capacity in [0, 50_001] {
        assert_error(
            o().with_capacity(capacity).build(),
            &format!(
                "invalid rule group capacity \"{capacity}\": it is out of range; \
                 expected a rule group capacity from 1 to 50000"
            ),
        );
    }
    assert_eq!(
        o().with_capacity(50_000).build().unwrap().capacity(),
        50_000
    );
    let err = o().with_namespace("Kong").build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRenderOption);
    assert_eq!(
        err.to_string(),
        "invalid Kubernetes namespace \"Kong\": it contains 'K'; expected a DNS-1123 label: 1 to 63 \
         lower-case ASCII letters, digits or hyphens, starting and ending with a letter or digit"
    );
}

#[test]
fn the_builder_keeps_the_first_error_and_the_options_you_hold() {
    let held = RenderOptions::builder()
        .with_namespace("gateways")
        .build()
        .unwrap();
    let err = held
        .to_builder()
        .with_name("Bad")
        .with_namespace("also bad")
        .with_capacity(0)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("invalid object name \"Bad\": it contains 'B'; {DNS_LABEL}")
    );
    assert_eq!(held.namespace(), "gateways");
    assert_eq!(held.name(), "konnect-egress");

    let every = held.to_builder().with_every_pod().build().unwrap();
    assert_eq!(every.selector().count(), 0);
    assert_eq!(every.namespace(), "gateways");
    let labels = vec![("app".to_owned(), "kong".to_owned())];
    let owned = RenderOptions::builder()
        .with_name(String::from("dp"))
        .with_selector(labels)
        .build()
        .unwrap();
    assert_eq!(
        (owned.name(), owned.selector().collect::<Vec<_>>()),
        ("dp", vec![("app", "kong")])
    );
}
