meta:
  id: vhost_user_blk
  title: virtio-blk as a vhost-user device - configuration space and requests
  application: QEMU (vhost-user-blk, qemu-storage-daemon), virtio-blk drivers
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  A vhost-user-blk back-end is a virtio block device in another process.
  The front-end reads its configuration space with GET_CONFIG (the
  `contents` of a `vhost_user::config_space` reply) and the guest's
  driver sends requests through the queues.

  The top level reads the configuration space, as much of it as there is
  (a front-end asks for as many bytes as the fields it knows; older ones
  ask for fewer). Which fields are meaningful depends on the negotiated
  feature bits (`blk_feature`).

  A request is a descriptor chain: a device-readable header
  (`request_header`), data buffers (device-readable for writes,
  device-writable for reads), and one device-writable status byte at the
  very end. Discard, write-zeroes and secure-erase requests carry
  `segment`s as their data; GET_ID returns a 20-byte serial string.
  Sectors are always 512 bytes, whatever the block size.
doc-ref: Virtio 1.2, section 5.2 "Block Device"
seq:
  - id: num_sectors
    type: u8
    doc: Capacity in 512-byte sectors.
    -orig-id: capacity
  - id: max_segment_size
    type: u4
    if: _io.size >= 12
    doc: Largest single buffer (SIZE_MAX).
    -orig-id: size_max
  - id: max_segments
    type: u4
    if: _io.size >= 16
    doc: Most data buffers in one request (SEG_MAX).
    -orig-id: seg_max
  - id: geometry
    type: geometry
    if: _io.size >= 20
    doc: Legacy disk geometry (GEOMETRY).
  - id: len_block
    type: u4
    if: _io.size >= 24
    doc: Logical block size in bytes (BLK_SIZE).
    -orig-id: blk_size
  - id: topology
    type: topology
    if: _io.size >= 32
    doc: I/O alignment hints (TOPOLOGY).
  - id: writeback
    type: u1
    if: _io.size >= 33
    doc: 1 for a writeback cache, 0 for writethrough (CONFIG_WCE; the driver may write it).
  - id: unused0
    type: u1
    if: _io.size >= 34
    doc: Unused.
  - id: num_queues
    type: u2
    if: _io.size >= 36
    doc: Number of request queues (MQ).
  - id: max_discard_sectors
    type: u4
    if: _io.size >= 40
    doc: Largest discard, in sectors (DISCARD).
  - id: max_discard_segments
    type: u4
    if: _io.size >= 44
    doc: Most segments in one discard request (DISCARD).
    -orig-id: max_discard_seg
  - id: discard_sector_alignment
    type: u4
    if: _io.size >= 48
    doc: Discard alignment, in sectors (DISCARD).
  - id: max_write_zeroes_sectors
    type: u4
    if: _io.size >= 52
    doc: Largest write-zeroes request, in sectors (WRITE_ZEROES).
  - id: max_write_zeroes_segments
    type: u4
    if: _io.size >= 56
    doc: Most segments in one write-zeroes request (WRITE_ZEROES).
    -orig-id: max_write_zeroes_seg
  - id: write_zeroes_may_unmap
    type: u1
    if: _io.size >= 57
    doc: 1 when write-zeroes with the unmap flag may deallocate (WRITE_ZEROES).
  - id: unused1
    size: 3
    if: _io.size >= 60
    doc: Unused.
  - id: max_secure_erase_sectors
    type: u4
    if: _io.size >= 64
    doc: Largest secure erase, in sectors (SECURE_ERASE).
  - id: max_secure_erase_segments
    type: u4
    if: _io.size >= 68
    doc: Most segments in one secure erase (SECURE_ERASE).
    -orig-id: max_secure_erase_seg
  - id: secure_erase_sector_alignment
    type: u4
    if: _io.size >= 72
    doc: Secure erase alignment, in sectors (SECURE_ERASE).
  - id: zoned
    type: zoned_characteristics
    if: _io.size >= 96
    doc: Zoned device characteristics (ZONED).
