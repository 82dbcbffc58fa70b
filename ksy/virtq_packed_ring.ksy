meta:
  id: virtq_packed_ring
  title: Virtio packed virtqueue descriptor ring (or packed indirect table)
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
  queue in three parts of guest memory:

  | part | written by | size for a queue of N entries | alignment |
  |---|---|---|---|
  | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
  | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
  | device event suppression (`virtq_packed_event`) | device | 4 | 4 |

  Both sides keep a position in the ring and a wrap counter that starts
  at 1 and flips each time the position passes the end. The driver makes a
  slot available by writing its descriptor with `avail` equal to its wrap
  counter and `used` the opposite; a chain is a run of consecutive slots
  linked by `has_next`, and its buffer id is in the last one. The device
  returns a buffer by writing one descriptor at its own position - the
  buffer id, the number of bytes written, `avail` and `used` both equal to
  its wrap counter - and moves on by as many slots as the chain took.
  Whoever writes a descriptor stores its flags last, so the other side
  never sees a half-written one.

  A descriptor with `indirect` points at a table of descriptors of this
  same layout that holds the whole chain, read in order (`has_next` and
  the ids in it are not used). vhost-user's SET_VRING_BASE and
  GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
  `vhost_user`).

  The top level reads a ring (or table) of any length: every 16 bytes of
  input are one descriptor.
doc-ref: Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format"
seq:
  - id: descriptors
    type: descriptor
    repeat: eos
    doc: The descriptors, slot 0 first.
types:
  descriptor:
    doc: One slot of the ring (16 bytes); as the driver or as the device left it.
    doc-ref: Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format"
    seq:
      - id: addr
        type: u8
        doc: Guest-physical address of the buffer (or indirect table); the device leaves it unchanged.
      - id: len_buffer
        type: u4
        doc: Made available, the buffer's length; used, the bytes the device wrote into the chain.
        -orig-id: len
      - id: buffer_id
        type: u2
        doc: The buffer id of the chain (in its last descriptor); the device returns it.
        -orig-id: id
      - id: flags
        type: desc_flags
        doc: Chaining, direction, indirection and the two wrap-counter bits.
  desc_flags:
    doc: The 16-bit descriptor flags.
    doc-ref: Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters"
    seq:
      - id: has_next
        type: b1
        doc: Bit 0, the chain continues in the next slot.
        -orig-id: VIRTQ_DESC_F_NEXT
      - id: device_writable
        type: b1
        doc: Bit 1, the device writes this buffer (in a used descriptor, the device wrote into the chain).
        -orig-id: VIRTQ_DESC_F_WRITE
      - id: indirect
        type: b1
        doc: Bit 2, the buffer is an indirect table (INDIRECT_DESC; never with has_next).
        -orig-id: VIRTQ_DESC_F_INDIRECT
      - id: reserved_low
        type: b4
        doc: Bits 3-6, not defined; zero.
      - id: avail
        type: b1
        doc: Bit 7, the driver's wrap counter when it made the slot available (equal to it, with used different).
        -orig-id: VIRTQ_DESC_F_AVAIL
      - id: reserved_high
        type: b7
        doc: Bits 8-14, not defined; zero.
      - id: used
        type: b1
        doc: Bit 15, with avail equal to it, the device's wrap counter when it used the slot.
        -orig-id: VIRTQ_DESC_F_USED
