//! Pretty JSON through serde: the one JSON writer of the crate, for the
//! requirements' `Format::Json` and the data plane's `ConfigFormat::Json`.

/// `value` as pretty JSON with a final newline.
pub(crate) fn render<T: serde::Serialize + ?Sized>(value: &T) -> String {
    #[expect(
        clippy::expect_used,
        reason = "requirements, sets and data plane settings serialize as maps with string \
                  keys, strings, numbers, booleans and nulls, which serde_json always writes"
    )]
    let mut out = serde_json::to_string_pretty(value).expect("JSON serialization cannot fail");
    out.push('\n');
    out
}
