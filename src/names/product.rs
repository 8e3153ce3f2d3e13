//! The Konnect products whose hosts a network must allow. The enum and its
//! rows are declared in the facts table.

use crate::Product;

impl Product {
    /// What requirements cover unless told otherwise: API Gateway and Dev
    /// Portal.
    pub const DEFAULT: &'static [Product] = &[Product::ApiGateway, Product::DevPortal];
}
