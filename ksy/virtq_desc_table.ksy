meta:
  id: virtq_desc_table
  title: Virtio split virtqueue descriptor table (or indirect descriptor table)
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  A split virtqueue, the queue layout vhost-user back-ends process, has
  three parts in guest memory, each written by one side only:

  | part | written by | size for a queue of N entries | alignment |
  |---|---|---|---|
  | descriptor table (this spec) | driver | 16 * N | 16 |
  | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
  | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |

  The legacy (virtio 0.9.5) PCI transport puts the three parts in one
  block: the table, the available ring right after it, and the used ring
  at the next 4096-byte boundary.

  A request is a chain of descriptors: the driver writes the buffers'
  addresses and lengths into free descriptors, links them with `next`,
  marks the ones the device may write into, and puts the index of the
  first (the head) into the available ring. Device-readable descriptors
  come before device-writable ones. A descriptor with the indirect flag
  points at a table of further descriptors (an indirect table, this same
  layout) that holds the whole chain; an indirect table never points at
  another one. Numbers are little-endian (virtio 1.0; legacy devices use
  the guest's byte order, little-endian on x86 and Arm).

  The top level reads a table of any length: every 16 bytes of input are
  one descriptor.
doc-ref: Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table"
seq:
  - id: descriptors
    type: descriptor
    repeat: eos
    doc: The descriptors, index 0 first.
types:
  descriptor:
    doc: One buffer of a chain (16 bytes).
    doc-ref: Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
    seq:
      - id: addr
        type: u8
        doc: Guest-physical address of the buffer (or of the indirect table).
      - id: len_buffer
        type: u4
        doc: Length of the buffer in bytes (of an indirect table, a multiple of 16).
        -orig-id: len
      - id: flags
        type: desc_flags
        doc: Chaining, direction and indirection.
      - id: next
        type: u2
        doc: Index of the next descriptor of the chain, when `flags.has_next` is set.
  desc_flags:
    doc: The 16-bit descriptor flags.
    doc-ref: Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
    seq:
      - id: has_next
        type: b1
        doc: Bit 0, the chain continues at `next`.
        -orig-id: VIRTQ_DESC_F_NEXT
      - id: device_writable
        type: b1
        doc: Bit 1, the device writes this buffer (otherwise it only reads it).
        -orig-id: VIRTQ_DESC_F_WRITE
      - id: indirect
        type: b1
        doc: Bit 2, the buffer is an indirect descriptor table (INDIRECT_DESC feature; never with has_next).
        -orig-id: VIRTQ_DESC_F_INDIRECT
      - id: reserved
        type: b13
        doc: Not defined; zero.
