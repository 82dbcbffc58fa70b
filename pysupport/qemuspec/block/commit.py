"""``qemu-img commit``: write a qcow2 image's data down into a backing file, then empty the image.

Invariant: after a commit, the base (the backing file, or ``-b BASE`` further
down the chain) reads what the top image read before, over every range that
some layer above the base decided: data is copied, zeros are written as
zeros, and a layer shorter than the disk counts as zeros past its end (as in
QEMU's block status). A base shorter than the top grows first. Only when the
base is on disk is the top emptied (unless ``-d``): every cluster let go so
that it reads from its backing file again, as QEMU's qcow2_make_empty does.
Layers between the top and the base are left as they are (qemu-img leaves
them too; the top still names its own backing file), and ``-b`` implies
``-d`` as in qemu-img, so that the top still reads what it read.

Everything that can be refused is refused before the first write: no backing
file, a base not in the chain, a layer in a format we do not read, a damaged
or encrypted base (an encrypted top is written with its key).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from ..errors import UsageError
from .map import map_image

__all__ = ["commit", "find_base"]

CHUNK = 1 << 20


def _resolve(layer, name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else Path(layer.path).parent / path


def find_base(top, base: str | None, name: str) -> int:
    """The depth of the base in ``top``'s chain: its backing file, or the layer ``base`` names.

    As QEMU's bdrv_find_backing_image: ``base`` is taken relative to each
    layer's directory and compared, by real path, with that layer's backing file.
    """
    chain = top.chain()
    if len(chain) < 2:
        raise UsageError("Image does not have a backing file")
    if base is None:
        return 1
    for depth, layer in enumerate(chain[:-1]):
        wanted, actual = _resolve(layer, base), _resolve(layer, layer.backing_file)
        if wanted.exists() and os.path.realpath(wanted) == os.path.realpath(actual):
            return depth + 1
    raise UsageError(f"Did not find '{base}' in the backing chain of '{name}'")


def commit(filename: str, *, base: str | None = None, drop: bool = False, fmt: str | None = None,
           progress=None, key_secret: bytes | None = None) -> None:
    """Commit ``filename`` into its backing file (or ``base``); ``key_secret`` is the passphrase of an
    encrypted ``filename`` (an encrypted base is refused: it would need its own key)."""
    from . import REGISTRY, detect_format, open_image
    from .probe import require_readable
    from .qcow2.writer import Qcow2Writer

    fmt = require_readable(fmt or detect_format(filename), filename)
    if not REGISTRY[fmt].backing_files:  # nothing to commit into
        with open_image(filename, format=fmt, backing=False):
            raise UsageError("Image does not have a backing file")
    with Qcow2Writer(filename, key_secret=key_secret) as top:
        depth = find_base(top, base, filename)
        above = top.chain()[depth - 1]
        old = above.backing
        base_path, base_format = _resolve(above, above.backing_file), old.format
        old.close()
        above.backing = None
        writer = REGISTRY[base_format].writer
        if writer is None:
            raise UsageError(f"qemuspec cannot commit into a {base_format} image ({base_path})")
        target = writer(base_path)
        above.backing = target  # the top's reads go through the base being written
        _copy_down(top, target, depth, progress)
        target.flush()
        if not drop and base is None:  # as in qemu-img, -b implies -d (the top stays valid)
            make_empty(top)


def _copy_down(top, target, depth: int, progress) -> None:
    """Write every range a layer above the base decides into the base."""
    extents = [e for e in map_image(top) if e.depth < depth]
    if target.size < top.size:
        target.resize(top.size)
    done, total = 0, sum(e.length for e in extents)
    for e in extents:
        if e.zero:
            target.write_zeroes(e.start, e.length, unmap=True)
        else:
            for pos in range(e.start, e.start + e.length, CHUNK):
                target.write(pos, top.read(pos, min(CHUNK, e.start + e.length - pos)))
        done += e.length
        if progress is not None:
            progress(done, total)


def make_empty(image) -> None:
    """Let go of every cluster of a qcow2 image (a writer), as QEMU's qcow2_make_empty.

    A version 3 image without snapshots, bitmaps, a data file or an encryption
    header gets a fresh, empty set of tables (header, refcount table, one
    refcount block, the L1 table zeroed, the file cut after it); any other has
    each cluster discarded (a LUKS header would be cut off with the rest).
    """
    cs = image.cluster_size
    l1_clusters = -(-len(image.l1_table) * 8 // cs)
    per_block = cs * 8 >> image.refcount_order
    if (image.version >= 3 and not image.header.num_snapshots and image.extensions.bitmaps is None
            and 3 + l1_clusters <= per_block and not image.has_data_file and image.extensions.encryption is None):
        _reset_tables(image, l1_clusters)
    else:
        image.discard(0, image.size, full=True)


def _reset_tables(image, l1_clusters: int) -> None:
    """QEMU's make_completely_empty: dirty bit first, new tables, clean bit, then the file cut short."""
    from .qcow2.layout import encode_refcounts

    image.flush()
    io, h, cs = image.io, image.header, image.cluster_size
    h.incompatible_features.dirty = True
    image.write_header()
    io.pwrite(bytes(l1_clusters * cs), h.l1_table_offset)
    io.pwrite(bytes((2 + l1_clusters) * cs), cs)
    h.l1_table_offset, h.refcount_table_offset, h.refcount_table_clusters = 3 * cs, cs, 1
    image.write_header()
    io.pwrite(struct.pack(">Q", 2 * cs), cs)
    used = 3 + l1_clusters
    per_block = cs * 8 >> image.refcount_order
    io.pwrite(encode_refcounts([1] * used + [0] * (per_block - used), image.refcount_order), 2 * cs)
    io.flush()
    h.incompatible_features.dirty = False
    image.write_header()
    io.truncate(used * cs)
    image.io = None  # its tables in memory are the old ones: nothing more goes through them
