"""The ivshmem sans-IO cores, without sockets: descriptors are plain numbers here."""

from __future__ import annotations

import itertools
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qemuspec.errors import ProtocolError, UsageError
from qemuspec.ipc.ivshmem.client_core import ClientCore, ClientState, RefusedError
from qemuspec.ipc.ivshmem.events import (ClientJoined, ClientLeft, ClientRefused, CloseConnection, CloseFds,
                                         Discarded, Failed, OwnVector, PeerLeft, PeerVector, Ready, SendReady,
                                         ServerGone)
from qemuspec.ipc.ivshmem.protocol import MAX_ID, Message
from qemuspec.ipc.ivshmem.server_core import ServerCore

SHM = 1000


class Harness:
    """Drives a ServerCore like an adapter that sends everything at once and keeps the log."""

    def __init__(self, vectors=2, **options):
        self.core = ServerCore(SHM, vectors, **options)
        self.fds = itertools.count(2000)
        self.sent: dict[str, list[Message]] = {}
        self.closed_conns: list[str] = []
        self.closed_fds: list[int] = []
        self.log: list = []
        self.owned: set[int] = set()
        self.stalled: set[str] = set()  # connections that do not read

    def connect(self, conn):
        fds = [next(self.fds) for _ in range(self.core.vectors)]
        self.owned |= set(fds)
        result = self.core.accept(conn, fds)
        self.pump()
        return result

    def pump(self):
        while events := self.core.events():
            for event in events:
                self.log.append(event)
                if isinstance(event, SendReady):
                    self.flush(event.conn)
                elif isinstance(event, CloseConnection):
                    self.closed_conns.append(event.conn)
                elif isinstance(event, CloseFds):
                    self.closed_fds += event.fds

    def flush(self, conn):
        while conn not in self.stalled and (message := self.core.data_to_send(conn)) is not None:
            self.sent.setdefault(conn, []).append(message)

    def values(self, conn):
        return [(m.value, m.fd is not None) for m in self.sent.get(conn, [])]


def test_connect_sequence_is_the_specs_order():
    h = Harness(vectors=2)
    assert h.connect("a") == 0
    assert [(m.value, m.fd) for m in h.sent["a"]] == [(0, None), (0, None), (-1, SHM), (0, 2000), (0, 2001)]
    assert h.connect("b") == 1
    assert [(m.value, m.fd) for m in h.sent["b"]] == [
        (0, None), (1, None), (-1, SHM), (0, 2000), (0, 2001), (1, 2002), (1, 2003)]
    assert [(m.value, m.fd) for m in h.sent["a"][5:]] == [(1, 2002), (1, 2003)]
    assert h.core.clients == {0: 2, 1: 2}
    assert [type(e) for e in h.log if not isinstance(e, SendReady)] == [ClientJoined, ClientJoined]


def test_departure_is_announced_and_its_eventfds_closed():
    h = Harness(vectors=3)
    for conn in "abc":
        h.connect(conn)
    h.core.connection_lost("b")
    h.pump()
    assert h.values("a")[-1] == (1, False) and h.values("c")[-1] == (1, False)
    assert sorted(h.closed_fds) == [2003, 2004, 2005]
    assert h.closed_conns == ["b"]
    assert h.core.clients == {0: 3, 2: 3}
    left = [e for e in h.log if isinstance(e, ClientLeft)]
    assert left == [ClientLeft("b", 1, "closed its connection")]


def test_ids_are_round_robin_and_reused_after_wrapping():
    h = Harness(vectors=1, max_id=3)
    assert [h.connect(c) for c in "abcd"] == [0, 1, 2, 3]
    h.core.connection_lost("b")
    h.pump()
    assert h.connect("e") == 1  # the only free one
    h.core.connection_lost("a")
    h.core.connection_lost("c")
    h.pump()
    assert h.connect("f") == 2  # round robin: after 1 comes 2, not the older 0
    assert h.connect("g") == 0


def test_no_free_id_is_refused_with_version_and_minus_one():
    h = Harness(vectors=1, max_id=1)
    h.connect("a")
    h.connect("b")
    assert h.connect("c") is None
    assert h.values("c") == [(0, False), (-1, False)]
    assert "c" in h.closed_conns
    assert h.closed_fds == [2002]  # the eventfd made for it
    refused = [e for e in h.log if isinstance(e, ClientRefused)]
    assert refused and "all 2 IDs are in use" in refused[0].reason
    assert h.values("a")[-1] == (1, True)  # the others were not told about c


