"""In-flight I/O tracking (INFLIGHT_SHMFD): the sans-IO core over hand-made and real buffers,
and the GET_INFLIGHT_FD / SET_INFLIGHT_FD exchange with qemu-system-x86_64.

The crash-and-reconnect test against QEMU is tests/test_vhost_user_reconnect.py.
"""

from __future__ import annotations

import os
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.formats.vhost_user_inflight import VhostUserInflight
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import InflightRecovered, QueueBroken, Stopped
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.ipc.vhost_user.frontend import RequestFailed
from qemuspec.ipc.vhost_user.inflight import InflightError, PackedInflight, SplitInflight, queue_region_size
from qemuspec.ipc.vhost_user.packed import PackedDriverQueue
from qemuspec.ipc.vhost_user.payloads import InflightDescription, inflight_description, pack_inflight_description
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess
from qemuspec.specs import parse

from test_vhost_user_core import EchoDevice, Pair
from test_vhost_user_modern import handled, qemu_args, wait_until

F, PF, VF = L.FrontEndRequest, L.ProtocolFeature, L.VirtioFeature


class TrackedEcho(EchoDevice):
    num_queues = 1
    protocol_features = L.bit(PF.config) | L.bit(PF.inflight_shmfd)


def set_inflight(pair: Pair, desc: InflightDescription, fd: int) -> None:
    pair.call(pair.fe.request(F.set_inflight_fd, pack_inflight_description(desc), [fd], need_reply=True))


def start_queue(pair: Pair, q, base: int = 0) -> None:
    """The queue set-up QEMU sends on a (re)start, ending with SET_VRING_ENABLE."""
    for call in (pair.fe.set_vring_num(0, q.num), pair.fe.set_vring_base(0, base),
                 pair.fe.set_vring_addr(q.address()), pair.fe.set_vring_kick(0, q.kick_fd),
                 pair.fe.set_vring_call(0, q.call_fd), pair.fe.set_vring_enable(0, True)):
        pair.call(call)


def crashed_pair(phase: str, n: int, requests: int):
    """A back-end that froze at ``phase`` of chain ``n`` with ``requests`` submitted."""
    pair = Pair(TrackedEcho(), stop_at=(phase, n))
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 16))
    set_inflight(pair, desc, fds[0])
    q = pair.queues[0] = DriverQueue(pair.ram, 0, 16)
    start_queue(pair, q)
    for i in range(requests):
        pair.submit(q, bytes([i + 1]) * 4, 4, token=i + 1)   # (a token must be true)
    events = pair.kick()
    assert [e for e in events if isinstance(e, Stopped)] == [Stopped(phase, n)]
    return pair, q, desc, fds[0]


def restarted(pair: Pair, q, desc, fd: int) -> Pair:
    """A fresh back-end on the same guest memory, given the old buffer back as QEMU does."""
    pair.be.close()                   # the process died: its descriptors and mappings go
    fresh = Pair(TrackedEcho())
    fresh.ram.close()
    fresh.ram = pair.ram
    fresh.handshake()
    set_inflight(fresh, desc, fd)
    start_queue(fresh, q)
    return fresh


def region(fd: int, size: int):
    return parse(VhostUserInflight, os.pread(fd, size, 0))


def test_get_inflight_fd_gives_a_sealed_buffer_of_the_spec_layout():
    pair = Pair(TrackedEcho())
    _, pf = pair.handshake()
    assert L.has(pf, PF.inflight_shmfd)
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 128))
    assert (desc.mmap_size, desc.mmap_offset, desc.num_queues, desc.queue_size) == (
        queue_region_size(128), 0, 1, 128)
    assert queue_region_size(128) == 2112 and os.fstat(fds[0]).st_size == 2112   # 16 * 128 + 2, up to 64
    with pytest.raises(OSError):
        os.ftruncate(fds[0], 64)          # sealed against shrinking
    with pytest.raises(RequestFailed):    # a buffer that is too small for its queues
        set_inflight(pair, InflightDescription(64, 0, 1, 128), os.dup(fds[0]))
    with pytest.raises(RequestFailed):    # an unsealed file could shrink under the mapping
        plain = os.memfd_create("plain")
        os.ftruncate(plain, 2112)
        set_inflight(pair, desc, plain)
    bad, none = pair.call(pair.fe.get_inflight_fd(5, 128))   # more queues than the device has
    assert bad.mmap_size == 0 and none == []
    assert not pair.be.closed
    os.close(fds[0])
    pair.close()


