#!/usr/bin/env python3
"""convert: `qemu-img convert` beside `qemuspec convert`, whole processes, in one run.

    .venv/bin/python bench/convert.py [--rounds 5] [--workers N] [--tmpdir /dev/shm] [--each]

The inputs are built on tmpfs (``--tmpdir``, /dev/shm by default):

1. a 1 GiB raw file with 1 MiB of data in 16 pieces, the rest holes, to qcow2;
2. the same disk with its zeros written (an allocated file: the zeros are found by
   reading, qemu-img's ``-S 4k``), to qcow2;
3. a fully allocated 512 MiB qcow2 image (random data), to raw and to parallels (the two
   Parallels images must be the same byte for byte);
4. 256 MiB of text-like data, compressed (``-c``) to qcow2: ours with ``-m N``
   (``--workers``, default the number of CPUs), qemu-img with its defaults.

Each round runs QEMU and ours in turn (alternating which goes first), the medians
are printed with ratios (ours / QEMU; below 1 is faster) and the CPU seconds each
used (user + system, every thread: on a shared machine the wall time also counts
waiting for a CPU), beside the start-up of
``qemuspec --version`` as a floor. The outputs are checked: `qemu-img compare`
against QEMU's output, `qemu-img check` of our qcow2 images, and our ``-c`` image
is the same byte for byte with ``-m 1`` and ``-m N``. ``--each`` prints every run's
wall and CPU seconds too.

On a virtual machine whose kernel reports free pages to the host (virtio-balloon free
page reporting, as on these machines: /sys/module/page_reporting), a new tmpfs file's
pages may have to be backed by the host again as they are first written: the kernel's
copy into them then costs 5 to 10 times more (seen with ``perf record``: all of it in
``copy_folio_from_iter_atomic``), for qemu-img and for us alike, in some runs and not
others. The 512 MiB cases vary most; ``--each`` shows which runs were hit, and more
rounds steady the medians.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")
MiB = 1 << 20


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, all its threads) of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def make_inputs(tmp: Path) -> None:
    rng = random.Random(1)
    pieces = [(i * 64 * MiB + 12345 * 4096, rng.randbytes(64 << 10)) for i in range(16)]
    with open(tmp / "holes.raw", "wb") as f:
        f.truncate(1 << 30)
        for offset, data in pieces:
            os.pwrite(f.fileno(), data, offset)
    with open(tmp / "zeros.raw", "wb") as f:
        zeros = bytes(MiB)
        for _ in range(1024):
            f.write(zeros)
        for offset, data in pieces:
            os.pwrite(f.fileno(), data, offset)
    with open(tmp / "full.raw", "wb") as f:
        for _ in range(512):
            f.write(rng.randbytes(MiB))
    subprocess.run(["qemu-img", "convert", "-O", "qcow2", str(tmp / "full.raw"), str(tmp / "full.qcow2")], check=True)
    (tmp / "full.raw").unlink()
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(2, 10)))
             for _ in range(4000)]
    text = b" ".join(rng.choice(words) for _ in range(800000))[:4 * MiB]
    with open(tmp / "text.raw", "wb") as f:
        for i in range(256):
            start = rng.randrange(3 * MiB)
            f.write(text[start:start + MiB])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--tmpdir", default="/dev/shm" if os.path.isdir("/dev/shm") else None)
    parser.add_argument("--each", action="store_true", help="print every run's wall and CPU seconds too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="convert-", dir=args.tmpdir) as tmp:
        tmp = Path(tmp)
        make_inputs(tmp)
        cases = [
            ("holes raw -> qcow2", ["-O", "qcow2"], [], "holes.raw", "qcow2"),
            ("zeros raw -> qcow2", ["-O", "qcow2"], [], "zeros.raw", "qcow2"),
            ("qcow2 512M -> raw", ["-O", "raw"], [], "full.qcow2", "raw"),
            ("qcow2 512M -> parallels", ["-O", "parallels"], [], "full.qcow2", "hdd"),
            (f"-c qcow2 (ours -m {args.workers})", ["-O", "qcow2", "-c"], ["-m", str(args.workers)],
             "text.raw", "qcow2"),
        ]
        times: dict[str, list[list[tuple[float, float]]]] = {label: [[], []] for label, *_ in cases}
        floor = []
        timed([QEMUSPEC, "--version"])  # warm the bytecode
        for round_ in range(args.rounds):
            floor.append(timed([QEMUSPEC, "--version"])[0])
            for label, common, ours_only, source, ext in cases:
                theirs_out, ours_out = tmp / f"theirs.{ext}", tmp / f"ours.{ext}"
                runs = [(0, ["qemu-img", "convert", *common, str(tmp / source), str(theirs_out)]),
                        (1, [QEMUSPEC, "convert", *common, *ours_only, str(tmp / source), str(ours_out)])]
                for who, command in runs if round_ % 2 == 0 else runs[::-1]:
                    for path in (theirs_out, ours_out)[who:who + 1]:
                        path.unlink(missing_ok=True)
                    times[label][who].append(timed(command))
                if round_ == 0:
                    subprocess.run(["qemu-img", "compare", str(ours_out), str(theirs_out)], check=True,
                                   capture_output=True)
                    if ext == "qcow2":
                        subprocess.run(["qemu-img", "check", str(ours_out)], check=True, capture_output=True)
                    if ext == "hdd" and not filecmp.cmp(ours_out, theirs_out, shallow=False):
                        sys.exit(f"{label}: our Parallels image differs from qemu-img's")
                    if "-c" in common:
                        single = tmp / "single.qcow2"
                        subprocess.run([QEMUSPEC, "convert", *common, "-m", "1", str(tmp / source), str(single)],
                                       check=True, env=ENV)
                        if not filecmp.cmp(single, ours_out, shallow=False):
                            sys.exit(f"{label}: -m 1 and -m {args.workers} outputs differ")
                        single.unlink()
                theirs_out.unlink(missing_ok=True)
                ours_out.unlink(missing_ok=True)
    # CPU seconds beside the wall: on a shared machine the wall time also counts waiting for a CPU
    print(f"{'case':<30} {'QEMU s':>8} {'ours s':>8} {'ours/QEMU':>10} {'QEMU cpu':>9} {'ours cpu':>9}")
    for label, (theirs, ours) in times.items():
        t, o = (statistics.median(w for w, _ in runs) for runs in (theirs, ours))
        tc, oc = (statistics.median(c for _, c in runs) for runs in (theirs, ours))
        print(f"{label:<30} {t:>8.3f} {o:>8.3f} {o / t:>10.2f} {tc:>9.3f} {oc:>9.3f}")
        if args.each:
            for who, runs in (("QEMU", theirs), ("ours", ours)):
                print(f"    {who} wall/cpu: " + "  ".join(f"{w:.3f}/{c:.3f}" for w, c in runs))
    print(f"{'floor: qemuspec --version':<30} {'':>8} {statistics.median(floor):>8.3f}")


if __name__ == "__main__":
    main()
