"""The writer's view of the image file: positioned writes, flushes, and a record of both.

Every byte the writer puts into an image goes through :class:`ImageFile`, so
the order of writes and flush barriers is explicit. With a ``journal`` list,
each write and flush is also recorded; the crash tests replay prefixes of
that record to build the images a crash could leave behind (a discard is
recorded too; replaying it is optional: it only deallocates free clusters).
"""

from __future__ import annotations

import os

from ...errors import UsageError
from ..fallocate import punch_hole

__all__ = ["ImageFile"]


class ImageFile:
    """A file opened for reading and writing, by descriptor."""

    def __init__(self, fd: int, path: str, journal: list | None = None, *, sync: bool = True) -> None:
        self.fd = fd
        self.path = path
        self.journal = journal
        self.sync = sync  # False: barriers keep their order in the journal but skip fdatasync

    @property
    def size(self) -> int:
        return os.fstat(self.fd).st_size

    def pread(self, length: int, offset: int) -> bytes:
        data = os.pread(self.fd, length, offset)
        return data + bytes(length - len(data))  # past the end reads as zeros

    def pwrite(self, data: bytes | bytearray | memoryview, offset: int) -> None:
        if offset < 0:
            raise UsageError(f"write at negative offset {offset}")
        view = memoryview(data)
        done = 0
        while done < len(view):
            done += os.pwrite(self.fd, view[done:], offset + done)
        if self.journal is not None:
            self.journal.append(("write", offset, bytes(view)))

    def flush(self) -> None:
        """A barrier: everything written before is on disk before anything written after."""
        if self.sync:
            os.fdatasync(self.fd)
        if self.journal is not None:
            self.journal.append(("flush",))

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        if self.journal is not None:
            self.journal.append(("truncate", size))

    def discard(self, offset: int, length: int) -> None:
        """Deallocate a range nothing uses any more (QEMU's discard passthrough): it reads as zeros."""
        punch_hole(self.fd, offset, length)
        if self.journal is not None:
            self.journal.append(("discard", offset, length))
