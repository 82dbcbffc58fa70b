"""Our vhost-user front-end against back-ends nobody here wrote (Debian 12 packages).

* QEMU's C virtiofsd (qemu-system-common, ``/usr/lib/qemu/virtiofsd``): the
  handshake, a request queue started in memfd guest memory, a real FUSE_INIT
  and a FUSE_GETATTR of the shared folder answered in the used ring, and
  GET_VRING_BASE stopping the queue;
* QEMU's vhost-user-gpu (qemu-system-gui, ``/usr/lib/qemu/vhost-user-gpu``):
  the handshake with GET_CONFIG, the GPU channel (GPU_SET_SOCKET with one end
  of a socketpair, on which the back-end runs the vhost-user-gpu protocol),
  and the control queue answering virtio-gpu commands, one of which the
  back-end asks us about on the GPU channel (GET_DISPLAY_INFO), and the cursor
  queue, whose MOVE_CURSOR comes to us on that channel;
* DPDK's testpmd (dpdk-dev's ``dpdk-testpmd``, the net_vhost driver of
  librte-net-vhost23 as a back-end), without hugepages: the handshake and both
  queues of a virtio-net pair, an Ethernet frame sent on our transmit queue
  and forwarded back by testpmd's io mode into our receive queue;
* and the other way round, testpmd's net_virtio_user front-end (librte-net-virtio23)
  against our back-end core with a minimal virtio-net device defined here: the
  handshake DPDK's front-end drives (with STATUS) and the frames its txonly mode
  transmits, read from our transmit queue.

Every request our front-end sends and the reply it got are recorded, and the
sequence is compared with what these peers answered when the tests were
written; the values come from the peer (none are made up here).
"""

from __future__ import annotations

import os
import select
import signal
import socket
import struct
import subprocess
import threading
import time
from pathlib import Path

from qemuspec.errors import PeerError
from qemuspec.ipc.vhost_user.client import SyncVhostUserClient
from qemuspec.ipc.vhost_user.device import VhostUserDevice
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.ipc.vhost_user.events import RequestHandled
from qemuspec.ipc.vhost_user.layout import (DESC, DESC_F_INDIRECT, DESC_SIZE, STATUS_ACKNOWLEDGE, STATUS_DRIVER,
                                            STATUS_DRIVER_OK, STATUS_FEATURES_OK, ProtocolFeature as P,
                                            VirtioFeature as V, bit, has)
from qemuspec.ipc.vhost_user.payloads import u64
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.ipc.vhost_user.wire import request_name
from qemuspec.memory import GuestRam

VIRTIOFSD = next((p for p in ("/usr/lib/qemu/virtiofsd", "/usr/libexec/virtiofsd") if os.path.exists(p)),
                 "/usr/lib/qemu/virtiofsd")
VHOST_USER_GPU = "/usr/lib/qemu/vhost-user-gpu"
TESTPMD = "/usr/bin/dpdk-testpmd"

ACK = "ack"            # a REPLY_ACK status of zero
NO_REPLY = "no reply"  # a request that is not answered


# --- processes ------------------------------------------------------------------------------------

class PeerProcess:
    """A back-end process listening on ``sock``; its output goes to ``log``."""

    def __init__(self, cmd: list[str], sock: Path, log: Path, *, stdin=subprocess.DEVNULL,
                 env: dict[str, str] | None = None) -> None:
        self.sock, self.log = sock, log
        self._out = open(log, "wb")
        self.proc = subprocess.Popen(cmd, stdin=stdin, stdout=self._out, stderr=subprocess.STDOUT,
                                     env=None if env is None else {**os.environ, **env})
        try:
            self._wait_for_socket(30.0)
        except BaseException:
            self.stop()
            raise

    def _wait_for_socket(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.proc.args[0]} exited with {self.proc.returncode}: {self.output()}")
            if self.sock.exists():
                return
            time.sleep(0.02)
        raise AssertionError(f"{self.proc.args[0]} did not create {self.sock}: {self.output()}")

    def output(self) -> str:
        if not self._out.closed:
            self._out.flush()
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self._out.close()


# --- our front-end, recorded -------------------------------------------------------------------

