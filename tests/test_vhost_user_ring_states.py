"""The queue state table (qemuspec.ipc.vhost_user.ring_state) is what the real back-end core does.

Every path of inputs is replayed on fresh copies of the back-end core (after
the usual handshake), and the state moves it finds must be exactly the
table's: no missing or extra state, no missing or extra transition.
"""

from __future__ import annotations

import os

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user import ring_state as R
from qemuspec.ipc.vhost_user.backend import BackendConnection
from qemuspec.ipc.vhost_user.device import VhostUserDevice
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.memory import GuestRam
from qemuspec.ipc.vhost_user.frontend import FrontendConnection


class _Device(VhostUserDevice):
    num_queues = 1

    def handle(self, queue, chain):
        return 0


class _RingSession:
    """A back-end core after the usual handshake (protocol features, one memory region), for one queue."""

    def __init__(self) -> None:
        self.be, self.fe = BackendConnection(_Device()), FrontendConnection()
        self.ram = GuestRam(1 << 16, gpa=0x100000)
        features = self.call(self.fe.get_features())
        self.call(self.fe.set_protocol_features(self.call(self.fe.get_protocol_features())
                                                & L.bit(L.ProtocolFeature.configure_mem_slots)))
        self.call(self.fe.set_owner())
        self.call(self.fe.set_features(features))
        self.call(self.fe.add_mem_reg(self.ram.region(), self.ram.fd))
        self.q = DriverQueue(self.ram, 0, 8)
        fe, q = self.fe, self.q
        self.inputs = {
            R.CONFIGURE: lambda: [self.call(c) for c in (
                fe.set_vring_num(0, 8), fe.set_vring_base(0, 0), fe.set_vring_addr(q.address()))],
            R.KICK_FD: lambda: self.call(fe.set_vring_kick(0, q.kick_fd)),
            R.KICK_POLLING: lambda: self.call(fe.set_vring_kick(0, None)),
            R.KICK: lambda: (self.be.kick(0), self.be.events()),
            R.ENABLE: lambda: self.call(fe.set_vring_enable(0, True)),
            R.DISABLE: lambda: self.call(fe.set_vring_enable(0, False)),
            R.GET_BASE: lambda: self.call(fe.get_vring_base(0)),
        }

    def call(self, ticket):
        """Carry the queued requests to the back-end and its replies back; the ticket's outcome."""
        for out in self.fe.data_to_send():
            self.be.receive_data(out.data, [os.dup(fd) for fd in out.fds])
        self.be.events()
        for out in self.be.data_to_send():
            for fd in out.fds:
                os.close(fd)
            self.fe.receive_data(out.data, [])
        answers = {event.ticket: event for event in self.fe.events()}
        answer = answers.get(ticket.number)
        return None if answer is None else answer.result()

    def state(self) -> R.RingState:
        return self.be.vrings[0].state

    def close(self) -> None:
        self.be.close()
        self.q.close()
        self.ram.close()


def _explore() -> tuple[set, dict]:
    """Replay paths of inputs on fresh cores; record every state and every move of the queue."""
    def replay(path):
        session = _RingSession()
        for name in path:
            session.inputs[name]()
        return session

    first = replay([])
    seen = {first.state(): []}
    first.close()
    todo = [[]]
    moves: dict = {}
    while todo:
        path = todo.pop(0)
        for name in R.INPUTS:
            session = replay(path)
            before = session.state()
            session.inputs[name]()
            after = session.state()
            session.close()
            if before != after:
                moves.setdefault(before, {})[name] = after
            if after not in seen:
                seen[after] = path + [name]
                todo.append(path + [name])
    return set(seen), moves


def test_the_table_is_what_the_core_does():
    states, moves = _explore()
    assert states == set(R.RingState) == set(R.TRANSITIONS)
    assert moves == {state: row for state, row in R.TRANSITIONS.items() if row}
    fresh = _RingSession()
    assert fresh.state() is R.RingState.UNCONFIGURED
    fresh.close()
