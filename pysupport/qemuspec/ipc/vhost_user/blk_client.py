"""A vhost-user-blk front-end: connect to a back-end and do block I/O.

>>> async with await BlkClient.connect("vub.sock") as disk:   # doctest: +SKIP
...     await disk.write(0, b"x" * 4096)
...     data = await disk.read(0, 4096)

:meth:`BlkClient.connect` negotiates the way QEMU does (features, protocol
features, queue count, memory slots, owner, configuration space), shares a
memfd as guest memory (SET_MEM_TABLE, or ADD_MEM_REG when the back-end
offers CONFIGURE_MEM_SLOTS), sets up each queue (size, base, addresses,
kick/call/err eventfds, enable) and kicks it once, which starts it.
Requests are descriptor chains in that memory; many may be in flight.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from typing import Any

from ...errors import PeerError, ProtocolError, UsageError
from ...formats.vhost_user_blk import VhostUserBlk
from ...specs import parse
from ...memory import GuestRam
from .driver import DriverQueue
from .events import BackendNotice
from .layout import pack_packed_base
from .packed import PackedDriverQueue
from .layout import (BLK_ID_BYTES, BLK_REQUEST_HEADER, BLK_SECTOR, BLK_SEGMENT, BLK_SEGMENT_F_UNMAP,
                     STATUS_ACKNOWLEDGE, STATUS_DRIVER, STATUS_DRIVER_OK, STATUS_FEATURES_OK, BlkFeature,
                     BlkRequestType as T, BlkStatus, ProtocolFeature as P, VirtioFeature as V, bit, has)
from .client import VhostUserClient

__all__ = ["BlkClient", "BlkError", "Completion"]

_BLK_FEATURES = sum(bit(f) for f in (
    BlkFeature.size_max, BlkFeature.seg_max, BlkFeature.geometry, BlkFeature.ro, BlkFeature.blk_size,
    BlkFeature.flush, BlkFeature.topology, BlkFeature.config_wce, BlkFeature.mq, BlkFeature.discard,
    BlkFeature.write_zeroes))
_WANTED_PROTOCOL = sum(bit(f) for f in (
    P.mq, P.log_shmfd, P.reply_ack, P.config, P.configure_mem_slots, P.reset_device, P.status))


class BlkError(PeerError):
    """A block request finished with a status other than OK."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Completion:
    status: int
    used_len: int
    data: bytes = b""


@dataclass
class _Request:
    buffer: int
    in_gpa: int
    in_len: int
    future: asyncio.Future = field(repr=False)