class Session:
    """Our blocking front-end; ``s.log`` holds (request, reply) for every request sent."""

    def __init__(self, path: Path) -> None:
        deadline = time.monotonic() + 10.0
        while True:   # the socket file appears at bind(), a moment before listen(): retry a refusal
            try:
                self.client = SyncVhostUserClient.connect(path, timeout=10.0)
                break
            except PeerError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.log: list[tuple[str, object]] = []

    def __call__(self, verb: str, *args, **kwargs):
        ticket = getattr(self.client.fe, verb)(*args, **kwargs)
        value = self.client.call(ticket)
        if not ticket.expects_reply:
            shown = NO_REPLY
        elif value is None:
            shown = ACK
        else:
            shown = value
        self.log.append((request_name(ticket.request), shown))
        return value

    def negotiate(self, wanted_protocol: int, wanted_features: int) -> tuple[int, int, int]:
        """GET/SET_(PROTOCOL_)FEATURES, GET_QUEUE_NUM, SET_OWNER; returns what the peer offered."""
        features = self("get_features")
        protocol = self("get_protocol_features")
        self("set_protocol_features", protocol & wanted_protocol)
        queues = self("get_queue_num")
        self("set_owner")
        self.wanted_features = features & wanted_features
        return features, protocol, queues

    def start_queue(self, ram: GuestRam, index: int, num: int) -> DriverQueue:
        """SET_VRING_NUM/BASE/ADDR/KICK/CALL/ERR and SET_VRING_ENABLE for queue ``index``."""
        q = DriverQueue(ram, index, num, event_idx=has(self.wanted_features, V.event_idx),
                        indirect=has(self.wanted_features, V.indirect_desc))
        self("set_vring_num", index, num)
        self("set_vring_base", index, 0)
        self("set_vring_addr", q.address())
        self("set_vring_kick", index, q.kick_fd)
        self("set_vring_call", index, q.call_fd)
        self("set_vring_err", index, q.err_fd)
        self("set_vring_enable", index, True)
        return q

    def close(self) -> None:
        self.client.close()


def queue_start_log() -> list[tuple[str, object]]:
    """What Session.start_queue sends, each request acknowledged (REPLY_ACK) with status 0."""
    return [(name, ACK) for name in ("SET_VRING_NUM", "SET_VRING_BASE", "SET_VRING_ADDR", "SET_VRING_KICK",
                                     "SET_VRING_CALL", "SET_VRING_ERR", "SET_VRING_ENABLE")]


def publish_and_kick(q: DriverQueue) -> bool:
    """Publish what was added; kick if the device asks for it (returns whether it did)."""
    q.publish()
    q.arm()
    needed = q.kick_needed()
    if needed:
        q.kick()
    return needed


def wait_used(q: DriverQueue, count: int, timeout: float = 10.0) -> list[tuple[object, int]]:
    """Wait (on the call eventfd) until ``count`` chains came back; (token, bytes written) each."""
    done: list[tuple[object, int]] = []
    deadline = time.monotonic() + timeout
    while len(done) < count:
        done += q.harvest()
        if len(done) >= count:
            break
        if q.arm():
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"queue {q.index}: {len(done)} of {count} chains came back")
        if select.select([q.call_fd], [], [], min(left, 0.5))[0]:
            try:
                os.eventfd_read(q.call_fd)
            except BlockingIOError:
                pass
    return done


# --- virtiofsd ---------------------------------------------------------------------------------------
# FUSE layouts (include/uapi/linux/fuse.h): the request header, the INIT request
# of protocol 7.31 and the reply header; FUSE is not a QEMU format, so these
# stay here.
FUSE_IN_HEADER = struct.Struct("<IIQQIIII")      # len, opcode, unique, nodeid, uid, gid, pid, padding
FUSE_OUT_HEADER = struct.Struct("<IiQ")          # len, error, unique
FUSE_INIT_IN = struct.Struct("<IIII")            # major, minor, max_readahead, flags
FUSE_INIT_OUT = struct.Struct("<IIIIHHIIHHI28x")  # major, minor, max_readahead, flags, max_background,
#                                                  congestion_threshold, max_write, time_gran, max_pages,
#                                                  map_alignment, flags2, unused
FUSE_GETATTR_IN = struct.Struct("<IIQ")          # getattr_flags, dummy, fh
FUSE_ATTR_OUT_HEAD = struct.Struct("<QII")       # attr_valid, attr_valid_nsec, dummy
FUSE_ATTR = struct.Struct("<QQQQQQIIIIIIIIII")   # ino size blocks atime mtime ctime *nsec mode nlink uid gid rdev
#                                                  blksize flags
FUSE_INIT, FUSE_GETATTR = 26, 3
FUSE_ROOT_ID = 1
S_IFDIR = 0o040000


