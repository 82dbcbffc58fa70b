meta:
  id: rocker_tx
  title: Rocker Tx descriptor buffer (TLVs)
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - rocker
doc: |
  The buffer of a descriptor on a port's Tx ring: the packet to send, as
  fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
  an address and a length; at most 16), and the offloads wanted. The
  destination port is the ring's port (the spec also lists a PPORT TLV;
  QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing
seq:
  - id: tlvs
    type: tx_tlv
    repeat: eos
    doc: The TLVs.
types:
  tx_tlv:
    doc: A top-level TLV of a Tx buffer.
    seq:
      - id: tlv_type
        type: u4
        enum: tx_attr
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
            tx_attr::offload: rocker::le_uint
            tx_attr::l3_csum_off: rocker::le_uint
            tx_attr::tso_mss: rocker::le_uint
            tx_attr::tso_hdr_len: rocker::le_uint
            tx_attr::frags: frags
        doc: The value (`rocker::tx_offload` for TX_OFFLOAD).
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  frags:
    doc: The TX_FRAGS nest.
    seq:
      - id: frags
        type: frag_tlv
        repeat: eos
        doc: One TX_FRAG nest per fragment.
  frag_tlv:
    doc: A TX_FRAG nest.
    seq:
      - id: tlv_type
        type: u4
        doc: 1 (TX_FRAG); QEMU refuses anything else with EINVAL.
      - id: len_tlv
        type: u2
        valid:
          min: 8
        doc: Length of the TLV, header included.
      - id: reserved
        type: u2
        doc: Padding; zero.
      - id: attrs
        size: len_tlv - 8
        type: frag_attrs
        doc: Address and length of the fragment.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  frag_attrs:
    doc: The attributes of one fragment.
    seq:
      - id: attrs
        type: frag_attr_tlv
        repeat: eos
        doc: TX_FRAG_ATTR_ADDR and TX_FRAG_ATTR_LEN.
  frag_attr_tlv:
    doc: One attribute of a fragment.
    seq:
      - id: tlv_type
        type: u4
        enum: frag_attr
        doc: Address or length.
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
        type: rocker::le_uint
        doc: The fragment's guest address (64 bits) or length (16 bits).
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
enums:
  tx_attr:
    1:
      id: offload
      doc: TX_OFFLOAD (8 bits, `rocker::tx_offload`).
    2:
      id: l3_csum_off
      doc: TX_L3_CSUM_OFF, where to put the L3 checksum (16 bits).
    3:
      id: tso_mss
      doc: TX_TSO_MSS, the TSO segment size (16 bits).
    4:
      id: tso_hdr_len
      doc: TX_TSO_HDR_LEN, the headers' length for TSO (16 bits).
    5:
      id: frags
      doc: TX_FRAGS, the nest of fragments.
  frag_attr:
    1:
      id: addr
      doc: TX_FRAG_ATTR_ADDR, the fragment's guest address (64 bits).
    2:
      id: len
      doc: TX_FRAG_ATTR_LEN, the fragment's length (16 bits).
