//! Yes / no / not sure. `unsure` is a real answer: it gives a todo saying how to find out.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

impl From<bool> for Answer {
    fn from(b: bool) -> Self {
        if b { Answer::Yes } else { Answer::No }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Yes => s.serialize_bool(true),
            Answer::No => s.serialize_bool(false),
            Answer::Unsure => s.serialize_str("unsure"),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("true, false or unsure")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
                Ok(v.into())
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                // YAML 1.2: `yes`/`no`/`on`/`off` are strings, and we refuse them rather than
                // guess, so a hand edit is never read differently from what was meant.
                if v == "unsure" {
                    Ok(Answer::Unsure)
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(v), &self))
                }
            }
        }
        d.deserialize_any(V)
    }
}