def fuse_request(ram: GuestRam, opcode: int, unique: int, nodeid: int, body: bytes) -> tuple[int, int]:
    size = FUSE_IN_HEADER.size + len(body)
    gpa = ram.alloc(size)
    ram.at(gpa, size)[:] = FUSE_IN_HEADER.pack(size, opcode, unique, nodeid, 0, 0, 0, 0) + body
    return gpa, size


def test_virtiofsd(tmp_path):
    """virtiofsd (C, QEMU 7.2): handshake, request queue 1, FUSE_INIT and FUSE_GETATTR answered."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "hello.txt").write_text("hello from the host\n")
    sock = tmp_path / "vfs.sock"
    peer = PeerProcess([VIRTIOFSD, f"--socket-path={sock}", "-o", f"source={share}", "-o", "sandbox=chroot",
                        "-o", "cache=none", "-f"], sock, tmp_path / "virtiofsd.log")
    ram = GuestRam(1 << 20)
    s = None
    try:
        s = Session(sock)
        features, protocol, queues = s.negotiate(
            bit(P.mq) | bit(P.reply_ack) | bit(P.configure_mem_slots),
            bit(V.version1) | bit(V.protocol_features) | bit(V.event_idx) | bit(V.indirect_desc))
        # virtio-fs has no device feature bits in use: libvhost-user's own bits and VERSION_1
        assert has(features, V.version1) and has(features, V.protocol_features)
        assert has(features, V.event_idx) and has(features, V.indirect_desc)
        assert has(protocol, P.mq) and has(protocol, P.reply_ack) and has(protocol, P.configure_mem_slots)
        assert not has(protocol, P.config)       # virtio-fs has a configuration space, virtiofsd serves none
        assert queues == 2                       # the hiprio queue and one request queue
        assert s("get_max_mem_slots") == 32      # libvhost-user's VHOST_USER_MAX_RAM_SLOTS
        s("set_features", s.wanted_features)
        s("add_mem_reg", ram.region(), ram.fd)   # memory one region at a time (CONFIGURE_MEM_SLOTS)
        q = s.start_queue(ram, 1, 64)            # queue 1: the first request queue, chains in indirect tables

        init_gpa, init_len = fuse_request(ram, FUSE_INIT, 0x5151, 0, FUSE_INIT_IN.pack(7, 31, 0, 0))
        init_reply = ram.alloc(4096)
        head = q.add([(init_gpa, init_len)], [(init_reply, 4096)], "init")
        _, _, flags, _ = DESC.unpack(ram.at(q.desc_gpa + DESC_SIZE * head, DESC_SIZE))
        assert flags == DESC_F_INDIRECT          # the two buffers are in an indirect table
        assert publish_and_kick(q)               # a fresh ring: the device wants its first kick
        (token, written), = wait_used(q, 1)
        assert token == "init"
        out_len, error, unique = FUSE_OUT_HEADER.unpack(ram.at(init_reply, FUSE_OUT_HEADER.size))
        assert (error, unique) == (0, 0x5151)
        assert out_len == written == FUSE_OUT_HEADER.size + FUSE_INIT_OUT.size
        major, minor, _, _, _, _, max_write, *_ = FUSE_INIT_OUT.unpack(
            ram.at(init_reply + FUSE_OUT_HEADER.size, FUSE_INIT_OUT.size))
        assert major == 7 and minor >= 31        # virtiofsd speaks FUSE 7.36 and answers with its minor
        assert max_write > 0

        attr_gpa, attr_len = fuse_request(ram, FUSE_GETATTR, 0x5152, FUSE_ROOT_ID, FUSE_GETATTR_IN.pack(0, 0, 0))
        attr_reply = ram.alloc(4096)
        q.add([(attr_gpa, attr_len)], [(attr_reply, 4096)], "getattr")
        publish_and_kick(q)
        (token, written), = wait_used(q, 1)
        out_len, error, unique = FUSE_OUT_HEADER.unpack(ram.at(attr_reply, FUSE_OUT_HEADER.size))
        assert (token, error, unique) == ("getattr", 0, 0x5152)
        assert written == out_len
        attr = FUSE_ATTR.unpack(ram.at(attr_reply + FUSE_OUT_HEADER.size + FUSE_ATTR_OUT_HEAD.size, FUSE_ATTR.size))
        ino, mode = attr[0], attr[9]
        assert ino == share.stat().st_ino        # the host's inode of the shared folder
        assert mode & 0o170000 == S_IFDIR and mode & 0o7777 == share.stat().st_mode & 0o7777

        assert s("get_vring_base", 1) == 2       # stopped after the two chains it took
        assert s.log == [
            ("GET_FEATURES", features), ("GET_PROTOCOL_FEATURES", protocol), ("SET_PROTOCOL_FEATURES", NO_REPLY),
            ("GET_QUEUE_NUM", 2), ("SET_OWNER", ACK), ("GET_MAX_MEM_SLOTS", 32), ("SET_FEATURES", ACK),
            ("ADD_MEM_REG", ACK), *queue_start_log(), ("GET_VRING_BASE", 2)]
        assert s.wanted_features == (bit(V.version1) | bit(V.protocol_features) | bit(V.event_idx)
                                     | bit(V.indirect_desc))
        q.close()
    finally:
        if s is not None:
            s.close()
        ram.close()
        peer.stop()
    assert "fv_queue_set_started: qidx=1 started=1" in peer.output()


# --- vhost-user-gpu ------------------------------------------------------------------------------------
# The vhost-user-gpu protocol (docs/interop/vhost-user-gpu.rst): a header of
# request, flags (bit 2: reply) and payload size, all u32; the back-end asks,
# the front-end answers.
GPU_HEADER = struct.Struct("<III")
GPU_FLAG_REPLY = 1 << 2
GPU_GET_PROTOCOL_FEATURES, GPU_SET_PROTOCOL_FEATURES, GPU_GET_DISPLAY_INFO, GPU_CURSOR_POS = 1, 2, 3, 4
GPU_CURSOR_POS_PAYLOAD = struct.Struct("<III")   # scanout_id, x, y
# virtio-gpu (VIRTIO 1.2, 5.7.6): the control header, commands and response types.
GPU_CTRL_HDR = struct.Struct("<IIQIB3x")         # type, flags, fence_id, ctx_id, ring_idx
GPU_DISPLAY_ONE = struct.Struct("<IIIIII")       # rect x, y, width, height; enabled; flags
GPU_MAX_SCANOUTS = 16
GPU_RESOURCE_CREATE_2D = struct.Struct("<IIII")   # resource_id, format, width, height
GPU_UPDATE_CURSOR = struct.Struct("<IIIIIII4x")   # pos (scanout_id, x, y, padding), resource_id, hot_x, hot_y
GPU_CMD_GET_DISPLAY_INFO, GPU_CMD_RESOURCE_CREATE_2D, GPU_CMD_MOVE_CURSOR = 0x0100, 0x0101, 0x0301
GPU_RESP_OK_NODATA, GPU_RESP_OK_DISPLAY_INFO = 0x1100, 0x1101
GPU_RESP_ERR_INVALID_RESOURCE_ID = 0x1203
GPU_FORMAT_B8G8R8X8_UNORM = 2
GPU_CONFIG = struct.Struct("<IIII")              # events_read, events_clear, num_scanouts, num_capsets
OUR_DISPLAY = (0, 0, 1280, 800)


class GpuChannel(threading.Thread):
    """Our end of the GPU channel: answers the back-end's requests, records every message."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__(daemon=True)
        self.sock = sock
        self.messages: list[tuple[int, int, bytes]] = []   # request, flags, payload
        self.error: BaseException | None = None

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def run(self) -> None:
        try:
            while True:
                request, flags, size = GPU_HEADER.unpack(self._read(GPU_HEADER.size))
                payload = self._read(size) if size else b""
                self.messages.append((request, flags, payload))
                if request == GPU_GET_PROTOCOL_FEATURES:
                    self._reply(request, struct.pack("<Q", 0))         # no EDID, no DMABUF_SCANOUT2
                elif request == GPU_GET_DISPLAY_INFO:
                    modes = GPU_DISPLAY_ONE.pack(*OUR_DISPLAY, 1, 0) + bytes(GPU_DISPLAY_ONE.size * 15)
                    self._reply(request, GPU_CTRL_HDR.pack(GPU_RESP_OK_DISPLAY_INFO, 0, 0, 0, 0) + modes)
        except EOFError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc

    def _reply(self, request: int, payload: bytes) -> None:
        self.sock.sendall(GPU_HEADER.pack(request, GPU_FLAG_REPLY, len(payload)) + payload)


