//! The options of the formats that name things: policies, namespaces, pod
//! selectors, Squid ACLs, Terraform resources.

use crate::Error;
use crate::error::RenderOptionProblem as P;
use crate::first_error::FirstError;
use std::borrow::Cow;
use std::collections::HashSet;

/// Options for [`Requirements::render_with`](crate::Requirements::render_with):
/// the names and scopes that Kubernetes, Squid and Terraform outputs need.
///
/// A value that is always valid: [`RenderOptions::default`], or what a
/// [`RenderOptionsBuilder`] from [`RenderOptions::builder`] builds
/// ([`to_builder`](Self::to_builder) changes a copy of options you hold).
/// Every builder call checks its input; [`build`](RenderOptionsBuilder::build)
/// reports the first invalid one, of kind
/// [`InvalidRenderOption`](crate::ErrorKind::InvalidRenderOption). The
/// accepted characters never include a newline, a quote, `#`, `:`, `{`,
/// `}`, `$` or whitespace, so no option can add a line, a YAML key or an
/// HCL block to the output.
///
/// The defaults:
///
/// | option | default | why |
/// |---|---|---|
/// | [`name`](Self::name) | `konnect-egress` | says what the object is for; a valid Kubernetes name and AWS rule group name |
/// | [`namespace`](Self::namespace) | `kong` | the namespace Kong's Kubernetes guides install data planes into |
/// | [`selector`](Self::selector) | `app.kubernetes.io/name: kong` | the label the `kong/kong` Helm chart puts on its pods, so other pods in the namespace keep their egress; other installs label differently, so check yours |
/// | [`squid_acl_prefix`](Self::squid_acl_prefix) | `konnect` | ACL names `konnect_hosts`, `konnect_port`, `konnect_connect` |
/// | [`terraform_name`](Self::terraform_name) | `konnect_egress` | the Terraform resource label |
/// | [`capacity`](Self::capacity) | `100` | AWS fixes a rule group's capacity at creation; 100 leaves room for every optional Konnect host of a few control planes. The written capacity is the larger of this and what the rules need plus a quarter (rounded up), so a large set never gets less than it needs |
/// | [`cilium_dns_any`](Self::cilium_dns_any) | `false` | the Cilium policy's DNS rule lists only its own names, so the pods cannot resolve (or tunnel data through) any other name |
///
/// ```
/// use konnect_netreq::RenderOptions;
///
/// let options = RenderOptions::builder()
///     .with_name("konnect-dp")
///     .with_namespace("gateways")
///     .with_selector([("app.kubernetes.io/instance", "dp-eu")])
///     .build()?;
/// assert_eq!(options.name(), "konnect-dp");
/// assert_eq!(options.selector().collect::<Vec<_>>(), [("app.kubernetes.io/instance", "dp-eu")]);
///
/// // A failed change leaves the options you hold as they were.
/// let err = options.to_builder().with_namespace("kong\nkind: Secret").build().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid Kubernetes namespace \"kong\\nkind: Secret\": it contains '\\n'; \
///      expected a DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or hyphens, \
///      starting and ending with a letter or digit",
/// );
/// assert_eq!(options.namespace(), "gateways");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    // Borrowed defaults keep `RenderOptions::default()`, and so
    // `Requirements::render`, free of allocations.
    name: Cow<'static, str>,
    namespace: Cow<'static, str>,
    selector: Cow<'static, [Label]>,
    squid_acl_prefix: Cow<'static, str>,
    terraform_name: Cow<'static, str>,
    capacity: u32,
    cilium_dns_any: bool,
}

/// A pod selector label: key and value.
type Label = (Cow<'static, str>, Cow<'static, str>);

/// The label the `kong/kong` Helm chart puts on its pods.
const DEFAULT_SELECTOR: &[Label] = &[(
    Cow::Borrowed("app.kubernetes.io/name"),
    Cow::Borrowed("kong"),
)];

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            name: Cow::Borrowed("konnect-egress"),
            namespace: Cow::Borrowed("kong"),
            selector: Cow::Borrowed(DEFAULT_SELECTOR),
            squid_acl_prefix: Cow::Borrowed("konnect"),
            terraform_name: Cow::Borrowed("konnect_egress"),
            capacity: 100,
            cilium_dns_any: false,
        }
    }
}

const EXPECTED_DNS_LABEL: &str = "a DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or \
     hyphens, starting and ending with a letter or digit";
