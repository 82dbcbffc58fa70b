"""Packed virtqueues: our device side (PackedQueue) against our driver side (PackedDriverQueue),
hostile rings, and the vhost-user core with packed rings end to end (BlkClient over a socket
to our back-end, the image compared by qemu-img). QEMU as the driver: test_vhost_user_modern.py.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.blk_client import BlkClient
from qemuspec.ipc.vhost_user.memory import VhostMemory
from qemuspec.ipc.vhost_user.packed import PackedDriverQueue, PackedQueue
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.ipc.vhost_user.virtq import VirtqError
from qemuspec.memory import GuestRam, QueueFull

from conftest import run
from test_vhost_user_hostile import F, Peer, no_session_errors, server, wait_readable, wait_sessions  # noqa: F401
from qemuspec.errors import QemuSpecError
from qemuspec.ipc.vhost_user.backend import QueueBroken
from qemuspec.ipc.vhost_user.payloads import (VringAddress, pack_single_region, pack_vring_address,
                                              pack_vring_file, pack_vring_state)
from qemuspec.ipc.vhost_user.driver import eventfd

chains = st.lists(st.tuples(st.lists(st.integers(1, 300), max_size=3), st.lists(st.integers(1, 300), max_size=3))
                  .filter(lambda c: c[0] or c[1]), min_size=1, max_size=40)


def _setup(num, event_idx=False, indirect=False, base=(0, 1, 0, 1), sealed=True):
    ram = GuestRam(1 << 20, sealed=sealed)
    memory = VhostMemory()
    memory.add(ram.region(), ram.fd)
    q = PackedDriverQueue(ram, 0, num, event_idx=event_idx, indirect=indirect)
    q.next_avail, q.avail_wrap, q.next_used, q.used_wrap = base
    if not base[1]:   # as after a first lap: every slot used with wrap counter 1
        for slot in range(num):
            q._ring16[8 * slot + 7] = L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED
    q._kicked = base[0] if base[1] else base[0] + num
    addr = q.address()
    dev = PackedQueue(memory, num, addr.desc, addr.avail, addr.used, base=L.pack_packed_base(*base),
                      event_idx=event_idx, indirect=indirect)
    return ram, memory, q, dev


@settings(max_examples=80, deadline=None)
@given(requests=chains, indirect=st.booleans(), event_idx=st.booleans(), num=st.integers(6, 21),
       data=st.data())
def test_packed_queue_sees_exactly_what_the_driver_offered(requests, indirect, event_idx, num, data):
    start = data.draw(st.integers(0, num - 1))
    wrap = data.draw(st.integers(0, 1))
    ram, memory, q, dev = _setup(num, event_idx, indirect, (start, wrap, start, wrap))
    expected, seen, done = [], [], []
    pending = list(requests)
    while pending:
        added = 0
        while pending:
            outs, ins = pending[0]
            bufs_out, payload = [], b""
            for n in outs:
                gpa = ram.alloc(n)
                chunk = os.urandom(n)
                ram.at(gpa, n)[:] = chunk
                payload += chunk
                bufs_out.append((gpa, n))
            bufs_in = [(ram.alloc(n), n) for n in ins]
            try:
                q.add(bufs_out, bufs_in, (payload, sum(ins)))
            except QueueFull:
                assert added
                break
            pending.pop(0)
            expected.append((payload, sum(ins)))
            added += 1
        q.publish()
        while (chain := dev.pop()) is not None:
            seen.append((chain.read(), chain.writable_len))
            chain.write(0, b"\xee" * min(chain.writable_len, 7))
            dev.push(chain)
        assert dev.publish()
        done += q.harvest()
    assert seen == expected
    assert [written for _, written in done] == [min(n, 7) for _, n in expected]
    assert q.free_descriptors == num and dev.held_slots == 0 and dev.in_flight == 0
    # the device's indexes and wrap counters are where the driver's are
    assert L.unpack_packed_base(dev.vring_base) == (q.next_avail, q.avail_wrap, q.next_used, q.used_wrap)
    dev.release()
    q.close()
    memory.close()
    ram.close()


def test_vring_base_packs_both_indexes_and_wrap_counters():
    assert L.pack_packed_base(5, 1, 3, 0) == 5 | 1 << 15 | 3 << 16
    assert L.pack_packed_base(0, 1, 0, 1) == 0x80008000
    assert L.unpack_packed_base(0x80058003) == (3, 1, 5, 1)
    ram, memory, q, dev = _setup(8)
    with pytest.raises(VirtqError, match="outside"):
        dev.vring_base = L.pack_packed_base(8, 1, 0, 1)       # slot 8 of an 8-entry ring
    with pytest.raises(VirtqError, match="outside"):
        dev.vring_base = L.pack_packed_base(0, 1, 0x7FFF, 1)
    dev.vring_base = L.pack_packed_base(7, 0, 6, 1)
    assert dev.vring_base == 7 | 6 << 16 | 1 << 31
    dev.release()
    q.close()
    memory.close()
    ram.close()


@pytest.mark.parametrize("event_idx", [False, True])
def test_event_suppression_both_ways(event_idx):
    num = 5                       # not a power of two: packed rings may have any size
    ram, memory, q, dev = _setup(num, event_idx=event_idx)
    notified, kicks = [], []
    buf = ram.alloc(64)
    for i in range(3 * num):      # three laps: both wrap counters flip
        q.add([(buf, 16)], [(buf + 16, 1)], i)
        q.publish()
        kicks.append(q.kick_needed())
        chain = dev.pop()
        assert chain is not None and dev.pop() is None
        chain.write(0, b"\1")
        dev.push(chain)
        assert dev.publish()
        notified.append(dev.should_notify())
        assert [t for t, _ in q.harvest()] == [i]
        if i % 2 == 0:
            assert not q.arm()    # ask for the next one
        else:
            q.quiet()             # ask for none
        dev.enable_kicks()
    # the driver asked for a notification after every even request only (DISABLE after odd ones);
    # the first decision always notifies
    assert notified == [True] + [i % 2 == 1 for i in range(1, 3 * num)]
    # the device asked for a kick at its next slot every time (EVENT_IDX) or always wants kicks
    assert all(kicks)
    # desc mode: the driver asks for an event far ahead -> no notification until it passes
    if event_idx:
        q._driver16[0] = ((q.next_used + 2) % num) | ((q.used_wrap ^ ((q.next_used + 2) >= num)) << 15)
        q._driver16[1] = L.PACKED_EVENT_F_DESC
        results = []
        for i in range(4):
            q.add([], [(buf + 16, 1)], i)       # one slot each
            q.publish()
            chain = dev.pop()
            dev.push(chain)
            dev.publish()
            results.append(dev.should_notify())
            q.harvest()
        assert results == [False, False, True, False]
        # and the device's own event structure: kick wanted exactly at its next slot
        dev.enable_kicks()
        assert q._device16[1] == L.PACKED_EVENT_F_DESC
        assert q._device16[0] == dev.last_avail | dev.avail_wrap << 15
    dev.release()
    q.close()
    memory.close()
    ram.close()


def _offer_raw(ram, q, descs, wrap=1):
    """Write descriptors (addr, len, id, flags) from slot 0, all marked available for ``wrap``."""
    view = ram.at(q.desc_gpa, 16 * q.num)
    for i, (addr, length, buf_id, flags) in enumerate(descs):
        flags |= L.PACKED_DESC_F_AVAIL if wrap else L.PACKED_DESC_F_USED
        L.PACKED_DESC.pack_into(view, 16 * i, addr, length, buf_id, flags)
    view.release()


def test_packed_queue_rejects_broken_chains():
    ram, memory, q, _ = _setup(4, indirect=True)
    addr = q.address()

    def device(indirect=True):
        return PackedQueue(memory, 4, addr.desc, addr.avail, addr.used, base=0x80008000, indirect=indirect)

    buf = ram.alloc(64)
    table = ram.alloc(64)
    nested = ram.alloc(32)
    L.PACKED_DESC.pack_into(ram.at(nested, 16), 0, table, 16, 0, L.DESC_F_INDIRECT)
    N, W, I = L.DESC_F_NEXT, L.DESC_F_WRITE, L.DESC_F_INDIRECT
    cases = {
        "longer than": [(buf, 1, 0, N)] * 4,                       # every slot chained: a loop
        "outside guest memory": [(1 << 40, 16, 0, 0)],
        "readable buffer follows": [(buf, 1, 0, W | N), (buf, 1, 0, 0)],
        "whole chain": [(table, 16, 0, I | N), (buf, 1, 0, 0)],
        "indirect descriptor must": [(buf, 1, 0, N), (table, 16, 0, I)],
        "indirect table of 10": [(table, 10, 0, I)],
        "indirect table of 0": [(table, 0, 0, I)],
        "inside an indirect": [(nested, 16, 0, I)],
        "indirect table outside": [(1 << 40, 32, 0, I)],
    }
    for match, descs in cases.items():
        _offer_raw(ram, q, descs)
        dev = device()
        before = bytes(ram.view)
        with pytest.raises(VirtqError, match=match):
            dev.pop()
        assert bytes(ram.view) == before           # nothing written
        dev.release()
    _offer_raw(ram, q, [(table, 16, 0, I)])
    dev = device(indirect=False)
    with pytest.raises(VirtqError, match="INDIRECT_DESC"):
        dev.pop()
    dev.release()
    # slots the device holds are not available again: a driver that re-marks them breaks the queue
    _offer_raw(ram, q, [(buf, 1, 0, N), (buf, 1, 1, 0), (buf, 1, 2, N), (buf, 1, 3, 0)])
    dev = device()
    first = dev.pop()
    second = dev.pop()
    assert (first.head, first.slots, second.head, second.slots) == (1, 2, 3, 2)
    _offer_raw(ram, q, [(buf, 1, 0, N), (buf, 1, 1, N), (buf, 1, 2, 0)], wrap=0)
    with pytest.raises(VirtqError, match="longer than the 0 slots"):
        dev.pop()
    dev.release()
    for args, match in (((memory, 4, addr.desc + 8, addr.avail, addr.used), "aligned"),
                        ((memory, 4, 1 << 44, addr.avail, addr.used), "outside guest memory"),
                        ((memory, 0, addr.desc, addr.avail, addr.used), "size"),
                        ((memory, 40000, addr.desc, addr.avail, addr.used), "size")):
        with pytest.raises(VirtqError, match=match):
            PackedQueue(*args)
    q.close()
    memory.close()
    ram.close()


def test_driver_refuses_a_device_that_returns_what_it_was_not_given():
    from qemuspec.errors import ProtocolError
    ram = GuestRam(1 << 16)
    q = PackedDriverQueue(ram, 0, 8)
    q.add([(ram.alloc(16), 16)], [], "t")
    q.publish()
    L.PACKED_DESC.pack_into(ram.at(q.desc_gpa, 16), 0, 0, 0, 5, L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED)
    with pytest.raises(ProtocolError, match="not outstanding"):
        q.harvest()
    q.close()
    ram.close()


# --- the core, end to end over a socket -----------------------------------------------------------

IMAGE_SIZE = 4 << 20


@pytest.mark.parametrize("indirect", [False, True], ids=["direct", "indirect"])
def test_block_io_over_packed_rings_matches_a_reference(tmp_path, indirect):
    rng = random.Random(18)
    image = tmp_path / "disk.raw"
    image.write_bytes(rng.randbytes(IMAGE_SIZE))
    reference = tmp_path / "reference.raw"
    shutil.copyfile(image, reference)
    ref = bytearray(reference.read_bytes())
    sock = tmp_path / "vu.sock"
    with BlkExport(image, num_queues=2) as export, ThreadedBackendServer(sock, export.device) as server:
        async def main():
            disk = await BlkClient.connect(sock, num_queues=2, queue_size=37, packed=True, indirect=indirect)
            try:
                assert L.has(disk.features, L.VirtioFeature.ring_packed)
                for i in range(120):     # many laps of a 37-slot ring on both queues
                    length = rng.choice([512, 4096, 8192, 65536])
                    offset = rng.randrange(0, IMAGE_SIZE - length, 512)
                    if rng.random() < 0.5:
                        data = rng.randbytes(length)
                        await disk.write(offset, data, queue=i % 2)
                        ref[offset:offset + length] = data
                    else:
                        assert await disk.read(offset, length, queue=i % 2) == bytes(ref[offset:offset + length])
                many = [disk.read(o, 4096, queue=q) for q in (0, 1) for o in range(0, 40 * 4096, 4096)]
                got = await asyncio.gather(*many)
                assert got == [bytes(ref[o:o + 4096]) for _ in (0, 1) for o in range(0, 40 * 4096, 4096)]
                await disk.flush()
                bases = [await disk.client.get_vring_base(i) for i in (0, 1)]
                for base, q in zip(bases, disk.queues):
                    assert L.unpack_packed_base(base) == (q.next_avail, q.avail_wrap, q.next_used, q.used_wrap)
                # slots each queue went through: 100 requests of 3 descriptors (1 indirect), the flush 2 (1)
                for q, extra in zip(disk.queues, (1, 0)):
                    slots = (100 + extra) if indirect else 300 + 2 * extra
                    assert (q.next_avail, q.avail_wrap) == (slots % 37, 1 ^ (slots // 37) & 1)
            finally:
                await disk.close(stop=False)
        asyncio.run(main())
        broken = [e for _, e in list(server.events) if type(e).__name__ == "QueueBroken"]
        assert not broken, broken
    reference.write_bytes(ref)
    compare = run(["qemu-img", "compare", "-f", "raw", "-F", "raw", str(image), str(reference)])
    assert compare.returncode == 0, compare.stdout + compare.stderr


def test_rings_in_an_unmapped_region_go_through_the_fd_and_a_truncation_breaks_the_queue():
    """A region that is not sealed is not mapped: the packed ring, the event structures and the
    buffers are read and written with pread/pwrite; a shrunk file is an error, not a SIGBUS."""
    ram, memory, q, dev = _setup(5, event_idx=True, indirect=True, sealed=False)
    assert type(dev._ring).__name__ == "FdSpan"
    for i in range(12):   # more than two laps
        src, dst = ram.alloc(64), ram.alloc(64)
        ram.at(src, 64)[:] = bytes([i]) * 64
        q.add([(src, 64)], [(dst, 64)], i)
        q.publish()
        chain = dev.pop()
        chain.write(0, chain.read()[::-1])
        dev.push(chain)
        assert dev.publish()
        dev.should_notify()
        dev.enable_kicks()
        assert q.harvest() == [(i, 64)] and bytes(ram.at(dst, 64)) == bytes([i]) * 64
        ram.free(src)
        ram.free(dst)
    assert L.unpack_packed_base(dev.vring_base) == (q.next_avail, q.avail_wrap, q.next_used, q.used_wrap)
    q.add([(ram.alloc(16), 16)], [], "last")
    q.publish()
    os.ftruncate(ram.fd, 0)          # from here on nobody touches the test's own mapping
    with pytest.raises(QemuSpecError):
        chain = dev.pop()
        dev.push(chain)
        dev.publish()
    dev.release()
    memory.close()


def _packed_ring(p: Peer, ram: GuestRam, num: int, base: int = 0x80008000):
    ring, drv, dev = ram.alloc(16 * num, 4096), ram.alloc(4, 64), ram.alloc(4, 64)
    kick, call, err = eventfd(), eventfd(), eventfd()
    p.msg(F.set_vring_num, pack_vring_state(0, num), need_reply=True)
    assert p.ack() == 0
    p.msg(F.set_vring_base, pack_vring_state(0, base), need_reply=True)
    if L.unpack_packed_base(base)[0] >= num:      # refused; the queue keeps its old base
        assert p.ack() == 1
        p.msg(F.set_vring_base, pack_vring_state(0, L.pack_packed_base(2, 0, 2, 0)), need_reply=True)
    assert p.ack() == 0
    p.msg(F.set_vring_addr, pack_vring_address(VringAddress(0, 0, ram.uva_of(ring), ram.uva_of(dev),
                                                            ram.uva_of(drv), dev)), need_reply=True)
    assert p.ack() == 0
    for request, fd in ((F.set_vring_kick, kick), (F.set_vring_call, call), (F.set_vring_err, err)):
        p.msg(request, pack_vring_file(0), [fd])
    p.msg(F.set_vring_enable, pack_vring_state(0, 1), need_reply=True)
    assert p.ack() == 0
    return ring, kick, call, err


@pytest.mark.parametrize("case", ["good", "base outside the ring", "every slot chained", "indirect nested",
                                  "buffer outside memory", "base outside the ring, late"])
def test_hostile_packed_rings_over_the_socket(server, case):
    ram = GuestRam(1 << 20, gpa=0x100000)
    p = Peer(server.path)
    p.handshake(extra=L.bit(L.VirtioFeature.ring_packed) | L.bit(L.VirtioFeature.indirect_desc))
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    num = 6                                   # packed rings need not be powers of two
    base = L.pack_packed_base(7, 1, 0, 1) if case == "base outside the ring" else L.pack_packed_base(2, 0, 2, 0)
    ring, kick, call, err = _packed_ring(p, ram, num, base)
    view = ram.at(ring, 16 * num)
    for slot in range(num):                   # as after a first lap: every slot used with wrap 1
        L.PACKED_DESC.pack_into(view, 16 * slot, 0, 0, 0, L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED)
    header, data, status = ram.alloc(16), ram.alloc(512), ram.alloc(1)
    ram.at(header, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.read), 0, 1)
    ram.at(status, 1)[0] = 0xFF
    avail = L.PACKED_DESC_F_USED              # wrap counter 0: AVAIL 0, USED 1
    N, W, I = L.DESC_F_NEXT, L.DESC_F_WRITE, L.DESC_F_INDIRECT
    if case == "every slot chained":
        descs = [(header, 16, 9, N)] * num
    elif case == "indirect nested":
        table = ram.alloc(16)
        L.PACKED_DESC.pack_into(ram.at(table, 16), 0, table, 16, 0, I)
        descs = [(table, 16, 9, I)]
    elif case == "buffer outside memory":
        descs = [(header, 16, 9, N), (1 << 40, 512, 9, N | W), (status, 1, 9, W)]
    else:
        descs = [(header, 16, 9, N), (data, 512, 9, N | W), (status, 1, 9, W)]
    for i, (addr, n, buf_id, flags) in enumerate(descs):   # from slot 2, wrapping
        slot = (2 + i) % num
        wrap_avail = avail if 2 + i < num else L.PACKED_DESC_F_AVAIL
        L.PACKED_DESC.pack_into(view, 16 * slot, addr, n, buf_id, flags | wrap_avail)
    if case == "base outside the ring, late":    # after the ring started: refused, the queue breaks
        os.eventfd_write(kick, 1)
        wait_readable(call)
        p.msg(F.set_vring_base, pack_vring_state(0, L.pack_packed_base(0, 1, 9, 1)), need_reply=True)
        assert p.ack() == 1
        ram.at(status, 1)[0] = 0xFF
        descs = [(header, 16, 9, N), (data, 512, 9, N | W), (status, 1, 9, W)]
        for i, (addr, n, buf_id, flags) in enumerate(descs):   # slots 5, 0, 1 (wrap 0, then 1)
            slot = (5 + i) % num
            L.PACKED_DESC.pack_into(view, 16 * slot, addr, n, buf_id,
                                    flags | (avail if slot == 5 else L.PACKED_DESC_F_AVAIL))
        case = "good, second"
    before = bytes(ram.view)
    os.eventfd_write(kick, 1)
    if case == "good, second":
        wait_readable(call)
        _, written, buf_id, flags = L.PACKED_DESC.unpack_from(view, 16 * 5)
        assert (written, buf_id, flags & (L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED)) == (513, 9, 0)
        p.msg(F.get_vring_base, pack_vring_state(0, 0))
        request, payload = p.reply()
        assert L.unpack_packed_base(L.VRING_STATE.unpack(payload)[1]) == (2, 1, 2, 1)
    elif case in ("good", "base outside the ring"):
        wait_readable(call)
        _, written, buf_id, flags = L.PACKED_DESC.unpack_from(view, 32)
        assert (written, buf_id, flags & (L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED)) == (513, 9, 0)
        assert ram.at(status, 1)[0] == 0
        p.msg(F.get_vring_base, pack_vring_state(0, 0))
        request, payload = p.reply()
        assert L.unpack_packed_base(L.VRING_STATE.unpack(payload)[1]) == (5, 0, 5, 0)
    else:
        wait_readable(err)
        broken = [e for _, e in server.events if isinstance(e, QueueBroken)]
        assert len(broken) == 1 and broken[0].index == 0
        assert bytes(ram.view) == before      # no used descriptor, no buffer byte
        p.msg(F.get_vring_base, pack_vring_state(0, 0))
        assert p.reply()[0] == int(F.get_vring_base.value)
    p.msg(F.get_features)
    assert p.reply()[0] == 1                  # the connection still answers
    view.release()
    p.close()
    for fd in (kick, call, err):
        os.close(fd)
    ram.close()
    wait_sessions(server)
    no_session_errors(server)


def test_split_rings_still_need_a_power_of_two(server):
    p = Peer(server.path)
    p.handshake()
    p.msg(F.set_vring_num, pack_vring_state(0, 6), need_reply=True)
    assert p.ack() == 1
    p.msg(F.set_vring_num, pack_vring_state(0, 8), need_reply=True)
    assert p.ack() == 0
    p.close()
    wait_sessions(server)


def test_dirty_log_marks_the_packed_ring_and_the_buffers(tmp_path):
    image = tmp_path / "disk.raw"
    image.write_bytes(random.Random(3).randbytes(1 << 20))
    sock = tmp_path / "vu.sock"
    with BlkExport(image) as export, ThreadedBackendServer(sock, export.device):
        async def main():
            async with await BlkClient.connect(sock, packed=True, event_idx=True) as disk:
                log = await disk.start_dirty_log()
                q = disk.queues[0]

                def marked(gpa):
                    page = gpa // 4096
                    return bool(log[page // 8] >> (page % 8) & 1)
                log[:] = bytes(len(log))
                assert await disk.read(0, 8192) == image.read_bytes()[:8192]
                assert marked(q.desc_gpa)                   # the used descriptor went into the ring
                assert marked(q.used_gpa)                   # the device event structure (desc mode)
                written = [p for p in range(disk.ram.size // 4096) if marked(disk.ram.gpa + p * 4096)]
                assert 3 <= len(written) <= 5               # the 8 KiB buffer (+ status), ring, event page
                log.release()
        asyncio.run(main())


def test_switching_ring_type_under_a_started_ring_is_checked(server):
    """A front-end that acknowledges RING_PACKED after a split ring started: the ring is rebuilt as
    a packed one from its base, which is checked (here it names a slot outside the ring: broken)."""
    from test_vhost_user_hostile import offer, setup_ring
    ram = GuestRam(1 << 20, gpa=0x100000)
    p = Peer(server.path)
    p.handshake()
    p.msg(F.add_mem_reg, pack_single_region(ram.region()), [ram.fd], need_reply=True)
    assert p.ack() == 0
    desc, avail, used, kick, call, err = setup_ring(p, ram)
    header, data, status = ram.alloc(16), ram.alloc(512), ram.alloc(1)
    ram.at(header, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.read), 0, 0)
    for _ in range(9):       # the split ring's next available index becomes 9, past the 8 slots
        offer(ram, desc, avail, [(header, 16, L.DESC_F_NEXT, 1), (data, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2),
                                 (status, 1, L.DESC_F_WRITE, 0)])
        os.eventfd_write(kick, 1)
        wait_readable(call)
    p.msg(F.get_features)
    features = L.U64.unpack(p.reply()[1])[0]
    p.msg(F.set_features, L.U64.pack(features & ~L.bit(L.VirtioFeature.event_idx)), need_reply=True)
    assert p.ack() == 0
    wait_readable(err)
    broken = [e for _, e in server.events if isinstance(e, QueueBroken)]
    assert len(broken) == 1 and "outside" in broken[0].reason
    p.msg(F.get_vring_base, pack_vring_state(0, 0))
    assert p.reply()[0] == int(F.get_vring_base.value)
    p.close()
    for fd in (kick, call, err):
        os.close(fd)
    ram.close()
    wait_sessions(server)
    no_session_errors(server)
