"""Guest memory a vhost-user back-end maps from the front-end's file descriptors.

Each region of SET_MEM_TABLE / ADD_MEM_REG comes with a file descriptor;
:class:`VhostMemory` maps it (shared, read-write) after checking the
region against the file and the other regions, and then translates
guest-physical addresses (descriptor buffers) and front-end user addresses
(ring addresses) into memoryviews of the mapping. An address range that is
not entirely inside the regions raises :class:`MemoryAccessError`; nothing
outside the mappings is ever touched.

:class:`DirtyLog` is the shared dirty-page bitmap of SET_LOG_BASE.

A region's file must not shrink while it is mapped: touching a page past
the end of a file raises SIGBUS, which would kill the back-end. So a region
is mapped only when its fd is sealed against shrinking (``F_SEAL_SHRINK``;
QEMU's memory-backend-memfd is sealed, and we add the seal ourselves when
the memfd still allows it). Any other region (memory-backend-file, a memfd
made without MFD_ALLOW_SEALING) is not mapped: it is read and written with
``os.pread``/``os.pwrite`` at its fd offset, so a truncation shows up as a
short read or a write past the end, a :class:`MemoryAccessError` that
breaks the queue, never a signal. For such a region, descriptor buffers
are copies (bounce buffers, written back when the chain is pushed) and
rings are :class:`FdSpan` objects instead of memoryviews. Either kind is
refused when the file is smaller than ``mmap_offset + size``.
The dirty log is always mapped, so SET_LOG_BASE refuses a log whose fd is
not (and cannot be) sealed against shrinking.
"""

from __future__ import annotations

import bisect
import mmap
import os
import stat
import struct
from dataclasses import dataclass

from ...errors import QemuSpecError
from ...memory import map_shared, seal_against_shrinking, sealed_against_shrinking, unmap
from .layout import LOG_PAGE
from .payloads import RegionDescription

__all__ = ["VhostMemory", "MappedRegion", "FdSpan", "MemoryAccessError", "RegionError", "DirtyLog", "PAGE_SIZE"]

PAGE_SIZE = mmap.PAGESIZE
_U64 = 1 << 64


class MemoryAccessError(QemuSpecError):
    """An address range outside the memory the front-end gave."""


class RegionError(QemuSpecError):
    """A memory region that cannot be mapped (overlap, alignment, size, bad fd)."""


def _check_fd(fd: int, size: int, offset: int, what: str) -> None:
    """Refuse anything but a regular file holding ``size`` bytes at ``offset``."""
    try:
        st = os.fstat(fd)
    except OSError as exc:
        raise RegionError(f"{what}: bad file descriptor ({exc.strerror})") from exc
    if not stat.S_ISREG(st.st_mode):
        raise RegionError(f"{what}: the file descriptor is not a memory file (mode {st.st_mode:#o})")
    if offset < 0 or size <= 0 or offset + size > st.st_size:
        raise RegionError(f"{what}: {size:#x} bytes at offset {offset:#x} do not fit the "
                          f"{st.st_size:#x}-byte file")


def _map_fd(fd: int, size: int, offset: int, what: str) -> mmap.mmap:
    """Map ``size`` bytes at ``offset`` of a regular file, shared and read-write."""
    _check_fd(fd, size, offset, what)
    seal_against_shrinking(fd)
    try:
        return map_shared(fd, size, offset)
    except (OSError, ValueError, OverflowError) as exc:
        raise RegionError(f"{what}: mmap failed ({exc})") from exc


