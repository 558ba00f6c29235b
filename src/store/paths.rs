//! Where sessions live: the data directory (`--data-dir` > `ICP_PREP_DATA_DIR` > the platform's
//! data directory), its `sessions/` folder, session names, and the files beside a session
//! (`.bak`, `.lock`, `.corrupt-<time>`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::error::{Action, NameProblem, StoreError};

/// The environment variable that overrides the data directory (tests use it).
pub const DATA_DIR_ENV: &str = "ICP_PREP_DATA_DIR";
/// Folder of session files inside the data directory.
pub const SESSIONS_DIR: &str = "sessions";
/// Extension of session files.
pub const EXTENSION: &str = "yaml";
/// Longest session name, in characters.
pub const MAX_NAME_CHARS: usize = 64;
/// Longest session file name in bytes of UTF-8, extension included: file systems count bytes
/// (255 at most), and the files kept beside a session add up to 55 bytes to its name.
pub const MAX_FILE_NAME_BYTES: usize = 200;

/// The data directory; session files are `<root>/sessions/<name>.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }

    /// `explicit` (from `--data-dir`) if given, else `ICP_PREP_DATA_DIR` if set and not empty,
    /// else the platform's data directory (e.g. `~/.local/share/icp-prep`).
    pub fn locate(explicit: Option<&Path>) -> Result<DataDir, StoreError> {
        if let Some(dir) = explicit {
            return Ok(DataDir::new(dir));
        }
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            return Ok(DataDir::new(dir));
        }
        directories::ProjectDirs::from("", "", "icp-prep")
            .map(|p| DataDir::new(p.data_dir()))
            .ok_or(StoreError::NoDataDir)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder holding the session files.
    pub fn sessions(&self) -> PathBuf {
        self.root.join(SESSIONS_DIR)
    }

    /// The session called `name` (which is checked first).
    pub fn session(&self, name: &str) -> Result<SessionFile, StoreError> {
        check_name(name)?;
        Ok(SessionFile {
            name: name.to_string(),
            path: self.sessions().join(format!("{name}.{EXTENSION}")),
        })
    }

    /// Create the sessions folder (and the data directory) if missing, 0700 on Unix.
    pub fn create(&self) -> Result<PathBuf, StoreError> {
        let dir = self.sessions();
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(&dir)
            .map_err(|e| StoreError::io(&dir, Action::CreateDir, e))?;
        Ok(dir)
    }
}

/// What a command-line argument names (DESIGN.md §3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Contains `/` or ends in `.yaml`/`.yml`: a file.
    Path(PathBuf),
    /// Anything else: a session in the data directory.
    Name(String),
}

impl Target {
    pub fn parse(arg: &str) -> Target {
        if arg.contains('/') || arg.ends_with(".yaml") || arg.ends_with(".yml") {
            Target::Path(PathBuf::from(arg))
        } else {
            Target::Name(arg.to_string())
        }
    }
}

/// Resolve a command-line argument to a session file. The data directory is only looked up
/// for a name, so a path works even where there is no home directory.
pub fn resolve(arg: &str, data_dir: Option<&Path>) -> Result<SessionFile, StoreError> {
    match Target::parse(arg) {
        Target::Path(path) => Ok(SessionFile::at(path)),
        Target::Name(name) => {
            check_name(&name)?;
            DataDir::locate(data_dir)?.session(&name)
        }
    }
}

/// Check a session name: not empty, at most 64 characters and 195 bytes (200 with `.yaml`), no path separators or characters
/// Windows forbids, not hidden, not a Windows device name, no control characters.
pub fn check_name(name: &str) -> Result<(), StoreError> {
    let problem = name_problem(name);
    match problem {
        None => Ok(()),
        Some(problem) => Err(StoreError::InvalidName {
            name: name.escape_debug().to_string(),
            problem,
        }),
    }
}

fn name_problem(name: &str) -> Option<NameProblem> {
    if name.is_empty() {
        return Some(NameProblem::Empty);
    }
    if name.chars().any(char::is_control) {
        return Some(NameProblem::Control);
    }
    if name.chars().count() > MAX_NAME_CHARS
        || name.len() + 1 + EXTENSION.len() > MAX_FILE_NAME_BYTES
    {
        return Some(NameProblem::TooLong);
    }
    if name
        .chars()
        .any(|c| matches!(c, '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*'))
    {
        return Some(NameProblem::Separator);
    }
    if name.starts_with('.') {
        return Some(NameProblem::Hidden);
    }
    if name.ends_with('.') || name.ends_with(' ') || is_windows_device(name) {
        return Some(NameProblem::Reserved);
    }
    None
}

/// CON, PRN, AUX, NUL, COM0–9, LPT0–9 in any case, alone or before a dot (`con.txt` too).
fn is_windows_device(name: &str) -> bool {
    let base = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    match base.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        _ => {
            let b = base.as_bytes();
            b.len() == 4
                && (base.starts_with("COM") || base.starts_with("LPT"))
                && b[3].is_ascii_digit()
        }
    }
}

/// One session file and the files kept beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFile {
    name: String,
    path: PathBuf,
}

impl SessionFile {
    /// A session given by its path; its name is the file stem.
    pub fn at(path: impl Into<PathBuf>) -> SessionFile {
        let path = path.into();
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        SessionFile { name, path }
    }

    /// The session's name (the file stem).
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder the file is in (`.` for a bare file name).
    pub fn dir(&self) -> &Path {
        dir_of(&self.path)
    }

