"""The device side of a packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1+ section 2.8).

A packed queue is one ring of 16-byte descriptors (addr, len, buffer id,
flags) that both sides write, plus two 4-byte event suppression structures
(off_wrap, flags): the driver's (what SET_VRING_ADDR calls the available
ring) says when the device should notify, the device's (the "used ring"
address) says when the driver should kick. The driver makes a slot
available by writing its AVAIL flag equal to, and its USED flag different
from, the driver wrap counter; the device returns a buffer by writing a
descriptor at its own position with both flags equal to the device wrap
counter. Each counter starts at 1 and flips whenever its index passes the
end of the ring.

:class:`PackedQueue` gives the core the interface of
:class:`~qemuspec.ipc.vhost_user.virtq.SplitQueue`: :meth:`~PackedQueue.pop`,
:meth:`~PackedQueue.push`, :meth:`~PackedQueue.publish`,
:meth:`~PackedQueue.should_notify`, :meth:`~PackedQueue.enable_kicks`,
:attr:`~PackedQueue.vring_base` (the SET/GET_VRING_BASE number: both
indexes with their wrap counters, as the vhost-user spec packs them).

Invariant: every value the driver wrote is checked before use. The ring
size is 1..32768 and the base indexes are inside it; the ring is 16-byte
and the event structures 4-byte aligned and inside the mapped regions; a
chain is never longer than the slots the device does not hold (so a driver
that marks every slot available cannot make the device walk forever or
reuse a slot it has not returned); an indirect descriptor needs
INDIRECT_DESC, is the whole chain (no NEXT), points at a non-empty table of
at most :data:`~qemuspec.ipc.vhost_user.virtq.MAX_INDIRECT` 16-byte
entries inside guest memory, and that table holds no further indirect
descriptor; device-readable buffers come before device-writable ones; every
buffer is inside the mapped regions. A violation raises
:class:`~qemuspec.ipc.vhost_user.virtq.VirtqError` and the core breaks the
queue. Event offsets the driver wrote are only compared, never used as an
index.

Memory ordering (as for the split queue, x86 TSO): the head's flags are read
(one aligned 16-bit load) before the rest of the chain; a used descriptor's
id and length are stored before its flags, and :meth:`PackedQueue.publish`
stores the flags of a batch's later descriptors before the first one's, so
the driver, which reads in ring order, sees the batch complete or not at all.
:func:`~qemuspec.ipc.vhost_user.virtq.fence` orders those stores before the
load of the driver's event structure. In an event structure ``off_wrap`` is
stored before ``flags`` and loaded after it, so a desc-mode decision never
uses an older offset than the mode it read.

:class:`PackedDriverQueue` is the driver side, for our front-end and tests.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import Any

from ...errors import ProtocolError, UsageError
from .layout import (DESC_F_INDIRECT, DESC_F_NEXT, DESC_F_WRITE, PACKED_DESC, PACKED_DESC_F_AVAIL,
                     PACKED_DESC_F_USED, PACKED_DESC_SIZE, PACKED_EVENT_F_DESC, PACKED_EVENT_F_DISABLE,
                     PACKED_EVENT_F_ENABLE, PACKED_EVENT_SIZE, PACKED_MAX_QUEUE_SIZE, PACKED_WRAP,
                     VRING_ADDR_F_LOG, pack_packed_base, packed_ring_size, unpack_packed_base)
from .memory import DirtyLog, FdSpan, MemoryAccessError, VhostMemory
from .payloads import VringAddress
from .virtq import MAX_INDIRECT, Chain, GuestBuffers, VirtqError, fence

__all__ = ["PackedQueue", "PackedChain", "PackedDriverQueue"]

_BOTH = PACKED_DESC_F_AVAIL | PACKED_DESC_F_USED
_LEN_ID = struct.Struct("<IH")          # len_buffer, buffer_id (offsets 8-13 of a descriptor)


class PackedChain(Chain):
    """A chain of a packed queue: ``head`` is its buffer id, ``slots`` the ring slots it took; with
    in-flight tracking, ``descs`` its ring descriptors (addr, len, id, flags) as read and ``entry``
    its head entry in the in-flight region."""

    __slots__ = ("slots", "descs", "entry")

    def __init__(self, head: int) -> None:
        super().__init__(head)
        self.slots = 0
        self.descs: list[tuple[int, int, int, int]] | None = None
        self.entry = 0


def _lin(idx: int, wrap: int, num: int) -> int:
    """A ring position with its wrap counter as one number modulo 2 * num (wrap 1 is the first lap)."""
    return idx if wrap else idx + num


class PackedQueue(GuestBuffers):
    """A started packed virtqueue, device side.

    ``desc`` is the ring's user address, ``driver_event`` and ``device_event``
    those of the two event structures (SET_VRING_ADDR's avail and used
    addresses); ``base`` is the SET_VRING_BASE number. With ``log`` set,
    writes into buffers are marked dirty, and with ``log_used`` so are the
    device's writes into the ring and into its event structure
    (``log_used_gpa``, the guest address of the device event structure).
    """

    def __init__(self, memory: VhostMemory, num: int, desc: int, driver_event: int, device_event: int, *,
                 base: int = 0, event_idx: bool = False, indirect: bool = False, log: DirtyLog | None = None,
                 log_used: bool = False, log_used_gpa: int = 0) -> None:
        if not 1 <= num <= PACKED_MAX_QUEUE_SIZE:
            raise VirtqError(f"packed queue size {num} is not between 1 and {PACKED_MAX_QUEUE_SIZE}")
        for name, addr, align in (("descriptor ring", desc, 16), ("driver event structure", driver_event, 4),
                                  ("device event structure", device_event, 4)):
            if addr % align:
                raise VirtqError(f"{name} address {addr:#x} is not {align}-byte aligned")
        self.num = num
        self.memory = memory
        self.vring_base = base          # checks the indexes
        try:
            self._ring = memory.uva_view(desc, packed_ring_size(num))
            self._driver16 = memory.uva_view(driver_event, PACKED_EVENT_SIZE).cast("H")   # off_wrap, flags
            self._device16 = memory.uva_view(device_event, PACKED_EVENT_SIZE).cast("H")
            self._ring16 = self._ring.cast("H")           # a descriptor's flags are item 8 * slot + 7
            self._ring_gpa = memory.uva_to_gpa(desc) if log is not None and log_used else 0
        except MemoryAccessError as exc:
            raise VirtqError(f"ring is outside guest memory: {exc}") from exc
        if isinstance(self._ring, FdSpan):
            self._unpack = lambda table, offset: PACKED_DESC.unpack(table.read(offset, PACKED_DESC_SIZE))
        else:
            self._unpack = PACKED_DESC.unpack_from
        self.event_idx = event_idx
        self.indirect = indirect
        self.log = log
        self.log_used = log_used
        self.log_used_gpa = log_used_gpa
        self.record = False             # keep each chain's ring descriptors (in-flight tracking)
        self.in_flight = 0              # chains popped and not pushed
        self.held_slots = 0             # ring slots those chains took
        self._pending: list[tuple[int, int]] = []   # (slot, flags) pushed, not yet published
        self._signalled = 0
        self._signalled_valid = False
        self._reset_cache()
        if not event_idx:
            self._set_device_event(0, PACKED_EVENT_F_ENABLE)

    # --- SET/GET_VRING_BASE ---------------------------------------------------------------
    @property
    def vring_base(self) -> int:
        """The base number: next available slot and wrap (bits 0-15), next used slot and wrap (16-31)."""
        return pack_packed_base(self.last_avail, self.avail_wrap, self.used_idx, self.used_wrap)

    @vring_base.setter
    def vring_base(self, base: int) -> None:
        avail, avail_wrap, used, used_wrap = unpack_packed_base(base)
        if avail >= self.num or used >= self.num:
            raise VirtqError(f"vring base {base:#x}: index {max(avail, used)} is outside the "
                             f"{self.num}-entry packed ring")
        self.last_avail, self.avail_wrap = avail, avail_wrap
        self.used_idx, self.used_wrap = used, used_wrap

    # --- taking chains -------------------------------------------------------------------
    def _is_available(self, flags: int) -> bool:
        wrap = self.avail_wrap
        return bool(flags & PACKED_DESC_F_AVAIL) == wrap and bool(flags & PACKED_DESC_F_USED) != wrap

    def available(self) -> int:
        """1 when the driver made the next slot available, else 0 (a packed ring has no index)."""
        return int(self._is_available(self._ring16[8 * self.last_avail + 7]))

    def pop(self) -> PackedChain | None:
        """The next available chain, or None."""
        if not self._is_available(self._ring16[8 * self.last_avail + 7]):
            return None
        num = self.num
        limit = num - self.held_slots
        pos, wrap = self.last_avail, self.avail_wrap
        chain = PackedChain(0)
        record = chain.descs = [] if self.record else None
        count = 0
        while True:
            count += 1
            if count > limit:
                raise VirtqError(f"chain at slot {self.last_avail} is longer than the {limit} slots "
                                 "the device does not hold")
            addr, length, buf_id, flags = self._unpack(self._ring, PACKED_DESC_SIZE * pos)
            if record is not None:
                record.append((addr, length, buf_id, flags))
            pos += 1
            if pos == num:
                pos, wrap = 0, wrap ^ 1
            if flags & DESC_F_INDIRECT:
                if not self.indirect:
                    raise VirtqError("indirect descriptor without the INDIRECT_DESC feature")
                if count != 1 or flags & DESC_F_NEXT:
                    raise VirtqError("an indirect descriptor must be the whole chain (first, no next)")
                self._walk_indirect(chain, addr, length)
            elif length:   # (GuestBuffers._add_buffer, inlined: this is the hot path)
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
                break
        chain.head, chain.slots = buf_id, count
        self.last_avail, self.avail_wrap = pos, wrap
        self.held_slots += count
        self.in_flight += 1
        return chain

    def slot_flags(self, slot: int) -> int:
        """The flags of ring slot ``slot`` (inside the ring)."""
        return self._ring16[8 * slot + 7]

    def resubmit(self, left: tuple[int, list[tuple[int, int, int, int]]]) -> PackedChain:
        """A chain left in flight by an earlier back-end, ``left`` = (its head entry in the in-flight
        region, the copies of its ring descriptors (addr, len, id, flags) the region kept); checked
        as :meth:`pop` checks the ring."""
        entry, descs = left
        if not 1 <= len(descs) <= self.num - self.held_slots:
            raise VirtqError(f"chain of {len(descs)} descriptors left in flight; "
                             f"{self.num - self.held_slots} ring slots are not held")
        chain = PackedChain(descs[-1][2])
        chain.descs, chain.entry = list(descs), entry
        for k, (addr, length, _, flags) in enumerate(descs):
            if bool(flags & DESC_F_NEXT) != (k < len(descs) - 1):
                raise VirtqError("a chain left in flight has NEXT on its last descriptor or not on another")
            if flags & DESC_F_INDIRECT:
                if not self.indirect:
                    raise VirtqError("indirect descriptor without the INDIRECT_DESC feature")
                if len(descs) != 1:
                    raise VirtqError("an indirect descriptor must be the whole chain (first, no next)")
                self._walk_indirect(chain, addr, length)
            elif length:
                self._add_buffer(chain, addr, length, flags & DESC_F_WRITE)
        chain.slots = len(descs)
        self.held_slots += chain.slots
        self.in_flight += 1
        return chain

    def _walk_indirect(self, chain: PackedChain, addr: int, length: int) -> None:
        if length == 0 or length % PACKED_DESC_SIZE or length // PACKED_DESC_SIZE > MAX_INDIRECT:
            raise VirtqError(f"indirect table of {length} bytes (a multiple of 16, at most {MAX_INDIRECT} entries)")
        try:
            table = self.memory.gpa_view(addr, length)
        except MemoryAccessError as exc:
            raise VirtqError(f"indirect table outside guest memory: {exc}") from exc
        try:
            for offset in range(0, length, PACKED_DESC_SIZE):
                baddr, blen, _, bflags = PACKED_DESC.unpack_from(table, offset)
                if bflags & DESC_F_INDIRECT:
                    raise VirtqError("indirect descriptor inside an indirect table")
                if blen:
                    self._add_buffer(chain, baddr, blen, bflags & DESC_F_WRITE)
        finally:
            table.release()

    # --- returning chains ----------------------------------------------------------------------
    def push(self, chain: PackedChain, written: int | None = None) -> None:
        """Write a finished chain's used descriptor (its flags become visible in :meth:`publish`)."""
        written = chain.written if written is None else written
        slot = self.used_idx
        chain.flush()   # copies of buffers in unmapped regions, before the used descriptor
        if isinstance(self._ring, FdSpan):
            self._ring.write(PACKED_DESC_SIZE * slot + 8, _LEN_ID.pack(written, chain.head))
        else:
            _LEN_ID.pack_into(self._ring, PACKED_DESC_SIZE * slot + 8, written, chain.head)
        flags = (_BOTH if self.used_wrap else 0) | (DESC_F_WRITE if chain.writable_len else 0)
        self._pending.append((slot, flags))
        if self.log is not None:
            self._log_buffers(chain, written)
            if self.log_used:
                self.log.mark(self._ring_gpa + PACKED_DESC_SIZE * slot, PACKED_DESC_SIZE)
        idx = self.used_idx + chain.slots
        if idx >= self.num:
            idx -= self.num
            self.used_wrap ^= 1
        self.used_idx = idx
        self.held_slots -= chain.slots
        self.in_flight -= 1

    def publish(self) -> bool:
        """Make pushed descriptors visible (the first one's flags last); True when any were new."""
        pending = self._pending
        if not pending:
            return False
        ring16 = self._ring16
        for slot, flags in pending[1:]:
            ring16[8 * slot + 7] = flags
        slot, flags = pending[0]
        ring16[8 * slot + 7] = flags     # after the others and after every id/len: x86 keeps store order
        pending.clear()
        return True

    def should_notify(self) -> bool:
        """Whether the driver wants a notification for what was published since the last one."""
        fence()  # the flag stores before the loads below
        # flags before off_wrap: the driver stores off_wrap before flags, so this off_wrap is at
        # least as new as the mode read (loads keep their order on x86)
        flags = self._driver16[1]
        off_wrap = self._driver16[0]
        num2 = 2 * self.num
        old, new = self._signalled, _lin(self.used_idx, self.used_wrap, self.num)
        valid, self._signalled_valid = self._signalled_valid, True
        self._signalled = new
        if flags == PACKED_EVENT_F_DISABLE:
            return False
        if flags != PACKED_EVENT_F_DESC or not self.event_idx or not valid:
            return True
        event = _lin(off_wrap & ~PACKED_WRAP, off_wrap >> 15, self.num)
        return (new - event - 1) % num2 < (new - old) % num2

    def _set_device_event(self, off_wrap: int, flags: int) -> None:
        self._device16[0] = off_wrap       # before the mode: the driver reads the mode first
        self._device16[1] = flags
        if self.log is not None and self.log_used:
            self.log.mark(self.log_used_gpa, PACKED_EVENT_SIZE)

    def enable_kicks(self) -> bool:
        """EVENT_IDX: ask for a kick when the next slot is made available; True if one arrived meanwhile."""
        if not self.event_idx:
            return False
        self._set_device_event(self.last_avail | (PACKED_WRAP if self.avail_wrap else 0), PACKED_EVENT_F_DESC)
        fence()  # the event store before the load of the next slot's flags
        return self.available() > 0

    def release(self) -> None:
        """Drop every view into guest memory (before the memory is unmapped)."""
        self._reset_cache()
        for view in (self._ring16, self._driver16, self._device16, self._ring):
            view.release()