class MappedRegion:
    """One region: guest-physical and user address ranges onto its memory.

    A region sealed against shrinking is mapped (``view`` is a memoryview of
    the mapping, ``fd`` is None); any other region keeps a duplicate of its
    fd (``view`` is None) and is reached through :meth:`read` and
    :meth:`write`, which raise :class:`MemoryAccessError` when the file has
    shrunk under the region.
    """

    __slots__ = ("gpa", "size", "uva", "mmap_offset", "_map", "view", "fd")

    def __init__(self, desc: RegionDescription, fd: int) -> None:
        self.gpa, self.size, self.uva, self.mmap_offset = (desc.guest_addr, desc.size,
                                                           desc.user_addr, desc.mmap_offset)
        what = f"region at guest {desc.guest_addr:#x}"
        _check_fd(fd, desc.size, desc.mmap_offset, what)
        seal_against_shrinking(fd)
        self._map, self.view, self.fd = None, None, None
        if sealed_against_shrinking(fd):
            try:
                self._map = map_shared(fd, desc.size, desc.mmap_offset)
            except (OSError, ValueError, OverflowError) as exc:
                raise RegionError(f"{what}: mmap failed ({exc})") from exc
            self.view = memoryview(self._map)
        else:
            try:
                self.fd = os.dup(fd)   # not inheritable
            except OSError as exc:
                raise RegionError(f"{what}: cannot keep the file descriptor ({exc.strerror})") from exc

    @property
    def gpa_end(self) -> int:
        return self.gpa + self.size

    @property
    def uva_end(self) -> int:
        return self.uva + self.size

    @property
    def mapped(self) -> bool:
        return self.view is not None

    def matches(self, desc: RegionDescription) -> bool:
        """REM_MEM_REG identifies a region by guest address, user address and size."""
        return (self.gpa, self.uva, self.size) == (desc.guest_addr, desc.user_addr, desc.size)

    def _where(self, start: int, length: int) -> str:
        return f"guest range {self.gpa + start:#x}+{length:#x}"

    def read(self, start: int, length: int) -> bytes:
        """``length`` bytes at ``start`` (an offset into the region, checked by the caller)."""
        if self.view is not None:
            return bytes(self.view[start:start + length])
        if self.fd is None:
            raise MemoryAccessError(f"{self._where(start, length)}: the region is gone")
        parts, pos, left = [], self.mmap_offset + start, length
        while left:
            try:
                chunk = os.pread(self.fd, left, pos)
            except OSError as exc:
                raise MemoryAccessError(f"{self._where(start, length)}: read failed ({exc.strerror})") from exc
            if not chunk:
                raise MemoryAccessError(f"{self._where(start, length)}: the front-end's file shrank "
                                        "under the region")
            parts.append(chunk)
            pos += len(chunk)
            left -= len(chunk)
        return b"".join(parts)

    def write(self, start: int, data) -> None:
        """Put ``data`` at ``start``; never past the end of the file (which would grow it)."""
        data = memoryview(data).cast("B")
        if self.view is not None:
            self.view[start:start + len(data)] = data
            return
        where = self._where(start, len(data))
        if self.fd is None:
            raise MemoryAccessError(f"{where}: the region is gone")
        pos = self.mmap_offset + start
        try:
            if os.fstat(self.fd).st_size < pos + len(data):
                raise MemoryAccessError(f"{where}: the front-end's file shrank under the region")
            while len(data):
                n = os.pwrite(self.fd, data, pos)
                if n <= 0:
                    raise MemoryAccessError(f"{where}: short write")
                data, pos = data[n:], pos + n
        except OSError as exc:
            raise MemoryAccessError(f"{where}: write failed ({exc.strerror})") from exc

    def close(self) -> None:
        """Unmap. Views handed out must be gone (released or unreferenced) by now."""
        if self._map is not None:
            unmap(self._map, self.view)
            self._map = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class FdSpan:
    """Part of an unmapped region, in place of a memoryview (rings): slicing, ``cast("H")``,
    :meth:`read`, :meth:`write`; every access goes through the fd."""

    __slots__ = ("region", "start", "length")

    def __init__(self, region: MappedRegion, start: int, length: int) -> None:
        self.region, self.start, self.length = region, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, item: slice) -> "FdSpan":
        start, stop, step = item.indices(self.length)
        if step != 1:
            raise ValueError("only contiguous slices")
        return FdSpan(self.region, self.start + start, max(0, stop - start))

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or offset + length > self.length:
            raise MemoryAccessError(f"{offset:#x}+{length:#x} is outside a {self.length:#x}-byte span")
        return self.region.read(self.start + offset, length)

    def write(self, offset: int, data) -> None:
        if offset < 0 or offset + len(data) > self.length:
            raise MemoryAccessError(f"{offset:#x}+{len(data):#x} is outside a {self.length:#x}-byte span")
        self.region.write(self.start + offset, data)

    def cast(self, fmt: str) -> "_FdU16":
        if fmt != "H":
            raise ValueError("only 16-bit items")
        return _FdU16(self)

    def release(self) -> None:
        pass


