"""Protocol pages: message sequences and state machines, drawn from real runs.

* vhost-user: the requests qemu-system-x86_64 sent to our back-end while it
  realized a vhost-user-blk device, started it and reset it, recorded by
  ``tools/make_vhost_user_samples.py --trace`` into samples/traces/.
* ivshmem: what our server core sends to two clients that connect one after
  the other (the core's answers are what QEMU's ivshmem device is tested
  against), and the client core's states, found by feeding the real core
  every kind of input from every state it reaches.
* fw_cfg: a DMA read of a file, every register and memory access of our
  driver and our device model as they happen (both are tested against QEMU).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import jinja2
import yaml

from diagrams import Arrow, sequence_svg, state_svg
from qemuspec.firmware.fw_cfg.device import FwCfgDevice
from qemuspec.firmware.fw_cfg.driver import FwCfgDriver, ModelBus
from qemuspec.ipc.ivshmem.client_core import ClientCore
from qemuspec.ipc.ivshmem.protocol import encode
from qemuspec.ipc.ivshmem.server_core import SendReady, ServerCore
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendConnection
from qemuspec.ipc.vhost_user.device import VhostUserDevice
from qemuspec.ipc.vhost_user.driver import DriverQueue, GuestRam
from qemuspec.ipc.vhost_user.frontend import FrontendConnection
from qemuspec.memory import GuestMemory

ROOT = Path(__file__).resolve().parent.parent.parent
TRACE = ROOT / "samples" / "traces" / "vhost_user.qemu-blk.yaml"

NAV = [{"vhost-user": "protocols/vhost-user.md"}, {"ivshmem": "protocols/ivshmem.md"},
       {"fw_cfg": "protocols/fw_cfg.md"}]


def pages(env: jinja2.Environment) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, build in (("vhost-user", _vhost_user), ("ivshmem", _ivshmem), ("fw_cfg", _fw_cfg)):
        diagrams, values = build()
        for file, svg in diagrams.items():
            out[f"protocols/{file}"] = svg
        out[f"protocols/{name}.md"] = env.get_template(f"protocol-{name}.md.j2").render(**values)
    return out


# --- vhost-user -------------------------------------------------------------------------------------

def _vhost_user():
    trace = yaml.safe_load(TRACE.read_text())
    diagrams, phases = {}, []
    for phase in trace["phases"]:
        arrows = []
        for m in phase["messages"]:
            notes = []
            if m["fds"]:
                notes.append(f"{m['fds']} fd" + ("s" if m["fds"] > 1 else ""))
            if m["need_reply"]:
                notes.append("NEED_REPLY")
            arrows.append(Arrow("QEMU (front-end)", "qemuspec back-end", m["request"], ", ".join(notes)))
            if m["answered"]:
                arrows.append(Arrow("qemuspec back-end", "QEMU (front-end)",
                                    "ack" if m["need_reply"] and not m["has_reply"] else m["request"] + " reply",
                                    dashed=True))
        file = f"vhost-user-{phase['name']}.svg"
        diagrams[file] = sequence_svg(["QEMU (front-end)", "qemuspec back-end"], arrows)
        phases.append({"name": phase["name"], "title": phase["title"], "what": phase["what"], "svg": file,
                       "count": len(phase["messages"])})
    states, transitions = _explore_vhost_user_ring()
    diagrams["vhost-user-ring-states.svg"] = state_svg("one queue of our vhost-user back-end", states, transitions,
                                                       start=states[0])
    return diagrams, {"phases": phases, "made": trace["made"], "transitions": transitions}


class _RingSession:
    """A back-end core after the usual handshake (protocol features, one memory region), for one queue."""

    class _Device(VhostUserDevice):
        num_queues = 1

        def handle(self, queue, chain):
            return 0

    def __init__(self) -> None:
        self.be, self.fe = BackendConnection(self._Device()), FrontendConnection()
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
            "SET_VRING_NUM/BASE/ADDR": lambda: [self.call(c) for c in (
                fe.set_vring_num(0, 8), fe.set_vring_base(0, 0), fe.set_vring_addr(q.address()))],
            "SET_VRING_KICK (fd)": lambda: self.call(fe.set_vring_kick(0, q.kick_fd)),
            "SET_VRING_KICK (no fd: polling)": lambda: self.call(fe.set_vring_kick(0, None)),
            "kick": lambda: (self.be.kick(0), self.be.events()),
            "SET_VRING_ENABLE 1": lambda: self.call(fe.set_vring_enable(0, True)),
            "SET_VRING_ENABLE 0": lambda: self.call(fe.set_vring_enable(0, False)),
            "GET_VRING_BASE": lambda: self.call(fe.get_vring_base(0)),
        }

    def call(self, call):
        self.be.receive_data(call.out.data, [os.dup(fd) for fd in call.out.fds])
        self.be.events()
        reply = None
        for out in self.be.data_to_send():
            for fd in out.fds:
                os.close(fd)
            replies = self.fe.receive_data(out.data, [])
            reply = replies[0] if replies else None
        return call.decode(reply) if (call.expects_reply and call.decode and reply is not None) else reply

    def state(self) -> str:
        ring = self.be.vrings[0]
        if ring.broken:
            return "broken"
        if ring.started:
            return "running" if ring.enabled else "started, disabled"
        if ring.addr is None:
            return "unconfigured" + (", enabled" if ring.enabled else "")
        return "stopped" + (", enabled" if ring.enabled else "")

    def close(self) -> None:
        self.be.close()
        self.q.close()
        self.ram.close()


def _explore_vhost_user_ring() -> tuple[list[str], list[tuple[str, str, str]]]:
    """Replay paths of requests on fresh back-end cores; record how the queue's state moves."""
    def replay(path):
        session = _RingSession()
        for name in path:
            session.inputs[name]()
        return session

    first = replay([])
    names = list(first.inputs)
    seen = {first.state(): []}
    first.close()
    todo = [[]]
    edges: dict[tuple[str, str], list[str]] = {}
    while todo:
        path = todo.pop(0)
        for name in names:
            session = replay(path)
            before = session.state()
            session.inputs[name]()
            after = session.state()
            session.close()
            if before != after:
                edges.setdefault((before, after), []).append(name)
            if after not in seen:
                seen[after] = path + [name]
                todo.append(path + [name])
    return list(seen), [(a, b, ", ".join(labels)) for (a, b), labels in edges.items()]


