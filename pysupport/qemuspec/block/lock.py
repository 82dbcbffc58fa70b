"""Image locking that QEMU understands: open-file-description byte locks.

QEMU's file driver announces what a process does with an image by holding
shared OFD locks on single bytes of the file: byte ``100 + i`` while it
holds permission ``i``, byte ``200 + i`` while it does not let others have
permission ``i``. Before taking a permission it tests whether anyone keeps
others from it (byte ``200 + i``), and before refusing one to others whether
anyone holds it (byte ``100 + i``). We take and test the same bytes, so a
running QEMU and qemuspec keep out of each other's way.
"""

from __future__ import annotations

import fcntl
import os
import struct

from ..errors import UsageError

__all__ = ["ImageLockedError", "READ", "WRITE", "WRITE_UNCHANGED", "RESIZE", "lock_image", "READER", "WRITER"]

# QEMU's permission bits (BLK_PERM_*)
READ = 0x01             # consistent read
WRITE = 0x02
WRITE_UNCHANGED = 0x04
RESIZE = 0x08
ALL = READ | WRITE | WRITE_UNCHANGED | RESIZE
NAMES = {READ: "consistent read", WRITE: "write", WRITE_UNCHANGED: "write unchanged", RESIZE: "resize"}

PERM_BASE = 100
SHARED_BASE = 200

# (permissions held, permissions shared) of a reader and a writer, as QEMU's tools use them
READER = (READ, ALL & ~WRITE)
WRITER = (READ | WRITE | RESIZE, READ | WRITE_UNCHANGED)


class ImageLockedError(UsageError):
    """Another process (QEMU, or another qemuspec) holds the image in a conflicting way."""


def _flock(kind: int, offset: int) -> bytes:
    # struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, offset, 1, 0)


def someone_holds(fd: int, offset: int) -> bool:
    """Whether another open file holds a lock on byte ``offset`` (tests without locking)."""
    answer = fcntl.fcntl(fd, fcntl.F_OFD_GETLK, _flock(fcntl.F_WRLCK, offset))
    return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK


def _take(fd: int, offset: int) -> None:
    fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _flock(fcntl.F_RDLCK, offset))


def lock_image(fd: int, path: str, held: int, shared: int) -> None:
    """Take QEMU's lock bytes for ``held`` permissions, refusing ``~shared`` to others.

    Raises :class:`ImageLockedError` naming the permission when another
    process's locks conflict. The locks belong to the open file description
    of ``fd`` and go away when it is closed.
    """
    hint = "is another process using the image?"
    if not held & WRITE:
        hint += " -U (--force-share) inspects it anyway"
    for bit, name in NAMES.items():
        if held & bit and someone_holds(fd, SHARED_BASE + bit.bit_length() - 1):
            raise ImageLockedError(f"failed to get \"{name}\" lock on {path}: {hint}")
        if not shared & bit and someone_holds(fd, PERM_BASE + bit.bit_length() - 1):
            raise ImageLockedError(f"failed to get shared \"{name}\" lock on {path}: {hint}")
    for bit in NAMES:
        index = bit.bit_length() - 1
        if held & bit:
            _take(fd, PERM_BASE + index)
        if not shared & bit:
            _take(fd, SHARED_BASE + index)
