"""The sans-IO vhost-user cores, front-end and back-end talking without sockets.

Descriptors are handed over as duplicates, as SCM_RIGHTS would; memory is a
real memfd shared by the front-end's driver queues and the back-end's
mappings.
"""

from __future__ import annotations

import asyncio
import os
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.errors import ProtocolError
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import (BackendChannelChanged, BackendConnection, ConnectionClosed,
                                             KickFdChanged, QueueBroken, Signal)
from qemuspec.ipc.vhost_user.device import VhostUserDevice
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.ipc.vhost_user.events import Reply
from qemuspec.memory import GuestRam
from qemuspec.ipc.vhost_user.frontend import (BackendChannelResponder, FrontendConnection, RequestFailed)
from qemuspec.ipc.vhost_user.payloads import RegionDescription, pack_u64
from qemuspec.ipc.vhost_user.requester import Requester
from qemuspec.ipc.vhost_user.virtq import Chain, SplitQueue, VirtqError, need_event
from qemuspec.ipc.vhost_user.wire import FrameDecoder, FramingError, encode

F, PF, VF = L.FrontEndRequest, L.ProtocolFeature, L.VirtioFeature
bit = L.bit


class EchoDevice(VhostUserDevice):
    """Writes the readable bytes, reversed, into the writable buffers; records what it saw."""

    num_queues = 2
    protocol_features = bit(PF.config) | bit(PF.rarp) | bit(PF.mtu)

    def __init__(self) -> None:
        self.seen: list[tuple[int, bytes, int]] = []
        self.rarps: list[bytes] = []
        self.mtu = None
        self.resets = 0
        self.space = bytearray(b"echo-config-space!")

    def config(self) -> bytes:
        return bytes(self.space)

    def set_config(self, offset, data, migration):
        if offset + len(data) > len(self.space):
            return False
        self.space[offset:offset + len(data)] = data
        return True

    def handle(self, queue: int, chain: Chain) -> int:
        data = chain.read()
        self.seen.append((queue, data, chain.writable_len))
        out = data[::-1][:chain.writable_len]
        chain.write(0, out)
        return len(out)

    def send_rarp(self, mac):
        self.rarps.append(mac)
        return True

    def set_mtu(self, mtu):
        self.mtu = mtu
        return mtu >= 68

    def reset(self):
        self.resets += 1


def carry(fe, be, ticket, answers, events=None):
    """Hand fe's queued requests to be and be's replies to fe (into ``answers``, by ticket number);
    return ticket's value or raise its failure."""
    for out in fe.data_to_send():
        be.receive_data(out.data, [os.dup(fd) for fd in out.fds])
        seen = be.events()
        if events is not None:
            events += seen
        for reply in be.data_to_send():
            fe.receive_data(reply.data, [os.dup(fd) for fd in reply.fds])
        for event in fe.events():
            assert isinstance(event, Reply), event
            answers[event.ticket] = event
    if not ticket.expects_reply:
        assert ticket.number not in answers
        return None
    return answers.pop(ticket.number).result()


