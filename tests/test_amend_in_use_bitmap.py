"""qemuspec amend of a qcow2 image whose persistent bitmap is still marked in use (a qemu-io killed while
the bitmap was enabled left the flag set), beside qemu-img 7.2 amend on a copy of the same file.

What qemu-img does, found by these runs: a new size is refused with its "Bitmap ... is inconsistent"
words and the file is unchanged; options that change nothing succeed without writing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import QEMUSPEC


def _in_use_bitmap_image(folder: Path) -> Path:
    path = folder / "img.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "4M"], check=True)
    subprocess.run(["qemu-img", "bitmap", "--add", str(path), "b0"], check=True)
    writer = subprocess.Popen(["qemu-io", "-c", "write -P 0x22 64k 64k", "-c", "sleep 60000", str(path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            info = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(path)], capture_output=True,
                                  text=True, check=True).stdout
            bitmaps = json.loads(info)["format-specific"]["data"].get("bitmaps", [])
            if bitmaps and "in-use" in bitmaps[0]["flags"]:
                break
            assert time.monotonic() < deadline, "qemu-io did not mark the bitmap in use"
            time.sleep(0.1)
        time.sleep(0.3)  # its write done too
    finally:
        writer.kill()  # no clean close: the flag stays set
        writer.wait()
    return path


@pytest.mark.parametrize("options", ["size=8M", "size=2M", "size=4M", "compat=1.1", "data_file=x.raw"])
def test_amend_of_an_image_with_an_in_use_bitmap_is_qemu_img_s(tmp_path, options):
    source = _in_use_bitmap_image(tmp_path)
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(source, ours)
    shutil.copy(source, theirs)
    t = subprocess.run(["qemu-img", "amend", "-o", options, theirs.name], cwd=tmp_path, capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, "amend", "-o", options, ours.name], cwd=tmp_path, capture_output=True, text=True)
    assert o.returncode == t.returncode, (o.stderr, t.stderr)
    assert (o.stdout, o.stderr) == (t.stdout, t.stderr.replace("qemu-img: ", "qemuspec: error: "))
    assert ours.read_bytes() == theirs.read_bytes()
    if options.startswith("size=") and options != "size=4M":
        assert t.returncode == 1 and "Bitmap 'b0' is inconsistent" in t.stderr
        assert ours.read_bytes() == source.read_bytes()
