meta:
  id: parallels
  title: Parallels expandable disk image (as QEMU reads and writes it)
  application: QEMU, Parallels
  file-extension:
    - hdd
    - hds
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  A Parallels expandable image is a header, a block allocation table (BAT)
  and a data area of fixed-size clusters. Each BAT entry maps one guest
  cluster to a host cluster; zero means "not allocated, reads as zeros".
  Everything is little-endian.

  Two magics exist. "WithoutFreeSpace" images count BAT entries in 512-byte
  sectors and use only the low 32 bits of the sector count;
  "WithouFreSpacExt" images count BAT entries in clusters and use all 64
  bits. An optional Format Extension cluster (pointed to by `ext_off`)
  carries feature sections, of which QEMU knows one: dirty bitmaps.

  Where the texts and QEMU 7.2 differ, this spec follows QEMU 7.2:
  - `in_use` is 0x746F6E59 while a writer has the image open, and QEMU
    writes 0 (not 0x312E3276) when it closes the image; both 0 and
    0x312E3276 mean "closed".
  - The QEMU 2.6 text gave the dirty-bitmap L1 table as "64 * l1_size bytes"
    holding byte offsets; QEMU (and the current text) use 8-byte entries
    holding offsets in 512-byte sectors, with 0 and 1 meaning "all bits
    clear" and "all bits set".
  - QEMU ignores the empty-image flag when reading (guest data is what the
    BAT maps); QEMU's own images never set it.
  - QEMU 7.2 reads the Format Extension only when opening read-only.

  64-bit values are read as two 32-bit halves and combined with
  arithmetic (`hi * 4294967296 + lo`), so JavaScript computes the same values.
doc-ref:
  - https://www.qemu.org/docs/master/interop/parallels.html
  - https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt
seq:
  - id: header
    type: header
    doc: The 64-byte image header.
  - id: bat_entries
    type: u4
    repeat: expr
    repeat-expr: header.num_bat_entries
    doc: |
      The block allocation table: one entry per guest cluster, the host
      offset in `bat_unit` bytes, or 0 for an unallocated cluster.
instances:
  cluster_size:
    value: (header.tracks.as<u8> * 512).as<u8>
    doc: Bytes in a cluster (the header's `tracks` counts sectors).
  bat_unit:
    value: 'header.is_ext ? cluster_size : 512'
    doc: Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace).
  ofs_data:
    value: 'header.data_off != 0 ? (header.data_off.as<u8> * 512).as<u8> : (((64 + 4 * header.num_bat_entries.as<u8> + 511) / 512) * 512).as<u8>'
    doc: |
      Start of the data area: `data_off` sectors, or when that is zero
      (allowed only for WithoutFreeSpace), the end of the BAT rounded up
      to a sector.
  format_extension:
    pos: header.ofs_ext
    size: cluster_size
    type: format_extension
    if: header.ofs_ext != 0
    doc: The Format Extension cluster, when `ext_off` is not zero.
