//! Printing for the binary. `println!` and `eprintln!` panic when the stream is closed
//! (`icp-prep list | true`, a closed stderr): these write, and ignore a failure, because a
//! reader that went away is the reader's choice and the exit status already says the outcome.

use std::io::Write;

/// `text` and a line break on standard output.
pub fn out(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{text}");
    let _ = o.flush();
}

/// `text` as it is on standard output.
pub fn out_raw(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(text.as_bytes());
    let _ = o.flush();
}

/// `text` and a line break on standard error.
pub fn err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// `text` as it is on standard error (a question waiting for its answer on the same line).
pub fn err_raw(text: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(text.as_bytes());
    let _ = e.flush();
}
