"""Hostile front-ends against our back-end.

Each bad peer gets the spec's answer - a failure reply when it asked for
one (need_reply, or a request that is always answered), a closed connection
otherwise - while a well-behaved connection keeps working, nothing outside
the given memory is touched, and every descriptor received is closed (the
process's descriptor count comes back to where it was after thousands of
bad connections).
"""

from __future__ import annotations

import array
import asyncio
import os
import random
import socket
import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendConnection, ConnectionClosed, QueueBroken
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.blk_client import BlkClient
from qemuspec.ipc.vhost_user.device import VhostUserDevice
from qemuspec.ipc.vhost_user.driver import eventfd
from qemuspec.memory import GuestRam
from qemuspec.ipc.vhost_user.payloads import (RegionDescription, VringAddress, pack_memory_table,
                                              pack_single_region, pack_u64, pack_vring_address,
                                              pack_vring_file, pack_vring_state)
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.ipc.vhost_user.wire import encode

F, PF, VF = L.FrontEndRequest, L.ProtocolFeature, L.VirtioFeature
CLOSED = "closed"


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


class Peer:
    """A raw, blocking front-end socket that can send anything."""

    def __init__(self, path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(5)
        self.sock.connect(str(path))

    def send(self, data: bytes, fds=()) -> None:
        anc = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))] if fds else []
        self.sock.sendmsg([data], anc)

    def msg(self, request, payload: bytes = b"", fds=(), *, need_reply: bool = False, flags=None) -> None:
        self.send(encode(int(getattr(request, "value", request)), payload, need_reply=need_reply, flags=flags), fds)

    def reply(self):
        """The next reply (request, payload), or CLOSED when the back-end closed the connection."""
        head = self._exactly(12)
        if head is None:
            return CLOSED
        request, flags, size = struct.unpack("<III", head)
        assert flags == L.VERSION | L.FLAG_REPLY
        payload = self._exactly(size) if size else b""
        return request, payload

    def ack(self):
        answer = self.reply()
        return answer if answer == CLOSED else L.U64.unpack(answer[1])[0]

    def _exactly(self, n: int):
        data = b""
        while len(data) < n:
            try:
                chunk = self.sock.recv(n - len(data))
            except ConnectionResetError:
                return None
            if not chunk:
                return None
            data += chunk
        return data

    def handshake(self, protocol: int = L.bit(PF.reply_ack) | L.bit(PF.configure_mem_slots), extra: int = 0) -> None:
        """Split rings without EVENT_IDX (``extra``: more feature bits, such as RING_PACKED)."""
        self.msg(F.get_features)
        features = L.U64.unpack(self.reply()[1])[0]
        self.msg(F.set_protocol_features, pack_u64(protocol))
        self.msg(F.set_features, pack_u64(features & ~L.bit(VF.event_idx) & ~L.bit(VF.ring_packed) | extra),
                 need_reply=True)
        assert self.ack() == 0

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def server(tmp_path):
    image = tmp_path / "disk.raw"
    image.write_bytes(random.Random(1).randbytes(1 << 20))
    with BlkExport(image) as export, ThreadedBackendServer(tmp_path / "vu.sock", export.device) as srv:
        srv.path = tmp_path / "vu.sock"
        yield srv


def settled_fd_count(server) -> int:
    """The descriptor count once the server has no connection left and nothing changes any more
    (a connection still in the listen backlog is accepted, and closed, in the meantime)."""
    stable, last = 0, -1
    deadline = time.monotonic() + 20
    while stable < 5:
        assert time.monotonic() < deadline, "the descriptor count does not settle"
        wait_sessions(server)
        count = fd_count()
        stable = stable + 1 if count == last else 0
        last = count
        time.sleep(0.01)
    return last


def no_session_errors(server) -> None:
    bugs = [e for _, e in server.events if type(e).__name__ == "SessionError"]
    assert bugs == []


def wait_sessions(server, n: int = 0) -> None:
    deadline = time.monotonic() + 10
    while len(server.sessions()) > n:
        assert time.monotonic() < deadline, "sessions did not go away"
        time.sleep(0.005)


