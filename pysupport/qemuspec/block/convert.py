"""Writing an image's guest data out as a raw image."""

from __future__ import annotations

import os
import sys

from ..errors import UsageError
from .image import Image
from .map import map_image

__all__ = ["convert_to_raw", "convert_to_qcow2", "convert_to_parallels"]

CHUNK = 8 << 20


def _progress(show: bool, done: int, total: int, *, last: bool = False) -> None:
    """qemu-img's ``-p`` line, on stderr, rewritten in place."""
    if show:
        print(f"    ({100 * done / max(1, total):.2f}/100%)", end="\n" if last else "\r", file=sys.stderr)


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
                _progress(progress, done, image.size)
        out.truncate(image.size)
    _progress(progress, image.size, image.size, last=True)


def convert_to_qcow2(image: Image, target: str | os.PathLike, options=None, *, compress: bool = False,
                     progress: bool = False) -> None:
    """Write every guest byte of ``image`` into a new qcow2 image at ``target``.

    Ranges that read as zeros are not written (the new image leaves them
    unallocated); with ``compress`` every cluster is written compressed.
    """
    from .qcow2.create import create_image
    from .qcow2.writer import Qcow2Writer

    create_image(target, image.size, options)
    # like qemu-img convert's default cache mode for the target: no flushes on the way
    with Qcow2Writer(target, sync=False, verify=False) as out:
        cs = out.cluster_size
        chunk = max(cs, CHUNK // cs * cs)
        buf = bytearray(chunk)
        done = 0
        zero_cluster = bytes(cs)
        for extent in map_image(image):
            if extent.zero or not extent.data and not extent.present:
                done += extent.length
                continue
            pos, end = extent.start, extent.start + extent.length
            while pos < end:
                # whole clusters at a time, so zero clusters can be skipped and compressed ones written
                start = pos // cs * cs
                stop = min(image.size, min(end, start + chunk) if end - start > cs else start + cs)
                stop = min(-(-stop // cs) * cs, image.size)
                view = memoryview(buf)[:stop - start]
                image.readinto(start, view)
                run = None  # start of the current run of non-zero clusters in view
                for offset in range(0, len(view) + cs, cs):
                    piece = view[offset:offset + cs]
                    if piece and piece != zero_cluster[:len(piece)]:
                        if compress:
                            out.write_compressed(start + offset, bytes(piece))
                        elif run is None:
                            run = offset
                        continue
                    if run is not None:  # write the run in one go
                        out.write(start + run, view[run:offset])
                        run = None
                done += stop - pos
                pos = stop
                _progress(progress, done, image.size)
    _progress(progress, image.size, image.size, last=True)


def convert_to_parallels(image: Image, target: str | os.PathLike, *, cluster_size: int | None = None,
                         progress: bool = False) -> None:
    """Write every guest byte of ``image`` into a new Parallels image at ``target``.

    Clusters that read as zeros are left unallocated.
    """
    from .parallels.create import DEFAULT_CLUSTER_SIZE, create_image
    from .parallels.writer import ParallelsWriter

    create_image(target, image.size, cluster_size or DEFAULT_CLUSTER_SIZE)
    with ParallelsWriter(target, sync=False, verify=False) as out:
        cs = out.cluster_size
        buf = bytearray(cs)
        zero_cluster = bytes(cs)
        done = 0
        for extent in map_image(image):
            if extent.zero or not extent.data and not extent.present:
                done += extent.length
                continue
            pos, end = extent.start // cs * cs, extent.start + extent.length
            while pos < end:
                n = min(cs, image.size - pos)
                view = memoryview(buf)[:n]
                image.readinto(pos, view)
                if view != zero_cluster[:n]:
                    out.write(pos, view)
                pos += n
                done += n
                _progress(progress, done, image.size)
    _progress(progress, image.size, image.size, last=True)