types:
  geometry:
    doc: Legacy cylinders/heads/sectors geometry.
    doc-ref: Virtio 1.2, section 5.2.4 "Device configuration layout"
    seq:
      - id: num_cylinders
        type: u2
        doc: Cylinders.
        -orig-id: cylinders
      - id: num_heads
        type: u1
        doc: Heads.
        -orig-id: heads
      - id: num_sectors_per_track
        type: u1
        doc: Sectors per track.
        -orig-id: sectors
  topology:
    doc: How to align I/O for best performance.
    doc-ref: Virtio 1.2, section 5.2.4 "Device configuration layout"
    seq:
      - id: physical_block_exp
        type: u1
        doc: Logical blocks per physical block, as a power of two.
      - id: alignment_offset
        type: u1
        doc: Offset of the first aligned logical block.
      - id: min_io_size
        type: u2
        doc: Suggested minimum I/O size, in logical blocks.
      - id: opt_io_size
        type: u4
        doc: Optimal (suggested maximum) I/O size, in logical blocks.
  zoned_characteristics:
    doc: Zoned block device limits.
    doc-ref: Virtio 1.2, section 5.2.4 "Device configuration layout"
    seq:
      - id: zone_sectors
        type: u4
        doc: Zone size in sectors.
      - id: max_open_zones
        type: u4
        doc: Most zones open at once.
      - id: max_active_zones
        type: u4
        doc: Most zones active at once.
      - id: max_append_sectors
        type: u4
        doc: Largest zone append, in sectors.
      - id: write_granularity
        type: u4
        doc: Write granularity in bytes.
      - id: model
        type: u1
        doc: Zoned model (none, host-managed, host-aware).
      - id: unused2
        size: 3
        doc: Unused.
  request_header:
    doc: The 16 device-readable bytes that start every request.
    doc-ref: Virtio 1.2, section 5.2.6 "Device Operation"
    seq:
      - id: type
        type: u4
        enum: request_type
        doc: What to do.
      - id: reserved
        type: u4
        doc: Zero (the I/O priority in legacy devices).
        -orig-id: ioprio
      - id: sector
        type: u8
        doc: First 512-byte sector of a read or write.
  segment:
    doc: One range of a discard, write-zeroes or secure-erase request (16 bytes).
    doc-ref: Virtio 1.2, section 5.2.6 "Device Operation"
    seq:
      - id: sector
        type: u8
        doc: First sector.
      - id: num_sectors
        type: u4
        doc: Number of sectors.
      - id: flags
        type: segment_flags
        doc: Flags.
  segment_flags:
    doc: Flags of a segment.
    doc-ref: Virtio 1.2, section 5.2.6 "Device Operation"
    seq:
      - id: unmap
        type: b1
        doc: Bit 0 (write zeroes), the device may deallocate the range.
      - id: reserved
        type: b31
        doc: Not defined; zero.