_U16 = struct.Struct("<H")


class _FdU16:
    """16-bit items of an :class:`FdSpan` (ring indexes), each read or written on use."""

    __slots__ = ("span",)

    def __init__(self, span: FdSpan) -> None:
        self.span = span

    def __len__(self) -> int:
        return self.span.length // 2

    def __getitem__(self, i: int) -> int:
        return _U16.unpack(self.span.read(2 * i, 2))[0]

    def __setitem__(self, i: int, value: int) -> None:
        self.span.write(2 * i, _U16.pack(value))

    def release(self) -> None:
        pass


class VhostMemory:
    """The regions a back-end has mapped, with bounds-checked address translation."""

    def __init__(self, max_regions: int = 32) -> None:
        self.max_regions = max_regions
        self.regions: list[MappedRegion] = []      # sorted by guest address
        self._gpa_starts: list[int] = []
        self._by_uva: list[MappedRegion] = []       # sorted by user address
        self._uva_starts: list[int] = []

    def __len__(self) -> int:
        return len(self.regions)

    def _reindex(self) -> None:
        self.regions.sort(key=lambda r: r.gpa)
        self._gpa_starts = [r.gpa for r in self.regions]
        self._by_uva = sorted(self.regions, key=lambda r: r.uva)
        self._uva_starts = [r.uva for r in self._by_uva]

    def check(self, desc: RegionDescription) -> None:
        """Refuse a region that is empty, unaligned, wrapping or overlapping another."""
        where = f"region at guest {desc.guest_addr:#x}"
        if len(self.regions) >= self.max_regions:
            raise RegionError(f"{where}: already {len(self.regions)} regions, at most {self.max_regions}")
        if desc.size == 0:
            raise RegionError(f"{where}: size is zero")
        for name, value in (("guest address", desc.guest_addr), ("size", desc.size),
                            ("user address", desc.user_addr), ("mmap offset", desc.mmap_offset)):
            if value % PAGE_SIZE:
                raise RegionError(f"{where}: {name} {value:#x} is not a multiple of the {PAGE_SIZE}-byte page")
        if desc.guest_addr + desc.size > _U64 or desc.user_addr + desc.size > _U64:
            raise RegionError(f"{where}: the region wraps around the address space")
        for r in self.regions:
            if desc.guest_addr < r.gpa_end and r.gpa < desc.guest_addr + desc.size:
                raise RegionError(f"{where}: overlaps the region at guest {r.gpa:#x}")
            if desc.user_addr < r.uva_end and r.uva < desc.user_addr + desc.size:
                raise RegionError(f"{where}: user addresses overlap the region at guest {r.gpa:#x}")

    def add(self, desc: RegionDescription, fd: int) -> MappedRegion:
        """Check and map a region. ``fd`` stays the caller's (the mapping keeps its own)."""
        self.check(desc)
        region = MappedRegion(desc, fd)
        self.regions.append(region)
        self._reindex()
        return region

    def remove(self, desc: RegionDescription) -> MappedRegion | None:
        """Forget the region REM_MEM_REG names; the caller unmaps it (after dropping views)."""
        for i, r in enumerate(self.regions):
            if r.matches(desc):
                del self.regions[i]
                self._reindex()
                return r
        return None

    def take_all(self) -> list[MappedRegion]:
        """Forget every region (SET_MEM_TABLE replaces the table); the caller unmaps them."""
        regions, self.regions = self.regions, []
        self._reindex()
        return regions

    def close(self) -> None:
        for r in self.take_all():
            r.close()

    @staticmethod
    def _find(starts: list[int], regions: list[MappedRegion], addr: int) -> MappedRegion | None:
        i = bisect.bisect_right(starts, addr) - 1
        return regions[i] if i >= 0 else None

    def region_at(self, gpa: int) -> MappedRegion | None:
        """The region holding guest-physical ``gpa``."""
        r = self._find(self._gpa_starts, self.regions, gpa)
        return r if r is not None and gpa < r.gpa_end else None

    def gpa_view(self, gpa: int, length: int) -> memoryview:
        """``length`` bytes at guest-physical ``gpa``, inside one region (of an unmapped
        region: a read-only copy)."""
        r = self._find(self._gpa_starts, self.regions, gpa)
        if r is None or length < 0 or gpa + length > r.gpa_end:
            raise MemoryAccessError(f"guest range {gpa:#x}+{length:#x} is outside the mapped regions")
        start = gpa - r.gpa
        if r.view is None:
            return memoryview(r.read(start, length))
        return r.view[start:start + length]

    @staticmethod
    def _part(r: MappedRegion, start: int, n: int, writeback: list | None) -> memoryview:
        if r.view is not None:
            return r.view[start:start + n]
        data = r.read(start, n)                # a copy, checked against the file now
        if writeback is None:
            return memoryview(data)
        view = memoryview(bytearray(data))
        writeback.append((r, start, view))     # written back by the caller
        return view

    def gpa_views(self, gpa: int, length: int, writeback: list | None = None) -> list[memoryview]:
        """``length`` bytes at ``gpa`` as views, crossing into adjacent regions when needed.

        Parts in an unmapped region are copies: read-only without ``writeback``;
        with it, writable copies whose ``(region, start, view)`` are appended
        there, for the caller to write back (:meth:`MappedRegion.write`)."""
        r = self._find(self._gpa_starts, self.regions, gpa)
        if r is not None and 0 <= length and gpa + length <= r.gpa + r.size:   # the usual case
            return [self._part(r, gpa - r.gpa, length, writeback)]
        views = []
        while length > 0:
            r = self._find(self._gpa_starts, self.regions, gpa)
            if r is None or gpa >= r.gpa_end:
                raise MemoryAccessError(f"guest range {gpa:#x}+{length:#x} is outside the mapped regions")
            n = min(length, r.gpa_end - gpa)
            views.append(self._part(r, gpa - r.gpa, n, writeback))
            gpa += n
            length -= n
        return views

    def uva_to_gpa(self, uva: int) -> int:
        """The guest-physical address of front-end user address ``uva``."""
        r = self._find(self._uva_starts, self._by_uva, uva)
        if r is None or uva >= r.uva_end:
            raise MemoryAccessError(f"user address {uva:#x} is outside the mapped regions")
        return r.gpa + (uva - r.uva)

    def uva_view(self, uva: int, length: int) -> memoryview | FdSpan:
        """``length`` bytes at front-end user address ``uva``, inside one region (of an
        unmapped region: an :class:`FdSpan`)."""
        r = self._find(self._uva_starts, self._by_uva, uva)
        if r is None or length < 0 or uva + length > r.uva_end:
            raise MemoryAccessError(f"user range {uva:#x}+{length:#x} is outside the mapped regions")
        start = uva - r.uva
        if r.view is None:
            return FdSpan(r, start, length)
        return r.view[start:start + length]


