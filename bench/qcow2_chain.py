#!/usr/bin/env python3
"""Reading through a backing chain of 4 qcow2 images: ours beside qemu-img.

    .venv/bin/python bench/qcow2_chain.py [--size 1G] [--repeat 5] [--tmpdir DIR]

Builds base <- mid1 <- mid2 <- top with qemu-img and qemu-io on tmpfs
(/dev/shm unless --tmpdir says otherwise). The first half of the disk is
written in 4 MiB chunks, each by one of the four layers in turn (chunk k by
layer k % 4, with that layer's pattern), and the top layer also writes 1 MiB
over every chunk that an older layer owns; the second half stays
unallocated in every layer. So a read of the top image goes down 1 to 4
layers, and map has extents at every depth. Then times, as whole
processes, taking turns:

    qemu-img convert -O raw TOP OUT     qemuspec convert -O raw TOP OUT
    qemu-img map --output=json TOP      qemuspec map --output=json TOP

The two raw outputs must be the same bytes and the two maps the same JSON.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import tempfile
from pathlib import Path

from whole_process import default_tmpdir, qemuspec, report, rounds, size_arg

CHUNK = 4 << 20
LAYERS = ("base", "mid1", "mid2", "top")


def build_chain(folder: Path, size: int) -> Path:
    chunks = size // 2 // CHUNK
    below = None
    for depth, name in enumerate(LAYERS):
        image = folder / f"{name}.qcow2"
        backing = ["-b", str(below), "-F", "qcow2"] if below else []
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", *backing, str(image), str(size)], check=True)
        writes = [f"write -P {0x10 + depth} {k * CHUNK} {CHUNK}" for k in range(depth, chunks, len(LAYERS))]
        if name == "top":
            writes += [f"write -P 0xee {k * CHUNK + CHUNK // 2} {1 << 20}" for k in range(chunks) if k % 4 != depth]
        command = ["qemu-io", "-f", "qcow2"]
        for write in writes:
            command += ["-c", write]
        subprocess.run([*command, str(image)], check=True, capture_output=True)
        below = image
    return below


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=1 << 30, help="disk size of every layer (default 1G)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of runs; the median counts (default 5)")
    parser.add_argument("--tmpdir", default=default_tmpdir(), help="where the images go (default /dev/shm)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qcow2-chain-", dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        top = build_chain(folder, args.size)
        q = qemuspec()
        theirs, mine = folder / "qemu-img.raw", folder / "qemuspec.raw"
        commands = {
            "qemu-img convert -O raw": ["qemu-img", "convert", "-O", "raw", str(top), str(theirs)],
            "qemuspec convert -O raw": [*q, "convert", "-O", "raw", str(top), str(mine)],
            "qemu-img map --output=json": ["qemu-img", "map", "--output=json", str(top)],
            "qemuspec map --output=json": [*q, "map", "--output=json", str(top)],
        }
        times, peak, outputs = rounds(commands, args.repeat)
        if not filecmp.cmp(theirs, mine, shallow=False):
            raise SystemExit("the raw outputs differ")
        maps = [json.loads(outputs[f"{who} map --output=json"]) for who in ("qemu-img", "qemuspec")]
        if maps[0] != maps[1]:
            raise SystemExit("qemu-img map and qemuspec map disagree")

    print(f"chain of {len(LAYERS)} qcow2 images of {args.size} bytes, first half written in "
          f"{CHUNK >> 20} MiB chunks across the layers; {len(maps[0])} map extents, equal outputs; "
          f"median of {args.repeat}")
    report(times, peak)


if __name__ == "__main__":
    main()
