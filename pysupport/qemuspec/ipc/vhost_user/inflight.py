"""In-flight I/O tracking of virtqueues (the INFLIGHT_SHMFD protocol feature), split and packed.

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

:class:`PackedInflight` keeps a packed queue's region (the layout is chosen by the
features set before the buffer was made: QEMU sends SET_FEATURES first):

* the entries not held by a request form a free list; a chain taken from the
  ring takes one entry per ring descriptor from it, with a copy of the
  descriptor, the first (head) entry getting the counter, the in-flight flag,
  the entry count and the last entry (:meth:`PackedInflight.take`);
* before a batch of used descriptors is made visible its chains' entries go
  back to the free list and the region's ``used_idx``/``used_wrap_counter``
  move on (:meth:`PackedInflight.returning`); after, the heads' flags are
  cleared and the ``old_*`` copies catch up (:meth:`PackedInflight.published`);
* :meth:`PackedInflight.recover` commits a batch whose first used descriptor
  reached the ring (the descriptor at ``old_used_idx`` no longer looks
  available with ``old_used_wrap_counter``), rolls anything else back, clears
  the flags of the free entries and returns the chains still in flight (their
  descriptor copies: the ring slots may be overwritten) in counter order; the
  device's ring positions come from the region, not from SET_VRING_BASE
  (QEMU cannot know them after a crash: it keeps the base it last sent).

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
from .layout import PACKED_DESC_F_AVAIL, PACKED_DESC_F_USED
from .virtq import VirtqError

__all__ = ["InflightBuffer", "SplitInflight", "PackedInflight", "InflightError", "queue_region_size",
           "ALIGNMENT", "VERSION"]

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
_PQ = "vhost_user_inflight::queue_region_packed"
_PD = "vhost_user_inflight::desc_state_packed"
PACKED_HEADER_SIZE = field_end(_PQ, "padding")         # 32
PACKED_ENTRY_SIZE = field_end(_PD, "addr")             # 32
_P_VERSION = field_offset(_PQ, "version")
_P_NUM = field_offset(_PQ, "num_descs")
_P_FREE = field_offset(_PQ, "free_head")
_P_OLD_FREE = field_offset(_PQ, "old_free_head")
_P_USED = field_offset(_PQ, "used_idx")
_P_OLD_USED = field_offset(_PQ, "old_used_idx")
_P_WRAP = field_offset(_PQ, "used_wrap_counter")
_P_OLD_WRAP = field_offset(_PQ, "old_used_wrap_counter")
_PD_INFLIGHT = field_offset(_PD, "inflight")
_PD_NEXT = field_offset(_PD, "next")
_PD_LAST = field_offset(_PD, "last")
_PD_NUM = field_offset(_PD, "num")
_PD_COUNTER = field_offset(_PD, "counter")
_PD_ID = field_offset(_PD, "id")
_PD_FLAGS = field_offset(_PD, "flags")
_PD_LEN = field_offset(_PD, "len_buffer")
_PD_ADDR = field_offset(_PD, "addr")
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")
MAX_COUNTER = (1 << 64) - 1


class InflightError(VirtqError):
    """The in-flight buffer breaks the rules (a queue over it stops)."""


def queue_region_size(queue_size: int, packed: bool = False) -> int:
    """Bytes of one queue's region for ``queue_size`` entries: split, what libvhost-user allocates;
    packed, the header and the entries rounded up the same way."""
    if packed:
        return -(-(PACKED_HEADER_SIZE + PACKED_ENTRY_SIZE * queue_size) // ALIGNMENT) * ALIGNMENT
    return -(-(ENTRY_SIZE * queue_size + 2) // ALIGNMENT) * ALIGNMENT


class InflightBuffer:
    """A mapped in-flight buffer: ``num_queues`` regions of ``queue_size`` entries, of the
    packed layout when ``packed``."""

    def __init__(self, fd: int, size: int, offset: int, num_queues: int, queue_size: int,
                 packed: bool = False) -> None:
        self.fd, self.size, self.offset = fd, size, offset
        self.num_queues, self.queue_size, self.packed = num_queues, queue_size, packed
        self.stride = queue_region_size(queue_size, packed)
        try:
            self._map = map_shared(fd, size, offset)
        except (OSError, ValueError, OverflowError) as exc:
            raise InflightError(f"cannot map the in-flight buffer: {exc}") from exc
        self.view = memoryview(self._map)

    @classmethod
    def allocate(cls, num_queues: int, queue_size: int, packed: bool = False) -> "InflightBuffer":
        """A zeroed buffer in a sealed memfd (GET_INFLIGHT_FD)."""
        size = num_queues * queue_region_size(queue_size, packed)
        fd = sealed_memfd(size, "qemuspec-vhost-user-inflight")
        try:
            buffer = cls(fd, size, 0, num_queues, queue_size, packed)
        except BaseException:
            os.close(fd)
            raise
        for index in range(num_queues):   # entry counts now, so the whole buffer parses; version 0 until used
            _U16.pack_into(buffer.view, index * buffer.stride + (_P_NUM if packed else _NUM), queue_size)
        return buffer

    @classmethod
    def adopt(cls, fd: int, size: int, offset: int, num_queues: int, queue_size: int, *,
              max_queues: int, max_queue_size: int, packed: bool = False) -> "InflightBuffer":
        """Map the buffer a front-end handed over (SET_INFLIGHT_FD); the caller keeps ``fd`` on success."""
        if not 1 <= num_queues <= max_queues:
            raise InflightError(f"in-flight buffer for {num_queues} queues (the device has {max_queues})")
        if not 1 <= queue_size <= max_queue_size:
            raise InflightError(f"in-flight buffer for queues of {queue_size} entries (at most {max_queue_size})")
        need = num_queues * queue_region_size(queue_size, packed)
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
        return cls(fd, size, offset, num_queues, queue_size, packed)

    def queue(self, index: int) -> "SplitInflight | PackedInflight":
        """Queue ``index``'s region."""
        if not 0 <= index < self.num_queues:
            raise InflightError(f"queue {index} has no region in the in-flight buffer "
                                f"({self.num_queues} queues)")
        start = index * self.stride
        kind = PackedInflight if self.packed else SplitInflight
        return kind(self.view[start:start + self.stride], self.queue_size)

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


