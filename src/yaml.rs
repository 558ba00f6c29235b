//! Every YAML call goes through here (DESIGN.md §6): `serde_yaml` 0.9 is archived, and a swap to
//! its maintained drop-in fork `serde_norway` must stay a one-line change.

pub use serde_yaml::Error;
pub use serde_yaml::Value;

pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_yaml::from_str(text)
}

pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_yaml::to_string(value)
}

/// Line (1-based), column (1-based) of an error, when the parser knows it.
pub fn location(err: &Error) -> Option<(usize, usize)> {
    err.location().map(|l| (l.line(), l.column()))
}
