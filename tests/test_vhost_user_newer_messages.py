"""The newer vhost-user messages: what our back-end does with each (docs/formats/vhost-user.md's table).

Sans-IO tests feed the exact bytes of a request to :class:`BackendConnection` and compare the exact
bytes of the reply (header: request, flags, size; then the payload). The last test runs
qemu-system-x86_64 7.2 with vhost-user-blk-pci against our back-end and checks the newer messages it
sent (GET_QUEUE_NUM, GET_MAX_MEM_SLOTS, GET_CONFIG, GET_STATUS/SET_STATUS, ADD_MEM_REG with
need_reply) and that QEMU accepted our answers.
"""

from __future__ import annotations

import os
import struct
import sys
import time
from pathlib import Path

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendConnection, ConnectionClosed, RequestHandled
from qemuspec.ipc.vhost_user.device import VhostUserDevice

F, PF, VF = L.FrontEndRequest, L.ProtocolFeature, L.VirtioFeature
bit = L.bit
V1, REPLY, NEED = 0x1, 0x4, 0x8        # header flags: version 1, reply, need_reply


class SmallDevice(VhostUserDevice):
    num_queues = 2
    protocol_features = bit(PF.config)

    def __init__(self) -> None:
        self.resets = 0

    def config(self) -> bytes:
        return bytes(range(1, 9))

    def reset(self) -> None:
        self.resets += 1


def msg(request, payload: bytes = b"", flags: int = V1) -> bytes:
    return struct.pack("<III", int(request), flags, len(payload)) + payload


def u64(value: int) -> bytes:
    return struct.pack("<Q", value)


def reply(request, payload: bytes) -> bytes:
    return msg(request, payload, V1 | REPLY)


def sent(conn: BackendConnection) -> bytes:
    out = conn.data_to_send()
    return b"".join(o.data for o in out)


def connect(protocol_features: int | None = None) -> tuple[BackendConnection, SmallDevice]:
    """A back-end after GET_FEATURES/SET_FEATURES/SET_PROTOCOL_FEATURES (all offered bits by default)."""
    dev = SmallDevice()
    conn = BackendConnection(dev)
    if protocol_features is None:
        protocol_features = conn.offered_protocol_features
    conn.receive_data(msg(F.set_features, u64(bit(VF.protocol_features) | bit(VF.version1))))
    conn.receive_data(msg(F.set_protocol_features, u64(protocol_features)))
    conn.receive_data(msg(F.set_owner))
    assert sent(conn) == b"" and not conn.closed
    return conn, dev


def closed(conn: BackendConnection) -> str | None:
    return next((e.reason for e in conn.events() if isinstance(e, ConnectionClosed)), None)


def test_the_offer_leaves_out_what_is_not_implemented():
    conn = BackendConnection(SmallDevice())
    conn.receive_data(msg(F.get_protocol_features))
    offered = conn.offered_protocol_features
    assert sent(conn) == reply(F.get_protocol_features, u64(offered))
    for feature in (PF.mq, PF.reply_ack, PF.config, PF.reset_device, PF.status, PF.configure_mem_slots):
        assert L.has(offered, feature), feature
    for feature in (PF.shared_object, PF.device_state, PF.pagefault, PF.crypto_session):
        assert not L.has(offered, feature), feature
    # asking for a bit we did not offer: with need_reply, the non-zero u64; the features stay unset
    conn.receive_data(msg(F.set_protocol_features, u64(offered | bit(PF.device_state)), V1 | NEED))
    assert sent(conn) == reply(F.set_protocol_features, u64(1))
    assert conn.neg.protocol_features == 0 and not conn.closed
    # ... and without need_reply nothing can report it: the connection closes
    conn.receive_data(msg(F.set_protocol_features, u64(bit(PF.shared_object))))
    assert sent(conn) == b"" and conn.closed
    assert "not offered" in closed(conn)