def test_broken_framing_closes_the_connection(server):
    cases = {
        "truncated header": lambda p: p.send(b"\x01\x00\x00\x00\x01\x00"),
        "truncated payload": lambda p: p.send(struct.pack("<III", 2, 1, 8) + b"\x00\x00\x00"),
        "bad version": lambda p: p.msg(F.get_features, flags=2),
        "reply bit on a request": lambda p: p.msg(F.get_features, flags=L.VERSION | L.FLAG_REPLY),
        "1 GiB payload": lambda p: p.send(struct.pack("<III", 5, 1, 1 << 30)),
    }
    for name, act in cases.items():
        p = Peer(server.path)
        act(p)
        if name.startswith("truncated"):
            p.sock.shutdown(socket.SHUT_WR)
        assert p.reply() == CLOSED, name
        p.close()
    wait_sessions(server)
    reasons = [e.reason for _, e in server.events if isinstance(e, ConnectionClosed)]
    assert any("in the middle of a message" in r for r in reasons)
    assert any("version 2" in r for r in reasons) and any("larger than" in r for r in reasons)
    no_session_errors(server)


def test_bad_sizes_fd_counts_and_unknown_requests_get_failure_replies(server):
    p = Peer(server.path)
    p.handshake()
    r, w = os.pipe()
    checks = [
        ("short vring state", lambda: p.msg(F.set_vring_num, b"\x00" * 4, need_reply=True)),
        ("long u64", lambda: p.msg(F.set_features, b"\x00" * 9, need_reply=True)),
        ("kick with two fds", lambda: p.msg(F.set_vring_kick, pack_vring_file(0), [r, w], need_reply=True)),
        ("call without fd", lambda: p.msg(F.set_vring_call, pack_vring_file(0), need_reply=True)),
        ("kick fd that is a file", lambda: p.msg(F.set_vring_kick, pack_vring_file(0), [os.open("/etc/hostname", os.O_RDONLY)], need_reply=True)),
        ("owner with an fd", lambda: p.msg(F.set_owner, b"", [r], need_reply=True)),
        ("unknown request", lambda: p.msg(99, b"abc", [r], need_reply=True)),
        ("mem table, 2 regions, 1 fd", lambda: p.msg(F.set_mem_table, pack_memory_table(
            [RegionDescription(0, 4096, 0, 0), RegionDescription(8192, 4096, 8192, 0)]), [r], need_reply=True)),
        ("queue 7 of 1", lambda: p.msg(F.set_vring_enable, pack_vring_state(7, 1), need_reply=True)),
        ("enable with 2", lambda: p.msg(F.set_vring_enable, pack_vring_state(0, 2), need_reply=True)),
        ("endian without the feature", lambda: p.msg(F.set_vring_endian, pack_vring_state(0, 1), need_reply=True)),
    ]
    for name, act in checks:
        act()
        assert p.ack() == 1, name
    p.msg(F.get_config, struct.pack("<III", 0, 300, 0) + bytes(300))
    assert p.reply() == (int(F.get_config.value), b"")   # an empty GET_CONFIG reply is its error
    p.msg(F.get_features)
    assert p.reply()[0] == 1                              # still talking
    p.msg(F.get_vring_base, pack_vring_state(9, 0))      # no such queue, no failure form: closed
    assert p.reply() == CLOSED
    os.close(r)
    os.close(w)
    p.close()
    for quiet in (lambda q: q.msg(99), lambda q: q.msg(F.set_vring_num, b"\x00")):
        q = Peer(server.path)
        quiet(q)                                          # no need_reply: nothing can say "no"
        assert q.reply() == CLOSED
        q.close()
    wait_sessions(server)
    no_session_errors(server)


def test_bad_memory_regions_are_refused(server, tmp_path):
    ram = GuestRam(1 << 16, gpa=0x100000)
    small = GuestRam(4096)
    regular = tmp_path / "plain-file"
    regular.write_bytes(bytes(8192))
    p = Peer(server.path)
    p.handshake()
    region = ram.region()
    ev = eventfd()
    fd_file = os.open(regular, os.O_RDWR)
    bad = {
        "unaligned guest address": (RegionDescription(0x100001, 4096, ram.uva, 0), ram.fd),
        "unaligned size": (RegionDescription(0x100000, 100, ram.uva, 0), ram.fd),
        "zero size": (RegionDescription(0x100000, 0, ram.uva, 0), ram.fd),
        "larger than the file": (RegionDescription(0x100000, 1 << 20, ram.uva, 0), small.fd),
        "offset past the file": (RegionDescription(0x100000, 4096, ram.uva, 1 << 30), ram.fd),
        "wraps around": (RegionDescription(0xFFFFFFFFFFFFF000, 8192, ram.uva, 0), ram.fd),
        "an eventfd": (RegionDescription(0x100000, 4096, ram.uva, 0), ev),
    }
    for name, (desc, fd) in bad.items():
        p.msg(F.add_mem_reg, pack_single_region(desc), [fd], need_reply=True)
        assert p.ack() == 1, name
    p.msg(F.add_mem_reg, pack_single_region(region), [ram.fd], need_reply=True)
    assert p.ack() == 0
    p.msg(F.add_mem_reg, pack_single_region(RegionDescription(0x108000, 4096, ram.uva + (1 << 20), 0)),
          [fd_file], need_reply=True)
    assert p.ack() == 1   # overlaps the first region's guest addresses
    p.msg(F.add_mem_reg, pack_single_region(RegionDescription(0x400000, 4096, ram.uva, 0)), [fd_file],
          need_reply=True)
    assert p.ack() == 1   # overlaps its user addresses
    p.msg(F.rem_mem_reg, pack_single_region(RegionDescription(0x400000, 4096, 0, 0)), need_reply=True)
    assert p.ack() == 1   # no such region
    p.close()
    for fd in (ev, fd_file):
        os.close(fd)
    ram.close()
    small.close()
    wait_sessions(server)
    no_session_errors(server)


