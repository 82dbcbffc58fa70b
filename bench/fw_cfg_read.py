#!/usr/bin/env python3
"""fw_cfg item reads: our device model beside a real QEMU, in one run.

    .venv/bin/python bench/fw_cfg_read.py [--size BYTES]

The same guest driver reads one item through the data register (one access
per byte) and through DMA, once against QEMU (qemu-system-x86_64 -S, over
qtest) and once against our model holding the same item. Prints the time of
each and the ratio model/QEMU (below 1: the model is faster). The QEMU side
includes qtest's text round trips, which dominate it; this measures what a
test harness or a tool sees, not QEMU's device code alone.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from qemuspec.firmware.fw_cfg import FwCfgDevice, FwCfgDriver, ModelBus
from qemuspec.memory import GuestMemory
from qemuspec.qtest import QemuProcess, QtestBus

SCRATCH, SCRATCH_SIZE = 0x10000, 0x20000


def timed(fn) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = fn()
    return time.perf_counter() - start, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1 << 20, help="item size for DMA (default 1 MiB)")
    parser.add_argument("--traditional-size", type=int, default=16 << 10,
                        help="bytes read through the data register (default 16 KiB)")
    args = parser.parse_args()
    payload = os.urandom(args.size)

    memory = GuestMemory.of_size(1 << 20)
    device = FwCfgDevice(memory)
    device.add_file("opt/bench", payload)
    model = FwCfgDriver(ModelBus(device, memory), scratch=SCRATCH, scratch_size=SCRATCH_SIZE)

    with tempfile.TemporaryDirectory() as tmp:
        item = Path(tmp) / "item.bin"
        item.write_bytes(payload)
        qemu_args = ["-S", "-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M",
                     "-fw_cfg", f"name=opt/bench,file={item}"]
        with QemuProcess(qemu_args) as qemu:
            real = FwCfgDriver(QtestBus(qemu.qtest), scratch=SCRATCH, scratch_size=SCRATCH_SIZE)
            qemu_key = next(f.select for f in real.directory() if f.name == "opt/bench")
            model_key = device.file_key("opt/bench")
            rows = []
            for label, size, read in [
                ("data register", args.traditional_size, lambda d, k, n: d.read(k, n)),
                ("DMA", args.size, lambda d, k, n: d.dma_read(k, n).data),
            ]:
                t_qemu, got_qemu = timed(lambda: read(real, qemu_key, size))
                t_model, got_model = timed(lambda: read(model, model_key, size))
                assert got_qemu == got_model == payload[:size], "model and QEMU disagree"
                rows.append((label, size, t_qemu, t_model))

    print(f"{'interface':<14} {'bytes':>9} {'QEMU (s)':>10} {'model (s)':>10} {'model/QEMU':>11}")
    for label, size, t_qemu, t_model in rows:
        print(f"{label:<14} {size:>9} {t_qemu:>10.4f} {t_model:>10.4f} {t_model / t_qemu:>11.3f}")


if __name__ == "__main__":
    main()