types:
  header:
    doc: The header at the start of the file.
    seq:
      - id: magic_start
        contents: Withou
        doc: The first 6 bytes both magics share (what identifies the format).
        -orig-id: magic
      - id: magic_end
        type: str
        size: 10
        encoding: ASCII
        valid:
          any-of:
            - '"tFreeSpace"'
            - '"FreSpacExt"'
        doc: |
          The rest of the 16-byte magic: "WithoutFreeSpace" (BAT entries in
          sectors) or "WithouFreSpacExt" (BAT entries in clusters).
      - id: version
        type: u4
        valid: 2
        doc: Format version, always 2.
      - id: heads
        type: u4
        doc: Guest disk geometry (heads); QEMU writes 16.
      - id: cylinders
        type: u4
        doc: Guest disk geometry (cylinders); QEMU writes sectors / (16 * 32).
      - id: tracks
        type: u4
        doc: Cluster size in 512-byte sectors (QEMU refuses zero).
      - id: num_bat_entries
        type: u4
        doc: Number of BAT entries, the disk size in clusters.
        -orig-id: nb_bat_entries
      - id: num_sectors_lo
        type: u4
        doc: Low half of the disk size in sectors.
      - id: num_sectors_hi
        type: u4
        doc: High half of the disk size in sectors (must be 0, and is ignored, for WithoutFreeSpace).
      - id: in_use
        type: u4
        enum: in_use
        doc: Whether a writer has the image open.
        -orig-id: inuse
      - id: data_off
        type: u4
        doc: Start of the data area in sectors; 0 means "after the BAT" (WithoutFreeSpace only).
      - id: flags
        type: u4
        doc: Bit 0 is the empty-image flag; the other bits are unused.
      - id: ext_off_lo
        type: u4
        doc: Low half of the Format Extension offset in sectors (0 = none).
      - id: ext_off_hi
        type: u4
        doc: High half of the Format Extension offset in sectors.
    instances:
      is_ext:
        value: magic_end == "FreSpacExt"
        doc: The newer magic, with BAT entries in clusters and a 64-bit sector count.
      num_sectors:
        value: 'is_ext ? (num_sectors_hi.as<s8> * 4294967296 + num_sectors_lo.as<s8>).as<u8> : num_sectors_lo.as<u8>'
        doc: The disk size in sectors (only the low half counts for WithoutFreeSpace).
        -orig-id: nb_sectors
      is_empty:
        value: flags % 2 == 1
        doc: The empty-image flag.
      ofs_ext:
        value: ((ext_off_hi.as<s8> * 4294967296 + ext_off_lo.as<s8>) * 512).as<u8>
        doc: Byte offset of the Format Extension cluster, or 0.
    enums:
      in_use:
        0:
          id: old_closed
          doc: Closed, or last written by software without Format Extension support (QEMU writes this on close).
        0x746f6e59:
          id: open
          doc: Opened for writing ("Ynot"); the image was not closed cleanly if seen while no writer runs.
        0x312e3276:
          id: closed
          doc: Closed ("v2.1").
  format_extension:
    doc: The Format Extension cluster.
    seq:
      - id: magic
        contents: [0x87, 0xea, 0xdc, 0x23, 0xef, 0x4c, 0x23, 0xab]
        doc: 0xAB234CEF23DCEA87, little-endian.
      - id: checksum
        size: 16
        doc: MD5 of the whole cluster after its first 24 bytes.
        -orig-id: m_CheckSum
      - id: features
        type: feature
        repeat: until
        repeat-until: _.is_end
        doc: Feature sections; the last is the all-zero "end of features".
  feature:
    doc: One feature section, padded to 8 bytes.
    seq:
      - id: magic_lo
        type: u4
        doc: Low half of the feature's magic.
      - id: magic_hi
        type: u4
        doc: High half of the feature's magic.
      - id: flags_lo
        type: u4
        doc: Low half of the flags; bit 0 NECESSARY, bit 1 TRANSIT.
      - id: flags_hi
        type: u4
        doc: High half of the flags (unused).
      - id: len_data
        type: u4
        doc: Bytes of feature data.
        -orig-id: data_size
      - id: reserved
        type: u4
        doc: Unused, keeps the header 8-byte aligned.
        -orig-id: unused32
      - id: data
        size: len_data
        type:
          switch-on: is_dirty_bitmap
          cases:
            true: dirty_bitmap
        doc: The feature data.
      - id: padding
        size: (8 - len_data % 8) % 8
        doc: Padding to the next 8-byte boundary.
    instances:
      is_end:
        value: magic_lo == 0 and magic_hi == 0
        doc: The "end of features" section.
      is_dirty_bitmap:
        value: magic_hi == 0x20385fae and magic_lo == 0x252cb34a
        doc: The dirty bitmap feature (magic 0x20385FAE252CB34A).
      is_necessary:
        value: flags_lo % 2 == 1
        doc: Software that cannot load this feature must not change the file.
      is_transit:
        value: (flags_lo / 2) % 2 == 1
        doc: Software that does not know this feature keeps it as it is.
  dirty_bitmap:
    doc: A dirty bitmap stored in the image.
    seq:
      - id: num_sectors_lo
        type: u4
        doc: Low half of the bitmap size in sectors (the disk size).
      - id: num_sectors_hi
        type: u4
        doc: High half of the bitmap size in sectors.
      - id: id
        size: 16
        doc: Identifier for backup consistency checks (QEMU names the bitmap after it).
      - id: granularity
        type: u4
        doc: Sectors per bit, a power of two.
      - id: num_l1_entries
        type: u4
        doc: Number of L1 table entries.
        -orig-id: l1_size
      - id: l1_entries
        type: l1_entry
        repeat: expr
        repeat-expr: num_l1_entries
        doc: One entry per cluster of bitmap data.
        -orig-id: l1_table
    instances:
      num_sectors:
        value: (num_sectors_hi.as<s8> * 4294967296 + num_sectors_lo.as<s8>).as<u8>
        doc: Bitmap size in sectors.
  l1_entry:
    doc: An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form).
    seq:
      - id: lo
        type: u4
        doc: Low half of the entry.
      - id: hi
        type: u4
        doc: High half of the entry.
    instances:
      value:
        value: (hi.as<s8> * 4294967296 + lo.as<s8>).as<u8>
        doc: The entry.
      is_all_zeros:
        value: value == 0
        doc: Every bit of this bitmap cluster is clear.
      is_all_ones:
        value: value == 1
        doc: Every bit of this bitmap cluster is set.
      ofs_cluster:
        value: 'value > 1 ? (value * 512).as<u8> : 0.as<u8>'
        doc: Byte offset of the bitmap data cluster, when stored.