@dataclass
class DirtyLog:
    """The dirty-page bitmap of SET_LOG_BASE: bit n of the log covers guest page n (4 KiB)."""

    size: int
    _map: mmap.mmap | None
    view: memoryview

    @classmethod
    def map(cls, fd: int, size: int, offset: int) -> "DirtyLog":
        """Map the log; the start of a mapping must be page aligned, so round the offset down."""
        if size <= 0 or size > 1 << 40:
            raise RegionError(f"log of {size:#x} bytes")
        aligned = offset - offset % PAGE_SIZE
        _check_fd(fd, size + offset - aligned, aligned, "dirty log")
        seal_against_shrinking(fd)
        if not sealed_against_shrinking(fd):   # it is only ever mapped: it must not shrink
            raise RegionError("dirty log: the file is not sealed against shrinking (F_SEAL_SHRINK)")
        mapping = _map_fd(fd, size + offset - aligned, aligned, "dirty log")
        view = memoryview(mapping)[offset - aligned:]
        return cls(size, mapping, view)

    def mark(self, gpa: int, length: int) -> None:
        """Mark the pages of ``[gpa, gpa + length)``; pages beyond the log are not recorded."""
        if length <= 0:
            return
        view, size = self.view, self.size
        for page in range(gpa // LOG_PAGE, (gpa + length - 1) // LOG_PAGE + 1):
            byte = page >> 3
            if byte >= size:
                break
            # Only the front-end clears bits (atomically, when it collects them); a
            # read-modify-write here can at worst re-set a bit it just cleared.
            view[byte] |= 1 << (page & 7)

    def close(self) -> None:
        if self._map is not None:
            unmap(self._map, self.view)
            self._map = None
