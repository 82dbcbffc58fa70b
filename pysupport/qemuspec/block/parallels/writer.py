"""Writing guest data and dirty bitmaps into a Parallels image.

:class:`ParallelsWriter` opens the image with QEMU's writer locks, marks it
in use (``in_use`` = 0x746F6E59) until :meth:`close`, which writes 0 there as
QEMU does. New guest clusters are allocated at the end of the data area (after
the last cluster anything uses) and written whole. Dirty bitmaps live in the
Format Extension; every guest write sets their bits, and the extension is
rewritten (checksum included) on close. Unknown TRANSIT features are kept,
other unknown ones dropped, and an image with an unknown NECESSARY feature
is refused.
"""

from __future__ import annotations

import os
import sys
import uuid
from array import array

from ...errors import FormatError, UsageError
from ...formats.parallels import Parallels
from ...specs import parse, serialize
from ..image import pwrite_all
from .extension import DIRTY_BITMAP, Bitmap, bitmap_data, build_extension
from .image import HEADER_SIZE, IN_USE_OPEN, ParallelsImage

__all__ = ["ParallelsWriter", "UnsupportedFeatureError"]


class UnsupportedFeatureError(FormatError):
    """The image has a NECESSARY Format Extension feature we do not know; it must not be changed."""


class ParallelsWriter(ParallelsImage):
    """A Parallels image opened for writing; use as a context manager.

    ``sync=False`` skips the flushes (as qemu-img convert's target cache mode does).
    """

    def __init__(self, path: str | os.PathLike, *, sync: bool = True, verify: bool = True) -> None:
        """``verify`` checks the image first (the spec's BAT rules, as ``check`` does) and refuses,
        with nothing written, one that has corruptions; leaks are fine. ``verify=False`` skips it,
        for an image just created."""
        super().__init__(path, _writable=True)
        self.sync = sync
        self._closed = False
        try:
            self._prepare(verify)
        except BaseException:
            self._file.close()
            raise

    def _prepare(self, verify: bool) -> None:
        if self.in_use == IN_USE_OPEN:
            raise FormatError("the image was not closed correctly; repair it with check -r all first",
                              structure="parallels::header", field="in_use", expected="0 or 0x312E3276")
        if verify:
            from .check import check_image

            result = check_image(self)
            if not result.finished or result.corruptions or result.check_errors:
                why = str(result.error) if not result.finished else \
                    f"{result.corruptions} corruptions: {'; '.join(result.messages[:3])}"
                raise FormatError(f"{self.path} is damaged ({why}); nothing was written: repair it with "
                                  "check -r all first", structure="parallels", expected="an image check finds clean")
        ext = self.extension
        self.bitmaps: list[Bitmap] = []
        self._kept: list[tuple[int, int, bytes]] = []   # unknown TRANSIT features, as they were
        self._bitmap_clusters: list[int] = []           # clusters the old bitmaps used, for reuse
        self._ext_dirty = False
        if ext is not None:
            for f in ext.features:
                if f.known:
                    self.bitmaps.append(f.bitmap)
                    self._bitmap_clusters += [e * 512 for e in f.l1 if e > 1]
                elif f.necessary:
                    raise UnsupportedFeatureError(
                        f"unknown NECESSARY feature {f.magic:#018x}; the image must not be changed",
                        structure="parallels::feature", field="magic_lo", offset=ext.offset)
                elif f.transit:
                    self._kept.append((f.magic, f.flags, f.data))
                else:
                    self._ext_dirty = True  # an unknown feature that is neither: dropped on close
        cs = self.cluster_size
        ends = [self.data_offset]
        if len(self.bat) and max(self.bat):   # the highest entry ends the last cluster the BAT uses
            ends.append(max(self.bat) * self.bat_unit + cs)
        if self.ext_offset:
            ends.append(self.ext_offset + cs)
        ends += [c + cs for c in self._bitmap_clusters]
        self.data_end = max(ends)
        self._set_header(in_use=IN_USE_OPEN)

    # -- header and BAT ----------------------------------------------------------

    def _set_header(self, **fields) -> None:
        h = parse(Parallels.Header, os.pread(self._file.fileno(), HEADER_SIZE, 0))
        if "in_use" in fields:
            value = fields.pop("in_use")
            known = {int(m): m for m in Parallels.Header.InUse}
            h.in_use = known.get(value, value)
        if "ext_offset" in fields:
            sectors = fields.pop("ext_offset") // 512
            h.ext_off_lo, h.ext_off_hi = sectors & 0xFFFFFFFF, sectors >> 32
        for name, value in fields.items():
            setattr(h, name, value)
        os.pwrite(self._file.fileno(), serialize(h, HEADER_SIZE), 0)
        self.header = h
        self.in_use = int(h.in_use)
        self._flush()

    def _flush(self) -> None:
        if self.sync:
            os.fsync(self._file.fileno())

    def _allocate(self, count: int = 1) -> int:
        """``count`` new clusters, one after the other, at the end of the data area."""
        host = self.data_end
        if (host + (count - 1) * self.cluster_size) // self.bat_unit > 0xFFFFFFFF:
            raise UsageError("the image is full: a BAT entry cannot address more clusters")
        self.data_end += count * self.cluster_size
        return host

    def _set_bat(self, index: int, host: int, count: int = 1) -> None:
        """Point ``count`` BAT entries from ``index`` on at consecutive clusters from ``host``, in one write."""
        first, step = host // self.bat_unit, self.cluster_size // self.bat_unit
        entries = array("I", range(first, first + count * step, step))
        self.bat[index:index + count] = entries
        if sys.byteorder != "little":
            entries.byteswap()
        pwrite_all(self._file.fileno(), [entries.tobytes()], HEADER_SIZE + 4 * index)

    # -- guest writes ------------------------------------------------------------

    def write(self, offset: int, data: bytes | memoryview) -> None:
        """Write guest bytes at ``offset``, allocating clusters as needed."""
        data = memoryview(data).cast("B")
        if offset < 0 or offset + len(data) > self.size:
            raise UsageError(f"write of {len(data)} bytes at {offset} is outside the {self.size}-byte disk")
        if not len(data):
            return
        if self.header.is_empty:
            self._set_header(flags=self.header.flags & ~1)  # not empty any more
        cs, fd = self.cluster_size, self._file.fileno()
        end = offset + len(data)
        index, last, done, allocated = offset // cs, (end - 1) // cs, 0, False
        while index <= last:
            start = max(offset, index * cs)
            host = self.host_offset(index)
            if host is not None:
                n = min((index + 1) * cs, end) - start
                pwrite_all(fd, [data[done:done + n]], host + start - index * cs)
            else:
                # A run of clusters not allocated yet gets consecutive new clusters: its data (with zeros
                # around a partial first or last cluster) in one write, then its BAT entries in one more,
                # so that no entry ever points at a cluster that is not written.
                stop = index
                while stop < last and self.host_offset(stop + 1) is None:
                    stop += 1
                count = stop - index + 1
                n = min((stop + 1) * cs, end) - start
                head, tail = start - index * cs, (stop + 1) * cs - (start + n)
                host = self._allocate(count)
                pwrite_all(fd, [bytes(head), data[done:done + n], bytes(tail)], host)
                self._set_bat(index, host, count)
                index = stop
                allocated = True
            done += n
            index += 1
        if allocated:
            self._flush()
        self._mark_dirty(offset, len(data))

    # -- dirty bitmaps -------------------------------------------------------------

    def _mark_dirty(self, offset: int, length: int) -> None:
        for bm in self.bitmaps:
            gran = bm.granularity * 512
            for bit in range(offset // gran, (offset + length - 1) // gran + 1):
                bm.bits[bit >> 3] |= 1 << (bit & 7)
            self._ext_dirty = True

    def add_bitmap(self, granularity: int = 65536, id: bytes | None = None) -> Bitmap:
        """A new, clear dirty bitmap of ``granularity`` bytes per bit (a power of two, >= 512)."""
        if granularity < 512 or granularity & (granularity - 1):
            raise UsageError(f"granularity {granularity} must be a power of two of at least 512")
        sectors = self.size // 512
        nbits = -(-sectors // (granularity // 512))
        bm = Bitmap(id or uuid.uuid4().bytes, granularity // 512, sectors, bytearray(-(-nbits // 8)))
        self.bitmaps.append(bm)
        self._ext_dirty = True
        return bm

    def remove_bitmap(self, name: str) -> None:
        """Drop the bitmap named ``name`` (its UUID string)."""
        keep = [b for b in self.bitmaps if b.name != name]
        if len(keep) == len(self.bitmaps):
            raise UsageError(f"no bitmap {name!r}")
        self.bitmaps = keep
        self._ext_dirty = True

    def _write_extension(self) -> None:
        cs, fd = self.cluster_size, self._file.fileno()
        pool = sorted(self._bitmap_clusters)
        sections = []
        for bm in self.bitmaps:
            l1 = []
            for start in range(0, max(len(bm.bits), 1), cs):
                chunk = bytes(bm.bits[start:start + cs])
                if not chunk.strip(b"\0"):
                    l1.append(0)   # all bits clear
                    continue
                if len(chunk) == cs and not chunk.strip(b"\xff"):
                    l1.append(1)   # all bits set
                    continue
                host = pool.pop(0) if pool else self._allocate()
                os.pwrite(fd, chunk + bytes(cs - len(chunk)), host)
                l1.append(host // 512)
            sections.append((DIRTY_BITMAP, 0, bitmap_data(bm, l1)))
        sections += self._kept
        if not sections:
            if self.ext_offset:
                self._set_header(ext_offset=0)
                self.ext_offset = 0
            return
        if not self.ext_offset:
            self.ext_offset = self._allocate()
        os.pwrite(fd, build_extension(cs, sections), self.ext_offset)
        self._flush()
        self._set_header(ext_offset=self.ext_offset)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._ext_dirty:
                self._write_extension()
            self._set_header(in_use=0)  # what QEMU writes on close
        finally:
            self._file.close()