# --- packed rings -----------------------------------------------------------------------------

class PackedTracked(TrackedEcho):
    features = EchoDevice.features | L.bit(VF.ring_packed)


FRESH_PACKED = 0x80008000          # SET_VRING_BASE of a packed ring at slot 0, both wrap counters 1


def packed_region(fd: int, size: int, index: int = 0):
    return parse(VhostUserInflight.QueueRegionPacked, os.pread(fd, size, 0)[index * size:])


def test_packed_rings_are_offered_with_inflight_tracking_and_get_their_own_layout():
    pair = Pair(PackedTracked())
    offered, pf = pair.handshake()        # (acks every feature offered: RING_PACKED too)
    assert L.has(offered, VF.ring_packed) and L.has(pf, PF.inflight_shmfd)
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 128))
    assert queue_region_size(128, packed=True) == 4160     # 32-byte header + 32 * 128, up to 64
    assert (desc.mmap_size, desc.num_queues, desc.queue_size) == (4160, 1, 128)
    assert os.fstat(fds[0]).st_size == 4160
    state = packed_region(fds[0], desc.mmap_size)
    assert (state.version, state.num_descs, len(state.descs), len(state.padding_end)) == (0, 128, 128, 32)
    with pytest.raises(RequestFailed):    # a buffer of the split layout's size
        set_inflight(pair, InflightDescription(queue_region_size(128), 0, 1, 128), os.dup(fds[0]))
    os.close(fds[0])
    pair.close()


def packed_crash(phase: str, n: int, requests: int, num: int = 16, first: int = 0):
    """A back-end on a packed ring that froze at ``phase`` of chain ``n`` with ``requests`` submitted
    in one kick, after ``first`` more that completed."""
    pair = Pair(PackedTracked(), stop_at=(phase, n))
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 16))
    set_inflight(pair, desc, fds[0])
    q = pair.queues[0] = PackedDriverQueue(pair.ram, 0, num)
    start_queue(pair, q, FRESH_PACKED)
    for i in range(first):
        pair.submit(q, bytes([0x80 + i]) * 4, 4, token=0x80 + i)
        pair.kick()
        assert q.harvest() == [(0x80 + i, 4)]
    for i in range(requests):
        pair.submit(q, bytes([i + 1]) * 4, 4, token=i + 1)   # two ring slots each
    events = pair.kick()
    count = requests if phase == "published" else n      # (a batch is published whole)
    assert [e for e in events if isinstance(e, Stopped)] == [Stopped(phase, count)]
    return pair, q, desc, fds[0]


def packed_restart(pair: Pair, q, desc, fd: int) -> Pair:
    """A fresh back-end, given the old buffer and, as QEMU 7.2 does after a crash, the packed
    base it sent last (its restore of the last available index does nothing for packed rings)."""
    pair.be.close()
    fresh = Pair(PackedTracked())
    fresh.ram.close()
    fresh.ram = pair.ram
    fresh.handshake()
    set_inflight(fresh, desc, fd)
    start_queue(fresh, q, FRESH_PACKED)
    return fresh


def free_list(state) -> list[int]:
    out, i = [], state.free_head
    while i != state.num_descs and len(out) <= state.num_descs:
        out.append(i)
        i = state.descs[i].next
    return out


@pytest.mark.parametrize("phase,resubmitted,cleared", [("taken", (0, 1, 2), 0), ("handled", (0, 1, 2), 0),
                                                      ("published", (), 5)])
