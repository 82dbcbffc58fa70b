"""Opening a Parallels expandable image read-only and reading its guest data.

The header is read with the generated parser (``qemuspec.formats.parallels``);
the BAT is decoded in bulk (:func:`decode_bat`, checked against the parser by
tests/test_parallels_read.py). Every size from the file is bounded by the
file size before anything is allocated. The Format Extension is read with
:mod:`.extension`.

A walk of at least :data:`BULK_ENTRIES` BAT entries (map, convert, check of a
large image) classifies them with numpy over a view of the BAT
(:func:`bat_view`) and makes Python objects only for the boundaries of runs;
a shorter one goes entry by entry, which costs less than importing numpy.
tests/test_parallels_bulk.py holds the two to the same answers.
"""

from __future__ import annotations

import os
import sys
from array import array
from typing import Iterator

from ...errors import FormatError, TruncatedError
from ...formats.parallels import Parallels
from ...specs import parse
from ..image import Image, Run, RunColumns, open_locked, pread, preadinto

__all__ = ["ParallelsImage", "decode_bat", "bat_view", "HEADER_SIZE", "MAGIC_OLD", "MAGIC_EXT", "IN_USE_OPEN",
           "BULK_ENTRIES", "WINDOW"]

HEADER_SIZE = 64
MAGIC_OLD = b"WithoutFreeSpace"
MAGIC_EXT = b"WithouFreSpacExt"
IN_USE_OPEN = 0x746F6E59
IN_USE_CLOSED = 0x312E3276
MAX_TRACKS = 0x7FFFFFFF // 513        # QEMU's bound on sectors per cluster
MAX_BAT_ENTRIES = 0x7FFFFFFF // 4     # QEMU's bound on the BAT ("catalog too large")
_STRUCT = "parallels::header"
# Walks of at least this many BAT entries are done in bulk with numpy: below it, going entry by
# entry costs less than importing numpy (about 0.5 us an entry against 40-60 ms).
BULK_ENTRIES = 1 << 16
WINDOW = 1 << 16       # BAT entries a bulk walk takes at a time


def decode_bat(raw: bytes) -> array:
    """The BAT entries (little-endian u4) of ``raw``."""
    bat = array("I")
    bat.frombytes(raw)
    if bat.itemsize != 4:  # pragma: no cover - every platform we run on has 4-byte "I"
        raise RuntimeError("array('I') is not 32-bit here")
    if sys.byteorder == "big":  # pragma: no cover
        bat.byteswap()
    return bat


def bat_view(bat: array):
    """The entries of ``bat`` (from :func:`decode_bat`, host order) as a numpy uint32 array
    sharing its memory (no copy: drop the view before the array could be resized)."""
    import numpy as np

    return np.frombuffer(bat, dtype=np.uint32)


