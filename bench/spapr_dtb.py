#!/usr/bin/env python3
"""Reading a pseries device tree: qemuspec beside dtc, in one run.

    .venv/bin/python bench/spapr_dtb.py [--rounds N] [--dtb FILE]

Times, on the same DTB (by default samples/dtb.pseries-hotplug.dtb, about
14 KB as qemu-system-ppc64 -M pseries,dumpdtb= writes it):

* dtc: ``dtc -I dtb -O dts`` (a process per run, as a script would use it);
* qemuspec: ``DeviceTree.from_bytes`` (the generated parser, sPAPR
  properties decoded) plus ``all_connectors`` (the DRC arrays joined and
  checked), in-process.

Prints the time per tree for each and the ratio qemuspec/dtc (below 1:
qemuspec is faster). dtc's time includes starting a process, which is how
it is used from Python.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from pathlib import Path

from qemuspec.ppc import DeviceTree, all_connectors

ROOT = Path(__file__).resolve().parent.parent


def per_round(fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--dtb", type=Path, default=ROOT / "samples" / "dtb.pseries-hotplug.dtb")
    args = parser.parse_args()
    data = args.dtb.read_bytes()

    def ours() -> None:
        all_connectors(DeviceTree.from_bytes(data))

    def dtc() -> None:
        subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", str(args.dtb)], check=True, capture_output=True)

    ours()
    dtc()
    t_ours, t_dtc = per_round(ours, args.rounds), per_round(dtc, args.rounds)
    print(f"tree: {args.dtb.name}, {len(data)} bytes, {args.rounds} rounds")
    print(f"dtc -I dtb -O dts        {t_dtc * 1e3:8.2f} ms per tree")
    print(f"qemuspec DeviceTree+DRCs {t_ours * 1e3:8.2f} ms per tree")
    print(f"ratio qemuspec/dtc       {t_ours / t_dtc:8.2f}")


if __name__ == "__main__":
    main()