def test_packed_requests_left_in_flight_run_again_exactly_once(phase, resubmitted, cleared):
    """(Resubmitted: the buffer ids of requests 1-3, which our driver numbers from 0.)"""
    pair, q, desc, fd = packed_crash(phase, 3, 5)
    got = dict(q.harvest())
    assert sorted(got) == ([1, 2, 3, 4, 5] if phase == "published" else [])
    state = packed_region(fd, desc.mmap_size)
    assert (state.version, state.num_descs) == (1, 16)
    heads = {i: d for i, d in enumerate(state.descs) if d.inflight}
    taken = 5 if phase == "published" else 3
    assert sorted(d.counter for d in heads.values()) == list(range(taken))
    assert all(d.num == 2 for d in heads.values())
    if phase == "published":       # the position moved, its old_ copy not: the batch is in doubt
        assert (state.used_idx, state.old_used_idx) == (10, 0)
    else:
        assert (state.used_idx, state.old_used_idx, state.used_wrap_counter) == (0, 0, 1)
    head = min(heads.values(), key=lambda d: d.counter)     # the copies of the first chain's descriptors
    first, second = head, state.descs[head.next]
    assert (first.len_buffer, first.flags & L.DESC_F_NEXT, second.len_buffer, second.flags & L.DESC_F_WRITE) == (
        4, L.DESC_F_NEXT, 4, L.DESC_F_WRITE)
    assert head.last == head.next
    fresh = packed_restart(pair, q, desc, fd)
    assert [e for e in fresh.events if isinstance(e, InflightRecovered)] == [
        InflightRecovered(0, resubmitted, cleared)]
    got.update(q.harvest())
    assert sorted(got) == [1, 2, 3, 4, 5] and all(n == 4 for n in got.values())
    ran = [data[0] for _, data, _ in fresh.device.seen]
    assert ran == ([] if phase == "published" else [1, 2, 3, 4, 5])   # the old ones first, in counter order
    fresh.submit(q, b"\x09" * 4, 4, token=9)
    fresh.kick()
    assert q.harvest() == [(9, 4)]
    after = packed_region(fd, desc.mmap_size)
    assert not any(d.inflight for d in after.descs)
    assert (after.used_idx, after.old_used_idx, after.used_wrap_counter) == (12, 12, 1)
    assert after.free_head == after.old_free_head and sorted(free_list(after)) == list(range(16))
    base = fresh.call(fresh.fe.get_vring_base(0))
    assert L.unpack_packed_base(base) == (12, 1, 12, 1)
    fresh.close()
    fresh.ram.close()


def test_packed_recovery_across_the_end_of_the_ring():
    """A 5-slot ring: the crash leaves requests in flight whose descriptors wrap; the ring
    positions come from the region, not from the stale base."""
    pair, q, desc, fd = packed_crash("handled", 4, 2, num=5, first=2)   # slots 4, 0 and 1, 2
    assert [t for t, _ in q.harvest()] == []
    fresh = packed_restart(pair, q, desc, fd)
    assert [e for e in fresh.events if isinstance(e, InflightRecovered)] == [InflightRecovered(0, (0, 1), 0)]
    assert [t for t, _ in q.harvest()] == [1, 2]
    assert [data[0] for _, data, _ in fresh.device.seen] == [1, 2]
    for i in range(3, 7):                                     # round the ring twice more
        fresh.submit(q, bytes([i]) * 4, 4, token=i)
        fresh.kick()
        assert q.harvest() == [(i, 4)]
    assert L.unpack_packed_base(fresh.call(fresh.fe.get_vring_base(0))) == (q.next_avail, q.avail_wrap,
                                                                             q.next_used, q.used_wrap)
    fresh.close()
    fresh.ram.close()


def test_a_buffer_of_the_split_size_is_refused_for_packed_rings():
    pair = Pair(PackedTracked())
    pair.handshake(features=pair.call(pair.fe.get_features()) & ~L.bit(VF.ring_packed))
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 8))   # made for split rings
    fresh = Pair(PackedTracked())
    fresh.handshake()                                       # packed
    with pytest.raises(RequestFailed):                      # the split size is refused for packed
        set_inflight(fresh, desc, fds[0])
    assert not fresh.be.closed
    pair.close()
    fresh.close()


def hand_packed(num: int, **header) -> tuple[bytearray, PackedInflight]:
    raw = bytearray(queue_region_size(num, packed=True))
    fields = dict(version=1, num_descs=num, free_head=0, old_free_head=0, used_idx=0, old_used_idx=0,
                  used_wrap_counter=1, old_used_wrap_counter=1) | header
    struct.pack_into("<QHHHHHHBB", raw, 0, 0, *fields.values())
    for i in range(num):
        struct.pack_into("<H", raw, 32 + 32 * i + 2, i + 1)
    return raw, PackedInflight(memoryview(raw), num)


class _Ring:
    """What recover() reads of a packed queue: its size, the slot flags, its positions."""

    def __init__(self, num: int, flags: int = 0) -> None:
        self.num, self.flags = num, flags
        self.used_idx, self.used_wrap, self.last_avail, self.avail_wrap = 0, 1, 0, 1

    def slot_flags(self, slot: int) -> int:
        return self.flags