const EXPECTED_LABEL_KEY: &str = "a Kubernetes label key: an optional DNS-1123 subdomain prefix \
     and \"/\", then 1 to 63 ASCII letters, digits, '-', '_' or '.', starting and ending with a \
     letter or digit";
const EXPECTED_LABEL_VALUE: &str = "a Kubernetes label value: empty, or 1 to 63 ASCII letters, \
     digits, '-', '_' or '.', starting and ending with a letter or digit";
const EXPECTED_ACL_PREFIX: &str =
    "1 to 32 ASCII letters, digits, '_' or '-', starting with a letter";
const EXPECTED_TERRAFORM_NAME: &str =
    "1 to 64 ASCII letters, digits, '_' or '-', starting with a letter or '_'";
const EXPECTED_CAPACITY: &str = "a rule group capacity from 1 to 50000";

/// The longest Squid ACL name prefix: Squid caps ACL names at 63 bytes and
/// the longest suffix added is `_connect`.
const MAX_ACL_PREFIX: usize = 32;
/// The longest Terraform resource name accepted (Terraform sets no limit).
const MAX_TERRAFORM_NAME: usize = 64;
/// The largest capacity AWS Network Firewall accepts for a stateful rule group.
pub(super) const MAX_CAPACITY: u32 = 50_000;

impl RenderOptions {
    /// Starts from the defaults; see [`RenderOptionsBuilder`].
    pub fn builder() -> RenderOptionsBuilder {
        RenderOptions::default().to_builder()
    }

    /// Starts from a copy of these options, which stay as they are whatever
    /// the builder is given.
    pub fn to_builder(&self) -> RenderOptionsBuilder {
        RenderOptionsBuilder {
            options: self.clone(),
            error: FirstError::default(),
        }
    }

    /// The object name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The Kubernetes namespace.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The pod selector labels, in the order given; none selects all pods.
    pub fn selector(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.selector
            .iter()
            .map(|(key, value)| (key.as_ref(), value.as_ref()))
    }

    /// The Squid ACL name prefix.
    pub fn squid_acl_prefix(&self) -> &str {
        &self.squid_acl_prefix
    }

    /// The Terraform resource name.
    pub fn terraform_name(&self) -> &str {
        &self.terraform_name
    }

    /// The AWS Network Firewall rule group capacity.
    pub fn capacity(&self) -> u32 {
        self.capacity
    }

    /// Whether the Cilium policy's DNS rule allows every name; see
    /// [`with_cilium_dns_any`](RenderOptionsBuilder::with_cilium_dns_any).
    pub fn cilium_dns_any(&self) -> bool {
        self.cilium_dns_any
    }
}

/// Builds [`RenderOptions`]; made by [`RenderOptions::builder`] or
/// [`RenderOptions::to_builder`].
///
/// The crate's one builder style, shared with
/// [`RequirementsBuilder`](crate::RequirementsBuilder) and
/// [`DataPlaneConfigBuilder`](crate::DataPlaneConfigBuilder): calls take
/// `self` by value so they chain, check their input at once, and keep the
/// first invalid one for [`build`](Self::build) to report. Text is taken as
/// `impl AsRef<str>`. The value a builder was made from is a copy, never
/// touched, so a failed change costs nothing already held; and the value a
/// builder makes is valid as a whole, so `render_with` cannot fail.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct RenderOptionsBuilder {
    options: RenderOptions,
    error: FirstError,
}

impl RenderOptionsBuilder {
    /// Names the object: the `CiliumNetworkPolicy`, the prefix of each
    /// Istio `ServiceEntry` (`NAME-control-plane`), the AWS rule group. A
    /// DNS-1123 label, so it is valid in all three.
    pub fn with_name(mut self, name: impl AsRef<str>) -> Self {
        let name = name.as_ref();
        match check_dns_label(name) {
            Ok(()) => self.options.name = Cow::Owned(name.to_owned()),
            Err(problem) => self.fail(invalid(EXPECTED_DNS_LABEL, "object name", name, problem)),
        }
        self
    }

    /// Sets the Kubernetes namespace of the Cilium and Istio objects.
    pub fn with_namespace(mut self, namespace: impl AsRef<str>) -> Self {
        let namespace = namespace.as_ref();
        match check_dns_label(namespace) {
            Ok(()) => self.options.namespace = Cow::Owned(namespace.to_owned()),
            Err(problem) => self.fail(invalid(
                EXPECTED_DNS_LABEL,
                "Kubernetes namespace",
                namespace,
                problem,
            )),
        }
        self
    }

