#!/usr/bin/env python3
"""qemu-img map of a qcow2 image that does not merge: ours beside qemu-img.

    .venv/bin/python bench/qcow2_map.py [--size 1G] [--repeat 3] [--tmpdir DIR]

Makes a fully allocated qcow2 image with 64 KiB clusters whose clusters were
written last to first (qemu-io, many commands per run), so host offsets run
backwards and every cluster is an extent of its own: 16384 of them at 1G.
Then times, as whole processes, `qemu-img map --output=json IMG` and ours:
`qemuspec map --output=json IMG` when the command line has `map`, otherwise
a `python -c` that opens the image, calls map_image and prints the JSON (the
table says which). Both outputs must parse to the same JSON. Also shows the
time of map_image alone on an open image, inside this process: no start-up,
imports, opening or printing.
The two commands take turns, --repeat rounds; the best time of each counts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.block import open_image
from qemuspec.block.map import map_image

CLUSTER = 64 << 10
BATCH = 2048  # qemu-io commands per process
OUR_MAP = """\
import json, sys
from qemuspec.block import open_image
from qemuspec.block.map import map_image
with open_image(sys.argv[1]) as image:
    json.dump([extent.to_json() for extent in map_image(image)], sys.stdout)
"""


def size_arg(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text[-1:].upper() in units:
        return int(text[:-1]) * units[text[-1].upper()]
    return int(text)


def make_image(path: Path, size: int) -> int:
    """A qcow2 image with every cluster written, last cluster first; returns the cluster count."""
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", f"cluster_size={CLUSTER}",
                    str(path), str(size)], check=True)
    clusters = -(-size // CLUSTER)
    writes = [f"write -q -P {0x11 + n % 0xEE:#x} {n * CLUSTER} {min(CLUSTER, size - n * CLUSTER)}"
              for n in reversed(range(clusters))]
    for first in range(0, clusters, BATCH):
        commands = [arg for w in writes[first:first + BATCH] for arg in ("-c", w)]
        subprocess.run(["qemu-io", "-f", "qcow2", *commands, str(path)], check=True)
    return clusters


def our_command(image: Path) -> tuple[list[str], str]:
    cli = Path(sys.executable).parent / "qemuspec"
    if cli.exists() and subprocess.run([str(cli), "map", "--help"], capture_output=True).returncode == 0:
        return [str(cli), "map", "--output=json", str(image)], "qemuspec map --output=json"
    return [sys.executable, "-c", OUR_MAP, str(image)], "python -c (map_image, json.dump)"


# An installed package has its bytecode compiled; a sandbox may forbid writing it
# (PYTHONDONTWRITEBYTECODE), which would time the compiler, not the command.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, object]:
    start = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True, env=ENV).stdout
    return time.perf_counter() - start, json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=1 << 30, help="disk size, e.g. 256M (default 1G)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of runs; the best counts (default 3)")
    parser.add_argument("--tmpdir", help="where the image goes (default: the system temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qcow2-map-", dir=args.tmpdir) as tmp:
        image = Path(tmp) / "reversed.qcow2"
        clusters = make_image(image, args.size)
        ours, ours_label = our_command(image)
        commands = {"qemu-img": ["qemu-img", "map", "--output=json", str(image)], "ours": ours}
        best = {name: float("inf") for name in commands}
        outputs = {}
        timed(ours)  # warm up: the first run writes the bytecode
        for _ in range(args.repeat):
            for name, command in commands.items():
                seconds, outputs[name] = timed(command)
                best[name] = min(best[name], seconds)
        if outputs["ours"] != outputs["qemu-img"]:
            raise SystemExit("ours and qemu-img map disagree")
        in_process = float("inf")
        with open_image(image) as disk:
            for _ in range(args.repeat):
                start = time.perf_counter()
                extents = map_image(disk)
                in_process = min(in_process, time.perf_counter() - start)

    print(f"disk of {args.size} bytes, {clusters} clusters of {CLUSTER >> 10} KiB written last to first: "
          f"{len(outputs['qemu-img'])} extents, equal JSON from both; best of {args.repeat}")
    floor = min(timed([sys.executable, "-c", "print('[]')"])[0] for _ in range(args.repeat))
    print(f"{'command':<45} {'seconds':>8} {'/qemu-img':>10}")
    for label, seconds in [("qemu-img map --output=json", best["qemu-img"]), (ours_label, best["ours"]),
                           (f"map_image alone, in process ({len(extents)} extents)", in_process),
                           ("python start-up alone (the floor)", floor)]:
        print(f"{label:<45} {seconds:>8.3f} {seconds / best['qemu-img']:>10.3f}")


if __name__ == "__main__":
    main()
