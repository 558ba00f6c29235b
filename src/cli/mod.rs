//! Argument parsing (clap) and dispatch. Holds no rule logic: commands ask the engine.

mod check;
mod completions;
mod export_cmd;
pub mod help;
pub mod lang;
mod output;
pub mod rules;
mod rules_cmd;
pub mod say;
mod session_cmds;
#[cfg(feature = "test-hooks")]
mod test_hooks;
mod validate_cmd;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::session::Language;

/// Get ready for a China ICP filing (ICP备案) on Alibaba Cloud before you open the filing order.
///
/// icp-prep walks the six preparation sections of Alibaba's guide (province regulations,
/// domain, hosting instance, materials, account, industry pre-approval) and tells you, for your
/// province and case, what is done, what is still to do and what blocks the filing. It runs
/// offline and uploads nothing.
///
/// Without a command it opens the wizard's start screen (resume, create or delete a session);
/// `icp-prep new NAME` and `icp-prep open NAME` open the wizard on a session directly. With
/// `--plain` (or TERM=dumb) the same questions are asked one per line instead.
#[derive(Debug, Parser)]
#[command(name = "icp-prep", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folder holding the sessions (in its `sessions/`); default: ICP_PREP_DATA_DIR, else the
    /// platform's data directory (e.g. ~/.local/share/icp-prep).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Let the wizard use the mouse wheel. Off by default: mouse capture blocks the terminal's
    /// own text selection (copy and paste).
    #[arg(long, global = true)]
    pub mouse: bool,
    /// Ask the wizard's questions one per line on standard input and output (no full screen,
    /// no colour): for dumb terminals, screen readers and answers files piped in. Chosen by
    /// itself where the wizard would start when TERM=dumb. With `new`, `open` or no command.
    #[arg(long, global = true)]
    pub plain: bool,
    /// Language of the interface and the checklist texts: en or zh-CN. Default: the session's
    /// saved language, else LC_ALL / LANG (zh_* → zh-CN), else en.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Use the rule files of this folder instead of the built-in ones (files it lacks stay built
    /// in); also ICP_PREP_RULES. A folder that does not read is refused: exit 2.
    #[arg(long, global = true, value_name = "DIR", env = rules::ENV)]
    pub rules: Option<PathBuf>,
    /// Judge every date (terms, expiry, ages, the date on exports) as of this day
    /// (YYYY-MM-DD) instead of today, in every command and in the wizard.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<chrono::NaiveDate>,
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
    /// Export the checklist to Markdown, HTML, JSON or text, or its dates to a calendar (ics).
    ///
    /// Writes <SESSION>-checklist.<ext> in the current folder unless -o gives a path (`-o -`:
    /// standard output). Certificate and ID numbers are masked unless --show-private; the file
    /// is created 0600. Reads the session only (no lock), so it works while the wizard is
    /// open. Exit 0 written (whether or not the checklist is ready), 2 unusable input or the
    /// file could not be written.
    Export(export_cmd::ExportArgs),
    /// Create a new session in the data directory and open it in the wizard.
    ///
    /// Without a terminal it only creates the (empty) file and says where it is. Exit 0 created,
    /// 2 if the name is not allowed, the session already exists or it is open in another window.
    New(session_cmds::NewArgs),
    /// Open a session by name or path in the wizard (without a terminal: show where it stands).
    ///
    /// Takes the session's lock: a session open in another window is refused (exit 2). A
    /// damaged file is never overwritten: the error names the file, line and field, and the
    /// commands to restore the backup (--restore-backup) or start over (--start-over) are
    /// printed; either keeps the damaged file as <file>.corrupt-<time>.
    Open(session_cmds::OpenArgs),
    /// List the sessions: name, step, done/todo/blocked counts, last change and path.
    ///
    /// Reads only: never locks or writes. A session that does not load is listed with its
    /// error; the exit status is still 0.
    List(session_cmds::ListArgs),
    /// Delete a session and its backup (asks first, unless --yes).
    ///
    /// Without a terminal to ask on, --yes is required. Exit 0 deleted, 1 you answered no,
    /// 2 refused (not found, open in another window, no --yes without a terminal).
    Delete(session_cmds::DeleteArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    ///
    /// Generated from this command's own definitions. For session names after open, check,
    /// export and delete, load the dynamic completion instead: `source <(COMPLETE=bash icp-prep)`
    /// (zsh: COMPLETE=zsh; fish: `COMPLETE=fish icp-prep | source`).
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), e.g. `icp-prep man > icp-prep.1`.
    Man,
    /// Show the rules icp-prep uses: all provinces, or one province's rules with their sources.
    ///
    /// `rules check DIR` checks a folder of edited rule files; `rules export DIR` writes the
    /// built-in files to start from. Use a folder with --rules DIR (or ICP_PREP_RULES).
    Rules(rules_cmd::RulesArgs),
    /// Test hook for tests/store_kill.rs: saves two states alternately until killed.
    #[cfg(feature = "test-hooks")]
    #[command(name = "__save-loop", hide = true)]
    SaveLoop(test_hooks::SaveLoopArgs),
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