    /// Replaces the pod selector of the Cilium policy with these labels
    /// (all must match); [`with_every_pod`](Self::with_every_pod) selects
    /// every pod of the namespace instead.
    ///
    /// ```
    /// use konnect_netreq::RenderOptions;
    ///
    /// let two = RenderOptions::builder()
    ///     .with_selector([("app", "kong"), ("tier", "dp")])
    ///     .build()?;
    /// assert_eq!(two.selector().collect::<Vec<_>>(), [("app", "kong"), ("tier", "dp")]);
    /// let twice = RenderOptions::builder().with_selector([("app", "a"), ("app", "b")]).build();
    /// assert!(twice.is_err());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_selector<I, K, V>(mut self, labels: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        match selector(labels) {
            Ok(selector) => self.options.selector = Cow::Owned(selector),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Lets the Cilium policy select every pod of the namespace
    /// (`matchLabels: {}`), not only those with the selector's labels.
    ///
    /// ```
    /// use konnect_netreq::RenderOptions;
    ///
    /// let all_pods = RenderOptions::builder().with_every_pod().build()?;
    /// assert_eq!(all_pods.selector().count(), 0);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_every_pod(mut self) -> Self {
        self.options.selector = Cow::Borrowed(&[]);
        self
    }

    /// Sets the prefix of the Squid ACL names (`PREFIX_hosts`,
    /// `PREFIX_port`, `PREFIX_connect`).
    pub fn with_squid_acl_prefix(mut self, prefix: impl AsRef<str>) -> Self {
        let prefix = prefix.as_ref();
        match check_identifier(prefix, MAX_ACL_PREFIX, false) {
            Ok(()) => self.options.squid_acl_prefix = Cow::Owned(prefix.to_owned()),
            Err(problem) => self.fail(invalid(
                EXPECTED_ACL_PREFIX,
                "Squid ACL prefix",
                prefix,
                problem,
            )),
        }
        self
    }

    /// Sets the Terraform resource name (the second label of the
    /// `resource` block).
    pub fn with_terraform_name(mut self, name: impl AsRef<str>) -> Self {
        let name = name.as_ref();
        match check_identifier(name, MAX_TERRAFORM_NAME, true) {
            Ok(()) => self.options.terraform_name = Cow::Owned(name.to_owned()),
            Err(problem) => self.fail(invalid(
                EXPECTED_TERRAFORM_NAME,
                "Terraform resource name",
                name,
                problem,
            )),
        }
        self
    }

    /// Sets the AWS Network Firewall rule group capacity, which AWS fixes
    /// when the group is created.
    pub fn with_capacity(mut self, capacity: u32) -> Self {
        if capacity == 0 || capacity > MAX_CAPACITY {
            self.fail(invalid(
                EXPECTED_CAPACITY,
                "rule group capacity",
                &capacity.to_string(),
                P::OutOfRange,
            ));
        } else {
            self.options.capacity = capacity;
        }
        self
    }

    /// Lets the Cilium policy's DNS rule allow every name
    /// (`matchPattern: "*"`) instead of only the policy's own names.
    ///
    /// By default the DNS rule lists the same `matchName` and
    /// `matchPattern` selectors as the `toFQDNs` rule, so Cilium's DNS proxy
    /// refuses any other lookup from the selected pods: no resolving of
    /// names they are not meant to reach, and no DNS tunnelling. Set this
    /// when the pods must resolve other names too and no other policy
    /// allows them. Cilium answers a refused lookup with REFUSED by
    /// default, which some resolvers (musl's) take as the end of the
    /// search-domain walk (`cloud.konghq.com.kong.svc.cluster.local`
    /// first): Cilium's `tofqdns-dns-reject-response-code: nameError`
    /// setting fixes that without opening DNS.
    ///
    /// ```
    /// use konnect_netreq::{Format, Geo, RenderOptions, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).build()?;
    /// let own = req.render_with(Format::Cilium, &RenderOptions::default());
    /// assert!(own.contains("\n            dns:\n              - matchName: \"cloud.konghq.com\"\n"));
    /// assert!(!own.contains("matchPattern: \"*\""));
    ///
    /// let any = RenderOptions::builder().with_cilium_dns_any().build()?;
    /// assert!(any.cilium_dns_any());
    /// let text = req.render_with(Format::Cilium, &any);
    /// assert!(text.contains("\n            dns:\n              - matchPattern: \"*\"\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_cilium_dns_any(mut self) -> Self {
        self.options.cilium_dns_any = true;
        self
    }

    fn fail(&mut self, error: Error) {
        self.error.record(error);
    }

    /// The options, or the first invalid input given.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidRenderOption`](crate::ErrorKind::InvalidRenderOption)
    /// for the first invalid value given.
    pub fn build(self) -> Result<RenderOptions, Error> {
        self.error.or_ok(self.options)
    }
}