enums:
  request_type:
    0:
      id: read
      doc: Read sectors into the writable buffers (IN).
      -orig-id: VIRTIO_BLK_T_IN
    1:
      id: write
      doc: Write sectors from the readable buffers (OUT).
      -orig-id: VIRTIO_BLK_T_OUT
    4:
      id: flush
      doc: Make completed writes durable (FLUSH).
      -orig-id: VIRTIO_BLK_T_FLUSH
    8:
      id: get_id
      doc: Return the device serial, 20 bytes, NUL-padded.
      -orig-id: VIRTIO_BLK_T_GET_ID
    10:
      id: get_lifetime
      doc: Return flash wear information (LIFETIME).
      -orig-id: VIRTIO_BLK_T_GET_LIFETIME
    11:
      id: discard
      doc: Discard ranges (DISCARD).
      -orig-id: VIRTIO_BLK_T_DISCARD
    13:
      id: write_zeroes
      doc: Write zeros to ranges (WRITE_ZEROES).
      -orig-id: VIRTIO_BLK_T_WRITE_ZEROES
    14:
      id: secure_erase
      doc: Securely erase ranges (SECURE_ERASE).
      -orig-id: VIRTIO_BLK_T_SECURE_ERASE
    15:
      id: zone_append
      doc: Append to a zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_APPEND
    16:
      id: zone_report
      doc: Report zones (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_REPORT
    18:
      id: zone_open
      doc: Open a zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_OPEN
    20:
      id: zone_close
      doc: Close a zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_CLOSE
    22:
      id: zone_finish
      doc: Finish a zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_FINISH
    24:
      id: zone_reset
      doc: Reset a zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_RESET
    26:
      id: zone_reset_all
      doc: Reset every zone (ZONED).
      -orig-id: VIRTIO_BLK_T_ZONE_RESET_ALL
  status:
    0:
      id: ok
      doc: Success.
      -orig-id: VIRTIO_BLK_S_OK
    1:
      id: ioerr
      doc: The device failed the request.
      -orig-id: VIRTIO_BLK_S_IOERR
    2:
      id: unsupp
      doc: The device does not support the request.
      -orig-id: VIRTIO_BLK_S_UNSUPP
    3:
      id: zone_invalid_cmd
      doc: Zone command not valid in the zone's state.
      -orig-id: VIRTIO_BLK_S_ZONE_INVALID_CMD
    4:
      id: zone_unaligned_wp
      doc: Write not at the zone's write pointer.
      -orig-id: VIRTIO_BLK_S_ZONE_UNALIGNED_WP
    5:
      id: zone_open_resource
      doc: Too many open zones.
      -orig-id: VIRTIO_BLK_S_ZONE_OPEN_RESOURCE
    6:
      id: zone_active_resource
      doc: Too many active zones.
      -orig-id: VIRTIO_BLK_S_ZONE_ACTIVE_RESOURCE
  blk_feature:
    0:
      id: barrier
      doc: Legacy request barriers.
      -orig-id: VIRTIO_BLK_F_BARRIER
    1:
      id: size_max
      doc: max_segment_size is valid.
      -orig-id: VIRTIO_BLK_F_SIZE_MAX
    2:
      id: seg_max
      doc: max_segments is valid.
      -orig-id: VIRTIO_BLK_F_SEG_MAX
    4:
      id: geometry
      doc: geometry is valid.
      -orig-id: VIRTIO_BLK_F_GEOMETRY
    5:
      id: ro
      doc: The device is read-only.
      -orig-id: VIRTIO_BLK_F_RO
    6:
      id: blk_size
      doc: len_block is valid.
      -orig-id: VIRTIO_BLK_F_BLK_SIZE
    7:
      id: scsi
      doc: Legacy SCSI passthrough.
      -orig-id: VIRTIO_BLK_F_SCSI
    9:
      id: flush
      doc: Flush requests.
      -orig-id: VIRTIO_BLK_F_FLUSH
    10:
      id: topology
      doc: topology is valid.
      -orig-id: VIRTIO_BLK_F_TOPOLOGY
    11:
      id: config_wce
      doc: The driver can switch the cache mode (writeback).
      -orig-id: VIRTIO_BLK_F_CONFIG_WCE
    12:
      id: mq
      doc: Several request queues (num_queues).
      -orig-id: VIRTIO_BLK_F_MQ
    13:
      id: discard
      doc: Discard requests.
      -orig-id: VIRTIO_BLK_F_DISCARD
    14:
      id: write_zeroes
      doc: Write-zeroes requests.
      -orig-id: VIRTIO_BLK_F_WRITE_ZEROES
    15:
      id: lifetime
      doc: Lifetime requests.
      -orig-id: VIRTIO_BLK_F_LIFETIME
    16:
      id: secure_erase
      doc: Secure erase requests.
      -orig-id: VIRTIO_BLK_F_SECURE_ERASE
    17:
      id: zoned
      doc: Zoned block device.
      -orig-id: VIRTIO_BLK_F_ZONED
