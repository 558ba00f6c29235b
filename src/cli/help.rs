//! `--help` in the interface language: the clap command's texts are replaced at startup with
//! the catalogue's (`help.*` in src/messages/help.rs), so the help follows `--lang` / LANG like
//! everything else. The doc comments on the clap types remain as code documentation.

use clap::Command;

use crate::messages::{has, text};
use crate::session::Language;

/// The language the help should be in, read from the raw arguments before clap parses them:
/// `--lang zh-CN` or `--lang=zh-CN` anywhere, else the environment, else English.
pub fn language_of(args: &[std::ffi::OsString]) -> Language {
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    let mut flag = None;
    while let Some(a) = iter.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => iter.next().map(|v| v.to_string()),
            None => None,
        };
        if let Some(l) = value.as_deref().and_then(Language::from_id) {
            flag = Some(l);
            break;
        }
    }
    Language::choose(flag, None, super::lang::from_env())
}

fn arg_texts(cmd: Command, prefix: &str, lang: Language) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut cmd = cmd;
    for id in ids {
        // clap's own --help and --version, and the global options, share one text wherever
        // they appear.
        let own = format!("{prefix}arg.{id}");
        let key = match id.as_str() {
            "help" | "version" => format!("help.arg.{id}"),
            _ if !has(&own) => format!("help.arg.{id}"),
            _ => own,
        };
        let heading = text(lang, "help.heading.options").to_string();
        cmd = cmd.mut_arg(&id, |a| {
            let a = if a.is_positional() {
                a.help_heading(text(lang, "help.heading.arguments").to_string())
            } else {
                a.help_heading(heading)
            };
            if has(&key) {
                a.help(text(lang, &key).to_string())
            } else {
                a
            }
        });
    }
    cmd
}

/// A subcommand's texts (`help.<key>.about`, `.long`, `.arg.*`, where `key` is its name, or
/// `rules.check` for a subcommand of a subcommand), and its own subcommands' the same way.
fn subcommand_texts(sub: Command, key: &str, template: &str, lang: Language) -> Command {
    let about = format!("help.{key}.about");
    let long = format!("help.{key}.long");
    let prefix = format!("help.{key}.");
    let mut sub = sub
        .help_template(template.to_string())
        .subcommand_help_heading(text(lang, "help.heading.commands").to_string());
    if has(&about) {
        sub = sub.about(text(lang, &about).to_string());
    }
    if has(&long) {
        sub = sub.long_about(text(lang, &long).to_string());
    }
    sub = arg_texts(sub, &prefix, lang);
    let names: Vec<String> = sub
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        sub = sub.mut_subcommand(&name, |s| {
            subcommand_texts(s, &format!("{key}.{name}"), template, lang)
        });
    }
    if sub.find_subcommand("help").is_some() {
        sub = sub.mut_subcommand("help", |h| {
            h.about(text(lang, "help.help.about").to_string())
        });
    }
    sub
}

/// The command with every help text in `lang`.
pub fn localize(mut cmd: Command, lang: Language) -> Command {
    // clap adds --help, --version and the `help` subcommand when it builds the command.
    cmd.build();
    let usage = text(lang, "help.heading.usage");
    let template =
        format!("{{about-with-newline}}\n{usage}{{usage}}\n\n{{all-args}}{{after-help}}");
    let mut cmd = cmd
        .about(text(lang, "help.about").to_string())
        .long_about(text(lang, "help.long").to_string())
        .help_template(template.clone())
        .subcommand_help_heading(text(lang, "help.heading.commands").to_string());
    cmd = arg_texts(cmd, "help.", lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| subcommand_texts(sub, &name, &template, lang));
    }
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |h| {
            h.about(text(lang, "help.help.about").to_string())
        });
    }
    cmd
}
