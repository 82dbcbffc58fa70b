"""The device side of a split virtqueue, over memory mapped from the front-end.

:class:`SplitQueue` takes descriptor chains from the available ring
(:meth:`SplitQueue.pop`), and returns them through the used ring
(:meth:`SplitQueue.push`, :meth:`SplitQueue.publish`), deciding whether the
driver wants a notification (:meth:`SplitQueue.should_notify`, with or
without EVENT_IDX). Every index and address the driver wrote is checked:
heads and ``next`` links inside the table, chains no longer than the queue
(loops end there), indirect tables only with INDIRECT_DESC, only as the
head, never nested, a multiple of 16 bytes, device-readable buffers before
device-writable ones, every buffer inside the mapped regions. A violation
raises :class:`VirtqError`; the queue is then broken until it is set up
again.

Regions that are not mapped (not sealed against shrinking, see
:mod:`.memory`) are reached through their fd: rings are :class:`FdSpan`
objects, buffers are copies, and a chain's writable copies are written back
by :meth:`SplitQueue.push` before its used element. A file that shrank
raises :class:`MemoryAccessError` (a :class:`QemuSpecError`: the queue breaks).

Memory ordering: the driver and the device run concurrently. Ring indexes
are read and written as aligned 16-bit memoryview items (one load or
store each, never torn). Stores reach memory in program order on x86
(TSO), so used elements are visible before the used index that publishes
them; :func:`fence` (a locked instruction, through a lock acquire and
release) orders the index store before the loads that decide about
notifications, as the virtio spec requires. On weakly ordered hosts
(Arm) Python offers no cheaper barrier; the same fence is used there.
"""

from __future__ import annotations

import threading
from ...errors import QemuSpecError
from .layout import (AVAIL_F_NO_INTERRUPT, DESC, DESC_F_INDIRECT, DESC_F_NEXT, DESC_F_WRITE, DESC_SIZE,
                     MAX_QUEUE_SIZE, USED_ELEM, avail_ring_size, desc_table_size, used_ring_size)
from .memory import DirtyLog, FdSpan, MemoryAccessError, VhostMemory

__all__ = ["SplitQueue", "GuestBuffers", "Chain", "VirtqError", "fence", "MAX_INDIRECT", "MAX_COPY", "need_event"]

MAX_INDIRECT = 1024          # entries of one indirect table (QEMU's VIRTQUEUE_MAX_SIZE)
MAX_COPY = 64 << 20          # bytes of one chain copied out of unmapped regions
_fence_lock = threading.Lock()


def fence() -> None:
    """A full memory barrier (the lock's atomic instructions)."""
    _fence_lock.acquire()
    _fence_lock.release()


def need_event(event: int, new: int, old: int) -> bool:
    """EVENT_IDX: has the index moved from ``old`` to ``new`` past ``event``?"""
    return ((new - event - 1) & 0xFFFF) < ((new - old) & 0xFFFF)


class VirtqError(QemuSpecError):
    """The driver broke the split virtqueue rules (the queue stops)."""


