"""Writing an image's guest data out as a new raw, qcow2 or Parallels image.

As ``qemu-img convert`` does, ranges the source's block status reports as
zeros are not read at all, and the data that is read is scanned for runs of
zeros (at least ``sparse`` bytes, ``-S``, 4 KiB by default) that are left
sparse in the target: holes in a raw file, unallocated clusters in qcow2.
``sparse=0`` scans nothing and writes every byte (a fully allocated target).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from functools import lru_cache

from ..errors import UsageError
from .image import Image, pwrite_all
from .map import map_image
from .sparse import data_extents, requests, written

__all__ = ["convert_to_raw", "convert_to_qcow2", "convert_to_parallels", "parse_sparse_size",
           "DEFAULT_SPARSE", "zero_runs"]

CHUNK = 1 << 20        # guest bytes read into memory at a time: a buffer that stays in the CPU's cache
                       # (bench/convert.py: 1 MiB pieces copy and scan for zeros faster than 8 MiB ones)
PROBE = 8 << 20        # bytes read in the caller's thread before their speed decides on reading ahead
SLOW_READ = 1 << 30    # bytes a second below which reads are worth reading ahead in threads
READ_AHEAD = 2         # chunks read ahead beside one per reader thread
COPY_CHUNK = 8 << 20   # bytes copy_file_range moves per call (the kernel copies; no buffer of ours)
BATCH = 1 << 20  # bytes of clusters one compressing worker takes at a time
SECTOR = 512
PAGE = 4096
DEFAULT_SPARSE = 4096
MAX_SPARSE = 32768 * SECTOR  # qemu-img's limit for -S (MAX_BUF_SECTORS)
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def parse_sparse_size(text: str | int) -> int:
    """``-S`` as qemu-img takes it: bytes or a k/M/G suffix, a multiple of 512 up to 16 MiB."""
    value = str(text).strip().lower()
    unit = value[-1:] if value[-1:] in "bkmgt" else ""
    try:
        size = int(float(value[:len(value) - len(unit)]) * _UNITS[unit])
    except ValueError:
        size = -1
    if size < 0 or size % SECTOR or size > MAX_SPARSE:
        raise UsageError("Invalid buffer size for sparse output specified. "
                         f"Valid sizes are multiples of {SECTOR} up to {MAX_SPARSE}.")
    return size


def _progress(show: bool, done: int, total: int, *, last: bool = False) -> None:
    """qemu-img's ``-p`` line, on stderr, rewritten in place."""
    if show:
        print(f"    ({100 * done / max(1, total):.2f}/100%)", end="\n" if last else "\r", file=sys.stderr)


@lru_cache(maxsize=64)
def _zeros(length: int) -> bytes:
    return bytes(length)


# Zeros are looked for a stride at a time: a 1 MiB zero buffer stays in the CPU's cache, where
# comparing 8 MiB at once against 8 MiB of zeros costs twice the time.
ZERO_STRIDE = 1 << 20
PATTERN = 4096  # the most zeros find() looks for at once (runs are measured after)


def _all_zero(buf: bytearray, first: int, length: int) -> bool:
    """Whether ``buf[first:first + length]`` is all zeros (compared in place, a stride at a time)."""
    pos, end = first, first + length
    while pos < end:
        n = min(ZERO_STRIDE, end - pos)
        if not buf.startswith(_zeros(n), pos):
            return False
        pos += n
    return True