class Pair:
    """A FrontendConnection wired to a BackendConnection, with shared guest memory."""

    def __init__(self, device: VhostUserDevice | None = None, **options) -> None:
        self.device = device or EchoDevice()
        self.be = BackendConnection(self.device, **options)
        self.fe = FrontendConnection()
        self.answers: dict = {}
        self.ram = GuestRam(1 << 20, gpa=0x100000)
        self.events: list = []
        self.queues: dict[int, DriverQueue] = {}

    def call(self, ticket):
        """Carry the queued requests to the back-end and its replies back; the ticket's outcome."""
        return carry(self.fe, self.be, ticket, self.answers, self.events)

    def handshake(self, *, protocol: int | None = None, features: int | None = None, table: bool = False):
        offered = self.call(self.fe.get_features())
        pf = self.call(self.fe.get_protocol_features())
        self.call(self.fe.set_protocol_features(pf if protocol is None else protocol))
        self.call(self.fe.set_owner())
        self.call(self.fe.set_features(offered if features is None else features))
        if table or not L.has(self.fe.protocol_features, PF.configure_mem_slots):
            self.call(self.fe.set_mem_table([self.ram.region()], [self.ram.fd]))
        else:
            self.call(self.fe.add_mem_reg(self.ram.region(), self.ram.fd))
        return offered, pf

    def queue(self, index: int = 0, num: int = 8, *, event_idx=False, indirect=False, enable=True) -> DriverQueue:
        q = DriverQueue(self.ram, index, num, event_idx=event_idx, indirect=indirect)
        self.queues[index] = q
        for call in (self.fe.set_vring_num(index, num), self.fe.set_vring_base(index, 0),
                     self.fe.set_vring_addr(q.address()), self.fe.set_vring_kick(index, q.kick_fd),
                     self.fe.set_vring_call(index, q.call_fd), self.fe.set_vring_err(index, q.err_fd)):
            self.call(call)
        if enable:
            self.call(self.fe.set_vring_enable(index, True))
        return q

    def submit(self, q: DriverQueue, data: bytes, in_len: int, token=None) -> tuple[int, int]:
        out = self.ram.alloc(max(len(data), 1))
        self.ram.at(out, len(data))[:] = data
        inp = self.ram.alloc(max(in_len, 1))
        q.add([(out, len(data))] if data else [], [(inp, in_len)] if in_len else [], token or (out, inp, in_len))
        q.publish()
        return out, inp

    def kick(self, index: int = 0) -> list:
        self.be.kick(index)
        events = self.be.events()
        self.events += events
        return events

    def close(self):
        self.be.close()
        for q in self.queues.values():
            q.close()
        self.ram.close()


@pytest.fixture
def pair():
    p = Pair()
    yield p
    p.close()


def signals(events, reason="call"):
    return [e for e in events if isinstance(e, Signal) and e.reason == reason]


def test_negotiation_offers_core_and_device_features(pair):
    offered, pf = pair.handshake()
    assert offered & bit(VF.protocol_features) and offered & bit(VF.log_all)
    assert offered & bit(VF.version1) and offered & bit(VF.event_idx) and offered & bit(VF.indirect_desc)
    for feature in (PF.mq, PF.reply_ack, PF.config, PF.configure_mem_slots, PF.log_shmfd, PF.status,
                    PF.reset_device, PF.backend_req, PF.rarp, PF.mtu):
        assert L.has(pf, feature), feature
    assert pair.call(pair.fe.get_queue_num()) == 2
    assert pair.call(pair.fe.get_max_mem_slots()) == 32
    assert pair.be.owner and pair.be.neg.features == offered
    assert len(pair.be.memory) == 1


def test_unoffered_bits_are_refused_by_ack_or_by_closing(pair):
    pair.call(pair.fe.set_protocol_features(bit(PF.reply_ack)))
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.set_features(1 << 63))
    assert not pair.be.closed
    quiet = Pair()
    quiet.call(quiet.fe.set_features(1 << 63))
    assert quiet.be.closed and isinstance(quiet.events[-1], ConnectionClosed)
    quiet.close()


def test_inband_notifications_without_reply_ack_closes(pair):
    pair.call(pair.fe.set_protocol_features(bit(PF.inband_notifications)))
    assert pair.be.closed


def test_reply_ack_answers_every_request_that_asks(pair):
    pair.handshake()
    assert pair.call(pair.fe.set_vring_num(0, 64, need_reply=True)) is None
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.set_vring_num(0, 100, need_reply=True))   # not a power of two
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.set_vring_num(5, 64, need_reply=True))    # no such queue
    unknown = pair.fe.request(99, b"", need_reply=True)
    with pytest.raises(RequestFailed):
        pair.call(unknown)
    assert not pair.be.closed


def test_ring_starts_on_kick_processes_and_notifies(pair):
    pair.handshake()
    q = pair.queue()
    assert not pair.be.vrings[0].started
    assert any(isinstance(e, KickFdChanged) and e.fd is not None for e in pair.events)
    out, inp = pair.submit(q, b"hello world", 11)
    events = pair.kick()
    assert pair.be.vrings[0].started
    assert pair.device.seen == [(0, b"hello world", 11)]
    assert [(t[1], n) for t, n in q.harvest()] == [(inp, 11)]
    assert bytes(pair.ram.at(inp, 11)) == b"dlrow olleh"
    assert len(signals(events)) == 1 and signals(events)[0].fd == pair.be.vrings[0].call_fd


