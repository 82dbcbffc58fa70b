"""vhost-user against real peers.

* our front-end (BlkClient) against qemu-storage-daemon's vhost-user-blk export
  and against our back-end (the ``qemuspec vhost-user blk`` command): reads and
  writes of many sizes and offsets, the image compared with a reference by
  ``qemu-img compare``; ``qemuspec vhost-user probe``; the dirty log;
* qemu-system-x86_64 as the front-end of our back-end: the handshake before
  any driver, the device start that programming the legacy virtio-pci device
  through qtest causes, virtio-blk requests placed in guest memory and
  kicked, and the reset that brings GET_VRING_BASE.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import signal
import socket
import struct
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendReply, RequestHandled
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.blk_client import BlkClient, BlkError
from qemuspec.ipc.vhost_user.payloads import memory_table, single_region, u64, vring_address, vring_state
from qemuspec.ipc.vhost_user.qtest_pci import LegacyVirtioPci
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess

from conftest import QEMUSPEC, ROOT, run

IMAGE_SIZE = 8 << 20
SIZES = [512, 1024, 4096, 4608, 8192, 65536, 65536 + 512, 131072, 262144, 1 << 20]


def wait_for_socket(path: Path, proc: subprocess.Popen, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"{what} exited with {proc.returncode}: {proc.stderr.read().decode()}")
        if path.exists():
            probe = socket.socket(socket.AF_UNIX)
            try:
                probe.connect(str(path))
                return
            except OSError:
                pass
            finally:
                probe.close()
        time.sleep(0.02)
    raise AssertionError(f"{what} did not open {path}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Peer:
    """A back-end process (qemu-storage-daemon or our CLI) serving a raw image."""

    def __init__(self, kind: str, folder: Path, image: Path) -> None:
        self.kind, self.image = kind, image
        self.sock = folder / f"{kind}.sock"
        if kind == "qsd":
            cmd = ["qemu-storage-daemon", "--blockdev", f"driver=file,node-name=f,filename={image}",
                   "--export", f"type=vhost-user-blk,id=e,node-name=f,addr.type=unix,addr.path={self.sock},"
                   "writable=on"]
        else:
            cmd = [QEMUSPEC, "vhost-user", "blk", "--socket", str(self.sock), str(image)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        try:
            wait_for_socket(self.sock, self.proc, kind)
        except BaseException:
            stop(self.proc)
            raise

    def stop(self) -> None:
        stop(self.proc)


@pytest.fixture
def raw_image(tmp_path):
    rng = random.Random(6)
    image = tmp_path / "disk.raw"
    image.write_bytes(rng.randbytes(IMAGE_SIZE))
    reference = tmp_path / "reference.raw"
    shutil.copyfile(image, reference)
    return image, reference


@pytest.fixture(params=["qsd", "ours"])
def peer(request, tmp_path, raw_image):
    p = Peer(request.param, tmp_path, raw_image[0])
    yield p
    p.stop()


async def exercise(disk: BlkClient, reference: Path, seed: int) -> int:
    """Random writes, reads and zeroings of many sizes; every read checked against ``reference``."""
    rng = random.Random(seed)
    ref = bytearray(reference.read_bytes())
    checked = 0
    for step in range(24):
        size = rng.choice(SIZES)
        offset = rng.randrange(0, (IMAGE_SIZE - size) // 512) * 512
        if step % 3 == 0:
            data = rng.randbytes(size)
            await disk.write(offset, data)
            ref[offset:offset + size] = data
        elif step % 7 == 1:
            await disk.write_zeroes(offset, size)
            ref[offset:offset + size] = bytes(size)
        got = await disk.read(offset, size)
        assert got == bytes(ref[offset:offset + size]), f"read of {size} at {offset}"
        checked += 1
    offsets = [rng.randrange(0, IMAGE_SIZE // 4096) * 4096 for _ in range(24)]
    results = await asyncio.gather(*(disk.read(o, 4096) for o in offsets))   # many in flight
    for o, got in zip(offsets, results):
        assert got == bytes(ref[o:o + 4096])
    last = IMAGE_SIZE - 512
    assert await disk.read(last, 512) == bytes(ref[last:])
    await disk.flush()
    reference.write_bytes(ref)
    return checked + len(offsets)


@pytest.mark.parametrize("mem_slots", [False, True], ids=["set-mem-table", "add-mem-reg"])
@pytest.mark.parametrize("rings", ["plain", "indirect+event-idx"])
def test_front_end_io_matches_the_reference_image(peer, raw_image, mem_slots, rings):
    image, reference = raw_image
    fancy = rings != "plain"

    async def main():
        disk = await BlkClient.connect(peer.sock, mem_slots=mem_slots, indirect=fancy, event_idx=fancy,
                                       queue_size=64)
        try:
            assert disk.size == IMAGE_SIZE and not disk.read_only
            assert L.has(disk.features, L.VirtioFeature.version1)
            assert L.has(disk.features, L.VirtioFeature.indirect_desc) == fancy
            assert L.has(disk.protocol_features, L.ProtocolFeature.configure_mem_slots) == mem_slots
            count = await exercise(disk, reference, seed=hash((peer.kind, mem_slots, rings)) & 0xFFFF)
            with pytest.raises(BlkError) as err:
                await disk.read(IMAGE_SIZE, 4096)          # past the end
            assert err.value.status == int(L.BlkStatus.ioerr)
            serial = await disk.get_id()
            assert serial == (b"vhost_user_blk" if peer.kind == "qsd" else b"qemuspec")
            bases = await disk.stop()
            assert bases == [disk.queues[0].avail_idx]
            return count
        finally:
            await disk.close(stop=False)

    assert asyncio.run(main()) > 40
    peer.stop()
    result = run(["qemu-img", "compare", "-f", "raw", "-F", "raw", str(image), str(reference)])
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


def test_discard_then_reads_stay_in_range(peer, raw_image):
    async def main():
        async with await BlkClient.connect(peer.sock) as disk:
            await disk.discard(1 << 20, 1 << 20)
            await disk.write_zeroes(3 << 20, 64 << 10, unmap=True)
            assert await disk.read(3 << 20, 64 << 10) == bytes(64 << 10)
    asyncio.run(main())


def test_probe_prints_what_the_back_end_offers(peer):
    result = run([QEMUSPEC, "vhost-user", "probe", "--socket", str(peer.sock), "--output", "json"])
    assert result.returncode == 0, result.stderr.decode()
    info = json.loads(result.stdout)
    assert {"version1", "protocol_features", "event_idx", "indirect_desc", "log_all", "flush"} <= \
        set(info["feature_names"])
    assert {"mq", "config", "reply_ack", "log_shmfd", "configure_mem_slots"} <= set(info["protocol_feature_names"])
    assert info["queues"] >= 1 and info["max_mem_slots"] == 32
    assert info["blk_config"]["num_sectors"] * 512 == IMAGE_SIZE
    human = run([QEMUSPEC, "vhost-user", "probe", "--socket", str(peer.sock)])
    assert human.returncode == 0 and b"capacity:          16384 sectors" in human.stdout


def test_dirty_log_marks_the_pages_the_back_end_wrote(peer):
    async def main():
        async with await BlkClient.connect(peer.sock, event_idx=False) as disk:
            log = await disk.start_dirty_log()
            assert not any(log)
            await disk.read(0, 8192)
            q = disk.queues[0]

            def marked(gpa):
                page = gpa // 4096
                return bool(log[page // 8] >> (page % 8) & 1)
            assert marked(q.used_gpa)                       # the used ring (VRING_F_LOG)
            written = [p for p in range(disk.ram.size // 4096) if marked(disk.ram.gpa + p * 4096)]
            assert 2 <= len(written) <= 4                   # the 8 KiB read buffer (+ status), the used ring
            log.release()
    asyncio.run(main())


@pytest.mark.parametrize("kind", ["qsd", "ours"])
def test_two_queues_serve_independently(tmp_path, raw_image, kind):
    image, _ = raw_image
    sock = tmp_path / f"{kind}-mq.sock"
    if kind == "qsd":
        cmd = ["qemu-storage-daemon", "--blockdev", f"driver=file,node-name=f,filename={image}",
               "--export", f"type=vhost-user-blk,id=e,node-name=f,addr.type=unix,addr.path={sock},"
               "writable=on,num-queues=2"]
    else:
        cmd = [QEMUSPEC, "vhost-user", "blk", "--num-queues", "2", "--socket", str(sock), str(image)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, kind)

        async def main():
            async with await BlkClient.connect(sock, num_queues=2) as disk:
                assert disk.max_queues == 2 and disk.config.num_queues == 2
                await disk.write(0, b"0" * 4096, queue=0)
                await disk.write(4096, b"1" * 4096, queue=1)
                a, b = await asyncio.gather(disk.read(4096, 4096, queue=0), disk.read(0, 4096, queue=1))
                assert (a, b) == (b"1" * 4096, b"0" * 4096)
                assert [q.avail_idx for q in disk.queues] == [2, 2]
                assert await disk.stop() == [2, 2]
        asyncio.run(main())
    finally:
        stop(proc)


def test_back_end_replaces_a_stale_socket_file(tmp_path, raw_image):
    sock = tmp_path / "stale.sock"
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(sock))
    leftover.close()                      # a socket file nobody listens on
    cmd = [QEMUSPEC, "vhost-user", "blk", "--read-only", "--socket", str(sock), str(raw_image[0])]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, "qemuspec")
        busy = run(cmd, timeout=20)      # read-only exports share the image, not the socket
        assert busy.returncode == 1 and b"Address already in use" in busy.stderr
    finally:
        stop(proc)
    assert proc.returncode == 0 and not sock.exists()


def test_image_locks_keep_qemu_and_our_back_end_apart(tmp_path, raw_image):
    image = raw_image[0]
    qsd = Peer("qsd", tmp_path, image)              # a writer
    try:
        refused = run([QEMUSPEC, "vhost-user", "blk", "--socket", str(tmp_path / "x.sock"), str(image)], timeout=20)
        assert refused.returncode == 1 and b'lock on' in refused.stderr
    finally:
        qsd.stop()
    ours = Peer("ours", tmp_path, image)            # now we are the writer
    try:
        write = run(["qemu-io", "-f", "raw", "-c", "write 0 512", str(image)])
        assert b'Failed to get "write" lock' in write.stderr            # a second writer is kept out
        assert run(["qemu-io", "-f", "raw", "-r", "-U", "-c", "read 0 512", str(image)]).returncode == 0
    finally:
        ours.stop()
    reader = subprocess.Popen([QEMUSPEC, "vhost-user", "blk", "--read-only", "--socket", str(tmp_path / "ro.sock"),
                               str(image)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        wait_for_socket(tmp_path / "ro.sock", reader, "qemuspec --read-only")
        assert run(["qemu-io", "-f", "raw", "-r", "-c", "read 0 512", str(image)]).returncode == 0   # readers share
        write = run(["qemu-io", "-f", "raw", "-c", "write 0 512", str(image)])
        assert b'Failed to get "write" lock' in write.stderr             # writers are kept out
    finally:
        stop(reader)


def test_probe_fails_cleanly_without_a_back_end(tmp_path):
    result = run([QEMUSPEC, "vhost-user", "probe", "--socket", str(tmp_path / "none.sock"), "--timeout", "1"])
    assert result.returncode == 1 and b"qemuspec: error: cannot connect" in result.stderr


# --- qemu-system-x86_64 as the front-end of our back-end ------------------------------------------

PATTERN_A, PATTERN_B = 0x5A, 0xA5
# The connect handshake the site draws (samples/traces/, recorded from QEMU): QEMU must still send exactly it.
_TRACE = yaml.safe_load((ROOT / "samples" / "traces" / "vhost_user.qemu-blk.yaml").read_text())
HANDSHAKE = [m["request"] for m in _TRACE["phases"][0]["messages"]]
assert _TRACE["phases"][0]["name"] == "connect" and HANDSHAKE[0] == "GET_FEATURES"
REQ, DATA, STATUS = 0x200000, 0x210000, 0x220000   # guest addresses of the request buffers


@pytest.fixture
def qcow2_image(tmp_path):
    image = tmp_path / "disk.qcow2"
    assert run(["qemu-img", "create", "-f", "qcow2", "-o", "cluster_size=4k", str(image), "4M"]).returncode == 0
    result = run(["qemu-io", "-c", f"write -P {PATTERN_A:#x} 0 64k", "-c", f"write -P {PATTERN_B:#x} 1M 8k",
                  str(image)])
    assert result.returncode == 0, result.stderr
    return image


def qemu_args(folder: Path, sock: Path) -> list[str]:
    hlt = folder / "hlt.bin"
    hlt.write_bytes(b"\xf4" * 65536)
    return ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-bios", str(hlt),
            "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
            "-chardev", f"socket,id=c0,path={sock}",
            "-device", "vhost-user-blk-pci,chardev=c0,romfile=,num-queues=1,disable-legacy=off"]


def handled(server: ThreadedBackendServer) -> list[RequestHandled]:
    return [e for _, e in list(server.events) if isinstance(e, RequestHandled)]


def wait_until(predicate, what: str, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def blk_request(qt, queue, slot: int, head: int, rtype: int, sector: int, in_len: int = 0, out: bytes = b""):
    """Write a virtio-blk request (header, data, status) into guest memory and make it available."""
    base = slot * 0x3000
    qt.mem_write(REQ + base, L.BLK_REQUEST_HEADER.pack(rtype, 0, sector) + out)
    qt.mem_write(STATUS + base, b"\xff")
    descs = [(REQ + base, 16 + len(out), L.DESC_F_NEXT)]
    if in_len:
        descs.append((DATA + base, in_len, L.DESC_F_WRITE | L.DESC_F_NEXT))
    descs.append((STATUS + base, 1, L.DESC_F_WRITE))
    raw = b"".join(L.DESC.pack(addr, n, flags, head + i + 1 if flags & L.DESC_F_NEXT else 0)
                   for i, (addr, n, flags) in enumerate(descs))
    qt.mem_write(queue.desc + 16 * head, raw)
    avail_idx = struct.unpack("<H", qt.mem_read(queue.avail + 2, 2))[0]
    qt.mem_write(queue.avail + 4 + 2 * (avail_idx % queue.num), struct.pack("<H", head))
    qt.mem_write(queue.avail + 2, struct.pack("<H", avail_idx + 1))
    return len(descs)


@pytest.mark.parametrize("mem_slots", [True, False], ids=["add-mem-reg", "set-mem-table"])
def test_qemu_front_end_drives_our_back_end(tmp_path, qcow2_image, mem_slots):
    sock = tmp_path / "vu.sock"
    export = BlkExport(qcow2_image, serial="qemuspec-test", read_only=True)
    withhold = 0 if mem_slots else L.bit(L.ProtocolFeature.configure_mem_slots)
    with export, ThreadedBackendServer(sock, export.device, withhold_protocol_features=withhold) as server, \
            QemuProcess(qemu_args(tmp_path, sock), workdir=tmp_path) as qemu:
        qt = qemu.qtest
        # 1. what QEMU sends while it realizes the device, before any driver
        expected = [name for name in HANDSHAKE if mem_slots or name != "GET_MAX_MEM_SLOTS"]
        wait_until(lambda: len(handled(server)) >= len(expected), "the handshake")
        before = handled(server)
        assert [e.name for e in before] == expected
        assert all(e.error is None for e in before)
        offered = server.call(lambda: next(iter(server.server.sessions)).conn.offered_protocol_features)
        acked = u64(before[2].payload)
        assert acked & ~offered == 0 and L.has(acked, L.ProtocolFeature.config)
        assert L.has(acked, L.ProtocolFeature.configure_mem_slots) == mem_slots
        by_name = {e.name: e for e in before}
        assert by_name["SET_BACKEND_REQ_FD"].num_fds == 1 and by_name["SET_VRING_CALL"].num_fds == 1

        # 2. a legacy driver through qtest: features, one queue, DRIVER_OK -> vhost starts
        pci = LegacyVirtioPci(qt, 0x1001)
        pci.set_status(0)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
        host = pci.host_features()
        assert host & L.bit(L.BlkFeature.ro) and host & L.bit(L.VirtioFeature.indirect_desc)
        pci.set_guest_features(host & (L.bit(L.BlkFeature.ro) | L.bit(L.BlkFeature.blk_size)
                                       | L.bit(L.BlkFeature.flush)))
        queue = pci.setup_queue(0, 0x100000)
        n = len(handled(server))
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_DRIVER_OK)
        start = wait_until(lambda: [e for e in handled(server)[n:]][-1:] and
                           "SET_VRING_ENABLE" in [e.name for e in handled(server)[n:]] and handled(server)[n:],
                           "the device start")
        names = [e.name for e in start]
        assert all(e.error is None for e in start), [(e.name, e.error) for e in start if e.error]
        memory = [e for e in start if e.name in ("ADD_MEM_REG", "SET_MEM_TABLE")]
        if mem_slots:
            assert memory and all(e.name == "ADD_MEM_REG" and e.num_fds == 1 and e.flags & L.FLAG_NEED_REPLY
                                  for e in memory)
            regions = [single_region(e.payload) for e in memory]
        else:
            assert [e.name for e in memory] == ["SET_MEM_TABLE"]
            regions = memory_table(memory[0].payload)
            assert memory[0].num_fds == len(regions)
        assert any(r.guest_addr <= queue.base < r.guest_addr + r.size for r in regions)
        for name in ("SET_FEATURES", "SET_VRING_NUM", "SET_VRING_BASE", "SET_VRING_ADDR", "SET_VRING_KICK",
                     "SET_VRING_CALL", "SET_VRING_ENABLE"):
            assert name in names, names
        order = [names.index(x) for x in ("SET_FEATURES", "SET_VRING_NUM", "SET_VRING_ADDR", "SET_VRING_KICK")]
        assert order == sorted(order)
        num = next(e for e in start if e.name == "SET_VRING_NUM")
        assert vring_state(num.payload) == (0, queue.num)
        addr = vring_address(next(e for e in start if e.name == "SET_VRING_ADDR").payload)
        assert addr.log == queue.used       # the used ring's guest address

        # 3. requests in guest memory, one notify: a read of each pattern, GET_ID, a write to the
        #    read-only qcow2 export, a read past the end
        slots = [(L.BlkRequestType.read, 0, 4096), (L.BlkRequestType.read, (1 << 20) // 512, 8192),
                 (L.BlkRequestType.get_id, 0, 20), (L.BlkRequestType.write, 8, 0),
                 (L.BlkRequestType.read, (4 << 20) // 512, 512)]
        head = 0
        for slot, (rtype, sector, in_len) in enumerate(slots):
            out = b"w" * 512 if rtype == L.BlkRequestType.write else b""
            head += blk_request(qt, queue, slot, head, int(rtype), sector, in_len, out)
        pci.isr()    # clear
        pci.notify(0)
        wait_until(lambda: struct.unpack("<H", qt.mem_read(queue.used + 2, 2))[0] == len(slots), "used entries")
        used = [L.USED_ELEM.unpack(qt.mem_read(queue.used + 4 + 8 * i, 8)) for i in range(len(slots))]
        statuses = [qt.mem_read(STATUS + slot * 0x3000, 1)[0] for slot in range(len(slots))]
        assert statuses == [0, 0, 0, int(L.BlkStatus.ioerr), int(L.BlkStatus.ioerr)]
        assert [u[1] for u in used] == [4097, 8193, 21, 1, 1]
        assert qt.mem_read(DATA, 4096) == bytes([PATTERN_A]) * 4096
        assert qt.mem_read(DATA + 0x3000, 8192) == bytes([PATTERN_B]) * 8192
        assert qt.mem_read(DATA + 0x6000, 20) == b"qemuspec-test".ljust(20, b"\0")
        assert wait_until(lambda: pci.isr() & 1, "the queue interrupt")   # our call eventfd reached QEMU
        ring = server.call(lambda: next(iter(server.server.sessions)).conn.vrings[0])
        assert ring.started and ring.enabled

        # 4. the back-end channel: a configuration change makes QEMU read the config again
        n = len(handled(server))
        assert server.call(lambda: next(iter(server.server.sessions)).notify_config_change())
        wait_until(lambda: any(isinstance(e, BackendReply) for _, e in list(server.events)), "QEMU's answer")
        reply = next(e for _, e in list(server.events) if isinstance(e, BackendReply))
        assert reply.name == "CONFIG_CHANGE_MSG" and reply.value == 0
        assert "GET_CONFIG" in [e.name for e in handled(server)[n:]]

        # 5. reset: QEMU stops the ring with GET_VRING_BASE and gets the next available index
        n = len(handled(server))
        pci.set_status(0)
        stop_event = wait_until(lambda: next((e for e in handled(server)[n:] if e.name == "GET_VRING_BASE"), None),
                                "GET_VRING_BASE")
        assert vring_state(stop_event.payload)[0] == 0
        ring = server.call(lambda: next(iter(server.server.sessions)).conn.vrings[0])
        assert not ring.started and ring.queue is None and ring.base == len(slots)
        assert qemu.proc.poll() is None


def test_qemu_gets_its_device_config_from_the_cli_back_end(tmp_path, qcow2_image):
    sock = tmp_path / "cli.sock"
    proc = subprocess.Popen([QEMUSPEC, "vhost-user", "blk", "-v", "--read-only", "--socket", str(sock), str(qcow2_image)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, "qemuspec vhost-user blk")
        with QemuProcess(qemu_args(tmp_path, sock), workdir=tmp_path) as qemu:
            pci = LegacyVirtioPci(qemu.qtest, 0x1001)
            capacity = struct.unpack("<Q", pci.config(0, 8))[0]
            assert capacity == (4 << 20) // 512          # what GET_CONFIG told QEMU
            assert pci.host_features() & L.bit(L.BlkFeature.ro)
    finally:
        stop(proc)
    log = proc.stderr.read().decode()
    assert proc.returncode == 0
    assert "as vhost-user-blk on" in log and "GET_CONFIG (69 bytes, 0 fds): ok" in log
    assert "ConnectionClosed" in log


def test_our_back_end_writes_qcow2_images_qemu_trusts(tmp_path):
    """Guest I/O through our front-end and back-end into a qcow2 image: QEMU checks it clean
    and reads what a raw reference holds."""
    image = tmp_path / "disk.qcow2"
    assert run(["qemu-img", "create", "-f", "qcow2", "-o", "cluster_size=4k", str(image), str(IMAGE_SIZE)]).returncode == 0
    reference = tmp_path / "reference.raw"
    reference.write_bytes(bytes(IMAGE_SIZE))
    peer = Peer("ours", tmp_path, image)
    try:
        async def main():
            disk = await BlkClient.connect(peer.sock)
            try:
                assert not disk.read_only
                await exercise(disk, reference, seed=5)
                await disk.discard(0, 65536)
                ref = bytearray(reference.read_bytes())
                ref[0:65536] = bytes(65536)
                reference.write_bytes(ref)
                await disk.flush()
            finally:
                await disk.close()
        asyncio.run(main())
    finally:
        peer.stop()
    check = run(["qemu-img", "check", str(image)])
    assert check.returncode == 0, check.stdout + check.stderr
    compare = run(["qemu-img", "compare", "-f", "qcow2", "-F", "raw", str(image), str(reference)])
    assert compare.returncode == 0, compare.stdout + compare.stderr