def test_get_config_and_set_config():
    conn, _ = connect()
    conn.receive_data(msg(F.get_config, struct.pack("<III", 2, 4, 0) + bytes(4)))
    assert sent(conn) == reply(F.get_config, struct.pack("<III", 2, 4, 0) + bytes([3, 4, 5, 6]))
    # a window past 256 bytes: the spec's failure form for GET_CONFIG, an empty reply
    conn.receive_data(msg(F.get_config, struct.pack("<III", 250, 8, 0) + bytes(8)))
    assert sent(conn) == reply(F.get_config, b"")
    # the device refuses the write: need_reply gets the non-zero u64
    conn.receive_data(msg(F.set_config, struct.pack("<III", 0, 1, 0) + b"\xff", V1 | NEED))
    assert sent(conn) == reply(F.set_config, u64(1))
    assert not conn.closed


def test_get_config_without_the_config_feature_gets_an_empty_reply():
    conn, _ = connect(bit(PF.reply_ack))
    conn.receive_data(msg(F.get_config, struct.pack("<III", 0, 4, 0) + bytes(4)))
    assert sent(conn) == reply(F.get_config, b"")
    # with a descriptor it should not carry: also the empty reply, not an 8-byte "ack"
    r, w = os.pipe()
    os.close(w)
    conn.receive_data(msg(F.get_config, struct.pack("<III", 0, 4, 0) + bytes(4)), [r])
    assert sent(conn) == reply(F.get_config, b"")
    conn.close()


def test_mq_and_memory_slots():
    conn, _ = connect()
    conn.receive_data(msg(F.get_queue_num) + msg(F.get_max_mem_slots))
    assert sent(conn) == reply(F.get_queue_num, u64(2)) + reply(F.get_max_mem_slots, u64(32))
    # REM_MEM_REG of a region that is not there: refused with the non-zero u64
    region = struct.pack("<QQQQQ", 0, 0x10000, 0x1000, 0x7f0000000000, 0)
    conn.receive_data(msg(F.rem_mem_reg, region, V1 | NEED))
    assert sent(conn) == reply(F.rem_mem_reg, u64(1))
    # a value reply cannot say "failed" (a u64 1 would read as one queue): a descriptor too many closes
    r, w = os.pipe()
    os.close(w)
    conn.receive_data(msg(F.get_queue_num), [r])
    assert sent(conn) == b"" and conn.closed
    conn.close()


def test_add_mem_reg_needs_configure_mem_slots():
    conn, _ = connect(bit(PF.reply_ack))
    fd = os.memfd_create("region")
    os.ftruncate(fd, 0x10000)
    region = struct.pack("<QQQQQ", 0, 0x10000, 0x10000, 0x7f0000000000, 0)
    conn.receive_data(msg(F.add_mem_reg, region, V1 | NEED), [fd])
    assert sent(conn) == reply(F.add_mem_reg, u64(1))
    assert len(conn.memory) == 0
    conn.close()


def test_reply_ack_on_any_request():
    conn, _ = connect()
    conn.receive_data(msg(F.set_owner, b"", V1 | NEED))
    assert sent(conn) == reply(F.set_owner, u64(0))
    conn.receive_data(msg(F.set_vring_num, struct.pack("<II", 0, 8), V1 | NEED))
    assert sent(conn) == reply(F.set_vring_num, u64(0))
    conn.receive_data(msg(F.set_vring_num, struct.pack("<II", 0, 7), V1 | NEED))   # not a power of two
    assert sent(conn) == reply(F.set_vring_num, u64(1))
    conn.receive_data(msg(99, b"", V1 | NEED))                                    # unknown request
    assert sent(conn) == reply(99, u64(1))
    assert not conn.closed
    conn.receive_data(msg(99))                                                    # no need_reply: close
    assert conn.closed and "unknown request 99" in closed(conn)


