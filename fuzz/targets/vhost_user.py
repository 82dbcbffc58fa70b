"""vhost-user: the sans-IO back-end and front-end cores fed arbitrary message streams and descriptors.

Back-end script steps (``op % 6``): 0 bytes+descriptors from the front-end
(``receive_data``), 1 a kick of queue n, 2 a guest write into the shared
memory (ring contents), 3 bytes+descriptors on the back-end channel,
4 the connection is lost, 5 a configuration-change notice. The device is a
vhost-user-blk export of a 1 MiB raw image, so kicks really read and write
guest buffers. Properties besides the common ones: every descriptor handed
over is closed once the connection is closed, and no byte of the shared
memory changes outside the regions the back-end accepted (plus the guest's
own writes; and the in-flight buffer, when the front-end handed over the
shared memory itself as one). ``vhost_user_devices`` runs the same scripts
against the virtio-rng and virtio-input devices, ``vhost_user_inflight``
against a blk export with in-flight tracking (GET/SET_INFLIGHT_FD, a buffer
inside the shared memory that guest writes make hostile, resubmission at
the queue start).

Front-end script steps (``op % 3``): 0 issue one of a set of requests,
1 reply bytes+descriptors from the back-end (each reply decoded by the
core for the request waiting for it), 2 bytes+descriptors on the back-end channel (the
responder). Replies and notices may carry descriptors; all must be closed.
"""

from __future__ import annotations

import os
import random
import struct
from pathlib import Path

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import BackendConnection
from qemuspec.ipc.vhost_user.blk import BlkExport
from qemuspec.ipc.vhost_user.events import ConnectionClosed
from qemuspec.ipc.vhost_user.frontend import BackendChannelResponder, FrontendConnection
from qemuspec.ipc.vhost_user.payloads import (RegionDescription, VringAddress, pack_memory_table,
                                              pack_single_region, pack_u64, pack_vring_address, pack_vring_file,
                                              pack_vring_state)
from qemuspec.ipc.vhost_user.wire import encode
from qemuspec.memory import GuestRam

from ..harness import Target, Violation
from ..script import Reader, Writer, make_fds, mutate_script

F, PF, VF = L.FrontEndRequest, L.ProtocolFeature, L.VirtioFeature
RAM = 1 << 16
GPA = 0x100000
UVA = 0x7F00_0000_0000          # the front-end's address of the memory (any value; only used for translation)
PATTERN = 0xA5


def msg(request, payload: bytes = b"", **kw) -> bytes:
    return encode(int(getattr(request, "value", request)), payload, **kw)


def backend_seeds() -> list[bytes]:
    proto = L.bit(PF.reply_ack) | L.bit(PF.config) | L.bit(PF.configure_mem_slots) | L.bit(PF.backend_req)
    feats = L.bit(VF.protocol_features) | L.bit(VF.version1)
    hello = (msg(F.get_features) + msg(F.set_protocol_features, pack_u64(proto)) +
             msg(F.set_features, pack_u64(feats), need_reply=True) + msg(F.set_owner))
    desc, avail, used, hdr, buf, status = GPA, GPA + 0x1000, GPA + 0x2000, GPA + 0x3000, GPA + 0x4000, GPA + 0x5000
    ring = [msg(F.set_vring_num, pack_vring_state(0, 8)),
            msg(F.set_vring_addr, pack_vring_address(VringAddress(0, 0, UVA + desc - GPA, UVA + used - GPA,
                                                                  UVA + avail - GPA, 0))),
            msg(F.set_vring_base, pack_vring_state(0, 0))]
    # a virtio-blk read of sector 1 into one buffer, laid out by "guest writes" (op 2)
    chain = (L.DESC.pack(hdr, 16, L.DESC_F_NEXT, 1) + L.DESC.pack(buf, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2)
             + L.DESC.pack(status, 1, L.DESC_F_WRITE, 0))
    header = struct.pack("<IIQ", 0, 0, 1)
    avail_ring = struct.pack("<HHH", 0, 1, 0)
    seeds = []
    w = Writer().blob(0, hello).blob(0, msg(F.get_queue_num) + msg(F.get_max_mem_slots) +
                                    msg(F.get_config, struct.pack("<III", 0, 16, 0) + bytes(16)))
    seeds.append(w.bytes())
    for table in (True, False):
        w = Writer().blob(0, hello)
        region = pack_memory_table([RegionDescription(GPA, RAM, UVA, 0)]) if table else \
            pack_single_region(RegionDescription(GPA, RAM, UVA, 0))
        w.blob(0, msg(F.set_mem_table if table else F.add_mem_reg, region, need_reply=True), 1, 0b01)
        w.blob(0, b"".join(ring))
        for request in (F.set_vring_kick, F.set_vring_call, F.set_vring_err):
            w.blob(0, msg(request, pack_vring_file(0)), 1, 0b00)
        w.blob(0, msg(F.set_vring_enable, pack_vring_state(0, 1), need_reply=True))
        for gpa, data in ((desc, chain), (hdr, header), (avail, avail_ring)):
            w.op(2, struct.pack("<H", gpa - GPA), len(data), data)
        w.op(1, 0, 0, 0)
        w.blob(0, msg(F.get_vring_base, pack_vring_state(0, 0)))
        if not table:
            w.blob(0, msg(F.rem_mem_reg, pack_single_region(RegionDescription(GPA, RAM, UVA, 0)), need_reply=True))
        seeds.append(w.bytes())
    w = Writer().blob(0, hello).blob(0, msg(F.set_backend_req_fd, need_reply=True), 1, 0b00)
    w.op(5, 0, 0, 0).blob(3, msg(L.BackendRequest.config_change_msg, pack_u64(0), reply=True))
    w.blob(0, msg(F.set_log_base, struct.pack("<QQ", 4096, 0)), 1, 0b01).op(4, 0, 0, 0)
    seeds.append(w.bytes())
    return seeds