def test_all_65536_ids_then_a_refusal():
    core = ServerCore(SHM, 0)
    for n in range(MAX_ID + 1):
        assert core.accept(n, []) == n
        for _ in core.events():
            pass
    assert core.accept("extra", []) is None
    assert any(isinstance(e, ClientRefused) for e in core.events())
    core.connection_lost(40000)
    core.events()
    assert core.accept("again", []) == 40000


def test_a_client_that_sends_data_is_dropped():
    h = Harness()
    h.connect("a")
    h.connect("b")
    h.core.receive_data("b", b"hello")
    h.pump()
    assert "b" in h.closed_conns
    assert h.values("a")[-1] == (1, False)
    assert any(isinstance(e, ClientLeft) and "one-way" in e.reason for e in h.log)
    h.core.receive_data("a", b"")  # no bytes: nothing happens
    assert h.core.clients == {0: 2}


def test_departed_eventfds_stay_open_while_a_slow_reader_still_has_them_queued():
    h = Harness(vectors=2)
    h.connect("a")
    h.stalled.add("a")
    h.connect("b")  # a's queue now holds b's two eventfds
    h.core.connection_lost("b")
    h.pump()
    assert h.closed_fds == []  # still referenced by a's queue
    assert h.core.backlog("a") == 3
    h.stalled.discard("a")
    h.flush("a")
    h.pump()
    assert sorted(h.closed_fds) == [2002, 2003]
    assert h.values("a")[-3:] == [(1, True), (1, True), (1, False)]
    assert h.core.held_fds() == {2000, 2001}


def test_a_message_given_out_stays_the_cores_until_the_next_is_asked_for():
    h = Harness(vectors=1)
    h.connect("a")
    h.stalled.add("a")
    h.connect("b")  # a's queue holds b's eventfd
    h.core.connection_lost("b")
    h.pump()
    message = h.core.data_to_send("a")
    assert (message.value, message.fd) == (1, 2001)
    h.pump()
    assert h.closed_fds == [] and h.core.backlog("a") == 2  # maybe still on its way
    assert h.core.data_to_send("a") == Message(1)  # the eventfd went: released now
    h.pump()
    assert h.closed_fds == [2001] and h.core.backlog("a") == 1
    assert h.core.data_to_send("a") is None and h.core.backlog("a") == 0
    assert h.core.data_to_send("a") is None


def test_a_client_that_never_reads_is_dropped_past_its_backlog():
    h = Harness(vectors=1, max_backlog=10)
    h.connect("lazy")
    h.stalled.add("lazy")
    for n in range(12):
        h.connect(f"c{n}")
        h.core.connection_lost(f"c{n}")
        h.pump()
    assert "lazy" in h.closed_conns
    assert any(isinstance(e, ClientLeft) and e.id == 0 and "unread" in e.reason for e in h.log)
    assert h.core.held_fds() == set()
    assert sorted(h.closed_fds) == sorted(h.owned)  # every eventfd was released, exactly once


def test_close_releases_everything_without_notifications():
    h = Harness(vectors=2)
    for conn in "abc":
        h.connect(conn)
    sent_before = {c: len(v) for c, v in h.sent.items()}
    h.core.close()
    h.pump()
    assert {c: len(v) for c, v in h.sent.items()} == sent_before  # clients may keep using their peers
    assert sorted(h.closed_conns) == ["a", "b", "c"]
    assert sorted(h.closed_fds) == sorted(h.owned)
    assert h.connect("late") is None


def test_server_core_refuses_bad_use():
    with pytest.raises(UsageError):
        ServerCore(SHM, 2000)
    core = ServerCore(SHM, 2)
    with pytest.raises(UsageError):
        core.accept("a", [1])
    core.accept("a", [1, 2])
    with pytest.raises(UsageError):
        core.accept("a", [3, 4])
    core.events()
    assert core.data_to_send("nobody") is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["join", "leave", "data", "read", "stall"]), st.integers(0, 5)),
                max_size=60), st.integers(0, 3), st.integers(1, 6))