def _entry(raw, i, *, inflight=0, nxt=None, last=0, num=0, counter=0, flags=0, length=0):
    struct.pack_into("<BxHHHQHHIQ", raw, 32 + 32 * i, inflight, i + 1 if nxt is None else nxt, last, num,
                     counter, i, flags, length, 0x1000 * i)


@pytest.mark.parametrize("setup,message", [
    (dict(version=2), "version 2"),
    (dict(num_descs=4), "4 entries for a queue of 8"),
    (dict(used_idx=8, old_used_idx=8), "used_idx 8"),
    (dict(used_wrap_counter=2, old_used_wrap_counter=2), "used_wrap_counter 2"),
    (dict(free_head=9, old_free_head=9), "free_head 9"),
])
def test_hostile_packed_headers_are_refused(setup, message):
    _, track = hand_packed(8, **setup)
    with pytest.raises(InflightError, match=message):
        track.recover(_Ring(8))


def test_hostile_packed_entries_are_refused():
    raw, track = hand_packed(8)
    _entry(raw, 3, nxt=3)                                # the free list loops
    with pytest.raises(InflightError, match="loops at entry 3"):
        hand_packed_copy(raw).recover(_Ring(8))
    raw, _ = hand_packed(8, free_head=2, old_free_head=2)
    _entry(raw, 0, inflight=1, num=2, nxt=5, last=1)     # links to entry 5, a free one
    with pytest.raises(InflightError, match="entry 0 links to entry 5, which is not its own"):
        hand_packed_copy(raw).recover(_Ring(8))
    _entry(raw, 0, inflight=1, num=2, nxt=1, last=3)     # ends at entry 1, not at its last
    with pytest.raises(InflightError, match="ends at entry 1, its last is 3"):
        hand_packed_copy(raw).recover(_Ring(8))
    _entry(raw, 0, inflight=1, num=2, nxt=9, last=1)     # outside the table
    with pytest.raises(InflightError, match="links to entry 9, outside the table"):
        hand_packed_copy(raw).recover(_Ring(8))
    raw, _ = hand_packed(8, free_head=1, old_free_head=1)
    _entry(raw, 0, inflight=1, num=9, last=0)             # more descriptors than the ring has
    with pytest.raises(InflightError, match="9 descriptors"):
        hand_packed_copy(raw).recover(_Ring(8))
    raw, _ = hand_packed(8, free_head=2, old_free_head=2)
    _entry(raw, 0, inflight=1, num=1, counter=4)
    _entry(raw, 1, inflight=1, num=1, last=1, counter=4)
    with pytest.raises(InflightError, match="same counter"):
        hand_packed_copy(raw).recover(_Ring(8))


