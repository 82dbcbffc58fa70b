"""Images exactly as QEMU leaves them, read by the qemuspec CLI and compared with qemu-img.

Each test makes an image with qemu-img or qemu-io the way users do, then runs
the same command through qemuspec and through qemu-img and compares what they
say about it (or the guest data they return).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import QEMUSPEC, run
from qcow2_images import create, qemu_img, qemu_io


def qemuspec(*args: str | Path) -> subprocess.CompletedProcess:
    return run([QEMUSPEC, *map(str, args)])


def test_snapshot_table_that_ends_the_file_without_padding_is_read(tmp_path):
    # `qemu-img snapshot -c` appends the table at the end of the file and does
    # not write the padding after its last entry.
    image = create(tmp_path / "disk.qcow2", "64M")
    qemu_io(image, "write -P 0x5a 0 1M")
    qemu_img("snapshot", "-c", "s1", image)
    qemu_img("snapshot", "-c", "snap2", image)
    assert image.stat().st_size % 8 != 0

    ours = qemuspec("info", "--output=json", image)
    assert ours.returncode == 0, ours.stderr
    theirs = json.loads(qemu_img("info", "--output=json", image))
    assert json.loads(ours.stdout)["snapshots"] == theirs["snapshots"]

    listing = qemuspec("snapshot", "-l", image)
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.decode() == qemu_img("snapshot", "-l", image)

    converted = qemuspec("convert", "-O", "raw", "-l", "s1", image, tmp_path / "s1.raw")
    assert converted.returncode == 0, converted.stderr
    qemu_img("convert", "-O", "raw", "-l", "s1", image, tmp_path / "s1.qemu.raw")
    assert (tmp_path / "s1.raw").read_bytes() == (tmp_path / "s1.qemu.raw").read_bytes()
