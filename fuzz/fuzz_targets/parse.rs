//! Every `FromStr` of the crate on any string: never panics, and whatever
//! parses prints back to a string that parses to the same value.
#![no_main]

use konnect_netreq::{
    AppProtocol, CpPrefix, DataPlaneVersion, Direction, Edition, Endpoint, Format, Geo, Host, Port,
    PortalId, Protocol,
};
use konnect_netreq_fuzz::check_error_text;
use libfuzzer_sys::fuzz_target;
use std::fmt::{Debug, Display};
use std::str::FromStr;

fn round_trip<T>(input: &str)
where
    T: FromStr<Err = konnect_netreq::Error> + Display + Debug + PartialEq,
{
    match input.parse::<T>() {
        Ok(value) => {
            let again: T = value
                .to_string()
                .parse()
                .expect("printed value does not parse");
            assert_eq!(again, value);
            assert!(
                value
                    .to_string()
                    .eq_ignore_ascii_case(input.strip_suffix('.').unwrap_or(input))
            );
        }
        Err(error) => check_error_text(&error),
    }
}

fuzz_target!(|input: &str| {
    round_trip::<Geo>(input);
    round_trip::<Edition>(input);
    round_trip::<Protocol>(input);
    round_trip::<AppProtocol>(input);
    round_trip::<Port>(input);
    round_trip::<Endpoint>(input);
    round_trip::<Direction>(input);
    round_trip::<DataPlaneVersion>(input);
    round_trip::<Format>(input);
    round_trip::<Host>(input);
    round_trip::<CpPrefix>(input);
    round_trip::<PortalId>(input);
});
