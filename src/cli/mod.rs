//! Argument parsing (clap) and dispatch. Holds no rule logic: commands ask the engine.

mod check;
mod output;
mod validate_cmd;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::session::Language;

/// Get ready for a China ICP filing (ICP备案) on Alibaba Cloud before you open the filing order.
///
/// icp-prep walks the six preparation sections of Alibaba's guide (province regulations,
/// domain, hosting instance, materials, account, industry pre-approval) and tells you, for your
/// province and case, what is done, what is still to do and what blocks the filing. It runs
/// offline and uploads nothing.
#[derive(Debug, Parser)]
#[command(name = "icp-prep", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the readiness checklist of a session file; exit 0 ready, 1 not ready, 2 unusable input.
    ///
    /// Reads only: never locks or writes the file.
    Check(check::CheckArgs),
    /// Check one value as typed: a domain name, resident ID number, credit code or permit number.
    ///
    /// KIND is domain, id (mainland resident ID), uscc (unified social credit code) or permit
    /// (residence permit, travel permit or, with --document passport, passport). Prints what was
    /// read (normalised forms; the province, date of birth and sex in an ID number; the area
    /// code in a credit code; for a domain its registrable domain and whether MIIT approved the
    /// suffix), then every problem with its fix. Exit 0 valid, 1 not valid (or a domain suffix
    /// that cannot be filed), 2 usage error.
    Validate(validate_cmd::ValidateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    En,
    #[value(name = "zh-CN")]
    ZhCn,
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Self {
        match l {
            Lang::En => Language::En,
            Lang::ZhCn => Language::ZhCn,
        }
    }
}

/// Exit statuses shared by the commands (DESIGN.md §3).
pub mod exit {
    pub const READY: u8 = 0;
    pub const NOT_READY: u8 = 1;
    pub const UNUSABLE: u8 = 2;
}

/// Run the command line; returns the process exit status.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::UNUSABLE } else { 0 });
        }
    };
    match cli.command {
        Some(Command::Check(args)) => ExitCode::from(check::run(&args)),
        Some(Command::Validate(args)) => ExitCode::from(validate_cmd::run(&args)),
        None => {
            // The wizard is not built yet; until it is, say so and show what does work.
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let _ = cmd.print_help();
            eprintln!(
                "\n{}",
                crate::messages::text(Language::En, "cli.wizard.not-built")
            );
            ExitCode::from(exit::UNUSABLE)
        }
    }
}