/// Checks selector labels: valid keys and values, no key twice.
fn selector<I, K, V>(labels: I) -> Result<Vec<Label>, Error>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut selector: Vec<Label> = Vec::new();
    // A set, not a scan of `selector`: a scan made 40,000 labels take seconds.
    let mut seen: HashSet<String> = HashSet::new();
    for (key, value) in labels {
        let (key, value) = (key.as_ref(), value.as_ref());
        check_label_key(key)
            .map_err(|problem| invalid(EXPECTED_LABEL_KEY, "label key", key, problem))?;
        check_label_value(value)
            .map_err(|problem| invalid(EXPECTED_LABEL_VALUE, "label value", value, problem))?;
        if !seen.insert(key.to_owned()) {
            return Err(invalid(EXPECTED_LABEL_KEY, "label key", key, P::Duplicate));
        }
        selector.push((Cow::Owned(key.to_owned()), Cow::Owned(value.to_owned())));
    }
    Ok(selector)
}

/// Checks a Kubernetes object name that must be an RFC 1123 label (a
/// secret mounted as a volume); `option` names it in the error.
pub(crate) fn check_kubernetes_label(option: &'static str, input: &str) -> Result<(), Error> {
    check_dns_label(input).map_err(|problem| invalid(EXPECTED_DNS_LABEL, option, input, problem))
}

fn invalid(expected: &'static str, option: &'static str, input: &str, problem: P) -> Error {
    Error::render_option(option, input, problem, expected)
}

fn bad_char(input: &str, allowed: impl Fn(char) -> bool) -> Result<(), P> {
    match input.chars().find(|c| !allowed(*c)) {
        Some(c) if crate::invisible::is_invisible(c) => Err(P::InvisibleCharacter(c)),
        Some(c) => Err(P::BadCharacter(c)),
        None => Ok(()),
    }
}

fn check_length(input: &str, max: usize) -> Result<(), P> {
    match input.len() {
        0 => Err(P::Empty),
        len if len > max => Err(P::TooLong(len)),
        _ => Ok(()),
    }
}

/// RFC 1123 as Kubernetes applies it to names and namespaces.
fn check_dns_label(input: &str) -> Result<(), P> {
    bad_char(input, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
    })?;
    check_length(input, 63)?;
    check_ends(input, |c| c.is_ascii_alphanumeric())
}

fn check_ends(input: &str, ok: impl Fn(char) -> bool) -> Result<(), P> {
    match (input.chars().next(), input.chars().last()) {
        (Some(first), _) if !ok(first) => Err(P::BadStart(first)),
        (_, Some(last)) if !ok(last) => Err(P::BadEnd(last)),
        _ => Ok(()),
    }
}

/// The name part of a label key, and a non-empty label value.
fn check_label_name(input: &str) -> Result<(), P> {
    bad_char(input, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
    })?;
    check_length(input, 63)?;
    check_ends(input, |c| c.is_ascii_alphanumeric())
}

fn check_label_key(input: &str) -> Result<(), P> {
    let Some((prefix, name)) = input.split_once('/') else {
        return check_label_name(input);
    };
    bad_char(prefix, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.')
    })
    .map_err(|problem| P::KeyPrefix(Box::new(problem)))?;
    check_length(prefix, 253).map_err(|problem| P::KeyPrefix(Box::new(problem)))?;
    for label in prefix.split('.') {
        check_dns_label(label).map_err(|problem| P::KeyPrefixLabel {
            label: label.to_owned(),
            problem: Box::new(problem),
        })?;
    }
    check_label_name(name).map_err(|problem| P::KeyName(Box::new(problem)))
}

fn check_label_value(input: &str) -> Result<(), P> {
    if input.is_empty() {
        return Ok(());
    }
    check_label_name(input)
}

/// Letters, digits, `_` and `-`, starting with a letter (or `_` if allowed).
fn check_identifier(input: &str, max: usize, underscore_first: bool) -> Result<(), P> {
    bad_char(input, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
    })?;
    check_length(input, max)?;
    match input.chars().next() {
        Some(first) if !(first.is_ascii_alphabetic() || (underscore_first && first == '_')) => {
            Err(P::BadStart(first))
        }
        _ => Ok(()),
    }
}
