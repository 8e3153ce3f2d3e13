//! Shared pieces of the fuzz targets: the inputs they derive from raw bytes
//! and the checks they run. The oracle and the output checker are the same
//! files the test suite uses.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use arbitrary::Arbitrary;
use konnect_netreq::{Edition, Error, Geo, Mesh, Product, Requirements, RequirementsBuilder};

#[path = "../../tests/it/common/oracle.rs"]
pub mod oracle;
#[path = "../../tests/it/common/render_check.rs"]
pub mod render_check;

/// An identifier as the fuzzer gives it: either any string, or bytes mapped
/// onto the label alphabet so that valid (and nearly valid) labels are common.
#[derive(Debug, Arbitrary)]
pub enum Ident {
    Raw(String),
    Label(Vec<u8>),
}

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789-ABCXYZ-.";

impl Ident {
    pub fn text(&self) -> String {
        match self {
            Ident::Raw(s) => s.clone(),
            Ident::Label(bytes) => bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
                .collect(),
        }
    }
}

/// Everything the builder can be given.
#[derive(Debug, Arbitrary)]
pub struct BuilderInput {
    pub geo: u8,
    pub edition: u8,
    pub cp_prefix: Option<Ident>,
    pub portal_id: Option<Ident>,
    /// Mesh choices in the order given (the last one wins).
    pub mesh: Vec<bool>,
    pub auth_server_ids: Vec<Ident>,
    pub telemetry_endpoint: Option<String>,
    /// Products added one by one, as indexes into `Product::ALL`, so every
    /// product is reached without a field of its own.
    pub products: Vec<u8>,
    pub private_link: bool,
}

impl BuilderInput {
    pub fn geo(&self) -> Geo {
        Geo::ALL[usize::from(self.geo) % Geo::ALL.len()]
    }

    pub fn edition(&self) -> Edition {
        Edition::ALL[usize::from(self.edition) % Edition::ALL.len()]
    }

    pub fn builder(&self) -> RequirementsBuilder {
        let mut b = Requirements::for_geo(self.geo()).with_edition(self.edition());
        if let Some(id) = &self.cp_prefix {
            b = b.with_cp_prefix(id.text());
        }
        if let Some(id) = &self.portal_id {
            b = b.with_portal_id(id.text());
        }
        for global in self.mesh.iter().take(3) {
            b = b.with_mesh(if *global {
                Mesh::Global
            } else {
                Mesh::Regional
            });
        }
        for id in self.auth_server_ids.iter().take(4) {
            b = b.with_auth_server_id(id.text());
        }
        if let Some(endpoint) = &self.telemetry_endpoint {
            b = b.with_telemetry_endpoint(endpoint);
        }
        for index in self.products.iter().take(Product::ALL.len()) {
            b = b.with_product(Product::ALL[usize::from(*index) % Product::ALL.len()]);
        }
        if self.private_link {
            b = b.with_private_link();
        }
        b
    }
}

/// Error messages quote input with escapes: no raw control character may reach a log line.
pub fn check_error_text(error: &Error) {
    let text = error.to_string();
    assert!(
        !text.chars().any(char::is_control),
        "error text holds a control character: {text:?}"
    );
    assert!(!text.is_empty());
}

/// Every host of a built `Requirements` is a valid, classifiable Konnect
/// hostname and `allows` accepts it.
pub fn check_requirements(req: &Requirements) {
    for (endpoint, host) in req.hosts() {
        let text = host.as_str();
        assert!(text.len() <= 253, "{text} is too long");
        assert!(
            text.split('.').all(|l| (1..=63).contains(&l.len())),
            "{text}"
        );
        assert!(
            text.ends_with(".konghq.com") || text.ends_with(".kongportals.com"),
            "{text} is not a Konnect hostname"
        );
        assert_eq!(&konnect_netreq::Host::new(text).unwrap(), host);
        if host.is_wildcard() {
            assert_eq!(konnect_netreq::classify(text), None, "{text}");
            continue;
        }
        let found = konnect_netreq::classify(text).expect("built host does not classify");
        assert_eq!(found.endpoint(), endpoint, "{text}");
        oracle::check_classify(text);
        assert!(
            req.allows(text, 443, konnect_netreq::Protocol::Tcp),
            "{text}"
        );
        assert!(
            !req.allows(text, 444, konnect_netreq::Protocol::Tcp),
            "{text}"
        );
        assert!(
            !req.allows(text, 443, konnect_netreq::Protocol::Udp),
            "{text}"
        );
    }
}

/// Every kong.conf setting name Kong knows (the list the tests check too).
const KONG_CONF_KEYS: &str = include_str!("../../tests/data/kong-conf-keys.txt");

