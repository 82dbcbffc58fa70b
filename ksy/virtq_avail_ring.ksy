meta:
  id: virtq_avail_ring
  title: Virtio split virtqueue available ring (driver area)
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  The ring in which the driver offers descriptor chains to the device
  (see `virtq_desc_table` for the whole split queue). The driver writes
  the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
  barrier) increments `idx`, a free-running 16-bit counter. The device
  remembers how far it has read (its last available index, which
  vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
  reaches `idx`.

  `used_event` exists only with the EVENT_IDX feature: the driver asks to
  be notified once the device's used index passes this value. Without
  EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
  for no notifications.

  The top level reads a whole ring; the number of entries follows from
  the input size (6 + 2 * N bytes, used_event included).
doc-ref: Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
seq:
  - id: flags
    type: avail_flags
    doc: Notification suppression flag.
  - id: idx
    type: u2
    doc: Where the driver puts the next entry (modulo the queue size); free-running.
  - id: entries
    type: u2
    repeat: expr
    repeat-expr: num_entries
    doc: Head descriptor indexes of available chains.
    -orig-id: ring
  - id: used_event
    type: u2
    doc: With EVENT_IDX, notify the driver when the used index passes this value.
instances:
  num_entries:
    value: (_io.size - 6) / 2
    doc: The queue size N.
types:
  avail_flags:
    doc: The 16-bit available ring flags.
    doc-ref: Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
    seq:
      - id: no_interrupt
        type: b1
        doc: Bit 0, the driver does not want to be notified of used buffers (without EVENT_IDX).
        -orig-id: VIRTQ_AVAIL_F_NO_INTERRUPT
      - id: reserved
        type: b15
        doc: Not defined; zero.