def setup_ring(p: Peer, ram: GuestRam, index: int = 0, num: int = 8):
    desc, avail, used = ram.alloc(16 * num, 4096), ram.alloc(6 + 2 * num, 4096), ram.alloc(6 + 8 * num, 4096)
    kick, call, err = eventfd(), eventfd(), eventfd()
    p.msg(F.set_vring_num, pack_vring_state(index, num))
    p.msg(F.set_vring_addr, pack_vring_address(VringAddress(index, 0, ram.uva_of(desc), ram.uva_of(used),
                                                            ram.uva_of(avail), used)))
    for request, fd in ((F.set_vring_kick, kick), (F.set_vring_call, call), (F.set_vring_err, err)):
        p.msg(request, pack_vring_file(index), [fd])
    p.msg(F.set_vring_enable, pack_vring_state(index, 1), need_reply=True)
    assert p.ack() == 0
    return desc, avail, used, kick, call, err


def offer(ram: GuestRam, desc: int, avail: int, descs, head: int = 0) -> None:
    for i, d in enumerate(descs):
        L.DESC.pack_into(ram.at(desc, 16 * 8), 16 * i, *d)
    ring = ram.at(avail, 6 + 2 * 8).cast("H")
    ring[2 + ring[1] % 8] = head
    ring[1] += 1


def wait_readable(fd: int) -> None:
    import select
    assert select.select([fd], [], [], 5)[0], "eventfd was not signalled"
    os.eventfd_read(fd)


@pytest.mark.parametrize("case", ["loop", "outside memory", "nested indirect", "indirect in the middle",
                                  "next out of the table", "head out of the table", "index jump",
                                  "ring outside memory"])
def test_bad_chains_break_only_their_queue(server, case):
    ram = GuestRam(1 << 20, gpa=0x100000)
    p = Peer(server.path)
    p.handshake(L.bit(PF.reply_ack) | L.bit(PF.configure_mem_slots))
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    buf = ram.alloc(4096)
    table = ram.alloc(64)
    L.DESC.pack_into(ram.at(table, 16), 0, buf, 16, L.DESC_F_INDIRECT, 0)
    descs = {
        "loop": [(buf, 16, L.DESC_F_NEXT, 1), (buf, 1, L.DESC_F_NEXT | L.DESC_F_WRITE, 0)],
        "outside memory": [(buf, 16, L.DESC_F_NEXT, 1), (0x10_0000_0000, 4096, L.DESC_F_WRITE, 0)],
        "nested indirect": [(table, 16, L.DESC_F_INDIRECT, 0)],
        "indirect in the middle": [(buf, 16, L.DESC_F_NEXT, 1), (table, 16, L.DESC_F_INDIRECT, 0)],
        "next out of the table": [(buf, 16, L.DESC_F_NEXT, 200)],
        "head out of the table": [(buf, 16, 0, 0)],
        "index jump": [(buf, 16, 0, 0)],
        "ring outside memory": [],
    }[case]
    if case == "ring outside memory":
        p.msg(F.set_vring_addr, pack_vring_address(VringAddress(0, 0, 0x7000_0000_0000, ram.uva_of(used),
                                                                ram.uva_of(avail), used)), need_reply=True)
        assert p.ack() == 1
        p.msg(F.get_vring_base, pack_vring_state(0, 0))
        assert p.reply()[0] == int(F.get_vring_base.value)
        p.msg(F.set_vring_kick, pack_vring_file(0), [kick])
        server.call(lambda: next(iter(server.server.sessions)).conn.vrings[0].__setattr__(
            "addr", VringAddress(0, 0, 0x7000_0000_0000, ram.uva_of(used), ram.uva_of(avail), used)))
    else:
        offer(ram, desc, avail, descs, head=9 if case == "head out of the table" else 0)
        if case == "index jump":
            ram.at(avail, 4).cast("H")[1] = 100
    before = bytes(ram.view)
    os.eventfd_write(kick, 1)
    wait_readable(err)                       # the queue's error eventfd
    broken = [e for _, e in server.events if isinstance(e, QueueBroken)]
    assert len(broken) == 1 and broken[0].index == 0
    # the back-end wrote nothing: no used entry, no buffer byte
    assert bytes(ram.view) == before
    # the connection itself still answers
    p.msg(F.get_features)
    assert p.reply()[0] == 1
    p.msg(F.get_vring_base, pack_vring_state(0, 0))
    assert p.reply()[0] == int(F.get_vring_base.value)
    p.close()
    for fd in (kick, call, err):
        os.close(fd)
    ram.close()
    wait_sessions(server)
    no_session_errors(server)


