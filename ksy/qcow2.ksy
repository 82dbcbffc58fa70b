meta:
  id: qcow2
  title: QEMU copy-on-write disk image, version 2 and 3 (qcow2)
  application: QEMU
  file-extension: qcow2
  xref:
    justsolve: Qcow
    mime: application/x-qemu-disk
    wikidata: Q1052562
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  bit-endian: be
doc: |
  qcow2 stores a virtual disk in a host file as fixed-size clusters. A
  two-level table (L1, then one-cluster L2 tables) maps each guest cluster to
  a host cluster, a compressed run of sectors, zeros, or nothing (read from
  the backing file, or zeros). A second two-level table (refcount table,
  then refcount blocks) counts how many times each host cluster is used, so
  that internal snapshots can share clusters and copy them on write.
  Optional parts: a backing file, header extensions, internal snapshots,
  persistent dirty bitmaps, an external data file, encryption.

  Every number is big-endian. Table entries are 64-bit; this spec reads them
  as bit fields of at most 32 bits and combines the halves with arithmetic
  (`hi * 4294967296 + lo`), so that JavaScript computes the same values as
  the other languages for every offset below 2^53 (8 PiB).

  The top level reads the header; everything else is an instance reached
  from it: `header_extensions`, `backing_file_name`, `l1_table` (and the L2
  tables under it), `refcount_table` (and its refcount blocks), `snapshots`,
  and the bitmap directory under the bitmaps extension.
doc-ref:
  - https://www.qemu.org/docs/master/interop/qcow2.html
  - https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt
seq:
  - id: header
    type: header
    doc: The image header in the first cluster.
instances:
  cluster_size:
    value: 1 << header.cluster_bits
    doc: Size of a cluster in bytes.
  len_header:
    value: 'header.version >= 3 ? header.header_length : 72'
    doc: Bytes the header occupies; the header extensions start here.
  is_extended_l2:
    value: header.version >= 3 and header.incompatible_features.extended_l2
    doc: L2 entries are 128-bit, with subcluster bitmaps.
  refcount_order:
    value: 'header.version >= 3 ? header.refcount_order : 4'
    doc: Width of a refcount as a power of two (version 2 images always use 16-bit refcounts).
  num_l2_entries:
    value: 'cluster_size.as<s8> / (is_extended_l2 ? 16 : 8).as<s8>'
    doc: Entries per L2 table.
  header_extensions:
    pos: len_header
    size: cluster_size.as<s8> - len_header.as<s8>  # casts: Go mixes no integer types
    type: header_extension_area
    doc: The header extensions, between the header and the end of the first cluster.
  backing_file_name:
    pos: header.backing_file_offset
    size: header.len_backing_file_name
    if: header.backing_file_offset != 0
    doc: |
      Name of the backing file (not NUL-terminated), usually in the first
      cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
      never checks that they are UTF-8.
  l1_table:
    pos: header.l1_table_offset
    type: l1_entry
    repeat: expr
    repeat-expr: header.num_l1_entries
    doc: The active L1 table.
  refcount_table:
    pos: header.refcount_table_offset
    type: refcount_table_entry
    repeat: expr
    repeat-expr: header.refcount_table_clusters.as<s8> * cluster_size.as<s8> / 8
    doc: The refcount table, first level of the host cluster reference counts.
  snapshots:
    pos: header.snapshots_offset
    type: snapshot
    repeat: expr
    repeat-expr: header.num_snapshots
    if: header.num_snapshots != 0
    doc: The snapshot table.
