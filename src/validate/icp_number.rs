//! ICP filing numbers (ICP备案号): `<province>ICP备<digits>号` for an entity (主体备案号), with
//! `-<n>` appended for one of its websites (网站备案号), e.g. `粤ICP备12345678号-1`.
//!
//! The one-character province abbreviations are rule data (the caller passes them from the
//! knowledge base); a number is offline-checkable only in its form: whether the bureau issued it
//! can be looked up at beian.miit.gov.cn, not here.

use super::{Explain, MessageArgs, fold_width};
use crate::session::ProvinceSlug;

/// An ICP filing number that has the right form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcpNumber {
    /// Canonical form: no spaces, half-width digits and hyphen, `ICP备` in upper case.
    pub number: String,
    /// The province whose abbreviation starts it.
    pub province: ProvinceSlug,
    /// The entity's number, without a site suffix (`粤ICP备12345678号`).
    pub entity: String,
    /// The site number after `-`, when there is one.
    pub site: Option<u32>,
}

/// Why a string is not an ICP filing number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IcpProblem {
    Empty,
    /// The first character is not a province abbreviation used in ICP numbers.
    UnknownProvince {
        found: String,
    },
    /// `ICP证`: an operating licence number, not a filing number.
    Licence,
    /// `ICP备` does not follow the province abbreviation.
    MissingIcpBei,
    /// The serial number is not 4 to 12 digits.
    BadDigits {
        found: String,
    },
    /// `号` does not follow the digits.
    MissingHao,
    /// Something other than `-<n>` follows `号`.
    BadSiteSuffix {
        found: String,
    },
    /// A website's number was expected (`…号-1`), but this is the entity's.
    SiteNumberExpected,
    /// The entity's number was expected, but this one names a website (`-n`).
    EntityNumberExpected,
}

/// What a number should be: the entity's, one of its websites', or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IcpKind {
    Entity,
    Site,
    Any,
}

/// Check `input` against the abbreviations `prefixes` (abbreviation → province, every form in
/// use: Sichuan's numbers start with 蜀 or 川).
pub fn validate(
    input: &str,
    prefixes: &[(&str, ProvinceSlug)],
    kind: IcpKind,
) -> Result<IcpNumber, IcpProblem> {
    let compact: String = input
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            // dashes an input method may give for the site separator
            '－' | '—' | '–' | '‐' => '-',
            c => c,
        })
        .collect();
    let mut chars = compact.chars();
    let Some(first) = chars.next() else {
        return Err(IcpProblem::Empty);
    };
    let first = first.to_string();
    let Some(&(_, province)) = prefixes.iter().find(|(p, _)| *p == first) else {
        return Err(IcpProblem::UnknownProvince { found: first });
    };
    // `icp备` as typed is the same number
    let rest = chars.as_str();
    let upper;
    let rest = match rest.get(..3) {
        Some(head) if head.eq_ignore_ascii_case("ICP") && head != "ICP" => {
            upper = format!("ICP{}", &rest[3..]);
            upper.as_str()
        }
        _ => rest,
    };
    if rest.starts_with("ICP证") {
        return Err(IcpProblem::Licence);
    }
    let Some(rest) = rest.strip_prefix("ICP备") else {
        return Err(IcpProblem::MissingIcpBei);
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = &rest[digits.len()..];
    if !(4..=12).contains(&digits.len()) {
        let found: String = rest.chars().take_while(|c| *c != '号').collect();
        return Err(IcpProblem::BadDigits { found });
    }
    let Some(after) = after.strip_prefix('号') else {
        let found: String = after.chars().take_while(|c| *c != '号').collect();
        return Err(if after.contains('号') {
            IcpProblem::BadDigits {
                found: format!("{digits}{found}"),
            }
        } else {
            IcpProblem::MissingHao
        });
    };
    let site = match after {
        "" => None,
        s => match s.strip_prefix('-').and_then(|n| {
            (!n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit()))
                .then(|| n.parse::<u32>().ok())
                .flatten()
                .filter(|n| *n > 0)
        }) {
            Some(n) => Some(n),
            None => {
                return Err(IcpProblem::BadSiteSuffix {
                    found: s.to_string(),
                });
            }
        },
    };
    match (kind, site) {
        (IcpKind::Site, None) => return Err(IcpProblem::SiteNumberExpected),
        (IcpKind::Entity, Some(_)) => return Err(IcpProblem::EntityNumberExpected),
        _ => {}
    }
    let entity = format!("{first}ICP备{digits}号");
    let number = match site {
        Some(n) => format!("{entity}-{n}"),
        None => entity.clone(),
    };
    Ok(IcpNumber {
        number,
        province,
        entity,
        site,
    })
}

