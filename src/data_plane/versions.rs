//! Settings that need a given Kong Gateway version: the warnings every
//! output of a [`DataPlaneConfig`] carries, and the Helm chart's image tag.

use super::render::ConfigFormat;
use crate::error::RenderOptionProblem;
use crate::{DataPlaneConfig, DataPlaneConfigBuilder, Error};

/// `incremental_sync` is a setting of Kong Gateway 3.10 and later.
const INCREMENTAL_SYNC_VERSION: &str =
    "incremental_sync needs Kong Gateway 3.10 or later; older data planes do not know it.";

/// Kong's breaking changes (`app/gateway/breaking-changes.md`): with stream
/// listeners, incremental sync fails from 3.10.0.0 and is fixed in 3.11.0.3.
const INCREMENTAL_SYNC_STREAMS: &str = "incremental_sync with stream_listen fails on Kong \
     Gateway 3.10.0.0 up to 3.11.0.3, which fixes it (Kong's breaking changes): run 3.11.0.3 \
     or later.";

/// The `kong/kong` chart's default image tag predates incremental sync
/// (`values.yaml` of chart 3.4.1: `tag: "3.9"`).
const CHART_DEFAULT_TAG: &str = "the kong/kong chart's default image tag (3.9 in chart 3.4.1) \
     is older than incremental_sync: set image.tag to Kong Gateway 3.10 or later.";

/// What a Docker image tag may hold: ASCII letters, digits, `_`, `.` and
/// `-`, not starting with `.` or `-`, at most 128 characters (Docker's
/// reference grammar, `[\w][\w.-]{0,127}`).
const EXPECTED_TAG: &str = "a Docker image tag: 1 to 128 ASCII letters, digits, '_', '.' or \
     '-', not starting with '.' or '-'";

impl DataPlaneConfig {
    /// What a reader of these settings in `format` must know about the Kong
    /// Gateway version that runs them, one sentence each, oldest concern
    /// first: `incremental_sync` needs 3.10 or later, fails with
    /// `stream_listen` before 3.11.0.3, and (Helm values without an
    /// [image tag](DataPlaneConfigBuilder::with_helm_image_tag)) the chart's
    /// default image is older. Every format but JSON writes them as comments
    /// at its top; the command-line tool prints them on standard error for
    /// JSON.
    ///
    /// ```
    /// use konnect_netreq::{ConfigFormat, Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// assert!(config.warnings(ConfigFormat::KongConf).is_empty());
    /// let config = config.to_builder().with_incremental_sync().build()?;
    /// assert_eq!(config.warnings(ConfigFormat::KongConf), [
    ///     "incremental_sync needs Kong Gateway 3.10 or later; older data planes do not know it.",
    /// ]);
    /// assert_eq!(config.warnings(ConfigFormat::Helm).len(), 2);
    /// let config = config.to_builder().with_helm_image_tag("3.11").build()?;
    /// assert_eq!(config.warnings(ConfigFormat::Helm).len(), 1);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn warnings(&self, format: ConfigFormat) -> Vec<&'static str> {
        let mut warnings = Vec::new();
        if self.incremental_sync {
            warnings.push(INCREMENTAL_SYNC_VERSION);
            if self.stream_listen.is_some() {
                warnings.push(INCREMENTAL_SYNC_STREAMS);
            }
            if format == ConfigFormat::Helm && self.helm_image_tag.is_none() {
                warnings.push(CHART_DEFAULT_TAG);
            }
        }
        warnings
    }

    /// The warnings of `format` as `# Warning: ...` comment lines.
    pub(super) fn warning_comments(&self, format: ConfigFormat) -> String {
        self.warnings(format)
            .iter()
            .map(|warning| format!("# Warning: {warning}\n"))
            .collect()
    }
}

impl DataPlaneConfigBuilder {
    /// Sets the `kong/kong` chart's `image.tag` in the
    /// [Helm values](DataPlaneConfig::helm_values), e.g. `"3.11"`; without
    /// it the chart's default tag stays (3.9 in chart 3.4.1).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .to_builder()
    ///     .with_helm_image_tag("3.11.0.3")
    ///     .build()?;
    /// assert!(config.helm_values().contains(
    ///     "image:\n  repository: \"kong/kong-gateway\"\n  tag: \"3.11.0.3\"\n"
    /// ));
    /// assert_eq!(
    ///     config.to_builder().with_helm_image_tag("3.11 ").build().unwrap_err().to_string(),
    ///     "invalid Helm image tag \"3.11 \": it contains ' '; expected a Docker image tag: \
    ///      1 to 128 ASCII letters, digits, '_', '.' or '-', not starting with '.' or '-'",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// [`build`](Self::build) reports
    /// [`ErrorKind::InvalidRenderOption`](crate::ErrorKind::InvalidRenderOption)
    /// for a tag Docker would refuse.
    pub fn with_helm_image_tag(mut self, tag: impl AsRef<str>) -> Self {
        let tag = tag.as_ref();
        match check_tag(tag) {
            Ok(()) => self.edit(|config| config.helm_image_tag = Some(tag.to_owned())),
            Err(problem) => {
                self.fail(Error::render_option(
                    "Helm image tag",
                    tag,
                    problem,
                    EXPECTED_TAG,
                ));
            }
        }
        self
    }
}

/// Holds `tag` to Docker's tag grammar.
fn check_tag(tag: &str) -> Result<(), RenderOptionProblem> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
    if let Some(c) = tag.chars().find(|c| !allowed(*c)) {
        return Err(if crate::invisible::is_invisible(c) {
            RenderOptionProblem::InvisibleCharacter(c)
        } else {
            RenderOptionProblem::BadCharacter(c)
        });
    }
    match (tag.len(), tag.chars().next()) {
        (0, _) => Err(RenderOptionProblem::Empty),
        (len, _) if len > 128 => Err(RenderOptionProblem::TooLong(len)),
        (_, Some(c @ ('.' | '-'))) => Err(RenderOptionProblem::BadStart(c)),
        _ => Ok(()),
    }
}
