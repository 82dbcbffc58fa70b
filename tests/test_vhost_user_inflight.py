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
from qemuspec.ipc.vhost_user.inflight import InflightError, SplitInflight, queue_region_size
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


def test_packed_rings_are_never_offered_with_inflight_tracking():
    class PackedTracked(TrackedEcho):
        features = EchoDevice.features | L.bit(VF.ring_packed)

    pair = Pair(PackedTracked())
    _, pf = pair.handshake()
    assert not L.has(pf, PF.inflight_shmfd)
    pair.close()


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