class BackendTarget(Target):
    name = "vhost_user_backend"
    timeout = 10.0
    description = "BackendConnection (blk device) fed message streams, descriptors, kicks, guest writes"

    def setup(self, workdir: Path) -> None:
        super().setup(workdir)
        image = workdir / "disk.raw"
        image.write_bytes(random.Random(7).randbytes(1 << 20))
        self.export = BlkExport(image)

    def teardown(self) -> None:
        self.export.close()

    def device(self, data: bytes):
        return self.export.device()

    def seeds(self) -> list[bytes]:
        return backend_seeds()

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        return mutate_script(data, rng, corpus, {0, 3}, 6)

    def execute(self, data: bytes) -> str:
        ram = GuestRam(RAM, gpa=GPA)
        ram.view[:] = bytes([PATTERN]) * RAM
        expected = bytearray(ram.view)
        allowed = bytearray(RAM)          # 1 where an accepted region lets the back-end write
        conn = BackendConnection(self.device(data))
        steps = 0
        try:
            r = Reader(data)
            while r.more() and not conn.closed and steps < 200:
                steps += 1
                op = r.byte() % 6
                if op in (0, 3):
                    nfds, kinds, length = r.byte() % 41, r.byte(), r.u16()
                    body = r.take(length)
                    fds = make_fds(nfds, kinds, ram.fd)
                    (conn.receive_data if op == 0 else conn.backend_channel.receive_data)(body, fds)
                else:
                    a, b, c = r.byte(), r.byte(), r.byte()
                    if op == 1:
                        conn.kick(a % 3)
                    elif op == 2:       # the guest writes into its memory (ring contents)
                        at = (a | b << 8) % RAM
                        chunk = r.take(c)[:RAM - at]
                        ram.view[at:at + len(chunk)] = chunk
                        expected[at:at + len(chunk)] = chunk
                    elif op == 4:
                        conn.connection_lost()
                    else:
                        conn.send_config_change()
                for region in conn.memory.regions:
                    start = max(0, region.mmap_offset)
                    allowed[start:start + region.size] = b"\1" * len(allowed[start:start + region.size])
                buffer = conn.inflight
                if buffer is not None and os.fstat(buffer.fd).st_ino == os.fstat(ram.fd).st_ino:
                    start, end = buffer.offset, min(RAM, buffer.offset + buffer.size)
                    allowed[start:end] = b"\1" * max(0, end - start)
                conn.data_to_send()
                conn.backend_channel.data_to_send()
                conn.events()
        finally:
            conn.close()
            after = bytes(ram.view)
            ram.close()
        for i in range(RAM):
            if after[i] != expected[i] and not allowed[i]:
                raise Violation(f"the back-end changed shared memory at offset {i:#x}, outside every region it accepted")
        return f"ok:{steps.bit_length()}:" + (conn.close_reason or "open").split(":")[0][:40]