class ParallelsImage(Image):
    """A Parallels expandable image opened read-only (``_writable`` is for the writer).

    Attributes: ``header`` (the parsed header), ``cluster_size``,
    ``bat_unit`` (bytes per BAT unit), ``data_offset``, ``bat`` (the entries, read on first use),
    ``file_size``, ``extension`` (:class:`.extension.FormatExtension` or None),
    ``data_off_zero`` (the header leaves the data start to be computed).
    ``strict_extension=False`` (used by check) keeps a Format Extension with
    a wrong checksum or bad contents from failing the open; QEMU refuses it.
    """

    format = "parallels"

    def __init__(self, path: str | os.PathLike, *, force_share: bool = False, strict_extension: bool = True,
                 _writable: bool = False) -> None:
        self.path = os.fspath(path)  # the name as given, as qemu-img names the image
        self.writable = _writable
        self._file = open_locked(self.path, force_share, writable=_writable)
        try:
            self.file_size = os.fstat(self._file.fileno()).st_size
            self._open(strict_extension)
        except BaseException:
            self._file.close()
            raise

    def _open(self, strict_extension: bool) -> None:
        fd = self._file.fileno()
        raw = pread(fd, HEADER_SIZE, 0)
        if len(raw) < HEADER_SIZE:
            raise TruncatedError(f"the file has {len(raw)} bytes, the header needs {HEADER_SIZE}",
                                 structure=_STRUCT, offset=0, expected="a 64-byte header")
        if raw[:16] not in (MAGIC_OLD, MAGIC_EXT):
            raise FormatError(f"magic {raw[:16]!r}", structure=_STRUCT, field="magic", offset=0,
                              expected='"WithoutFreeSpace" or "WithouFreSpacExt"')
        h = self.header = parse(Parallels.Header, raw)
        if h.tracks == 0 or h.tracks > MAX_TRACKS:
            raise FormatError(f"{h.tracks} sectors per cluster", structure=_STRUCT, field="tracks", offset=28,
                              expected=f"1 to {MAX_TRACKS}")
        if h.num_bat_entries > MAX_BAT_ENTRIES:
            raise FormatError(f"{h.num_bat_entries} BAT entries", structure=_STRUCT, field="num_bat_entries",
                              offset=32, expected=f"at most {MAX_BAT_ENTRIES}")
        self.is_ext = bool(h.is_ext)
        self.cluster_size = h.tracks * 512
        self.bat_unit = self.cluster_size if self.is_ext else 512
        self.size = h.num_sectors * 512
        bat_end = HEADER_SIZE + 4 * h.num_bat_entries
        if self.file_size < bat_end:
            raise TruncatedError(f"the file ends at {self.file_size}, the BAT at {bat_end}",
                                 structure="parallels", field="bat_entries", offset=HEADER_SIZE,
                                 expected=f"{h.num_bat_entries} entries")
        # data_off 0: the data area starts at the end of the BAT rounded up to a sector (the spec's
        # rule for WithoutFreeSpace; the spec forbids it for WithouFreSpacExt, but QEMU 7.2 opens and
        # reads such images all the same, and check reports and repairs it). Reads go through the BAT
        # and never depend on where the data area starts.
        self.data_off_zero = not h.data_off
        self.data_offset = h.data_off * 512 if h.data_off else -(-bat_end // 512) * 512
        if self.data_offset < bat_end:
            raise FormatError(f"data area at {self.data_offset} overlaps the BAT ending at {bat_end}",
                              structure=_STRUCT, field="data_off", offset=48, expected=f">= {bat_end}")
        self._bat: array | None = None   # read on first use (info needs no entry)
        self._bat_count = h.num_bat_entries
        self.in_use = int(h.in_use)
        self.ext_offset = h.ofs_ext
        self.extension = None
        if self.ext_offset:
            from .extension import read_extension

            try:
                self.extension = read_extension(self)
            except FormatError:
                if strict_extension:
                    raise

    @property
    def bat(self) -> array:
        """The BAT entries (:func:`decode_bat`), read from the file the first time they are used."""
        if self._bat is None:
            self._bat = decode_bat(pread(self._file.fileno(), 4 * self._bat_count, HEADER_SIZE))
        return self._bat

    # -- reading ---------------------------------------------------------------

    def host_offset(self, index: int) -> int | None:
        """File offset of guest cluster ``index``, or None when it is not allocated."""
        if index >= len(self.bat):
            return None
        entry = self.bat[index]
        return entry * self.bat_unit if entry else None

    def _readinto(self, offset: int, buf: memoryview) -> None:
        cs, unit, bat, fd = self.cluster_size, self.bat_unit, self.bat, self._file.fileno()
        nb, total, pos, done = len(bat), len(buf), offset, 0
        while done < total:
            index, within = divmod(pos, cs)
            n = min(cs - within, total - done)
            entry = bat[index] if index < nb else 0
            following = index + 1
            if entry:
                host = entry * unit
                # one read for clusters that follow each other in the file too
                while done + n < total and following < nb and bat[following] * unit == host + (following - index) * cs:
                    following += 1
                    n = min(n + cs, total - done)
                got = preadinto(fd, buf[done:done + n], host + within)
                if got < n:  # past the end of the file: zeros
                    buf[done + got:done + n] = bytes(n - got)
            else:
                # unallocated clusters (and the disk past the BAT) read as zeros, in one go
                while done + n < total and (following >= nb or not bat[following]):
                    following += 1
                    n = min(n + cs, total - done)
                buf[done:done + n] = bytes(n)
            pos += n
            done += n

    def block_status(self, offset: int, length: int) -> list[Run]:
        columns = self.run_columns(offset, length)
        if columns is not None:
            path = columns.file
            return [Run(start, n, data=True, offset=host, file=path) if host >= 0 else Run(start, n)
                    for start, n, host in zip(columns.start.tolist(), columns.length.tolist(),
                                              columns.offset.tolist())]
        return self._block_status_each(offset, length)

    def _block_status_each(self, offset: int, length: int) -> list[Run]:
        """:meth:`block_status` one cluster at a time (a short walk: no numpy to import)."""
        cs, runs, pos, end = self.cluster_size, [], offset, offset + length
        while pos < end:
            index, within = divmod(pos, cs)
            n = min(cs - within, end - pos)
            if index >= len(self.bat):  # past the BAT (a disk larger than it maps): unallocated to the end
                n = end - pos
            host = self.host_offset(index)
            if host is None:
                run = Run(pos, n)
            else:
                run = Run(pos, n, data=True, offset=host + within, file=str(self.path))
            prev = runs[-1] if runs else None
            if prev is not None and prev.data == run.data and (
                    not run.data or prev.offset + prev.length == run.offset):
                runs[-1] = prev._replace(length=prev.length + n)
            else:
                runs.append(run)
            pos += n
        return runs

    def run_chunks(self, offset: int, length: int, *, bulk: int | None = None,
                   window: int | None = None) -> Iterator[RunColumns] | None:
        """The runs of ``[offset, offset + length)`` in bulk, for a walk of at least ``bulk``
        (default :data:`BULK_ENTRIES`) BAT entries; None for a shorter one.

        A run breaks where allocation changes and where host offsets stop following each
        other (as :meth:`_block_status_each` merges); the disk past the BAT is unallocated.
        The BAT is walked ``window`` (default :data:`WINDOW`) entries at a time and the runs come out as they end,
        a chunk per window, so the arrays in memory stay that size however large the BAT.
        """
        cs, end = self.cluster_size, offset + length
        if length <= 0:
            return None
        first, stop = offset // cs, min(-(-end // cs), len(self.bat))
        if stop <= first or stop - first < (BULK_ENTRIES if bulk is None else bulk):
            return None
        return self._run_chunks(offset, end, first, stop, window or WINDOW)

    def _run_chunks(self, offset: int, end: int, first: int, stop: int, window: int) -> Iterator[RunColumns]:
        import numpy as np

        cs, unit, path = self.cluster_size, self.bat_unit, str(self.path)
        view = bat_view(self.bat)
        # the run that has begun and not ended yet: its start, data flag and host offset
        pending = (np.array([], dtype=np.int64), np.array([], dtype=bool), np.array([], dtype=np.int64))
        for lo in range(first, stop, window):
            hi = min(stop, lo + window)
            back = 1 if lo > first else 0            # the entry before the window decides its first break
            entries = view[lo - back:hi]
            allocated = entries != 0
            host = entries.astype(np.int64) * unit   # < 2**32 units of < 2**31 bytes
            breaks = np.empty(hi - lo, dtype=bool)
            if back:
                np.not_equal(allocated[1:], allocated[:-1], out=breaks)
                breaks |= allocated[1:] & (host[1:] != host[:-1] + cs)
            else:
                breaks[0] = True
                np.not_equal(allocated[1:], allocated[:-1], out=breaks[1:])
                breaks[1:] |= allocated[1:] & (host[1:] != host[:-1] + cs)
            heads = np.flatnonzero(breaks)
            starts = (heads + lo) * cs
            if not back:
                starts[0] = offset
            data = allocated[back:][heads]
            offsets = np.where(data, host[back:][heads] + (starts - (heads + lo) * cs), -1)
            del entries, allocated, host, breaks
            if not len(heads):
                continue
            starts, data, offsets = (np.concatenate((old, new)) for old, new in zip(pending, (starts, data, offsets)))
            pending = (starts[-1:], data[-1:], offsets[-1:])
            if len(starts) > 1:
                yield RunColumns(starts[:-1], np.diff(starts), data[:-1], np.zeros(len(starts) - 1, dtype=bool),
                                 offsets[:-1], path)
        del view   # no view of the BAT outlives the walk
        starts, data, offsets = pending
        bat_end = min(end, stop * cs)
        if bat_end < end and data[0]:   # the disk past the BAT: unallocated to the end
            starts, data, offsets = np.append(starts, bat_end), np.append(data, False), np.append(offsets, -1)
        stops = np.append(starts[1:], end if not data[-1] else bat_end)
        yield RunColumns(starts, stops - starts, data, np.zeros(len(starts), dtype=bool), offsets, path)

    def close(self) -> None:
        self._file.close()
        super().close()