def test_rings_wait_for_enable_when_protocol_features_are_acked(pair):
    pair.handshake()
    q = pair.queue(enable=False)
    pair.submit(q, b"abc", 3)
    pair.kick()
    assert pair.be.vrings[0].started and not pair.be.vrings[0].enabled
    assert pair.device.seen == []            # started and disabled: left alone
    pair.call(pair.fe.set_vring_enable(0, True))
    assert pair.device.seen == [(0, b"abc", 3)]


def test_set_features_without_protocol_bit_enables_every_ring(pair):
    offered = pair.call(pair.fe.get_features())
    pair.call(pair.fe.set_features(offered & ~bit(VF.protocol_features)))
    assert all(r.enabled for r in pair.be.vrings)


def test_get_vring_base_stops_the_ring_and_returns_the_next_index(pair):
    pair.handshake()
    q = pair.queue()
    for i in range(3):
        pair.submit(q, bytes([i]), 1)
    pair.kick()
    assert len(pair.device.seen) == 3
    base = pair.call(pair.fe.get_vring_base(0))
    assert base == 3
    ring = pair.be.vrings[0]
    assert not ring.started and ring.queue is None and ring.kick_fd is None and ring.call_fd is None
    assert any(isinstance(e, KickFdChanged) and e.fd is None for e in pair.events)
    pair.submit(q, b"late", 4)
    assert len(pair.device.seen) == 3       # stopped: nothing runs until it is started again
    pair.call(pair.fe.set_vring_base(0, base))
    pair.call(pair.fe.set_vring_kick(0, q.kick_fd))
    pair.call(pair.fe.set_vring_call(0, q.call_fd))
    pair.kick()
    assert pair.device.seen[-1] == (0, b"late", 4)


def test_polling_mode_starts_at_once(pair):
    pair.handshake()
    q = pair.queue()
    pair.submit(q, b"p", 1)
    pair.call(pair.fe.set_vring_kick(0, None))
    assert any(isinstance(e, KickFdChanged) and e.polling for e in pair.events)
    assert pair.be.vrings[0].started and pair.device.seen == [(0, b"p", 1)]


@pytest.mark.parametrize("event_idx", [False, True])
def test_indirect_chains_and_notification_suppression(pair, event_idx):
    pair.handshake()
    q = pair.queue(num=16, event_idx=event_idx, indirect=True)
    out = pair.ram.alloc(64)
    inp = pair.ram.alloc(64)
    pair.ram.at(out, 6)[:] = b"abcdef"
    q.add([(out, 2), (out + 2, 4)], [(inp, 3), (inp + 3, 3)], "t1")
    q.publish()
    q.arm()
    events = pair.kick()
    assert pair.device.seen[-1] == (0, b"abcdef", 6)
    assert len(signals(events)) == 1
    assert q.harvest() == [("t1", 6)] and bytes(pair.ram.at(inp, 6)) == b"fedcba"
    # the driver does not re-arm: with EVENT_IDX the device stays quiet
    if event_idx:
        q.add([(out, 1)], [(inp, 1)], "t2")
        q.publish()
        pair.ram.at(q.avail_gpa + 4 + 2 * 16, 2)[:] = struct.pack("<H", 100)   # used_event far ahead
        assert signals(pair.kick()) == []
        q.harvest()
    else:
        q.quiet()
        q.add([(out, 1)], [(inp, 1)], "t2")
        q.publish()
        assert signals(pair.kick()) == []


def test_event_idx_avail_event_and_kick_decision(pair):
    pair.handshake()
    q = pair.queue(num=8, event_idx=True)
    pair.submit(q, b"x", 1)
    assert q.kick_needed()
    pair.kick()
    avail_event = struct.unpack_from("<H", pair.ram.at(q.used_gpa + 4 + 8 * 8, 2))[0]
    assert avail_event == 1   # the device asks for a kick at the next entry
    pair.submit(q, b"y", 1)
    assert q.kick_needed()


