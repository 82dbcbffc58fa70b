#!/usr/bin/env python3
"""Make the sample files from real QEMU tools.

    .venv/bin/python tools/make_samples.py [--out DIR] [--only fw_cfg|qcow2|luks]

Writes into samples/ (or DIR) the files listed in samples/fw_cfg.yaml, samples/qcow2.yaml and
samples/luks.yaml.
fw_cfg: QEMU (qemu-system-x86_64) is started stopped (-S) with two user
items, so nothing else touches fw_cfg while the samples are taken; these
files are byte-for-byte reproducible. qcow2: images made with qemu-img and
qemu-io (snapshots carry the time they were taken, so those files differ
from run to run in their timestamps only). luks: the header of an encrypted qcow2
image (salts, keys and UUID are random: a new one every run).
"""

from __future__ import annotations

import argparse
import subprocess
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

def _run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def _qemu_io(image: Path, *commands: str) -> None:
    _run("qemu-io", *[arg for c in commands for arg in ("-c", c)], image)


def make_qcow2_samples(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    small = ["-o", "cluster_size=4k"]

    path = out / "qcow2.v3-bitmaps-snapshot.qcow2"
    path.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "qcow2", *small, path, "1M")
    _qemu_io(path, "write -P 0x11 0 8k", "write -z 64k 4k")
    _run("qemu-img", "bitmap", "--add", "-g", "64k", path, "tracked")
    _run("qemu-img", "bitmap", "--add", "--disable", path, "frozen")
    _qemu_io(path, "write -P 0x22 512k 4k")
    _run("qemu-img", "snapshot", "-c", "before", path)
    _qemu_io(path, "write -P 0x33 0 4k")

    path = out / "qcow2.zstd-compressed.qcow2"
    path.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "cluster_size=4k,compression_type=zstd", path, "256k")
    _qemu_io(path, "write -c -P 0x44 0 8k", "write -P 0x55 16k 4k")

    path = out / "qcow2.extended-l2.qcow2"
    path.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "cluster_size=16k,extended_l2=on,refcount_bits=4", path, "256k")
    _qemu_io(path, "write -P 0x66 1k 512", "write -z 4k 512", "write -c -P 0x77 32k 16k")

    path = out / "qcow2.v2.qcow2"
    path.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "compat=0.10,cluster_size=512", path, "64k")
    _qemu_io(path, "write -P 0x88 0 1k", "write -c -P 0x99 4k 512")


def make_luks_samples(out: Path) -> None:
    """The LUKS header of a qcow2 image qemu-img encrypts, up to the end of key slot 0's material."""
    import struct

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "e.qcow2"
        # iter-time=500: much smaller times fail here ("Unable to get accurate CPU usage"), and
        # even 500 now and then does (qemu-img reads no CPU time): then it is tried again
        for attempt in range(12):
            try:
                _run("qemu-img", "create", "-q", "-f", "qcow2", "--object", "secret,id=s0,data=pw", "-o",
                     "encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=500", image, "1M")
                break
            except subprocess.CalledProcessError:
                if attempt == 11:
                    raise
        data = image.read_bytes()
    start = data.index(b"LUKS\xba\xbe")
    key_bytes = struct.unpack_from(">I", data, start + 108)[0]
    material, stripes = struct.unpack_from(">II", data, start + 208 + 40)
    end = material * 512 + -(-key_bytes * stripes // 512) * 512
    (out / "luks.qcow2-aes-xts.bin").write_bytes(data[start:start + end])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output folder (default: samples/)")
    parser.add_argument("--only", choices=["fw_cfg", "qcow2", "luks"], help="make only these samples (luks: only when asked, never reproducible)")
    args = parser.parse_args()
    if args.only in (None, "fw_cfg"):
        make_fw_cfg_samples(args.out)
    if args.only in (None, "qcow2"):
        make_qcow2_samples(args.out)
    if args.only == "luks":  # only when asked: a LUKS header has fresh random salts and keys every time
        make_luks_samples(args.out)


if __name__ == "__main__":
    main()