# --- ivshmem ----------------------------------------------------------------------------------------

def _ivshmem():
    shm, next_fd = 100, iter(range(200, 300))
    core = ServerCore(shm, 2)
    arrows, sections = [], {}
    names = {"A": "client A", "B": "client B"}

    counts = {"A": 0, "B": 0}

    def pump():
        for event in core.events():
            if isinstance(event, SendReady):
                while (message := core.pending(event.conn)) is not None:
                    label = _ivshmem_label(counts[event.conn], message.value, message.fd, shm)
                    counts[event.conn] += 1
                    arrows.append(Arrow("server", names[event.conn], label,
                                        f"le64 {message.value}" + (" + fd" if message.fd is not None else "")))
                    core.sent(event.conn)

    for conn in ("A", "B"):
        sections[len(arrows)] = f"{names[conn]} connects"
        core.accept(conn, [next(next_fd) for _ in range(2)])
        pump()
    sections[len(arrows)] = "client B disconnects"
    core.connection_lost("B")
    pump()
    svg = sequence_svg(["client A", "server", "client B"], arrows, sections=sections)
    states, transitions = _explore_ivshmem_client()
    state_diagram = state_svg("ivshmem client core", states, transitions, start=states[0],
                              final={"failed", "closed"})
    return ({"ivshmem-connect.svg": svg, "ivshmem-client-states.svg": state_diagram},
            {"transitions": transitions})