def test_need_event_wraps():
    assert need_event(0, 1, 0) and not need_event(5, 3, 0)
    assert need_event(0xFFFF, 0, 0xFFFE) and need_event(10, 11, 11 - 2)


def test_dirty_log_marks_written_pages_and_used_ring(pair):
    pair.handshake()
    q = pair.queue()
    log = GuestRam(4096, name="log")
    pair.call(pair.fe.set_log_base(4096, log.fd))
    feats = pair.be.neg.features | bit(VF.log_all)
    pair.call(pair.fe.set_features(feats))
    pair.call(pair.fe.set_vring_addr(q.address(log=True)))
    inp = pair.ram.alloc(8192, 4096)
    q.add([(pair.ram.alloc(4), 4)], [(inp, 8192)], "t")
    q.publish()
    pair.kick()

    def marked(gpa):
        page = gpa // 4096
        return bool(log.view[page // 8] >> (page % 8) & 1)

    assert marked(inp) and not marked(inp + 4096)   # 4 bytes written: only the first page
    assert marked(q.used_gpa)
    assert not marked(0x100000 + (1 << 20) - 4096)
    log.close()


def test_config_space_reads_and_writes(pair):
    pair.handshake()
    assert pair.call(pair.fe.get_config(0, 4)) == b"echo"
    assert pair.call(pair.fe.get_config(0, 20)) == b"echo-config-space!\0\0"
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.get_config(250, 10))   # past 256 bytes: an empty reply
    pair.call(pair.fe.set_config(0, b"ECHO"))
    assert pair.device.space.startswith(b"ECHO")
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.set_config(30, b"too far"))


def test_status_reset_rarp_and_mtu(pair):
    pair.handshake()
    pair.call(pair.fe.set_status(0x0F))
    assert pair.call(pair.fe.get_status()) == 0x0F
    pair.call(pair.fe.send_rarp(b"\x52\x54\x00\x12\x34\x56"))
    assert pair.device.rarps == [b"\x52\x54\x00\x12\x34\x56"]
    pair.call(pair.fe.request(F.net_set_mtu, pack_u64(1500), need_reply=True))
    assert pair.device.mtu == 1500
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.request(F.net_set_mtu, pack_u64(10), need_reply=True))
    pair.queue()
    pair.kick()
    pair.call(pair.fe.reset_device())
    assert pair.device.resets == 1 and pair.be.status == 0 and pair.be.neg.features == 0
    assert all(not r.started and r.kick_fd is None and r.num == 0 for r in pair.be.vrings)


def test_unsupported_extensions_answer_with_their_failure_form(pair):
    pair.handshake()
    desc, fds = pair.call(pair.fe.get_inflight_fd(1, 128))
    assert desc.mmap_size == 0 and fds == []
    raw = lambda m: m  # noqa: E731
    msg = pair.call(pair.fe.request(F.postcopy_advise, decode=raw))
    assert msg.payload == b"" and msg.fds == []
    assert L.U64.unpack(pair.call(pair.fe.request(F.iotlb_msg, bytes(32), decode=raw)).payload)[0] != 0
    session = struct.pack("<Q", 2) + bytes(1056) + struct.pack("<q", 5)
    reply = pair.call(pair.fe.request(F.create_crypto_session, session, decode=raw))
    assert struct.unpack_from("<q", reply.payload, 1064)[0] == -1
    assert not pair.be.closed


def test_memory_slots_add_and_remove(pair):
    pair.handshake()
    extra = GuestRam(1 << 16, gpa=0x400000)
    pair.call(pair.fe.add_mem_reg(extra.region(), extra.fd))
    assert len(pair.be.memory) == 2
    overlap = RegionDescription(0x100000, 4096, extra.uva + (1 << 20), 0)
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.add_mem_reg(overlap, extra.fd))
    pair.call(pair.fe.rem_mem_reg(extra.region()))
    assert len(pair.be.memory) == 1
    with pytest.raises(RequestFailed):
        pair.call(pair.fe.rem_mem_reg(extra.region()))
    extra.close()


