meta:
  id: virtq_used_ring
  title: Virtio split virtqueue used ring (device area)
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  The ring in which the device returns chains it has finished with (see
  `virtq_desc_table` for the whole split queue). The device writes the
  head index and the number of bytes it wrote into the chain's writable
  buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
  `idx`, and then decides whether to notify the driver (after a full
  barrier, reading `used_event` or the `no_interrupt` flag of the
  available ring).

  `avail_event` exists only with the EVENT_IDX feature: the device asks
  to be kicked once the driver's available index passes this value.
  Without it, the `no_notify` flag is the device's (advisory) way to ask
  for no kicks.

  The top level reads a whole ring; the number of entries follows from
  the input size (6 + 8 * N bytes, avail_event included).
doc-ref: Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
seq:
  - id: flags
    type: used_flags
    doc: Notification suppression flag.
  - id: idx
    type: u2
    doc: Where the device puts the next entry (modulo the queue size); free-running.
  - id: entries
    type: used_elem
    repeat: expr
    repeat-expr: num_entries
    doc: Finished chains.
    -orig-id: ring
  - id: avail_event
    type: u2
    doc: With EVENT_IDX, kick the device when the available index passes this value.
instances:
  num_entries:
    value: (_io.size - 6) / 8
    doc: The queue size N.
types:
  used_flags:
    doc: The 16-bit used ring flags.
    doc-ref: Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
    seq:
      - id: no_notify
        type: b1
        doc: Bit 0, the device does not need kicks (without EVENT_IDX).
        -orig-id: VIRTQ_USED_F_NO_NOTIFY
      - id: reserved
        type: b15
        doc: Not defined; zero.
  used_elem:
    doc: One finished chain (8 bytes).
    doc-ref: Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
    seq:
      - id: id
        type: u4
        doc: Head index of the chain.
      - id: len_written
        type: u4
        doc: Bytes the device wrote into the chain's device-writable buffers.
        -orig-id: len