types:
  header:
    doc: |
      The header: 72 bytes for version 2; for version 3 at least 104 bytes,
      as many as `header_length` says (newer writers may add fields; the
      extensions start after them).
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#header
    seq:
      - id: magic
        contents: [0x51, 0x46, 0x49, 0xfb]
        doc: '"QFI" followed by 0xfb.'
      - id: version
        type: u4
        valid:
          any-of: [2, 3]
        doc: Format version, 2 or 3.
      - id: backing_file_offset
        type: u8
        doc: Where the backing file name is stored; 0 when there is no backing file.
      - id: len_backing_file_name
        type: u4
        doc: Length of the backing file name (at most 1023 bytes).
        -orig-id: backing_file_size
      - id: cluster_bits
        type: u4
        valid:
          min: 9
          max: 21
        doc: |
          log2 of the cluster size. The format allows 9 (512 bytes) and up;
          QEMU opens at most 21 (2 MiB), and so does this spec.
      - id: size
        type: u8
        doc: Virtual disk size in bytes.
      - id: crypt_method
        type: u4
        enum: crypt_method
        doc: How guest data is encrypted.
      - id: num_l1_entries
        type: u4
        doc: Entries in the active L1 table.
        -orig-id: l1_size
      - id: l1_table_offset
        type: u8
        doc: Where the active L1 table starts (cluster-aligned).
      - id: refcount_table_offset
        type: u8
        doc: Where the refcount table starts (cluster-aligned).
      - id: refcount_table_clusters
        type: u4
        doc: Clusters the refcount table occupies.
      - id: num_snapshots
        type: u4
        doc: Entries in the snapshot table.
        -orig-id: nb_snapshots
      - id: snapshots_offset
        type: u8
        doc: Where the snapshot table starts (cluster-aligned).
      - id: incompatible_features
        type: incompatible_features
        if: version >= 3
        doc: Features a reader must understand to open the image.
      - id: compatible_features
        type: compatible_features
        if: version >= 3
        doc: Features a reader may ignore.
      - id: autoclear_features
        type: autoclear_features
        if: version >= 3
        doc: Features a writer that does not know them must clear.
      - id: refcount_order
        type: u4
        if: version >= 3
        valid:
          max: 6
        doc: Refcount width is 1 << refcount_order bits (0..6, so 1..64).
      - id: header_length
        type: u4
        if: version >= 3
        valid:
          min: 104
        doc: Length of the header in bytes, a multiple of 8, at least 104.
      - id: compression_type
        type: u1
        enum: compression_type
        if: version >= 3 and header_length > 104
        doc: |
          Compression of compressed clusters. Present when the header is
          longer than 104 bytes; absent or 0 means zlib.
    instances:
      effective_compression_type:
        value: 'version >= 3 and header_length > 104 ? compression_type.to_i.as<s8> : 0'
        enum: compression_type
        doc: The compression type in use (zlib when the field is absent).
  incompatible_features:
    doc: 'The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".'
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#header
    seq:
      - id: reserved_hi
        type: b32
        doc: Bits 63..32, not defined.
      - id: reserved_lo
        type: b27
        doc: Bits 31..5, not defined.
      - id: extended_l2
        type: b1
        doc: Bit 4, L2 entries are 128-bit with subcluster bitmaps.
      - id: compression_type
        type: b1
        doc: Bit 3, compression_type in the header is not zlib.
      - id: external_data_file
        type: b1
        doc: Bit 2, guest data lives in an external data file.
      - id: corrupt
        type: b1
        doc: Bit 1, metadata may be corrupt; do not write.
      - id: dirty
        type: b1
        doc: Bit 0, refcounts may be stale (lazy refcounts in use when the image was last open).
  compatible_features:
    doc: The 64-bit compatible feature bitmap.
    seq:
      - id: reserved_hi
        type: b32
        doc: Bits 63..32, not defined.
      - id: reserved_lo
        type: b31
        doc: Bits 31..1, not defined.
      - id: lazy_refcounts
        type: b1
        doc: Bit 0, refcount updates may be postponed (the dirty bit then says so).
  autoclear_features:
    doc: The 64-bit autoclear feature bitmap.
    seq:
      - id: reserved_hi
        type: b32
        doc: Bits 63..32, not defined.
      - id: reserved_lo
        type: b30
        doc: Bits 31..2, not defined.
      - id: raw_external_data
        type: b1
        doc: Bit 1, the external data file is a valid raw image on its own.
      - id: bitmaps
        type: b1
        doc: Bit 0, the bitmaps extension is consistent.
  header_extension_area:
    doc: Header extensions, each padded to 8 bytes, until the end marker.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions
    seq:
      - id: extensions
        type: header_extension
        repeat: until
        repeat-until: _.type == header_extension_type::end or _io.eof
        doc: The extensions, the end marker included.
  header_extension:
    doc: One header extension.
    seq:
      - id: type
        type: u4
        enum: header_extension_type
        doc: What the extension holds (unknown types are kept as bytes).
      - id: len_data
        type: u4
        doc: Length of the data, without padding.
      - id: data
        size: len_data
        type:
          switch-on: type
          cases:
            'header_extension_type::backing_file_format': string_extension
            'header_extension_type::feature_name_table': feature_name_table
            'header_extension_type::bitmaps': bitmaps_extension
            'header_extension_type::full_disk_encryption': full_disk_encryption_pointer
            'header_extension_type::external_data_file': string_extension
        doc: The extension's data (raw bytes for unknown types).
      - id: padding
        size: (8 - len_data % 8) % 8
        doc: Padding up to a multiple of 8 bytes.
  string_extension:
    doc: A string extension (backing format, data file name), not NUL-terminated.
    seq:
      - id: value
        size-eos: true
        doc: |
          The string's bytes. QEMU takes them as a C string (up to a NUL, if
          any) and never checks that they are UTF-8.
  feature_name_table:
    doc: Names of feature bits, for error messages about unknown features.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table
    seq:
      - id: entries
        type: feature_name
        repeat: eos
        doc: One entry per named bit.
  feature_name:
    doc: One 48-byte entry of the feature name table.
    seq:
      - id: type
        type: u1
        enum: feature_type
        doc: Which feature bitmap the bit is in.
      - id: bit
        type: u1
        doc: Bit number (0..63).
      - id: name
        size: 46
        doc: |
          Feature name, zero-padded (no NUL when it takes all 46 bytes). Bytes:
          QEMU takes them as a C string and never checks that they are UTF-8.
  bitmaps_extension:
    doc: Where the persistent bitmaps are described.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension
    seq:
      - id: num_bitmaps
        type: u4
        doc: Number of bitmaps (at least 1; QEMU supports up to 65535).
        -orig-id: nb_bitmaps
      - id: reserved
        type: u4
        doc: Zero.
      - id: len_bitmap_directory
        type: u8
        doc: Size of the bitmap directory in bytes.
        -orig-id: bitmap_directory_size
      - id: bitmap_directory_offset
        type: u8
        doc: Where the bitmap directory starts (cluster-aligned).
    instances:
      bitmap_directory:
        io: _root._io
        pos: bitmap_directory_offset
        size: len_bitmap_directory
        type: bitmap_directory
        doc: The bitmap directory.
  full_disk_encryption_pointer:
    doc: Where the encryption header (LUKS) is stored.
    seq:
      - id: offset
        type: u8
        doc: Offset of the encryption header (cluster-aligned).
      - id: len_header
        type: u8
        doc: Length of the encryption header in bytes.
  bitmap_directory:
    doc: The bitmap directory, one variable-length entry per bitmap.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory
    seq:
      - id: entries
        type: bitmap_directory_entry
        repeat: eos
        doc: The entries.
  bitmap_directory_entry:
    doc: One bitmap.
    seq:
      - id: bitmap_table_offset
        type: u8
        doc: Where the bitmap table starts (cluster-aligned).
      - id: num_bitmap_table_entries
        type: u4
        doc: Entries in the bitmap table.
        -orig-id: bitmap_table_size
      - id: flags
        type: bitmap_flags
        doc: State of the bitmap.
      - id: type
        type: u1
        enum: bitmap_type
        doc: Kind of bitmap (1, dirty tracking, is the only one defined).
      - id: granularity_bits
        type: u1
        doc: Each bit covers 1 << granularity_bits bytes of the disk.
      - id: len_name
        type: u2
        doc: Length of the name (not zero; QEMU allows at most 1023).
        -orig-id: name_size
      - id: len_extra_data
        type: u4
        doc: Length of the extra data (none is defined yet).
        -orig-id: extra_data_size
      - id: extra_data
        size: len_extra_data
        doc: Type-specific extra data.
      - id: name
        size: len_name
        doc: |
          Bitmap name, unique in the image. Bytes: QEMU takes them as a C
          string (up to a NUL, if any) and never checks that they are UTF-8.
      - id: padding
        size: (8 - (24 + len_extra_data.as<s8> + len_name.as<s8>) % 8) % 8
        doc: Zero padding to a multiple of 8 bytes.
    instances:
      granularity:
        value: 1 << granularity_bits
        doc: Bytes of the disk per bit.
      bitmap_table:
        io: _root._io
        pos: bitmap_table_offset
        type: bitmap_table_entry
        repeat: expr
        repeat-expr: num_bitmap_table_entries
        doc: The bitmap table.
  bitmap_flags:
    doc: The 32-bit flags of a bitmap directory entry.
    seq:
      - id: reserved
        type: b29
        doc: Bits 31..3, zero.
      - id: extra_data_compatible
        type: b1
        doc: Bit 2, the bitmap may be used even when its extra data is not understood.
      - id: enabled
        type: b1
        doc: Bit 1, the bitmap is enabled and tracks every write.
        -orig-id: auto
      - id: in_use
        type: b1
        doc: Bit 0, the bitmap was not saved cleanly and may be inconsistent.
  bitmap_table_entry:
    doc: One entry of a bitmap table, for one cluster of bitmap data.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table
    seq:
      - id: reserved_hi
        type: b8
        doc: Bits 63..56, zero.
      - id: offset_hi
        type: b24
        doc: Bits 55..32 of the data cluster offset.
      - id: offset_lo
        type: b23
        doc: Bits 31..9 of the data cluster offset.
      - id: reserved_lo
        type: b8
        doc: Bits 8..1, zero.
      - id: all_ones
        type: b1
        doc: Bit 0; with no offset, the cluster reads as all ones (else all zeros).
    instances:
      offset:
        value: (offset_hi.as<s8> * 4294967296 + offset_lo.as<s8> * 512).as<u8>
        doc: Host offset of the bitmap data cluster; 0 when not allocated.
  l1_entry:
    doc: One entry of an L1 table, pointing at an L2 table.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping
    seq:
      - id: copied
        type: b1
        doc: Bit 63, the L2 table's refcount is exactly one (only kept right in the active table).
      - id: reserved_hi
        type: b7
        doc: Bits 62..56, zero.
      - id: offset_hi
        type: b24
        doc: Bits 55..32 of the L2 table offset.
      - id: offset_lo
        type: b23
        doc: Bits 31..9 of the L2 table offset.
      - id: reserved_lo
        type: b9
        doc: Bits 8..0, zero.
    instances:
      l2_offset:
        value: (offset_hi.as<s8> * 4294967296 + offset_lo.as<s8> * 512).as<u8>
        doc: Host offset of the L2 table; 0 when the whole range is unallocated.
      l2_table:
        io: _root._io
        pos: l2_offset
        size: _root.cluster_size
        type: l2_table
        if: l2_offset != 0
        doc: The L2 table this entry points at.
  l2_table:
    doc: An L2 table, one cluster of L2 entries (standard or extended).
    seq:
      - id: entries
        type:
          switch-on: _root.is_extended_l2
          cases:
            false: l2_entry
            true: extended_l2_entry
        repeat: expr
        repeat-expr: _root.num_l2_entries
        doc: The entries, one per guest cluster.
  l2_entry:
    doc: |
      A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
      standard or a compressed cluster descriptor, as bit 62 says; the
      instances give the fields of the one that applies.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping
    seq:
      - id: copied
        type: b1
        doc: Bit 63, a standard cluster whose refcount is exactly one.
      - id: compressed
        type: b1
        doc: Bit 62, the cluster is compressed.
      - id: descriptor_hi
        type: b30
        doc: Bits 61..32 of the cluster descriptor.
      - id: descriptor_lo
        type: u4
        doc: Bits 31..0 of the cluster descriptor.
    instances:
      host_offset:
        value: ((descriptor_hi % 0x1000000).as<s8> * 4294967296 + (descriptor_lo - descriptor_lo % 512).as<s8>).as<u8>
        if: not compressed
        doc: |
          Standard descriptor, bits 55..9: host cluster offset (in the data
          file when there is one); 0 when unallocated.
      zero:
        value: descriptor_lo % 2 == 1
        if: not compressed
        doc: Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only).
      reserved:
        value: (descriptor_hi / 0x1000000).as<s8> * 256 + ((descriptor_lo / 2) % 256).as<s8>
        if: not compressed
        doc: Standard descriptor, bits 61..56 and 8..1 (zero in a valid image).
      compressed_shift:
        value: 38 - _root.header.cluster_bits
        if: compressed
        doc: Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits).
      compressed_offset:
        value: ((descriptor_hi % (1 << compressed_shift)).as<s8> * 4294967296 + descriptor_lo.as<s8>).as<u8>
        if: compressed
        doc: Compressed descriptor, host byte offset of the compressed data (not aligned).
      num_additional_sectors:
        value: descriptor_hi >> compressed_shift
        if: compressed
        doc: Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`.
      len_compressed_max:
        value: (num_additional_sectors.as<s8> + 1) * 512 - (compressed_offset % 512).as<s8>
        if: compressed
        doc: Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them.
  extended_l2_entry:
    doc: A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries
    seq:
      - id: entry
        type: l2_entry
        doc: The standard 64 bits (its zero bit is unused here).
      - id: zero_bitmap
        type: u4
        doc: Bits 63..32 of the bitmap, bit n set when subcluster n reads as zeros.
      - id: alloc_bitmap
        type: u4
        doc: Bits 31..0 of the bitmap, bit n set when subcluster n is allocated.
  refcount_table_entry:
    doc: One entry of the refcount table, pointing at a refcount block.
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management
    seq:
      - id: offset_hi
        type: b32
        doc: Bits 63..32 of the refcount block offset.
      - id: offset_lo
        type: b23
        doc: Bits 31..9 of the refcount block offset.
      - id: reserved
        type: b9
        doc: Bits 8..0, zero.
    instances:
      block_offset:
        value: (offset_hi.as<s8> * 4294967296 + offset_lo.as<s8> * 512).as<u8>
        doc: Host offset of the refcount block; 0 when not allocated (all its refcounts are 0).
      refcount_block:
        io: _root._io
        pos: block_offset
        size: _root.cluster_size
        type: refcount_block
        if: block_offset != 0
        doc: The refcount block.
  refcount_block:
    doc: |
      One cluster of refcounts, 1 << refcount_order bits each. Refcounts
      narrower than a byte are packed from the least significant bit of each
      byte; wider ones are big-endian.
    seq:
      - id: packed_refcounts
        type:
          switch-on: _root.refcount_order.as<s4>  # an int for Java's switch (refcount_order is validated to 0..6)
          cases:
            0: refcount_byte_1
            1: refcount_byte_2
            2: refcount_byte_4
        repeat: expr
        repeat-expr: _root.cluster_size
        if: _root.refcount_order < 3
        doc: For 1-, 2- and 4-bit refcounts, one entry per byte, holding 8, 4 or 2 refcounts.
      - id: refcounts_b8
        type: u1
        repeat: expr
        repeat-expr: _root.cluster_size
        if: _root.refcount_order == 3
        doc: 8-bit refcounts, one per host cluster.
      - id: refcounts_b16
        type: u2
        repeat: expr
        repeat-expr: _root.cluster_size / 2
        if: _root.refcount_order == 4
        doc: 16-bit refcounts (QEMU's default), one per host cluster.
      - id: refcounts_b32
        type: u4
        repeat: expr
        repeat-expr: _root.cluster_size / 4
        if: _root.refcount_order == 5
        doc: 32-bit refcounts, one per host cluster.
      - id: refcounts_b64
        type: u8
        repeat: expr
        repeat-expr: _root.cluster_size / 8
        if: _root.refcount_order == 6
        doc: 64-bit refcounts, one per host cluster (exact in JavaScript below 2^53).
  refcount_byte_1:
    meta:
      bit-endian: le
    doc: A byte of eight 1-bit refcounts, the first in the least significant bit.
    seq:
      - id: refcounts
        type: b1
        repeat: expr
        repeat-expr: 8
        doc: The counts, 0 or 1 (booleans in the generated code).
  refcount_byte_2:
    meta:
      bit-endian: le
    doc: A byte of four 2-bit refcounts, the first in the lowest bits.
    seq:
      - id: refcounts
        type: b2
        repeat: expr
        repeat-expr: 4
        doc: The counts.
  refcount_byte_4:
    meta:
      bit-endian: le
    doc: A byte of two 4-bit refcounts, the first in the low nibble.
    seq:
      - id: refcounts
        type: b4
        repeat: expr
        repeat-expr: 2
        doc: The counts.
  snapshot:
    doc: One entry of the snapshot table (variable length, padded to 8 bytes).
    doc-ref: https://www.qemu.org/docs/master/interop/qcow2.html#snapshots
    seq:
      - id: l1_table_offset
        type: u8
        doc: Where this snapshot's L1 table starts.
      - id: num_l1_entries
        type: u4
        doc: Entries in this snapshot's L1 table.
        -orig-id: l1_size
      - id: len_id
        type: u2
        doc: Length of the unique ID string.
        -orig-id: id_str_size
      - id: len_name
        type: u2
        doc: Length of the name.
        -orig-id: name_size
      - id: date_sec
        type: u4
        doc: When the snapshot was taken, seconds since the Epoch.
      - id: date_nsec
        type: u4
        doc: Nanoseconds part of that time.
      - id: vm_clock_nsec
        type: u8
        doc: Guest run time until the snapshot, in nanoseconds.
      - id: vm_state_size_small
        type: u4
        doc: VM state size in bytes (ignored when the extra data has the 64-bit size).
        -orig-id: vm_state_size
      - id: len_extra_data
        type: u4
        doc: Length of the extra data.
        -orig-id: extra_data_size
      - id: extra_data
        size: len_extra_data
        type: snapshot_extra_data
        doc: Extra data (version 3 images have at least 16 bytes).
      - id: id
        size: len_id
        doc: |
          Unique ID of the snapshot (QEMU writes a decimal number). Bytes: QEMU
          takes them as a C string (up to a NUL, if any) and never checks that
          they are UTF-8.
        -orig-id: id_str
      - id: name
        size: len_name
        doc: |
          Name of the snapshot. Bytes: QEMU takes them as a C string (up to a
          NUL, if any) and never checks that they are UTF-8.
      - id: padding
        size: 'len_padding.as<s8> <= _io.size - _io.pos ? len_padding.as<s8> : _io.size - _io.pos'
        doc: |
          Padding to a multiple of 8 bytes. QEMU does not write it after the
          last entry when the table ends the file (`qemu-img snapshot -c`
          leaves such images), so it is as long as the file allows.
    instances:
      len_padding:
        value: (8 - (40 + len_extra_data.as<s8> + len_id.as<s8> + len_name.as<s8>) % 8) % 8
        doc: Bytes of padding the entry should have.
      l1_table:
        io: _root._io
        pos: l1_table_offset
        type: l1_entry
        repeat: expr
        repeat-expr: num_l1_entries
        doc: The snapshot's L1 table.
  snapshot_extra_data:
    doc: The known fields of a snapshot's extra data; anything after them is kept as bytes.
    seq:
      - id: vm_state_size
        type: u8
        if: _io.size >= 8
        doc: VM state size in bytes (replaces the 32-bit field).
      - id: disk_size
        type: u8
        if: _io.size >= 16
        doc: Virtual disk size when the snapshot was taken.
      - id: icount
        type: s8
        if: _io.size >= 24
        doc: Record/replay instruction count at the snapshot, -1 when icount was off.
      - id: unknown
        size-eos: true
        doc: Extra data this spec does not know.
enums:
  crypt_method:
    0: none
    1:
      id: aes
      doc: AES-CBC with 256-bit keys (legacy; QEMU only reads it in its tools).
    2:
      id: luks
      doc: LUKS, with its header in the clusters the encryption extension points at.
  compression_type:
    0: zlib
    1: zstd
  header_extension_type:
    0x00000000: end
    0xe2792aca: backing_file_format
    0x6803f857: feature_name_table
    0x23852875: bitmaps
    0x0537be77: full_disk_encryption
    0x44415441: external_data_file
  feature_type:
    0: incompatible
    1: compatible
    2: autoclear
  bitmap_type:
    1: dirty_tracking
