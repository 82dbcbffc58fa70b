"""Version 3 to version 2 (``amend -o compat=0.10``), as qemu-img 7.2 does it.

A version 2 image has no feature bits, no refcount width other than 16
bits, no external data file and no zero flag in L2 entries. The downgrade:

1. is refused, before anything is written, for what qemu-img refuses (with
   its words): refcounts that are not 16 bits wide, an external data file,
   a snapshot whose disk size differs from the image's or whose VM state
   does not fit 32 bits, incompatible features other than the compression
   type, zstd compression with compressed clusters in the active disk; and
   for what qemuspec refuses where qemu-img leaves a damaged image:
   persistent bitmaps (qemu-img keeps their extension but not the autoclear
   bit, so QEMU then finds them inconsistent and their clusters leaked),
   zstd-compressed clusters in a snapshot;
2. expands the zero clusters of the active L1 table, then of every
   snapshot's, as QEMU does: without a backing file a zero cluster with no
   host cluster becomes unallocated (which reads as zeros in version 2);
   with one it gets a new cluster of zeros (counted as often as its L2 table
   is); a zero cluster that has a host cluster gets zeros written there.
   L2 tables are changed in place, shared ones too, as QEMU changes them.
   One difference: where the host cluster of a zero cluster is shared with
   another table (a snapshot's data: ``write -z`` over a cluster shared with
   a snapshot makes such an entry), qemu-img 7.2 writes zeros over it and so
   changes the snapshot's data; qemuspec lets go of that cluster and treats
   the entry as a zero cluster without one;
3. writes the header cluster anew as QEMU writes a version 2 one: the
   72-byte header, then the encryption, backing format and unknown
   extensions (no feature name table), then the backing file name.

New clusters are allocated as QEMU allocates them; when they fill the
refcount table, it grows as QEMU grows it and moves at once (see
:func:`.refcount_width.allocate_now`), so even then the bytes are qemu-img's.

Crash safety: the dirty bit is gone before (the writer repairs a dirty
image when it opens it); zeros reach the new clusters and their refcounts
reach the disk before an L2 table points at them, and the L2 tables are on
disk before the header says version 2. A crash leaves at worst a version 3
image with leaked clusters.
"""

from __future__ import annotations

from ...errors import UsageError
from ...formats.qcow2 import Qcow2
from ...specs import read_instance, serialize
from .layout import L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_ZERO, encode_u64_table

__all__ = ["refuse_downgrade", "downgrade"]

Ext = Qcow2.HeaderExtensionType
_NOT_WRITTEN = " (nothing was written)"


def _l1_tables(image) -> list:
    """The active L1 table, then each snapshot's, as QEMU visits them."""
    from .snapshot import list_snapshots

    tables = [image.l1_table]
    for sn in list_snapshots(image):
        size = sn.disk_size if sn.disk_size is not None else image.size
        tables.append(image.read_snapshot_l1(sn.l1_table_offset, sn.num_l1_entries, size))
    return tables


def _l2_offsets(l1) -> list[int]:
    return [entry & L1E_OFFSET_MASK for entry in l1 if entry & L1E_OFFSET_MASK]


def _has_compressed(image, l1) -> bool:
    return any(entry & L2E_COMPRESSED for offset in _l2_offsets(l1) for entry in image.read_l2_at(offset))


def refuse_downgrade(image, refcount_bits: int) -> None:
    """Raise UsageError when the image cannot become version 2 (``refcount_bits``: its width by then)."""
    from .snapshot import list_snapshots

    if refcount_bits != 16:
        raise UsageError("compat=0.10 requires refcount_bits=16")
    if image.has_data_file:
        raise UsageError("Cannot downgrade an image with a data file")
    for sn in list_snapshots(image):
        if sn.vm_state_size > 0xFFFFFFFF or (sn.disk_size is not None and sn.disk_size != image.size):
            raise UsageError("Internal snapshots prevent downgrade of image")
    inc = image.header.incompatible_features
    bits = (inc.reserved_hi << 32 | inc.reserved_lo << 5 | inc.extended_l2 << 4 | inc.external_data_file << 2
            | inc.corrupt << 1)
    if bits:
        raise UsageError(f"Cannot downgrade an image with incompatible features {bits:#x} set")
    tables = _l1_tables(image)
    if inc.compression_type:
        if _has_compressed(image, tables[0]):
            raise UsageError("Cannot downgrade an image with zstd compression type and existing compressed "
                             "clusters")
        if any(_has_compressed(image, l1) for l1 in tables[1:]):
            raise UsageError("Cannot downgrade an image with zstd compression type and compressed clusters in "
                             "a snapshot (qemu-img checks only the active disk and would leave zstd data in a "
                             "version 2 image)" + _NOT_WRITTEN)
    if image.extensions.bitmaps is not None:
        raise UsageError("downgrading an image with persistent bitmaps is not supported by qemuspec: qemu-img 7.2 "
                         "keeps the bitmaps in the version 2 image, where QEMU then finds them inconsistent and "
                         "their clusters leaked; remove them first (qemuspec bitmap --remove)" + _NOT_WRITTEN)