/// The wall clock's date: read here only, once per run.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
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
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // `COMPLETE=<shell> icp-prep …`: the shell asks for completions (or the registration
    // script); this answers and exits. Without the variable it returns at once.
    if std::env::var_os("COMPLETE").is_some_and(|v| !v.is_empty()) {
        clap_complete::CompleteEnv::with_factory(|| {
            help::localize(
                <Cli as clap::CommandFactory>::command(),
                help::language_of(&[]),
            )
        })
        .bin("icp-prep")
        .complete();
    }
    if args.len() <= 1 && rules::dir().is_none() {
        // Plain `icp-prep` opens the start screen: skip building the whole clap command so the
        // first screen appears sooner (DESIGN.md §4 startup budget).
        let opts = crate::tui::Options {
            data_dir: None,
            mouse: false,
            lang: None,
            env_lang: lang::from_env(),
            rules: rules::load,
            today: today(),
        };
        if crate::plain::wanted(false) {
            return ExitCode::from(crate::plain::run(None, &opts));
        }
        return ExitCode::from(crate::tui::run(None, false, None, &opts));
    }
    let parse = |command: clap::Command| {
        command
            .try_get_matches_from(args.clone())
            .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
    };
    // The help texts are put into the interface language only when clap has something to say
    // (help, version, a usage error): localising every text costs more than parsing, and a
    // command that runs never shows them (DESIGN.md §4 startup).
    let cli = match parse(<Cli as clap::CommandFactory>::command()) {
        Ok(cli) => cli,
        Err(_) => {
            let help_lang = help::language_of(&args);
            let command = help::localize(<Cli as clap::CommandFactory>::command(), help_lang);
            match parse(command) {
                Ok(cli) => cli,
                Err(e) => {
                    let _ = e.print();
                    return ExitCode::from(if e.use_stderr() { exit::UNUSABLE } else { 0 });
                }
            }
        }
    };
    lang::set_flag(cli.lang.map(Language::from));
    rules::set_dir(cli.rules.clone().filter(|d| !d.as_os_str().is_empty()));
    // A rules folder that does not read stops every command before it does anything (`new`
    // creates nothing); `rules check` reports the problems itself.
    if rules::dir().is_some()
        && !matches!(cli.command, Some(Command::Rules(_)))
        && let Err(message) = rules::load(lang::hint())
    {
        say::err(&crate::messages::error_line(lang::hint(), &message));
        return ExitCode::from(exit::UNUSABLE);
    }
    let data_dir = cli.data_dir.as_deref();
    // The one reading of the clock; everything below is handed this date.
    let today = cli.today.unwrap_or_else(today);
    let globals = session_cmds::Globals {
        data_dir,
        mouse: cli.mouse,
        today,
        plain: cli.plain,
    };
    match cli.command {
        Some(Command::Check(args)) => ExitCode::from(check::run(&args, data_dir, today)),
        Some(Command::Validate(args)) => ExitCode::from(validate_cmd::run(&args, today)),
        Some(Command::Export(args)) => ExitCode::from(export_cmd::run(&args, data_dir, today)),
        Some(Command::New(args)) => ExitCode::from(session_cmds::new(&args, &globals)),
        Some(Command::Open(args)) => ExitCode::from(session_cmds::open(&args, &globals)),
        Some(Command::List(args)) => ExitCode::from(session_cmds::list(&args, data_dir, today)),
        Some(Command::Delete(args)) => ExitCode::from(session_cmds::delete(&args, data_dir)),
        Some(Command::Completions(a)) => {
            let command = help::localize(
                <Cli as clap::CommandFactory>::command(),
                help::language_of(&args),
            );
            ExitCode::from(completions::completions(&a, command))
        }
        Some(Command::Man) => {
            let command = help::localize(
                <Cli as clap::CommandFactory>::command(),
                help::language_of(&args),
            );
            ExitCode::from(completions::man(command))
        }
        Some(Command::Rules(args)) => ExitCode::from(rules_cmd::run(&args, today)),
        #[cfg(feature = "test-hooks")]
        Some(Command::SaveLoop(args)) => ExitCode::from(test_hooks::save_loop(&args, data_dir)),
        None => {
            let opts = crate::tui::Options {
                data_dir: cli.data_dir.clone(),
                mouse: cli.mouse,
                lang: lang::flag(),
                env_lang: lang::from_env(),
                rules: rules::load,
                today,
            };
            if crate::plain::wanted(cli.plain) {
                return ExitCode::from(crate::plain::run(None, &opts));
            }
            ExitCode::from(crate::tui::run(None, false, None, &opts))
        }
    }
}