def test_reset_device_and_reset_owner():
    conn, dev = connect()
    conn.receive_data(msg(F.set_vring_num, struct.pack("<II", 1, 16)))
    conn.receive_data(msg(F.set_vring_enable, struct.pack("<II", 1, 1)))
    conn.receive_data(msg(F.set_status, u64(0x0f)))
    conn.receive_data(msg(F.reset_owner, b"", V1 | NEED))    # deprecated: ignored, acknowledged
    assert sent(conn) == reply(F.reset_owner, u64(0))
    assert conn.vrings[1].num == 16 and conn.status == 0x0f
    conn.receive_data(msg(F.reset_device, b"", V1 | NEED))
    assert sent(conn) == reply(F.reset_device, u64(0))
    assert dev.resets == 1 and conn.status == 0 and conn.owner
    assert [(r.num, r.enabled, r.started) for r in conn.vrings] == [(0, False, False)] * 2
    assert conn.neg.features == 0 and conn.neg.protocol_features == conn.offered_protocol_features


def test_reset_device_without_the_feature_is_refused():
    conn, dev = connect(bit(PF.reply_ack))
    conn.receive_data(msg(F.reset_device, b"", V1 | NEED))
    assert sent(conn) == reply(F.reset_device, u64(1))
    assert dev.resets == 0 and not conn.closed


def test_set_status_and_get_status():
    conn, _ = connect()
    conn.receive_data(msg(F.set_status, u64(0x0b), V1 | NEED) + msg(F.get_status))
    assert sent(conn) == reply(F.set_status, u64(0)) + reply(F.get_status, u64(0x0b))
    conn.receive_data(msg(F.set_status, u64(0)) + msg(F.get_status))
    assert sent(conn) == reply(F.get_status, u64(0))
    # without STATUS negotiated: SET_STATUS refused; GET_STATUS has no failure form: the connection closes
    conn, _ = connect(bit(PF.reply_ack))
    conn.receive_data(msg(F.set_status, u64(0x0b), V1 | NEED))
    assert sent(conn) == reply(F.set_status, u64(1)) and conn.status == 0
    conn.receive_data(msg(F.get_status))
    assert sent(conn) == b"" and conn.closed


def test_get_shared_object_is_answered_without_a_dma_buf():
    conn, _ = connect()
    uuid = bytes.fromhex("0123456789abcdef0123456789abcdef")
    conn.receive_data(msg(F.get_shared_object, uuid))
    out = conn.data_to_send()
    assert [(o.data, o.fds) for o in out] == [(reply(F.get_shared_object, u64(1)), ())]
    assert not conn.closed


def test_device_state_transfer_is_refused_with_the_no_fd_flag():
    conn, _ = connect()
    r, w = os.pipe()
    try:
        # direction save (0), phase stopped (0): error 1 in bits 0-7, bit 8 (no fd) set, no descriptor
        conn.receive_data(msg(F.set_device_state_fd, struct.pack("<II", 0, 0)), [w])
        out = conn.data_to_send()
        assert [(o.data, o.fds) for o in out] == [(reply(F.set_device_state_fd, u64(0x101)), ())]
        conn.receive_data(b"")            # the descriptors of the last call close now
        # the back-end kept no copy of the write end: the front-end's read end sees the end of file
        assert os.read(r, 1) == b""
        # without the descriptor the request must carry: the same failure form, never a bare u64 1
        conn.receive_data(msg(F.set_device_state_fd, struct.pack("<II", 1, 0)))
        assert sent(conn) == reply(F.set_device_state_fd, u64(0x101))
        conn.receive_data(msg(F.check_device_state))
        assert sent(conn) == reply(F.check_device_state, u64(1))
        assert not conn.closed
    finally:
        os.close(r)
        conn.close()


# --- against qemu-system-x86_64 7.2 ----------------------------------------------------------------

