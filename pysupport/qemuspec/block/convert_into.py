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
from .convert import CHUNK, SECTOR, _progress, _zeros, zero_runs
from .sparse import request_size, written
from .image import Image
from .map import map_image
from .qcow2.compress import compress_cluster
from .qcow2.layout import L2E_OFFSET_MASK

__all__ = ["open_existing_target", "convert_into", "create_backed_qcow2"]


class _ParallelsTarget:
    """A Parallels image as a target. Parallels has no zero clusters: as QEMU (which writes
    zeroed buffers for its write-zeroes request), zeros are written, clusters allocated."""

    def __init__(self, path) -> None:
        from .parallels.writer import ParallelsWriter

        self._writer = ParallelsWriter(path, sync=False)
        self.size = self._writer.size
        self.cluster_size = self._writer.cluster_size

    def write(self, offset: int, data) -> None:
        self._writer.write(offset, data)

    def write_zeroes(self, offset: int, length: int, *, unmap: bool = False) -> None:
        for pos in range(offset, offset + length, CHUNK):
            self._writer.write(pos, _zeros(min(CHUNK, offset + length - pos)))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._writer.close()


def open_existing_target(path, fmt: str, *, secret: bytes | None = None):
    """The target of ``convert -n``, opened as ``fmt`` (-O), for writing: the registry's writer
    of the format (a Parallels image, which has none, through :class:`_ParallelsTarget`)."""
    from .formats import REGISTRY

    record = REGISTRY.get(fmt)
    if record is None:
        raise UsageError(f"convert -n writes into raw, qcow2 or parallels images, not {fmt}")
    if not os.path.exists(path):
        raise UsageError(f"Could not open '{os.fspath(path)}': Could not open '{os.fspath(path)}': "
                         "No such file or directory")  # qemu-img's words
    if record.writer is None:
        return _ParallelsTarget(path)
    return record.writer(path, key_secret=secret) if record.encryption else record.writer(path)


