"""Protocol pages: message sequences and state machines, drawn from real runs.

* vhost-user: the requests qemu-system-x86_64 sent to our back-end while it
  realized a vhost-user-blk device, started it and reset it, recorded by
  ``tools/make_vhost_user_samples.py --trace`` into samples/traces/; the
  -fds/-reply of every request (the generated table); the states of a queue,
  drawn from the core's transition table (qemuspec.ipc.vhost_user.ring_state).
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
from qemuspec.formats._request_rules import RULES
from qemuspec.firmware.fw_cfg.driver import FwCfgDriver, ModelBus
from qemuspec.ipc.ivshmem.client_core import ClientCore
from qemuspec.ipc.ivshmem.protocol import encode
from qemuspec.ipc.ivshmem.events import SendReady
from qemuspec.ipc.ivshmem.server_core import ServerCore
from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user import ring_state as R
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
    states, transitions = _vhost_user_ring()
    diagrams["vhost-user-ring-states.svg"] = state_svg("one queue of our vhost-user back-end", states, transitions,
                                                       start=states[0])
    return diagrams, {"phases": phases, "made": trace["made"], "transitions": transitions,
                      "channels": _vhost_user_rules()}


def _vhost_user_rules() -> list[dict]:
    """Every request of both channels: its payload and reply types (the switch cases of the
    spec's request_body / reply_body) and its -fds, -reply and -reply-fds (the generated table)."""
    channels = []
    for title, spec, enum, names in (("Front-end requests (main channel)", "vhost_user", "front_end_request",
                                      L.FrontEndRequest),
                                     ("Back-end requests (back-end channel)", "vhost_user_backend",
                                      "backend_request", L.BackendRequest)):
        seq = {attr["id"]: attr for attr in yaml.safe_load((ROOT / "ksy" / f"{spec}.ksy").read_text())["seq"]}

        def payload(field: str, name: str) -> str:
            cases = seq[field]["type"]["cases"]
            found = cases.get(f"{enum}::{name}", cases.get("_", ""))
            return found.split("::")[-1]
        rows = [{"value": value, "name": names(value).name.upper(), "fds": entry["fds"], "reply": entry["reply"],
                 "reply_fds": entry.get("reply_fds", ""), "payload": payload("request_body", names(value).name),
                 "reply_payload": payload("reply_body", names(value).name) if entry["reply"] != "ack" else ""}
                for value, entry in sorted(RULES[spec][enum].items())]
        channels.append({"title": title, "spec": spec, "requests": rows})
    return channels


def _vhost_user_ring() -> tuple[list[str], list[tuple[str, str, str]]]:
    """The queue state machine from its table (qemuspec.ipc.vhost_user.ring_state), one edge a move."""
    edges: dict[tuple[str, str], list[str]] = {}
    for state, row in R.TRANSITIONS.items():
        for name in R.INPUTS:
            if name in row:
                edges.setdefault((state.value, row[name].value), []).append(name)
    return [s.value for s in R.RingState], [(a, b, ", ".join(labels)) for (a, b), labels in edges.items()]


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
                while (message := core.data_to_send(event.conn)) is not None:
                    label = _ivshmem_label(counts[event.conn], message.value, message.fd, shm)
                    counts[event.conn] += 1
                    arrows.append(Arrow("server", names[event.conn], label,
                                        f"le64 {message.value}" + (" + fd" if message.fd is not None else "")))

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
        "version 0": lambda c: c.receive_data(encode(0)),
        "version 1": lambda c: c.receive_data(encode(1)),
        "own id": lambda c: c.receive_data(encode(3)),
        "id -1 (refused)": lambda c: c.receive_data(encode(-1)),
        "shared memory fd": lambda c: c.receive_data(encode(-1), [50]),
        "peer vector fd": lambda c: c.receive_data(encode(5), [51]),
        "peer gone": lambda c: c.receive_data(encode(5)),
        "two fds": lambda c: c.receive_data(encode(5), [52, 53]),
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
