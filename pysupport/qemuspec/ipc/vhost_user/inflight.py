"""In-flight I/O tracking of split virtqueues (the INFLIGHT_SHMFD protocol feature).

The back-end allocates a buffer (:meth:`InflightBuffer.allocate`, answering
GET_INFLIGHT_FD), the front-end keeps it and hands it to the next back-end
after a crash (:meth:`InflightBuffer.adopt`, for SET_INFLIGHT_FD). Each
queue has a region in it (``ksy/vhost_user_inflight.ksy``): a header and one
entry per descriptor. :class:`SplitInflight` keeps one queue's region as the
spec says:

* a head taken from the available ring gets the next counter value and its
  ``inflight`` flag (:meth:`SplitInflight.take`), before the request runs;
* a head put into the used ring is linked into the last batch
  (:meth:`SplitInflight.used`); once the used index is published, the
  batch's flags are cleared and the region's ``used_idx`` catches up
  (:meth:`SplitInflight.published`);
* when a queue starts over a region that is already set up
  (:meth:`SplitInflight.recover`), a batch that was published but not
  cleared is cleared, and the heads still in flight are returned in counter
  order, to run again; the next available index is the used index plus
  their number.

Everything read from a region the front-end handed over is checked: the
version, the entry count against the queue size, flag values, batch links
and heads inside the table, distinct counters, no more requests in flight
than the driver made available. A violation raises :class:`InflightError`
(the queue breaks); nothing is read or written outside the mapping.
"""

from __future__ import annotations

import mmap
import os
import struct

from ...fields import field_end, field_offset
from ...memory import map_shared, sealed_against_shrinking, sealed_memfd, unmap
from .virtq import VirtqError

__all__ = ["InflightBuffer", "SplitInflight", "InflightError", "queue_region_size", "ALIGNMENT", "VERSION"]

_Q = "vhost_user_inflight::queue_region_split"
_D = "vhost_user_inflight::desc_state_split"
ALIGNMENT = 64                                  # each queue's region is rounded up to this
VERSION = 1
HEADER_SIZE = field_end(_Q, "used_idx")         # 16
ENTRY_SIZE = field_end(_D, "counter")           # 16
_VERSION = field_offset(_Q, "version")
_NUM = field_offset(_Q, "num_descs")
_BATCH_HEAD = field_offset(_Q, "last_batch_head")
_USED_IDX = field_offset(_Q, "used_idx")
_INFLIGHT = field_offset(_D, "inflight")
_NEXT = field_offset(_D, "next")
_COUNTER = field_offset(_D, "counter")
_U16 = struct.Struct("<H")
_U64 = struct.Struct("<Q")
MAX_COUNTER = (1 << 64) - 1


class InflightError(VirtqError):
    """The in-flight buffer breaks the rules (a queue over it stops)."""


