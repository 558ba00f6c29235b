//! How the wizard's per-domain website questions read and write `websites`: a domain's website
//! is the entry whose `label` is the domain's `website` label, so domains sharing a label edit
//! one entry. The file format refuses a `websites` label no domain carries, so every write here
//! keeps the two lists in step:
//!
//! - describing the website of a domain that has no label gives the domain one, derived from its
//!   name (`example.com`; unique among the other domains), and creates the entry;
//! - an entry emptied of every answer is removed (the domain is its own website again, as if
//!   never described);
//! - changing a domain's label moves the description with it when the domain was the last to
//!   carry the old label (renamed; dropped if the new label already has a description: the
//!   domain joins that website); clearing that label gives the domain its derived label back,
//!   so a described website is never lost by clearing a label;
//! - removing domains drops the entries no domain carries any more
//!   (`session::drop_unused_websites`).

use crate::session::{DomainEntry, Session, Website};
use crate::validate::domain;

fn label_of(e: &DomainEntry) -> Option<&str> {
    e.website
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// The description of domain `d`'s website, when it has one.
pub(crate) fn of(s: &Session, d: usize) -> Option<&Website> {
    let label = label_of(s.domains.as_ref()?.get(d)?)?;
    s.websites
        .as_ref()?
        .iter()
        .find(|w| w.label.trim() == label)
}

/// Write one field of domain `d`'s website (`None` clears it); the entry and the domain's label
/// are created on the first answer, and the entry goes when its last answer is cleared.
pub(crate) fn set<T>(s: &mut Session, d: usize, v: Option<T>, write: fn(&mut Website, Option<T>)) {
    if v.is_none() && of(s, d).is_none() {
        return;
    }
    let label = match s.domains.as_ref().and_then(|l| l.get(d)).and_then(label_of) {
        Some(l) => l.to_string(),
        None => {
            let l = derived_label(s, d);
            domain_mut(s, d).website = Some(l.clone());
            l
        }
    };
    let list = s.websites.get_or_insert_with(Vec::new);
    let i = match list.iter().position(|w| w.label.trim() == label) {
        Some(i) => i,
        None => {
            list.push(Website {
                label,
                ..Default::default()
            });
            list.len() - 1
        }
    };
    write(&mut list[i], v);
    if list[i]
        == (Website {
            label: list[i].label.clone(),
            ..Default::default()
        })
    {
        list.remove(i);
    }
    if list.is_empty() {
        s.websites = None;
    }
}

/// Set domain `d`'s label, carrying its website's description along (see the module comment).
pub(crate) fn set_label(s: &mut Session, d: usize, v: Option<String>) {
    let old = s
        .domains
        .as_ref()
        .and_then(|l| l.get(d))
        .and_then(label_of)
        .map(str::to_string);
    let new = v.map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
    domain_mut(s, d).website = new.clone();
    let Some(old) = old.filter(|o| Some(o) != new.as_ref()) else {
        return;
    };
    let still_used = s
        .domains
        .iter()
        .flatten()
        .any(|e| label_of(e) == Some(old.as_str()));
    let Some(list) = s.websites.as_mut() else {
        return;
    };
    let Some(i) = list.iter().position(|w| w.label.trim() == old) else {
        return;
    };
    if still_used {
        return;
    }
    let target = match new {
        Some(n) => n,
        None => {
            let l = derived_label(s, d);
            domain_mut(s, d).website = Some(l.clone());
            l
        }
    };
    let Some(list) = s.websites.as_mut() else {
        return;
    };
    if list.iter().any(|w| w.label.trim() == target) {
        list.remove(i);
    } else {
        list[i].label = target;
    }
    if list.is_empty() {
        s.websites = None;
    }
}

fn domain_mut(s: &mut Session, d: usize) -> &mut DomainEntry {
    let list = s.domains.get_or_insert_with(Vec::new);
    if list.len() <= d {
        list.resize_with(d + 1, Default::default);
    }
    &mut list[d]
}

/// The names a domain is known by in item ids: its registrable domain (both forms) or its text.
fn names(e: &DomainEntry) -> Vec<String> {
    let Some(name) = e.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
        return Vec::new();
    };
    match domain::normalize(name) {
        Ok(p) => vec![p.registrable_unicode, p.registrable_ascii],
        Err(_) => vec![name.to_lowercase().replace(char::is_whitespace, "-")],
    }
}

