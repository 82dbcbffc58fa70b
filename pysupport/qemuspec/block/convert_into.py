"""``convert -n`` (into an existing image) and ``convert -B`` (over a backing file), as qemu-img 7.2 does.

Both write a target that may not read as zeros where nothing is written, so
nothing is left out: what the source's block status reports as zeros, and the
zero runs found in its data (``-S``), are written as zeros (qcow2: zero
clusters). qemu-img does the same (its target has no "zero init").

With a backing file (``-B``, or ``-o backing_file``) qemu-img looks at the
source's top layer only: a range the top does not hold is left to the new
image's backing file (which the user promises has the source's backing's
content), a range it holds as zeros, or a source without a backing file's
unallocated range, becomes zero clusters (not past the backing file's end:
there the image reads as zeros anyway), and the data it holds is written,
even where it equals the backing file's.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from .convert import CHUNK, SECTOR, _progress, zero_runs
from .image import Image
from .map import map_image

__all__ = ["open_existing_target", "convert_into", "create_backed_qcow2"]


class _RawTarget:
    """A raw image as a target: qcow2's writer's verbs over :class:`~.raw_writer.RawWriter`."""

    def __init__(self, path) -> None:
        from .raw_writer import RawWriter

        try:
            self._writer = RawWriter(path)
        except UsageError:
            if not os.path.exists(path):
                raise UsageError(f"Could not open '{os.fspath(path)}': Could not open '{os.fspath(path)}': "
                                 "No such file or directory") from None  # qemu-img's words
            raise
        self.size = os.fstat(self._writer.fd).st_size
        self.cluster_size = SECTOR

    def write(self, offset: int, data) -> None:
        self._writer.write(offset, [memoryview(data)])

    def write_zeroes(self, offset: int, length: int, *, unmap: bool = False) -> None:
        self._writer.write_zeroes(offset, length, unmap=unmap)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._writer.flush()
        self._writer.close()


def open_existing_target(path, fmt: str, *, secret: bytes | None = None):
    """The target of ``convert -n``, opened as ``fmt`` (-O), for writing."""
    if fmt == "raw":
        return _RawTarget(path)
    if fmt == "qcow2":
        from .qcow2.writer import Qcow2Writer

        if not os.path.exists(path):
            raise UsageError(f"Could not open '{os.fspath(path)}': Could not open '{os.fspath(path)}': "
                             "No such file or directory")
        return Qcow2Writer(path, key_secret=secret)
    raise UsageError(f"convert -n writes into raw or qcow2 images, not {fmt}")


def convert_into(image: Image, out, *, top_only: bool, sparse: int, compress: bool = False,
                 progress: bool = False) -> None:
    """Write ``image``'s guest data into ``out`` (a raw target or a Qcow2Writer), zeros included.

    ``top_only`` (-B given): ranges the source's top layer does not hold are skipped.
    """
    if out.size < image.size:
        raise UsageError("output file is smaller than input file")  # qemu-img's words
    cs = out.cluster_size
    grain = cs
    if getattr(out, "extended_l2", False) and not compress:  # zero runs by subclusters, as convert_to_qcow2
        grain = max(cs // 32, 1 << (sparse.bit_length() - 1) if sparse else 0)
    chunk = max(cs, CHUNK // cs * cs)
    backing = getattr(out, "backing", None)
    # (a target without a backing file, -n -B: zeros are written everywhere)
    backing_end = -(-backing.size // SECTOR) * SECTOR if backing is not None else image.size
    buf = bytearray()
    done = 0
    for extent in map_image(image):
        end = extent.start + extent.length
        if top_only and extent.depth > 0:
            pass  # the backing file's
        elif extent.zero or not extent.data:
            # as qemu-img: zeros past the end of the target's backing file read as zeros already
            stop = min(end, backing_end) if top_only else end
            if stop > extent.start:
                out.write_zeroes(extent.start, stop - extent.start, unmap=True)
        else:
            pos = extent.start
            while pos < end:
                n = min(end, (pos // chunk + 1) * chunk) - pos
                if len(buf) < n:
                    buf = bytearray(n)
                view = memoryview(buf)[:n]
                image.readinto(pos, view)
                at = 0
                for start, stop in (zero_runs(buf, n, pos, grain, sparse) if sparse else ()):
                    _write_data(out, pos + at, view[at:start], compress)
                    out.write_zeroes(pos + start, stop - start, unmap=True)
                    at = stop
                _write_data(out, pos + at, view[at:n], compress)
                pos += n
        done += extent.length
        _progress(progress, done, image.size)
    _progress(progress, image.size, image.size, last=True)


def _write_data(out, offset: int, data: memoryview, compress: bool) -> None:
    if not len(data):
        return
    if not compress:
        out.write(offset, data)
        return
    cs = out.cluster_size
    for at in range(0, len(data), cs):
        piece = bytes(data[at:at + cs])
        if len(piece) < cs:  # the last cluster: to the end of the disk
            piece = piece.ljust(min(cs, out.size - offset - at), b"\0")
        out.write_compressed(offset + at, piece)


def create_backed_qcow2(image: Image, target, options, *, compress: bool = False, progress: bool = False,
                        sparse: int, secret: bytes | None = None) -> None:
    """``convert -O qcow2 -B BACKING -F FMT``: a new qcow2 image over ``options.backing_file``."""
    from .qcow2.create import create_image
    from .qcow2.writer import Qcow2Writer

    if compress and options.luks:
        raise UsageError("Compression and encryption not supported at the same time")  # qemu-img's words
    create_image(target, -(-image.size // SECTOR) * SECTOR, options, secret=secret)
    backing = Path(options.backing_file)
    if not (backing if backing.is_absolute() else Path(target).parent / backing).exists():
        # qemu-img's words; it too leaves the new image there
        raise UsageError(f"Could not open '{os.fspath(target)}': Could not open backing file: "
                         f"Could not open '{options.backing_file}': No such file or directory")
    with Qcow2Writer(target, sync=False, verify=False, key_secret=secret) as out:
        convert_into(image, out, top_only=True, sparse=sparse, compress=compress, progress=progress)
        if compress:  # as convert_to_qcow2: the file cut to whole sectors after the last compressed cluster
            end = out.io.size
            if end % SECTOR:
                out.io.truncate(end + SECTOR - end % SECTOR)