class DevicesTarget(BackendTarget):
    """The same scripts against the rng and input devices (the input one with events waiting, so kicks
    fill event buffers; SET_CONFIG and GET_CONFIG reach its query protocol)."""

    name = "vhost_user_devices"
    description = "BackendConnection (virtio-rng and virtio-input devices) fed message streams, kicks, guest writes"

    def device(self, data: bytes):
        from qemuspec.ipc.vhost_user.input import InputDevice
        from qemuspec.ipc.vhost_user.rng import RngDevice

        if sum(data) % 2:
            return RngDevice(lambda n: bytes([PATTERN ^ 0xFF]) * n, max_request=4096)
        keyboard = InputDevice.keyboard(max_pending=64)
        keyboard.inject([(1, 30, 1), (0, 0, 0)] * 16)
        return keyboard

    def seeds(self) -> list[bytes]:
        seeds = backend_seeds()
        proto = L.bit(PF.reply_ack) | L.bit(PF.config)
        w = Writer().blob(0, msg(F.get_features) + msg(F.set_protocol_features, pack_u64(proto))
                          + msg(F.set_config, struct.pack("<III", 0, 2, 0) + bytes([0x11, 1]), need_reply=True)
                          + msg(F.get_config, struct.pack("<III", 0, 136, 0) + bytes(136)))
        seeds.append(w.bytes())
        return seeds


class InflightTarget(BackendTarget):
    """The back-end scripts against a blk export that tracks requests in flight."""

    name = "vhost_user_inflight"
    description = "BackendConnection (blk device with INFLIGHT_SHMFD) fed in-flight buffers, hostile ones included"

    def setup(self, workdir: Path) -> None:
        Target.setup(self, workdir)
        image = workdir / "disk-inflight.raw"
        image.write_bytes(random.Random(8).randbytes(1 << 20))
        self.export = BlkExport(image, inflight=True)

    def seeds(self) -> list[bytes]:
        seeds = backend_seeds()
        proto = (L.bit(PF.reply_ack) | L.bit(PF.config) | L.bit(PF.configure_mem_slots)
                 | L.bit(PF.inflight_shmfd))
        feats = L.bit(VF.protocol_features) | L.bit(VF.version1)
        hello = (msg(F.get_features) + msg(F.set_protocol_features, pack_u64(proto)) +
                 msg(F.set_features, pack_u64(feats), need_reply=True) + msg(F.set_owner))
        desc, avail, used, hdr, buf, status = GPA, GPA + 0x1000, GPA + 0x2000, GPA + 0x3000, GPA + 0x4000, GPA + 0x5000
        inflight = 0x8000                                      # the buffer, inside the shared memory
        chain = (L.DESC.pack(hdr, 16, L.DESC_F_NEXT, 1) + L.DESC.pack(buf, 512, L.DESC_F_NEXT | L.DESC_F_WRITE, 2)
                 + L.DESC.pack(status, 1, L.DESC_F_WRITE, 0))
        left_behind = (struct.pack("<QHHHH", 0, 1, 8, 0, 0) + struct.pack("<B5xHQ", 1, 0, 7)).ljust(192, b"\0")
        for left in (bytes(192), left_behind):   # a fresh buffer; one with head 0 left in flight
            w = Writer().blob(0, hello)
            w.blob(0, msg(F.add_mem_reg, pack_single_region(RegionDescription(GPA, RAM, UVA, 0)), need_reply=True),
                   1, 0b01)
            w.blob(0, msg(F.get_inflight_fd, struct.pack("<QQHH", 0, 0, 1, 8) + bytes(4)))
            w.blob(0, msg(F.set_inflight_fd, struct.pack("<QQHH", 192, inflight, 1, 8) + bytes(4), need_reply=True),
                   1, 0b01)
            w.op(2, struct.pack("<H", inflight), len(left), left)
            for gpa, data in ((desc, chain), (hdr, struct.pack("<IIQ", 1, 0, 2)),
                              (avail, struct.pack("<HHH", 0, 1, 0)), (used, bytes(6 + 8 * 8))):
                w.op(2, struct.pack("<H", gpa - GPA), len(data), data)
            w.blob(0, msg(F.set_vring_num, pack_vring_state(0, 8))
                   + msg(F.set_vring_addr, pack_vring_address(VringAddress(0, 0, UVA + desc - GPA, UVA + used - GPA,
                                                                           UVA + avail - GPA, 0)))
                   + msg(F.set_vring_base, pack_vring_state(0, 0)))
            w.blob(0, msg(F.set_vring_kick, pack_vring_file(0)), 1, 0b00)
            w.blob(0, msg(F.set_vring_call, pack_vring_file(0)), 1, 0b00)
            w.blob(0, msg(F.set_vring_enable, pack_vring_state(0, 1), need_reply=True))
            w.op(1, 0, 0, 0)
            seeds.append(w.bytes())
        return seeds


