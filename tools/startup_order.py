#!/usr/bin/env python3
"""Write assets/startup-order.txt: the functions the wizard runs before its first screen.

Usage (after `cargo build --release`; needs valgrind and tmux):
    python3 tools/startup_order.py [target/release/icp-prep]

Why: the kernel maps a program's code in 64 KiB windows around each page it touches, and the
code the wizard runs at startup (about 1.6 MB of 4.3 MB) was spread over nearly every window,
so a session opened in the wizard held 7.1 MiB against DESIGN.md §4's 6 MiB. build.rs hands
this list to the linker (lld's --symbol-ordering-file) for release builds, which puts these
functions first and next to each other: 5.3 MiB.

How: runs the release binary under `valgrind --tool=callgrind --demangle=no` in a tmux pane of
80×24 for each way the wizard starts (the empty start screen, the start screen listing a
session, `open` of a saved session, `new`), waits for the first screen, quits with `q`, and
lists every function of the binary that ran, in the order callgrind first saw it (the empty
start screen's code first; sorted by name instead, that screen held 0.9 MiB more). The symbol
names carry the compiler's hashes: regenerate after a toolchain update (a test compares the
rustc named in the file's first line with the one building) and when the measured peak memory
rises (tools/measure_startup.sh --with-session). A name the binary no longer has is skipped by
the linker; nothing breaks, the code is only laid out less well.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "startup-order.txt")
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "full-guangdong-enterprise.yaml")

# (arguments, a session to copy in first, text the first full screen shows)
SCENARIOS = [
    ([], False, "n new"),
    ([], True, "/6)"),
    (["open", "acme"], True, "q quit"),
    (["new", "demo"], False, "q quit"),
]


def screen(pane):
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", pane], capture_output=True, text=True
    ).stdout


def run(binary, args, with_session, wait_for, out):
    data = tempfile.mkdtemp(prefix="icp-prep-order-")
    try:
        if with_session:
            os.makedirs(os.path.join(data, "sessions"))
            shutil.copy(FIXTURE, os.path.join(data, "sessions", "acme.yaml"))
        pane = "icp-prep-order"
        command = (
            f"cd {data} && ICP_PREP_DATA_DIR={data} LC_ALL=C.UTF-8 TERM=xterm-256color "
            f"valgrind --tool=callgrind --demangle=no --callgrind-out-file={out} "
            f"{binary} {' '.join(args)} 2>/dev/null; sleep 600"
        )
        subprocess.run(["tmux", "kill-session", "-t", pane], capture_output=True)
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", pane, "-x", "80", "-y", "24", command],
            check=True,
        )
        deadline = time.time() + 120
        while wait_for not in screen(pane):
            if time.time() > deadline:
                sys.exit(f"no {wait_for!r} on the screen of {args}:\n{screen(pane)}")
            time.sleep(0.2)
        time.sleep(0.5)
        subprocess.run(["tmux", "send-keys", "-t", pane, "q"], check=True)
        deadline = time.time() + 60
        while not (os.path.exists(out) and os.path.getsize(out) > 0):
            if time.time() > deadline:
                sys.exit(f"callgrind wrote nothing for {args}")
            time.sleep(0.2)
        time.sleep(1)
        subprocess.run(["tmux", "kill-session", "-t", pane], capture_output=True)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def functions(profile):
    """Function names in the order callgrind first names them (it names each one once)."""
    names = []
    for line in open(profile, encoding="utf-8", errors="replace"):
        m = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
        if m:
            names.append(m.group(1))
    return names


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                             os.path.join(ROOT, "target", "release", "icp-prep"))
    for tool in ("valgrind", "tmux", "nm", "rustc"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found")
    symbols = set()
    for line in subprocess.run(["nm", binary], capture_output=True, text=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            symbols.add(parts[2])
    order, seen = [], set()
    with tempfile.TemporaryDirectory() as tmp:
        for i, (args, with_session, wait_for) in enumerate(SCENARIOS):
            out = os.path.join(tmp, f"callgrind.{i}")
            run(binary, args, with_session, wait_for, out)
            for name in functions(out):
                if name in symbols and name not in seen:
                    seen.add(name)
                    order.append(name)
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# {rustc}\n")
        f.write("# Written by tools/startup_order.py: the functions the wizard runs before its\n")
        f.write("# first screen, for the linker to place first (build.rs). Do not edit by hand.\n")
        f.write("\n".join(order) + "\n")
    print(f"{OUT}: {len(order)} functions")


if __name__ == "__main__":
    main()
