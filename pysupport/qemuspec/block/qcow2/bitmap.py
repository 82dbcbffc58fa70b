"""Persistent dirty bitmaps of a qcow2 image: list them, read their bits, report dirty ranges.

Bit ``n`` of a bitmap covers guest bytes ``[n * granularity, (n + 1) *
granularity)``; bits are packed from the least significant bit of each byte.
A bitmaps extension whose autoclear bit is clear is inconsistent and, as in
QEMU, ignored.
"""

from __future__ import annotations

from collections import namedtuple

from ...ctext import from_c, to_bytes
from ...errors import FormatError, UsageError
from ...specs import read_instance
from .image import Qcow2Image
from .layout import BME_ALL_ONES, BME_OFFSET_MASK, decode_u64_table
from .limits import MAX_BITMAP_DIRECTORY_BYTES, MAX_BITMAPS

__all__ = ["BitmapInfo", "list_bitmaps", "find_bitmap", "bitmap_bytes", "dirty_ranges"]

class BitmapInfo(namedtuple("BitmapInfo", "name granularity in_use auto extra_data_compatible type table_offset "
                                          "table_entries")):
    """One bitmap of the directory (a named tuple, not a dataclass: importing dataclasses costs
    ``qemuspec check`` 14 ms): ``name`` str, ``granularity`` bytes, ``in_use``, ``auto``,
    ``extra_data_compatible`` bools, ``type`` int, ``table_offset``, ``table_entries``."""

    __slots__ = ()

    @property
    def flags(self) -> list[str]:
        """Flag names as ``qemu-img info`` lists them."""
        return [n for n, on in (("in-use", self.in_use), ("auto", self.auto)) if on]

    def to_json(self) -> dict:
        return {"flags": self.flags, "name": self.name, "granularity": self.granularity}


def list_bitmaps(image: Qcow2Image) -> list[BitmapInfo]:
    ext = image.extensions.bitmaps
    if ext is None or image.version < 3 or not image.header.autoclear_features.bitmaps:
        return []
    if not 0 < ext.num_bitmaps <= MAX_BITMAPS or ext.len_bitmap_directory > MAX_BITMAP_DIRECTORY_BYTES \
            or ext.bitmap_directory_offset + ext.len_bitmap_directory > image.file_size:
        raise FormatError(f"bitmaps extension: {ext.num_bitmaps} bitmaps, directory of "
                          f"{ext.len_bitmap_directory} bytes at {ext.bitmap_directory_offset:#x}",
                          structure="qcow2::bitmaps_extension", field="len_bitmap_directory",
                          expected=f"1..{MAX_BITMAPS} bitmaps, directory inside the file")
    entries = read_instance(ext, "bitmap_directory").entries
    if len(entries) != ext.num_bitmaps:
        raise FormatError(f"bitmap directory holds {len(entries)} entries", structure="qcow2::bitmap_directory",
                          field="entries", offset=ext.bitmap_directory_offset,
                          expected=f"{ext.num_bitmaps} as the extension says")
    return [BitmapInfo(from_c(e.name), 1 << e.granularity_bits, e.flags.in_use, e.flags.enabled,
                       e.flags.extra_data_compatible, int(e.type), e.bitmap_table_offset,
                       e.num_bitmap_table_entries) for e in entries]


def find_bitmap(image: Qcow2Image, name: str) -> BitmapInfo:
    for bitmap in list_bitmaps(image):
        if bitmap.name == name:
            return bitmap
    raise UsageError(f"no bitmap {name!r} in {image.path}")


