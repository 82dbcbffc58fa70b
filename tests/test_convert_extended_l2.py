"""convert -O qcow2 -o extended_l2=on -S SIZE from a sparse raw file, beside qemu-img 7.2 convert:
the same bytes (so the same map), and qemu-img check finds ours clean.

What qemu-img does, found by these runs: the source's holes (what block status reports as zeros)
are never written, whatever -S says, so an extended-L2 target leaves their subclusters
unallocated; -S only decides which zero runs inside data are left out (block/sparse.py says how).
"""

from __future__ import annotations

import os
import subprocess

import pytest

from conftest import QEMUSPEC

# (offset, length, byte): data, data that is zeros, holes between, in a sparse 8 MiB file
WRITES = [(0, 4096, 1), (20000, 3000, 2), (73728, 8192, 3), (1 << 20, 200000, 4), (3 << 20, 512, 5),
          ((3 << 20) + 40960, 40960, 0), (5 << 20, 65536, 6), ((5 << 20) + 100000, 5000, 7)]


@pytest.mark.parametrize("sparse", ["0", "512", "4k", "8k", "16k", "64k", "1M"])
@pytest.mark.parametrize("cluster_size", ["16k", "32k", "64k", "2M"])
def test_convert_of_a_sparse_raw_file_to_extended_l2_is_qemu_img_s_bytes(tmp_path, sparse, cluster_size):
    source = tmp_path / "sparse.raw"
    with open(source, "wb") as f:
        f.truncate(8 << 20)
        for offset, length, byte in WRITES:
            os.pwrite(f.fileno(), bytes([byte]) * length, offset)
    args = ["convert", "-O", "qcow2", "-o", f"extended_l2=on,cluster_size={cluster_size}", "-S", sparse, source.name]
    theirs = subprocess.run(["qemu-img", *args, "theirs.qcow2"], cwd=tmp_path, capture_output=True)
    ours = subprocess.run([QEMUSPEC, *args, "ours.qcow2"], cwd=tmp_path, capture_output=True)
    assert theirs.returncode == ours.returncode == 0, theirs.stderr + ours.stderr
    assert (tmp_path / "ours.qcow2").read_bytes() == (tmp_path / "theirs.qcow2").read_bytes()
    check = subprocess.run(["qemu-img", "check", "ours.qcow2"], cwd=tmp_path, capture_output=True)
    assert check.returncode == 0, check.stdout