def queue_region_size(queue_size: int) -> int:
    """Bytes of one queue's region for ``queue_size`` entries (what libvhost-user allocates too)."""
    return -(-(ENTRY_SIZE * queue_size + 2) // ALIGNMENT) * ALIGNMENT


class InflightBuffer:
    """A mapped in-flight buffer: ``num_queues`` regions of ``queue_size`` entries."""

    def __init__(self, fd: int, size: int, offset: int, num_queues: int, queue_size: int) -> None:
        self.fd, self.size, self.offset = fd, size, offset
        self.num_queues, self.queue_size = num_queues, queue_size
        self.stride = queue_region_size(queue_size)
        try:
            self._map = map_shared(fd, size, offset)
        except (OSError, ValueError, OverflowError) as exc:
            raise InflightError(f"cannot map the in-flight buffer: {exc}") from exc
        self.view = memoryview(self._map)

    @classmethod
    def allocate(cls, num_queues: int, queue_size: int) -> "InflightBuffer":
        """A zeroed buffer in a sealed memfd (GET_INFLIGHT_FD)."""
        size = num_queues * queue_region_size(queue_size)
        fd = sealed_memfd(size, "qemuspec-vhost-user-inflight")
        try:
            buffer = cls(fd, size, 0, num_queues, queue_size)
        except BaseException:
            os.close(fd)
            raise
        for index in range(num_queues):   # entry counts now, so the whole buffer parses; version 0 until used
            _U16.pack_into(buffer.view, index * buffer.stride + _NUM, queue_size)
        return buffer

    @classmethod
    def adopt(cls, fd: int, size: int, offset: int, num_queues: int, queue_size: int, *,
              max_queues: int, max_queue_size: int) -> "InflightBuffer":
        """Map the buffer a front-end handed over (SET_INFLIGHT_FD); the caller keeps ``fd`` on success."""
        if not 1 <= num_queues <= max_queues:
            raise InflightError(f"in-flight buffer for {num_queues} queues (the device has {max_queues})")
        if not 1 <= queue_size <= max_queue_size:
            raise InflightError(f"in-flight buffer for queues of {queue_size} entries (at most {max_queue_size})")
        need = num_queues * queue_region_size(queue_size)
        if size != need:
            raise InflightError(f"in-flight buffer of {size} bytes; {num_queues} queues of {queue_size} "
                                f"entries take {need}")
        if offset % mmap.ALLOCATIONGRANULARITY:
            raise InflightError(f"in-flight buffer offset {offset:#x} is not page aligned")
        try:
            end = os.fstat(fd).st_size
        except OSError as exc:
            raise InflightError(f"in-flight buffer: {exc.strerror}") from exc
        if offset + size > end:
            raise InflightError(f"in-flight buffer {offset:#x}+{size:#x} is beyond its file ({end:#x} bytes)")
        if not sealed_against_shrinking(fd):
            raise InflightError("in-flight buffer file is not sealed against shrinking")
        return cls(fd, size, offset, num_queues, queue_size)

    def queue(self, index: int) -> "SplitInflight":
        """Queue ``index``'s region."""
        if not 0 <= index < self.num_queues:
            raise InflightError(f"queue {index} has no region in the in-flight buffer "
                                f"({self.num_queues} queues)")
        start = index * self.stride
        return SplitInflight(self.view[start:start + self.stride], self.queue_size)

    def close(self, *, close_fd: bool = True) -> None:
        """Unmap (views still held by queues keep the mapping until they go) and close the fd
        (unless ``close_fd`` is false: then the caller closes it)."""
        unmap(self._map, self.view)
        if close_fd:
            os.close(self.fd)


class SplitInflight:
    """One split queue's region of the in-flight buffer."""

    def __init__(self, view: memoryview, capacity: int) -> None:
        self.view = view
        self.capacity = capacity        # entries the region has room for
        self.num = 0
        self.counter = 0
        self.cleared = 0                # entries of a half-finished batch the last recover() cleared

    # --- header fields --------------------------------------------------------------------
    def _u16(self, offset: int) -> int:
        return _U16.unpack_from(self.view, offset)[0]

    def _set_u16(self, offset: int, value: int) -> None:
        _U16.pack_into(self.view, offset, value)

    def _entry(self, head: int) -> int:
        return HEADER_SIZE + ENTRY_SIZE * head

    @property
    def used_idx(self) -> int:
        return self._u16(_USED_IDX)

    def inflight_heads(self) -> list[int]:
        """Heads flagged in flight, in descriptor order."""
        return [i for i in range(self.num) if self.view[self._entry(i) + _INFLIGHT]]

    # --- queue start -----------------------------------------------------------------------
    def recover(self, num: int, used_idx: int, avail_idx: int) -> tuple[list[int], int | None]:
        """Start tracking a queue of ``num`` entries whose used ring index is ``used_idx`` and
        whose available index is ``avail_idx``: the heads to run again (counter order) and the
        next available index to take (None for a fresh region: the vring base stands).

        The region's entry count is the buffer's queue size (what this back-end writes, as
        the spec says) or the queue's own size (what libvhost-user writes)."""
        if not 1 <= num <= self.capacity:
            raise InflightError(f"queue of {num} entries over an in-flight region of {self.capacity}")
        version = self._u16(_VERSION)
        if version == 0:   # a fresh region: nothing was in flight
            self.view[:] = bytes(len(self.view))
            self._set_u16(_NUM, self.capacity)
            self._set_u16(_USED_IDX, used_idx)
            self._set_u16(_VERSION, VERSION)
            self.num, self.counter = num, 0
            return [], None
        if version != VERSION:
            raise InflightError(f"in-flight region version {version} (this back-end knows {VERSION})")
        entries = self._u16(_NUM)
        if entries not in (num, self.capacity):
            raise InflightError(f"in-flight region has {entries} entries for a queue of {num} "
                                f"(in a buffer of {self.capacity})")
        self.num = num
        batch = self.cleared = (used_idx - self.used_idx) & 0xFFFF
        if batch:   # the last batch reached the used ring but its entries were not cleared
            if batch > num:
                raise InflightError(f"used ring is {batch} entries ahead of the in-flight region's used index "
                                    f"(a {num}-entry queue)")
            head = self._u16(_BATCH_HEAD)
            for _ in range(batch):
                if head >= num:
                    raise InflightError(f"last used batch links to descriptor {head} of a {num}-entry queue")
                entry = self._entry(head)
                self.view[entry + _INFLIGHT] = 0
                head = self._u16(entry + _NEXT)
            self._set_u16(_USED_IDX, used_idx)
        pending = []
        for i in range(entries):
            flag = self.view[self._entry(i) + _INFLIGHT]
            if flag > 1:
                raise InflightError(f"in-flight flag {flag} of descriptor {i} (0 or 1)")
            if flag and i >= num:
                raise InflightError(f"descriptor {i} in flight in a {num}-entry queue")
            if flag:
                pending.append((_U64.unpack_from(self.view, self._entry(i) + _COUNTER)[0], i))
        if len(pending) > (avail_idx - used_idx) & 0xFFFF:
            raise InflightError(f"{len(pending)} requests in flight but the driver made only "
                                f"{(avail_idx - used_idx) & 0xFFFF} available beyond the used index")
        pending.sort()
        counters = [c for c, _ in pending]
        if len(set(counters)) != len(counters):
            raise InflightError("two requests in flight have the same counter")
        if counters and counters[-1] == MAX_COUNTER:
            raise InflightError("in-flight counter at its maximum")
        self.counter = counters[-1] + 1 if counters else 0
        return [i for _, i in pending], (used_idx + len(pending)) & 0xFFFF

    # --- running -------------------------------------------------------------------------------
    def take(self, head: int) -> None:
        """``head`` was taken from the available ring (before its request runs)."""
        entry = self._entry(head)
        _U64.pack_into(self.view, entry + _COUNTER, self.counter)
        self.counter += 1
        self.view[entry + _INFLIGHT] = 1

    def used(self, head: int) -> None:
        """``head`` goes into the used ring: link it into the batch."""
        self._set_u16(self._entry(head) + _NEXT, self._u16(_BATCH_HEAD))
        self._set_u16(_BATCH_HEAD, head)

    def published(self, heads, used_idx: int) -> None:
        """The used index ``used_idx`` that publishes ``heads`` is in the used ring."""
        for head in heads:
            self.view[self._entry(head) + _INFLIGHT] = 0
        self._set_u16(_USED_IDX, used_idx)

    def release(self) -> None:
        self.view.release()
