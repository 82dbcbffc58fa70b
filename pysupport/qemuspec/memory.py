"""Guest memory as a device model sees it: regions at guest-physical addresses.

A device model (fw_cfg DMA today, vhost-user and ivshmem later) reads and
writes guest memory only through :class:`GuestMemory`, which checks every
access against the regions it was given. An access that is not entirely
inside one region raises :class:`GuestMemoryError`; the device turns that into
the error its spec defines, never a crash.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .errors import QemuSpecError

__all__ = ["GuestMemory", "GuestMemoryError", "Region"]


class GuestMemoryError(QemuSpecError):
    """An access outside the memory the device was given."""


@dataclass(frozen=True)
class Region:
    gpa: int
    buffer: memoryview

    @property
    def end(self) -> int:
        return self.gpa + len(self.buffer)


class GuestMemory:
    """Non-overlapping regions of writable buffers (bytearray, mmap, memoryview)."""

    def __init__(self) -> None:
        self._regions: list[Region] = []

    def add_region(self, gpa: int, buffer) -> Region:
        view = memoryview(buffer).cast("B")
        if view.readonly:
            raise ValueError("guest memory must be writable")
        if gpa < 0 or len(view) == 0:
            raise ValueError("a region needs a non-negative address and a non-zero size")
        region = Region(gpa, view)
        i = bisect.bisect([r.gpa for r in self._regions], gpa)
        before = self._regions[i - 1] if i else None
        after = self._regions[i] if i < len(self._regions) else None
        if (before and before.end > gpa) or (after and region.end > after.gpa):
            raise ValueError(f"region at {gpa:#x} overlaps another region")
        self._regions.insert(i, region)
        return region

    @classmethod
    def of_size(cls, size: int, gpa: int = 0) -> "GuestMemory":
        """One zero-filled region of ``size`` bytes at ``gpa``."""
        memory = cls()
        memory.add_region(gpa, bytearray(size))
        return memory

    def _view(self, gpa: int, length: int) -> memoryview:
        if gpa < 0 or length < 0:
            raise GuestMemoryError(f"bad access {gpa:#x}+{length}")
        i = bisect.bisect([r.gpa for r in self._regions], gpa) - 1
        if i >= 0:
            region = self._regions[i]
            if gpa + length <= region.end:
                start = gpa - region.gpa
                return region.buffer[start:start + length]
        raise GuestMemoryError(f"access {gpa:#x}+{length:#x} is outside guest memory")

    def read(self, gpa: int, length: int) -> bytes:
        return bytes(self._view(gpa, length))

    def write(self, gpa: int, data: bytes) -> None:
        self._view(gpa, len(data))[:] = data

    def fill(self, gpa: int, byte: int, length: int) -> None:
        view = self._view(gpa, length)  # checked before anything is allocated
        view[:] = bytes([byte]) * length
