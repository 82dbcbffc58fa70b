#!/usr/bin/env python3
"""Make the fw_cfg sample files from a real QEMU (qemu-system-x86_64, through qtest).

    .venv/bin/python tools/make_samples.py [--out DIR]

Writes into samples/ (or DIR) the files listed in samples/index.yaml under "fw_cfg".
QEMU is started stopped (-S) with two user items, so nothing else touches
fw_cfg while the samples are taken.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from qemuspec.firmware.fw_cfg import FwCfgDriver
from qemuspec.qtest import QemuProcess, QtestBus

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BLOB = bytes(range(256)) * 4  # the contents of opt/org.qemuspec/blob


def make_fw_cfg_samples(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "blob.bin"
        blob.write_bytes(BLOB)
        args = ["-S", "-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M",
                "-fw_cfg", "name=opt/org.qemuspec/greeting,string=hello from qemuspec",
                "-fw_cfg", f"name=opt/org.qemuspec/blob,file={blob}"]
        with QemuProcess(args) as qemu:
            driver = FwCfgDriver(QtestBus(qemu.qtest))
            (out / "fw_cfg.signature.bin").write_bytes(driver.signature())
            (out / "fw_cfg_file_dir.q35.bin").write_bytes(driver.directory_blob())
            # A descriptor QEMU has just served: select the directory, read its count.
            driver.dma(select=0x19, read=True, length=4)
            (out / "fw_cfg_dma_access.done.bin").write_bytes(qemu.qtest.mem_read(driver.scratch, 16))
            # A descriptor as the guest hands it over, before the transfer runs.
            key = next(f.select for f in driver.directory() if f.name == "opt/org.qemuspec/blob")
            qemu.qtest.mem_write(driver.scratch, driver.descriptor(select=key, read=True, length=256))
            (out / "fw_cfg_dma_access.select-read.bin").write_bytes(qemu.qtest.mem_read(driver.scratch, 16))

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output folder (default: samples/)")
    make_fw_cfg_samples(parser.parse_args().out)


if __name__ == "__main__":
    main()
