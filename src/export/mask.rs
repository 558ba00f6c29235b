//! Masking certificate and ID numbers: keep the first 4 and the last 2 characters, the rest
//! becomes `*`. Numbers of 6 characters or fewer are masked entirely (keeping 6 would show
//! them whole). The answers are masked field by field; checklist texts are masked by replacing
//! any full number found in them.

use crate::session::{CertNumber, Session};

/// `44030019850101123X` → `4403************3X`.
pub fn mask(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    let n = chars.len();
    if n <= 6 {
        return "*".repeat(n);
    }
    let mut out: String = chars[..4].iter().collect();
    out.push_str(&"*".repeat(n - 6));
    out.extend(&chars[n - 2..]);
    out
}

/// Replaces every certificate number of a session wherever it appears in a text, as written,
/// in upper or lower case (domain names are lower-cased), and without spaces.
#[derive(Debug, Default)]
pub(crate) struct Masker {
    /// (as it may appear, masked), longest first so a longer number is replaced before a
    /// shorter one it contains.
    pairs: Vec<(String, String)>,
}

impl Masker {
    /// Shorter numbers are not searched for in texts: they cannot be valid for any document,
    /// and replacing a few digits everywhere would garble dates and counts.
    const MIN_SEARCHED: usize = 6;

    pub(crate) fn for_session(session: &Session) -> Masker {
        let mut pairs = Vec::new();
        for number in numbers(session) {
            let written = number.as_str().trim();
            if written.chars().count() < Self::MIN_SEARCHED {
                continue;
            }
            let compact: String = written.chars().filter(|c| !c.is_whitespace()).collect();
            for form in [
                written.to_string(),
                written.to_uppercase(),
                written.to_lowercase(),
                compact.to_uppercase(),
                compact.to_lowercase(),
                compact,
            ] {
                if !pairs.iter().any(|(f, _)| *f == form) {
                    let masked = mask(&form);
                    pairs.push((form, masked));
                }
            }
        }
        pairs.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        Masker { pairs }
    }

    pub(crate) fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (full, masked) in &self.pairs {
            if out.contains(full.as_str()) {
                out = out.replace(full.as_str(), masked);
            }
        }
        out
    }
}

/// The certificate numbers in a session's answers.
fn numbers(session: &Session) -> Vec<&CertNumber> {
    let Some(m) = &session.materials else {
        return Vec::new();
    };
    [
        m.entity_certificate
            .as_ref()
            .and_then(|c| c.number.as_ref()),
        m.leader.as_ref().and_then(|p| p.number.as_ref()),
        m.admin.as_ref().and_then(|p| p.number.as_ref()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The session with every certificate number masked, and every full number removed from its
/// free text too (label, entity name, domain names and website labels), in case one was typed
/// there.
pub(crate) fn mask_session(session: &Session, masker: &Masker) -> Session {
    let mut s = session.clone();
    let text = |t: &mut Option<String>| {
        if let Some(t) = t {
            *t = masker.apply(t);
        }
    };
    text(&mut s.name);
    if let Some(a) = &mut s.applicant {
        text(&mut a.name);
    }
    for d in s.domains.iter_mut().flatten() {
        text(&mut d.name);
        text(&mut d.website);
    }
    if let Some(m) = &mut s.materials {
        let numbers = [
            m.entity_certificate
                .as_mut()
                .and_then(|c| c.number.as_mut()),
            m.leader.as_mut().and_then(|p| p.number.as_mut()),
            m.admin.as_mut().and_then(|p| p.number.as_mut()),
        ];
        for n in numbers.into_iter().flatten() {
            *n = CertNumber(mask(n.as_str()));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Materials, Person};

    #[test]
    fn keeps_first_four_and_last_two() {
        assert_eq!(mask("44030019850101123X"), "4403************3X");
        assert_eq!(mask("91440300MA5D0B1C2R"), "9144************2R");
        assert_eq!(mask("H12345678"), "H123***78");
        assert_eq!(mask("1234567"), "1234*67");
        assert_eq!(mask("123456"), "******");
        assert_eq!(mask(""), "");
        // Characters, not bytes.
        assert_eq!(mask("粤ABCDEFG12"), "粤ABC****12");
    }

    #[test]
    fn texts_lose_full_numbers_in_any_case() {
        let session = Session {
            version: 1,
            materials: Some(Materials {
                leader: Some(Person {
                    number: Some(CertNumber("44030019850101123x".into())),
                    ..Person::default()
                }),
                admin: Some(Person {
                    number: Some(CertNumber("12345".into())),
                    ..Person::default()
                }),
                ..Materials::default()
            }),
            ..Session::default()
        };
        let m = Masker::for_session(&session);
        assert_eq!(
            m.apply("ID 44030019850101123X and 44030019850101123x; 12345 days"),
            "ID 4403************3X and 4403************3x; 12345 days"
        );
        let masked = mask_session(&session, &m);
        let leader = masked.materials.unwrap().leader.unwrap();
        assert_eq!(leader.number.unwrap().as_str(), "4403************3x");
    }
}
