#!/usr/bin/env python3
"""Make the PCI ID samples (samples/pci.yaml) from a real qemu-system-x86_64.

    .venv/bin/python tools/make_pci_samples.py [--out DIR]

A stopped q35 machine (-S) holds one device per sample; the first 64 bytes
of each device's configuration space are read through qtest configuration
cycles (outl 0xcf8 / inl 0xcfc). With -S no firmware touches the devices,
so the files are byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from qemuspec.pci_qtest import HEADER_SIZE, PciFunction
from qemuspec.qtest import QemuProcess

ROOT = Path(__file__).resolve().parent.parent

# sample name -> (slot, -device)
DEVICES = {
    "virtio-net-transitional": (2, "virtio-net-pci-transitional"),
    "virtio-net-modern": (3, "virtio-net-pci-non-transitional"),
    "ivshmem": (4, "ivshmem-plain,memdev=shm"),
    "rocker": (5, "rocker"),
    "pci-bridge": (6, "pci-bridge,chassis_nr=1"),
}


def make(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    args = ["-S", "-M", "q35", "-display", "none", "-nodefaults", "-m", "64M",
            "-object", "memory-backend-ram,id=shm,size=1M"]
    for slot, spec in DEVICES.values():
        args += ["-device", f"{spec},bus=pcie.0,addr={slot:#x}"]
    with tempfile.TemporaryDirectory() as tmp, QemuProcess(args, workdir=tmp) as qemu:
        for name, (slot, _) in DEVICES.items():
            (out / f"pci_ids.{name}.bin").write_bytes(PciFunction(qemu.qtest, 0, slot, 0).config_space(HEADER_SIZE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples", help="output folder (default: samples/)")
    make(parser.parse_args().out)


if __name__ == "__main__":
    main()