def test_server_core_invariants(steps, vectors, backlog):
    """Whatever clients do, every eventfd is closed once when nobody needs it, and every client
    that is told about a peer's vector hears of its departure before the ID comes back."""
    h = Harness(vectors=vectors, max_id=3, max_backlog=backlog)
    live: dict[str, int] = {}
    serial = itertools.count()
    for action, n in steps:
        names = sorted(live)
        if action == "join":
            name = f"c{next(serial)}"
            if h.connect(name) is not None:
                live[name] = 0
        elif names:
            name = names[n % len(names)]
            if action == "leave":
                h.core.connection_lost(name)
            elif action == "data":
                h.core.receive_data(name, b"x")
            elif action == "stall":
                h.stalled.add(name)
            else:
                h.stalled.discard(name)
                h.flush(name)
            h.pump()
        for name in list(live):
            if name in h.closed_conns:
                del live[name]
    held = h.core.held_fds()
    assert len(h.closed_fds) == len(set(h.closed_fds))
    assert set(h.closed_fds) | held == h.owned
    assert not set(h.closed_fds) & held
    assert set(h.core.clients) == {h.core.client_id(c) for c in live}
    for name in live:  # what a reading client learnt matches the server's table
        if name in h.stalled:
            continue
        known: dict[int, int] = {}
        own = None
        for index, (value, has_fd) in enumerate(h.values(name)):
            if index == 1:
                own = value
            elif index >= 3 and value != own:
                known[value] = known.get(value, 0) + 1 if has_fd else 0
        assert {p: c for p, c in known.items() if c} == {i: v for i, v in h.core.clients.items()
                                                        if i != own and v}


# -- client core ------------------------------------------------------------------------------

def recv(core, data, fds=()):
    """receive_data, then the events it gave."""
    core.receive_data(data, fds)
    return core.events()


def lost(core):
    core.connection_lost()
    return core.events()


def feed(core, *messages):
    """Feed (value, fd-or-None) messages one at a time; return all events."""
    events = []
    for value, fd in messages:
        events += recv(core, struct.pack("<q", value), [] if fd is None else [fd])
    return events


def kinds(fd):
    return ("file", 4096) if fd == SHM else ("eventfd", 0)


def test_client_core_follows_the_connect_burst():
    core = ClientCore(fd_kind=kinds)
    events = feed(core, (0, None), (3, None), (-1, SHM), (0, 10), (0, 11), (3, 20), (3, 21))
    assert events == [Ready(3, SHM, 4096), PeerVector(0, 0), PeerVector(0, 1), OwnVector(0), OwnVector(1)]
    assert core.state is ClientState.READY and core.peers == {0: [10, 11]} and core.own_vectors == [20, 21]
    assert feed(core, (5, 30), (0, None)) == [PeerVector(5, 0), PeerLeft(0, (10, 11))]
    assert feed(core, (9, None)) == []  # a peer it never saw a vector of
    assert lost(core) == [ServerGone("the server closed the connection")]
    assert core.peers == {5: [30]}  # known peers stay
    assert sorted(core.close()) == [20, 21, 30, SHM]


def test_client_core_reassembles_split_messages():
    core = ClientCore()
    stream = struct.pack("<3q", 0, 1, -1)
    assert core.bytes_wanted() == 8
    assert recv(core, stream[:3]) == [] and core.bytes_wanted() == 5
    assert recv(core, stream[3:16]) == []
    assert recv(core, stream[16:19], [SHM]) == []
    assert recv(core, stream[19:]) == [Ready(1, SHM, None)]
    with pytest.raises(UsageError):
        recv(core, struct.pack("<2q", 1, 1), [5])  # descriptors with more than one message


def test_client_core_drops_vectors_beyond_its_own_count():
    core = ClientCore(vectors=1)
    events = feed(core, (0, None), (1, None), (-1, SHM), (0, 10), (0, 11), (1, 20), (1, 21))
    assert Discarded((11,), "peer 0 has more vectors than the 1 this client uses") in events
    assert Discarded((21,), "peer 1 has more vectors than the 1 this client uses") in events
    assert core.peers == {0: [10]} and core.own_vectors == [20]


def test_client_core_accepts_peers_before_the_memory_like_qemu():
    core = ClientCore()
    events = feed(core, (0, None), (2, None), (0, 10), (-1, SHM))
    assert events == [PeerVector(0, 0), Ready(2, SHM, None)]