def test_vhost_user_gpu(tmp_path):
    """vhost-user-gpu (QEMU 7.2, no virgl): handshake, GET_CONFIG, the GPU channel, the control queue."""
    sock = tmp_path / "gpu.sock"
    peer = PeerProcess([VHOST_USER_GPU, "--socket-path", str(sock)], sock, tmp_path / "vhost-user-gpu.log")
    ram = GuestRam(1 << 20)
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    channel = GpuChannel(ours)
    channel.start()
    s = None
    try:
        s = Session(sock)
        features, protocol, queues = s.negotiate(bit(P.mq) | bit(P.reply_ack) | bit(P.config),
                                                 bit(V.version1) | bit(V.protocol_features))
        assert has(features, V.version1) and has(features, V.protocol_features)
        assert not features & 0xFFFFFF           # no device bits: VIRGL (0) only with --virgl
        assert has(protocol, P.config) and has(protocol, P.mq) and has(protocol, P.reply_ack)
        assert queues == 2                       # the control queue and the cursor queue
        s("gpu_set_socket", theirs.fileno())
        theirs.close()
        config = s("get_config", 0, GPU_CONFIG.size)
        # all zero: the back-end leaves num_scanouts to the front-end (QEMU fills in its own)
        assert GPU_CONFIG.unpack(config) == (0, 0, 0, 0)
        s("set_features", s.wanted_features)
        s("set_mem_table", [ram.region()], [ram.fd])
        q = s.start_queue(ram, 0, 64)            # queue 0: the control queue

        commands = {
            "display": (GPU_CTRL_HDR.pack(GPU_CMD_GET_DISPLAY_INFO, 0, 0, 0, 0),
                        GPU_CTRL_HDR.size + GPU_DISPLAY_ONE.size * GPU_MAX_SCANOUTS),
            "create": (GPU_CTRL_HDR.pack(GPU_CMD_RESOURCE_CREATE_2D, 0, 0, 0, 0)
                       + GPU_RESOURCE_CREATE_2D.pack(7, GPU_FORMAT_B8G8R8X8_UNORM, 64, 64), GPU_CTRL_HDR.size),
            "create0": (GPU_CTRL_HDR.pack(GPU_CMD_RESOURCE_CREATE_2D, 0, 0, 0, 0)
                        + GPU_RESOURCE_CREATE_2D.pack(0, GPU_FORMAT_B8G8R8X8_UNORM, 64, 64), GPU_CTRL_HDR.size),
        }
        replies = {}
        for name, (command, reply_len) in commands.items():
            cmd_gpa = ram.alloc(len(command))
            ram.at(cmd_gpa, len(command))[:] = command
            replies[name] = (ram.alloc(reply_len), reply_len)
            q.add([(cmd_gpa, len(command))], [replies[name]], name)
        assert publish_and_kick(q)
        used = dict(wait_used(q, 3))
        assert used == {name: reply_len for name, (_, reply_len) in replies.items()}

        def response(name: str) -> bytes:
            return bytes(ram.at(*replies[name]))
        assert GPU_CTRL_HDR.unpack_from(response("display"))[0] == GPU_RESP_OK_DISPLAY_INFO
        # the display the back-end asked us for on the GPU channel, passed on to the driver
        assert GPU_DISPLAY_ONE.unpack_from(response("display"), GPU_CTRL_HDR.size) == (*OUR_DISPLAY, 1, 0)
        assert GPU_CTRL_HDR.unpack(response("create"))[0] == GPU_RESP_OK_NODATA
        assert GPU_CTRL_HDR.unpack(response("create0"))[0] == GPU_RESP_ERR_INVALID_RESOURCE_ID

        # the cursor queue: a MOVE_CURSOR is used without a response and becomes a CURSOR_POS
        # message to us on the GPU channel
        cursor = s.start_queue(ram, 1, 16)
        move = GPU_CTRL_HDR.pack(GPU_CMD_MOVE_CURSOR, 0, 0, 0, 0) + GPU_UPDATE_CURSOR.pack(0, 100, 200, 0, 7, 0, 0)
        move_gpa = ram.alloc(len(move))
        ram.at(move_gpa, len(move))[:] = move
        cursor.add([(move_gpa, len(move))], [], "move")
        assert publish_and_kick(cursor)
        assert wait_used(cursor, 1) == [("move", 0)]
        deadline = time.monotonic() + 10
        while len(channel.messages) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)

        assert s.log == [
            ("GET_FEATURES", features), ("GET_PROTOCOL_FEATURES", protocol), ("SET_PROTOCOL_FEATURES", NO_REPLY),
            ("GET_QUEUE_NUM", 2), ("SET_OWNER", ACK), ("GPU_SET_SOCKET", ACK), ("GET_CONFIG", bytes(16)),
            ("SET_FEATURES", ACK), ("SET_MEM_TABLE", ACK), *queue_start_log(), *queue_start_log()]
        # the GPU channel: the back-end asked for our protocol features, set them (none), asked
        # for the display information once, for the driver's GET_DISPLAY_INFO, and told us where
        # the cursor went
        assert channel.messages == [(GPU_GET_PROTOCOL_FEATURES, 0, b""),
                                    (GPU_SET_PROTOCOL_FEATURES, 0, struct.pack("<Q", 0)),
                                    (GPU_GET_DISPLAY_INFO, 0, b""),
                                    (GPU_CURSOR_POS, 0, GPU_CURSOR_POS_PAYLOAD.pack(0, 100, 200))]
        assert channel.error is None
        q.close()
        cursor.close()
    finally:
        if s is not None:
            s.close()
        ram.close()
        peer.stop()
        ours.shutdown(socket.SHUT_RDWR)
        channel.join(10)
        ours.close()


