use std::process::ExitCode;

fn main() -> ExitCode {
    icp_prep::cli::run(std::env::args_os())
}
