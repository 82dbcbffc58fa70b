#!/usr/bin/env python3
"""qcow2 writing: our writer beside qemu-img and qemu-io, in one run.

    .venv/bin/python bench/qcow2_write.py [--size 1G] [--writes 20000] [--tmpdir DIR]

1. convert of a raw file (mostly data, then mostly holes) to qcow2:
   `qemu-img convert -O qcow2` against `qemuspec convert -O qcow2`, whole processes;
2. random 4 KiB writes into a new qcow2 image: qemu-io's `aio_write` (one
   process, the commands on its standard input) against our writer in process. Prints seconds and ratios (ours / QEMU; below 1 is faster).
Outputs are checked (`qemu-img compare`, `qemu-img check`) so the numbers
compare equal work.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.block.qcow2.create import create_image, parse_size
from qemuspec.block.qcow2.writer import Qcow2Writer

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def make_raw(path: Path, size: int, sparse: bool) -> None:
    rng = random.Random(1)
    blocks = [bytes(rng.getrandbits(8) for _ in range(4096)) for _ in range(16)]
    with open(path, "wb") as f:
        f.truncate(size)
        step = 64 << 20 if sparse else 1 << 20
        span = 1 << 20
        for offset in range(0, size, step):
            f.seek(offset)
            f.write(b"".join(blocks[(offset // 4096 + i) % 16] for i in range(span // 4096)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1G")
    parser.add_argument("--writes", type=int, default=20000)
    parser.add_argument("--tmpdir")
    args = parser.parse_args()
    size = parse_size(args.size)
    rows = []
    with tempfile.TemporaryDirectory(prefix="qcow2-write-", dir=args.tmpdir) as tmp:
        tmp = Path(tmp)
        for label, sparse in [("convert, data", False), ("convert, sparse", True)]:
            raw = tmp / "src.raw"
            make_raw(raw, size, sparse)
            timed([QEMUSPEC, "--version"])  # warm the bytecode
            theirs = timed(["qemu-img", "convert", "-O", "qcow2", str(raw), str(tmp / "theirs.qcow2")])
            ours = timed([QEMUSPEC, "convert", "-O", "qcow2", str(raw), str(tmp / "ours.qcow2")])
            subprocess.run(["qemu-img", "compare", str(tmp / "ours.qcow2"), str(raw)], check=True, capture_output=True)
            subprocess.run(["qemu-img", "check", str(tmp / "ours.qcow2")], check=True, capture_output=True)
            rows.append((label, theirs, ours))
            for p in ("src.raw", "theirs.qcow2", "ours.qcow2"):
                (tmp / p).unlink()
        rng = random.Random(2)
        offsets = [rng.randrange(size // 4096) * 4096 for _ in range(args.writes)]
        for name in ("theirs.qcow2", "ours.qcow2"):
            create_image(tmp / name, size)
        # qemu-io reads its commands from stdin (thousands of -c arguments slow it down badly)
        script = "".join(f"aio_write -P 0x5a {offset} 4k\n" for offset in offsets) + "aio_flush\nquit\n"
        start = time.perf_counter()
        subprocess.run(["qemu-io", str(tmp / "theirs.qcow2")], input=script.encode(), check=True, capture_output=True)
        theirs = time.perf_counter() - start
        data = b"\x5a" * 4096
        start = time.perf_counter()
        with Qcow2Writer(tmp / "ours.qcow2") as writer:
            for offset in offsets:
                writer.write(offset, data)
        ours = time.perf_counter() - start
        subprocess.run(["qemu-img", "compare", str(tmp / "ours.qcow2"), str(tmp / "theirs.qcow2")],
                       check=True, capture_output=True)
        rows.append((f"{args.writes} random 4 KiB writes", theirs, ours))
    print(f"{'case':<28} {'QEMU s':>8} {'ours s':>8} {'ours/QEMU':>10}")
    for label, theirs, ours in rows:
        print(f"{label:<28} {theirs:>8.3f} {ours:>8.3f} {ours / theirs:>10.2f}")


if __name__ == "__main__":
    main()
