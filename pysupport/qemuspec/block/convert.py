"""Writing an image's guest data out as a raw image."""

from __future__ import annotations

import os
import sys

from ..errors import UsageError
from .image import Image
from .map import map_image

__all__ = ["convert_to_raw"]

CHUNK = 8 << 20


def convert_to_raw(image: Image, target: str | os.PathLike, *, progress: bool = False) -> None:
    """Write every guest byte of ``image`` to ``target``; zero ranges stay holes."""
    try:
        out = open(target, "wb")
    except OSError as exc:
        raise UsageError(f"cannot create {target}: {exc.strerror}") from exc
    with out:
        fd = out.fileno()
        buf = bytearray(CHUNK)
        done = 0
        for extent in map_image(image):
            if extent.zero or not extent.data and not extent.present:
                done += extent.length
                continue
            pos, end = extent.start, extent.start + extent.length
            while pos < end:
                n = min(CHUNK, end - pos)
                view = memoryview(buf)[:n]
                image.readinto(pos, view)
                os.pwrite(fd, view, pos)
                pos += n
                done += n
                if progress:
                    print(f"    ({100 * done / max(1, image.size):.2f}/100%)", end="\r", file=sys.stderr)
        out.truncate(image.size)
    if progress:
        print(f"    (100.00/100%)", file=sys.stderr)