class Chain:
    """One descriptor chain: device-readable buffers, then device-writable ones.

    ``readable`` and ``writable`` are the buffers as memoryviews into guest
    memory, in chain order (a buffer that crosses from one region into the
    next is two views); ``writable_ranges`` are the guest-physical ranges of
    the writable buffers, for the dirty log. ``written`` counts what the
    device put into the writable buffers, for the used ring.
    """

    __slots__ = ("head", "readable", "writable", "writable_ranges", "readable_len", "writable_len", "written",
                 "writeback", "copied")

    def __init__(self, head: int) -> None:
        self.head = head
        self.readable: list[memoryview] = []
        self.writable: list[memoryview] = []
        self.writable_ranges: list[tuple[int, int]] = []
        self.readable_len = 0
        self.writable_len = 0
        self.written = 0
        self.writeback: list = []     # (region, start, copy) of writable buffers in unmapped regions
        self.copied = 0               # bytes copied out of unmapped regions (bounded by MAX_COPY)

    def flush(self) -> None:
        """Write the copies of writable buffers in unmapped regions back (MemoryAccessError
        when the front-end's file shrank)."""
        for region, start, view in self.writeback:
            region.write(start, view)

    def read(self, offset: int = 0, length: int | None = None) -> bytes:
        """Bytes of the readable buffers, as one string."""
        if length is None:
            length = self.readable_len - offset
        first = self.readable[0] if self.readable else b""
        if offset + length <= len(first):
            return bytes(first[offset:offset + length])
        return b"".join(slice_views(self.readable, offset, length))

    def write(self, offset: int, data: bytes | memoryview) -> None:
        """Copy ``data`` into the writable buffers at ``offset`` (counts towards ``written``)."""
        pos = 0
        for view in slice_views(self.writable, offset, len(data)):
            view[:] = data[pos:pos + len(view)]
            pos += len(view)
        self.written = max(self.written, offset + len(data))

    def release(self) -> None:
        for view in self.readable:
            view.release()
        for view in self.writable:
            view.release()
        self.readable.clear()
        self.writable.clear()
        self.writeback.clear()


def _unpack_span(span: FdSpan, offset: int) -> tuple:
    return DESC.unpack(span.read(offset, DESC_SIZE))


def slice_views(views, offset: int, length: int) -> list[memoryview]:
    """The part ``[offset, offset + length)`` of the concatenation of ``views``."""
    out = []
    for view in views:
        n = len(view)
        if offset >= n:
            offset -= n
            continue
        take = min(n - offset, length)
        out.append(view[offset:offset + take])
        length -= take
        offset = 0
        if length == 0:
            break
    if length > 0:
        raise VirtqError(f"chain buffers are {length} bytes too short")
    return out


class GuestBuffers:
    """Translation of a chain's buffers into views of guest memory (shared by split and packed
    queues); remembers the last mapped region, which the next buffers are likely in."""

    memory: VhostMemory

    def _reset_cache(self) -> None:
        self._cached_gpa, self._cached_end, self._cached_view = 1, 0, None

    def _add_buffer(self, chain: Chain, addr: int, length: int, writable: int) -> None:
        """Append one buffer to ``chain`` (device-readable ones must come first)."""
        if self._cached_gpa <= addr and addr + length <= self._cached_end:   # same region as before
            offset = addr - self._cached_gpa
            views = [self._cached_view[offset:offset + length]]
        else:
            views = self._translate(chain, addr, length, writable)
        if writable:
            chain.writable += views
            chain.writable_ranges.append((addr, length))
            chain.writable_len += length
        else:
            if chain.writable_len:
                raise VirtqError("a device-readable buffer follows a device-writable one")
            chain.readable += views
            chain.readable_len += length

    def _translate(self, chain: Chain, addr: int, length: int, writable: int) -> list[memoryview]:
        """Views of a buffer; remembers its (mapped) region, which the next buffers are likely in."""
        region = self.memory.region_at(addr)
        if region is not None and region.view is None:      # copies: bounded before they are made
            chain.copied += length
            if chain.copied > MAX_COPY:
                raise VirtqError(f"chain from head {chain.head} has more than {MAX_COPY} bytes "
                                 "in unmapped regions")
        try:
            views = self.memory.gpa_views(addr, length, chain.writeback if writable else None)
        except MemoryAccessError as exc:
            raise VirtqError(f"buffer outside guest memory: {exc}") from exc
        if region is not None and region.view is not None:
            self._cached_gpa, self._cached_end, self._cached_view = region.gpa, region.gpa_end, region.view
        return views

    def _log_buffers(self, chain: Chain, written: int) -> None:
        for gpa, length in chain.writable_ranges:
            if written <= 0:
                break
            n = min(written, length)
            self.log.mark(gpa, n)
            written -= n


