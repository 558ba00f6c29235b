//! `icp-prep completions` and `icp-prep man` come from the clap command itself, and the dynamic
//! completion lists the sessions of the data directory it is pointed at.

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_icp-prep");

/// The visible subcommands, as `icp-prep --help` lists them.
const SUBCOMMANDS: &[&str] = &[
    "check",
    "validate",
    "export",
    "new",
    "open",
    "list",
    "delete",
    "rules",
    "completions",
    "man",
];

fn run(args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .env_remove("COMPLETE")
        .env("LANG", "C")
        .output()
        .expect("run icp-prep");
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

fn stdout(args: &[&str]) -> String {
    String::from_utf8(run(args).stdout).expect("utf-8")
}

#[test]
fn help_lists_exactly_the_subcommands_the_tests_expect() {
    let help = stdout(&["--help"]);
    for sub in SUBCOMMANDS {
        assert!(
            help.contains(&format!("  {sub} ")),
            "{sub} missing:\n{help}"
        );
    }
    assert!(!help.contains("__save-loop"));
}

#[test]
fn bash_completion_loads_in_bash() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("icp-prep.bash");
    std::fs::write(&script, run(&["completions", "bash"]).stdout).unwrap();
    let check = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash is installed");
    assert!(check.status.success(), "{check:?}");
    // Loading it for real defines the completion function and registers it.
    let load = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p icp-prep",
            script.display()
        ))
        .output()
        .unwrap();
    assert!(load.status.success(), "{load:?}");
    assert!(String::from_utf8_lossy(&load.stdout).contains("icp-prep"));
}

#[test]
fn every_shell_script_names_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = stdout(&["completions", shell]);
        assert!(script.len() > 500, "{shell}: {} bytes", script.len());
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} script lacks {sub}");
        }
        assert!(
            !script.contains("__save-loop"),
            "{shell} offers the test hook"
        );
    }
    assert!(stdout(&["completions", "zsh"]).starts_with("#compdef icp-prep"));
}

#[test]
fn man_page_is_roff_naming_every_subcommand() {
    let man = stdout(&["man"]);
    let lines: Vec<&str> = man.lines().collect();
    let th = lines
        .iter()
        .position(|l| l.starts_with(".TH icp-prep 1"))
        .expect(".TH header");
    let section = |name: &str| lines.iter().position(|l| *l == format!(".SH {name}"));
    let name = section("NAME").expect("NAME section");
    let synopsis = section("SYNOPSIS").expect("SYNOPSIS section");
    assert!(th < name && name < synopsis, "{man}");
    assert!(section("OPTIONS").is_some(), "{man}");
    // Every line is a roff request (".XX"), or text that does not start with a quote or a dot.
    for l in &lines {
        assert!(!l.starts_with('\''), "stray control line: {l}");
        if let Some(rest) = l.strip_prefix('.') {
            let req: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(
                [
                    "TH", "SH", "TP", "PP", "ie", "el", "ds", "B", "I", "RS", "RE", "br", "IP"
                ]
                .contains(&req.as_str()),
                "unknown request: {l}"
            );
        }
    }
    for sub in SUBCOMMANDS {
        // roff escapes a hyphen as "\-": the entry reads icp\-prep\-<sub>(1).
        assert!(
            man.contains(&format!("icp\\-prep\\-{sub}(1)")),
            "man page lacks {sub}"
        );
    }
}

/// What the shell asks through clap_complete's env completion when Tab is pressed after
/// `icp-prep [words…] ` (an empty word at the end).
fn dynamic(words: &[&str], data_dir_env: Option<&std::path::Path>) -> Vec<String> {
    let mut cmd = Command::new(BIN);
    cmd.arg("--")
        .args(words)
        .arg("")
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_IFS", "\n")
        .env("LANG", "C");
    match data_dir_env {
        Some(d) => cmd.env("ICP_PREP_DATA_DIR", d),
        None => cmd.env_remove("ICP_PREP_DATA_DIR"),
    };
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn dynamic_completion_lists_the_sessions_of_the_data_dir() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    for name in ["acme-shop", "zhang-blog"] {
        std::fs::write(sessions.join(format!("{name}.yaml")), "version: 1\n").unwrap();
    }
    // Not sessions: a hidden file, a backup, another extension.
    std::fs::write(sessions.join(".tmp.yaml"), "").unwrap();
    std::fs::write(sessions.join("acme-shop.yaml.bak"), "").unwrap();
    std::fs::write(sessions.join("notes.txt"), "").unwrap();

    for sub in ["open", "check", "export", "delete"] {
        let got = dynamic(&["icp-prep", sub], Some(data.path()));
        for name in ["acme-shop", "zhang-blog"] {
            assert!(got.contains(&name.to_string()), "{sub}: {got:?}");
        }
        for not in [".tmp", "acme-shop.yaml.bak", "notes"] {
            assert!(!got.contains(&not.to_string()), "{sub}: {got:?}");
        }
    }
    // --data-dir on the line wins over the environment.
    let empty = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let got = dynamic(
        &["icp-prep", "--data-dir", dir, "export"],
        Some(empty.path()),
    );
    assert!(got.contains(&"acme-shop".to_string()), "{got:?}");
    let got = dynamic(&["icp-prep", "open"], Some(empty.path()));
    assert!(!got.contains(&"acme-shop".to_string()), "{got:?}");
    // Commands that take no session offer none.
    let got = dynamic(&["icp-prep", "list"], Some(data.path()));
    assert!(!got.contains(&"acme-shop".to_string()), "{got:?}");
}

#[test]
fn dynamic_registration_script_loads_in_bash() {
    let out = Command::new(BIN).env("COMPLETE", "bash").output().unwrap();
    assert!(out.status.success());
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(script.contains("complete"), "{script}");
    let check = Command::new("bash")
        .arg("-n")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(script.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(check.status.success(), "{check:?}");
}