/// Every line of a data plane configuration is `name = value` with a real
/// kong.conf name and a value kong.conf reads back unchanged (no control
/// character, no `#` that would start a comment, no surrounding space) and
/// an environment file holds as it is, and the environment form carries
/// the same values under `KONG_` names.
pub fn check_kong_conf(config: &konnect_netreq::DataPlaneConfig) {
    let text = config.kong_conf();
    let known: Vec<&str> = KONG_CONF_KEYS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    let mut lines = 0;
    for line in text.lines() {
        let (name, value) = line.split_once(" = ").expect("not a name = value line");
        assert!(known.contains(&name), "{name} is no kong.conf setting");
        assert!(!value.is_empty(), "{name} is empty");
        assert!(!value.contains('#'), "{name} holds a comment: {value:?}");
        assert!(!value.chars().any(char::is_control), "{name}: {value:?}");
        assert_eq!(value.trim(), value, "{name} has surrounding space");
        // What sh, docker --env-file and Compose all read as it is.
        assert!(
            value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._/:@%+=,[]".contains(c)),
            "{name} would read differently in an environment file: {value:?}"
        );
        lines += 1;
    }
    assert_eq!(text.matches('\n').count(), lines, "kong.conf line count");
    let settings: Vec<(&str, &str)> = config.settings().collect();
    let env: Vec<(&str, &str)> = config.env().collect();
    assert_eq!(settings.len(), env.len());
    for ((name, value), (env_name, env_value)) in settings.iter().zip(&env) {
        assert_eq!(*env_name, format!("KONG_{}", name.to_ascii_uppercase()));
        assert_eq!(value, env_value);
    }
}

/// Render options as the fuzzer gives them; invalid ones are refused by the
/// setters, valid ones must still give output that parses back.
#[derive(Debug, Arbitrary)]
pub struct OptionsInput {
    pub name: Option<String>,
    pub namespace: Option<String>,
    pub selector: Option<Vec<(String, String)>>,
    pub squid_acl_prefix: Option<String>,
    pub terraform_name: Option<String>,
    pub capacity: Option<u32>,
}

impl OptionsInput {
    /// The options, or the first error a setter gave (its text checked).
    pub fn options(&self) -> Option<konnect_netreq::RenderOptions> {
        let mut options = konnect_netreq::RenderOptions::default();
        let steps: [&dyn Fn(
            konnect_netreq::RenderOptions,
        ) -> Result<konnect_netreq::RenderOptions, Error>; 6] = [
            &|o| match &self.name {
                Some(v) => o.to_builder().with_name(v).build(),
                None => Ok(o),
            },
            &|o| match &self.namespace {
                Some(v) => o.to_builder().with_namespace(v).build(),
                None => Ok(o),
            },
            &|o| match &self.selector {
                Some(v) => o
                    .to_builder()
                    .with_selector(v.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                    .build(),
                None => Ok(o),
            },
            &|o| match &self.squid_acl_prefix {
                Some(v) => o.to_builder().with_squid_acl_prefix(v).build(),
                None => Ok(o),
            },
            &|o| match &self.terraform_name {
                Some(v) => o.to_builder().with_terraform_name(v).build(),
                None => Ok(o),
            },
            &|o| match self.capacity {
                Some(v) => o.to_builder().with_capacity(v).build(),
                None => Ok(o),
            },
        ];
        for step in steps {
            match step(options) {
                Ok(next) => options = next,
                Err(error) => {
                    check_error_text(&error);
                    return None;
                }
            }
        }
        Some(options)
    }
}

/// A valid data plane configuration to start from.
pub fn base_config() -> konnect_netreq::DataPlaneConfig {
    Requirements::for_geo(Geo::Eu)
        .with_cp_prefix("a1b2c3d4e5")
        .build()
        .and_then(|req| req.data_plane_config())
        .expect("a fixed valid configuration")
}

/// What `Requirements::allows` must answer, spelled out from the public
/// API: port 443 over TCP, and `classify` finds an endpoint one of whose
/// hosts in `req.hosts()` matches the host.
pub fn allows_oracle(
    req: &Requirements,
    host: &str,
    port: u16,
    protocol: konnect_netreq::Protocol,
) -> bool {
    port == 443
        && protocol == konnect_netreq::Protocol::Tcp
        && konnect_netreq::classify(host).is_some_and(|found| {
            req.hosts()
                .any(|(endpoint, allowed)| endpoint == found.endpoint() && allowed.matches(host))
        })
}

/// Every rule's text (`host:port/proto` or `port/proto`).
pub fn rule_texts(req: &Requirements) -> std::collections::BTreeSet<String> {
    req.rules().map(|rule| rule.to_string()).collect()
}

/// Whether any control character is in the text.
pub fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// Where a borrowed part of `whole` starts, if it is one.
pub fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start.checked_add(part.len())? <= whole.len()).then_some(start)
}