def _raise_broken(events: list) -> list:
    """The events, or the error of a broken stream raised (a core reports it as ConnectionClosed)."""
    for event in events:
        if isinstance(event, ConnectionClosed):
            raise event.error
    return events


FRONTEND_CALLS = [
    lambda f: f.get_features(), lambda f: f.set_protocol_features(L.bit(PF.reply_ack) | L.bit(PF.log_shmfd)),
    lambda f: f.get_protocol_features(), lambda f: f.set_owner(need_reply=True), lambda f: f.get_queue_num(),
    lambda f: f.get_max_mem_slots(), lambda f: f.get_status(), lambda f: f.get_vring_base(0),
    lambda f: f.get_config(0, 16), lambda f: f.get_inflight_fd(1, 8), lambda f: f.set_features(1, need_reply=True),
    lambda f: f.set_log_base(4096, -1),
]


def frontend_seeds() -> list[bytes]:
    reply = lambda request, payload: encode(int(request.value), payload, reply=True)
    w = Writer()
    for i, payload in ((0, pack_u64(1 << 32)), (2, pack_u64(3)), (4, pack_u64(1)), (5, pack_u64(32)),
                       (7, pack_vring_state(0, 5)), (8, struct.pack("<III", 0, 16, 0) + bytes(16))):
        w.op(0, i, 0, 0)
    w.blob(1, reply(F.get_features, pack_u64(1 << 32)) + reply(F.get_protocol_features, pack_u64(3)))
    w.blob(1, reply(F.get_queue_num, pack_u64(1)) + reply(F.get_max_mem_slots, pack_u64(32)))
    w.blob(1, reply(F.get_vring_base, pack_vring_state(0, 5)))
    w.blob(1, reply(F.get_config, struct.pack("<III", 0, 16, 0) + bytes(16)))
    w.op(0, 9, 0, 0).blob(1, reply(F.get_inflight_fd, struct.pack("<QQHH", 4096, 0, 1, 8) + bytes(4)), 1, 0b01)
    w.blob(2, msg(L.BackendRequest.config_change_msg, need_reply=True))
    w.blob(2, msg(L.BackendRequest.vring_call, pack_vring_state(0, 0)), 1, 0)
    return [w.bytes()]


class FrontendTarget(Target):
    name = "vhost_user_frontend"
    timeout = 10.0
    description = "FrontendConnection and BackendChannelResponder fed arbitrary replies and descriptors"

    def seeds(self) -> list[bytes]:
        return frontend_seeds()

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        return mutate_script(data, rng, corpus, {1, 2}, 3)

    def execute(self, data: bytes) -> str:
        front, responder = FrontendConnection(), BackendChannelResponder()
        memfd = os.memfd_create("fuzz-front", os.MFD_CLOEXEC)
        os.ftruncate(memfd, 4096)
        decoded = failed = 0
        kept: list[int] = []
        try:
            r = Reader(data)
            steps = 0
            while r.more() and steps < 200:
                steps += 1
                op = r.byte() % 3
                if op == 0:
                    a = r.take(3)[:1] or b"\0"
                    FRONTEND_CALLS[a[0] % len(FRONTEND_CALLS)](front)
                    front.data_to_send()
                    continue
                nfds, kinds, length = r.byte() % 41, r.byte(), r.u16()
                fds = make_fds(nfds, kinds, memfd)
                body = r.take(length)
                if op == 2:
                    responder.receive_data(body, fds)
                    _raise_broken(responder.events())
                    responder.data_to_send()
                    continue
                front.receive_data(body, fds)
                for event in _raise_broken(front.events()):
                    if event.error is not None:
                        failed += 1
                        continue
                    decoded += 1
                    for part in event.value if isinstance(event.value, tuple) else ():
                        if isinstance(part, list):     # descriptors the decoder took: ours now
                            kept += part
        finally:
            front.close()
            responder.close()
            for fd in kept:
                os.close(fd)
            os.close(memfd)
        return f"ok:{decoded.bit_length()}:{failed.bit_length()}"