# --- DPDK testpmd, net_vhost back-end ----------------------------------------------------------------------
VIRTIO_NET_HDR = struct.Struct("<BBHHHHH")       # flags, gso_type, hdr_len, gso_size, csum_start, csum_offset,
#                                                  num_buffers (12 bytes: VERSION_1)
RX_BUFFER = VIRTIO_NET_HDR.size + 1514


def pmd_args(sock: Path) -> list[str]:
    """testpmd with a vhost-user back-end port at ``sock``, in plain (non-huge) memory, forwarding
    whatever the port receives back out of the same port (io mode, one port paired with itself)."""
    return [TESTPMD, "--no-huge", "-m", "256", "--no-pci", "--no-shconf", "--file-prefix=qemuspec",
            "--vdev", f"net_vhost0,iface={sock},queues=1",
            "--", "--no-mlockall", "--total-num-mbufs=2048", "--forward-mode=io", "--auto-start"]


def pmd_env(folder: Path) -> dict[str, str]:
    """DPDK's EAL keeps its runtime folder (``dpdk/<file-prefix>``) under RUNTIME_DIRECTORY when set
    (else /var/run for root): keep it in the test's folder."""
    return {"RUNTIME_DIRECTORY": str(folder)}


def test_dpdk_testpmd_net_vhost(tmp_path):
    """testpmd (DPDK 22.11) as the back-end: handshake, both queues of a pair, a frame forwarded back."""
    sock = tmp_path / "vhost-net.sock"
    peer = PeerProcess(pmd_args(sock), sock, tmp_path / "testpmd.log", stdin=subprocess.PIPE,
                       env=pmd_env(tmp_path))
    ram = GuestRam(1 << 20)
    s = None
    try:
        s = Session(sock)
        features, protocol, queues = s.negotiate(bit(P.mq) | bit(P.reply_ack),
                                                 bit(V.version1) | bit(V.protocol_features) | bit(V.event_idx))
        assert has(features, V.version1) and has(features, V.protocol_features) and has(features, V.event_idx)
        assert features & 0xFFFFFF == 0x66E7CB   # DPDK's virtio-net bits (MRG_RXBUF, CTRL_VQ, MQ, offloads)
        assert has(protocol, P.mq) and has(protocol, P.reply_ack) and not has(protocol, P.config)
        assert queues == 128                     # DPDK's limit of rings per device
        s("set_features", s.wanted_features)
        s("set_mem_table", [ram.region()], [ram.fd])
        rx = s.start_queue(ram, 0, 64)           # receiveq1: testpmd transmits into it
        tx = s.start_queue(ram, 1, 64)           # transmitq1: testpmd receives from it
        rx_buffers = []
        for i in range(4):
            gpa = ram.alloc(RX_BUFFER)
            rx_buffers.append(gpa)
            rx.add([], [(gpa, RX_BUFFER)], ("rx", i))
        publish_and_kick(rx)
        frame = (b"\xff" * 6 + bytes.fromhex("525400123456") + struct.pack(">H", 0x88B5)
                 + b"qemuspec vhost-user interop frame".ljust(50, b"."))
        packet = VIRTIO_NET_HDR.pack(0, 0, 0, 0, 0, 0, 0) + frame
        tx_gpa = ram.alloc(len(packet))
        ram.at(tx_gpa, len(packet))[:] = packet
        tx.add([(tx_gpa, len(packet))], [], "tx")
        publish_and_kick(tx)
        assert wait_used(tx, 1) == [("tx", 0)]
        (token, written), = wait_used(rx, 1)
        # the frame came back, unchanged, in the first receive buffer, after a header of zeros
        assert (token, written) == (("rx", 0), VIRTIO_NET_HDR.size + len(frame))
        got = bytes(ram.at(rx_buffers[0], written))
        assert got == bytes(VIRTIO_NET_HDR.size) + frame
        # stopping the rings gives the next available index each would have read
        assert s("get_vring_base", 0) == 1 and s("get_vring_base", 1) == 1
        assert s.log == [
            ("GET_FEATURES", features), ("GET_PROTOCOL_FEATURES", protocol), ("SET_PROTOCOL_FEATURES", NO_REPLY),
            ("GET_QUEUE_NUM", 128), ("SET_OWNER", ACK), ("SET_FEATURES", ACK), ("SET_MEM_TABLE", ACK),
            *queue_start_log(), *queue_start_log(), ("GET_VRING_BASE", 1), ("GET_VRING_BASE", 1)]
        rx.close()
        tx.close()
    finally:
        if s is not None:
            s.close()
        ram.close()
        peer.stop()
    log = peer.output()
    # testpmd's own account of the session
    assert "negotiated Vhost-user protocol features: 0x9" in log          # MQ | REPLY_ACK
    assert "negotiated Virtio features: 0x160000000" in log               # VERSION_1 | PROTOCOL_FEATURES | EVENT_IDX
    assert "virtio is now ready for processing." in log