def test_memory_table_replacement_keeps_a_started_ring_working(pair):
    pair.handshake(table=True)
    q = pair.queue()
    pair.submit(q, b"one", 3)
    pair.kick()
    pair.call(pair.fe.set_mem_table([pair.ram.region()], [pair.ram.fd]))
    assert pair.be.vrings[0].started and pair.be.vrings[0].queue is not None
    pair.submit(q, b"two", 3)
    pair.kick()
    assert [d for _, d, _ in pair.device.seen] == [b"one", b"two"]


def test_ring_outside_memory_breaks_the_ring_and_signals_err(pair):
    pair.handshake()
    q = pair.queue()
    bad = q.address()
    with pytest.raises(RequestFailed):   # checked at once when it can be
        pair.call(pair.fe.set_vring_addr(type(bad)(0, 0, 0x10, bad.used, bad.avail, 0), need_reply=True))
    pair.be.vrings[0].addr = type(bad)(0, 0, 0x10, bad.used, bad.avail, 0)   # as if set before the memory
    events = pair.kick()
    assert any(isinstance(e, QueueBroken) for e in events)
    assert signals(events, "err")


def test_backend_channel_config_change_and_inband_calls(pair):
    protocol = (bit(PF.backend_req) | bit(PF.reply_ack) | bit(PF.config) | bit(PF.inband_notifications)
                | bit(PF.configure_mem_slots))
    pair.handshake(protocol=protocol)
    import socket
    ours, theirs = socket.socketpair()
    pair.call(pair.fe.set_backend_req_fd(theirs.fileno()))
    theirs.close()
    assert any(isinstance(e, BackendChannelChanged) and e.fd is not None for e in pair.events)
    responder = BackendChannelResponder()
    assert pair.be.send_config_change()
    q = DriverQueue(pair.ram, 0, 8)
    for call in (pair.fe.set_vring_num(0, 8), pair.fe.set_vring_addr(q.address()),
                 pair.fe.set_vring_kick(0, q.kick_fd), pair.fe.set_vring_call(0, None),
                 pair.fe.set_vring_enable(0, True)):
        pair.call(call)
    pair.submit(q, b"ib", 2)
    pair.call(pair.fe.vring_kick(0))      # in-band kick
    notices = []
    for out in pair.be.backend_channel.data_to_send():
        responder.receive_data(out.data)
        notices += responder.events()
    assert [n.name for n in notices] == ["CONFIG_CHANGE_MSG", "VRING_CALL"] and notices[1].index == 0
    for reply in responder.data_to_send():
        pair.be.backend_channel.receive_data(reply)
    assert not pair.be.closed
    q.close()
    ours.close()


def test_frontend_queues_requests_and_reports_replies_by_ticket(pair):
    pair.handshake()
    first, second = pair.fe.get_queue_num(), pair.fe.get_max_mem_slots()
    quiet = pair.fe.set_status(0x0F, need_reply=False)
    assert second.number == first.number + 1 and quiet.number == first.number + 2
    assert first.expects_reply and second.expects_reply and not quiet.expects_reply
    out = pair.fe.data_to_send()
    assert len(out) == 3 and pair.fe.data_to_send() == []
    for item in out:
        pair.be.receive_data(item.data, item.fds)
    for reply in pair.be.data_to_send():
        pair.fe.receive_data(reply.data, reply.fds)
    events = pair.fe.events()
    assert [(e.ticket, e.name, e.value, e.error) for e in events] == [
        (first.number, "GET_QUEUE_NUM", 2, None), (second.number, "GET_MAX_MEM_SLOTS", 32, None)]
    assert pair.fe.events() == []


def test_frontend_reports_failures_and_a_broken_stream_as_events(pair):
    pair.handshake()
    refused = pair.fe.set_vring_num(0, 100, need_reply=True)
    with pytest.raises(RequestFailed):
        pair.call(refused)
    pair.fe.get_features()
    pair.fe.data_to_send()
    pair.fe.receive_data(encode(int(F.get_features.value), pack_u64(0)))   # a request, not a reply
    [event] = pair.fe.events()
    assert isinstance(event, ConnectionClosed) and isinstance(event.error, ProtocolError)
    assert event.reason == f"protocol error: {event.error}"