def _ivshmem_label(index: int, value: int, fd, shm: int) -> str:
    """What the index-th message the server sent to a client means."""
    if index == 0:
        return f"protocol version {value}"
    if index == 1:
        return "refused (no free ID)" if value == -1 else f"your ID is {value}"
    if value == -1:
        return "shared memory"
    return f"eventfd of peer {value}'s vector" if fd is not None else f"peer {value} left"


def _explore_ivshmem_client() -> tuple[list[str], list[tuple[str, str, str]]]:
    """Feed the real client core each kind of input from every state it reaches."""
    inputs = {
        "version 0": lambda c: c.receive(encode(0)),
        "version 1": lambda c: c.receive(encode(1)),
        "own id": lambda c: c.receive(encode(3)),
        "id -1 (refused)": lambda c: c.receive(encode(-1)),
        "shared memory fd": lambda c: c.receive(encode(-1), [50]),
        "peer vector fd": lambda c: c.receive(encode(5), [51]),
        "peer gone": lambda c: c.receive(encode(5)),
        "two fds": lambda c: c.receive(encode(5), [52, 53]),
        "connection lost": lambda c: c.connection_lost(),
    }
    start = ClientCore()
    seen = {start.state.value: start}
    todo = [start]
    edges: dict[tuple[str, str], list[str]] = {}
    while todo:
        core = todo.pop(0)
        for label, feed in inputs.items():
            nxt = copy.deepcopy(core)
            feed(nxt)
            a, b = core.state.value, nxt.state.value
            if a != b:
                edges.setdefault((a, b), []).append(label)
            if b not in seen:
                seen[b] = nxt
                todo.append(nxt)
    names = {s: s.replace("waiting for the ", "awaiting ") for s in seen}
    transitions = [(names[a], names[b], ", ".join(labels)) for (a, b), labels in edges.items()]
    return [names[s] for s in seen], transitions


# --- fw_cfg -----------------------------------------------------------------------------------------

def _fw_cfg():
    arrows: list[Arrow] = []
    recording = [False]

    class Memory(GuestMemory):
        who = "fw_cfg device"

        def read(self, gpa, length):
            if recording[0]:
                arrows.append(Arrow(self.who, "guest memory", f"read {length} bytes at {gpa:#x}"))
            return super().read(gpa, length)

        def write(self, gpa, data):
            if recording[0]:
                arrows.append(Arrow(self.who, "guest memory", f"write {len(data)} bytes at {gpa:#x}"))
            super().write(gpa, data)

    class Bus(ModelBus):
        def reg_read(self, space, addr, size):
            value = super().reg_read(space, addr, size)
            arrows.append(Arrow("guest driver", "fw_cfg device", f"read {space} {addr:#x} ({size} bytes)"))
            return value

        def reg_write(self, space, addr, size, value):
            arrows.append(Arrow("guest driver", "fw_cfg device",
                                f"write {value:#x} to {space} {addr:#x} ({size} bytes)"))
            super().reg_write(space, addr, size, value)

        def mem_read(self, addr, length):
            arrows.append(Arrow("guest driver", "guest memory", f"read {length} bytes at {addr:#x}"))
            return GuestMemory.read(self.memory, addr, length)

        def mem_write(self, addr, data):
            arrows.append(Arrow("guest driver", "guest memory", f"write {len(data)} bytes at {addr:#x}"))
            GuestMemory.write(self.memory, addr, data)

    memory = Memory()
    memory.add_region(0, bytearray(0x20000))
    device = FwCfgDevice(memory)
    key = device.add_file("opt/org.example/hello", b"hello, firmware\n")
    driver = FwCfgDriver(Bus(device, memory))
    recording[0] = True
    data = driver.dma_read(key, 16).data
    assert data == b"hello, firmware\n", data
    svg = sequence_svg(["guest driver", "fw_cfg device", "guest memory"], arrows)
    return {"fw_cfg-dma-read.svg": svg}, {"key": key, "count": len(arrows)}
