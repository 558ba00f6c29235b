#!/bin/sh
# Startup measurement (DESIGN.md §4): launch → first complete screen in an 80×24 pty and peak
# RSS, for the release icp-prep next to `dialog --checklist`, measured the same way in the same
# run, and DESIGN's reference (a bare ratatui app, examples/bare_ratatui.rs) beside them. A
# manual step, not a CI test. It does not build icp-prep: run `cargo build --release` first.
# Arguments go to the measuring program (examples/measure_startup.rs), e.g.
#   tools/measure_startup.sh --runs 30 --with-session --rules-folder
# Needs `dialog` (Debian/Ubuntu: apt-get install -y dialog), or pass --no-dialog.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x target/release/icp-prep ]; then
    echo "target/release/icp-prep not found: run 'cargo build --release' first" >&2
    exit 2
fi
case " $* " in
    *" --no-dialog "*) ;;
    *) command -v dialog >/dev/null 2>&1 || {
        echo "dialog not found: apt-get install -y dialog (or pass --no-dialog)" >&2
        exit 2
    } ;;
esac
# Builds only the measuring program and the reference (release, like the binary it measures).
cargo build --quiet --release --example measure_startup --example bare_ratatui
exec target/release/examples/measure_startup --reference target/release/examples/bare_ratatui "$@"
