"""A front-end that truncates the file behind a memory region must not kill our back-end.

The back-end runs as its own process (``qemuspec vhost-user blk``), so a
SIGBUS would show as a dead process. Our raw front-end gives it two
regions: a sealed memfd with the rings and the status byte, and a second
memfd with the request header and the data buffer. Without seals, that
second region is read and written through its fd; truncating it makes the
next request break the queue (its error eventfd), and the back-end keeps
answering. A memfd that can be sealed gets F_SEAL_SHRINK from the back-end:
the front-end's ftruncate fails with EPERM.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import socket
import struct
import subprocess
import time
from pathlib import Path

import pytest

from conftest import QEMUSPEC
from test_vhost_user_hostile import F, Peer, offer, setup_ring, wait_readable
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.payloads import RegionDescription, pack_single_region, pack_vring_state
from qemuspec.memory import GuestRam

DATA_GPA, DATA_UVA, DATA_SIZE = 0x200000, 0x7E00_0000_0000, 1 << 16


def start_backend(tmp_path):
    image = tmp_path / "disk.raw"
    content = random.Random(7).randbytes(1 << 20)
    image.write_bytes(content)
    sock = tmp_path / "vu.sock"
    proc = subprocess.Popen([QEMUSPEC, "vhost-user", "blk", "--socket", str(sock), str(image)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while True:
        assert proc.poll() is None, f"back-end exited with {proc.returncode}: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "back-end did not open its socket"
        if sock.exists():
            probe = socket.socket(socket.AF_UNIX)
            try:
                probe.connect(str(sock))
                break
            except OSError:
                pass
            finally:
                probe.close()
        time.sleep(0.02)
    return proc, sock, content


def stop(proc) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.stderr.read().decode()


@pytest.fixture
def backend(tmp_path):
    proc, sock, content = start_backend(tmp_path)
    try:
        yield proc, sock, content
    finally:
        stop(proc)


def connect(sock, ram: GuestRam, data_fd: int):
    p = Peer(sock)
    p.handshake()
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    p.msg(F.add_mem_reg, pack_single_region(RegionDescription(DATA_GPA, DATA_SIZE, DATA_UVA, 0)),
          [data_fd], need_reply=True)
    assert p.ack() == 0
    return p


def read_request(ram: GuestRam, desc: int, avail: int, data_fd: int, status: int, sector: int) -> None:
    """A virtio-blk read of one sector: header and data buffer in the second region."""
    os.pwrite(data_fd, L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.read), 0, sector), 0)
    offer(ram, desc, avail, [(DATA_GPA, 16, L.DESC_F_NEXT, 1),
                             (DATA_GPA + 4096, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2),
                             (status, 1, L.DESC_F_WRITE, 0)])


def used_idx(ram: GuestRam, used: int) -> int:
    return ram.at(used, 4).cast("H")[1]


def test_truncating_an_unsealed_region_breaks_the_queue_not_the_backend(backend):
    proc, sock, content = backend
    ram = GuestRam(1 << 16, gpa=0x100000)
    data_fd = os.memfd_create("qemuspec-unsealed", os.MFD_CLOEXEC)   # no MFD_ALLOW_SEALING: never sealable
    os.ftruncate(data_fd, DATA_SIZE)
    p = connect(sock, ram, data_fd)
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    status = ram.alloc(1)

    # the region works (through its fd): sector 3 lands in the front-end's file
    ram.at(status, 1)[0] = 0xFF
    read_request(ram, desc, avail, data_fd, status, 3)
    os.eventfd_write(kick, 1)
    wait_readable(call)
    assert used_idx(ram, used) == 1
    assert ram.at(status, 1)[0] == 0
    assert os.pread(data_fd, 512, 4096) == content[3 * 512:4 * 512]

    # the front-end pulls the memory away and asks again
    os.ftruncate(data_fd, 0)
    ram.at(status, 1)[0] = 0xFF
    offer(ram, desc, avail, [(DATA_GPA, 16, L.DESC_F_NEXT, 1),
                             (DATA_GPA + 4096, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2),
                             (status, 1, L.DESC_F_WRITE, 0)])
    os.eventfd_write(kick, 1)
    wait_readable(err)                      # the queue broke ...
    assert proc.poll() is None, f"back-end died ({proc.returncode})"
    assert used_idx(ram, used) == 1         # ... without completing anything
    assert ram.at(status, 1)[0] == 0xFF
    assert os.fstat(data_fd).st_size == 0   # and without growing the file back
    p.msg(F.get_features)                   # the connection still answers
    assert p.reply()[0] == int(F.get_features.value)
    p.msg(F.get_vring_base, pack_vring_state(0, 0))
    assert p.reply()[0] == int(F.get_vring_base.value)
    p.close()
    for fd in (kick, call, err, data_fd):
        os.close(fd)
    ram.close()

    # a new connection is served as before
    ram = GuestRam(1 << 16, gpa=0x100000)
    data_fd = os.memfd_create("qemuspec-unsealed", os.MFD_CLOEXEC)
    os.ftruncate(data_fd, DATA_SIZE)
    p = connect(sock, ram, data_fd)
    p.msg(F.get_features)
    assert p.reply()[0] == int(F.get_features.value)
    p.close()
    os.close(data_fd)
    ram.close()
    assert proc.poll() is None
    assert "shrank" in stop(proc)


def test_a_sealable_region_is_sealed_so_it_cannot_be_truncated(backend):
    proc, sock, content = backend
    ram = GuestRam(1 << 16, gpa=0x100000)             # sealed by us already
    data_fd = os.memfd_create("qemuspec-sealable", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    os.ftruncate(data_fd, DATA_SIZE)                   # no seals yet
    p = connect(sock, ram, data_fd)
    for fd in (ram.fd, data_fd):                       # the back-end sealed it against shrinking
        with pytest.raises(PermissionError) as exc:
            os.ftruncate(fd, 0)
        assert exc.value.errno == errno.EPERM
    assert os.fstat(data_fd).st_size == DATA_SIZE
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    status = ram.alloc(1)
    ram.at(status, 1)[0] = 0xFF
    read_request(ram, desc, avail, data_fd, status, 5)
    os.eventfd_write(kick, 1)
    wait_readable(call)
    assert used_idx(ram, used) == 1 and ram.at(status, 1)[0] == 0
    assert os.pread(data_fd, 512, 4096) == content[5 * 512:6 * 512]
    assert proc.poll() is None
    p.close()
    for fd in (kick, call, err, data_fd):
        os.close(fd)
    ram.close()


def test_rings_in_an_unsealed_region_work_and_a_truncation_breaks_the_queue(backend):
    """Everything in one unsealed memfd: rings are read and written through the fd."""
    proc, sock, content = backend
    ram = GuestRam(1 << 20, gpa=0x100000, sealed=False)
    p = Peer(sock)
    p.handshake()
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    header, buf, status = ram.alloc(16), ram.alloc(512), ram.alloc(1)
    for n, sector in enumerate((2, 9), start=1):
        ram.at(header, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.read), 0, sector)
        ram.at(status, 1)[0] = 0xFF
        offer(ram, desc, avail, [(header, 16, L.DESC_F_NEXT, 1), (buf, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2),
                                 (status, 1, L.DESC_F_WRITE, 0)])
        os.eventfd_write(kick, 1)
        wait_readable(call)
        assert used_idx(ram, used) == n
        elem = L.USED_ELEM.unpack_from(ram.at(used + 4 + 8 * (n - 1), 8))
        assert elem == (0, 513)
        assert ram.at(status, 1)[0] == 0
        assert bytes(ram.at(buf, 512)) == content[sector * 512:(sector + 1) * 512]
    # a write request: the device reads the data through the fd
    ram.at(header, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.write), 0, 0)
    ram.at(buf, 512)[:] = b"\xa5" * 512
    offer(ram, desc, avail, [(header, 16, L.DESC_F_NEXT, 1), (buf, 512, L.DESC_F_NEXT, 2),
                             (status, 1, L.DESC_F_WRITE, 0)])
    os.eventfd_write(kick, 1)
    wait_readable(call)
    assert used_idx(ram, used) == 3 and ram.at(status, 1)[0] == 0
    # one more request made available, then the memory is pulled away before the kick
    # (from here on this process does not touch its own mapping either)
    offer(ram, desc, avail, [(header, 16, L.DESC_F_NEXT, 1), (buf, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2),
                             (status, 1, L.DESC_F_WRITE, 0)])
    os.ftruncate(ram.fd, 0)
    os.eventfd_write(kick, 1)
    wait_readable(err)
    assert proc.poll() is None, f"back-end died ({proc.returncode})"
    assert os.fstat(ram.fd).st_size == 0
    p.msg(F.get_vring_base, pack_vring_state(0, 0))
    assert p.reply()[0] == int(F.get_vring_base.value)
    p.close()
    for fd in (kick, call, err):
        os.close(fd)
    ram.close()
    assert proc.poll() is None
    assert (Path(proc.args[-1]).read_bytes()[:512]) == b"\xa5" * 512


def test_an_unsealable_dirty_log_is_refused(backend):
    proc, sock, content = backend
    p = Peer(sock)
    p.handshake(L.bit(L.ProtocolFeature.reply_ack) | L.bit(L.ProtocolFeature.log_shmfd))
    unsealed = GuestRam(4096, name="log", sealed=False)
    sealed = GuestRam(4096, name="log")
    p.msg(F.set_log_base, struct.pack("<QQ", 4096, 0), [unsealed.fd])
    assert p.ack() != 0
    p.msg(F.set_log_base, struct.pack("<QQ", 4096, 0), [sealed.fd])
    assert p.ack() == 0
    assert proc.poll() is None
    p.close()
    unsealed.close()
    sealed.close()


def test_copies_out_of_an_unsealed_region_are_bounded(backend):
    """A chain naming the same big unmapped buffer again and again breaks its queue
    (MAX_COPY bytes per chain) instead of making the back-end copy without end."""
    from qemuspec.ipc.vhost_user.virtq import MAX_COPY
    proc, sock, content = backend
    ram = GuestRam(1 << 16, gpa=0x100000)
    big = MAX_COPY // 2
    data_fd = os.memfd_create("qemuspec-unsealed", os.MFD_CLOEXEC)
    os.ftruncate(data_fd, big)
    p = Peer(sock)
    p.handshake()
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    p.msg(F.add_mem_reg, pack_single_region(RegionDescription(0x10000000, big, DATA_UVA, 0)),
          [data_fd], need_reply=True)
    assert p.ack() == 0
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    status = ram.alloc(1)
    os.pwrite(data_fd, L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.write), 0, 0), 0)
    offer(ram, desc, avail, [(0x10000000, big, L.DESC_F_NEXT, 1), (0x10000000, big, L.DESC_F_NEXT, 2),
                             (0x10000000, big, L.DESC_F_NEXT, 3), (status, 1, L.DESC_F_WRITE, 0)])
    os.eventfd_write(kick, 1)
    wait_readable(err)
    assert proc.poll() is None
    assert used_idx(ram, used) == 0
    p.close()
    for fd in (kick, call, err, data_fd):
        os.close(fd)
    ram.close()
    assert f"more than {MAX_COPY} bytes" in stop(proc)
