//! The wizard's steps as an explicit state machine: the six sections in the seed's order, then
//! the review. Steps never gate: every transition is allowed at any time.

use crate::knowledge::Section;
use crate::session::Step;

/// Every step in order.
pub const STEPS: [Step; 7] = [
    Step::Regulations,
    Step::Domain,
    Step::Instance,
    Step::Materials,
    Step::Account,
    Step::Preapproval,
    Step::Review,
];

/// What moves the wizard from one step to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Next,
    Previous,
    Go(Step),
}

/// The step a transition leads to. Next from the review and previous from the first step stay
/// where they are.
pub fn apply(from: Step, t: Transition) -> Step {
    let i = index(from);
    match t {
        Transition::Next => STEPS[(i + 1).min(STEPS.len() - 1)],
        Transition::Previous => STEPS[i.saturating_sub(1)],
        Transition::Go(step) => step,
    }
}

pub fn index(step: Step) -> usize {
    STEPS.iter().position(|s| *s == step).unwrap_or(0)
}

/// "n" of "Step n of 6"; `None` on the review.
pub fn number(step: Step) -> Option<usize> {
    (step != Step::Review).then(|| index(step) + 1)
}

/// The checklist section a step asks about (`None` for the review).
pub fn section(step: Step) -> Option<Section> {
    match step {
        Step::Regulations => Some(Section::Regulations),
        Step::Domain => Some(Section::Domain),
        Step::Instance => Some(Section::Instance),
        Step::Materials => Some(Section::Materials),
        Step::Account => Some(Section::Account),
        Step::Preapproval => Some(Section::Preapproval),
        Step::Review => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_previous_walk_the_seed_order() {
        let mut s = Step::Regulations;
        let mut seen = vec![s];
        for _ in 0..10 {
            s = apply(s, Transition::Next);
            if seen.last() != Some(&s) {
                seen.push(s);
            }
        }
        assert_eq!(seen, STEPS.to_vec());
        assert_eq!(apply(Step::Review, Transition::Next), Step::Review);
        assert_eq!(
            apply(Step::Regulations, Transition::Previous),
            Step::Regulations
        );
        assert_eq!(apply(Step::Instance, Transition::Previous), Step::Domain);
    }

    #[test]
    fn any_step_can_be_reached_from_any_step() {
        for from in STEPS {
            for to in STEPS {
                assert_eq!(apply(from, Transition::Go(to)), to);
            }
        }
    }

    #[test]
    fn numbers_and_sections() {
        assert_eq!(number(Step::Regulations), Some(1));
        assert_eq!(number(Step::Preapproval), Some(6));
        assert_eq!(number(Step::Review), None);
        assert_eq!(section(Step::Account), Some(Section::Account));
        assert_eq!(section(Step::Review), None);
    }
}
