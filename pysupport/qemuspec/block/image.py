"""What every disk image reader offers, and raw images.

An :class:`Image` has a virtual ``size``, reads guest data at any offset and
length, and reports the allocation status of its own layer
(:meth:`Image.block_status`), from which :mod:`qemuspec.block.map` builds
``qemu-img map`` extents over a backing chain.
"""

from __future__ import annotations

import errno
import os
from abc import ABC, abstractmethod
from collections import namedtuple
from collections.abc import Iterator

from ..errors import UsageError

__all__ = ["Image", "RawImage", "Run", "RunColumns", "file_extents", "pread", "preadinto", "pwrite_all", "open_locked"]

_MAX_OFFSET = (1 << 63) - 1


def pread(fd: int, length: int, offset: int) -> bytes:
    """Up to ``length`` bytes at ``offset``; nothing past the end of the file or
    at offsets no file can have (a hostile table entry), never an exception."""
    if offset < 0 or offset > _MAX_OFFSET - length:
        return b""
    return os.pread(fd, length, offset)


def preadinto(fd: int, view: memoryview, offset: int) -> int:
    """Fill ``view`` from ``offset``; return the bytes read (short past the end)."""
    if offset < 0 or offset > _MAX_OFFSET - len(view):
        return 0
    return os.preadv(fd, [view], offset)


def pwrite_all(fd: int, views, offset: int) -> None:
    """Write the concatenation of ``views`` at ``offset``, all of it (a short write goes on; OSError on none)."""
    views = [memoryview(v).cast("B") for v in views if len(v)]
    while views:
        n = os.pwritev(fd, views, offset)
        if n <= 0:
            raise OSError(errno.EIO, "short write")
        offset += n
        while views and n >= len(views[0]):
            n -= len(views[0])
            views.pop(0)
        if n:
            views[0] = views[0][n:]


class Run(namedtuple("Run", "start length data zero offset file", defaults=(False, False, None, None))):
    """What one layer says about the guest range ``[start, start + length)``.

    The flags follow QEMU's block status: ``data`` (bytes are stored here),
    ``zero`` (they read as zeros); a run with neither is unallocated in this
    layer and defers to the backing file. ``offset`` is where the bytes are
    in ``file``, when they are stored there contiguously (not for compressed
    clusters).
    (``start``, ``length``: int; ``data``, ``zero``: bool, default False;
    ``offset``: int or None; ``file``: str or None. A collections namedtuple,
    not typing's: ``qemuspec info`` does not import typing.)
    """

    __slots__ = ()

    @property
    def allocated(self) -> bool:
        return self.data or self.zero


class RunColumns(namedtuple("RunColumns", "start length data zero offset file")):
    """A layer's runs as columns (numpy arrays, one row per run, in order), for long walks.

    The same runs :meth:`Image.block_status` gives, merged the same way: ``start`` and
    ``length`` (int64), ``data`` and ``zero`` (bool), ``offset`` (int64, -1 where the run
    has no host offset) in ``file`` (one file for every row that has an offset).
    """

    __slots__ = ()


def concatenate_runs(chunks: "list[RunColumns]") -> RunColumns:
    """Chunks of :class:`RunColumns` (at least one) as one."""
    import numpy as np

    if len(chunks) == 1:
        return chunks[0]
    return RunColumns(*(np.concatenate([c[i] for c in chunks]) for i in range(5)), chunks[0].file)