class BlkClient:
    """A connected, started vhost-user-blk device (use :meth:`connect`)."""

    def __init__(self, client: VhostUserClient, ram: GuestRam) -> None:
        self.client = client
        self.ram = ram
        self.loop = client.loop
        self.queues: list[DriverQueue] = []
        self.features = 0
        self.backend_features = 0
        self.protocol_features = 0
        self.backend_protocol_features = 0
        self.max_queues = 1
        self.max_mem_slots = 0
        self.config: Any = None
        self.config_bytes = b""
        self.notices: list[BackendNotice] = []
        self.log: GuestRam | None = None
        self._slots: list[asyncio.Semaphore] = []
        self._flush_scheduled: set[int] = set()
        self._closed = False
        self.errors: list[int] = []   # queues whose err eventfd fired

    @classmethod
    async def connect(cls, path: str | os.PathLike, *, num_queues: int = 1, queue_size: int = 128,
                      memory_size: int = 64 << 20, mem_slots: bool | None = None, event_idx: bool = True,
                      indirect: bool = False, config_size: int = 60, backend_channel: bool = False,
                      packed: bool = False, timeout: float = 10.0) -> "BlkClient":
        """Connect to the back-end at ``path`` and start ``num_queues`` queues.

        ``mem_slots`` picks ADD_MEM_REG (True) or SET_MEM_TABLE (False); by
        default ADD_MEM_REG when offered. ``event_idx`` and ``indirect`` use
        those ring features when the back-end offers them; ``packed`` asks for
        packed virtqueues (VIRTIO_F_RING_PACKED) and fails if it is not offered.
        """
        client = await VhostUserClient.connect(path, timeout=timeout)
        ram = GuestRam(memory_size)
        self = cls(client, ram)
        try:
            await self._negotiate(num_queues, mem_slots, event_idx, indirect, config_size, backend_channel,
                                  packed)
            await self._start_queues(num_queues, queue_size)
        except BaseException:
            await self.close(stop=False)
            raise
        return self

    async def _negotiate(self, num_queues: int, mem_slots: bool | None, event_idx: bool, indirect: bool,
                         config_size: int, backend_channel: bool, packed: bool = False) -> None:
        c = self.client
        self.backend_features = await c.get_features()
        if has(self.backend_features, V.protocol_features):
            self.backend_protocol_features = await c.get_protocol_features()
            wanted = _WANTED_PROTOCOL | (bit(P.backend_req) if backend_channel else 0)
            if mem_slots is False:
                wanted &= ~bit(P.configure_mem_slots)
            self.protocol_features = self.backend_protocol_features & wanted
            await c.set_protocol_features(self.protocol_features)
            if has(self.protocol_features, P.mq):
                self.max_queues = await c.get_queue_num()
            if has(self.protocol_features, P.configure_mem_slots):
                self.max_mem_slots = await c.get_max_mem_slots()
        elif mem_slots:
            raise UsageError("the back-end has no protocol features (no ADD_MEM_REG)")
        if num_queues > self.max_queues:
            raise UsageError(f"the back-end supports {self.max_queues} queues, {num_queues} asked for")
        await c.set_owner()
        if has(self.protocol_features, P.backend_req):
            await c.open_backend_channel(self.notices.append)
        if has(self.protocol_features, P.config):
            self.config_bytes = await c.get_config(0, config_size)
            self.config = parse(VhostUserBlk, self.config_bytes)
        wanted = (_BLK_FEATURES | bit(V.version1) | bit(V.protocol_features)
                  | (bit(V.event_idx) if event_idx else 0) | (bit(V.indirect_desc) if indirect else 0)
                  | (bit(V.ring_packed) if packed else 0))
        self.features = self.backend_features & wanted
        if packed and not has(self.features, V.ring_packed):
            raise UsageError("the back-end does not offer packed virtqueues (VIRTIO_F_RING_PACKED)")
        await c.set_features(self.features)
        if has(self.protocol_features, P.status):
            await c.set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK)
        region = self.ram.region()
        if has(self.protocol_features, P.configure_mem_slots):
            await c.add_mem_reg(region, self.ram.fd)
        else:
            await c.set_mem_table([region], [self.ram.fd])

    async def _start_queues(self, num_queues: int, queue_size: int) -> None:
        c = self.client
        for index in range(num_queues):
            kind = PackedDriverQueue if has(self.features, V.ring_packed) else DriverQueue
            q = kind(self.ram, index, queue_size, event_idx=has(self.features, V.event_idx),
                     indirect=has(self.features, V.indirect_desc))
            self.queues.append(q)
            per_request = 1 if q.indirect else 3
            self._slots.append(asyncio.Semaphore(max(1, queue_size // per_request)))
            await c.set_vring_num(index, queue_size)
            # packed: slot 0 of both indexes, wrap counters 1 (bits 15 and 31)
            await c.set_vring_base(index, pack_packed_base(0, 1, 0, 1) if kind is PackedDriverQueue else 0)
            await c.set_vring_addr(q.address())
            await c.set_vring_kick(index, q.kick_fd)
            await c.set_vring_call(index, q.call_fd)
            await c.set_vring_err(index, q.err_fd)
            if has(self.features, V.protocol_features):
                await c.set_vring_enable(index, True)
            q.arm()
            self.loop.add_reader(q.call_fd, self._on_call, index)
            self.loop.add_reader(q.err_fd, self._on_err, index)
        if has(self.protocol_features, P.status):
            await c.set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK)
        for q in self.queues:
            q.kick()   # a ring starts on its first kick

    # --- properties of the device -----------------------------------------------------------------
    @property
    def size(self) -> int:
        """Capacity in bytes (from the configuration space)."""
        if self.config is None:
            raise UsageError("the back-end has no configuration space (CONFIG protocol feature)")
        return self.config.num_sectors * BLK_SECTOR

    @property
    def read_only(self) -> bool:
        return has(self.features, BlkFeature.ro)

    # --- requests ---------------------------------------------------------------------------------------
    async def request(self, rtype: int, sector: int = 0, out: bytes = b"", in_len: int = 0, *,
                      queue: int = 0) -> Completion:
        """Send one virtio-blk request; wait for it; return status, used length and data read."""
        if self._closed:
            raise PeerError("the vhost-user-blk connection is closed")
        q = self.queues[queue]
        async with self._slots[queue]:
            size = BLK_REQUEST_HEADER.size + len(out) + in_len + 1
            buf = self.ram.alloc(size, 64, zero=False)
            fut = None
            try:
                view = self.ram.at(buf, size)
                BLK_REQUEST_HEADER.pack_into(view, 0, int(rtype), 0, sector)
                view[16:16 + len(out)] = out
                view.release()
                readable = [(buf, BLK_REQUEST_HEADER.size)] + ([(buf + 16, len(out))] if out else [])
                in_gpa = buf + 16 + len(out)
                writable = ([(in_gpa, in_len)] if in_len else []) + [(in_gpa + in_len, 1)]
                fut = self.loop.create_future()
                q.add(readable, writable, _Request(buf, in_gpa, in_len, fut))
                self._schedule_flush(queue)
                return await fut
            finally:
                if fut is None or fut.done():   # a cancelled request's buffer stays the device's
                    self.ram.free(buf)

    def _schedule_flush(self, queue: int) -> None:
        if queue not in self._flush_scheduled:
            self._flush_scheduled.add(queue)
            self.loop.call_soon(self._flush, queue)

    def _flush(self, queue: int) -> None:
        self._flush_scheduled.discard(queue)
        if self._closed:
            return
        q = self.queues[queue]
        q.publish()
        if q.kick_needed():
            q.kick()

    def _on_call(self, index: int) -> None:
        q = self.queues[index]
        try:
            os.eventfd_read(q.call_fd)
        except BlockingIOError:
            pass
        try:
            while True:
                for req, written in q.harvest():
                    status = self.ram.at(req.in_gpa + req.in_len, 1)[0]
                    data = bytes(self.ram.at(req.in_gpa, min(req.in_len, max(written - 1, 0))))
                    if not req.future.done():
                        req.future.set_result(Completion(status, written, data))
                if not q.arm():
                    break
        except ProtocolError as exc:
            self._fail(exc)

    def _on_err(self, index: int) -> None:
        try:
            os.eventfd_read(self.queues[index].err_fd)
        except BlockingIOError:
            return
        self.errors.append(index)

    def _fail(self, exc: Exception) -> None:
        for q in self.queues:
            for pending in list(q._pending.values()):
                if not pending.token.future.done():
                    pending.token.future.set_exception(exc)

    @staticmethod
    def _check(done: Completion, what: str) -> Completion:
        if done.status != int(BlkStatus.ok):
            raise BlkError(f"{what} failed with status {done.status}", done.status)
        return done

    async def read(self, offset: int, length: int, *, queue: int = 0) -> bytes:
        if offset % BLK_SECTOR or length % BLK_SECTOR:
            raise UsageError("reads are whole 512-byte sectors")
        done = self._check(await self.request(T.read, offset // BLK_SECTOR, in_len=length, queue=queue),
                           f"read of {length} bytes at {offset}")
        return done.data

    async def write(self, offset: int, data: bytes, *, queue: int = 0) -> None:
        if offset % BLK_SECTOR or len(data) % BLK_SECTOR:
            raise UsageError("writes are whole 512-byte sectors")
        self._check(await self.request(T.write, offset // BLK_SECTOR, out=bytes(data), queue=queue),
                    f"write of {len(data)} bytes at {offset}")

    async def flush(self, *, queue: int = 0) -> None:
        self._check(await self.request(T.flush, queue=queue), "flush")

    async def get_id(self, *, queue: int = 0) -> bytes:
        done = self._check(await self.request(T.get_id, in_len=BLK_ID_BYTES, queue=queue), "get id")
        return done.data.split(b"\0", 1)[0]   # NUL-terminated when shorter than 20 bytes

    async def _segments(self, rtype, what: str, offset: int, length: int, flags: int, queue: int) -> None:
        if offset % BLK_SECTOR or length % BLK_SECTOR:
            raise UsageError(f"{what} works on whole 512-byte sectors")
        segment = BLK_SEGMENT.pack(offset // BLK_SECTOR, length // BLK_SECTOR, flags)
        self._check(await self.request(rtype, out=segment, queue=queue), f"{what} of {length} bytes at {offset}")

    async def discard(self, offset: int, length: int, *, queue: int = 0) -> None:
        await self._segments(T.discard, "discard", offset, length, 0, queue)

    async def write_zeroes(self, offset: int, length: int, *, unmap: bool = False, queue: int = 0) -> None:
        await self._segments(T.write_zeroes, "write zeroes", offset, length,
                             BLK_SEGMENT_F_UNMAP if unmap else 0, queue)

    # --- dirty log ---------------------------------------------------------------------------------------
    async def start_dirty_log(self) -> memoryview:
        """Share a dirty log (SET_LOG_BASE), turn on LOG_ALL and the used-ring log; return the bitmap."""
        if not has(self.protocol_features, P.log_shmfd) or not has(self.backend_features, V.log_all):
            raise UsageError("the back-end offers no shared-memory dirty log")
        pages = (self.ram.gpa + self.ram.size) // 4096
        size = max(4096, (pages + 7) // 8 + 4095 & ~4095)
        self.log = GuestRam(size, name="qemuspec-dirty-log")
        await self.client.set_log_base(size, self.log.fd)
        self.features |= bit(V.log_all)
        await self.client.set_features(self.features)
        for q in self.queues:
            await self.client.set_vring_addr(q.address(log=True))
        return self.log.view

    # --- stopping -----------------------------------------------------------------------------------------
    async def stop(self) -> list[int]:
        """GET_VRING_BASE on every queue (the back-end stops them); returns the bases."""
        return [await self.client.get_vring_base(q.index) for q in self.queues]

    async def close(self, *, stop: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if stop and not self.client.stream.closed:
                await self.stop()
        except PeerError:
            pass
        self._fail(PeerError("the vhost-user-blk connection was closed"))
        for q in self.queues:
            self.loop.remove_reader(q.call_fd)
            self.loop.remove_reader(q.err_fd)
        self.client.close()
        await asyncio.sleep(0)
        for q in self.queues:
            q.close()
        self.ram.close()
        if self.log is not None:
            self.log.close()

    async def __aenter__(self) -> "BlkClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()
