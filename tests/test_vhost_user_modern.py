"""qemu-system-x86_64 (7.2) as the front-end of our vhost-user-blk back-end, through the modern
virtio-pci interface (64-bit features): packed virtqueues (``packed=on``) and multiqueue
(``num-queues=4``).

A qtest driver programs the device (features, queues, DRIVER_OK), places virtio-blk requests in
guest memory (split or packed rings, written here byte by byte from the virtio spec), notifies,
and reads the used entries back. What QEMU told our back-end is checked in its events; the image
is compared with a reference by ``qemu-img compare`` after everything has stopped.
"""

from __future__ import annotations

import random
import shutil
import struct
import time

import pytest

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import RequestHandled
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.payloads import vring_state
from qemuspec.ipc.vhost_user.qtest_pci import ModernVirtioPci
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess

from conftest import run

IMAGE_SIZE = 4 << 20
RINGS = 0x100000            # queue q's areas at RINGS + q * 0x10000
BUFFERS = 0x800000          # queue q's request buffers at BUFFERS + q * 0x100000
V = L.VirtioFeature


def qemu_args(folder, sock, num_queues: int, packed: bool) -> list[str]:
    hlt = folder / "hlt.bin"
    hlt.write_bytes(b"\xf4" * 65536)
    return ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-bios", str(hlt),
            "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
            "-chardev", f"socket,id=c0,path={sock}",
            "-device", f"vhost-user-blk-pci,chardev=c0,romfile=,num-queues={num_queues},disable-legacy=on,"
                       f"packed={'on' if packed else 'off'}"]