    /// `<file>.bak`: the version before the last save.
    pub fn backup_path(&self) -> PathBuf {
        with_suffix(&self.path, ".bak")
    }

    /// `.<file>.icp-prep.lock` beside the file: the one-writer lock. Hidden, and named for
    /// icp-prep, so it can never be another tool's lock (Helm's `Chart.lock` beside
    /// `Chart.yaml`, Dart's `pubspec.lock`).
    pub fn lock_path(&self) -> PathBuf {
        let file = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.dir().join(format!(".{file}.icp-prep.lock"))
    }

    /// `<file>.corrupt-<stamp>`: where a damaged file is kept when the user starts over.
    pub fn corrupt_path(&self, stamp: &str) -> PathBuf {
        with_suffix(&self.path, &format!(".corrupt-{stamp}"))
    }

    /// Files set aside earlier by `set_aside` (`<file>.corrupt-*`), sorted.
    pub fn set_aside_files(&self) -> Vec<PathBuf> {
        let Some(file_name) = self.path.file_name() else {
            return Vec::new();
        };
        let prefix = format!("{}.corrupt-", file_name.to_string_lossy());
        let Ok(entries) = std::fs::read_dir(self.dir()) else {
            return Vec::new();
        };
        let mut out: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
            .map(|e| e.path())
            .collect();
        out.sort();
        out
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }
}

/// The folder a file is in (`.` for a bare file name).
pub(crate) fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `path` with `suffix` appended to its file name (`a.yaml` + `.bak` → `a.yaml.bak`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(name: &str) -> Option<NameProblem> {
        match check_name(name) {
            Ok(()) => None,
            Err(StoreError::InvalidName { problem, .. }) => Some(problem),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn good_names_pass() {
        for name in [
            "acme-shop",
            "Acme shop 2",
            "客户_广州",
            "a",
            "x.y",
            &"n".repeat(64),
            &"中".repeat(64),
            &format!("{}abc", "𝒜".repeat(48)),
        ] {
            assert_eq!(problem(name), None, "{name}");
        }
    }

    #[test]
    fn bad_names_are_refused_with_their_reason() {
        let cases = [
            ("", NameProblem::Empty),
            (&*"n".repeat(65), NameProblem::TooLong),
            // 60 four-byte characters: 64 characters at most, but 240 bytes.
            (&*"𝒜".repeat(60), NameProblem::TooLong),
            (&*"𝒜".repeat(49), NameProblem::TooLong),
            ("a/b", NameProblem::Separator),
            ("a\\b", NameProblem::Separator),
            ("a:b", NameProblem::Separator),
            ("what?", NameProblem::Separator),
            (".hidden", NameProblem::Hidden),
            (".", NameProblem::Hidden),
            ("..", NameProblem::Hidden),
            ("CON", NameProblem::Reserved),
            ("nul", NameProblem::Reserved),
            ("Com1", NameProblem::Reserved),
            ("lpt9.txt", NameProblem::Reserved),
            ("trailing.", NameProblem::Reserved),
            ("trailing ", NameProblem::Reserved),
            ("a\0b", NameProblem::Control),
            ("tab\there", NameProblem::Control),
            ("new\nline", NameProblem::Control),
        ];
        for (name, want) in cases {
            assert_eq!(problem(name), Some(want), "{name:?}");
        }
        // Near misses of device names are fine.
        for name in ["console", "com", "com10", "nully", "auxiliary"] {
            assert_eq!(problem(name), None, "{name}");
        }
    }

    #[test]
    fn targets_follow_design_section_3() {
        assert_eq!(Target::parse("acme"), Target::Name("acme".into()));
        assert_eq!(Target::parse("acme.yaml"), Target::Path("acme.yaml".into()));
        assert_eq!(Target::parse("acme.yml"), Target::Path("acme.yml".into()));
        assert_eq!(Target::parse("./acme"), Target::Path("./acme".into()));
        assert_eq!(Target::parse("dir/acme"), Target::Path("dir/acme".into()));
        assert_eq!(Target::parse("acme.json"), Target::Name("acme.json".into()));
    }

    #[test]
    fn explicit_dir_wins_and_names_map_to_sessions_folder() {
        let d = DataDir::locate(Some(Path::new("/tmp/x"))).unwrap();
        let f = d.session("acme").unwrap();
        assert_eq!(f.path(), Path::new("/tmp/x/sessions/acme.yaml"));
        assert_eq!(f.backup_path(), Path::new("/tmp/x/sessions/acme.yaml.bak"));
        assert_eq!(
            f.lock_path(),
            Path::new("/tmp/x/sessions/.acme.yaml.icp-prep.lock")
        );
        assert_eq!(
            f.corrupt_path("20261128T070211Z"),
            Path::new("/tmp/x/sessions/acme.yaml.corrupt-20261128T070211Z")
        );
        assert!(d.session("../etc/passwd").is_err());
    }

    #[test]
    fn a_bare_file_lives_in_the_current_folder() {
        let f = SessionFile::at("acme.yaml");
        assert_eq!(f.name(), "acme");
        assert_eq!(f.dir(), Path::new("."));
        assert_eq!(f.lock_path(), Path::new("./.acme.yaml.icp-prep.lock"));
        // Never another tool's lock file.
        let chart = SessionFile::at("helm/Chart.yaml");
        assert_eq!(
            chart.lock_path(),
            Path::new("helm/.Chart.yaml.icp-prep.lock")
        );
    }
}
