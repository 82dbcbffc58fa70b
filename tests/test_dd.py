"""qemuspec dd beside qemu-img dd: the same output bytes, warnings and exit codes."""

from __future__ import annotations

import os
import subprocess

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import MIXED, create, qemu_io

CASES = [[], ["bs=4k", "count=3", "skip=1"], ["bs=1k", "skip=90"], ["skip=1000"], ["bs=1000"], ["bs=64k", "count=1"],
         ["bs=1M"], ["bs=1M", "count=0"]]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dd")
    raw = folder / "in.raw"
    raw.write_bytes(os.urandom(100000))  # not whole sectors: both tools read a 100352-byte disk
    return raw


@pytest.mark.parametrize("ops", CASES, ids=[" ".join(c) or "defaults" for c in CASES])
def test_dd_writes_what_qemu_img_dd_writes(source, tmp_path, ops):
    theirs = subprocess.run(["qemu-img", "dd", f"if={source}", f"of={tmp_path / 'theirs.raw'}", *ops],
                            capture_output=True, text=True)
    ours = run([QEMUSPEC, "dd", f"if={source}", f"of={tmp_path / 'ours.raw'}", *ops])
    assert ours.returncode == theirs.returncode == 0
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()
    assert ("cannot skip to specified offset" in ours.stderr.decode()) == \
        ("cannot skip to specified offset" in theirs.stderr)


def test_dd_to_qcow2_of_a_qcow2_range(tmp_path):
    image = create(tmp_path / "disk.qcow2", "64M")
    qemu_io(image, *MIXED)
    ops = ["bs=64k", "skip=2", "count=100"]
    ours = run([QEMUSPEC, "dd", "-O", "qcow2", f"if={image}", f"of={tmp_path / 'ours.qcow2'}", *ops])
    assert ours.returncode == 0, ours.stderr
    subprocess.run(["qemu-img", "dd", "-O", "qcow2", f"if={image}", f"of={tmp_path / 'theirs.qcow2'}", *ops],
                   check=True)
    assert subprocess.run(["qemu-img", "compare", str(tmp_path / "ours.qcow2"), str(tmp_path / "theirs.qcow2")],
                          capture_output=True).returncode == 0
    assert subprocess.run(["qemu-img", "check", "-q", str(tmp_path / "ours.qcow2")]).returncode == 0


@pytest.mark.parametrize("ops, message", [(["bs=0"], "Invalid bs specified"), (["if=x"], "Must specify both"),
                                          (["bogus=1"], "unrecognized operand")])
def test_dd_refuses_bad_operands_as_qemu_img_does(source, tmp_path, ops, message):
    argv = [*ops] if ops[0].startswith("if=") else [f"if={source}", f"of={tmp_path / 'out.raw'}", *ops]
    theirs = subprocess.run(["qemu-img", "dd", *argv], capture_output=True, text=True)
    ours = run([QEMUSPEC, "dd", *argv])
    assert ours.returncode == theirs.returncode == 1
    assert message in ours.stderr.decode()


def test_dd_of_a_luks_image_with_its_key_as_qemu_img(tmp_path):
    """--object and --image-opts name if= and its key, as qemu-img dd takes them."""
    from test_qcow2_encryption import keyed, make_encrypted

    image = make_encrypted(tmp_path, "luks")
    key = keyed(image)
    ops = ["bs=4k", "skip=1", "count=200"]
    ours = run([QEMUSPEC, "dd", *key[:3], f"if={key[3]}", f"of={tmp_path / 'ours.raw'}", *ops])
    theirs = subprocess.run(["qemu-img", "dd", *key[:3], f"if={key[3]}", f"of={tmp_path / 'theirs.raw'}", *ops],
                            capture_output=True, text=True)
    assert ours.returncode == theirs.returncode == 0, ours.stderr
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()
    assert (tmp_path / "ours.raw").read_bytes().count(0) != 800 << 10  # the data, decrypted


def test_dd_of_a_luks_image_without_its_key_is_refused_as_qemu_img(tmp_path):
    from test_qcow2_encryption import make_encrypted

    image = make_encrypted(tmp_path, "luks")
    ours = run([QEMUSPEC, "dd", f"if={image}", f"of={tmp_path / 'ours.raw'}"])
    theirs = subprocess.run(["qemu-img", "dd", f"if={image}", f"of={tmp_path / 'theirs.raw'}"],
                            capture_output=True, text=True)
    assert ours.returncode == theirs.returncode == 1
    assert "encrypt.key-secret" in theirs.stderr and "encrypt.key-secret" in ours.stderr.decode()
    assert not (tmp_path / "ours.raw").exists()
