//! Pretty JSON through serde.

/// `value` as pretty JSON with a final newline.
pub(super) fn render<T: serde::Serialize + ?Sized>(value: &T) -> String {
    #[expect(
        clippy::expect_used,
        reason = "requirements and sets serialize as maps with string keys, strings, numbers, \
                  booleans and nulls, which serde_json always writes"
    )]
    let mut out = serde_json::to_string_pretty(value).expect("JSON serialization cannot fail");
    out.push('\n');
    out
}
