meta:
  id: vhost_user_inflight
  title: vhost-user in-flight I/O tracking buffer (INFLIGHT_SHMFD)
  application: QEMU (vhost-user-blk, vhost-user-scsi), vhost-user back-ends
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  With the INFLIGHT_SHMFD protocol feature the back-end hands the
  front-end a shared buffer (GET_INFLIGHT_FD) in which it notes every
  request it took from a queue and has not finished. The front-end keeps
  the buffer while the back-end dies and gives it to the next back-end
  (SET_INFLIGHT_FD), which then sends the unfinished requests again, in
  the order they were first taken, instead of losing them.

  The buffer is one region per queue, back to back, all of one length: a
  header and one entry per descriptor of the buffer's queue size, rounded
  up to 64 bytes. Which layout the regions have follows from the features
  the front-end set before it asked for the buffer (QEMU sends SET_FEATURES
  first for that reason): `queue_region_split`, or `queue_region_packed`
  with RING_PACKED. The top level reads split regions, each with its
  header filled in (a back-end writes `num_descs` into every region when it
  makes the buffer, `version` when it starts tracking a queue). A back-end
  may write the queue's own ring size as `num_descs` instead of the
  buffer's queue size (the spec asks for the queue size; the two differ
  when the driver made the queue smaller); the entries past a region's
  `num_descs` are then never written, and the top level reads them as
  `slack`, zero 64-byte blocks up to the next region's header (which is
  never all zero, its `num_descs` being written) or the end.
doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
seq:
  - id: queues
    type: queue_region_split
    repeat: eos
    doc: One region per queue, in queue order.
types:
  queue_region_split:
    doc: |
      One split queue's region: a 16-byte header, one 16-byte entry per
      descriptor of the queue, then padding up to a multiple of 64 bytes.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    -orig-id: QueueRegionSplit
    seq:
      - id: features
        type: u8
        doc: Feature flags of the region; none are defined, so zero.
      - id: version
        type: u2
        doc: Layout version, 1; zero while the region has not been set up.
      - id: num_descs
        type: u2
        doc: Entries that follow, one per descriptor (the queue size).
        -orig-id: desc_num
      - id: last_batch_head
        type: u2
        doc: |
          Head descriptor of the last batch put into the used ring; the
          batch is a list linked through the entries' `next`, newest first.
      - id: used_idx
        type: u2
        doc: |
          The used ring's index once the last batch was cleared. When the
          used ring's own index is ahead of it, the back-end stopped
          between publishing a batch and clearing its entries.
      - id: descs
        type: desc_state_split
        repeat: expr
        repeat-expr: num_descs
        doc: State of each descriptor, by descriptor index.
        -orig-id: desc
      - id: padding
        size: ((16 * num_descs + 2 + 63) / 64) * 64 - 16 * num_descs - 16
        doc: Up to the next multiple of 64 bytes (the region size QEMU's libvhost-user uses).
      - id: slack
        type: zero_block
        repeat: until
        repeat-until: not _.more
        if: more_slack
        doc: |
          Entries past `num_descs` when that is the ring's size and the
          region is as long as the buffer's queue size needs; empty when
          `num_descs` is the queue size.
    instances:
      more_slack:
        value: _io.size - _io.pos >= 64 and next_block.zero
        doc: The next 64 bytes are all zero (no region header starts there).
      next_block:
        pos: _io.pos % _io.size
        type: block_peek
        doc: The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
  zero_block:
    doc: 64 bytes of zeros inside a region, past its entries.
    seq:
      - id: data
        size: 64
        doc: Zeros.
    instances:
      more:
        value: _io.size - _io.pos >= 64 and next_block.zero
        doc: The 64 bytes after this block are all zero too.
      next_block:
        pos: _io.pos % _io.size
        type: block_peek
        doc: The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
  block_peek:
    doc: The next 64 bytes, read as eight u8 to tell whether they are all zero.
    seq:
      - id: words
        type: u8
        repeat: expr
        repeat-expr: 8
        doc: The 64 bytes.
    instances:
      zero:
        doc: All eight are zero.
        value: words[0] == 0 and words[1] == 0 and words[2] == 0 and words[3] == 0 and words[4] == 0 and words[5] == 0 and words[6] == 0 and words[7] == 0
  desc_state_split:
    doc: The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    -orig-id: DescStateSplit
    seq:
      - id: inflight
        type: u1
        doc: 1 from the moment the request starting here is taken until it is in the used ring.
      - id: padding
        size: 5
        doc: Unused.
      - id: next
        type: u2
        doc: The next (older) head of the last used batch.
      - id: counter
        type: u8
        doc: When the request was taken, counted across the queue; resubmission goes by it.
  queue_region_packed:
    doc: |
      One packed queue's region: a 32-byte header, one 32-byte entry per
      descriptor of the queue, then padding up to a multiple of 64 bytes.
      The entries not taken by a request in flight form a free list
      (`free_head`, linked through `next`); a request takes entries from
      it, one per ring descriptor, and gives them back when it is used.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    -orig-id: QueueRegionPacked
    seq:
      - id: features
        type: u8
        doc: Feature flags of the region, zero.
      - id: version
        type: u2
        doc: Layout version, 1; zero while the region has not been set up.
      - id: num_descs
        type: u2
        doc: Entries, the queue size.
        -orig-id: desc_num
      - id: free_head
        type: u2
        doc: Head of the list of free entries (`num_descs` when it is empty).
      - id: old_free_head
        type: u2
        doc: The free list's head before the batch being put into the ring.
      - id: used_idx
        type: u2
        doc: The device's next descriptor ring slot.
      - id: old_used_idx
        type: u2
        doc: That slot before the batch being put into the ring.
      - id: used_wrap_counter
        type: u1
        doc: The device's wrap counter.
      - id: old_used_wrap_counter
        type: u1
        doc: The wrap counter before the batch being put into the ring.
      - id: padding
        size: 10
        doc: Unused (7 bytes, then 3 more that align the entries to 8 bytes, as a C compiler lays them out).
      - id: descs
        type: desc_state_packed
        repeat: expr
        repeat-expr: num_descs
        doc: State of each entry.
        -orig-id: desc
      - id: padding_end
        size: ((32 * num_descs + 32 + 63) / 64) * 64 - 32 * num_descs - 32
        doc: Up to the next multiple of 64 bytes.
  desc_state_packed:
    doc: The tracking entry of one packed-queue descriptor (32 bytes).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    -orig-id: DescStatePacked
    seq:
      - id: inflight
        type: u1
        doc: 1 while the request is in flight (head entries).
      - id: padding
        type: u1
        doc: Unused.
      - id: next
        type: u2
        doc: Next entry of the free list.
      - id: last
        type: u2
        doc: Last entry of this request's descriptors (head entries).
      - id: num
        type: u2
        doc: Descriptors of this request (head entries).
      - id: counter
        type: u8
        doc: When the request was taken (head entries).
      - id: id
        type: u2
        doc: Buffer id.
      - id: flags
        type: u2
        doc: Descriptor flags.
      - id: len_buffer
        type: u4
        doc: Buffer length.
        -orig-id: len
      - id: addr
        type: u8
        doc: Buffer address.
