"""The vhost-user device API's devices against QEMU 7.2's front-ends, through qtest.

For each device QEMU realizes ``-device vhost-user-<type>-pci`` against our
back-end (guest memory a shared memfd); a modern virtio-pci driver in the
test (``ModernVirtioPci`` over qtest) negotiates, sets up the queues and
sets DRIVER_OK, which makes QEMU start vhost; the test then writes
descriptor chains into guest memory, notifies, and reads back what our
device put there through QEMU:

* virtio-rng: the bytes of a known source, chain by chain, the used
  lengths (bounded by ``max_request``), and a chain that breaks the rules
  (a device-readable buffer) stopping only that queue;
* virtio-input: the configuration strings and bitmaps the guest reads
  through QEMU (select/subsel written, SET_CONFIG / GET_CONFIG behind
  them), events injected into the device arriving in the guest's event
  buffers exactly, chains held back while there is nothing to send, and
  status (LED) events from the guest reaching the device.
"""

from __future__ import annotations

import hashlib
import struct
import subprocess
import time
from pathlib import Path

import pytest

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import QueueBroken, RequestHandled
from qemuspec.ipc.vhost_user.qtest_pci import ModernQueue, ModernVirtioPci
from qemuspec.ipc.vhost_user.rng import RngDevice
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess

from conftest import QEMUSPEC
from test_vhost_user_peers import stop, wait_for_socket, wait_until

OK = L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK
VERSION_1 = L.bit(L.VirtioFeature.version1)
BUF = 0x300000          # guest address of the buffers


def qemu_args(folder: Path, sock: Path, device: str) -> list[str]:
    hlt = folder / "hlt.bin"
    hlt.write_bytes(b"\xf4" * 65536)
    return ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-bios", str(hlt),
            "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
            "-chardev", f"socket,id=c0,path={sock}", "-device", f"{device},chardev=c0,romfile="]


def handled(server: ThreadedBackendServer) -> list[RequestHandled]:
    return [e for _, e in list(server.events) if isinstance(e, RequestHandled)]


def session(server: ThreadedBackendServer):
    return server.call(lambda: next(iter(server.server.sessions)))


def put_chain(qt, queue: ModernQueue, head: int, buffers: list[tuple[int, int, bool]]) -> int:
    """Write a chain (address, length, device-writable) at descriptor ``head`` and make it available."""
    raw = b""
    for i, (addr, length, writable) in enumerate(buffers):
        last = i == len(buffers) - 1
        flags = (L.DESC_F_WRITE if writable else 0) | (0 if last else L.DESC_F_NEXT)
        raw += L.DESC.pack(addr, length, flags, 0 if last else head + i + 1)
    qt.mem_write(queue.desc + L.DESC_SIZE * head, raw)
    idx = struct.unpack("<H", qt.mem_read(queue.avail + 2, 2))[0]
    qt.mem_write(queue.avail + 4 + 2 * (idx % queue.num), struct.pack("<H", head))
    qt.mem_write(queue.avail + 2, struct.pack("<H", (idx + 1) & 0xFFFF))
    return len(buffers)


def used_idx(qt, queue: ModernQueue) -> int:
    return struct.unpack("<H", qt.mem_read(queue.used + 2, 2))[0]


def used_elems(qt, queue: ModernQueue, start: int, count: int) -> list[tuple[int, int]]:
    return [L.USED_ELEM.unpack(qt.mem_read(queue.used + 4 + 8 * ((start + i) % queue.num), 8))
            for i in range(count)]


def start_driver(pci: ModernVirtioPci, features: int, queues: list[int]) -> list[ModernQueue]:
    pci.set_status(0)
    pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
    pci.set_driver_features(features)
    pci.set_status(OK)
    assert pci.status() & L.STATUS_FEATURES_OK, "QEMU refused the features"
    out = [pci.setup_queue(q, 0x100000 + 0x10000 * q) for q in queues]
    pci.set_status(OK | L.STATUS_DRIVER_OK)
    return out


def wait_started(server: ThreadedBackendServer, queues: list[int]) -> None:
    def ready():
        names = [e.name for e in handled(server)]
        return names.count("SET_VRING_ENABLE") >= len(queues) and "SET_VRING_KICK" in names
    wait_until(ready, "vhost start")
    errors = [(e.name, e.error) for e in handled(server) if e.error]
    assert not errors, errors