# --- DPDK testpmd, net_virtio_user front-end, against our back-end -------------------------------------

class TransmitRecorder(VhostUserDevice):
    """A minimal virtio-net device: two queues (receiveq1, transmitq1), VERSION_1 only; it keeps
    every frame the driver transmits. Receive buffers are given back empty at once: the back-end
    core has no way for a device to hold a chain until a frame arrives (see docs/formats/vhost-user.md)."""

    num_queues = 2
    features = bit(V.version1)

    def __init__(self) -> None:
        self.transmitted: list[bytes] = []
        self.receive_chains = 0
        self.acked_features: int | None = None

    def features_acked(self, features: int) -> None:
        self.acked_features = features

    def handle(self, queue: int, chain) -> int:
        if queue == 1:
            self.transmitted.append(chain.read())
        else:
            self.receive_chains += 1
        return 0


def test_dpdk_testpmd_virtio_user(tmp_path):
    """testpmd (DPDK 22.11) as the front-end of our back-end: its handshake, and its txonly frames."""
    sock = tmp_path / "virtio-user.sock"
    devices: list[TransmitRecorder] = []

    def factory() -> TransmitRecorder:
        devices.append(TransmitRecorder())
        return devices[-1]
    with ThreadedBackendServer(sock, factory) as server:
        args = [TESTPMD, "--no-huge", "-m", "256", "--no-pci", "--no-shconf", "--file-prefix=qemuspec-u",
                "--vdev", f"net_virtio_user0,path={sock},queues=1,queue_size=64,mac=52:54:00:12:34:56",
                "--", "--no-mlockall", "--total-num-mbufs=2048", "--forward-mode=txonly", "--auto-start"]
        peer = PeerProcess(args, sock, tmp_path / "testpmd.log", stdin=subprocess.PIPE, env=pmd_env(tmp_path))
        try:
            deadline = time.monotonic() + 30
            while not (devices and len(devices[0].transmitted) >= 32):
                assert peer.proc.poll() is None, peer.output()
                assert time.monotonic() < deadline, f"no frames from testpmd: {peer.output()}"
                time.sleep(0.05)
        finally:
            peer.stop()                           # testpmd stops its port: rings disabled and stopped
        events = [e for _, e in list(server.events) if isinstance(e, RequestHandled)]
    assert peer.proc.returncode == 0, peer.output()
    assert len(devices) == 1
    device = devices[0]
    assert [e.error for e in events] == [None] * len(events)
    names = [request_name(e.request) for e in events]
    start = names.index("SET_STATUS")
    # DPDK 22.11's virtio_user: the handshake, then one ring pair set up and enabled, then DRIVER_OK
    assert names[:start] == ["SET_OWNER", "GET_FEATURES", "GET_PROTOCOL_FEATURES", "SET_PROTOCOL_FEATURES",
                             "SET_VRING_CALL", "SET_VRING_CALL", "SET_FEATURES"]
    assert names[start:start + 17] == [
        "SET_STATUS", "GET_STATUS", "GET_STATUS", "SET_MEM_TABLE",
        "SET_VRING_NUM", "SET_VRING_BASE", "SET_VRING_ADDR", "SET_VRING_KICK",
        "SET_VRING_NUM", "SET_VRING_BASE", "SET_VRING_ADDR", "SET_VRING_KICK",
        "SET_VRING_ENABLE", "SET_VRING_ENABLE", "SET_STATUS", "SET_VRING_ENABLE", "SET_VRING_ENABLE"]
    assert names[-2:] == ["GET_VRING_BASE", "GET_VRING_BASE"]
    by_name = {}
    for e in events:
        by_name.setdefault(request_name(e.request), []).append(e)
    # what DPDK accepted of our offer: MQ | REPLY_ACK | STATUS, and VERSION_1 | PROTOCOL_FEATURES
    assert u64(by_name["SET_PROTOCOL_FEATURES"][0].payload) == bit(P.mq) | bit(P.reply_ack) | bit(P.status)
    assert device.acked_features == u64(by_name["SET_FEATURES"][0].payload) == (
        bit(V.version1) | bit(V.protocol_features))
    assert [u64(e.payload) for e in by_name["SET_STATUS"]] == [
        STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK,
        STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK]
    assert by_name["SET_MEM_TABLE"][0].num_fds == 1    # DPDK's memfd of --no-huge memory
    # testpmd's txonly frames: a zero virtio-net header, then 64 bytes of Ethernet/IPv4/UDP
    # from our MAC to the default peer 02:00:00:00:00:00, 198.18.0.1:9 -> 198.18.0.2:9
    frame = device.transmitted[0]
    assert len(frame) == VIRTIO_NET_HDR.size + 64 and frame[:VIRTIO_NET_HDR.size] == bytes(VIRTIO_NET_HDR.size)
    eth = frame[VIRTIO_NET_HDR.size:]
    assert eth[:6] == bytes.fromhex("020000000000") and eth[6:12] == bytes.fromhex("525400123456")
    assert eth[12:14] == b"\x08\x00" and eth[14] == 0x45 and eth[23] == 17      # IPv4, UDP
    assert eth[26:34] == bytes([198, 18, 0, 1, 198, 18, 0, 2])
    assert struct.unpack(">HH", eth[34:38]) == (9, 9)
    assert all(f == frame for f in device.transmitted[:32])
    assert "TX-packets: " in peer.output()


def test_gpu_set_socket_message():
    """GPU_SET_SOCKET as FrontendConnection builds it: request 33, no payload, the socket as its one
    descriptor; acknowledged when REPLY_ACK is on (vhost-user-gpu answers it, test_vhost_user_gpu)."""
    from qemuspec.ipc.vhost_user.frontend import FrontendConnection
    fe = FrontendConnection()
    plain = fe.gpu_set_socket(7)
    fe.set_protocol_features(bit(P.reply_ack))
    acked = fe.gpu_set_socket(8)
    first, _, third = fe.data_to_send()
    assert (first.data, first.fds, plain.expects_reply) == (struct.pack("<III", 33, 1, 0), (7,), False)
    assert (third.data, third.fds, acked.expects_reply) == (struct.pack("<III", 33, 1 | 8, 0), (8,), True)