@pytest.mark.parametrize("messages, fds_back, text", [
    ([(1, None)], (), "protocol version 1"),
    ([(0, 7)], (7,), "version message came with a descriptor"),
    ([(0, None), (70000, None)], (), "invalid ID 70000"),
    ([(0, None), (3, 7)], (7,), "ID message came with a descriptor"),
    ([(0, None), (3, None), (-1, None)], (), "shared memory message came without"),
    ([(0, None), (3, None), (-1, SHM), (-1, 8)], (8,), "second shared memory"),
    ([(0, None), (3, None), (-1, SHM), (-2, None)], (), "invalid message -2"),
    ([(0, None), (3, None), (-1, SHM), (65536, 9)], (9,), "invalid message 65536"),
    ([(0, None), (3, None), (-1, SHM), (3, None)], (), "our own ID"),
])
def test_client_core_protocol_errors(messages, fds_back, text):
    core = ClientCore()
    events = feed(core, *messages)
    failed = [e for e in events if isinstance(e, Failed)]
    assert len(failed) == 1 and text in str(failed[0].error)
    assert failed[0].fds == fds_back
    assert isinstance(failed[0].error, ProtocolError)
    assert core.state is ClientState.FAILED and not core.connected
    assert recv(core, b"\0" * 8, [5]) == [Discarded((5,), "the connection is no longer in use")]


def test_client_core_refusal_and_descriptor_checks():
    core = ClientCore()
    (failed,) = feed(core, (0, None), (-1, None))
    assert isinstance(failed.error, RefusedError) and "refused the connection (no free ID" in str(failed.error)
    core = ClientCore()
    events = recv(core, struct.pack("<q", 0), [4, 5])
    assert isinstance(events[0], Failed) and events[0].fds == (4, 5) and "2 descriptors" in str(events[0].error)

    def liar(fd):
        return {SHM: ("file", 0), 50: ("a pipe", 0)}.get(fd, ("eventfd", 0))
    core = ClientCore(fd_kind=liar)
    (failed,) = feed(core, (0, None), (1, None), (-1, SHM))
    assert "an empty file" in str(failed.error) and failed.fds == (SHM,)
    core = ClientCore(fd_kind=lambda fd: ("file", 1 << 20) if fd == SHM else liar(fd))
    (_, failed) = feed(core, (0, None), (1, None), (-1, SHM), (0, 50))
    assert "a pipe, not an eventfd" in str(failed.error) and failed.fds == (50,)


def test_client_core_connection_lost_during_setup_is_an_error():
    core = ClientCore()
    feed(core, (0, None))
    recv(core, b"\1\2", [])
    (failed,) = lost(core)
    assert "during setup (waiting for the ID)" in str(failed.error)


def test_client_core_abort_returns_descriptors():
    core = ClientCore()
    feed(core, (0, None), (1, None), (-1, SHM))
    core.abort("too many descriptors", [60, 61])
    (failed,) = core.events()
    assert failed.fds == (60, 61) and not core.connected
    assert sorted(core.close()) == [SHM]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.binary(min_size=0, max_size=12), st.integers(0, 3)),
                max_size=40), st.one_of(st.none(), st.integers(0, 3)))
def test_client_core_never_loses_a_descriptor(chunks, vectors):
    """Arbitrary server output: only documented errors, and every descriptor handed in is either
    held by the core or given back exactly once."""
    core = ClientCore(vectors)
    handed, returned = [], []
    numbers = itertools.count(100)
    for data, fd_count in chunks:
        data = data[:core.bytes_wanted()] if fd_count else data
        fds = [next(numbers) for _ in range(fd_count)] if data else []
        handed += fds
        for event in recv(core, data, fds):
            if isinstance(event, (Discarded, PeerLeft, Failed)):
                returned += event.fds
    for event in lost(core):
        if isinstance(event, (Discarded, Failed)):
            returned += event.fds
    returned += core.close()
    assert sorted(returned) == sorted(handed)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0, 1, 2, 3, -1, -2, 65535, 65536, 1 << 40]), st.integers(0, 2)),
                max_size=30), st.one_of(st.none(), st.integers(0, 2)), st.integers(1, 8))
def test_client_core_structured_fuzz(messages, vectors, split):
    """Plausible messages in any order, split anywhere: the same accounting holds, and the tables
    only ever hold IDs in range with at most `vectors` descriptors each."""
    core = ClientCore(vectors)
    handed, returned = [], []
    numbers = itertools.count(100)
    for value, fd_count in messages:
        data = struct.pack("<q", value)
        first, rest = data[:split], data[split:]
        fds = [next(numbers) for _ in range(fd_count)]
        handed += fds
        for part, part_fds in ((first, fds), (rest, [])):
            for event in recv(core, part, part_fds):
                if isinstance(event, (Discarded, PeerLeft, Failed)):
                    returned += event.fds
        limit = 1024 if vectors is None else vectors
        assert all(0 <= p <= MAX_ID and len(f) <= limit for p, f in core.peers.items())
        assert len(core.own_vectors) <= limit and core.id not in core.peers
    returned += core.close()
    assert sorted(returned) == sorted(handed)
