//! Named facts from the rule data that interface texts quote (`{ecs_months}` in a field's help),
//! so a number a screen shows comes from the data and changes with it, not from a message.

use super::{Knowledge, ProvinceRuleKind};
use crate::session::ProductId;

/// The fact that reads every province's rules (see `facts_in`).
const ID_VALIDITY: &str = "id_validity_months";

impl Knowledge {
    /// `(placeholder, value)` pairs for the texts of the wizard and exports.
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        self.facts_with(true)
    }

    /// The facts for `text`: as `facts`, but `{id_validity_months}` (which reads every
    /// province's rules) only when the text quotes it, so showing a field's help does not read
    /// 31 provinces to fill a number it does not show.
    pub fn facts_in(&self, text: &str) -> Vec<(&'static str, String)> {
        self.facts_with(text.contains(&format!("{{{ID_VALIDITY}}}")))
    }

    fn facts_with(&self, every_province: bool) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let months = |id| self.product(id).map(|p| p.min_months.to_string());
        if let Some(m) = months(ProductId::Ecs) {
            out.push(("ecs_months", m));
        }
        if let Some(m) = months(ProductId::ElasticWebHosting) {
            out.push(("ewh_months", m));
        }
        if let Some(p) = self.product(ProductId::Marketplace) {
            out.push(("marketplace_months", p.min_months.to_string()));
            if let Some(rmb) = p.min_order_rmb {
                out.push(("marketplace_rmb", format_rmb(rmb)));
            }
        }
        if let Some(r) = self.rule("domain.real-name-delay") {
            let range = r
                .params
                .get("range")
                .map(ToString::to_string)
                .or(r.threshold.map(|t| t.to_string()));
            if let Some(range) = range {
                out.push(("real_name_days", range));
            }
        }
        // "some provinces want more than N months": the smallest minimum any province states
        if !every_province {
            return out;
        }
        let id_months = self
            .all_province_rules()
            .filter_map(|r| match r.kind {
                ProvinceRuleKind::DocumentMinValidity { months } => Some(months),
                _ => None,
            })
            .min();
        if let Some(m) = id_months {
            out.push((ID_VALIDITY, m.to_string()));
        }
        out
    }
}

/// An amount in yuan without a needless ".00" (99, 120.5).
fn format_rmb(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_gets_the_every_province_fact_only_when_it_quotes_it() {
        let k = Knowledge::builtin().unwrap();
        let has = |facts: &[(&str, String)]| facts.iter().any(|(n, _)| *n == ID_VALIDITY);
        assert!(has(
            &k.facts_in("valid for more than {id_validity_months} months")
        ));
        assert!(!has(&k.facts_in("at least {ecs_months} months")));
        let all = k.facts();
        let whole = all
            .iter()
            .find(|(n, _)| *n == ID_VALIDITY)
            .map(|(_, v)| v.as_str());
        let text = "{id_validity_months}";
        let filled = crate::messages::fill(text, &k.facts_in(text));
        assert_eq!(Some(filled.as_str()), whole);
    }

    #[test]
    fn every_fact_an_interface_text_quotes_is_in_the_data() {
        let k = Knowledge::builtin().unwrap();
        let facts = k.facts();
        for name in [
            "ecs_months",
            "ewh_months",
            "marketplace_months",
            "marketplace_rmb",
            "real_name_days",
            "id_validity_months",
        ] {
            assert!(facts.iter().any(|(n, _)| *n == name), "{name}");
        }
        // the field help texts take no other argument: every placeholder must be a fact
        for (id, en, zh) in crate::messages::all_rows() {
            if !(id.starts_with("field.") && id.ends_with(".help")) {
                continue;
            }
            for text in [en, zh] {
                let filled = crate::messages::fill(text, &facts);
                assert!(!filled.contains('{'), "{id}: {filled}");
            }
        }
    }
}
