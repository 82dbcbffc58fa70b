"""QEMU's limits on qcow2 metadata, and the one rule for where a table may lie.

Invariant: an image that QEMU 7.2 refuses to open for one of these reasons
is refused by every qemuspec command, with QEMU's reason. The format allows
larger tables; QEMU caps them so that a hostile header cannot make it
allocate or read gigabytes before it has seen one byte of guest data, and
images that QEMU cannot open are of no use to anyone, so we cap them alike.
"""

from __future__ import annotations

from ...errors import FormatError

__all__ = ["MAX_L1_BYTES", "MAX_REFCOUNT_TABLE_BYTES", "MAX_SNAPSHOTS", "MAX_SNAPSHOT_EXTRA_DATA",
           "MAX_SNAPSHOT_TABLE_BYTES", "MAX_BACKING_NAME", "MAX_BACKING_DEPTH", "INT64_MAX", "MAX_BITMAPS",
           "MAX_BITMAP_DIRECTORY_BYTES", "MAX_BITMAP_NAME", "MAX_BITMAP_TABLE_ENTRIES", "MAX_BITMAP_PHYS_BYTES",
           "validate_table"]

MAX_L1_BYTES = 32 << 20              # QCOW_MAX_L1_SIZE: enough for a 2^56-byte disk with 2 MiB clusters
MAX_REFCOUNT_TABLE_BYTES = 8 << 20   # QCOW_MAX_REFTABLE_SIZE: 1M refcount blocks
MAX_SNAPSHOTS = 65536                # QCOW_MAX_SNAPSHOTS
MAX_SNAPSHOT_EXTRA_DATA = 1024       # QCOW_MAX_SNAPSHOT_EXTRA_DATA: far more than any known field needs
MAX_SNAPSHOT_TABLE_BYTES = 1024 * MAX_SNAPSHOTS  # QCOW_MAX_SNAPSHOTS_SIZE
MAX_BACKING_NAME = 1023              # the backing file name must fit QEMU's 1024-byte buffer with its NUL
MAX_BACKING_DEPTH = 64               # not QEMU's (it has none); stops loops of backing files
INT64_MAX = (1 << 63) - 1            # file offsets are signed 64-bit in QEMU

# Persistent dirty bitmaps (QEMU's block/qcow2-bitmap.c): each bounds what one hostile
# directory entry can make a reader allocate.
MAX_BITMAPS = 65535                  # QCOW2_MAX_BITMAPS
MAX_BITMAP_DIRECTORY_BYTES = 1024 * MAX_BITMAPS  # QCOW2_MAX_BITMAP_DIRECTORY_SIZE
MAX_BITMAP_NAME = 1023               # BME_MAX_NAME_SIZE
MAX_BITMAP_TABLE_ENTRIES = 0x8000000  # BME_MAX_TABLE_SIZE: 128 Mi table entries
MAX_BITMAP_PHYS_BYTES = 512 << 20    # BME_MAX_PHYS_SIZE: the clusters its table can address


def validate_table(offset: int, entries: int, entry_bytes: int, cluster_size: int, what: str, *,
                   structure: str, field: str) -> None:
    """Refuse a table that is not cluster-aligned or would end past 2^63, as QEMU's validate_table_offset
    (the error's offset is the field's, from the field table)."""
    if offset % cluster_size or entries * entry_bytes > INT64_MAX - offset:
        raise FormatError(f"{what} offset invalid ({offset:#x})", structure=structure, field=field,
                          expected="cluster-aligned, with the table below 2^63")
