"""qemuspec resize of raw images against qemu-img 7.2 resize on a copy of the same file.

Grow and shrink, relative sizes and QEMU's size syntax (suffixes, fractions rounded half
up, hex), --preallocation=off|falloc|full, and the refusals: the files must be the same
bytes, the exit codes, standard output and the messages the same (the prefix aside).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC

MiB = 1 << 20


def _unwritten_extents(path: Path) -> int:
    out = subprocess.run(["filefrag", "-v", str(path)], capture_output=True, text=True, check=True).stdout
    return sum("unwritten" in line for line in out.splitlines())


def _both(tmp_path: Path, args: list[str], start: bytes) -> tuple:
    results = {}
    for tool, name in (("qemu-img", "theirs.raw"), (QEMUSPEC, "ours.raw")):
        (tmp_path / name).write_bytes(start)
        # the same name on both command lines (qemu-img's messages quote it)
        folder = tmp_path / tool.rsplit("/", 1)[-1]
        folder.mkdir(exist_ok=True)
        shutil.move(tmp_path / name, folder / "disk.raw")
        results[tool] = (subprocess.run([tool, "resize", *args], capture_output=True, text=True, cwd=folder),
                         folder / "disk.raw")
    return results["qemu-img"], results[QEMUSPEC]


def _same_words(ours: str, theirs: str) -> None:
    expected = theirs.replace("qemu-img: warning: ", "warning: ").replace("qemu-img: ", "qemuspec: error: ")
    assert ours == expected


START = bytes(range(256)) * (3 * MiB // 256)   # 3 MiB of data


@pytest.mark.parametrize("args", [
    ["-f", "raw", "disk.raw", "4M"],
    ["-f", "raw", "disk.raw", "+1000"],                 # not rounded to sectors
    ["-f", "raw", "disk.raw", "+1.6k"],                 # 1638.4: rounded half up
    ["-f", "raw", "--shrink", "disk.raw", "1.6M"],      # 1677721.6
    ["-f", "raw", "--shrink", "disk.raw", "--", "-1.6M"],
    ["-f", "raw", "--shrink", "disk.raw", "--", "-1000"],
    ["-f", "raw", "disk.raw", "0x500000"],
    ["-f", "raw", "disk.raw", "3M"],                    # the same size
    ["-f", "raw", "-q", "disk.raw", "5G"],
    ["disk.raw", "+1M"],                                # probed: qemu-img's warning about raw
    ["-f", "raw", "--preallocation=off", "disk.raw", "+3M"],
    ["-f", "raw", "--preallocation=off", "--shrink", "disk.raw", "1M"],
    ["-f", "raw", "--preallocation=falloc", "disk.raw", "+3M"],
    ["-f", "raw", "--preallocation=full", "disk.raw", "+3M"],
    ["-f", "raw", "--preallocation=full", "disk.raw", "+1001"],
])
def test_raw_resize_is_qemu_img_s(tmp_path, args):
    theirs, ours = _both(tmp_path, args, START)
    assert ours[0].returncode == theirs[0].returncode == 0, theirs[0].stderr + ours[0].stderr
    assert ours[0].stdout == theirs[0].stdout
    _same_words(ours[0].stderr, theirs[0].stderr)
    assert ours[1].stat().st_size == theirs[1].stat().st_size
    assert ours[1].read_bytes() == theirs[1].read_bytes()
    mode = next((a.split("=")[1] for a in args if a.startswith("--preallocation")), "off")
    if mode == "falloc":
        assert _unwritten_extents(ours[1]) > 0 and _unwritten_extents(theirs[1]) > 0
    if mode == "full":   # zeros written: every block allocated, none merely reserved
        assert _unwritten_extents(ours[1]) == _unwritten_extents(theirs[1]) == 0
        assert ours[1].stat().st_blocks * 512 >= ours[1].stat().st_size - 4096


@pytest.mark.parametrize("args", [
    ["-f", "raw", "disk.raw", "1M"],                    # no --shrink
    ["disk.raw", "1M"],                                 # probed, then refused
    ["-f", "raw", "disk.raw", "--", "-1k"],
    ["-f", "raw", "--shrink", "disk.raw", "0"],
    ["-f", "raw", "--shrink", "disk.raw", "--", "-3M"],
    ["-f", "raw", "disk.raw", "1.5"],                   # a fraction needs a suffix
    ["-f", "raw", "disk.raw", "5e6"],
    ["-f", "raw", "disk.raw", "1x"],
    ["-f", "raw", "--preallocation=metadata", "disk.raw", "+1M"],
    ["-f", "raw", "--preallocation=bogus", "disk.raw", "+1M"],
    ["-f", "raw", "--preallocation=falloc", "--shrink", "disk.raw", "1M"],
    ["-f", "raw", "--preallocation=full", "disk.raw", "1M"],   # the preallocation refusal comes first
])
def test_raw_resize_refusals_are_qemu_img_s(tmp_path, args):
    theirs, ours = _both(tmp_path, args, START)
    assert ours[0].returncode == theirs[0].returncode == 1
    assert ours[0].stdout == theirs[0].stdout == ""
    _same_words(ours[0].stderr, theirs[0].stderr)
    assert ours[1].read_bytes() == theirs[1].read_bytes() == START   # unchanged
