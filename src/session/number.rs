//! Certificate numbers are strings, but a hand-written unquoted all-digit number is accepted.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CertNumber(pub String);

impl CertNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for CertNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = CertNumber;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a certificate number (text or digits)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<CertNumber, E> {
                Ok(CertNumber(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<CertNumber, E> {
                Ok(CertNumber(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<CertNumber, E> {
                if v < 0 {
                    return Err(E::invalid_value(de::Unexpected::Signed(v), &self));
                }
                Ok(CertNumber(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}
