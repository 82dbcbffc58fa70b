#!/usr/bin/env python3
"""Make the Parallels samples listed in samples/parallels.yaml.

    .venv/bin/python tools/make_parallels_samples.py [--out DIR]

parallels.qemu-ext.img and parallels.old-magic.img come from qemu-img and
qemu-io 7.2; parallels.bitmap.img is written by qemuspec (QEMU 7.2 writes no
Format Extension), and QEMU 7.2 opens it read-only, which checks its MD5.
Every run writes the same bytes except the bitmap's random id.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def _qemu_io(image: Path, *commands: str) -> None:
    _run("qemu-io", "-f", "parallels", *[arg for c in commands for arg in ("-c", c)], image)


def make(out: Path) -> None:
    from qemuspec.block.parallels.create import create_image
    from qemuspec.block.parallels.writer import ParallelsWriter

    out.mkdir(parents=True, exist_ok=True)
    ext = out / "parallels.qemu-ext.img"
    ext.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=4k", ext, "64k")
    _qemu_io(ext, "write -P 0xab 8k 4k", "write -P 0xcd 0 512", "write -P 0x11 40k 6k")

    old = out / "parallels.old-magic.img"
    old.unlink(missing_ok=True)
    _run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=4k", old, "64k")
    raw = bytearray(old.read_bytes())
    raw[:16] = b"WithoutFreeSpace"              # BAT entries now count sectors; data_off stays 8 sectors
    old.write_bytes(raw)
    _qemu_io(old, "write -P 0x22 4k 4k", "write -P 0x33 0 100")

    bitmap = out / "parallels.bitmap.img"
    bitmap.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "b.img"
        create_image(work, 64 << 10, 4096)
        with ParallelsWriter(work) as writer:
            writer.add_bitmap(8192, id=bytes.fromhex("5c0d5ec0ffee4a1b9e2f00000000b175"))
            writer.write(0, b"\x44" * 512)
            writer.write(20 << 10, b"\x55" * 9000)
        _run("qemu-io", "-r", "-f", "parallels", "-c", "read -P 0x44 0 512", work)
        bitmap.write_bytes(work.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    make(parser.parse_args().out)


if __name__ == "__main__":
    main()