def _zero_end(buf: bytearray, pos: int, end: int, granule: int) -> int:
    """Where the zeros from ``pos`` stop, in whole granules (a short last one at ``end`` counts).

    Galloping, then bisecting, so a long run costs a few comparisons, each a memcmp in place
    (``startswith`` at an offset: a slice would copy the bytes first, several times slower).
    """
    step, most = granule, max(granule, ZERO_STRIDE // granule * granule)
    while pos < end:
        n = min(step, end - pos)
        if buf.startswith(_zeros(n), pos):
            pos += n
            step = min(2 * step, most)
            continue
        while n > granule:  # a non-zero byte is in [pos, pos + n): find its granule
            half = max(granule, n // 2 // granule * granule)
            if buf.startswith(_zeros(half), pos):
                pos, n = pos + half, n - half
            else:
                n = half
        return pos
    return end


def zero_runs(buf: bytearray, length: int, base: int, granule: int, need: int, first: int = 0):
    """The runs of zeros in ``buf[first:first + length]`` (guest bytes from ``base``) to leave sparse.

    Each run is whole granules (aligned in guest offsets; the data's end
    counts as a boundary) and at least ``need`` bytes long. Yields
    ``(start, stop)`` offsets from ``first``.
    """
    need = max(need, granule)
    if length >= need and not base % granule and _all_zero(buf, first, length):
        yield 0, length
        return
    # a zero run is looked for by its first bytes: a long pattern costs find() its length in set-up
    # on every call (a 1 MiB one, a whole Parallels cluster, was most of a convert's time)
    pattern = _zeros(min(need, PATTERN))
    pos = 0
    while pos < length:
        hit = buf.find(pattern, first + pos, first + length) - first
        if hit < 0:
            return
        # the granule holding ``hit`` has a non-zero byte before it, unless ``hit`` starts it
        start = min(hit + (-(base + hit)) % granule, length)
        stop = _zero_end(buf, first + start, first + length, granule) - first
        if stop - start >= need:
            yield start, stop
        pos = max(stop, start + granule)
        pos -= (base + pos) % granule


def _compress_all(clusters: list[bytes], cluster_size: int, compression: str) -> list[bytes]:
    """One worker's batch (fewer, larger tasks: less time waiting for the GIL between them)."""
    from .qcow2.compress import compress_cluster

    return [compress_cluster(data, cluster_size, compression) for data in clusters]


def _read_ranges(image: Image, granule: int, sparse: int) -> list[tuple[int, int]]:
    """Guest ranges to read: every extent with data, widened to ``granule`` and merged
    (the whole disk when nothing is left sparse)."""
    if not sparse:
        return [(0, image.size)] if image.size else []
    out: list[tuple[int, int]] = []
    for start, end in data_extents(image):
        start = start // granule * granule
        stop = min(image.size, -(-end // granule) * granule)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], stop))
        else:
            out.append((start, stop))
    return out


def _chunks(image: Image, granule: int, sparse: int, chunk: int) -> list[tuple[int, int]]:
    """``(start, length)`` pieces of at most ``chunk`` bytes (aligned to it) of the ranges to read."""
    out = []
    for start, stop in _read_ranges(image, granule, sparse):
        pos = start
        while pos < stop:
            n = min(stop, (pos // chunk + 1) * chunk) - pos
            out.append((pos, n))
            pos += n
    return out


def _aligned(n: int) -> tuple[bytearray, int]:
    """A buffer with room for ``n`` bytes from a page boundary, and where that boundary is in it.

    The kernel copies into and out of page-aligned memory several times faster than into a
    bytearray where malloc puts it (16 bytes past a boundary): reading 1 GiB of tmpfs in 1 MiB
    pieces took 0.6 s into a bytearray, 0.15 s into the same bytes page-aligned."""
    import ctypes

    raw = bytearray(n + PAGE)
    return raw, -ctypes.addressof(ctypes.c_char.from_buffer(raw)) % PAGE


def _filled(image: Image, chunks: list[tuple[int, int]], workers: int):
    """Each ``(pos, n)`` of ``chunks`` read into a buffer: yields ``(pos, n, buf, first)`` in
    order, the bytes being ``buf[first:first + n]`` (page-aligned, see :func:`_aligned`).

    The reads run in the caller's thread while they are fast: from the page cache a read is
    a copy, and handing buffers to and from a reader thread costs more than it overlaps (the
    GIL changes hands, the bytes move between the CPUs' caches; bench/convert_reads.py: on
    an idle machine, converting 512 MiB of qcow2 on tmpfs took a third more CPU time with
    a reader thread, and no less wall time). Once
    the reads so far, at least ``PROBE`` bytes, have come in slower than ``SLOW_READ`` a
    second (a disk, decompression), the rest are read ahead in background threads while the
    caller scans and writes the chunk before (reads and writes let go of the GIL; qemu-img's
    I/O threads overlap them too): ``workers`` threads for an image whose reads may run at
    once (a raw file), one otherwise, so that nothing else touches the image's caches
    meanwhile. A buffer is read into again when the caller asks for the next chunk: the
    caller must be done with it by then.
    """
    def read(pos: int, n: int, buf: tuple[bytearray, int] | None) -> tuple[bytearray, int]:
        if buf is None or len(buf[0]) - buf[1] < n:
            buf = _aligned(n)  # as large as needed: a few small pieces are not worth 1 MiB of memset
        image.readinto(pos, memoryview(buf[0])[buf[1]:buf[1] + n])
        return buf

    from time import perf_counter

    buf, done, spent = None, 0, 0.0
    for i, (pos, n) in enumerate(chunks):
        if done >= PROBE and spent * SLOW_READ > done:  # slower than SLOW_READ so far: read the rest ahead
            yield from _read_ahead(image, chunks[i:], workers, read)
            return
        start = perf_counter()
        buf = read(pos, n, buf)
        spent += perf_counter() - start
        done += n
        yield pos, n, *buf


def _read_ahead(image: Image, chunks: list[tuple[int, int]], workers: int, read):
    """:func:`_filled`'s slow reads, ahead of the caller in background threads."""
    from concurrent.futures import ThreadPoolExecutor

    readers = max(1, workers) if image.concurrent_reads else 1
    pending: deque = deque()
    todo = iter(chunks)
    pool = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="convert-read")
    try:
        for _, (pos, n) in zip(range(readers + READ_AHEAD), todo):  # the count first: zip takes no chunk it drops
            pending.append((pos, n, pool.submit(read, pos, n, None)))
        while pending:
            pos, n, job = pending.popleft()
            buf = job.result()
            yield pos, n, *buf
            for more in todo:  # the caller is done with ``buf``: the next read goes into it
                pending.append((*more, pool.submit(read, *more, buf)))
                break
    finally:
        for *_, job in pending:
            job.cancel()
        pool.shutdown(wait=True)


def _pieces(image: Image, sparse: int, target_cluster: int = 0, chunk: int = CHUNK) -> list[tuple[int, int]]:
    """What to read: qemu-img's requests (see :mod:`.sparse`), or with ``sparse=0`` the whole
    disk in pieces of ``chunk``."""
    if sparse:
        return requests(image, target_cluster)
    return _chunks(image, 1, 0, chunk)


def _data_pieces(buf: bytearray, first: int, pos: int, n: int, sparse: int):
    """The ``(start, stop)`` parts of the request ``buf[first:first + n]`` (guest bytes from
    ``pos``) that qemu-img writes, as offsets from ``first``: all of it with ``sparse=0``."""
    if not sparse:
        yield 0, n
        return
    yield from written(zero_runs(buf, n, pos, SECTOR, SECTOR, first), n, pos, sparse)


def _cluster_pieces(buf: bytearray, first: int, pos: int, n: int, cs: int, sparse: int):
    """:func:`_data_pieces` for compressed clusters: all but the clusters of zeros."""
    at = 0
    if sparse:
        for start, stop in zero_runs(buf, n, pos, cs, sparse, first):
            if start > at:
                yield at, start
            at = stop
    if at < n:
        yield at, n


def _copy_extents(image: Image, fd: int, progress: bool) -> bool:
    """``-S 0`` raw output: each extent the source stores contiguously in a file is copied
    with ``copy_file_range`` (zeros written too: a fully allocated target). False when the
    kernel or the file systems refuse (then nothing useful was lost: the caller writes all)."""
    files: dict[str, int] = {}
    zero = _zeros(COPY_CHUNK)
    done = 0
    try:
        for extent in map_image(image):
            pos, end = extent.start, extent.start + extent.length
            while pos < end:
                n = min(COPY_CHUNK, end - pos)
                if extent.data and not extent.zero and extent.offset is not None and extent.file:
                    if extent.file not in files:
                        files[extent.file] = os.open(extent.file, os.O_RDONLY)
                    src = extent.offset + pos - extent.start
                    got = os.copy_file_range(files[extent.file], fd, n, src, pos)
                    if got <= 0:
                        return False
                    n = got
                elif extent.data and not extent.zero:
                    buf = bytearray(n)
                    image.readinto(pos, memoryview(buf))
                    os.pwrite(fd, buf, pos)
                else:
                    os.pwrite(fd, zero[:n] if n < COPY_CHUNK else zero, pos)
                pos += n
                done += n
                _progress(progress, done, image.size)
    except OSError:
        return False
    finally:
        for src_fd in files.values():
            os.close(src_fd)
    return True


def convert_to_raw(image: Image, target: str | os.PathLike, *, progress: bool = False,
                   sparse: int = DEFAULT_SPARSE, workers: int = 1) -> None:
    """Write every guest byte of ``image`` to ``target``; zero ranges stay holes.

    The zeros the source reports are never read; the data read is scanned for
    zero runs of at least ``sparse`` bytes (512-byte aligned), not written either.
    ``sparse=0`` writes every byte, copying what the source stores contiguously
    with ``copy_file_range``. ``workers`` threads decompress compressed clusters.
    """
    image.use_threads(workers)
    try:
        out = open(target, "wb")
    except OSError as exc:
        raise UsageError(f"cannot create {target}: {exc.strerror}") from exc
    with out:
        fd = out.fileno()
        from .qcow2.prealloc import extend_file

        try:
            extend_file(fd, image.size, "off")  # a hole, but for the first block (qemu-img's raw create)
        except OSError as exc:   # qemu-img: "Could not resize file: File too large"
            raise UsageError(f"{target}: error while converting raw: Could not resize file: {exc.strerror}") from exc
        if sparse or not _copy_extents(image, fd, progress):
            done = 0
            for pos, n, buf, first in _filled(image, _pieces(image, sparse), workers):
                view = memoryview(buf)[first:first + n]
                for start, stop in _data_pieces(buf, first, pos, n, sparse):
                    pwrite_all(fd, [view[start:stop]], pos + start)
                done += n
                _progress(progress, done, image.size)
    _progress(progress, image.size, image.size, last=True)


def convert_to_qcow2(image: Image, target: str | os.PathLike, options=None, *, compress: bool = False,
                     progress: bool = False, sparse: int = DEFAULT_SPARSE, workers: int = 1,
                     secret: bytes | None = None) -> None:
    """Write every guest byte of ``image`` into a new qcow2 image at ``target``.

    Zero runs of at least ``sparse`` bytes (whole clusters) are not written:
    the new image leaves them unallocated. With ``compress`` every other
    cluster is written compressed; ``workers`` threads compress them (zlib and
    zstd let go of the GIL) while clusters are allocated in guest order, so
    the image is the same byte for byte whatever the number of workers. They
    also decompress the source's compressed clusters.
    """
    image.use_threads(workers)
    from .qcow2.create import create_image
    from .qcow2.writer import Qcow2Writer

    if compress and options is not None and options.luks:
        raise UsageError("Compression and encryption not supported at the same time")  # qemu-img's words
    # rounded up to sectors, as qemu-img does; ``secret`` is the passphrase of a LUKS-encrypted target
    create_image(target, -(-image.size // SECTOR) * SECTOR, options, secret=secret)
    # like qemu-img convert's default cache mode for the target: no flushes on the way
    with Qcow2Writer(target, sync=False, verify=False, key_secret=secret) as out:
        cs = out.cluster_size
        chunk = max(cs, CHUNK // cs * cs)
        done = 0
        pool = None
        pending: deque = deque()  # (batch of (guest offset, cluster bytes), future of their compressed bytes)
        batch: list[tuple[int, bytes]] = []
        per_batch = max(1, BATCH // cs)
        if compress and workers > 1:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="compress")

        def submit() -> None:
            if batch:
                pending.append((batch[:], pool.submit(_compress_all, [data for _, data in batch], cs,
                                                      out.compression)))
                batch.clear()

        def write_ready(keep: int) -> None:  # in guest order, whichever worker finished first
            while len(pending) > keep:
                items, packed = pending.popleft()
                for (offset, data), compressed in zip(items, packed.result()):
                    out.write_compressed(offset, data, compressed=compressed)

        if compress:  # whole clusters, each left out only if all zeros (qemu-img's compressed writes)
            chunks = _chunks(image, cs, sparse, chunk)
        else:
            chunks = _pieces(image, sparse, cs, chunk)
        try:
            for pos, n, buf, first in _filled(image, chunks, workers):
                view = memoryview(buf)[first:first + n]
                pieces = _cluster_pieces(buf, first, pos, n, cs, sparse) if compress else \
                    _data_pieces(buf, first, pos, n, sparse)
                for start, stop in pieces:
                    if not compress:
                        out.write(pos + start, view[start:stop])
                        continue
                    for offset in range(start, stop, cs):
                        data = bytes(view[offset:min(stop, offset + cs)])
                        if len(data) < cs:  # the last cluster: to the end of the disk, which is whole sectors
                            data = data.ljust(min(cs, out.size - pos - offset), b"\0")
                        if pool is None:
                            out.write_compressed(pos + offset, data)
                            continue
                        batch.append((pos + offset, data))
                        if len(batch) == per_batch:
                            submit()
                if pool is not None:
                    submit()
                    write_ready(2 * workers + chunk // (per_batch * cs))
                done += n
                _progress(progress, done, image.size)
            write_ready(0)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if compress:  # as qemu-img convert -c ends: the file cut to whole sectors after the last compressed cluster
            end = out.io.size
            if end % SECTOR:
                out.io.truncate(end + SECTOR - end % SECTOR)
    _progress(progress, image.size, image.size, last=True)


def convert_to_parallels(image: Image, target: str | os.PathLike, *, cluster_size: int | None = None,
                         progress: bool = False, sparse: int = DEFAULT_SPARSE, workers: int = 1) -> None:
    """Write every guest byte of ``image`` into a new Parallels image at ``target``.

    Zero runs of at least ``sparse`` bytes (whole clusters) are left unallocated;
    ``workers`` threads read a raw source.
    """
    from .parallels.create import DEFAULT_CLUSTER_SIZE, create_image
    from .parallels.writer import ParallelsWriter

    create_image(target, image.size, cluster_size or DEFAULT_CLUSTER_SIZE)
    with ParallelsWriter(target, sync=False, verify=False) as out:
        cs = out.cluster_size
        chunk = max(cs, CHUNK // cs * cs)
        done = 0
        for pos, n, buf, first in _filled(image, _pieces(image, sparse, chunk=chunk), workers):
            view = memoryview(buf)[first:first + n]
            for start, stop in _data_pieces(buf, first, pos, n, sparse):
                out.write(pos + start, view[start:stop])
            done += n
            _progress(progress, done, image.size)
    _progress(progress, image.size, image.size, last=True)
