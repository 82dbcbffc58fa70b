"""Deallocating and zeroing byte ranges of a file in place (Linux ``fallocate``).

Invariant: the file's size never changes (``FALLOC_FL_KEEP_SIZE``), and each
function says whether the file system did it: False (no such call, or the file
system refused) leaves the file as it was, for the caller to fall back on
writing zeros or to leave the bytes where they are.
"""

from __future__ import annotations

import ctypes
import os

__all__ = ["punch_hole", "zero_range"]

_KEEP_SIZE = 0x01
_PUNCH_HOLE = 0x02
_ZERO_RANGE = 0x10
_call = None


def _fallocate(fd: int, mode: int, offset: int, length: int) -> bool:
    global _call
    if _call is None:
        try:
            call = ctypes.CDLL(None, use_errno=True).fallocate
            call.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64]
            call.restype = ctypes.c_int
        except (OSError, AttributeError):  # pragma: no cover - not glibc
            call = False
        _call = call
    return bool(_call) and length > 0 and _call(fd, mode, offset, length) == 0


def punch_hole(fd: int, offset: int, length: int) -> bool:
    """Deallocate ``[offset, offset + length)``: it reads as zeros and takes no space."""
    return _fallocate(fd, _PUNCH_HOLE | _KEEP_SIZE, offset, length)


def zero_range(fd: int, offset: int, length: int) -> bool:
    """Make ``[offset, offset + length)`` read as zeros, keeping (or making) it allocated."""
    return _fallocate(fd, _ZERO_RANGE | _KEEP_SIZE, offset, length)
