//! Changing built requirements: back to their builder, or into another
//! edition in one call.

use super::RequirementsBuilder;
use crate::first_error::FirstError;
use crate::{Edition, Error, Geo, Requirements};

impl Requirements {
    /// Starts resolving the requirements of `geo`: the builder's
    /// constructor, named as [`RenderOptions::builder`](crate::RenderOptions::builder)
    /// and [`DataPlaneConfig::builder`](crate::DataPlaneConfig::builder) are.
    /// [`for_geo`](Self::for_geo) is the same call under the name the
    /// README starts with; both stay.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let req = Requirements::builder(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// assert_eq!(req, Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn builder(geo: Geo) -> RequirementsBuilder {
        RequirementsBuilder::new(geo)
    }

    /// A builder holding these requirements' inputs, to change a copy:
    /// `build()` on it unchanged gives requirements equal to these, and a
    /// refused change leaves `self` as it is. The control plane and
    /// telemetry addresses given are kept as given.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Product, Requirements};
    ///
    /// let req = Requirements::builder(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// assert_eq!(req.to_builder().build()?, req);
    /// let more = req.to_builder().with_product(Product::IngressController).build()?;
    /// assert_eq!(more.rules().len(), req.rules().len() + 1);
    /// assert!(req.to_builder().with_portal_id("not a portal id").build().is_err());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn to_builder(&self) -> RequirementsBuilder {
        RequirementsBuilder {
            inputs: self.inputs().clone(),
            error: FirstError::default(),
        }
    }

    /// The same inputs in another edition of Kong's page, so that moving
    /// editions is one call: `req.diff(&req.in_edition(Edition::Aug2026)?)`.
    /// A control plane or telemetry address given is kept as given (the
    /// Konnect API's host stays what the API said), and so is everything
    /// else chosen.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo, Requirements};
    ///
    /// let apr = Requirements::builder(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let aug = apr.in_edition(Edition::Aug2026)?;
    /// assert_eq!(aug.edition(), Edition::Aug2026);
    /// let added: Vec<String> = apr.diff(&aug).added().map(|rule| rule.to_string()).collect();
    /// assert!(added.contains(&"a1b2c3d4e5.eu.cp.konghq.com:443/tcp".to_owned()));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`RequirementsBuilder::build`] where `edition` does not list what
    /// these requirements ask for: their geo
    /// ([`ErrorKind::GeoNotInEdition`](crate::ErrorKind::GeoNotInEdition)),
    /// a product's hosts, the mesh sync or PrivateLink host chosen.
    pub fn in_edition(&self, edition: Edition) -> Result<Requirements, Error> {
        self.to_builder().with_edition(edition).build()
    }
}
