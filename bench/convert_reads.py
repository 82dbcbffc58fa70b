#!/usr/bin/env python3
"""convert's copy loop without the process start-up: reads in the converting thread
(what convert does while reads are fast) and read ahead in threads, beside ``qemu-img
convert``, in one run.

    .venv/bin/python bench/convert_reads.py [--rounds 5] [--tmpdir /dev/shm]

A fully allocated 512 MiB qcow2 image (random data) and a 1 GiB raw file of written
zeros with 1 MiB of data are built on tmpfs (``--tmpdir``); each round converts them
(qcow2 to raw and to parallels, raw to qcow2) with qemu-img (a whole process: its start-up
is a few milliseconds) and with :mod:`qemuspec.block.convert` called in this process, two
ways: as it runs (reads inline while fast) and with every read counted slow (``SLOW_READ``
set out of reach: the reads go to threads from the first chunk on). Medians of the wall and
CPU seconds (user + system, every thread) are printed with ratios to qemu-img's. Outputs are
checked with ``qemu-img compare``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "pysupport"))

from qemuspec.block import convert as conv, open_image  # noqa: E402

MiB = 1 << 20
CONVERT = {"raw": conv.convert_to_raw, "qcow2": conv.convert_to_qcow2, "parallels": conv.convert_to_parallels}


def make_inputs(tmp: Path) -> None:
    rng = random.Random(1)
    with open(tmp / "full.raw", "wb") as f:
        for _ in range(512):
            f.write(rng.randbytes(MiB))
    subprocess.run(["qemu-img", "convert", "-O", "qcow2", str(tmp / "full.raw"), str(tmp / "full.qcow2")], check=True)
    (tmp / "full.raw").unlink()
    with open(tmp / "zeros.raw", "wb") as f:
        zeros = bytes(MiB)
        for _ in range(1024):
            f.write(zeros)
        for i in range(16):
            os.pwrite(f.fileno(), rng.randbytes(64 << 10), i * 64 * MiB + 12345 * 4096)


def cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def ours(source: Path, fmt: str, out: Path, slow: bool) -> tuple[float, float]:
    saved = conv.SLOW_READ
    conv.SLOW_READ = 1 << 80 if slow else saved
    try:
        start, cpu = time.perf_counter(), cpu_self()
        with open_image(source) as image:
            CONVERT[fmt](image, out, workers=os.cpu_count() or 1)
        return time.perf_counter() - start, cpu_self() - cpu
    finally:
        conv.SLOW_READ = saved


def qemu(source: Path, fmt: str, out: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["qemu-img", "convert", "-O", fmt, str(source), str(out)], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tmpdir", default="/dev/shm" if os.path.isdir("/dev/shm") else None)
    args = parser.parse_args()
    cases = [("qcow2 512M -> raw", "full.qcow2", "raw"), ("qcow2 512M -> parallels", "full.qcow2", "parallels"),
             ("zeros raw -> qcow2", "zeros.raw", "qcow2")]
    ways = ["QEMU", "ours inline", "ours threads"]
    with tempfile.TemporaryDirectory(prefix="convert-reads-", dir=args.tmpdir) as tmp:
        tmp = Path(tmp)
        make_inputs(tmp)
        times = {label: {way: [] for way in ways} for label, *_ in cases}
        for round_ in range(args.rounds):
            for label, source, fmt in cases:
                outs = {way: tmp / f"{i}.{fmt}" for i, way in enumerate(ways)}
                order = ways if round_ % 2 == 0 else ways[::-1]
                for way in order:
                    outs[way].unlink(missing_ok=True)
                    if way == "QEMU":
                        times[label][way].append(qemu(tmp / source, fmt, outs[way]))
                    else:
                        times[label][way].append(ours(tmp / source, fmt, outs[way], way == "ours threads"))
                if round_ == 0:
                    for way in ways[1:]:
                        subprocess.run(["qemu-img", "compare", "-f", fmt, "-F", fmt, str(outs[way]), str(outs["QEMU"])],
                                       check=True, capture_output=True)
                for path in outs.values():
                    path.unlink(missing_ok=True)
    print(f"{'case':<26} {'way':<14} {'wall s':>8} {'cpu s':>8} {'cpu/QEMU':>9}")
    for label, by_way in times.items():
        qemu_cpu = statistics.median(c for _, c in by_way["QEMU"])
        for way, runs in by_way.items():
            wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
            print(f"{label:<26} {way:<14} {wall:>8.3f} {cpu:>8.3f} {cpu / qemu_cpu:>9.2f}")


if __name__ == "__main__":
    main()