/// A label for domain `d` from its name (its registrable domain as written, `例子.中国`), not
/// used by any other domain as a label or as its own website's id.
fn derived_label(s: &Session, d: usize) -> String {
    let domains = s.domains.as_deref().unwrap_or_default();
    let own = domains.get(d).map(names).unwrap_or_default();
    let base = own
        .first()
        .cloned()
        .unwrap_or_else(|| format!("website-{}", d + 1));
    // Another unlabelled entry of the same domain (a repeat the domain step reports) is this
    // website already, not another one the label would merge with.
    let taken = |l: &str| {
        domains.iter().enumerate().any(|(j, e)| {
            j != d
                && (label_of(e) == Some(l)
                    || (label_of(e).is_none()
                        && names(e) != own
                        && names(e).iter().any(|n| n == l)))
        })
    };
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|l| !taken(l))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_domains() -> Session {
        Session {
            version: 1,
            domains: Some(vec![
                DomainEntry {
                    name: Some("example.com".into()),
                    ..Default::default()
                },
                DomainEntry {
                    name: Some("例子.中国".into()),
                    ..Default::default()
                },
            ]),
            ..Default::default()
        }
    }

    fn label(s: &Session, d: usize) -> Option<String> {
        s.domains.as_ref().unwrap()[d].website.clone()
    }

    #[test]
    fn describing_an_unlabelled_domain_labels_it_with_its_name() {
        let mut s = two_domains();
        set(
            &mut s,
            1,
            Some("张三的摄影笔记".to_string()),
            |w, v| w.name = v,
        );
        assert_eq!(label(&s, 1).as_deref(), Some("例子.中国"));
        assert_eq!(of(&s, 1).unwrap().name.as_deref(), Some("张三的摄影笔记"));
        assert_eq!(label(&s, 0), None);
        assert!(of(&s, 0).is_none());
        // Clearing its only answer removes the entry again.
        set(&mut s, 1, None::<String>, |w, v| w.name = v);
        assert_eq!(s.websites, None);
        // Clearing what was never written creates nothing.
        set(&mut s, 0, None::<String>, |w, v| w.remark = v);
        assert_eq!(s.websites, None);
        assert_eq!(label(&s, 0), None);
    }

    #[test]
    fn a_derived_label_never_joins_another_domains_website() {
        let mut s = two_domains();
        s.domains.as_mut().unwrap()[1].website = Some("example.com".into());
        set(&mut s, 0, Some("Acme".to_string()), |w, v| w.name = v);
        assert_eq!(label(&s, 0).as_deref(), Some("example.com-2"));
        assert!(of(&s, 1).is_none());
    }

    #[test]
    fn a_repeated_domain_is_one_website_with_one_set_of_items() {
        // The same domain entered twice: one website, each of its items once (a property test
        // found two), and describing either copy describes that website.
        let mut s = two_domains();
        s.domains.as_mut().unwrap()[1].name = Some("shop.example.com".into());
        s.filing = Some(crate::session::Filing {
            kind: Some(crate::session::FilingType::NewAccess),
            ..Default::default()
        });
        let k = crate::knowledge::Knowledge::builtin().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let numbers = |s: &Session| {
            let c = crate::engine::evaluate(s, &k, today);
            let ids: Vec<String> = c.items.iter().map(|i| i.id.clone()).collect();
            let n = ids
                .iter()
                .filter(|id| id.starts_with("website.") && id.ends_with(".icp-number"))
                .count();
            (n, ids)
        };
        let (n, ids) = numbers(&s);
        assert_eq!(n, 1, "{ids:?}");
        set(
            &mut s,
            1,
            Some("粤ICP备12345678号-1".to_string()),
            |w, v| w.icp_number = v,
        );
        assert_eq!(label(&s, 1).as_deref(), Some("example.com"));
        let (n, ids) = numbers(&s);
        assert_eq!(n, 1, "{ids:?}");
    }

    #[test]
    fn domains_with_one_label_share_one_description() {
        let mut s = two_domains();
        set_label(&mut s, 0, Some("home".into()));
        set_label(&mut s, 1, Some(" home ".into()));
        set(
            &mut s,
            0,
            Some("张三的摄影笔记".to_string()),
            |w, v| w.name = v,
        );
        set(&mut s, 1, Some("Photos".to_string()), |w, v| w.remark = v);
        let list = s.websites.as_ref().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(of(&s, 1).unwrap().name.as_deref(), Some("张三的摄影笔记"));
        assert_eq!(of(&s, 0).unwrap().remark.as_deref(), Some("Photos"));
        // One domain leaves: the other keeps the description; the leaver has none.
        set_label(&mut s, 1, Some("blog".into()));
        assert_eq!(of(&s, 0).unwrap().label, "home");
        assert!(of(&s, 1).is_none());
    }

    #[test]
    fn the_last_domain_carries_its_description_to_a_new_label() {
        let mut s = two_domains();
        set_label(&mut s, 0, Some("home".into()));
        set(
            &mut s,
            0,
            Some("张三的摄影笔记".to_string()),
            |w, v| w.name = v,
        );
        set_label(&mut s, 0, Some("photos".into()));
        assert_eq!(s.websites.as_ref().unwrap().len(), 1);
        assert_eq!(of(&s, 0).unwrap().label, "photos");
        // Cleared: the derived label takes the description.
        set_label(&mut s, 0, None);
        assert_eq!(label(&s, 0).as_deref(), Some("example.com"));
        assert_eq!(of(&s, 0).unwrap().name.as_deref(), Some("张三的摄影笔记"));
        // Joining a described website: that description is the domain's now.
        set_label(&mut s, 1, Some("blog".into()));
        set(&mut s, 1, Some("Blog".to_string()), |w, v| w.name = v);
        set_label(&mut s, 0, Some("blog".into()));
        let list = s.websites.as_ref().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(of(&s, 0).unwrap().name.as_deref(), Some("Blog"));
    }
}
