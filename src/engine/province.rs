//! How a province rule decides an applicant's case, for every kind through one mechanism:
//! each kind's check turns one rule into a `Verdict`; `Ctx::decide` runs it over the enforceable
//! rules, and where rules of one `conflict_group` (readings of current sources that disagree)
//! come to different statuses it gives one `todo` with both readings and both sources — never
//! `blocked` on one page against another, never a silent `done` (DESIGN.md §3).

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{Provenance, ProvinceRule, ProvinceRuleKind};
use crate::session::MaterialId;

/// A material a province rule requires (or that cures it): required (done when prepared, else
/// todo), or blocked with its own fix (say, "you hold no residence permit").
#[derive(Debug, Clone)]
pub(crate) struct MaterialNeed {
    pub id: MaterialId,
    pub why: String,
    pub blocked_fix: Option<String>,
    pub provenance: Provenance,
    /// The rule (or conflict group) that asked for it.
    pub rule: String,
}

/// What one rule says about this applicant.
#[derive(Debug, Clone)]
pub(crate) struct Verdict {
    pub status: Status,
    pub detail: String,
    pub fix: String,
    /// Materials this reading requires, by id and why.
    pub materials: Vec<(MaterialId, String, Option<String>)>,
}

impl Verdict {
    pub fn new(status: Status, detail: String, fix: String) -> Self {
        let fix = if status == Status::Done {
            String::new()
        } else {
            fix
        };
        Verdict {
            status,
            detail,
            fix,
            materials: Vec::new(),
        }
    }

    pub fn with_material(mut self, id: MaterialId, why: String) -> Self {
        self.materials.push((id, why, None));
        self
    }
}

/// The outcome of one rule, or of one conflict group.
pub(crate) struct Decision<'a> {
    /// `<rule id>`, or the conflict group's name.
    pub id: String,
    /// The rule that decided (the newest source when the readings agree; the first reading of a
    /// conflict).
    pub rule: &'a ProvinceRule,
    pub verdict: Verdict,
    pub provenance: Provenance,
    pub conflict: bool,
}

impl<'a> Ctx<'a> {
    /// The enforceable rules `pick` selects, each conflict group as one unit, in rule order.
    fn units(&self, pick: &dyn Fn(&ProvinceRuleKind) -> bool) -> Vec<Vec<&'a ProvinceRule>> {
        let mut units: Vec<Vec<&'a ProvinceRule>> = Vec::new();
        for r in self.province_rules().iter().copied() {
            if !pick(&r.kind) || !r.provenance.confidence.may_block() {
                continue;
            }
            let joined = r.conflict_group.as_ref().and_then(|g| {
                units
                    .iter_mut()
                    .find(|u| u[0].conflict_group.as_ref() == Some(g))
            });
            match joined {
                Some(unit) => unit.push(r),
                None => units.push(vec![r]),
            }
        }
        units
    }

    /// Run `eval` over every enforceable rule `pick` selects; a rule (or every reading of a
    /// group) returning `None` has nothing to say yet (an answer is missing) and is left out.
    pub fn decide(
        &self,
        pick: impl Fn(&ProvinceRuleKind) -> bool,
        eval: impl Fn(&Ctx<'a>, &'a ProvinceRule) -> Option<Verdict>,
    ) -> Vec<Decision<'a>> {
        let mut out = Vec::new();
        for unit in self.units(&pick) {
            let readings: Vec<(&'a ProvinceRule, Verdict)> = unit
                .iter()
                .filter_map(|r| eval(self, r).map(|v| (*r, v)))
                .collect();
            let Some((first, _)) = readings.first() else {
                continue;
            };
            let first = *first;
            let id = first
                .conflict_group
                .clone()
                .unwrap_or_else(|| first.id.clone());
            let agree = readings
                .iter()
                .all(|(_, v)| v.status == readings[0].1.status);
            if agree {
                // the reading whose source was checked last speaks for all
                let Some((rule, verdict)) = readings
                    .into_iter()
                    .rev()
                    .max_by_key(|(r, _)| r.provenance.last_verified)
                else {
                    continue;
                };
                out.push(Decision {
                    id,
                    rule,
                    provenance: rule.provenance.clone(),
                    verdict,
                    conflict: false,
                });
            } else {
                out.push(self.conflict(id, &readings));
            }
        }
        out
    }

    /// One `todo` stating every reading with its source; materials any reading asks for are
    /// listed as work to prepare.
    fn conflict(&self, id: String, readings: &[(&'a ProvinceRule, Verdict)]) -> Decision<'a> {
        let province = self
            .province()
            .map(|p| self.province_name(p))
            .unwrap_or_default();
        let mut lines = vec![self.t("province.conflict.detail", &[])];
        for (rule, v) in readings {
            let text = rule.text_in(self.lang).to_string();
            // most readings already quote their rule; quote it only where one does not
            let key = if v.detail.contains(&text) {
                "province.conflict.reading"
            } else {
                "province.conflict.reading-quoted"
            };
            let status = self.t(&format!("province.conflict.status.{}", v.status.id()), &[]);
            let args = [
                ("rule", text),
                ("reading", v.detail.clone()),
                ("source", rule.provenance.url()),
                (
                    "checked",
                    crate::messages::checked(self.lang, rule.provenance.last_verified),
                ),
                ("status", status),
            ];
            lines.push(self.t(key, &args));
        }
        let mut materials = Vec::new();
        for (_, v) in readings {
            for (m, why, _) in &v.materials {
                if !materials
                    .iter()
                    .any(|(x, _, _): &(MaterialId, String, _)| x == m)
                {
                    materials.push((*m, why.clone(), None));
                }
            }
        }
        let rule = readings[0].0;
        let newest = readings
            .iter()
            .map(|(r, _)| r)
            .max_by_key(|r| r.provenance.last_verified)
            .unwrap_or(&rule);
        Decision {
            id,
            rule,
            provenance: newest.provenance.clone(),
            verdict: Verdict {
                status: Status::Todo,
                // one line per reading: every renderer keeps the lines of a detail
                detail: lines.join("\n"),
                fix: self.t("province.conflict.fix", &[("province", province)]),
                materials,
            },
            conflict: true,
        }
    }

    /// Hand a decision's materials to the materials section (one item per material there).
    pub fn need_materials(&mut self, d: &Decision<'a>) {
        for (id, why, blocked_fix) in &d.verdict.materials {
            self.material_needs.push(MaterialNeed {
                id: *id,
                why: why.clone(),
                blocked_fix: blocked_fix.clone(),
                provenance: d.provenance.clone(),
                rule: d.id.clone(),
            });
        }
    }

    /// A decision as a checklist item of `section` with this id and title, materials included.
    pub fn push_decision(
        &mut self,
        section: crate::knowledge::Section,
        id: String,
        title: String,
        d: &Decision<'a>,
    ) {
        self.need_materials(d);
        self.push(
            section,
            id,
            d.verdict.status,
            &d.provenance,
            title,
            d.verdict.detail.clone(),
            d.verdict.fix.clone(),
        );
        self.decided_by(d.id.clone());
    }
}