def hand_packed_copy(raw: bytearray) -> PackedInflight:
    return PackedInflight(memoryview(bytearray(raw)), len(raw) // 32 - 1)


def test_packed_rollback_and_commit_go_by_the_slot_at_old_used_idx():
    # entries 0-1: a chain in flight (counter 7) that a batch returned to the free list before the
    # crash; the region moved used_idx to 2, old_used_idx still 0
    for ring_flags, resubmit in ((L.PACKED_DESC_F_AVAIL, [0]),                              # still available
                                 (L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED, [])):        # used: commit
        raw, _ = hand_packed(8, free_head=0, old_free_head=2, used_idx=2)
        _entry(raw, 0, inflight=1, num=2, last=1, counter=7, flags=L.DESC_F_NEXT, length=16)
        _entry(raw, 1, nxt=2, length=1, flags=L.DESC_F_WRITE)
        track = hand_packed_copy(raw)
        ring = _Ring(8, ring_flags)
        left = track.recover(ring)
        assert [head for head, _ in left] == resubmit
        if resubmit:
            assert left[0][1] == [(0, 16, 0, L.DESC_F_NEXT), (0x1000, 1, 1, L.DESC_F_WRITE)]
            assert (ring.used_idx, ring.last_avail, ring.avail_wrap, track.cleared) == (0, 2, 1, 0)
        else:
            assert (ring.used_idx, ring.last_avail, track.cleared) == (2, 2, 1)


@pytest.mark.parametrize("phase", ["taken", "handled"])
def test_requests_left_in_flight_run_again_exactly_once(phase):
    pair, q, desc, fd = crashed_pair(phase, 3, 5)
    assert q.harvest() == []                             # nothing reached the used ring
    state = region(fd, desc.mmap_size).queues[0]
    assert (state.version, state.num_descs, state.used_idx) == (1, 16, 0)
    flagged = {i: d.counter for i, d in enumerate(state.descs) if d.inflight}
    assert sorted(flagged.values()) == [0, 1, 2]          # three heads taken, in order
    fresh = restarted(pair, q, desc, fd)
    assert [e for e in fresh.events if isinstance(e, InflightRecovered)] == [
        InflightRecovered(0, tuple(sorted(flagged, key=flagged.get)), 0)]
    done = dict(q.harvest())
    assert sorted(done) == [1, 2, 3, 4, 5]                # each request once
    ran = [data[0] for _, data, _ in fresh.device.seen]
    assert ran == [1, 2, 3, 4, 5]                         # the old ones first, in counter order
    after = region(fd, desc.mmap_size).queues[0]
    assert not any(d.inflight for d in after.descs) and after.used_idx == 5
    assert max(d.counter for d in after.descs) == 4       # the new heads counted on from the old
    fresh.close()
    q.close()
    fresh.ram.close()


def test_a_batch_published_but_not_cleared_is_not_run_again():
    pair, q, desc, fd = crashed_pair("published", 2, 2)
    assert sorted(t for t, _ in q.harvest()) == [1, 2]   # the driver has both
    state = region(fd, desc.mmap_size).queues[0]
    assert state.used_idx == 0 and sum(d.inflight for d in state.descs) == 2
    fresh = restarted(pair, q, desc, fd)
    assert fresh.device.seen == []                        # fixed up, not resubmitted
    assert [e for e in fresh.events if isinstance(e, InflightRecovered)] == [InflightRecovered(0, (), 2)]
    after = region(fd, desc.mmap_size).queues[0]
    assert after.used_idx == 2 and not any(d.inflight for d in after.descs)
    fresh.submit(q, b"\x09" * 4, 4, token=9)
    fresh.kick()
    assert [t for t, _ in q.harvest()] == [9]
    fresh.close()
    q.close()
    fresh.ram.close()


def test_a_region_counting_the_ring_size_parses_and_recovers():
    """Another back-end may write the ring's size (8) as a region's entry count in a buffer made
    for 16-entry queues: the top level reads the unwritten entries as slack, the next region
    where it starts, and a restarted back-end takes the region as it is."""
    pair = Pair(TrackedEcho(), stop_at=("handled", 2))
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 16))
    raw = bytearray(os.pread(fds[0], desc.mmap_size, 0))
    two = bytes(raw) * 2                          # two 16-entry regions of what our back-end made
    state = parse(VhostUserInflight, two)
    assert [(r.num_descs, len(getattr(r, "slack", []))) for r in state.queues] == [(16, 0), (16, 0)]
    set_inflight(pair, desc, fds[0])
    q = pair.queues[0] = DriverQueue(pair.ram, 0, 8)
    start_queue(pair, q)
    for i in range(3):
        pair.submit(q, bytes([i + 1]) * 4, 4, token=i + 1)
    pair.kick()
    os.pwrite(fds[0], struct.pack("<H", 8), 10)   # num_descs: the ring's size
    raw = os.pread(fds[0], desc.mmap_size, 0)
    state = parse(VhostUserInflight, raw + raw)
    assert [(r.num_descs, len(r.descs), len(getattr(r, "slack", []))) for r in state.queues] == [(8, 8, 2)] * 2
    assert [d.inflight for d in state.queues[1].descs] == [1, 0, 1, 0, 0, 0, 0, 0]   # heads 0 and 2
    fresh = restarted(pair, q, desc, fds[0])
    assert [e for e in fresh.events if isinstance(e, InflightRecovered)] == [InflightRecovered(0, (0, 2), 0)]
    assert sorted(t for t, _ in q.harvest()) == [1, 2, 3]
    fresh.close()
    q.close()
    fresh.ram.close()


# --- hand-made regions ------------------------------------------------------------------------