# --- driver side ------------------------------------------------------------------------------------

def _eventfd() -> int:
    return os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)


@dataclass(slots=True)
class _Outstanding:
    token: Any
    slots: int
    table: int | None


class PackedDriverQueue:
    """One packed virtqueue of ``num`` entries, driver side, in ``ram`` (a
    :class:`~qemuspec.memory.GuestRam`): the interface of
    :class:`~qemuspec.ipc.vhost_user.driver.DriverQueue`. Buffer ids come
    from a free list (a completion out of order does not free the slots a
    chain took, only the next ones in ring order); every used descriptor the
    device wrote is checked against what is outstanding."""

    def __init__(self, ram, index: int, num: int, *, event_idx: bool = False, indirect: bool = False) -> None:
        if not 1 <= num <= PACKED_MAX_QUEUE_SIZE:
            raise UsageError(f"packed queue size {num} is not between 1 and {PACKED_MAX_QUEUE_SIZE}")
        self.ram, self.index, self.num = ram, index, num
        self.event_idx, self.indirect = event_idx, indirect
        self.desc_gpa = ram.alloc(packed_ring_size(num), 4096)
        self.avail_gpa = ram.alloc(PACKED_EVENT_SIZE, 64)     # driver event structure
        self.used_gpa = ram.alloc(PACKED_EVENT_SIZE, 64)      # device event structure
        self._ring = ram.at(self.desc_gpa, packed_ring_size(num))
        self._ring16 = self._ring.cast("H")
        self._driver16 = ram.at(self.avail_gpa, PACKED_EVENT_SIZE).cast("H")
        self._device16 = ram.at(self.used_gpa, PACKED_EVENT_SIZE).cast("H")
        self._ring[:] = bytes(len(self._ring))
        self._driver16[0] = self._driver16[1] = 0
        self._device16[0] = self._device16[1] = 0
        self.free = num
        self.next_avail, self.avail_wrap = 0, 1
        self.next_used, self.used_wrap = 0, 1
        self._pending: dict[int, _Outstanding] = {}
        self._free_ids = list(range(num - 1, -1, -1))
        self._unpublished: list[tuple[int, int]] = []      # (slot, flags) of chain heads
        self._kicked = _lin(0, 1, num)
        self.kick_fd = _eventfd()
        self.call_fd = _eventfd()
        self.err_fd = _eventfd()

    def address(self, *, log: bool = False) -> VringAddress:
        return VringAddress(self.index, VRING_ADDR_F_LOG if log else 0, self.ram.uva_of(self.desc_gpa),
                            self.ram.uva_of(self.used_gpa), self.ram.uva_of(self.avail_gpa), self.used_gpa)

    @property
    def free_descriptors(self) -> int:
        return self.free

    def _avail_flags(self, flags: int) -> int:
        return flags | (PACKED_DESC_F_AVAIL if self.avail_wrap else PACKED_DESC_F_USED)

    def add(self, readable: list[tuple[int, int]], writable: list[tuple[int, int]], token: Any) -> int:
        """Make a chain available (visible after :meth:`publish`); returns its buffer id."""
        from ...memory import QueueFull

        buffers = [(a, n, 0) for a, n in readable] + [(a, n, DESC_F_WRITE) for a, n in writable]
        if not buffers:
            raise UsageError("a chain needs at least one buffer")
        table = None
        if self.indirect and len(buffers) > 1:
            table = self.ram.alloc(PACKED_DESC_SIZE * len(buffers), 16)
            view = self.ram.at(table, PACKED_DESC_SIZE * len(buffers))
            for i, (addr, length, flags) in enumerate(buffers):
                PACKED_DESC.pack_into(view, PACKED_DESC_SIZE * i, addr, length, 0, flags)
            view.release()
            buffers = [(table, PACKED_DESC_SIZE * len(buffers), DESC_F_INDIRECT)]
        if len(buffers) > self.free:
            if table is not None:
                self.ram.free(table)
            raise QueueFull(f"{len(buffers)} descriptors needed, {self.free} free")
        buf_id = self._free_ids.pop()
        for i, (addr, length, flags) in enumerate(buffers):
            flags |= DESC_F_NEXT if i < len(buffers) - 1 else 0
            slot = self.next_avail
            if i == 0:   # neither available nor used until publish() stores the real flags
                self._unpublished.append((slot, self._avail_flags(flags)))
                flags |= PACKED_DESC_F_USED if self.avail_wrap else PACKED_DESC_F_AVAIL
            else:
                flags = self._avail_flags(flags)
            PACKED_DESC.pack_into(self._ring, PACKED_DESC_SIZE * slot, addr, length, buf_id, flags)
            self.next_avail += 1
            if self.next_avail == self.num:
                self.next_avail, self.avail_wrap = 0, self.avail_wrap ^ 1
        self.free -= len(buffers)
        self._pending[buf_id] = _Outstanding(token, len(buffers), table)
        return buf_id

    def publish(self) -> None:
        """Make added chains visible: the heads' flags, the first chain's last (the device reads in order)."""
        for slot, flags in self._unpublished[1:]:
            self._ring16[8 * slot + 7] = flags
        if self._unpublished:
            slot, flags = self._unpublished[0]
            self._ring16[8 * slot + 7] = flags
        self._unpublished.clear()

    def kick_needed(self) -> bool:
        fence()
        old, new = self._kicked, _lin(self.next_avail, self.avail_wrap, self.num)
        self._kicked = new
        if old == new:
            return False
        flags = self._device16[1]          # before off_wrap, which the device stores first
        off_wrap = self._device16[0]
        if flags == PACKED_EVENT_F_DISABLE:
            return False
        if flags != PACKED_EVENT_F_DESC or not self.event_idx:
            return True
        num2 = 2 * self.num
        event = _lin(off_wrap & ~PACKED_WRAP, off_wrap >> 15, self.num)
        return (new - event - 1) % num2 < (new - old) % num2

    def kick(self) -> None:
        os.eventfd_write(self.kick_fd, 1)

    def harvest(self) -> list[tuple[Any, int]]:
        """Chains the device has used since the last call: (token, bytes written)."""
        done = []
        while self._pending:
            flags = self._ring16[8 * self.next_used + 7]
            wrap = self.used_wrap
            if bool(flags & PACKED_DESC_F_AVAIL) != wrap or bool(flags & PACKED_DESC_F_USED) != wrap:
                return done
            _, written, buf_id, _ = PACKED_DESC.unpack_from(self._ring, PACKED_DESC_SIZE * self.next_used)
            pending = self._pending.pop(buf_id, None)
            if pending is None:
                raise ProtocolError(f"the device returned buffer {buf_id}, which is not outstanding")
            if pending.table is not None:
                self.ram.free(pending.table)
            self._free_ids.append(buf_id)
            self.free += pending.slots
            self.next_used += pending.slots
            if self.next_used >= self.num:
                self.next_used -= self.num
                self.used_wrap ^= 1
            done.append((pending.token, written))
        return done

    def arm(self) -> bool:
        """Ask for a notification at the next used descriptor; True if one arrived meanwhile."""
        if self.event_idx:   # off_wrap before the mode (the device reads the mode first)
            self._driver16[0] = self.next_used | (PACKED_WRAP if self.used_wrap else 0)
            self._driver16[1] = PACKED_EVENT_F_DESC
        else:
            self._driver16[1] = PACKED_EVENT_F_ENABLE
        fence()
        flags = self._ring16[8 * self.next_used + 7]
        wrap = self.used_wrap
        return bool(flags & PACKED_DESC_F_AVAIL) == wrap and bool(flags & PACKED_DESC_F_USED) == wrap

    def quiet(self) -> None:
        self._driver16[1] = PACKED_EVENT_F_DISABLE

    def close(self) -> None:
        for view in (self._ring16, self._driver16, self._device16, self._ring):
            view.release()
        for fd in (self.kick_fd, self.call_fd, self.err_fd):
            try:
                os.close(fd)
            except OSError:
                pass