def test_good_connection_keeps_working_among_thousands_of_bad_ones(server):
    rng = random.Random(2024)
    ram = GuestRam(1 << 16)

    def attack(i: int) -> None:
        p = Peer(server.path)
        kind = i % 8
        try:
            if kind == 0:
                p.send(bytes(rng.randrange(1, 12)))
            elif kind == 1:
                p.msg(F.set_mem_table, pack_memory_table([ram.region()]), [ram.fd, ram.fd])
            elif kind == 2:
                p.msg(F.set_vring_kick, pack_vring_file(0), [eventfd_fd := eventfd()])
                os.close(eventfd_fd)
                p.send(b"\xff" * 30)
            elif kind == 3:
                p.msg(F.add_mem_reg, pack_single_region(RegionDescription(0, 1 << 30, 0, 0)), [ram.fd])
            elif kind == 4:
                fds = [os.dup(ram.fd) for _ in range(10)]   # more than any message may carry
                try:
                    p.msg(F.set_owner, b"", fds)
                finally:
                    for fd in fds:
                        os.close(fd)
            elif kind == 5:
                p.msg(rng.randrange(44, 1 << 32), rng.randbytes(rng.randrange(0, 64)), [ram.fd])
            elif kind == 6:
                p.handshake()
                p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
                p.msg(F.set_log_base, struct.pack("<QQ", 4096, 0), [ram.fd])
            else:
                p.send(struct.pack("<III", rng.randrange(1, 44), 1, rng.randrange(0, 300))
                       + rng.randbytes(rng.randrange(0, 300)), [ram.fd])
        except OSError:
            pass   # the back-end may close first
        finally:
            p.close()

    async def good(rounds: int) -> None:
        async with await BlkClient.connect(server.path) as disk:
            for i in range(rounds):
                data = bytes([i]) * 4096
                await disk.write(4096 * i, data)
                assert await disk.read(4096 * i, 4096) == data
                await asyncio.sleep(0)

    for i in range(64):              # warm up (lazy imports, caches) before counting
        attack(i)
    baseline = settled_fd_count(server)
    import threading
    worker = threading.Thread(target=lambda: asyncio.run(good(100)))
    worker.start()
    for i in range(3000):
        attack(i)
    worker.join(60)
    assert not worker.is_alive()
    assert settled_fd_count(server) == baseline
    kinds = {e.reason.split(":")[0] for _, e in server.events if isinstance(e, ConnectionClosed)}
    assert len(kinds) > 5
    no_session_errors(server)
    ram.close()


# --- the core with random input ---------------------------------------------------------------------

class Quiet(VhostUserDevice):
    num_queues = 2
    protocol_features = L.bit(PF.config)

    def config(self) -> bytes:
        return b"abc"


messages = st.lists(st.tuples(st.integers(0, 46), st.sampled_from([1, 9, 5, 0, 13]),
                              st.one_of(st.binary(max_size=48), st.sampled_from([pack_u64(0), pack_u64(0xFFFFFFFF),
                                                                                  pack_vring_state(0, 8)])),
                              st.integers(0, 3)), max_size=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(msgs=messages, split=st.integers(1, 64))
def test_random_streams_never_crash_and_close_every_descriptor(msgs, split):
    baseline = fd_count()
    ram = GuestRam(1 << 16)
    conn = BackendConnection(Quiet())
    for request, flags, payload, nfds in msgs:
        raw = struct.pack("<III", request, flags, len(payload)) + payload
        fds = [os.dup(ram.fd) if i % 2 else eventfd() for i in range(nfds)]
        conn.receive_data(raw[:split], fds)
        if len(raw) > split:
            conn.receive_data(raw[split:])
        for i in range(2):
            conn.kick(i)
        conn.data_to_send()
        conn.events()
        if conn.closed:
            break
    conn.close()
    ram.close()
    assert fd_count() == baseline