class SplitQueue(GuestBuffers):
    """A started split virtqueue, device side.

    ``desc``, ``avail`` and ``used`` are front-end user addresses (as
    SET_VRING_ADDR gives them), translated here once; ``last_avail_idx``
    comes from SET_VRING_BASE and the used index is read from the used ring.
    With ``log`` set, writes into buffers are marked dirty, and so are
    writes to the used ring (at ``log_used_gpa``) when ``log_used`` is set.
    """

    def __init__(self, memory: VhostMemory, num: int, desc: int, avail: int, used: int, *,
                 last_avail_idx: int = 0, event_idx: bool = False, indirect: bool = False,
                 log: DirtyLog | None = None, log_used: bool = False, log_used_gpa: int = 0) -> None:
        if not 1 <= num <= MAX_QUEUE_SIZE or num & (num - 1):
            raise VirtqError(f"queue size {num} is not a power of two up to {MAX_QUEUE_SIZE}")
        for name, addr, align in (("descriptor table", desc, 16), ("available ring", avail, 2),
                                  ("used ring", used, 4)):
            if addr % align:
                raise VirtqError(f"{name} address {addr:#x} is not {align}-byte aligned")
        try:
            self._desc = memory.uva_view(desc, desc_table_size(num))
            avail_view = memory.uva_view(avail, avail_ring_size(num))
            self._used = memory.uva_view(used, used_ring_size(num))
            self.memory = memory
            self.num = num
            self._avail16 = avail_view.cast("H")                 # flags, idx, entries..., used_event
            self._used_hdr = self._used[0:4].cast("H")            # flags, idx
            self._avail_event = self._used[4 + 8 * num:6 + 8 * num].cast("H")
            self.used_idx = self._used_hdr[1]
        except MemoryAccessError as exc:
            raise VirtqError(f"ring is outside guest memory: {exc}") from exc
        self._unpack_desc = (_unpack_span if isinstance(self._desc, FdSpan) else DESC.unpack_from)
        self.last_avail_idx = last_avail_idx & 0xFFFF
        self._published = self.used_idx
        self._signalled = self.used_idx
        self._signalled_valid = False
        self.event_idx = event_idx
        self.indirect = indirect
        self.log = log
        self.log_used = log_used
        self.log_used_gpa = log_used_gpa
        self.in_flight = 0
        self._reset_cache()   # last region a buffer was in

    @property
    def vring_base(self) -> int:
        """The SET/GET_VRING_BASE number: the next available-ring index to process."""
        return self.last_avail_idx

    @vring_base.setter
    def vring_base(self, base: int) -> None:
        self.last_avail_idx = base & 0xFFFF

    # --- taking chains -------------------------------------------------------------------
    def available(self) -> int:
        """Chains the driver has made available that the device has not taken yet."""
        n = (self._avail16[1] - self.last_avail_idx) & 0xFFFF
        if n > self.num:
            raise VirtqError(f"available index moved {n} entries ahead of a {self.num}-entry queue")
        return n

    def pop(self) -> Chain | None:
        """The next available chain, or None."""
        if not self.available():
            return None
        head = self._avail16[2 + self.last_avail_idx % self.num]
        self.last_avail_idx = (self.last_avail_idx + 1) & 0xFFFF
        chain = self._walk(head)
        self.in_flight += 1
        return chain

    def resubmit(self, head: int) -> Chain:
        """The chain at ``head`` again: a request left in flight by an earlier back-end."""
        chain = self._walk(head)
        self.in_flight += 1
        return chain

    @property
    def avail_idx(self) -> int:
        """The driver's available index."""
        return self._avail16[1]

    def _walk(self, head: int) -> Chain:
        num = self.num
        if head >= num:
            raise VirtqError(f"head index {head} is outside the {num}-entry descriptor table")
        chain = Chain(head)
        table, table_len, limit = self._desc, num, num
        unpack = self._unpack_desc
        memory = self.memory
        i, count, nested = head, 0, False
        while True:
            count += 1
            if count > limit:
                raise VirtqError(f"descriptor chain from head {head} is longer than {limit} (a loop?)")
            addr, length, flags, nxt = unpack(table, DESC_SIZE * i)
            if flags & DESC_F_INDIRECT:
                if not self.indirect:
                    raise VirtqError("indirect descriptor without the INDIRECT_DESC feature")
                if nested:
                    raise VirtqError("indirect descriptor inside an indirect table")
                if count != 1 or flags & DESC_F_NEXT:
                    raise VirtqError("an indirect descriptor must be the whole chain (head, no next)")
                if length == 0 or length % DESC_SIZE or length // DESC_SIZE > MAX_INDIRECT:
                    raise VirtqError(f"indirect table of {length} bytes (a multiple of 16, "
                                     f"at most {MAX_INDIRECT} entries)")
                try:
                    table = memory.gpa_view(addr, length)
                except MemoryAccessError as exc:
                    raise VirtqError(f"indirect table outside guest memory: {exc}") from exc
                table_len = limit = length // DESC_SIZE
                unpack = DESC.unpack_from          # a view, or a copy of an unmapped region's table
                i, count, nested = 0, 0, True
                continue
            if length:   # (GuestBuffers._add_buffer, inlined: this is the hot path)
                if self._cached_gpa <= addr and addr + length <= self._cached_end:   # same region as before
                    offset = addr - self._cached_gpa
                    views = [self._cached_view[offset:offset + length]]
                else:
                    views = self._translate(chain, addr, length, flags & DESC_F_WRITE)
                if flags & DESC_F_WRITE:
                    chain.writable += views
                    chain.writable_ranges.append((addr, length))
                    chain.writable_len += length
                else:
                    if chain.writable_len:
                        raise VirtqError("a device-readable buffer follows a device-writable one")
                    chain.readable += views
                    chain.readable_len += length
            if not flags & DESC_F_NEXT:
                return chain
            if nxt >= table_len:
                raise VirtqError(f"next index {nxt} is outside the {table_len}-entry table")
            i = nxt

    # --- returning chains ----------------------------------------------------------------------
    def push(self, chain: Chain, written: int | None = None) -> None:
        """Put a finished chain into the used ring (visible after :meth:`publish`)."""
        written = chain.written if written is None else written
        slot = self.used_idx % self.num
        chain.flush()   # copies of buffers in unmapped regions, before the used element
        if isinstance(self._used, FdSpan):
            self._used.write(4 + 8 * slot, USED_ELEM.pack(chain.head, written))
        else:
            USED_ELEM.pack_into(self._used, 4 + 8 * slot, chain.head, written)
        if self.log is not None:
            self._log_buffers(chain, written)
            if self.log_used:
                self.log.mark(self.log_used_gpa + 4 + 8 * slot, 8)
        self.used_idx = (self.used_idx + 1) & 0xFFFF
        self.in_flight -= 1

    def publish(self) -> bool:
        """Make pushed elements visible (one used-index store); True when any were new."""
        if self.used_idx == self._published:
            return False
        self._used_hdr[1] = self.used_idx   # after the elements: x86 keeps store order
        self._published = self.used_idx
        if self.log is not None and self.log_used:
            self.log.mark(self.log_used_gpa + 2, 2)
        return True

    def should_notify(self) -> bool:
        """Whether the driver wants a notification for what was published since the last one."""
        fence()  # the used index store before the loads below
        if not self.event_idx:
            return not self._avail16[0] & AVAIL_F_NO_INTERRUPT
        old, new = self._signalled, self._published
        valid, self._signalled_valid = self._signalled_valid, True
        self._signalled = new
        if not valid:
            return True
        return need_event(self._avail16[2 + self.num], new, old)

    def enable_kicks(self) -> bool:
        """EVENT_IDX: ask for a kick at the next available entry; True if chains arrived meanwhile."""
        if not self.event_idx:
            return False
        self._avail_event[0] = self.last_avail_idx
        if self.log is not None and self.log_used:
            self.log.mark(self.log_used_gpa + 4 + 8 * self.num, 2)
        fence()  # the avail_event store before the available index load
        return self.available() > 0

    def release(self) -> None:
        """Drop every view into guest memory (before the memory is unmapped)."""
        self._reset_cache()
        for view in (self._avail16, self._used_hdr, self._avail_event, self._desc, self._used):
            view.release()