def wait_until(predicate, what: str, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def handled(server) -> list[RequestHandled]:
    return [e for _, e in list(server.events) if isinstance(e, RequestHandled)]


def _flag(writable) -> int:
    return L.DESC_F_INDIRECT if writable == "indirect" else L.DESC_F_WRITE if writable else 0


def write_blk_request(qt, base: int, rtype, sector: int, payload):
    """A virtio-blk request in guest memory at ``base`` (0x11000 bytes): the header at ``base``, data
    at +0x1000 (``payload`` bytes to write, or a length to read, or 0 for none), the status byte
    (0xff until the device writes it) at +0x10000. Returns (buffers as (addr, len, writable), data
    address, status address)."""
    header, data, status = base, base + 0x1000, base + 0x10000
    qt.mem_write(header, L.BLK_REQUEST_HEADER.pack(int(rtype), 0, sector))
    qt.mem_write(status, b"\xff")
    if isinstance(payload, bytes):
        qt.mem_write(data, payload)
        return [(header, 16, False), (data, len(payload), False), (status, 1, True)], data, status
    if payload:
        return [(header, 16, False), (data, payload, True), (status, 1, True)], data, status
    return [(header, 16, False), (status, 1, True)], data, status


class GuestSplitRing:
    """A split virtqueue in guest memory, written through qtest (virtio 1.2, 2.7)."""

    def __init__(self, qt, base: int, num: int) -> None:
        self.qt, self.num = qt, num
        self.desc, self.driver, self.device = base, base + 16 * num, base + 0x8000
        qt.mem_write(base, bytes(16 * num + 6 + 2 * num))
        qt.mem_write(self.device, bytes(6 + 8 * num))
        self.avail_idx, self.last_used, self.next_desc = 0, 0, 0
        self.laps = 0

    def add(self, buffers) -> int:
        """``buffers``: (addr, len, writable); returns the head (the request's id)."""
        head = self.next_desc
        for i, (addr, n, writable) in enumerate(buffers):   # slots head, head + 1, ... (wrapping)
            more = i < len(buffers) - 1
            self.qt.mem_write(self.desc + 16 * ((head + i) % self.num),
                              L.DESC.pack(addr, n, _flag(writable) | (L.DESC_F_NEXT if more else 0),
                                          (head + i + 1) % self.num if more else 0))
        self.laps += (head + len(buffers)) // self.num
        self.next_desc = (head + len(buffers)) % self.num
        self.qt.mem_write(self.driver + 4 + 2 * (self.avail_idx % self.num), struct.pack("<H", head))
        self.avail_idx = (self.avail_idx + 1) & 0xFFFF
        return head

    def publish(self) -> None:
        self.qt.mem_write(self.driver + 2, struct.pack("<H", self.avail_idx))

    def used(self) -> list[tuple[int, int]]:
        idx = struct.unpack("<H", self.qt.mem_read(self.device + 2, 2))[0]
        out = []
        while self.last_used != idx:
            out.append(L.USED_ELEM.unpack(self.qt.mem_read(self.device + 4 + 8 * (self.last_used % self.num), 8)))
            self.last_used = (self.last_used + 1) & 0xFFFF
        return out


class GuestPackedRing:
    """A packed virtqueue in guest memory, written through qtest (virtio 1.2, 2.8): buffer ids
    are the chain's first slot; the head's flags are written last, after the rest of the chain."""

    def __init__(self, qt, base: int, num: int) -> None:
        self.qt, self.num = qt, num
        self.desc, self.driver, self.device = base, base + 0x8000, base + 0x8100
        qt.mem_write(base, bytes(16 * num))
        qt.mem_write(self.driver, bytes(4))     # flags ENABLE: notify on every used buffer
        qt.mem_write(self.device, bytes(4))
        self.next_avail, self.avail_wrap = 0, 1
        self.next_used, self.used_wrap = 0, 1
        self.heads: list[tuple[int, int]] = []
        self.slots: dict[int, int] = {}
        self.laps = 0

    def _flags(self, flags: int) -> int:
        return flags | (L.PACKED_DESC_F_AVAIL if self.avail_wrap else L.PACKED_DESC_F_USED)

    def add(self, buffers) -> int:
        buf_id = self.next_avail
        for i, (addr, n, writable) in enumerate(buffers):
            flags = _flag(writable) | (L.DESC_F_NEXT if i < len(buffers) - 1 else 0)
            if i == 0:
                self.heads.append((self.next_avail, self._flags(flags)))
                flags = 0 if self.avail_wrap else L.PACKED_DESC_F_AVAIL | L.PACKED_DESC_F_USED   # not yet
            else:
                flags = self._flags(flags)
            self.qt.mem_write(self.desc + 16 * self.next_avail, L.PACKED_DESC.pack(addr, n, buf_id, flags))
            self.next_avail += 1
            if self.next_avail == self.num:
                self.next_avail, self.avail_wrap = 0, self.avail_wrap ^ 1
                self.laps += 1
        self.slots[buf_id] = len(buffers)
        return buf_id

    def publish(self) -> None:
        for slot, flags in self.heads[1:] + self.heads[:1]:     # the first chain's head last
            self.qt.mem_write(self.desc + 16 * slot + 14, struct.pack("<H", flags))
        self.heads.clear()

    def used(self) -> list[tuple[int, int]]:
        out = []
        while self.slots:
            _, n, buf_id, flags = L.PACKED_DESC.unpack(self.qt.mem_read(self.desc + 16 * self.next_used, 16))
            wrap = self.used_wrap
            if bool(flags & L.PACKED_DESC_F_AVAIL) != wrap or bool(flags & L.PACKED_DESC_F_USED) != wrap:
                break
            out.append((buf_id, n))
            self.next_used += self.slots.pop(buf_id)
            if self.next_used >= self.num:
                self.next_used -= self.num
                self.used_wrap ^= 1
        return out


class Driver:
    """virtio-blk requests on the queues of a modern device."""

    def __init__(self, qt, pci: ModernVirtioPci, packed: bool, num_queues: int, num: int, *,
                 indirect: bool = False, event_idx: bool = False) -> None:
        self.qt, self.pci = qt, pci
        self.indirect, self.event_idx, self.packed = indirect, event_idx, packed
        kind = GuestPackedRing if packed else GuestSplitRing
        self.rings, self.queues = [], []
        for q in range(num_queues):
            ring = kind(qt, RINGS + q * 0x10000, num)
            self.rings.append(ring)
            self.queues.append(pci.setup_queue_at(q, ring.desc, ring.driver, ring.device, num))

    def batch(self, q: int, requests) -> list[tuple[int, bytes]]:
        """Requests (type, sector, data to write or bytes to read) on queue ``q``, one notification;
        returns (status, data read) per request, in order."""
        ring = self.rings[q]
        ids, slots = [], []
        for i, (rtype, sector, payload) in enumerate(requests):
            base = BUFFERS + q * 0x100000 + i * 0x11000
            bufs, data, status = write_blk_request(self.qt, base, rtype, sector, payload)
            if self.indirect:          # the whole chain in an indirect table: one ring slot
                table = base + 0x10100
                if self.packed:
                    raw = b"".join(L.PACKED_DESC.pack(a, n, 0, L.DESC_F_WRITE if w else 0) for a, n, w in bufs)
                else:
                    raw = b"".join(L.DESC.pack(a, n, (L.DESC_F_WRITE if w else 0)
                                               | (L.DESC_F_NEXT if j < len(bufs) - 1 else 0), j + 1)
                                   for j, (a, n, w) in enumerate(bufs))
                self.qt.mem_write(table, raw)
                bufs = [(table, len(raw), "indirect")]
            ids.append(ring.add(bufs))
            slots.append((data, status, payload))
        if self.event_idx:   # a notification when the batch's first entry is used
            if self.packed:    # desc mode of the driver event structure
                self.qt.mem_write(ring.driver, L.PACKED_EVENT.pack(ring.next_used | ring.used_wrap << 15,
                                                                   L.PACKED_EVENT_F_DESC))
            else:              # used_event, after the available ring's entries
                self.qt.mem_write(ring.driver + 4 + 2 * ring.num, struct.pack("<H", ring.last_used))
            self.pci.isr()     # clear
        ring.publish()
        self.pci.notify(self.queues[q])
        done: dict[int, int] = {}
        wait_until(lambda: done.update(ring.used()) or len(done) == len(ids), f"used entries of queue {q}")
        if self.event_idx:
            assert wait_until(lambda: self.pci.isr() & 1, "the notification the driver asked for")
            # the device asked for a kick when the driver makes its next slot (entry) available
            if self.packed:
                off_wrap, flags = L.PACKED_EVENT.unpack(self.qt.mem_read(ring.device, 4))
                assert (off_wrap, flags) == (ring.next_avail | ring.avail_wrap << 15, L.PACKED_EVENT_F_DESC)
            else:
                avail_event = struct.unpack("<H", self.qt.mem_read(ring.device + 4 + 8 * ring.num, 2))[0]
                assert avail_event == ring.avail_idx
        out = []
        for buf_id, (data, status, payload) in zip(ids, slots):
            n = payload if isinstance(payload, int) else 0
            assert done[buf_id] == n + 1           # data read and the status byte
            out.append((self.qt.mem_read(status, 1)[0], self.qt.mem_read(data, n)))
        return out


@pytest.mark.parametrize("packed,num_queues,indirect,event_idx", [
    (True, 1, False, False), (True, 1, True, True), (True, 4, False, True), (False, 4, False, False),
    (False, 4, True, True)],
    ids=["packed", "packed-indirect-event-idx", "packed-4-queues-event-idx", "split-4-queues",
         "split-4-queues-indirect-event-idx"])
def test_qemu_drives_our_back_end_over_the_modern_interface(tmp_path, packed, num_queues, indirect, event_idx):
    rng = random.Random(num_queues * 2 + packed)
    image = tmp_path / "disk.raw"
    image.write_bytes(rng.randbytes(IMAGE_SIZE))
    reference = tmp_path / "reference.raw"
    shutil.copyfile(image, reference)
    ref = bytearray(reference.read_bytes())
    sock = tmp_path / "vu.sock"
    num = 7 if packed else 8         # a packed ring of 7 slots: not a power of two, wraps every 2-3 requests
    export = BlkExport(image, num_queues=num_queues, serial="qemuspec-mq")
    with export, ThreadedBackendServer(sock, export.device) as server, \
            QemuProcess(qemu_args(tmp_path, sock, num_queues, packed), workdir=tmp_path) as qemu:
        qt = qemu.qtest
        wait_until(lambda: "GET_CONFIG" in [e.name for e in handled(server)], "the handshake")
        pci = ModernVirtioPci(qt, 0x1042)
        pci.set_status(0)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
        offered = pci.device_features()
        assert L.has(offered, V.version1) and L.has(offered, V.ring_packed) == packed
        assert L.has(offered, L.BlkFeature.mq) == (num_queues > 1)
        assert pci.num_queues() == num_queues
        wanted = (L.bit(V.version1) | L.bit(L.BlkFeature.blk_size) | L.bit(L.BlkFeature.flush)
                  | L.bit(L.BlkFeature.mq) | L.bit(V.ring_packed) | (L.bit(V.indirect_desc) if indirect else 0)
                  | (L.bit(V.event_idx) if event_idx else 0))
        pci.set_driver_features(offered & wanted)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK)
        assert pci.status() & L.STATUS_FEATURES_OK
        if num_queues > 1:   # the config space's num_queues field (offset 34) came from our GET_CONFIG
            assert struct.unpack("<H", pci.config_read(34, 2))[0] == num_queues
        driver = Driver(qt, pci, packed, num_queues, num, indirect=indirect, event_idx=event_idx)
        n = len(handled(server))
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK | L.STATUS_DRIVER_OK)
        wait_until(lambda: sum(e.name == "SET_VRING_KICK" for e in handled(server)[n:]) >= num_queues,
                   "the device start")
        start = handled(server)[n:]
        assert all(e.error is None for e in start), [(e.name, e.error) for e in start if e.error]
        acked = next(L.U64.unpack(e.payload)[0] for e in start if e.name == "SET_FEATURES")
        assert L.has(acked, V.ring_packed) == packed
        assert L.has(acked, V.indirect_desc) == indirect and L.has(acked, V.event_idx) == event_idx
        bases = [vring_state(e.payload) for e in start if e.name == "SET_VRING_BASE"]
        # packed: slot 0 with wrap counter 1 for both indexes (bits 15 and 31), as the vhost-user spec packs them
        assert sorted(bases) == [(q, 0x80008000 if packed else 0) for q in range(num_queues)]

        # requests on every queue: writes of fresh data, reads of what each queue (and the others) wrote
        for lap in range(3):
            for q in range(num_queues):
                requests = []
                for _ in range(2):
                    sector = rng.randrange(0, IMAGE_SIZE // 512 - 16)
                    data = rng.randbytes(512 * rng.choice([1, 2, 8]))
                    requests.append((L.BlkRequestType.write, sector, data))
                    ref[sector * 512:sector * 512 + len(data)] = data
                results = driver.batch(q, requests)
                assert [s for s, _ in results] == [0, 0]
                for _ in range(2):
                    sector = rng.randrange(0, IMAGE_SIZE // 512 - 16)
                    length = 512 * rng.choice([1, 4, 16])
                    requests = [(L.BlkRequestType.read, sector, length)]
                    status, got = driver.batch(q, requests)[0]
                    assert status == 0 and got == bytes(ref[sector * 512:sector * 512 + length])
            status, got = driver.batch(lap % num_queues, [(L.BlkRequestType.flush, 0, 0)])[0]
            assert status == 0
        ring_states = server.call(lambda: [(r.started, r.broken) for r in
                                           next(iter(server.server.sessions)).conn.vrings])
        assert ring_states == [(True, None)] * num_queues
        if not event_idx:               # (with EVENT_IDX every batch checked its own notification)
            assert pci.isr() & 1        # our call eventfds reached QEMU: the queue interrupt is pending

        # reset: QEMU stops every ring with GET_VRING_BASE; our base carries both indexes and wraps
        n = len(handled(server))
        pci.set_status(0)
        wait_until(lambda: sum(e.name == "GET_VRING_BASE" for e in handled(server)[n:]) >= num_queues,
                   "GET_VRING_BASE")
        rings = server.call(lambda: [(r.base, r.started) for r in next(iter(server.server.sessions)).conn.vrings])
        for q, (base, started) in enumerate(rings):
            assert not started
            ring = driver.rings[q]
            if packed:
                assert L.unpack_packed_base(base) == (ring.next_avail, ring.avail_wrap, ring.next_used, ring.used_wrap)
            else:
                assert base == ring.avail_idx
        # every queue went round its ring several times (both wrap counters flipped): 12 requests of 3 slots
        assert all(ring.laps >= (1 if indirect else 4) for ring in driver.rings)
        assert qemu.proc.poll() is None
    reference.write_bytes(ref)
    compare = run(["qemu-img", "compare", "-f", "raw", "-F", "raw", str(image), str(reference)])
    assert compare.returncode == 0, compare.stdout + compare.stderr


def test_virtio_pci_cap_spec_reads_the_capabilities_qemu_announces(tmp_path):
    """ksy/virtio_pci_cap.ksy parses the vendor-specific capabilities of QEMU's modern
    vhost-user-blk-pci, and the driver built on its field table found the same structures."""
    from qemuspec.formats.virtio_pci_cap import VirtioPciCap
    from qemuspec.specs import parse

    image = tmp_path / "disk.raw"
    image.write_bytes(bytes(IMAGE_SIZE))
    sock = tmp_path / "vu.sock"
    with BlkExport(image) as export, ThreadedBackendServer(sock, export.device) as server, \
            QemuProcess(qemu_args(tmp_path, sock, 1, False), workdir=tmp_path) as qemu:
        wait_until(lambda: "GET_CONFIG" in [e.name for e in handled(server)], "the handshake")
        pci = ModernVirtioPci(qemu.qtest, 0x1042)
        space = pci.function.config_space()
        caps, offset = [], space[0x34] & 0xFC
        while offset:
            if space[offset] == VirtioPciCap.CapabilityId.vendor_specific.value:
                caps.append(parse(VirtioPciCap, space[offset:offset + space[offset + 2]]))
            offset = space[offset + 1] & 0xFC
        kinds = [c.cfg_type for c in caps]
        T = VirtioPciCap.CfgType
        for kind in (T.common, T.notify, T.isr, T.device):
            assert kind in kinds, kinds
        first = {c.cfg_type: c for c in reversed(caps)}   # the first of each kind
        assert pci.notify_multiplier == first[T.notify].notify_off_multiplier > 0
        assert {first[k].bar for k in (T.common, T.notify, T.isr, T.device)} <= set(pci.bars)
        assert first[T.common].len_structure >= 56    # up to queue_device (virtio 1.0's structure)
        assert pci.num_queues() == 1 and pci.queue_size(0) > 0
