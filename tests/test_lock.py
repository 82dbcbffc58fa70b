"""Image locks: qemuspec and QEMU keep out of each other's way, as two QEMUs do."""

from __future__ import annotations

import os
import subprocess
import time
from contextlib import contextmanager

import pytest

from qemuspec.block import open_image
from qemuspec.block import lock
from qemuspec.block.lock import ImageLockedError

from conftest import QEMUSPEC
from qcow2_images import create, qemu_img


@contextmanager
def qemu_io_holding(image):
    """An interactive qemu-io with the image open read-write, until the block ends."""
    proc = subprocess.Popen(["qemu-io", "-f", "qcow2", str(image)], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        # watch QEMU's "holds write" byte without locking anything (a probing reader would race qemu-io)
        fd = os.open(image, os.O_RDONLY)
        try:
            while not lock.someone_holds(fd, lock.PERM_BASE + 1):
                assert proc.poll() is None and time.monotonic() < deadline, \
                    f"qemu-io did not take its locks: {proc.stderr.read() if proc.poll() is not None else ''}"
                time.sleep(0.02)
        finally:
            os.close(fd)
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_a_reader_refuses_an_image_qemu_writes_unless_forced(tmp_path):
    image = create(tmp_path / "held.qcow2", "1M")
    with qemu_io_holding(image):
        with pytest.raises(ImageLockedError, match='"write"'):
            open_image(image)
        result = subprocess.run([QEMUSPEC, "info", str(image)], capture_output=True, text=True)
        assert result.returncode == 1 and "-U" in result.stderr
        with open_image(image, force_share=True) as forced:
            assert forced.size == 1 << 20
        assert subprocess.run([QEMUSPEC, "info", "-U", str(image)], capture_output=True).returncode == 0
    with open_image(image) as free_again:
        assert free_again.size == 1 << 20


def test_qemu_cannot_write_an_image_we_read(tmp_path):
    image = create(tmp_path / "ours.qcow2", "1M")
    with open_image(image):
        result = subprocess.run(["qemu-io", "-c", "write 0 512", str(image)], capture_output=True, text=True)
        assert result.returncode != 0 and 'Failed to get "write" lock' in result.stderr
        qemu_img("info", image)  # other readers are welcome
    subprocess.run(["qemu-io", "-c", "write 0 512", str(image)], check=True, capture_output=True)
