meta:
  id: rocker_rx
  title: Rocker Rx descriptor buffer (TLVs)
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - rocker
doc: |
  The buffer of a descriptor on a port's Rx ring. The driver posts it with
  RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
  for the CPU arrives on the port, the device copies it there and rewrites
  the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
  RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing
seq:
  - id: tlvs
    type: rx_tlv
    repeat: eos
    doc: The TLVs.
types:
  rx_tlv:
    doc: One TLV of an Rx buffer.
    seq:
      - id: tlv_type
        type: u4
        enum: rx_attr
        doc: Which attribute.
      - id: len_tlv
        type: u2
        valid:
          min: 8
        doc: Length of the TLV, header included.
      - id: reserved
        type: u2
        doc: Padding; zero.
      - id: value
        size: len_tlv - 8
        type:
          switch-on: tlv_type
          cases:
            rx_attr::flags: rocker::rx_flags
            rx_attr::csum: rocker::le_uint
            rx_attr::frag_addr: rocker::le_uint
            rx_attr::frag_max_len: rocker::le_uint
            rx_attr::frag_len: rocker::le_uint
        doc: The value.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
enums:
  rx_attr:
    1:
      id: flags
      doc: RX_FLAGS (16 bits, `rocker::rx_flags`).
    2:
      id: csum
      doc: RX_CSUM, the calculated IP checksum (16 bits; valid with csum_calc).
    3:
      id: frag_addr
      doc: RX_FRAG_ADDR, guest address of the packet buffer (64 bits).
    4:
      id: frag_max_len
      doc: RX_FRAG_MAX_LEN, the buffer's size (16 bits).
    5:
      id: frag_len
      doc: RX_FRAG_LEN, the received packet's length (16 bits).
