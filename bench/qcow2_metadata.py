#!/usr/bin/env python3
"""Metadata walks of a large metadata-preallocated qcow2 image: ours beside qemu-img.

    .venv/bin/python bench/qcow2_metadata.py [--size 200G] [--repeat 7] [--tmpdir DIR]
    .venv/bin/python bench/qcow2_metadata.py --size 2T --repeat 3     # 32 Mi clusters, ~330 MiB of tables

Makes `qemu-img create -f qcow2 -o preallocation=metadata IMG SIZE` (on tmpfs:
/dev/shm unless --tmpdir says otherwise; the file is sparse, a 200G image
holds about 32 MiB of tables), so every guest cluster has an L2 entry and
a refcount: 3276800 of them at 200G with 64 KiB clusters. Then times, as
whole processes:

    qemu-img map --output=json IMG     qemuspec map --output=json IMG
    qemu-img check IMG                 qemuspec check IMG

`qemuspec` is the console script beside this Python (python -m qemuspec.cli
when there is none). The two map outputs must parse to the same JSON and both
checks must exit 0. Every command runs once first (that writes the bytecode,
as an installed package has it), then they all take turns, --repeat rounds;
the median wall time of each counts, and ours is shown as a ratio to its
qemu-img twin. The peak RSS of each command is its largest ru_maxrss over
the rounds (getrusage RUSAGE_CHILDREN, read around each child by wait4).
Before it makes the image it checks that the folder has room for its tables
(10 bytes a 64 KiB cluster: an L2 entry and a refcount, with room to spare).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from whole_process import default_tmpdir, qemuspec, report, rounds, size_arg, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=200 << 30, help="disk size, e.g. 20G (default 200G)")
    parser.add_argument("--repeat", type=int, default=7, help="rounds of runs; the median counts (default 7)")
    parser.add_argument("--tmpdir", default=default_tmpdir(),
                        help="where the image goes (default /dev/shm)")
    args = parser.parse_args()

    need = (args.size >> 16) * 10 + (64 << 20)
    free = shutil.disk_usage(args.tmpdir or tempfile.gettempdir()).free
    if free < need:
        raise SystemExit(f"{args.tmpdir or tempfile.gettempdir()} has {free} bytes free; the image's tables "
                         f"need about {need}")
    with tempfile.TemporaryDirectory(prefix="qcow2-metadata-", dir=args.tmpdir) as tmp:
        image = Path(tmp) / "prealloc.qcow2"
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", "preallocation=metadata",
                        str(image), str(args.size)], check=True)
        q = qemuspec()
        commands = {
            "qemu-img map --output=json": ["qemu-img", "map", "--output=json", str(image)],
            "qemuspec map --output=json": [*q, "map", "--output=json", str(image)],
            "qemu-img check": ["qemu-img", "check", str(image)],
            "qemuspec check": [*q, "check", str(image)],
        }
        times, peak, outputs = rounds(commands, args.repeat)
        theirs, mine = (json.loads(outputs[f"{who} map --output=json"]) for who in ("qemu-img", "qemuspec"))
        if theirs != mine:
            raise SystemExit("qemu-img map and qemuspec map disagree")
        floor = statistics.median(timed([sys.executable, "-c", "pass"])[0] for _ in range(args.repeat))
        file_size = image.stat().st_size
        allocated = image.stat().st_blocks * 512

    print(f"{args.size}-byte disk, preallocation=metadata: file of {file_size} bytes, {allocated} on disk; "
          f"{len(theirs)} map extents, equal JSON from both; median of {args.repeat}")
    report(times, peak)
    print(f"{'python -c pass (the floor)':<36} {floor:>8.3f}")


if __name__ == "__main__":
    main()