def _avail_bits(wrap: int) -> int:
    """The AVAIL/USED bits of a descriptor the driver made available in lap ``wrap``."""
    return PACKED_DESC_F_AVAIL if wrap else PACKED_DESC_F_USED


class PackedInflight:
    """One packed queue's region of the in-flight buffer."""

    def __init__(self, view: memoryview, capacity: int) -> None:
        self.view = view
        self.capacity = capacity
        self.entries = capacity         # the region's num_descs: the free list's end marker
        self.counter = 0
        self.cleared = 0                # heads of a published batch the last recover() committed

    def _u16(self, offset: int) -> int:
        return _U16.unpack_from(self.view, offset)[0]

    def _set_u16(self, offset: int, value: int) -> None:
        _U16.pack_into(self.view, offset, value)

    def _entry(self, i: int) -> int:
        return PACKED_HEADER_SIZE + PACKED_ENTRY_SIZE * i

    def _next(self, i: int) -> int:
        return self._u16(self._entry(i) + _PD_NEXT)

    def inflight_entries(self) -> list[int]:
        """Head entries flagged in flight, in entry order."""
        return [i for i in range(self.entries) if self.view[self._entry(i) + _PD_INFLIGHT]]

    # --- queue start -----------------------------------------------------------------------
    def recover(self, q) -> list[tuple[int, list[tuple[int, int, int, int]]]] | None:
        """Start tracking the packed queue ``q`` (a :class:`~.packed.PackedQueue`): None for a fresh
        region (the vring base stands), else the chains to run again in counter order, each as
        (head entry, [(addr, len, id, flags) per ring descriptor]); ``q``'s ring positions are
        set from the region."""
        num = q.num
        if not 1 <= num <= self.capacity:
            raise InflightError(f"queue of {num} entries over an in-flight region of {self.capacity}")
        version = self._u16(_P_VERSION)
        if version == 0:
            self.view[:] = bytes(len(self.view))
            self._set_u16(_P_NUM, self.capacity)
            for i in range(self.capacity):
                self._set_u16(self._entry(i) + _PD_NEXT, i + 1)
            for field, value in ((_P_USED, q.used_idx), (_P_OLD_USED, q.used_idx)):
                self._set_u16(field, value)
            self.view[_P_WRAP] = self.view[_P_OLD_WRAP] = q.used_wrap
            self._set_u16(_P_VERSION, VERSION)
            self.entries, self.counter = self.capacity, 0
            return None
        if version != VERSION:
            raise InflightError(f"in-flight region version {version} (this back-end knows {VERSION})")
        entries = self._u16(_P_NUM)
        if entries not in (num, self.capacity):
            raise InflightError(f"in-flight region has {entries} entries for a queue of {num} "
                                f"(in a buffer of {self.capacity})")
        self.entries = entries
        used, old_used = self._u16(_P_USED), self._u16(_P_OLD_USED)
        wrap, old_wrap = self.view[_P_WRAP], self.view[_P_OLD_WRAP]
        free, old_free = self._u16(_P_FREE), self._u16(_P_OLD_FREE)
        for name, value, limit in (("used_idx", used, num - 1), ("old_used_idx", old_used, num - 1),
                                   ("used_wrap_counter", wrap, 1), ("old_used_wrap_counter", old_wrap, 1),
                                   ("free_head", free, entries), ("old_free_head", old_free, entries)):
            if value > limit:
                raise InflightError(f"in-flight region {name} {value} (at most {limit})")
        commit = False
        if (used, wrap) != (old_used, old_wrap):
            bits = q.slot_flags(old_used) & (PACKED_DESC_F_AVAIL | PACKED_DESC_F_USED)
            if bits != _avail_bits(old_wrap):   # the batch's first used descriptor is in the ring: commit
                old_used, old_wrap, old_free, commit = used, wrap, free, True
        self._set_u16(_P_FREE, old_free)
        self._set_u16(_P_OLD_FREE, old_free)
        self._set_u16(_P_USED, old_used)
        self._set_u16(_P_OLD_USED, old_used)
        self.view[_P_WRAP] = self.view[_P_OLD_WRAP] = old_wrap
        on_free: set[int] = set()
        self.cleared = 0                # heads of the committed batch: flagged entries on the free list
        i = old_free
        while i != entries:
            if i > entries or i in on_free:
                raise InflightError(f"in-flight free list {'loops' if i in on_free else 'leaves the table'} "
                                    f"at entry {i}")
            on_free.add(i)
            if commit and self.view[self._entry(i) + _PD_INFLIGHT]:
                self.cleared += 1
            self.view[self._entry(i) + _PD_INFLIGHT] = 0
            i = self._next(i)
        pending, held, taken = [], 0, set(on_free)
        for head in range(entries):
            entry = self._entry(head)
            flag = self.view[entry + _PD_INFLIGHT]
            if flag > 1:
                raise InflightError(f"in-flight flag {flag} of entry {head} (0 or 1)")
            if not flag:
                continue
            count, last = self._u16(entry + _PD_NUM), self._u16(entry + _PD_LAST)
            if not 1 <= count <= num - held:
                raise InflightError(f"entry {head} in flight with {count} descriptors "
                                    f"({num - held} ring slots left)")
            held += count
            descs, i = [], head
            for k in range(count):
                if i >= entries or i in taken:
                    raise InflightError(f"request at entry {head} links to entry {i}, "
                                        f"{'outside the table' if i >= entries else 'which is not its own'}")
                taken.add(i)
                e = self._entry(i)
                descs.append((_U64.unpack_from(self.view, e + _PD_ADDR)[0], _U32.unpack_from(self.view, e + _PD_LEN)[0],
                              self._u16(e + _PD_ID), self._u16(e + _PD_FLAGS)))
                if k < count - 1:
                    i = self._next(i)
            if i != last:
                raise InflightError(f"request at entry {head} ends at entry {i}, its last is {last}")
            pending.append((_U64.unpack_from(self.view, entry + _PD_COUNTER)[0], head, descs))
        pending.sort()
        counters = [c for c, _, _ in pending]
        if len(set(counters)) != len(counters):
            raise InflightError("two requests in flight have the same counter")
        if counters and counters[-1] == MAX_COUNTER:
            raise InflightError("in-flight counter at its maximum")
        self.counter = counters[-1] + 1 if counters else 0
        q.used_idx, q.used_wrap = old_used, old_wrap
        avail = old_used + held
        q.last_avail, q.avail_wrap = (avail, old_wrap) if avail < num else (avail - num, old_wrap ^ 1)
        return [(head, descs) for _, head, descs in pending]

    # --- running -------------------------------------------------------------------------------
    def take(self, chain) -> None:
        """``chain`` (its ring descriptors in ``chain.descs``) was taken from the ring."""
        view = self.view
        head = self._u16(_P_OLD_FREE)
        free = self._u16(_P_FREE)
        entry = self._entry(head)
        last = len(chain.descs) - 1
        for k, (addr, length, buf_id, flags) in enumerate(chain.descs):
            if free >= self.entries or (k == 0 and head != free):
                raise InflightError("in-flight free list is exhausted or out of step")
            if k == 0:
                self._set_u16(entry + _PD_NUM, 0)
                _U64.pack_into(view, entry + _PD_COUNTER, self.counter)
                self.counter += 1
                view[entry + _PD_INFLIGHT] = 1
            if k == last:
                self._set_u16(entry + _PD_LAST, free)
            self._set_u16(entry + _PD_NUM, self._u16(entry + _PD_NUM) + 1)
            e = self._entry(free)
            _U64.pack_into(view, e + _PD_ADDR, addr)
            _U32.pack_into(view, e + _PD_LEN, length)
            self._set_u16(e + _PD_ID, buf_id)
            self._set_u16(e + _PD_FLAGS, flags)
            free = self._next(free)
            self._set_u16(_P_FREE, free)
            if k == last:
                self._set_u16(_P_OLD_FREE, free)
        chain.entry = head

    def returning(self, chains, q) -> None:
        """``chains`` were pushed to ``q`` and are about to be made visible: their entries go back to
        the free list and the region's used position becomes ``q``'s."""
        for chain in chains:
            last = self._u16(self._entry(chain.entry) + _PD_LAST)
            self._set_u16(self._entry(last) + _PD_NEXT, self._u16(_P_FREE))
            self._set_u16(_P_FREE, chain.entry)
        self._set_u16(_P_USED, q.used_idx)
        self.view[_P_WRAP] = q.used_wrap

    def published(self, chains, q) -> None:
        """The used descriptors of ``chains`` are visible: clear their heads, commit the position."""
        for chain in chains:
            self.view[self._entry(chain.entry) + _PD_INFLIGHT] = 0
        self._set_u16(_P_OLD_FREE, self._u16(_P_FREE))
        self._set_u16(_P_OLD_USED, self._u16(_P_USED))
        self.view[_P_OLD_WRAP] = self.view[_P_WRAP]

    def release(self) -> None:
        self.view.release()