def test_backend_channel_responder_reports_a_broken_stream_alone():
    responder = BackendChannelResponder()
    config_change = encode(int(L.BackendRequest.config_change_msg.value), need_reply=True)
    responder.receive_data(config_change + encode(1, flags=0x7))   # the second has version 3
    [event] = responder.events()
    assert isinstance(event, ConnectionClosed) and isinstance(event.error, ProtocolError)


def test_transports_send_queued_requests_and_match_replies_out_of_order(tmp_path):
    from qemuspec.ipc.vhost_user.client import SyncVhostUserClient, VhostUserClient
    from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer

    with ThreadedBackendServer(tmp_path / "vu.sock", EchoDevice):
        with SyncVhostUserClient.connect(tmp_path / "vu.sock") as client:
            features, protocol = client.fe.get_features(), client.fe.get_protocol_features()
            assert client.call(protocol) & bit(PF.reply_ack)   # both sent, the later awaited first
            assert client.call(features) & bit(VF.protocol_features)

        async def run():
            async with await VhostUserClient.connect(tmp_path / "vu.sock") as client:
                features, protocol = client.fe.get_features(), client.fe.get_protocol_features()
                assert await client.call(protocol) & bit(PF.reply_ack)
                assert await client.call(features) & bit(VF.protocol_features)
                await client.set_protocol_features(bit(PF.reply_ack))
                with pytest.raises(RequestFailed):
                    await client.set_features(1 << 63)
                assert await client.get_features() & bit(VF.protocol_features)
        asyncio.run(run())


def test_requester_refuses_unexpected_and_mismatched_replies():
    req = Requester()
    with pytest.raises(Exception):
        req.receive_data(encode(1, pack_u64(0), reply=True))
    req = Requester()
    req.request(F.get_features)
    with pytest.raises(Exception):
        req.receive_data(encode(15, pack_u64(0), reply=True))


def test_frame_decoder_attributes_descriptors_and_bounds_sizes():
    dec = FrameDecoder()
    r, w = os.pipe()
    dec.feed(encode(12, pack_u64(0))[:5], [r])
    assert dec.next_message() is None and dec.bytes_wanted() == 7
    dec.feed(encode(12, pack_u64(0))[5:12])
    assert dec.bytes_wanted() == 8
    dec.feed(pack_u64(0) + encode(3))
    first = dec.next_message()
    assert first.request == 12 and first.fds == [r]
    assert dec.next_message().fds == []
    first.close_fds()
    os.close(w)
    reply = FrameDecoder()
    reply.feed(encode(1, pack_u64(0), reply=True))
    with pytest.raises(FramingError):
        reply.next_message()   # a back-end reads requests, not replies
    bad = FrameDecoder()
    bad.feed(struct.pack("<III", 1, 2, 0))
    with pytest.raises(FramingError):
        bad.next_message()   # version 2
    big = FrameDecoder()
    big.feed(struct.pack("<III", 1, 1, 1 << 20))
    with pytest.raises(FramingError):
        big.next_message()
    r, w = os.pipe()
    before = len(os.listdir("/proc/self/fd"))
    many = FrameDecoder()
    many.feed(encode(5, bytes(8)), [os.dup(r) for _ in range(9)])
    with pytest.raises(FramingError):
        many.next_message()   # nine descriptors for one message: all closed
    assert len(os.listdir("/proc/self/fd")) == before
    os.close(r)
    os.close(w)


# --- the split virtqueue against the driver, as a property ---------------------------------------

