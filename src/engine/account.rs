//! Section "account": the Alibaba Cloud account that files.

use super::checklist::Status;
use super::context::Ctx;
use crate::session::{AccountSite, Answer};

pub(crate) fn check(cx: &mut Ctx) {
    let account = cx.session.account.clone().unwrap_or_default();
    cx.yes_no(
        "account.exists".into(),
        "account.exists",
        account.has_account,
        Status::Todo,
        &[],
    );
    match account.site {
        None => cx.item(
            "account.site",
            Status::Todo,
            "account.site.ask",
            "account.site.ask.fix",
            &[],
        ),
        Some(AccountSite::China) => {
            cx.item("account.site", Status::Done, "account.site.china", "", &[])
        }
        Some(AccountSite::International) => cx.item(
            "account.site",
            Status::Blocked,
            "account.site.international",
            "account.site.international.fix",
            &[],
        ),
    }
    cx.yes_no(
        "account.real-name".into(),
        "account.real-name",
        account.real_name_verified,
        Status::Todo,
        &[],
    );
    // The question is whether the account already carries *another* entity: yes blocks.
    let (status, key) = match account.holds_other_entity {
        None => (Status::Todo, "ask"),
        Some(Answer::Unsure) => (Status::Todo, "unsure"),
        Some(Answer::No) => (Status::Done, "no"),
        Some(Answer::Yes) => (Status::Blocked, "yes"),
    };
    let fix = if status == Status::Done {
        String::new()
    } else {
        format!("account.one-entity.{key}.fix")
    };
    cx.item(
        "account.one-entity",
        status,
        &format!("account.one-entity.{key}"),
        &fix,
        &[],
    );
}
