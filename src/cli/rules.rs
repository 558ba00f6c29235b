//! Which rules every command uses: the built-in set, or a folder given with `--rules DIR` (also
//! `ICP_PREP_RULES`), whose files replace the built-in files of the same name. The folder is read
//! here (the core does no I/O) and refused whole when any file in it does not read or the merged
//! data fails the self-check, so the built-in rules are never mixed with a half-loaded folder.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::Language;

/// The environment variable that names a rules folder when `--rules` is not given.
pub const ENV: &str = "ICP_PREP_RULES";

/// Rule files are a few hundred KB; anything far larger is not one (and is not read whole).
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Record the `--rules` folder (clap already applied `ICP_PREP_RULES`) once, at startup.
pub fn set_dir(dir: Option<PathBuf>) {
    let _ = DIR.set(dir);
}

/// The folder in use, if any: `--rules`, else `ICP_PREP_RULES` (read directly when clap did not
/// run, as for a plain `icp-prep`).
pub fn dir() -> Option<PathBuf> {
    match DIR.get() {
        Some(d) => d.clone(),
        None => std::env::var_os(ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
    }
}

/// Why a rules folder cannot be used; each names the file (and, from the parser, line and field).
#[derive(Debug)]
pub enum FolderProblem {
    /// The folder itself cannot be listed.
    Folder(String),
    /// Files that do not read (one line each: path, line, field, what is wrong).
    Files(Vec<String>),
    /// The files read, but the merged data fails the self-check (one line per problem).
    Inconsistent(Vec<String>),
}

impl FolderProblem {
    pub fn lines(&self) -> Vec<String> {
        match self {
            FolderProblem::Folder(l) => vec![l.clone()],
            FolderProblem::Files(l) | FolderProblem::Inconsistent(l) => l.clone(),
        }
    }
}

/// The rule files of `dir` as (file name, text), sorted by name. Only regular files (or links to
/// them) ending in `.yaml`/`.yml` are rule files; other files (a README, notes) are left alone.
/// A FIFO or device named like a rule file is refused without being opened for reading.
pub fn read_folder(dir: &Path) -> Result<Vec<(String, String)>, FolderProblem> {
    let entries = fs::read_dir(dir)
        .map_err(|e| FolderProblem::Folder(format!("{}: {}", dir.display(), e)))?;
    let mut names: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") || name.ends_with(".yml") {
            names.push(name);
        }
    }
    names.sort();
    if names.is_empty() {
        return Err(FolderProblem::Folder(format!(
            "{}: {}",
            dir.display(),
            messages::text(crate::cli::lang::hint(), "rules.error.empty-folder")
        )));
    }
    let mut files = Vec::new();
    for name in names {
        let path = dir.join(&name);
        match read_rule_file(&path) {
            Ok(text) => files.push((name, text)),
            Err(why) => problems.push(format!("{}: {why}", path.display())),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(FolderProblem::Files(problems))
    }
}

fn read_rule_file(path: &Path) -> Result<String, String> {
    let meta = fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("larger than {} MiB", MAX_FILE_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}

/// Read `dir`, merge it over the built-in rules, and run the self-check: the rules a command
/// would use, or every problem found.
pub fn load_folder(dir: &Path) -> Result<Knowledge, FolderProblem> {
    let files = read_folder(dir)?;
    let k = Knowledge::with_overrides(&files, dir.to_path_buf()).map_err(|_| {
        // Name every file that does not read, not only the first.
        let problems = files
            .iter()
            .filter_map(|f| {
                Knowledge::with_overrides(std::slice::from_ref(f), dir.to_path_buf()).err()
            })
            .map(|e| e.to_string())
            .collect();
        FolderProblem::Files(problems)
    })?;
    let problems = k.self_check();
    if problems.is_empty() {
        Ok(k)
    } else {
        Err(FolderProblem::Inconsistent(problems))
    }
}

static LOADED: OnceLock<Knowledge> = OnceLock::new();

/// The rules for this run (read once, then shared), or the message saying why they cannot be
/// used (the caller prints it and exits 2).
pub fn load(lang: Language) -> Result<&'static Knowledge, String> {
    if let Some(k) = LOADED.get() {
        return Ok(k);
    }
    let k = match dir() {
        None => Knowledge::builtin()
            .map_err(|e| messages::format(lang, "cli.error.rules", &[("error", e.to_string())]))?,
        Some(dir) => load_folder(&dir).map_err(|p| {
            messages::format(
                lang,
                "cli.error.rules-folder",
                &[
                    ("dir", dir.display().to_string()),
                    ("problems", p.lines().join("\n  ")),
                ],
            )
        })?,
    };
    Ok(LOADED.get_or_init(|| k))
}
