#!/usr/bin/env python3
"""Start-up of the command line: `qemuspec info`, `map` and `check` of a small image beside qemu-img's.

    .venv/bin/python bench/cli_startup.py [--size 64M] [--repeat 21] [--tmpdir DIR]

Makes a small empty qcow2 image with qemu-img create (on tmpfs: /dev/shm
unless --tmpdir says otherwise), then times whole processes, where start-up
is nearly all of the work:

    qemu-img info IMG                  qemuspec info IMG
    qemu-img info --output=json IMG    qemuspec info --output=json IMG
    qemu-img map --output=json IMG     qemuspec map --output=json IMG
    qemu-img check IMG                 qemuspec check IMG
    qemu-img --version                 qemuspec --version

`qemuspec` is the console script beside this Python (python -m qemuspec.cli
when there is none). The human outputs must be equal and the JSON outputs must
parse to the same value. Every command runs once first (that writes the
bytecode, as an installed package has it), then they all take turns, --repeat
rounds; the median of each counts, and ours is shown as a ratio to its
qemu-img twin, in wall time and in CPU time (user + system, from wait4: on a
machine that other work keeps busy the wall times grow with the waiting, the
CPU times much less). Two floors are timed the same way: `python -c pass` (the same
interpreter and site-packages as the console script: what no Python command
can beat) and `python -I -S -c pass` (the interpreter without site-packages;
the gap between the two is what site-packages' .pth files cost, an editable
install's finder among them). To time a wheel install instead of the
development one, run this script with the Python of that install's venv.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from whole_process import ENV, default_tmpdir, qemuspec, size_arg


def run(command: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system, from wait4) and standard output of one child that must exit 0."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=ENV)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(command)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=64 << 20, help="virtual disk size, e.g. 1G (default 64M)")
    parser.add_argument("--repeat", type=int, default=21, help="rounds of runs; the median counts (default 21)")
    parser.add_argument("--tmpdir", default=default_tmpdir(), help="where the image goes (default: /dev/shm)")
    args = parser.parse_args()

    ours = qemuspec()
    with tempfile.TemporaryDirectory(prefix="cli-startup-", dir=args.tmpdir) as tmp:
        image = str(Path(tmp) / "small.qcow2")
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", image, str(args.size)], check=True)
        # label -> (command, the label of the qemu-img command it is measured against)
        commands = {
            "qemu-img info": (["qemu-img", "info", image], None),
            "qemuspec info": ([*ours, "info", image], "qemu-img info"),
            "qemu-img info --output=json": (["qemu-img", "info", "--output=json", image], None),
            "qemuspec info --output=json": ([*ours, "info", "--output=json", image], "qemu-img info --output=json"),
            "qemu-img map --output=json": (["qemu-img", "map", "--output=json", image], None),
            "qemuspec map --output=json": ([*ours, "map", "--output=json", image], "qemu-img map --output=json"),
            "qemu-img check": (["qemu-img", "check", image], None),
            "qemuspec check": ([*ours, "check", image], "qemu-img check"),
            "qemu-img --version": (["qemu-img", "--version"], None),
            "qemuspec --version": ([*ours, "--version"], "qemu-img --version"),
            "python -c pass (the floor)": ([sys.executable, "-c", "pass"], "qemu-img info"),
            "python -I -S -c pass": ([sys.executable, "-I", "-S", "-c", "pass"], "qemu-img info"),
        }
        outputs = {label: run(command)[2] for label, (command, _) in commands.items()}  # warm-up
        if outputs["qemuspec info"] != outputs["qemu-img info"]:
            raise SystemExit("qemuspec info and qemu-img info print different text")
        if json.loads(outputs["qemuspec info --output=json"]) != json.loads(outputs["qemu-img info --output=json"]):
            raise SystemExit("qemuspec info and qemu-img info give different JSON")
        if json.loads(outputs["qemuspec map --output=json"]) != json.loads(outputs["qemu-img map --output=json"]):
            raise SystemExit("qemuspec map and qemu-img map give different JSON")
        if outputs["qemuspec check"] != outputs["qemu-img check"]:
            raise SystemExit("qemuspec check and qemu-img check print different text")
        times: dict[str, list[float]] = {label: [] for label in commands}
        cpu: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.repeat):
            for label, (command, _) in commands.items():
                wall, used, _ = run(command)
                times[label].append(wall)
                cpu[label].append(used)

    median = {label: statistics.median(runs) for label, runs in times.items()}
    median_cpu = {label: statistics.median(runs) for label, runs in cpu.items()}
    print(f"qcow2 image of {args.size} bytes on {args.tmpdir or tempfile.gettempdir()}, whole processes, "
          f"median of {args.repeat} alternating rounds; ours: {' '.join(ours)}")
    print(f"{'command':<30} {'ms':>8} {'ratio':>7} {'cpu ms':>8} {'ratio':>7}  measured against")
    for label, (_, against) in commands.items():
        ratios = (f"{median[label] / median[against]:>7.2f} {median_cpu[label] * 1e3:>8.2f} "
                  f"{median_cpu[label] / median_cpu[against]:>7.2f}  {against}") if against else (
                  f"{'':>7} {median_cpu[label] * 1e3:>8.2f}")
        print(f"{label:<30} {median[label] * 1e3:>8.2f} {ratios}")


if __name__ == "__main__":
    main()
