"""qemuspec check of a qcow2 image that cannot be opened because its external data file is missing:
as qemu-img 7.2, "Could not open IMAGE: Could not open DATA: ..." on standard error (the command's
error, not a failed check), nothing on standard output, exit code 1, in every output mode."""

from __future__ import annotations

import subprocess

import pytest

from conftest import QEMUSPEC


@pytest.mark.parametrize("options", [[], ["--output=json"], ["-q"], ["-r", "leaks"], ["-r", "all"], ["-U"],
                                     ["-f", "qcow2"]])
def test_check_of_an_image_without_its_data_file_words_it_as_qemu_img(tmp_path, options):
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", "data_file=d.raw", "img.qcow2", "1M"],
                   cwd=tmp_path, check=True)
    (tmp_path / "d.raw").unlink()
    before = (tmp_path / "img.qcow2").read_bytes()
    theirs = subprocess.run(["qemu-img", "check", *options, "img.qcow2"], cwd=tmp_path, capture_output=True)
    ours = subprocess.run([QEMUSPEC, "check", *options, "img.qcow2"], cwd=tmp_path, capture_output=True)
    assert theirs.stderr == b"qemu-img: Could not open 'img.qcow2': Could not open 'd.raw': No such file or directory\n"
    assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout) == (1, b"")
    assert ours.stderr == theirs.stderr.replace(b"qemu-img: ", b"qemuspec: error: ")
    assert (tmp_path / "img.qcow2").read_bytes() == before
