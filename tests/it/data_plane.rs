//! `DataPlaneVersion` and the data plane timing facts of the FAQ.

use konnect_netreq::{
    DataPlaneVersion, HEARTBEAT_INTERVAL, RECONNECT_DELAY_MAX, RECONNECT_DELAY_MIN,
    TELEMETRY_BUFFER_REQUESTS,
};
use std::time::Duration;

#[test]
fn versions() {
    let rows: Vec<(&str, Duration, &str, bool)> = DataPlaneVersion::ALL
        .iter()
        .map(|v| {
            (
                v.as_str(),
                v.telemetry_flush_interval(),
                v.cached_config(),
                v.cached_config_is_directory(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("2.x", Duration::from_secs(10), "config.json.gz", false),
            ("3.x", Duration::from_secs(1), "dbless.lmdb", true),
        ]
    );
    assert_eq!(
        "3.X".parse::<DataPlaneVersion>().unwrap(),
        DataPlaneVersion::V3
    );
    assert_eq!(
        "3".parse::<DataPlaneVersion>().unwrap_err().to_string(),
        "unrecognized data plane version \"3\": expected one of 2.x, 3.x"
    );
}

#[test]
fn timings() {
    assert_eq!(HEARTBEAT_INTERVAL, Duration::from_secs(30));
    assert_eq!(RECONNECT_DELAY_MIN, Duration::from_secs(5));
    assert_eq!(RECONNECT_DELAY_MAX, Duration::from_secs(10));
    assert_eq!(TELEMETRY_BUFFER_REQUESTS, 100_000);
}