def hand_made(num: int, entries: dict[int, tuple[int, int]], *, version=1, desc_num=None, used_idx=0,
              batch_head=0, nexts: dict[int, int] | None = None) -> SplitInflight:
    """A region: entries[head] = (inflight flag, counter)."""
    raw = bytearray(queue_region_size(num))
    struct.pack_into("<QHHHH", raw, 0, 0, version, num if desc_num is None else desc_num, batch_head, used_idx)
    for head, (flag, counter) in entries.items():
        struct.pack_into("<B5xHQ", raw, 16 + 16 * head, flag, (nexts or {}).get(head, 0), counter)
    for head, nxt in (nexts or {}).items():
        struct.pack_into("<H", raw, 16 + 16 * head + 6, nxt)
    return SplitInflight(memoryview(raw), num)


def test_resubmission_goes_by_counter_not_by_descriptor():
    track = hand_made(8, {5: (1, 10), 1: (1, 7), 3: (1, 12), 6: (0, 99)}, used_idx=20)
    heads, next_avail = track.recover(8, 20, 25)
    assert heads == [1, 5, 3] and next_avail == 23 and track.counter == 13
    track.take(2)
    assert track.inflight_heads() == [1, 2, 3, 5]


def test_a_head_outside_the_queue_in_a_larger_buffer_is_refused():
    raw = hand_made(16, {12: (1, 0)})
    with pytest.raises(InflightError, match="descriptor 12 in flight in a 8-entry queue"):
        raw.recover(8, 0, 1)


def test_a_half_cleared_batch_is_cleared_from_its_list():
    # heads 4 then 2 were published (used ring at 12) but the region still says 10
    track = hand_made(8, {4: (1, 3), 2: (1, 4), 7: (1, 5)}, used_idx=10, batch_head=2, nexts={2: 4})
    heads, next_avail = track.recover(8, 12, 13)
    assert heads == [7] and next_avail == 13 and track.used_idx == 12


@pytest.mark.parametrize("region,used,avail,message", [
    (dict(entries={}, version=2), 0, 0, "version 2"),
    (dict(entries={}, desc_num=16), 0, 0, "16 entries for a queue of 8"),
    (dict(entries={}, desc_num=4), 0, 0, "4 entries for a queue of 8"),
    (dict(entries={1: (2, 0)}), 0, 1, "flag 2"),
    (dict(entries={1: (1, 4), 2: (1, 4)}), 0, 2, "same counter"),
    (dict(entries={1: (1, (1 << 64) - 1)}), 0, 1, "maximum"),
    (dict(entries={1: (1, 0), 2: (1, 1)}), 0, 1, "only 1 available"),
    (dict(entries={}, used_idx=0, batch_head=9), 1, 1, "descriptor 9"),
    (dict(entries={}, used_idx=0, batch_head=1, nexts={1: 40}), 2, 2, "descriptor 40"),
    (dict(entries={}, used_idx=0), 9, 9, "9 entries ahead"),
])
def test_hostile_regions_are_refused(region, used, avail, message):
    with pytest.raises(InflightError, match=message):
        hand_made(8, **region).recover(8, used, avail)


def test_a_hostile_region_breaks_the_queue_not_the_back_end():
    pair = Pair(TrackedEcho())
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 8))
    struct.pack_into("<QHHHH", (view := memoryview(bytearray(16))), 0, 0, 1, 8, 0, 0)
    os.pwrite(fds[0], bytes(view), 0)
    os.pwrite(fds[0], struct.pack("<B5xHQ", 7, 0, 0), 16 + 16 * 3)   # descriptor 3: flag 7
    set_inflight(pair, desc, fds[0])
    q = pair.queues[0] = DriverQueue(pair.ram, 0, 8)
    start_queue(pair, q)
    broken = [e for e in pair.events if isinstance(e, QueueBroken)]
    assert len(broken) == 1 and "flag 7" in broken[0].reason
    assert not pair.be.closed and pair.be.vrings[0].broken
    assert pair.call(pair.fe.get_queue_num()) == 1         # the connection still answers
    pair.close()


# --- QEMU ------------------------------------------------------------------------------------