class Image(ABC):
    """A disk image opened read-only."""

    format: str = ""
    path: str  # the name as given (qemu-img names an image so; pathlib costs start-up milliseconds)
    size: int
    backing: "Image | None" = None
    concurrent_reads: bool = False  # whether threads may read it at once (no caches to share)

    def use_threads(self, workers: int) -> None:
        """Let reads use up to ``workers`` threads where a format gains from them (qcow2:
        decompressing a read's compressed clusters), in every layer of the chain."""
        if self.backing is not None:
            self.backing.use_threads(workers)

    def read(self, offset: int, length: int) -> bytes:
        """Guest bytes ``[offset, offset + length)``; past the end raises UsageError."""
        buf = bytearray(length)
        self.readinto(offset, memoryview(buf))
        return bytes(buf)

    def readinto(self, offset: int, buf: memoryview) -> None:
        if offset < 0 or offset + len(buf) > self.size:
            raise UsageError(f"read of {len(buf)} bytes at {offset} is outside the {self.size}-byte disk")
        self._readinto(offset, buf)

    @abstractmethod
    def _readinto(self, offset: int, buf: memoryview) -> None:
        """Fill every byte of ``buf`` with guest data from ``offset`` (callers reuse buffers)."""

    @abstractmethod
    def block_status(self, offset: int, length: int) -> list[Run]:
        """This layer's runs covering ``[offset, offset + length)``, in order."""

    def run_chunks(self, offset: int, length: int) -> "Iterator[RunColumns] | None":
        """:meth:`block_status` as :class:`RunColumns`, a chunk at a time in order, when this
        layer computes it in bulk and the range is long enough to gain from it; None
        otherwise (the default). Runs never continue from one chunk into the next."""
        return None

    def run_columns(self, offset: int, length: int) -> RunColumns | None:
        """:meth:`run_chunks` in one :class:`RunColumns`."""
        chunks = self.run_chunks(offset, length)
        return None if chunks is None else concatenate_runs(list(chunks))

    def chain(self) -> list["Image"]:
        """This image and its backing files, top first."""
        out, image = [], self
        while image is not None:
            out.append(image)
            image = image.backing
        return out

    def close(self) -> None:
        if self.backing is not None:
            self.backing.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def file_extents(fd: int, offset: int, length: int) -> list[tuple[int, int, bool]]:
    """Split ``[offset, offset + length)`` of a file into (start, length, is_hole) pieces.

    Uses SEEK_DATA/SEEK_HOLE like QEMU's file driver; bytes past the end of
    the file count as a hole.
    """
    end = offset + length
    pieces: list[tuple[int, int, bool]] = []
    pos = offset
    while pos < end:
        try:
            data = os.lseek(fd, pos, os.SEEK_DATA)
        except OSError:  # ENXIO: no data at or after pos
            data = end
        if data > pos:
            stop = min(data, end)
            pieces.append((pos, stop - pos, True))
            pos = stop
            continue
        try:
            hole = os.lseek(fd, pos, os.SEEK_HOLE)
        except OSError:
            hole = end
        stop = min(max(hole, pos + 1), end)
        pieces.append((pos, stop - pos, False))
        pos = stop
    return pieces


def open_locked(path: str | os.PathLike, force_share: bool, writable: bool = False):
    """Open an image file with QEMU's reader (or writer) locks; a reader skips them with ``force_share``."""
    from .lock import READER, WRITER, lock_image

    try:
        handle = open(path, "r+b" if writable else "rb")
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc
    if writable or not force_share:
        try:
            lock_image(handle.fileno(), str(path), *(WRITER if writable else READER))
        except BaseException:
            handle.close()
            raise
    return handle


class RawImage(Image):
    """A raw disk image: the file is the disk.

    As in QEMU (whose block layer counts whole sectors), a file whose size is
    not a multiple of 512 is a disk of whole sectors: the last one reads as
    zeros past the end of the file.
    """

    format = "raw"
    concurrent_reads = True  # every read is one preadv

    def __init__(self, path: str | os.PathLike, *, force_share: bool = False) -> None:
        self.path = os.fspath(path)
        self._file = open_locked(self.path, force_share)
        size = os.fstat(self._file.fileno()).st_size
        self.size = -(-size // 512) * 512

    def _readinto(self, offset: int, buf: memoryview) -> None:
        got = preadinto(self._file.fileno(), buf, offset)
        if got < len(buf):  # the last sector, past the end of the file: zeros, whatever the buffer held
            buf[got:] = bytes(len(buf) - got)

    def block_status(self, offset: int, length: int) -> list[Run]:
        return [Run(start, n, data=not hole, zero=hole, offset=start, file=str(self.path))
                for start, n, hole in file_extents(self._file.fileno(), offset, length)]

    def close(self) -> None:
        self._file.close()
        super().close()
