"""Memory shared with a peer or a guest: the one home of memfds, seals, mappings and guest RAM.

Invariant: nothing outside the memory that was given is ever touched. A
device model (fw_cfg DMA) reads and writes guest memory only through
:class:`GuestMemory`, which checks every access against its regions (an
access not entirely inside one raises :class:`GuestMemoryError`; the device
turns that into the error its spec defines, never a crash). Shared memory is
made only by :func:`sealed_memfd` (sealed: nobody can resize it under a
mapping), mapped only by :func:`map_shared` and unmapped by :func:`unmap`;
:class:`GuestRam` is such a memfd at a guest-physical address with a small
allocator, the RAM our vhost-user front-end shares with a back-end.
Users: fw_cfg (GuestMemory), vhost-user (GuestRam, and VhostMemory in
ipc/vhost_user/memory.py, which maps the front-end's descriptors when they
are sealed against shrinking and reads the others through the fd), ivshmem
(SharedMemory in ipc/ivshmem/shm.py).
"""

from __future__ import annotations

import bisect
import ctypes
import fcntl
import mmap
import os
from dataclasses import dataclass

from .errors import QemuSpecError, UsageError

__all__ = ["GuestMemory", "GuestMemoryError", "Region", "GuestRam", "QueueFull",
           "sealed_memfd", "seal_against_shrinking", "sealed_against_shrinking", "map_shared", "unmap"]

_F_ADD_SEALS = getattr(fcntl, "F_ADD_SEALS", 1033)
_F_GET_SEALS = getattr(fcntl, "F_GET_SEALS", 1034)
_F_SEAL_SEAL = getattr(fcntl, "F_SEAL_SEAL", 0x0001)
_F_SEAL_SHRINK = getattr(fcntl, "F_SEAL_SHRINK", 0x0002)
_F_SEAL_GROW = getattr(fcntl, "F_SEAL_GROW", 0x0004)


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


# --- shared memory files ----------------------------------------------------------------------------

