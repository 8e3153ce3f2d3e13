//! The issuer's name in a DER certificate, to name who issued a chain that
//! only the local store trusts. A few lines of DER reading: the probe needs
//! two attributes of one field, not a certificate parser.

/// One DER element: its tag, its contents and what follows it.
fn element(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 {
            return None;
        }
        let (bytes, rest) = rest.split_at_checked(count)?;
        let len = bytes
            .iter()
            .fold(0usize, |len, &b| (len << 8) | usize::from(b));
        (len, rest)
    };
    let (contents, rest) = rest.split_at_checked(len)?;
    Some((tag, contents, rest))
}

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const VERSION: u8 = 0xa0;
/// 2.5.4.3 and 2.5.4.10.
const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
const ORGANIZATION: &[u8] = &[0x55, 0x04, 0x0a];

/// `CN=..., O=...` of the certificate's issuer (whichever it has), or
/// `None` when the DER is not a certificate or the issuer has neither.
pub fn issuer(der: &[u8]) -> Option<String> {
    let (SEQUENCE, certificate, _) = element(der)? else {
        return None;
    };
    let (SEQUENCE, tbs, _) = element(certificate)? else {
        return None;
    };
    let mut rest = tbs;
    let (tag, _, after) = element(rest)?;
    if tag == VERSION {
        rest = after;
    }
    let (_serial, _, rest) = element(rest)?;
    let (_signature, _, rest) = element(rest)?;
    let (SEQUENCE, mut name, _) = element(rest)? else {
        return None;
    };
    let (mut cn, mut org) = (None, None);
    while let Some((SET, mut set, next)) = element(name) {
        while let Some((SEQUENCE, attribute, after)) = element(set) {
            if let Some((0x06, oid, value)) = element(attribute) {
                if let Some((_, text, _)) = element(value) {
                    let text = String::from_utf8_lossy(text).into_owned();
                    match oid {
                        COMMON_NAME => cn = Some(text),
                        ORGANIZATION => org = Some(text),
                        _ => {}
                    }
                }
            }
            set = after;
        }
        name = next;
    }
    match (cn, org) {
        (Some(cn), Some(org)) => Some(format!("CN={cn}, O={org}")),
        (Some(cn), None) => Some(format!("CN={cn}")),
        (None, Some(org)) => Some(format!("O={org}")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_none_not_a_panic() {
        assert_eq!(issuer(&[]), None);
        assert_eq!(issuer(&[0x30]), None);
        assert_eq!(issuer(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), None);
        assert_eq!(issuer(&[0x30, 0x02, 0x30, 0x00]), None);
        for len in 0..64u8 {
            let der: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37) ^ 0x30).collect();
            let _ = issuer(&der);
        }
    }
}