def convert_into(image: Image, out, *, top_only: bool, sparse: int, compress: bool = False,
                 progress: bool = False) -> None:
    """Write ``image``'s guest data into ``out`` (a raw, qcow2 or parallels target), zeros included.

    ``top_only`` (-B given): ranges the source's top layer does not hold are skipped.
    """
    if compress and not hasattr(out, "write_compressed"):
        raise UsageError("Compression not supported for this file format")  # qemu-img's words
    if out.size < image.size:
        raise UsageError("output file is smaller than input file")  # qemu-img's words
    cs = out.cluster_size
    chunk = max(cs, CHUNK // cs * cs)
    request = request_size(cs)  # qemu-img's reads (see .sparse)
    backing = getattr(out, "backing", None)
    # (a target without a backing file, -n -B: zeros are written everywhere)
    backing_end = -(-backing.size // SECTOR) * SECTOR if backing is not None else image.size
    runs = _cluster_runs(image, cs, top_only) if compress else \
        ((e.start, e.start + e.length, _kind(e, top_only)) for e in map_image(image))
    buf = bytearray()
    done = 0
    for start, end, kind in runs:
        if kind == "zero":
            # as qemu-img: zeros past the end of the target's backing file read as zeros already
            stop = min(end, backing_end) if top_only else end
            if stop > start:
                out.write_zeroes(start, stop - start, unmap=True)
        elif kind == "data":
            pos = start
            while pos < end:
                # compressed: whole clusters; otherwise qemu-img's requests, from the extent's start
                n = min(end, (pos // chunk + 1) * chunk) - pos if compress else min(request, end - pos)
                if len(buf) < n:
                    buf = bytearray(n)
                view = memoryview(buf)[:n]
                image.readinto(pos, view)
                if compress:
                    _write_compressed(out, pos, view, sparse)
                elif not sparse:
                    out.write(pos, view)
                else:  # what qemu-img writes of the request; the rest it zeroes (the target is not new)
                    at = 0
                    for wstart, wstop in written(zero_runs(buf, n, pos, SECTOR, SECTOR), n, pos, sparse):
                        if wstart > at:
                            out.write_zeroes(pos + at, wstart - at, unmap=True)
                        out.write(pos + wstart, view[wstart:wstop])
                        at = wstop
                    if n > at:
                        out.write_zeroes(pos + at, n - at, unmap=True)
                pos += n
        done += end - start
        _progress(progress, done, image.size)
    if compress:  # as qemu-img: the file cut to whole sectors after the last compressed cluster
        end = out.io.size
        if end % SECTOR:
            out.io.truncate(end + SECTOR - end % SECTOR)
    _progress(progress, image.size, image.size, last=True)


def _kind(extent, top_only: bool) -> str:
    """What the target gets for a source extent: its data, zeros, or nothing (the backing file's)."""
    if top_only and extent.depth > 0:
        return "skip"
    return "zero" if extent.zero or not extent.data else "data"


def _cluster_runs(image: Image, cs: int, top_only: bool):
    """The source's extents as whole target clusters (compressed clusters are written whole).

    A cluster the source's extents cover in one way is that way; one they cover in
    several is data, read through the whole chain (its guest content, whatever each
    part is), so nothing the target shows differs from the source.
    Yields ``(start, end, kind)``, ends cut at the disk's end.
    """
    size = image.size
    run = None            # the run being built: [first cluster, stop cluster, kind]
    edge = None           # (cluster, kind) of a cluster the next extent may share

    def emit(first: int, stop: int, kind: str):
        nonlocal run
        if run is not None and run[1] == first and run[2] == kind:
            run[1] = stop
            return None
        done, run = run, [first, stop, kind]
        return done

    def flush(item):
        return () if item is None else ((item[0] * cs, min(item[1] * cs, size), item[2]),)

    for extent in map_image(image):
        start, end, kind = extent.start, extent.start + extent.length, _kind(extent, top_only)
        a, b = start // cs, (end - 1) // cs
        if edge is not None and edge[0] == a:
            edge = (a, edge[1] if edge[1] == kind else "data")
        else:
            if edge is not None:
                yield from flush(emit(edge[0], edge[0] + 1, edge[1]))
            edge = (a, kind)
        whole_end = end % cs == 0 or end >= size
        if b > a:
            yield from flush(emit(edge[0], edge[0] + 1, edge[1]))
            if whole_end:
                yield from flush(emit(a + 1, b + 1, kind))
                edge = None
            else:
                if b > a + 1:
                    yield from flush(emit(a + 1, b, kind))
                edge = (b, kind)
        elif whole_end:
            yield from flush(emit(edge[0], edge[0] + 1, edge[1]))
            edge = None
    if edge is not None:
        yield from flush(emit(edge[0], edge[0] + 1, edge[1]))
    yield from flush(run)


def _write_compressed(out, offset: int, data: memoryview, sparse: int) -> None:
    """Whole clusters from ``offset`` (cluster-aligned), each compressed; as qemu-img, one of zeros
    only is left a zero cluster unless -S 0 asks for every cluster to be written."""
    cs = out.cluster_size
    for at in range(0, len(data), cs):
        piece = bytes(data[at:at + cs])
        if sparse and piece.count(0) == len(piece):
            out.write_zeroes(offset + at, len(piece), unmap=True)
            continue
        if len(piece) < cs:  # the last cluster: to the end of the disk
            piece = piece.ljust(min(cs, out.size - offset - at), b"\0")
        packed = compress_cluster(piece, cs, out.compression)
        if len(packed) < cs - 512 and _holds_a_cluster(out, offset + at):
            # as QEMU: a compressed cluster never overwrites one the image holds (data that does
            # not shrink is written in place, uncompressed); convert stops there
            raise UsageError(f"error while writing at byte {offset + at}: Input/output error")
        out.write_compressed(offset + at, piece, compressed=packed)


def _holds_a_cluster(out, offset: int) -> bool:
    """Whether the qcow2 target's L2 entry for ``offset`` points at a host cluster."""
    l1_index, l2_index = divmod(offset // out.cluster_size, out.l2_entries)
    table = out.l2_table(l1_index)
    return table is not None and bool(table[l2_index * (2 if out.extended_l2 else 1)] & L2E_OFFSET_MASK)


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
