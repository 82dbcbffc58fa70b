"""The driver side of a split virtqueue, for our front-end.

:class:`DriverQueue` lays out a split virtqueue in a
:class:`~qemuspec.memory.GuestRam` (the memory a front-end shares with a
back-end) and does what a guest's virtio driver does: it puts
chains of buffers into the descriptor table and the available ring,
decides whether the device needs a kick, and collects used chains,
checking every index the device wrote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from ...errors import ProtocolError, UsageError
from ...memory import GuestRam, QueueFull
from .layout import (AVAIL_F_NO_INTERRUPT, DESC, DESC_F_INDIRECT, DESC_F_NEXT, DESC_F_WRITE, DESC_SIZE,
                     USED_ELEM, USED_F_NO_NOTIFY, VRING_ADDR_F_LOG, avail_ring_size, desc_table_size,
                     used_ring_size)
from .payloads import VringAddress
from .virtq import fence, need_event

__all__ = ["DriverQueue", "eventfd"]


def eventfd() -> int:
    """A non-blocking, close-on-exec eventfd."""
    return os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)


@dataclass(slots=True)
class _Pending:
    token: Any
    descs: list[int]
    table: int | None


class DriverQueue:
    """One split virtqueue of ``num`` entries, driver side, in ``ram``."""

    def __init__(self, ram: GuestRam, index: int, num: int, *, event_idx: bool = False,
                 indirect: bool = False) -> None:
        if not 1 <= num <= 32768 or num & (num - 1):
            raise UsageError(f"queue size {num} is not a power of two up to 32768")
        self.ram, self.index, self.num = ram, index, num
        self.event_idx, self.indirect = event_idx, indirect
        self.desc_gpa = ram.alloc(desc_table_size(num), 4096)
        self.avail_gpa = ram.alloc(avail_ring_size(num), 4096)
        self.used_gpa = ram.alloc(used_ring_size(num), 4096)
        self._desc = ram.at(self.desc_gpa, desc_table_size(num))
        self._avail16 = ram.at(self.avail_gpa, avail_ring_size(num)).cast("H")
        self._used = ram.at(self.used_gpa, used_ring_size(num))
        self._used_hdr = self._used[0:4].cast("H")
        self._avail_event = self._used[4 + 8 * num:6 + 8 * num].cast("H")
        self._free = list(range(num - 1, -1, -1))
        self._pending: dict[int, _Pending] = {}
        self.avail_idx = 0        # shadow of the available index
        self._kicked_idx = 0      # available index at the last kick decision
        self.last_used = 0
        self.kick_fd = eventfd()
        self.call_fd = eventfd()
        self.err_fd = eventfd()

    def address(self, *, log: bool = False) -> VringAddress:
        """SET_VRING_ADDR for this queue (user addresses; the used ring's guest address for the log)."""
        return VringAddress(self.index, VRING_ADDR_F_LOG if log else 0, self.ram.uva_of(self.desc_gpa),
                            self.ram.uva_of(self.used_gpa), self.ram.uva_of(self.avail_gpa), self.used_gpa)

    @property
    def free_descriptors(self) -> int:
        return len(self._free)

    def add(self, readable: list[tuple[int, int]], writable: list[tuple[int, int]], token: Any) -> int:
        """Make a chain available (not yet visible: see :meth:`publish`); returns its head."""
        buffers = [(a, n, 0) for a, n in readable] + [(a, n, DESC_F_WRITE) for a, n in writable]
        if not buffers:
            raise UsageError("a chain needs at least one buffer")
        table = None
        if self.indirect and len(buffers) > 1:
            if not self._free:
                raise QueueFull("no free descriptor")
            table = self.ram.alloc(DESC_SIZE * len(buffers), 16)
            view = self.ram.at(table, DESC_SIZE * len(buffers))
            for i, (addr, length, flags) in enumerate(buffers):
                last = i == len(buffers) - 1
                DESC.pack_into(view, DESC_SIZE * i, addr, length, flags | (0 if last else DESC_F_NEXT),
                               0 if last else i + 1)
            view.release()
            descs = [self._free.pop()]
            DESC.pack_into(self._desc, DESC_SIZE * descs[0], table, DESC_SIZE * len(buffers),
                           DESC_F_INDIRECT, 0)
        else:
            if len(buffers) > len(self._free):
                raise QueueFull(f"{len(buffers)} descriptors needed, {len(self._free)} free")
            descs = [self._free.pop() for _ in buffers]
            for i, (addr, length, flags) in enumerate(buffers):
                last = i == len(buffers) - 1
                DESC.pack_into(self._desc, DESC_SIZE * descs[i], addr, length,
                               flags | (0 if last else DESC_F_NEXT), 0 if last else descs[i + 1])
        head = descs[0]
        self._pending[head] = _Pending(token, descs, table)
        self._avail16[2 + self.avail_idx % self.num] = head
        self.avail_idx = (self.avail_idx + 1) & 0xFFFF
        return head

    def publish(self) -> None:
        """Make added chains visible to the device (one store of the available index)."""
        self._avail16[1] = self.avail_idx   # after the entries: x86 keeps store order

    def kick_needed(self) -> bool:
        """Whether the device asked to be kicked for what was published since the last decision."""
        fence()   # the available index store before the loads below
        old, new = self._kicked_idx, self.avail_idx
        self._kicked_idx = new
        if old == new:
            return False
        if self.event_idx:
            return need_event(self._avail_event[0], new, old)
        return not self._used_hdr[0] & USED_F_NO_NOTIFY

    def kick(self) -> None:
        os.eventfd_write(self.kick_fd, 1)

    def harvest(self) -> list[tuple[Any, int]]:
        """Chains the device has used since the last call: (token, bytes written)."""
        done = []
        used_idx = self._used_hdr[1]
        if ((used_idx - self.last_used) & 0xFFFF) > len(self._pending):
            raise ProtocolError(f"the device moved the used index to {used_idx} with only "
                                f"{len(self._pending)} chains outstanding")
        while self.last_used != used_idx:
            head, written = USED_ELEM.unpack_from(self._used, 4 + 8 * (self.last_used % self.num))
            pending = self._pending.pop(head, None)
            if pending is None:
                raise ProtocolError(f"the device returned chain {head}, which is not outstanding")
            self._free.extend(pending.descs)
            if pending.table is not None:
                self.ram.free(pending.table)
            done.append((pending.token, written))
            self.last_used = (self.last_used + 1) & 0xFFFF
        return done

    def arm(self) -> bool:
        """Ask for a notification at the next used entry; True if entries arrived meanwhile."""
        if self.event_idx:
            self._avail16[2 + self.num] = self.last_used
        else:
            self._avail16[0] = 0
        fence()
        return self._used_hdr[1] != self.last_used

    def quiet(self) -> None:
        """Ask for no notifications (without EVENT_IDX: the no-interrupt flag)."""
        if not self.event_idx:
            self._avail16[0] = AVAIL_F_NO_INTERRUPT

    def close(self) -> None:
        for view in (self._desc, self._avail16, self._used, self._used_hdr, self._avail_event):
            view.release()
        for fd in (self.kick_fd, self.call_fd, self.err_fd):
            try:
                os.close(fd)
            except OSError:
                pass
