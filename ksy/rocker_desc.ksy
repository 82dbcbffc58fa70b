meta:
  id: rocker_desc
  title: Rocker DMA descriptor ring
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - rocker
doc: |
  A Rocker descriptor ring as it sits in guest memory: 32-byte
  descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
  register says. A descriptor points at a buffer of TLVs (command, event,
  Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
  says how big the buffer is and how much of it holds TLVs. The driver posts
  a descriptor with the top bit of `comp_err` clear and moves the ring's
  HEAD past it; the device processes it, writes the TLV size of its answer,
  sets that bit with the error code (a positive errno) below it, writes the
  descriptor back and moves TAIL. All numbers are little-endian.
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html#dma-operations
seq:
  - id: descriptors
    type: descriptor
    repeat: eos
    doc: The ring's descriptors in order.
types:
  descriptor:
    doc: One DMA descriptor (32 bytes).
    -orig-id: RockerDesc
    seq:
      - id: buf_addr_lo
        type: u4
        doc: Low half of the buffer's guest physical address (8-byte aligned).
      - id: buf_addr_hi
        type: u4
        doc: High half of the buffer address.
      - id: cookie_lo
        type: u4
        doc: Low half of the cookie, the driver's tag for matching the completion.
      - id: cookie_hi
        type: u4
        doc: High half of the cookie (its top bit is reserved).
      - id: len_buf
        type: u2
        doc: Size of the buffer in bytes.
        -orig-id: buf_size
      - id: len_tlvs
        type: u2
        doc: Bytes of TLVs in the buffer (set by the driver when posting, by the device when answering).
        -orig-id: tlv_size
      - id: reserved
        size: 10
        doc: Padding to 32 bytes.
      - id: comp_err
        type: completion
        doc: Completion status.
    instances:
      buf_addr:
        value: (buf_addr_hi.as<s8> * 4294967296 + buf_addr_lo.as<s8>).as<u8>
        doc: The buffer's guest physical address.
  completion:
    doc: The 16-bit completion word.
    meta:
      bit-endian: le
    seq:
      - id: error
        type: b15
        enum: rocker::return_code
        doc: Bits 0..14, the error (0 on success; the device stores minus its negative errno).
      - id: done
        type: b1
        doc: Bit 15, set by the device when it has processed the descriptor.
