//! `icp-prep completions SHELL` and `icp-prep man`: shell completions and a roff man page
//! generated from the same clap command the program parses with (so they cannot drift from
//! `--help`), and the session-name completer that the dynamic completion
//! (`COMPLETE=bash icp-prep`, clap_complete's env completion) calls on every Tab.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Command};
use clap_complete::CompletionCandidate;

use super::exit;
use crate::store::{self, DataDir};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the completion script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the completion script for `shell`. A closed pipe is the reader's choice.
pub fn completions(args: &CompletionsArgs, cmd: Command) -> u8 {
    let mut cmd = public(cmd);
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "icp-prep", &mut out);
    let _ = std::io::stdout().lock().write_all(&out);
    exit::READY
}

/// Print the man page (roff) of the command and its subcommands.
pub fn man(cmd: Command) -> u8 {
    let mut out = Vec::new();
    if clap_mangen::Man::new(public(cmd)).render(&mut out).is_err() {
        return exit::UNUSABLE;
    }
    let _ = std::io::stdout().lock().write_all(&out);
    exit::READY
}

/// The command as users see it: without hidden subcommands (the test hooks), which clap's
/// generators would otherwise offer. clap cannot remove a subcommand, so the top level is
/// rebuilt from its parts; `cmd` has been built, so its help and version flags are among the
/// parts copied, while clap makes a new `help` subcommand (the old one lists the hidden ones).
fn public(cmd: Command) -> Command {
    let mut out = Command::new(cmd.get_name().to_string())
        .disable_help_flag(true)
        .disable_version_flag(true);
    if let Some(v) = cmd.get_version() {
        out = out.version(v.to_string());
    }
    if let Some(a) = cmd.get_about() {
        out = out.about(a.clone());
    }
    if let Some(a) = cmd.get_long_about() {
        out = out.long_about(a.clone());
    }
    for arg in cmd.get_arguments() {
        out = out.arg(arg.clone());
    }
    for sub in cmd.get_subcommands() {
        if !sub.is_hide_set() && sub.get_name() != "help" {
            out = out.subcommand(sub.clone());
        }
    }
    out.build();
    match cmd.find_subcommand("help").and_then(|h| h.get_about()) {
        Some(about) => out.mut_subcommand("help", |h| h.about(about.clone())),
        None => out,
    }
}

/// The `--data-dir` given on the command line being completed, if any: clap_complete passes the
/// words typed so far as our own arguments (`icp-prep -- icp-prep --data-dir X open <Tab>`).
fn data_dir_in(args: &[OsString]) -> Option<PathBuf> {
    let mut iter = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(a) = iter.next() {
        if let Some(v) = a.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(v));
        }
        if a == "--data-dir" {
            return iter.next().map(PathBuf::from);
        }
    }
    None
}

/// Session names in the data directory (`--data-dir` on the line being completed, else
/// ICP_PREP_DATA_DIR, else the platform's), for the arguments that take a session.
pub fn session_names() -> Vec<CompletionCandidate> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let explicit = data_dir_in(&args);
    let Ok(data) = DataDir::locate(explicit.as_deref()) else {
        return Vec::new();
    };
    let Ok(files) = store::session_files(&data.sessions()) else {
        return Vec::new();
    };
    files
        .iter()
        .map(|f| CompletionCandidate::new(f.name().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_is_read_from_the_words_being_completed() {
        let words = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            data_dir_in(&words("icp-prep -- icp-prep --data-dir /d open x")),
            Some(PathBuf::from("/d"))
        );
        assert_eq!(
            data_dir_in(&words("icp-prep -- icp-prep --data-dir=/e open")),
            Some(PathBuf::from("/e"))
        );
        assert_eq!(data_dir_in(&words("icp-prep -- icp-prep open")), None);
    }
}
