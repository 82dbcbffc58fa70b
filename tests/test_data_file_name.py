"""A relative ``data_file`` name in a qcow2 header: qemu-img 7.2 takes it from the working directory.

Found by experiment: ``qemu-img create -o data_file=d.raw sub/img.qcow2`` makes ``./d.raw``,
and reading ``sub/img.qcow2`` from a folder that holds another ``d.raw`` reads that one
(the one beside the image is not looked at). Ours does the same, so both read the same bytes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import QEMUSPEC

MiB = 1 << 20


def _sh(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=cwd, capture_output=True)


def _image_in_sub(tmp_path: Path) -> Path:
    """sub/img.qcow2 naming data file d.raw, written with 0x77 from inside sub/."""
    sub = tmp_path / "sub"
    sub.mkdir()
    assert _sh(sub, "qemu-img", "create", "-q", "-f", "qcow2", "-o", "data_file=d.raw", "img.qcow2", "1M").returncode == 0
    assert _sh(sub, "qemu-io", "-f", "qcow2", "-c", "write -P 0x77 0 64k", "img.qcow2").returncode == 0
    return sub / "img.qcow2"


def test_relative_data_file_is_read_from_the_working_directory(tmp_path):
    _image_in_sub(tmp_path)
    (tmp_path / "d.raw").write_bytes(b"\x99" * MiB)   # another file of that name where the commands run
    theirs = _sh(tmp_path, "qemu-img", "convert", "-O", "raw", "sub/img.qcow2", "theirs.raw")
    ours = _sh(tmp_path, QEMUSPEC, "convert", "-O", "raw", "sub/img.qcow2", "ours.raw")
    assert theirs.returncode == ours.returncode == 0, ours.stderr
    assert (tmp_path / "theirs.raw").read_bytes()[:4] == b"\x99" * 4   # qemu-img read ./d.raw
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()


def test_relative_data_file_missing_in_the_working_directory_is_refused(tmp_path):
    _image_in_sub(tmp_path)
    theirs = _sh(tmp_path, "qemu-img", "convert", "-O", "raw", "sub/img.qcow2", "theirs.raw")
    ours = _sh(tmp_path, QEMUSPEC, "convert", "-O", "raw", "sub/img.qcow2", "ours.raw")
    assert theirs.returncode == ours.returncode == 1
    assert b"Could not open 'd.raw': No such file or directory" in theirs.stderr
    words = b"Could not open 'sub/img.qcow2': Could not open 'd.raw': No such file or directory"
    assert words in theirs.stderr and words in ours.stderr and b"Traceback" not in ours.stderr


def test_create_makes_a_relative_data_file_in_the_working_directory(tmp_path):
    for tool, name in (("qemu-img", "t"), (QEMUSPEC, "o")):
        (tmp_path / name).mkdir()
        made = _sh(tmp_path, tool, "create", "-q", "-f", "qcow2", "-o", f"data_file={name}.raw", f"{name}/img.qcow2", "1M")
        assert made.returncode == 0, made.stderr
        assert (tmp_path / f"{name}.raw").exists() and not (tmp_path / name / f"{name}.raw").exists()
    # the same header but for the data file's name
    assert (tmp_path / "o" / "img.qcow2").read_bytes().replace(b"o.raw", b"t.raw") == \
        (tmp_path / "t" / "img.qcow2").read_bytes()


def test_info_shows_an_image_whose_data_file_is_missing_as_qemu_img_does(tmp_path):
    """info reads no guest data: qemu-img shows the image; map and check still refuse it."""
    _image_in_sub(tmp_path)   # d.raw is in sub/, not in tmp_path where the commands run
    for args in (["info"], ["info", "--output=json"]):
        theirs = _sh(tmp_path, "qemu-img", *args, "sub/img.qcow2")
        ours = _sh(tmp_path, QEMUSPEC, *args, "sub/img.qcow2")
        assert theirs.returncode == ours.returncode == 0, ours.stderr
        assert ours.stdout == theirs.stdout
    for args in (["map"], ["check"]):
        theirs = _sh(tmp_path, "qemu-img", *args, "sub/img.qcow2")
        ours = _sh(tmp_path, QEMUSPEC, *args, "sub/img.qcow2")
        assert theirs.returncode == ours.returncode == 1
        assert b"Could not open 'sub/img.qcow2': Could not open 'd.raw': No such file or directory" in ours.stderr + ours.stdout


def test_reading_an_image_opened_without_its_data_file_is_refused(tmp_path):
    import pytest

    from qemuspec.block import open_image
    from qemuspec.errors import UsageError

    path = _image_in_sub(tmp_path)
    with open_image(path, facts_only=True) as image:   # from the test's cwd: no d.raw there
        assert image.missing_data_file
        with pytest.raises(UsageError, match="cannot be read"):
            image.read(0, 4096)
        with pytest.raises(UsageError, match="cannot be read"):
            image.block_status(0, 4096)