def test_qemu_asks_for_the_buffer_and_hands_it_back(tmp_path):
    """qemu-system-x86_64 (vhost-user-blk-pci) takes the buffer at the device start: GET_INFLIGHT_FD
    for its queues and queue size, then SET_INFLIGHT_FD with the same buffer."""
    from qemuspec.ipc.vhost_user.qtest_pci import ModernVirtioPci
    from test_vhost_user_modern import Driver

    image = tmp_path / "disk.raw"
    image.write_bytes(bytes(1 << 20))
    sock = tmp_path / "vu.sock"
    export = BlkExport(image, num_queues=2, inflight=True)
    args = qemu_args(tmp_path, sock, 2, False)
    args[-1] += ",queue-size=64"
    with export, ThreadedBackendServer(sock, export.device) as server, \
            QemuProcess(args, workdir=tmp_path) as qemu:
        qt = qemu.qtest
        wait_until(lambda: "GET_CONFIG" in [e.name for e in handled(server)], "the handshake")
        assert not [e for e in handled(server) if "INFLIGHT" in e.name]     # nothing before the start
        pci = ModernVirtioPci(qt, 0x1042)
        pci.set_status(0)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
        offered = pci.device_features()
        assert not L.has(offered, VF.ring_packed)
        pci.set_driver_features(offered & (L.bit(VF.version1) | L.bit(L.BlkFeature.mq)))
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK)
        driver = Driver(qt, pci, False, 2, 8)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK | L.STATUS_DRIVER_OK)
        wait_until(lambda: sum(e.name == "SET_VRING_KICK" for e in handled(server)) >= 2, "the device start")
        events = handled(server)
        names = [e.name for e in events]
        get = events[names.index("GET_INFLIGHT_FD")]
        put = events[names.index("SET_INFLIGHT_FD")]
        assert names.index("GET_INFLIGHT_FD") < names.index("SET_INFLIGHT_FD") < names.index("SET_VRING_NUM")
        asked = inflight_description(get.payload)
        assert (asked.mmap_size, asked.num_queues, asked.queue_size) == (0, 2, 64) and get.num_fds == 0
        given = inflight_description(put.payload)
        assert (given.mmap_size, given.mmap_offset, given.num_queues, given.queue_size) == (
            2 * queue_region_size(64), 0, 2, 64)
        assert put.num_fds == 1 and put.error is None
        results = driver.batch(1, [(L.BlkRequestType.write, 8, b"\x5a" * 512)])
        assert [s for s, _ in results] == [0]
        conn = server.call(lambda: next(iter(server.server.sessions)).conn)
        raw = server.call(lambda: bytes(conn.inflight.view))
        state = parse(VhostUserInflight, raw)
        assert [(s.version, s.num_descs) for s in state.queues] == [(1, 64), (1, 64)]
        assert state.queues[1].used_idx == 1 and not any(d.inflight for d in state.queues[1].descs)
        assert state.queues[1].descs[state.queues[1].last_batch_head].counter == 0
        assert qemu.proc.poll() is None


def test_a_replaced_buffer_keeps_its_fd_until_the_reply_that_carries_it_is_sent():
    pair = Pair(TrackedEcho())
    pair.handshake()
    first, second = pair.fe.get_inflight_fd(1, 8), pair.fe.get_inflight_fd(1, 16)
    data = b"".join(out.data for out in pair.fe.data_to_send())
    pair.be.receive_data(data)              # both requests in one read: the second replaces the first
    replies = pair.be.data_to_send()
    assert [len(r.fds) for r in replies] == [1, 1]
    sizes = [os.fstat(r.fds[0]).st_size for r in replies]   # both still open, each its own buffer
    assert sizes == [queue_region_size(8), queue_region_size(16)]
    assert pair.be.inflight.fd == replies[1].fds[0]
    pair.close()


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=queue_region_size(8), max_size=queue_region_size(8)), st.integers(0, 0xFFFF),
       st.integers(0, 16))
def test_any_region_is_either_recovered_consistently_or_refused(raw, used, ahead):
    raw = bytearray(raw)
    struct.pack_into("<H", raw, 8, 1 + (raw[8] & 1))   # versions 1 and 2, so most inputs get past it
    struct.pack_into("<H", raw, 10, 8)
    track = SplitInflight(memoryview(raw), 8)
    try:
        heads, next_avail = track.recover(8, used, (used + ahead) & 0xFFFF)
    except InflightError:
        return
    assert len(set(heads)) == len(heads) and all(0 <= h < 8 for h in heads)
    assert next_avail == (used + len(heads)) & 0xFFFF and len(heads) <= ahead
    assert track.used_idx == used and sorted(track.inflight_heads()) == sorted(heads)


@given(st.binary(min_size=queue_region_size(8, packed=True), max_size=queue_region_size(8, packed=True)),
       st.integers(0, 0xFFFF))