def downgrade(writer) -> None:
    """Make the (checked, clean) version 3 image behind ``writer`` a version 2 image."""
    if writer.version < 3:
        return
    refuse_downgrade(writer, 1 << writer.refcount_order)  # again, now that the image is locked for writing
    _version2_header_cluster(writer)  # refuses now if it cannot be written (it always fits: smaller than v3's)
    tables = _expand_zero_clusters(writer)
    refcounts = writer.refcounts
    moved = refcounts.write_increments()  # the new clusters' refcounts, before any table uses them
    if moved is not None:
        writer.header.refcount_table_offset, writer.header.refcount_table_clusters = moved
        writer.write_header()
    first = _version2_header_cluster(writer)  # with the refcount table where it is now
    for offset, table in tables.items():
        writer.io.pwrite(encode_u64_table(table), offset)
    writer.io.flush()
    writer.io.pwrite(first, 0)
    writer.io.flush()
    refcounts.write_decrements()
    writer.lazy = False


def _expand_zero_clusters(writer) -> dict:
    """The changed L2 tables (offset: entries), with the new clusters allocated and zeroed on disk."""
    from .refcount_width import allocate_now, grow_as_qemu

    refcounts = writer.refcounts
    refcounts.on_table_full = grow_as_qemu(refcounts)  # a full refcount table grows, and moves at once, as in QEMU
    cs, bits = writer.cluster_size, writer.cluster_bits
    backed = writer.backing_file is not None
    changed: dict = {}
    zeroed: list[int] = []
    seen: set[int] = set()
    for l1 in _l1_tables(writer):
        for l2_offset in _l2_offsets(l1):
            if l2_offset in seen:
                continue  # QEMU visits it again, but finds no zero cluster left
            seen.add(l2_offset)
            table = writer.read_l2_at(l2_offset)
            shared = refcounts.get(l2_offset >> bits)
            dirty = False
            for j, entry in enumerate(table):
                if entry & L2E_COMPRESSED or not entry & L2E_ZERO:
                    continue
                host = entry & L2E_OFFSET_MASK
                if host and refcounts.get(host >> bits) > shared:
                    # the host cluster is another table's data too (a snapshot's): QEMU writes zeros over it,
                    # which changes that snapshot; this entry lets go of it instead, once the table is on disk
                    for _ in range(shared):
                        refcounts.defer_decrement(host >> bits)
                    host = 0
                if not host:
                    if not backed:
                        table[j] = 0  # unallocated reads as zeros without a backing file
                        dirty = True
                        continue
                    host = allocate_now(writer, 1)
                    if shared > 1:
                        refcounts.increment(host >> bits, shared - 1)
                zeroed.append(host)
                table[j] = host | L2E_COPIED if shared == 1 else host
                dirty = True
            if dirty:
                changed[l2_offset] = table
    zeros = bytes(cs)
    for host in zeroed:
        writer.io.pwrite(zeros, host)
    if zeroed:
        writer.io.flush()
    return changed


def _version2_header_cluster(writer) -> bytes:
    """The first cluster as QEMU's qcow2_update_header writes it for version 2."""
    from .create import CreateOptions, _header

    old = writer.header
    area = read_instance(writer.spec, "header_extensions").extensions
    by_kind: dict = {}
    for ext in area:
        by_kind.setdefault(ext.type, []).append(ext)
    blobs = []
    for kind in (Ext.full_disk_encryption, Ext.backing_file_format):
        blobs += [serialize(ext, 8 + ext.len_data + len(ext.padding)) for ext in by_kind.get(kind, [])]
    known = (Ext.full_disk_encryption, Ext.backing_file_format, Ext.feature_name_table, Ext.bitmaps,
             Ext.external_data_file, Ext.end)
    blobs += [serialize(ext, 8 + ext.len_data + len(ext.padding)) for ext in area if ext.type not in known]
    backing = writer.backing_file.encode() if writer.backing_file else b""
    blobs.append(bytes(8) if blobs or backing else b"")  # the end of the extensions
    extensions = b"".join(blobs)
    header = _header(CreateOptions(compat="0.10", cluster_size=writer.cluster_size,
                                   backing_file=writer.backing_file), writer.cluster_bits,
                     72 + len(extensions) if backing else 0)
    for name in ("size", "crypt_method", "num_l1_entries", "l1_table_offset", "refcount_table_offset",
                 "refcount_table_clusters", "num_snapshots", "snapshots_offset", "len_backing_file_name"):
        setattr(header, name, getattr(old, name))
    first = serialize(header, 72) + extensions + backing
    if len(first) > writer.cluster_size:
        raise UsageError("the version 2 header and its extensions do not fit in the first cluster" + _NOT_WRITTEN)
    return first.ljust(writer.cluster_size, b"\0")