impl Explain for IcpProblem {
    fn message(&self) -> (&'static str, MessageArgs) {
        match self {
            IcpProblem::Empty => ("validate.icp.empty", vec![]),
            IcpProblem::UnknownProvince { found } => (
                "validate.icp.unknown-province",
                vec![("found", found.clone())],
            ),
            IcpProblem::Licence => ("validate.icp.licence", vec![]),
            IcpProblem::MissingIcpBei => ("validate.icp.missing-icp-bei", vec![]),
            IcpProblem::BadDigits { found } => {
                ("validate.icp.bad-digits", vec![("found", found.clone())])
            }
            IcpProblem::MissingHao => ("validate.icp.missing-hao", vec![]),
            IcpProblem::BadSiteSuffix { found } => (
                "validate.icp.bad-site-suffix",
                vec![("found", found.clone())],
            ),
            IcpProblem::SiteNumberExpected => ("validate.icp.site-expected", vec![]),
            IcpProblem::EntityNumberExpected => ("validate.icp.entity-expected", vec![]),
        }
    }

    fn fix(&self) -> Option<&'static str> {
        Some(match self {
            IcpProblem::Licence => "validate.icp.licence.fix",
            IcpProblem::SiteNumberExpected => "validate.icp.site-expected.fix",
            IcpProblem::EntityNumberExpected => "validate.icp.entity-expected.fix",
            _ => "validate.icp.fix",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProvinceSlug::*;

    const P: &[(&str, ProvinceSlug)] = &[
        ("粤", Guangdong),
        ("京", Beijing),
        ("蜀", Sichuan),
        ("川", Sichuan),
    ];

    #[test]
    fn entity_and_site_numbers() {
        let n = validate("粤ICP备12345678号", P, IcpKind::Entity).unwrap();
        assert_eq!(n.province, Guangdong);
        assert_eq!(n.site, None);
        let n = validate(" 粤icp备 12345678号－１ ", P, IcpKind::Site).unwrap();
        assert_eq!(n.number, "粤ICP备12345678号-1");
        assert_eq!(n.entity, "粤ICP备12345678号");
        assert_eq!(n.site, Some(1));
        assert_eq!(
            validate("川ICP备09150084号", P, IcpKind::Any)
                .unwrap()
                .province,
            Sichuan
        );
        assert_eq!(
            validate("蜀ICP备2026007879号-1", P, IcpKind::Any)
                .unwrap()
                .province,
            Sichuan
        );
    }

    #[test]
    fn each_problem_has_its_reason() {
        let e = |s: &str, k| validate(s, P, k).unwrap_err();
        assert_eq!(e("", IcpKind::Any), IcpProblem::Empty);
        assert_eq!(
            e("港ICP备12345678号", IcpKind::Any),
            IcpProblem::UnknownProvince {
                found: "港".into()
            }
        );
        assert_eq!(e("粤ICP证030173号", IcpKind::Any), IcpProblem::Licence);
        assert_eq!(e("粤B2-20090059", IcpKind::Any), IcpProblem::MissingIcpBei);
        assert_eq!(
            e("粤ICP备12A45678号", IcpKind::Any),
            IcpProblem::BadDigits {
                found: "12A45678".into()
            }
        );
        assert_eq!(e("粤ICP备12345678", IcpKind::Any), IcpProblem::MissingHao);
        assert_eq!(
            e("粤ICP备12345678号-a", IcpKind::Any),
            IcpProblem::BadSiteSuffix { found: "-a".into() }
        );
        assert_eq!(
            e("粤ICP备12345678号-0", IcpKind::Any),
            IcpProblem::BadSiteSuffix { found: "-0".into() }
        );
        assert_eq!(
            e("粤ICP备12345678号", IcpKind::Site),
            IcpProblem::SiteNumberExpected
        );
        assert_eq!(
            e("粤ICP备12345678号-2", IcpKind::Entity),
            IcpProblem::EntityNumberExpected
        );
    }
}
