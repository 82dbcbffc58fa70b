"""The bitmap directory as QEMU judges it when it opens a qcow2 image.

QEMU's qcow2 driver loads the bitmap directory on open and refuses the image
when an entry breaks a constraint (its words: "Bitmap 'NAME' doesn't satisfy
the constraints"): no table, a table not cluster-aligned or too large, a
granularity outside 2^9..2^31, a flag it does not know (the extra-data flag
included), a name too long, a type other than a dirty-tracking bitmap, or a
table too small for the disk (not judged on a bitmap marked in use). It then
reads the table of every bitmap that is loaded automatically (the ``auto``
flag, not in use) and refuses reserved bits in its entries, an entry with an
offset that is not cluster-aligned, or an offset with the all-ones flag.
"""

from __future__ import annotations

from ...errors import FormatError
from ...specs import read_instance
from .layout import BME_ALL_ONES, BME_OFFSET_MASK, BME_RESERVED, decode_u64_table
from .limits import MAX_BITMAP_NAME, MAX_BITMAP_PHYS_BYTES, MAX_BITMAP_TABLE_ENTRIES

__all__ = ["refuse_broken_bitmaps"]

DIRTY_TRACKING = 1            # the only bitmap type
GRANULARITY_BITS = (9, 31)    # BME_MIN/MAX_GRANULARITY_BITS


def _breaks_constraints(image, e) -> bool:
    cs = image.cluster_size
    flags = e.flags
    if (e.num_bitmap_table_entries == 0 or e.bitmap_table_offset == 0 or e.bitmap_table_offset % cs
            or e.num_bitmap_table_entries > MAX_BITMAP_TABLE_ENTRIES
            or not GRANULARITY_BITS[0] <= e.granularity_bits <= GRANULARITY_BITS[1]
            or flags.reserved or flags.extra_data_compatible or e.len_name > MAX_BITMAP_NAME
            or e.type != DIRTY_TRACKING):
        return True
    covered = e.num_bitmap_table_entries * cs
    return covered > MAX_BITMAP_PHYS_BYTES or (not flags.in_use and image.size > (covered * 8) << e.granularity_bits)


def _bad_table_entry(entry: int, cs: int) -> bool:
    offset = entry & BME_OFFSET_MASK
    return bool(entry & BME_RESERVED) or (offset != 0 and bool(entry & BME_ALL_ONES or offset % cs))


def refuse_broken_bitmaps(image) -> None:
    """Raise :class:`FormatError` with QEMU's words where QEMU's open refuses the bitmaps
    (after :func:`.bitmap.list_bitmaps` accepted the directory's size and count)."""
    ext = image.extensions.bitmaps
    if ext is None or image.version < 3 or not image.header.autoclear_features.bitmaps:
        return
    entries = read_instance(ext, "bitmap_directory").entries
    for e in entries:
        name = e.name.decode("utf-8", "surrogateescape")
        if _breaks_constraints(image, e):
            raise FormatError(f"Bitmap '{name}' doesn't satisfy the constraints",
                              structure="qcow2::bitmap_directory_entry", offset=None)
    for e in entries:
        if not e.flags.enabled or e.flags.in_use:
            continue
        raw = image.read_host(8 * e.num_bitmap_table_entries, e.bitmap_table_offset)
        raw += bytes(8 * e.num_bitmap_table_entries - len(raw))   # past the end of the file reads as zeros
        if any(_bad_table_entry(entry, image.cluster_size) for entry in decode_u64_table(raw)):
            name = e.name.decode("utf-8", "surrogateescape")
            raise FormatError(f"Could not read bitmap_table table from image for bitmap '{name}': Invalid argument",
                              structure="qcow2::bitmap_table_entry", offset=None)