def test_qemu_vhost_user_blk_newer_messages(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_vhost_user_modern import handled, qemu_args, wait_until
    from qemuspec.ipc.vhost_user.blk import BlkExport
    from qemuspec.ipc.vhost_user.qtest_pci import ModernVirtioPci
    from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
    from qemuspec.qtest import QemuProcess

    image = tmp_path / "disk.raw"
    image.write_bytes(bytes(1 << 20))
    sock = tmp_path / "vu.sock"
    export = BlkExport(image, num_queues=1)
    with export, ThreadedBackendServer(sock, export.device) as server, \
            QemuProcess(qemu_args(tmp_path, sock, 1, False), workdir=tmp_path) as qemu:
        wait_until(lambda: "GET_CONFIG" in [e.name for e in handled(server)], "the handshake")
        hello = handled(server)
        conn = server.call(lambda: next(iter(server.server.sessions)).conn)
        assert [(e.name, e.flags, e.error) for e in hello] == [
            ("GET_FEATURES", V1, None), ("GET_PROTOCOL_FEATURES", V1, None),
            ("SET_PROTOCOL_FEATURES", V1, None), ("GET_QUEUE_NUM", V1, None),
            ("GET_MAX_MEM_SLOTS", V1, None), ("SET_BACKEND_REQ_FD", V1 | NEED, None), ("SET_OWNER", V1, None),
            ("GET_FEATURES", V1, None), ("SET_VRING_CALL", V1, None), ("SET_VRING_ERR", V1, None),
            ("GET_CONFIG", V1, None)]
        # QEMU took every bit we offered that it knows: not DEVICE_STATE or SHARED_OBJECT (never offered)
        acked = struct.unpack("<Q", hello[2].payload)[0]
        assert acked & ~conn.offered_protocol_features == 0
        assert all(L.has(acked, f) for f in (PF.mq, PF.reply_ack, PF.config, PF.reset_device, PF.status))
        # GET_CONFIG: offset 0, the config size QEMU 7.2 asks of vhost-user-blk, flags 0, zeros
        offset, size, flags = struct.unpack_from("<III", hello[-1].payload)
        assert (offset, flags) == (0, 0) and hello[-1].payload[12:] == bytes(size) and 8 <= size <= 256
        pci = ModernVirtioPci(qemu.qtest, 0x1042)
        assert struct.unpack("<Q", pci.config_read(0, 8))[0] == (1 << 20) // 512   # our GET_CONFIG's capacity

        n = len(handled(server))
        pci.set_status(0)
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
        pci.set_driver_features(pci.device_features() & L.bit(VF.version1))
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK)
        assert pci.status() & L.STATUS_FEATURES_OK                 # QEMU took our GET_STATUS answer
        pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK | L.STATUS_DRIVER_OK)
        wait_until(lambda: [e.payload for e in handled(server)[n:] if e.name == "SET_STATUS"][-1:] == [u64(0x0f)],
                   "SET_STATUS DRIVER_OK")
        start = handled(server)[n:]
        assert all(e.error is None for e in start), [(e.name, e.error) for e in start if e.error]
        # the status byte went through our back-end: FEATURES_OK, then DRIVER_OK, each after a GET_STATUS
        statuses = [(e.name, e.payload) for e in start if e.name in ("GET_STATUS", "SET_STATUS")]
        assert statuses == [("GET_STATUS", b""), ("SET_STATUS", u64(0x08)), ("GET_STATUS", b""),
                            ("GET_STATUS", b""), ("SET_STATUS", u64(0x0f))]
        # guest memory came as ADD_MEM_REG with need_reply (CONFIGURE_MEM_SLOTS + REPLY_ACK), each acked
        regs = [e for e in start if e.name == "ADD_MEM_REG"]
        assert regs and all(e.flags == V1 | NEED and e.num_fds == 1 for e in regs)
        assert server.call(lambda: conn.status) == 0x0f and not conn.closed

        # a device reset through the transport: QEMU sends SET_STATUS 0 and disables the ring
        n = len(handled(server))
        pci.set_status(0)
        wait_until(lambda: any(e.name == "SET_VRING_ENABLE" for e in handled(server)[n:]), "the reset")
        assert [(e.name, e.payload) for e in handled(server)[n:]] == [
            ("SET_STATUS", u64(0)), ("SET_VRING_ENABLE", struct.pack("<II", 0, 0))]
        assert server.call(lambda: (conn.status, conn.vrings[0].enabled, conn.closed)) == (0, False, False)
        assert qemu.proc.poll() is None