def sealed_memfd(size: int, name: str, *, seal: bool = True) -> int:
    """A close-on-exec memfd of ``size`` bytes, sealed against shrinking, growing and new seals.

    Raises OSError (the caller says what the memory was for)."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC | (os.MFD_ALLOW_SEALING if seal else 0))
    try:
        os.ftruncate(fd, size)
        if seal:
            fcntl.fcntl(fd, _F_ADD_SEALS, _F_SEAL_SHRINK | _F_SEAL_GROW | _F_SEAL_SEAL)
    except OSError:
        os.close(fd)
        raise
    return fd


def seal_against_shrinking(fd: int) -> None:
    """Add F_SEAL_SHRINK to a memfd someone else made, when it can be sealed (best effort:
    other files are left as they are)."""
    try:
        if not fcntl.fcntl(fd, _F_GET_SEALS) & _F_SEAL_SHRINK:
            fcntl.fcntl(fd, _F_ADD_SEALS, _F_SEAL_SHRINK)
    except OSError:
        pass  # not a sealable memfd, or sealing is closed


def sealed_against_shrinking(fd: int) -> bool:
    """Whether ``fd`` carries F_SEAL_SHRINK, so that a mapping of it can never lose pages
    (false for files that cannot be sealed)."""
    try:
        return bool(fcntl.fcntl(fd, _F_GET_SEALS) & _F_SEAL_SHRINK)
    except OSError:
        return False


def map_shared(fd: int, size: int, offset: int = 0) -> mmap.mmap:
    """``size`` bytes at ``offset`` of ``fd``, mapped shared and read-write (raises OSError,
    ValueError or OverflowError as mmap does)."""
    return mmap.mmap(fd, size, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ | mmap.PROT_WRITE, offset=offset)


def unmap(mapping: mmap.mmap, view: memoryview | None = None) -> None:
    """Release ``view`` (the owner's view of the mapping) and close the mapping; while
    another view of it is still referenced somewhere, the mapping (and its file) goes
    when the last reference does."""
    if view is not None:
        view.release()
    try:
        mapping.close()
    except BufferError:
        pass


# --- guest RAM shared with a peer -------------------------------------------------------------------

class QueueFull(UsageError):
    """No free descriptors (or buffer space) for another request."""


class _Allocator:
    """Aligned ranges inside ``[0, size)``: power-of-two size classes, reused when freed.

    A block of class *c* (a power of two, at least 64 bytes) is aligned to
    ``min(c, 4096)``; new blocks come from the top of the area. Request buffers
    of a front-end come and go in a few sizes, so freed blocks are reused
    as they are (no coalescing).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.top = 0
        self._free: dict[int, list[int]] = {}
        self._class_of: dict[int, int] = {}

    def alloc(self, size: int, align: int) -> int:
        cls = max(64, 1 << (max(size, 1) - 1).bit_length())
        natural = min(cls, 4096)
        blocks = self._free.get(cls)
        if blocks and align <= natural:
            offset = blocks.pop()
        else:
            step = max(align, natural)
            offset = (self.top + step - 1) // step * step
            if offset + cls > self.size:
                raise QueueFull(f"no {size} free bytes in guest memory")
            self.top = offset + cls
        self._class_of[offset] = cls
        return offset

    def free(self, offset: int) -> None:
        cls = self._class_of.pop(offset)
        self._free.setdefault(cls, []).append(offset)


class GuestRam:
    """``size`` bytes of shared memory at guest-physical ``gpa``, in a sealed memfd
    (``sealed=False``: a memfd that can never be sealed, as a hostile front-end's)."""

    def __init__(self, size: int, *, gpa: int = 0, name: str = "qemuspec-guest-ram",
                 sealed: bool = True) -> None:
        if size <= 0 or size % mmap.PAGESIZE or gpa % mmap.PAGESIZE:
            raise UsageError("guest memory size and address must be multiples of the page size")
        self.size, self.gpa = size, gpa
        try:
            self.fd = sealed_memfd(size, name, seal=sealed)
        except OSError as exc:
            raise UsageError(f"cannot create {size} bytes of shared memory: {exc.strerror}") from exc
        try:
            self._map = map_shared(self.fd, size)
        except OSError as exc:
            os.close(self.fd)
            raise UsageError(f"cannot map {size} bytes of shared memory: {exc.strerror}") from exc
        anchor = ctypes.c_char.from_buffer(self._map)
        self.uva = ctypes.addressof(anchor)   # where this process sees the memory
        del anchor
        self.view = memoryview(self._map)
        self._alloc = _Allocator(size)

    def region(self):
        """The vhost-user region description of this memory (SET_MEM_TABLE, ADD_MEM_REG)."""
        from .ipc.vhost_user.payloads import RegionDescription  # vhost-user's type; imported on use
        return RegionDescription(self.gpa, self.size, self.uva, 0)

    def uva_of(self, gpa: int) -> int:
        return self.uva + (gpa - self.gpa)

    def at(self, gpa: int, length: int) -> memoryview:
        start = gpa - self.gpa
        if start < 0 or length < 0 or start + length > self.size:
            raise UsageError(f"{gpa:#x}+{length:#x} is outside guest memory")
        return self.view[start:start + length]

    def alloc(self, size: int, align: int = 64, *, zero: bool = True) -> int:
        """A range of ``size`` bytes (zeroed unless ``zero`` is false); returns its guest-physical address."""
        offset = self._alloc.alloc(size, align)
        if zero:
            self.view[offset:offset + size] = bytes(size)
        return self.gpa + offset

    def free(self, gpa: int) -> None:
        self._alloc.free(gpa - self.gpa)

    def close(self) -> None:
        if self._map is not None:
            unmap(self._map, self.view)
            self._map = None
            os.close(self.fd)