@settings(max_examples=300)
def test_any_packed_region_is_either_recovered_consistently_or_refused(raw, slot_flags):
    raw = bytearray(raw)
    struct.pack_into("<HH", raw, 8, 1, 8)                   # version 1, 8 entries: most inputs get further
    for field in (12, 14):                                  # free heads inside the table or at its end
        raw[field + 1] = 0
        raw[field] %= 9
    for field in (16, 18):                                  # used slots inside the 8-slot ring
        raw[field + 1] = 0
        raw[field] %= 8
    raw[20] &= 1
    raw[21] &= 1
    for i in range(8):                                      # small counts, links and flags
        entry = 32 + 32 * i
        raw[entry] &= 1
        for field in (2, 4, 6):
            raw[entry + field + 1] = 0
            raw[entry + field] %= 10
    track = PackedInflight(memoryview(raw), 8)
    ring = _Ring(8, slot_flags)
    try:
        left = track.recover(ring)
    except InflightError:
        return
    held = sum(len(descs) for _, descs in left)
    assert held <= 8 and len({head for head, _ in left}) == len(left)
    assert 0 <= ring.used_idx < 8 and 0 <= ring.last_avail < 8 and ring.used_wrap in (0, 1)
    assert (ring.last_avail + 8 * (1 - ring.avail_wrap) - ring.used_idx - 8 * (1 - ring.used_wrap)) % 16 == held
    assert sorted(track.inflight_entries()) == sorted(head for head, _ in left)
    counters = [struct.unpack_from("<Q", raw, 32 + 32 * head + 8)[0] for head, _ in left]
    assert counters == sorted(counters) and track.counter == (counters[-1] + 1 if counters else 0)


def test_a_kick_fd_before_the_ring_addresses_does_not_break_a_tracked_queue():
    pair = Pair(TrackedEcho())
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 8))
    set_inflight(pair, desc, fds[0])
    q = pair.queues[0] = DriverQueue(pair.ram, 0, 8)
    for call in (pair.fe.set_vring_kick(0, q.kick_fd), pair.fe.set_vring_num(0, 8),
                 pair.fe.set_vring_addr(q.address()), pair.fe.set_vring_enable(0, True)):
        pair.call(call)
    assert not pair.be.vrings[0].broken and not pair.be.vrings[0].started
    pair.submit(q, b"\x01" * 4, 4, token=1)
    pair.kick()
    assert [t for t, _ in q.harvest()] == [1]
    pair.close()


@pytest.mark.parametrize("packed", [False, True])
def test_inflight_samples_parse_and_are_what_the_sample_maker_makes_now(packed):
    """samples/vhost_user_inflight*.bin: the bytes tools/make_vhost_user_inflight_samples.py makes
    today from our front-end and blk back-end, read by the spec its samples/ entry names."""
    import make_vhost_user_inflight_samples as maker
    from conftest import SAMPLES
    from parse_samples import load_index

    name = maker.PACKED_NAME if packed else maker.NAME
    raw = (SAMPLES / name).read_bytes()
    assert maker.make(packed) == raw
    [entry] = [e for e in load_index() if e["file"] == name]
    assert entry["spec"] == ("vhost_user_inflight_packed" if packed else "vhost_user_inflight")
    queues = parse(entry["spec"], raw).queues
    assert [(q.version, q.num_descs) for q in queues] == [(1, 16), (0, 16)]
    assert len(raw) == 2 * queue_region_size(16, packed)
    heads = [(i, d.counter) for i, d in enumerate(queues[0].descs) if d.inflight]
    assert heads == [(0, 0), (3, 1), (6, 2)]        # three requests of 3 descriptors each, not yet used
    if packed:
        q = queues[0]
        assert (q.free_head, q.old_free_head, q.used_idx, q.old_used_idx, q.used_wrap_counter) == (9, 9, 0, 0, 1)
        assert [(q.descs[h].num, q.descs[h].last, q.descs[h].id) for h, _ in heads] == [(3, 2, 0), (3, 5, 1), (3, 8, 2)]
        assert [q.descs[h + 1].len_buffer for h, _ in heads] == [4096] * 3
        assert all(q.descs[h + 2].flags & L.DESC_F_WRITE for h, _ in heads)
    else:
        assert (queues[0].last_batch_head, queues[0].used_idx, queues[0].descs[3].next) == (3, 0, 0)   # 3 -> 0
    assert not any(d.inflight for d in queues[1].descs)
