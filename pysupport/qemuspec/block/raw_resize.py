"""Resizing raw images as ``qemu-img resize`` does (QEMU's file-posix ``raw_co_truncate``).

The new size is taken as it is (a raw image is not rounded to sectors). Shrinking
cuts the file; growing with ``off`` extends it with a hole, ``falloc`` reserves the
new range with ``posix_fallocate``, ``full`` writes zeros over it. The file is held
with QEMU's write locks meanwhile.
"""

from __future__ import annotations

import os

from ..errors import UsageError
from .qcow2.prealloc import extend_file
from .raw_writer import RawWriter

__all__ = ["raw_size", "resize_raw"]


def raw_size(path: str | os.PathLike) -> int:
    """The current size of the raw image at ``path``."""
    try:
        return os.stat(path).st_size
    except OSError as exc:
        raise UsageError(f"Could not open '{os.fspath(path)}': {exc.strerror}") from exc


def resize_raw(path: str | os.PathLike, size: int, preallocation: str = "off") -> None:
    """Make the raw image at ``path`` ``size`` bytes long; a larger one is extended with ``preallocation``."""
    if preallocation == "metadata":
        raise UsageError("Unsupported preallocation mode: metadata")  # qemu-img's words (file-posix)
    if preallocation not in ("off", "falloc", "full"):
        raise UsageError(f"Invalid preallocation mode '{preallocation}'")
    writer = RawWriter(path)
    try:
        current = os.fstat(writer.fd).st_size
        if size < current and preallocation != "off":
            raise UsageError("Preallocation can only be used for growing images")
        try:
            if size <= current or preallocation == "off":
                os.ftruncate(writer.fd, size)
            else:
                extend_file(writer.fd, size, preallocation)
        except OSError as exc:
            raise UsageError(f"Could not resize file: {exc.strerror}") from exc
        os.fsync(writer.fd)
    finally:
        writer.close()