def bitmap_bytes(image: Qcow2Image, bitmap: BitmapInfo) -> bytes:
    """The bitmap's data: one bit per ``granularity`` bytes of the disk."""
    if not 0 <= bitmap.granularity.bit_length() - 1 <= 63:
        raise FormatError("granularity out of range", structure="qcow2::bitmap_directory_entry",
                          field="granularity_bits")
    nbits = -(-image.size // bitmap.granularity)
    nbytes = -(-nbits // 8)
    cs = image.cluster_size
    needed = -(-nbytes // cs)
    if bitmap.table_entries != needed:
        raise FormatError(f"bitmap {bitmap.name!r} has {bitmap.table_entries} table entries",
                          structure="qcow2::bitmap_directory_entry", field="num_bitmap_table_entries",
                          expected=f"{needed} for a {image.size}-byte disk")
    raw = image.read_host(needed * 8, bitmap.table_offset)
    if len(raw) < needed * 8:
        raise FormatError("bitmap table runs past the end of the file",
                          structure="qcow2::bitmap_directory_entry", field="bitmap_table_offset",
                          offset=bitmap.table_offset)
    out = bytearray()
    for entry in decode_u64_table(raw):
        offset = entry & BME_OFFSET_MASK
        if offset:
            chunk = image.read_host(cs, offset)
            out += chunk + bytes(cs - len(chunk))
        else:
            out += (b"\xff" if entry & BME_ALL_ONES else b"\0") * cs
    return bytes(out[:nbytes])


def dirty_ranges(image: Qcow2Image, bitmap: BitmapInfo) -> list[tuple[int, int]]:
    """Guest ranges ``(start, length)`` whose bits are set, merged and clipped to the disk."""
    data = bitmap_bytes(image, bitmap)
    g = bitmap.granularity
    ranges: list[tuple[int, int]] = []
    run_start = None
    i = 0
    n = len(data)
    while i < n:
        byte = data[i]
        if byte in (0, 0xFF) and (run_start is None) == (byte == 0):
            # a whole byte that continues the current state: skip the run of them
            j = i + 1
            while j < n and data[j] == byte:
                j += 1
            i = j
            continue
        for bit in range(8):
            set_ = byte >> bit & 1
            pos = (i * 8 + bit) * g
            if set_ and run_start is None:
                run_start = pos
            elif not set_ and run_start is not None:
                ranges.append((run_start, pos - run_start))
                run_start = None
        i += 1
    if run_start is not None:
        ranges.append((run_start, n * 8 * g - run_start))
    return [(s, min(s + length, image.size) - s) for s, length in ranges if s < image.size]


# -- changing bitmaps (through a Qcow2Writer) -----------------------------------------


class _Bitmap:
    """A bitmap loaded for writing: its directory fields and its bits in memory."""

    def __init__(self, name: str, granularity: int, auto: bool, bits: bytearray, extra: bytes = b"",
                 extra_compatible: bool = False, old_table: tuple[int, int] | None = None,
                 inconsistent: bool = False) -> None:
        self.name, self.granularity, self.auto = name, granularity, auto
        self.bits, self.extra, self.extra_compatible = bits, extra, extra_compatible
        self.old_table = old_table  # (offset, entries) of what is on disk now
        self.inconsistent = inconsistent  # found in use: carried over as it is, never read nor written

    def mark(self, offset: int, length: int) -> None:
        if not self.auto or length <= 0 or self.inconsistent:
            return
        first, last = offset // self.granularity, (offset + length - 1) // self.granularity
        for bit in range(first, last + 1):
            self.bits[bit >> 3] |= 1 << (bit & 7)


def _nbytes(size: int, granularity: int) -> int:
    return -(-(-(-size // granularity)) // 8)


class BitmapStore:
    """Every bitmap of an image open for writing, changed on disk in QEMU's order.

    Opening loads the bitmaps and marks them ``in_use`` in the directory where
    it is (rewritten in place, as QEMU does); writes mark the enabled
    (``auto``) ones; an added bitmap lives in memory until :meth:`store`
    (called when the writer closes) writes every bitmap's data, tables and a
    new directory with ``in_use`` cleared; a removed one goes from a new
    directory at once, and its clusters with it (its data deallocated in the
    file, as QEMU always discards bitmap data). After a crash the flag stays
    set and QEMU treats the bitmaps as inconsistent, as the spec says; so do
    we: one found in use is kept as its directory entry says (never read,
    marked or stored; only removable), and when every bitmap is such a one,
    opening and closing write nothing of them, as in QEMU.
    """

    def __init__(self, writer) -> None:
        self.writer = writer
        self.bitmaps: dict[str, _Bitmap] = {}
        for info in list_bitmaps(writer):
            self.bitmaps[info.name] = _Bitmap(info.name, info.granularity, info.auto,
                                              bytearray() if info.in_use else bytearray(bitmap_bytes(writer, info)),
                                              extra_compatible=info.extra_data_compatible,
                                              old_table=(info.table_offset, info.table_entries),
                                              inconsistent=info.in_use)
        writer.write_hooks.append(self._mark)
        if any(not b.inconsistent for b in self.bitmaps.values()):
            self._mark_in_use()

    def _mark(self, offset: int, length: int) -> None:
        for bitmap in self.bitmaps.values():
            bitmap.mark(offset, length)

    def add(self, name: str, granularity: int | None = None, *, disabled: bool = False) -> None:
        granularity = granularity or max(self.writer.cluster_size, 4096)
        if granularity & (granularity - 1) or not 512 <= granularity <= 1 << 31:  # checked first, as in QEMU
            raise UsageError("Granularity must be power of 2 and at least 512")
        if name in self.bitmaps:
            raise UsageError(f"Bitmap already exists: {name}")
        if not name or len(to_bytes(name)) > 1023:
            raise UsageError("a bitmap name is 1..1023 bytes")
        if len(self.bitmaps) >= MAX_BITMAPS:
            raise UsageError(f"an image holds at most {MAX_BITMAPS} bitmaps")
        self.bitmaps[name] = _Bitmap(name, granularity, not disabled,
                                     bytearray(_nbytes(self.writer.size, granularity)))

    def refuse_resize(self) -> None:
        """QEMU's refusal to resize an image holding a bitmap found in use (its size is unknown)."""
        for bitmap in self.bitmaps.values():
            if bitmap.inconsistent:
                raise UsageError(f"Bitmap '{bitmap.name}' is inconsistent and cannot be used\n"
                                 "Try block-dirty-bitmap-remove to delete this bitmap from disk")

    def resize(self, size: int) -> None:
        """Every bitmap made to cover a disk of ``size`` bytes: new bits clear, bits past the end dropped."""
        for bitmap in self.bitmaps.values():
            length = _nbytes(size, bitmap.granularity)
            del bitmap.bits[length:]
            bitmap.bits.extend(bytes(length - len(bitmap.bits)))
            spare = -(-size // bitmap.granularity) % 8
            if spare and bitmap.bits:
                bitmap.bits[-1] &= (1 << spare) - 1

    def get(self, name: str, *, inconsistent_too: bool = False) -> _Bitmap:
        """The bitmap ``name``; one found in use only with ``inconsistent_too`` (to remove it)."""
        bitmap = self.bitmaps.get(name)
        if bitmap is None:
            raise UsageError(f"Dirty bitmap '{name}' not found")
        if bitmap.inconsistent and not inconsistent_too:
            raise UsageError(f"Bitmap '{name}' is inconsistent and cannot be used\n"
                             "Try block-dirty-bitmap-remove to delete this bitmap from disk")
        return bitmap

    def remove(self, name: str) -> None:
        bitmap = self.get(name, inconsistent_too=True)
        del self.bitmaps[name]
        if bitmap.old_table is None:
            return  # added in this session: never on disk
        self._write_directory(in_use=True)
        self._free_table(bitmap.old_table)
        self.writer.refcounts.write_decrements()

    def clear(self, name: str) -> None:
        bitmap = self.get(name)
        bitmap.bits[:] = bytes(len(bitmap.bits))

    def set_enabled(self, name: str, enabled: bool) -> None:
        self.get(name).auto = enabled

    def merge(self, source: str, target: str) -> None:
        # QEMU's order: both looked up, then the source checked, then the target
        self.get(target, inconsistent_too=True)
        src = self.get(source)
        dst = self.get(target)
        if src.granularity == dst.granularity:
            dst.bits[:] = (int.from_bytes(src.bits, "little") | int.from_bytes(dst.bits, "little")).to_bytes(len(dst.bits), "little")
            return
        for bit in range(len(src.bits) * 8):
            if src.bits[bit >> 3] >> (bit & 7) & 1:
                dst.auto, auto = True, dst.auto
                dst.mark(bit * src.granularity, src.granularity)
                dst.auto = auto

    # -- on disk ---------------------------------------------------------------------

    def _free_table(self, table: tuple[int, int] | None) -> None:
        if table is None:
            return
        w = self.writer
        offset, entries = table
        for entry in decode_u64_table(w.read_host(entries * 8, offset)):
            if entry & BME_OFFSET_MASK:  # bitmap data: QEMU discards it always
                w.refcounts.defer_decrement((entry & BME_OFFSET_MASK) >> w.cluster_bits, discard=True)
        first = offset >> w.cluster_bits
        for cluster in range(first, first + -(-entries * 8 // w.cluster_size)):
            w.refcounts.defer_decrement(cluster)

    def store(self) -> None:
        """Write every bitmap's data and a directory with ``in_use`` cleared; the inconsistent ones
        keep their entries (flags, table) as they are. Nothing is written when every bitmap is
        inconsistent (or none is left), as in QEMU."""
        from .layout import encode_u64_table

        w = self.writer
        stored = [b for b in self.bitmaps.values() if not b.inconsistent]
        if not stored:
            return
        cs = w.cluster_size
        old_tables = [b.old_table for b in stored]
        for bitmap in stored:
            entries = []
            for start in range(0, len(bitmap.bits), cs):
                chunk = bytes(bitmap.bits[start:start + cs])
                if not any(chunk):
                    entries.append(0)
                    continue
                host = w.refcounts.allocate(1)
                w.io.pwrite(chunk.ljust(cs, b"\0"), host)
                entries.append(host)
            table = encode_u64_table(entries)
            offset = w.refcounts.allocate(max(1, -(-len(table) // cs)))
            w.io.pwrite(table, offset)
            bitmap.old_table = (offset, len(entries))
        self._write_directory(in_use=False)
        for table in old_tables:
            self._free_table(table)
        w.refcounts.write_decrements()

    def _write_directory(self, *, in_use: bool) -> None:
        """A new directory (and extension, and autoclear bit), switched in the header cluster."""
        w = self.writer
        directory = self._directory(in_use)
        old = w.extensions.bitmaps
        old_directory = (old.bitmap_directory_offset, old.len_bitmap_directory) if old is not None else None
        offset = w.refcounts.allocate(-(-len(directory) // w.cluster_size)) if directory else 0
        w.flush()
        if directory:
            w.io.pwrite(directory, offset)
            w.io.flush()
        self._set_extension(offset, len(directory))
        w.header.autoclear_features.bitmaps = bool(self.bitmaps)
        w.write_header_area()
        w.io.flush()
        if old_directory is not None and old_directory[1]:
            first = old_directory[0] >> w.cluster_bits
            for cluster in range(first, first + -(-old_directory[1] // w.cluster_size)):
                w.refcounts.defer_decrement(cluster)
        w.refcounts.write_decrements()

    def _mark_in_use(self) -> None:
        """The loaded bitmaps marked in use in the directory where it is, as QEMU does on opening:
        the autoclear bit off while the directory is rewritten (a torn write loses the bitmaps,
        never their meaning), then on again."""
        w = self.writer
        directory = self._directory(True)
        offset, length = w.extensions.bitmaps.bitmap_directory_offset, w.extensions.bitmaps.len_bitmap_directory
        if len(directory) != length:
            self._write_directory(in_use=True)
            return
        self._set_extension(offset, length)
        w.header.autoclear_features.bitmaps = False
        w.write_header_area()
        w.io.flush()
        w.io.pwrite(directory, offset)
        w.io.flush()
        w.header.autoclear_features.bitmaps = True
        w.write_header_area()
        w.io.flush()

    def _set_extension(self, offset: int, length: int) -> None:
        """The header's bitmaps extension for a directory of ``length`` bytes at ``offset`` (none
        without bitmaps); written with the header cluster."""
        from ...formats.qcow2 import Qcow2

        if not self.bitmaps:
            self.writer.extensions.bitmaps = None
            return
        ext = Qcow2.BitmapsExtension()
        ext.bitmap_directory__enabled = False
        ext.num_bitmaps, ext.reserved = len(self.bitmaps), 0
        ext.len_bitmap_directory, ext.bitmap_directory_offset = length, offset
        self.writer.extensions.bitmaps = ext

    def _directory(self, in_use: bool) -> bytes:
        """The directory's bytes for the bitmaps as they are now."""
        from ...formats.qcow2 import Qcow2
        from ...specs import serialize

        blobs = []
        for b in self.bitmaps.values():
            entry = Qcow2.BitmapDirectoryEntry()
            entry.bitmap_table__enabled = False
            table_offset, table_entries = b.old_table or (0, 0)
            entry.bitmap_table_offset, entry.num_bitmap_table_entries = table_offset, table_entries
            flags = Qcow2.BitmapFlags(None, entry, None)
            flags.reserved = 0
            flags.extra_data_compatible, flags.enabled, flags.in_use = b.extra_compatible, b.auto, in_use or b.inconsistent
            entry.flags = flags
            entry.type = Qcow2.BitmapType.dirty_tracking
            entry.granularity_bits = b.granularity.bit_length() - 1
            entry.name = to_bytes(b.name)
            entry.len_name = len(entry.name)
            entry.extra_data = b.extra
            entry.len_extra_data = len(b.extra)
            entry.padding = bytes(-(24 + entry.len_extra_data + entry.len_name) % 8)
            blobs.append(serialize(entry, 24 + entry.len_extra_data + entry.len_name + len(entry.padding)))
        return b"".join(blobs)