class Stream:
    """A known byte stream (SHA-256 in counter mode) that records what it gave."""

    def __init__(self, seed: bytes) -> None:
        self.seed, self.counter, self.given = seed, 0, bytearray()

    def __call__(self, n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            out += hashlib.sha256(self.seed + self.counter.to_bytes(8, "little")).digest()
            self.counter += 1
        data = bytes(out[:n])
        self.given += data
        return data


# --- virtio-rng ------------------------------------------------------------------------------------

def test_qemu_guest_gets_the_bytes_of_our_rng_source(tmp_path):
    sock = tmp_path / "rng.sock"
    source = Stream(b"qemuspec-rng")
    devices: list[RngDevice] = []

    def factory() -> RngDevice:
        devices.append(RngDevice(source, max_request=256))
        return devices[-1]

    with ThreadedBackendServer(sock, factory) as server, \
            QemuProcess(qemu_args(tmp_path, sock, "vhost-user-rng-pci"), workdir=tmp_path) as qemu:
        qt = qemu.qtest
        wait_until(lambda: "GET_VRING_BASE" not in [e.name for e in handled(server)]
                   and "SET_OWNER" in [e.name for e in handled(server)], "the handshake")
        pci = ModernVirtioPci(qt, 4)                  # virtio-rng: PCI 1af4:1044
        offered = pci.device_features()
        assert offered & VERSION_1 and offered & L.bit(L.VirtioFeature.indirect_desc)
        assert pci.num_queues() == 1
        (queue,) = start_driver(pci, VERSION_1, [0])
        wait_started(server, [0])
        set_features = next(e for e in handled(server) if e.name == "SET_FEATURES")
        assert int.from_bytes(set_features.payload, "little") & ~L.bit(L.VirtioFeature.protocol_features) \
            == VERSION_1

        # three chains in a 4-entry queue: one buffer; two buffers (one chain); a buffer past max_request
        qt.mem_write(BUF, b"\xee" * 0x3000)
        head = put_chain(qt, queue, 0, [(BUF, 64, True)])
        head += put_chain(qt, queue, head, [(BUF + 0x1000, 100, True), (BUF + 0x1100, 28, True)])
        put_chain(qt, queue, head, [(BUF + 0x2000, 1000, True)])
        pci.isr()
        pci.notify(queue)
        wait_until(lambda: used_idx(qt, queue) == 3, "three used chains")
        assert used_elems(qt, queue, 0, 3) == [(0, 64), (1, 128), (3, 256)]
        stream = bytes(source.given)
        assert len(stream) == 64 + 128 + 256
        assert qt.mem_read(BUF, 65) == stream[:64] + b"\xee"
        assert qt.mem_read(BUF + 0x1000, 100) + qt.mem_read(BUF + 0x1100, 28) == stream[64:192]
        assert qt.mem_read(BUF + 0x1100 + 28, 1) == b"\xee"
        assert qt.mem_read(BUF + 0x2000, 1000) == stream[192:448] + b"\xee" * 744
        assert wait_until(lambda: pci.isr() & 1, "the queue interrupt")
        assert devices[0].served == 3 and devices[0].bytes_out == 448

        # the queue goes round: two more requests reuse descriptors 0 and 1
        put_chain(qt, queue, 0, [(BUF, 32, True)])
        put_chain(qt, queue, 1, [(BUF + 0x1000, 16, True)])
        pci.notify(queue)
        wait_until(lambda: used_idx(qt, queue) == 5, "five used chains")
        assert used_elems(qt, queue, 3, 2) == [(0, 32), (1, 16)]
        assert qt.mem_read(BUF, 32) + qt.mem_read(BUF + 0x1000, 16) == bytes(source.given[448:496])

        # a chain with a device-readable buffer breaks the queue; QEMU and the server go on
        put_chain(qt, queue, 2, [(BUF, 16, False), (BUF + 0x1000, 16, True)])
        pci.notify(queue)
        broken = wait_until(lambda: [e for _, e in list(server.events) if isinstance(e, QueueBroken)],
                            "the broken queue")
        assert broken[0].index == 0 and "device-readable" in broken[0].reason
        assert used_idx(qt, queue) == 5 and len(source.given) == 496
        assert qemu.proc.poll() is None and session(server).conn.closed is False


def test_rng_cli_serves_qemu(tmp_path):
    sock = tmp_path / "cli-rng.sock"
    proc = subprocess.Popen([QEMUSPEC, "vhost-user", "rng", "-v", "--socket", str(sock)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, "qemuspec vhost-user rng")
        with QemuProcess(qemu_args(tmp_path, sock, "vhost-user-rng-pci"), workdir=tmp_path) as qemu:
            qt = qemu.qtest
            pci = ModernVirtioPci(qt, 4)
            offered = pci.device_features()             # a guest that takes them all: EVENT_IDX, INDIRECT_DESC
            assert offered & L.bit(L.VirtioFeature.event_idx)
            (queue,) = start_driver(pci, offered, [0])
            qt.mem_write(BUF, bytes(4096))
            put_chain(qt, queue, 0, [(BUF, 4096, True)])
            pci.notify(queue)
            wait_until(lambda: used_idx(qt, queue) == 1, "the used chain")
            assert used_elems(qt, queue, 0, 1) == [(0, 4096)]
            data = qt.mem_read(BUF, 4096)
            assert data != bytes(4096) and len(set(data)) > 200     # os.urandom, not zeros
    finally:
        stop(proc)
    log = proc.stderr.read().decode()
    assert proc.returncode == 0, log
    assert "as vhost-user-rng on" in log and "SET_VRING_KICK" in log and "ConnectionClosed" in log


# --- virtio-input ----------------------------------------------------------------------------------

KEY_A, KEY_ENTER = 30, 28


def kvm_args(folder: Path, sock: Path, device: str) -> list[str]:
    """QEMU 7.2's vhost-user-input refuses to realize without KVM ("vhost initialization failed:
    requires kvm"); the halting firmware runs under KVM as it does under TCG."""
    args = qemu_args(folder, sock, device)
    return args[:2] + ["-accel", "kvm"] + args[2:]


def query(pci: ModernVirtioPci, select: int, subsel: int = 0) -> bytes:
    """What the guest reads for ``select``/``subsel``: the union's first ``size`` bytes."""
    pci.config_write(0, bytes([select, subsel]))
    head = pci.config_read(0, 3)
    assert head[:2] == bytes([select, subsel])
    return pci.config_read(8, head[2]) if head[2] else b""


def bitmap_codes(data: bytes) -> set[int]:
    return {8 * i + b for i, byte in enumerate(data) for b in range(8) if byte >> b & 1}


def test_qemu_guest_reads_our_input_config_and_gets_the_injected_events(tmp_path):
    from qemuspec.ipc.vhost_user.input import (EV_KEY, EV_LED, EV_REL, EV_REP, EV_SYN, KEYBOARD_KEYS,
                                               LED_CAPSL, InputDevice, InputEvent, Select)
    sock = tmp_path / "input.sock"
    devices: list[InputDevice] = []

    def factory() -> InputDevice:
        devices.append(InputDevice.keyboard(name="qemuspec test keyboard", serial="QS-0001",
                                            devids=(0x06, 0x1234, 0x5678, 0x0102)))
        return devices[-1]

    with ThreadedBackendServer(sock, factory) as server, \
            QemuProcess(kvm_args(tmp_path, sock, "vhost-user-input-pci"), workdir=tmp_path) as qemu:
        qt = qemu.qtest
        pci = ModernVirtioPci(qt, 18)                 # virtio-input: PCI 1af4:1052
        device = devices[0]

        # 1. the configuration protocol, through QEMU (each guest write a SET_CONFIG, each read a GET_CONFIG)
        assert query(pci, Select.id_name) == b"qemuspec test keyboard"
        assert query(pci, Select.id_serial) == b"QS-0001"
        assert struct.unpack("<4H", query(pci, Select.id_devids)) == (0x06, 0x1234, 0x5678, 0x0102)
        assert query(pci, Select.prop_bits) == b""
        assert bitmap_codes(query(pci, Select.ev_bits, EV_KEY)) == set(KEYBOARD_KEYS)
        assert bitmap_codes(query(pci, Select.ev_bits, EV_LED)) == {0, 1, 2}
        assert query(pci, Select.ev_bits, EV_REL) == b""                 # not a mouse
        assert query(pci, Select.ev_bits, EV_REP) == b""                 # supported, no codes
        assert query(pci, Select.abs_info, 0) == b"" and query(pci, 0x7F, 3) == b""
        config = [e for e in handled(server) if e.name in ("SET_CONFIG", "GET_CONFIG")]
        assert {e.name for e in config} == {"SET_CONFIG", "GET_CONFIG"} and not [e for e in config if e.error]

        # 2. a guest that takes every feature offered (QEMU passes RING_RESET on: it must not fail the start)
        offered = pci.device_features()
        assert offered & VERSION_1 and offered & L.bit(L.VirtioFeature.ring_reset)
        assert pci.num_queues() == 2
        eventq, statusq = start_driver(pci, offered, [0, 1])
        wait_started(server, [0, 1])
        acked = next(e for e in handled(server) if e.name == "SET_FEATURES")
        assert int.from_bytes(acked.payload, "little") & ~L.bit(L.VirtioFeature.protocol_features) == offered

        # 3. event buffers wait while there is nothing to send
        for slot in range(4):
            put_chain(qt, eventq, slot, [(BUF + 16 * slot, 8, True)])
        qt.mem_write(BUF, b"\xee" * 128)
        pci.notify(eventq)
        wait_until(lambda: session(server).conn.vrings[0].started, "the event queue to start")
        time.sleep(0.2)
        assert used_idx(qt, eventq) == 0 and device.delivered == []

        # 4. a key press and release arrive, one event per buffer, exactly
        pci.isr()
        device.press(KEY_A)
        wait_until(lambda: used_idx(qt, eventq) == 4, "four used event buffers")
        assert used_elems(qt, eventq, 0, 4) == [(0, 8), (1, 8), (2, 8), (3, 8)]
        got = [InputEvent.unpack(qt.mem_read(BUF + 16 * slot, 8)) for slot in range(4)]
        assert got == [InputEvent(EV_KEY, KEY_A, 1), InputEvent(EV_SYN, 0, 0),
                       InputEvent(EV_KEY, KEY_A, 0), InputEvent(EV_SYN, 0, 0)]
        assert qt.mem_read(BUF + 8, 8) == b"\xee" * 8                   # nothing past each event
        assert wait_until(lambda: pci.isr() & 1, "the queue interrupt")

        # 5. events injected before any buffer wait for the driver's next buffers
        device.inject([(EV_KEY, KEY_ENTER, 1), (EV_SYN, 0, 0), (EV_KEY, KEY_ENTER, 2)])
        time.sleep(0.1)
        assert device.pending == 3 and used_idx(qt, eventq) == 4
        for slot in range(2):
            put_chain(qt, eventq, slot, [(BUF + 0x100 + 16 * slot, 8, True)])
        pci.notify(eventq)
        wait_until(lambda: used_idx(qt, eventq) == 6, "two more used event buffers")
        assert [InputEvent.unpack(qt.mem_read(BUF + 0x100 + 16 * s, 8)) for s in range(2)] == \
            [InputEvent(EV_KEY, KEY_ENTER, 1), InputEvent(EV_SYN, 0, 0)]
        assert device.pending == 1

        # 6. the status queue: the guest turns Caps Lock's LED on
        qt.mem_write(BUF + 0x200, InputEvent(EV_LED, LED_CAPSL, 1).pack() + InputEvent(EV_SYN, 0, 0).pack())
        put_chain(qt, statusq, 0, [(BUF + 0x200, 16, False)])
        pci.notify(statusq)
        wait_until(lambda: used_idx(qt, statusq) == 1, "the used status buffer")
        assert used_elems(qt, statusq, 0, 1) == [(0, 0)]
        assert device.status_events == [InputEvent(EV_LED, LED_CAPSL, 1), InputEvent(EV_SYN, 0, 0)]

        # 7. an event buffer too short for an event breaks the event queue only
        put_chain(qt, eventq, 2, [(BUF + 0x300, 4, True)])
        pci.notify(eventq)
        broken = wait_until(lambda: [e for _, e in list(server.events) if isinstance(e, QueueBroken)],
                            "the broken event queue")
        assert broken[0].index == 0 and "event buffer" in broken[0].reason
        qt.mem_write(BUF + 0x400, InputEvent(EV_LED, LED_CAPSL, 0).pack())
        put_chain(qt, statusq, 1, [(BUF + 0x400, 8, False)])
        pci.notify(statusq)
        wait_until(lambda: used_idx(qt, statusq) == 2, "the status queue after the event queue broke")
        assert device.status_events[-1] == InputEvent(EV_LED, LED_CAPSL, 0)
        assert qemu.proc.poll() is None and not session(server).conn.closed


def test_input_cli_sends_stdin_events_to_the_qemu_guest(tmp_path):
    from qemuspec.ipc.vhost_user.input import EV_KEY, EV_SYN, InputEvent, Select
    sock = tmp_path / "cli-input.sock"
    proc = subprocess.Popen([QEMUSPEC, "vhost-user", "input", "--socket", str(sock), "--name", "cli kbd"],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, "qemuspec vhost-user input")
        with QemuProcess(kvm_args(tmp_path, sock, "vhost-user-input-pci"), workdir=tmp_path) as qemu:
            qt = qemu.qtest
            pci = ModernVirtioPci(qt, 18)
            assert query(pci, Select.id_name) == b"cli kbd"
            eventq, _ = start_driver(pci, VERSION_1, [0, 1])
            for slot in range(5):
                put_chain(qt, eventq, slot, [(BUF + 16 * slot, 8, True)])
            pci.notify(eventq)
            proc.stdin.write(b"not an event\n1 0x10 1\npress 17\n")   # a bad line is reported, not fatal
            proc.stdin.flush()
            wait_until(lambda: used_idx(qt, eventq) == 5, "five used event buffers", timeout=15)
            got = [InputEvent.unpack(qt.mem_read(BUF + 16 * slot, 8)) for slot in range(5)]
            assert got == [InputEvent(EV_KEY, 0x10, 1), InputEvent(EV_KEY, 17, 1), InputEvent(EV_SYN, 0, 0),
                           InputEvent(EV_KEY, 17, 0), InputEvent(EV_SYN, 0, 0)]
    finally:
        proc.stdin.close()
        stop(proc)
    log = proc.stderr.read().decode()
    assert proc.returncode == 0, log
    assert "as vhost-user-input on" in log and "cannot read the event line 'not an event'" in log


# --- hostile input, without a peer: errors from qemuspec.errors, never a crash ---------------------

def test_devices_refuse_what_breaks_their_rules():
    from qemuspec.errors import QemuSpecError, UsageError
    from qemuspec.cli.vhost_user import parse_input_line
    from qemuspec.ipc.vhost_user.input import INPUT_CONFIG_SIZE, InputDevice, Select
    from qemuspec.ipc.vhost_user.virtq import Chain

    def chain(readable: list[int], writable: list[int]) -> Chain:
        c = Chain(0)
        c.readable = [memoryview(bytearray(n)) for n in readable]
        c.writable = [memoryview(bytearray(n)) for n in writable]
        c.readable_len, c.writable_len = sum(readable), sum(writable)
        return c

    rng = RngDevice(lambda n: b"x" * (n - 1))
    with pytest.raises(QemuSpecError, match="gave 15 bytes for a request of 16"):
        rng.handle(0, chain([], [16]))
    with pytest.raises(QemuSpecError, match="without a writable buffer"):
        RngDevice().handle(0, chain([], []))
    with pytest.raises(UsageError):
        RngDevice(max_request=0)
    c = chain([], [3, 5])
    assert RngDevice(lambda n: bytes(range(n))).handle(0, c) == 8
    assert bytes(c.writable[0]) + bytes(c.writable[1]) == bytes(range(8))

    kbd = InputDevice.keyboard(max_pending=4)
    assert not kbd.ready(0) and kbd.ready(1)
    assert kbd.set_config(0, bytes([Select.id_name, 0]) + bytes(INPUT_CONFIG_SIZE - 2), False)
    assert kbd.config()[2] == len(b"qemuspec keyboard") and len(kbd.config()) == INPUT_CONFIG_SIZE
    assert not kbd.set_config(100, bytes(40), False)                  # past the end of the structure
    assert kbd.set_config(1, b"\x05", False) and kbd.subsel == 5 and kbd.config()[2] == 0
    kbd.inject([(1, 30, 1)] * 4)
    with pytest.raises(UsageError, match="more than 4 events"):
        kbd.inject([(1, 30, 1)])
    with pytest.raises(UsageError, match="does not fit"):
        kbd.inject([(1, 70000, 1)])
    with pytest.raises(QemuSpecError, match="event buffer"):
        kbd.handle(0, chain([], [4]))
    with pytest.raises(QemuSpecError, match="status buffer"):
        kbd.handle(1, chain([12], []))
    with pytest.raises(UsageError, match="128"):
        InputDevice(name="n" * 129)
    with pytest.raises(UsageError, match="1024-bit"):
        InputDevice(ev_bits={1: [1024]})
    assert parse_input_line("press 0x1e # a") == [(1, 30, 1), (0, 0, 0), (1, 30, 0), (0, 0, 0)]
    assert parse_input_line("  ") == [] and parse_input_line("2 0 -5") == [(2, 0, -5)]
    for bad in ("press", "1 2", "1 2 x", "jump 3"):
        with pytest.raises(UsageError):
            parse_input_line(bad)
