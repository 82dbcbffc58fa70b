"""Writes to a raw image, beside its reader (:class:`~qemuspec.block.image.RawImage`).

Invariant: while a :class:`RawWriter` is open it holds QEMU's write locks on
the file. The vhost-user-blk back-end writes guest data, flushes, discards
and zeroes ranges of a raw image through it. Discards punch
holes (``fallocate``) when the file system can; zeroing falls back to
writing zeros.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from ..errors import UsageError
from .fallocate import punch_hole, zero_range
from .image import RawImage, open_locked, pwrite_all
from .lock import WRITER, lock_image

__all__ = ["RawWriter", "RawImageWriter", "write_zeroes"]

_ZEROS = bytes(1 << 20)


def write_zeroes(fd: int, offset: int, length: int, unmap: bool, limit: int | None = None) -> None:
    """Make a range of the file read as zeros as QEMU's file-posix does: a hole punched when
    ``unmap`` allows it and the file system can, else the range zeroed in place, else zeros
    written; these two not past ``limit`` (where the file reads as zeros already)."""
    if unmap and punch_hole(fd, offset, length):
        return
    end = offset + length if limit is None else min(offset + length, limit)
    if end <= offset or zero_range(fd, offset, end - offset):
        return
    while offset < end:
        n = min(len(_ZEROS), end - offset)
        pwrite_all(fd, [memoryview(_ZEROS)[:n]], offset)
        offset += n


class RawWriter:
    """Writes, flushes, discards and zeroes on a raw image file.

    While open it holds QEMU's write locks on the image (as qemu-storage-daemon
    with ``writable=on`` does): another writer, or a reader that wants a
    consistent image, is refused, and opening fails if one is there already.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CLOEXEC)
        except OSError as exc:
            raise UsageError(f"cannot open {self.path} for writing: {exc.strerror}") from exc
        try:
            lock_image(self.fd, str(self.path), *WRITER)
        except BaseException:
            os.close(self.fd)
            raise

    def write(self, offset: int, views: Sequence[memoryview]) -> None:
        """Write the concatenation of ``views`` at ``offset`` (OSError on failure)."""
        pwrite_all(self.fd, views, offset)

    def flush(self) -> None:
        os.fdatasync(self.fd)

    def discard(self, offset: int, length: int) -> None:
        """Drop the data of a range (a hint: it may read back as before or as zeros)."""
        punch_hole(self.fd, offset, length)

    def write_zeroes(self, offset: int, length: int, unmap: bool = False) -> None:
        """Make a range read as zeros (deallocating it when ``unmap`` and possible)."""
        write_zeroes(self.fd, offset, length, unmap)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class RawImageWriter(RawImage):
    """A raw image opened for reading and writing (with QEMU's writer locks), as the block
    layer's writers are (the format registry's ``writer``; commit writes a raw base through it,
    ``convert -n`` a raw target). Zeroes are made as :func:`write_zeroes` makes them (not written
    past the file's old end: there it reads as zeros); closing flushes, as QEMU does."""

    cluster_size = 512  # the unit convert -n writes in (QEMU's sector)

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._file = open_locked(self.path, False, writable=True)
        self.size = -(-os.fstat(self._file.fileno()).st_size // 512) * 512
        self.file_size = os.fstat(self._file.fileno()).st_size

    def resize(self, size: int) -> None:
        os.ftruncate(self._file.fileno(), size)
        self.size = size

    def write(self, offset: int, data: bytes) -> None:
        pwrite_all(self._file.fileno(), [data], offset)

    def write_zeroes(self, offset: int, length: int, *, unmap: bool = False) -> None:
        write_zeroes(self._file.fileno(), offset, length, unmap, limit=self.file_size)

    def flush(self) -> None:
        os.fdatasync(self._file.fileno())

    def close(self) -> None:
        if not self._file.closed:
            self.flush()
        super().close()