chains = st.lists(st.tuples(st.lists(st.integers(1, 300), max_size=3), st.lists(st.integers(1, 300), max_size=3))
                  .filter(lambda c: c[0] or c[1]), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(requests=chains, indirect=st.booleans(), event_idx=st.booleans(), start=st.integers(0, 0xFFFF))
def test_split_queue_sees_exactly_what_the_driver_offered(requests, indirect, event_idx, start):
    ram = GuestRam(1 << 20)
    from qemuspec.ipc.vhost_user.memory import VhostMemory
    memory = VhostMemory()
    memory.add(ram.region(), ram.fd)
    q = DriverQueue(ram, 0, 16, event_idx=event_idx, indirect=indirect)
    q.avail_idx = q._kicked_idx = q.last_used = start
    struct.pack_into("<H", ram.at(q.used_gpa, 4), 2, start)
    addr = q.address()
    dev = SplitQueue(memory, 16, addr.desc, addr.avail, addr.used, last_avail_idx=start, event_idx=event_idx,
                     indirect=indirect)
    expected = []
    seen = []
    pending = list(requests)
    while pending:
        batch, pending = pending[:2], pending[2:]
        for outs, ins in batch:
            bufs_out = []
            payload = b""
            for n in outs:
                gpa = ram.alloc(n)
                data = os.urandom(n)
                ram.at(gpa, n)[:] = data
                payload += data
                bufs_out.append((gpa, n))
            bufs_in = [(ram.alloc(n), n) for n in ins]
            q.add(bufs_out, bufs_in, (payload, sum(ins)))
            expected.append((payload, sum(ins)))
        q.publish()
        while (chain := dev.pop()) is not None:
            seen.append((chain.read(), chain.writable_len))
            chain.write(0, b"\xee" * min(chain.writable_len, 7))
            dev.push(chain)
        assert dev.publish()
        for (payload, in_len), written in q.harvest():
            assert written == min(in_len, 7)
    assert seen == expected
    assert q.free_descriptors == 16 and dev.last_avail_idx == (start + len(requests)) & 0xFFFF
    dev.release()
    q.close()
    memory.close()
    ram.close()


def test_split_queue_rejects_broken_chains():
    ram = GuestRam(1 << 16)
    from qemuspec.ipc.vhost_user.memory import VhostMemory
    memory = VhostMemory()
    memory.add(ram.region(), ram.fd)
    q = DriverQueue(ram, 0, 4)
    addr = q.address()

    def device(indirect=True):
        return SplitQueue(memory, 4, addr.desc, addr.avail, addr.used, indirect=indirect)

    def offer(descs, head=0):
        view = ram.at(q.desc_gpa, 64)
        for i, d in enumerate(descs):
            L.DESC.pack_into(view, 16 * i, *d)
        avail = ram.at(q.avail_gpa, 8).cast("H")
        avail[2] = head
        avail[1] = avail[1] + 1
        dev = device()
        dev.last_avail_idx = avail[1] - 1
        return dev

    buf = ram.alloc(64)
    cases = {
        "loop": [(buf, 1, L.DESC_F_NEXT, 1), (buf, 1, L.DESC_F_NEXT, 0)],
        "next out of table": [(buf, 1, L.DESC_F_NEXT, 9)],
        "outside memory": [(1 << 40, 16, 0, 0)],
        "readable after writable": [(buf, 1, L.DESC_F_WRITE | L.DESC_F_NEXT, 1), (buf, 1, 0, 0)],
        "indirect with next": [(buf, 16, L.DESC_F_INDIRECT | L.DESC_F_NEXT, 1), (buf, 1, 0, 0)],
        "indirect of odd size": [(buf, 10, L.DESC_F_INDIRECT, 0)],
    }
    for name, descs in cases.items():
        with pytest.raises(VirtqError):
            offer(descs).pop()
    nested = ram.alloc(32)
    L.DESC.pack_into(ram.at(nested, 16), 0, buf, 16, L.DESC_F_INDIRECT, 0)
    with pytest.raises(VirtqError, match="inside an indirect"):
        offer([(nested, 16, L.DESC_F_INDIRECT, 0)]).pop()
    with pytest.raises(VirtqError, match="INDIRECT_DESC"):
        dev = offer([(nested, 16, L.DESC_F_INDIRECT, 0)])
        dev.indirect = False
        dev.pop()
    with pytest.raises(VirtqError, match="head index"):
        offer([(buf, 1, 0, 0)], head=7).pop()
    ram.at(q.avail_gpa, 4).cast("H")[1] = 200   # the driver claims 200 new entries in a 4-entry ring
    with pytest.raises(VirtqError, match="ahead"):
        device().available()
    q.close()
    memory.close()
    ram.close()


def test_driver_refuses_a_device_that_returns_what_it_was_not_given():
    from qemuspec.errors import ProtocolError
    ram = GuestRam(1 << 16)
    q = DriverQueue(ram, 0, 8)
    q.add([(ram.alloc(16), 16)], [], "t")
    q.publish()
    used = ram.at(q.used_gpa, L.used_ring_size(8))
    L.USED_ELEM.pack_into(used, 4, 5, 0)          # head 5 was never offered
    used.cast("H")[1] = 1
    with pytest.raises(ProtocolError, match="not outstanding"):
        q.harvest()
    used.cast("H")[1] = 7                          # 7 entries with one outstanding
    with pytest.raises(ProtocolError, match="outstanding"):
        q.harvest()
    used.release()
    q.close()
    ram.close()


def test_client_refuses_a_reply_to_another_request():
    import asyncio
    import socket as socketmod
    from qemuspec.errors import PeerError
    from qemuspec.ipc.vhost_user.transport import VhostUserClient

    async def main():
        ours, theirs = socketmod.socketpair()
        client = VhostUserClient(ours)
        task = asyncio.ensure_future(client.get_features())
        await asyncio.sleep(0)
        theirs.recv(64)
        theirs.send(encode(15, pack_u64(1), reply=True))   # answers GET_PROTOCOL_FEATURES instead
        with pytest.raises(PeerError):
            await asyncio.wait_for(task, 5)
        assert client.stream.closed
        theirs.close()
    asyncio.run(main())


def test_a_busy_queue_yields_after_its_budget(pair, monkeypatch):
    import qemuspec.ipc.vhost_user.backend as backend
    from qemuspec.ipc.vhost_user.backend import MoreWork
    monkeypatch.setattr(backend, "CHAINS_PER_TURN", 3)
    pair.handshake()
    q = pair.queue(num=16)
    for i in range(5):
        pair.submit(q, bytes([i]), 1)
    events = pair.kick()
    assert len(pair.device.seen) == 3 and any(isinstance(e, MoreWork) and e.index == 0 for e in events)
    assert len(signals(events)) == 1          # what was done is published and notified
    events = pair.kick()
    assert len(pair.device.seen) == 5 and not any(isinstance(e, MoreWork) for e in events)


@pytest.mark.parametrize("event_idx", [False, True], ids=["plain", "event-idx"])
def test_a_device_that_is_not_ready_leaves_chains_available(event_idx):
    """The ready hook: chains stay in the available ring (nothing used, no call) until the device can
    serve them; a run after it becomes ready takes exactly as many as it can."""
    from qemuspec.ipc.vhost_user.input import EV_KEY, InputDevice, InputEvent

    keyboard = InputDevice.keyboard()
    p = Pair(keyboard)
    try:
        p.handshake(features=None)
        q = p.queue(0, 8, event_idx=event_idx)
        p.queue(1, 8, event_idx=event_idx)
        for _ in range(3):
            p.submit(q, b"", 8)
        events = p.kick()
        assert p.be.vrings[0].started and q.harvest() == [] and not signals(events)
        assert p.be.vrings[0].queue.last_avail_idx == 0       # nothing taken
        keyboard.inject([(EV_KEY, 30, 1), (EV_KEY, 30, 0)])  # (no transport bound: wake is a no-op)
        events = p.kick()
        done = q.harvest()
        assert [n for _, n in done] == [8, 8] and len(signals(events)) == 1
        assert [InputEvent.unpack(bytes(p.ram.at(t[1], 8))) for t, _ in done] == \
            [InputEvent(EV_KEY, 30, 1), InputEvent(EV_KEY, 30, 0)]
        assert p.be.vrings[0].queue.last_avail_idx == 2 and keyboard.pending == 0
        keyboard.inject([(EV_KEY, 31, 1)])
        p.kick()
        assert [n for _, n in q.harvest()] == [8] and p.be.vrings[0].queue.last_avail_idx == 3
    finally:
        p.close()
