meta:
  id: rocker
  title: Rocker switch BAR0 registers, with the values shared by its descriptors and TLVs
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
  BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
  64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
  at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
  (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
  ring registers per descriptor ring: ring 0 carries commands, ring 1
  events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
  MSI-X table (0x0) and pending bits (0x1000).

  The top level of this spec reads a dump of BAR0 made by reading every
  32-bit word. Its types are the values the other Rocker specs share: TLV
  values in little-endian, network (big-endian) order, MAC and IP
  addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
  ring's CTRL) read as zero, as do unused rings.
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html
seq:
  - id: bogus_registers
    type: u4
    repeat: expr
    repeat-expr: 4
    doc: 0x0000..0x000f, read 0xdeadbabe; writes do nothing (they catch misbehaving drivers).
  - id: test_reg
    type: u4
    doc: 0x0010 TEST_REG, reads twice the last value written.
  - id: reserved1
    size: 4
    doc: 0x0014, not a register.
  - id: test_reg64_lo
    type: u4
    doc: 0x0018 TEST_REG64 low half; the register reads twice the last 64-bit value written.
  - id: test_reg64_hi
    type: u4
    doc: 0x001c TEST_REG64 high half.
  - id: test_irq
    type: u4
    doc: 0x0020 TEST_IRQ; writing a vector number fires that MSI-X vector (reads zero).
  - id: reserved2
    size: 4
    doc: 0x0024, not a register.
  - id: test_dma_addr_lo
    type: u4
    doc: 0x0028 TEST_DMA_ADDR low half, the test buffer's address.
  - id: test_dma_addr_hi
    type: u4
    doc: 0x002c TEST_DMA_ADDR high half.
  - id: test_dma_size
    type: u4
    doc: 0x0030 TEST_DMA_SIZE, the test buffer's size (16 bits kept).
  - id: test_dma_ctrl
    type: u4
    doc: 0x0034 TEST_DMA_CTRL (write-only; `test_dma_op`).
  - id: reserved3
    size: 0x300 - 0x38
    doc: 0x0038..0x02ff, not registers.
  - id: control
    type: u4
    doc: 0x0300 CONTROL (write-only); bit 0 resets the switch.
  - id: port_phys_count
    type: u4
    doc: 0x0304 PORT_PHYS_COUNT, number of front-panel ports (the -device rocker ports array).
  - id: reserved4
    size: 8
    doc: 0x0308..0x030f, not registers.
  - id: port_phys_link_status
    type: port_bitmap
    doc: 0x0310 PORT_PHYS_LINK_STATUS, bit n set when port n has link (bits 0 and 63 always clear).
  - id: port_phys_enable
    type: port_bitmap
    doc: 0x0318 PORT_PHYS_ENABLE, bit n enables port n (all clear after reset).
  - id: switch_id_lo
    type: u4
    doc: 0x0320 SWITCH_ID low half. QEMU's default is the first port's MAC address read as a little-endian number.
  - id: switch_id_hi
    type: u4
    doc: 0x0324 SWITCH_ID high half.
  - id: reserved5
    size: 0x1000 - 0x328
    doc: 0x0328..0x0fff, not registers.
  - id: rings
    type: ring_registers
    repeat: expr
    repeat-expr: 64
    doc: 0x1000 + 32 * n, the registers of ring n (command, event, then Tx/Rx per port; 128 slots, 64 listed).
  - id: reserved6
    size-eos: true
    doc: 0x1800..0x1fff, ring slots no port count can reach.
instances:
  switch_id:
    value: (switch_id_hi.as<s8> * 4294967296 + switch_id_lo.as<s8>).as<u8>
    doc: The 64-bit switch ID.
types:
  port_bitmap:
    doc: A 64-bit port bitmap read as two halves (bit n is port n).
    seq:
      - id: lo
        type: u4
        doc: Ports 0..31 (port 0, the CPU port, always clear).
      - id: hi
        type: u4
        doc: Ports 32..63 (port 63, loopback, always clear).
  ring_registers:
    doc: The 32 bytes of registers of one descriptor ring.
    seq:
      - id: base_addr_lo
        type: u4
        doc: +0x00 DMA_DESC_BASE_ADDR low half; the ring's guest address, 8-byte aligned. Writing it resets head and tail.
      - id: base_addr_hi
        type: u4
        doc: +0x04 DMA_DESC_BASE_ADDR high half.
      - id: size
        type: u4
        doc: +0x08 DMA_DESC_SIZE, number of descriptors (a power of two, 2..65536).
      - id: head
        type: u4
        doc: +0x0c DMA_DESC_HEAD, written by the driver; writing it makes the device consume descriptors up to it.
      - id: tail
        type: u4
        doc: +0x10 DMA_DESC_TAIL, advanced by the device as it completes descriptors.
      - id: ctrl
        type: u4
        doc: +0x14 DMA_DESC_CTRL (write-only); bit 0 resets the ring.
      - id: credits
        type: u4
        doc: +0x18 DMA_DESC_CREDITS, completed descriptors not yet returned; writing returns that many.
      - id: reserved
        type: u4
        doc: +0x1c, reserved.
    instances:
      base_addr:
        value: (base_addr_hi.as<s8> * 4294967296 + base_addr_lo.as<s8>).as<u8>
        doc: The ring's guest physical address.
  tlv:
    doc: |
      Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
      length that counts the 8-byte header, 2 bytes of padding, the value
      and zeros up to an 8-byte boundary. The context-specific TLV types of
      the other Rocker specs have this layout with a decoded value.
    seq:
      - id: tlv_type
        type: u4
        doc: The type; its meaning depends on where the TLV is.
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
        doc: The value, raw.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  le_uint:
    doc: |
      A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
      length the TLV has (QEMU sends the event type as 4 bytes where the
      header says 2).
    seq:
      - id: length_check
        size: 0
        valid:
          expr: _.size == 0 and (_io.size == 1 or _io.size == 2 or _io.size == 4 or _io.size == 8)  # `_` used: Go declares it
        doc: No bytes; refuses a value of any other length (it has no number to read).
      - id: low
        type:
          switch-on: _io.size.as<s4>  # an int for Java's switch (a TLV is at most 64 KiB)
          cases:
            1: u1
            2: u2
            4: u4
            8: u4
        doc: The value, or its low 32 bits for an 8-byte value.
      - id: high
        type: u4
        if: _io.size == 8
        doc: The high 32 bits of an 8-byte value.
    instances:
      value:
        value: '_io.size == 8 ? (high.as<s8> * 4294967296 + low.as<s8>).as<u8> : low.as<u8>'
        doc: The number.
  be_uint:
    doc: A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec.
    seq:
      - id: value
        type:
          switch-on: _io.size.as<s4>  # an int for Java's switch (a TLV is at most 64 KiB)
          cases:
            1: u1
            2: u2be
            4: u4be
        doc: The number.
  mac_address:
    doc: A MAC address (6 bytes, network order).
    seq:
      - id: octets
        size: 6
        doc: The six bytes as on the wire.
  ipv4_address:
    doc: An IPv4 address or mask (4 bytes, network order).
    seq:
      - id: octets
        size: 4
        doc: The four bytes as on the wire.
  ipv6_address:
    doc: An IPv6 address or mask (16 bytes, network order).
    seq:
      - id: octets
        size: 16
        doc: The sixteen bytes as on the wire.
  u4_list:
    doc: An array of little-endian 32-bit numbers.
    seq:
      - id: values
        type: u4
        repeat: eos
        doc: The numbers.
  text:
    doc: A string without a terminating NUL, the whole TLV value.
    seq:
      - id: value
        type: str
        size-eos: true
        encoding: ASCII
        doc: The text.
  rx_flags:
    doc: RX_FLAGS, how the device parsed a received packet (16 bits, little-endian).
    meta:
      bit-endian: le
    seq:
      - id: ipv4
        type: b1
        doc: Bit 0, an IPv4 packet.
      - id: ipv6
        type: b1
        doc: Bit 1, an IPv6 packet.
      - id: csum_calc
        type: b1
        doc: Bit 2, the checksum was calculated (RX_CSUM is valid).
      - id: ipv4_csum_good
        type: b1
        doc: Bit 3, the IPv4 header checksum is good.
      - id: ip_frag
        type: b1
        doc: Bit 4, an IP fragment.
      - id: tcp
        type: b1
        doc: Bit 5, a TCP packet.
      - id: udp
        type: b1
        doc: Bit 6, a UDP packet.
      - id: tcp_udp_csum_good
        type: b1
        doc: Bit 7, the TCP/UDP checksum is good.
      - id: fwd_offload
        type: b1
        doc: Bit 8, the device already forwarded the packet (the host must not).
      - id: reserved
        type: b7
        doc: Bits 9..15, not defined.
enums:
  register:
    0x0000:
      id: bogus_reg0
      doc: Reads 0xdeadbabe.
    0x0004:
      id: bogus_reg1
      doc: Reads 0xdeadbabe.
    0x0008:
      id: bogus_reg2
      doc: Reads 0xdeadbabe.
    0x000c:
      id: bogus_reg3
      doc: Reads 0xdeadbabe.
    0x0010:
      id: test_reg
      doc: TEST_REG (32-bit).
    0x0018:
      id: test_reg64
      doc: TEST_REG64 (64-bit).
    0x0020:
      id: test_irq
      doc: TEST_IRQ.
    0x0028:
      id: test_dma_addr
      doc: TEST_DMA_ADDR (64-bit).
    0x0030:
      id: test_dma_size
      doc: TEST_DMA_SIZE.
    0x0034:
      id: test_dma_ctrl
      doc: TEST_DMA_CTRL.
    0x0300:
      id: control
      doc: CONTROL.
    0x0304:
      id: port_phys_count
      doc: PORT_PHYS_COUNT.
    0x0310:
      id: port_phys_link_status
      doc: PORT_PHYS_LINK_STATUS (64-bit).
    0x0318:
      id: port_phys_enable
      doc: PORT_PHYS_ENABLE (64-bit).
    0x0320:
      id: switch_id
      doc: SWITCH_ID (64-bit).
    0x1000:
      id: dma_desc_base
      doc: First ring's registers; ring n at 0x1000 + 32 * n.
  ring_register:
    0x00:
      id: base_addr
      doc: DMA_DESC_BASE_ADDR (64-bit).
    0x08:
      id: size
      doc: DMA_DESC_SIZE.
    0x0c:
      id: head
      doc: DMA_DESC_HEAD.
    0x10:
      id: tail
      doc: DMA_DESC_TAIL.
    0x14:
      id: ctrl
      doc: DMA_DESC_CTRL.
    0x18:
      id: credits
      doc: DMA_DESC_CREDITS.
  ring:
    0:
      id: cmd
      doc: Command ring; Tx ring of port p is 2 * p, its Rx ring 2 * p + 1 (p from 1).
    1:
      id: event
      doc: Event ring.
  msix_vector:
    0:
      id: cmd
      doc: Command ring completions.
    1:
      id: event
      doc: Event ring completions.
    2:
      id: test
      doc: Test operations.
    3:
      id: reserved
      doc: Reserved; Tx ring of port p uses 2 + 2 * p (p from 1), its Rx ring 3 + 2 * p.
  test_dma_op:
    1:
      id: clear
      doc: Zero the test buffer.
    2:
      id: fill
      doc: Fill the test buffer with 0x96.
    4:
      id: invert
      doc: Invert every byte of the test buffer.
  return_code:
    0:
      id: ok
      doc: Success.
      -orig-id: ROCKER_OK
    2:
      id: enoent
      doc: No such flow or group.
      -orig-id: ROCKER_ENOENT
    6:
      id: enxio
      doc: The descriptor buffer or a packet fragment could not be read.
      -orig-id: ROCKER_ENXIO
    12:
      id: enomem
      doc: Out of memory.
      -orig-id: ROCKER_ENOMEM
    17:
      id: eexist
      doc: Entry already exists.
      -orig-id: ROCKER_EEXIST
    22:
      id: einval
      doc: Invalid parameters (bad port, bad command, missing TLV).
      -orig-id: ROCKER_EINVAL
    90:
      id: emsgsize
      doc: The descriptor buffer is too small for the answer.
      -orig-id: ROCKER_EMSGSIZE
    95:
      id: enotsup
      doc: Not supported.
      -orig-id: ROCKER_ENOTSUP
    105:
      id: enobufs
      doc: No descriptor available (event or Rx ring full).
      -orig-id: ROCKER_ENOBUFS
  port_mode:
    0:
      id: of_dpa
      doc: OF-DPA, the only world (mode) QEMU has.
      -orig-id: ROCKER_PORT_MODE_OF_DPA
  tx_offload:
    0:
      id: none
      doc: No offload.
    1:
      id: ip_csum
      doc: Insert the IPv4 header checksum.
    2:
      id: tcp_udp_csum
      doc: Insert the TCP/UDP checksum.
    3:
      id: l3_csum
      doc: Calculate an L3 checksum and insert it at TX_L3_CSUM_OFF.
    4:
      id: tso
      doc: TCP segmentation offload.
  of_dpa_table:
    0:
      id: ingress_port
      doc: Ingress port table.
    10:
      id: vlan
      doc: VLAN table.
    20:
      id: termination_mac
      doc: Termination MAC table.
    30:
      id: unicast_routing
      doc: Unicast routing table.
    40:
      id: multicast_routing
      doc: Multicast routing table.
    50:
      id: bridging
      doc: Bridging table.
    60:
      id: acl_policy
      doc: ACL policy table.
  of_dpa_group_type:
    0:
      id: l2_interface
      doc: L2 interface.
    1:
      id: l2_rewrite
      doc: L2 rewrite.
    2:
      id: l3_unicast
      doc: L3 unicast.
    3:
      id: l2_multicast
      doc: L2 multicast.
    4:
      id: l2_flood
      doc: L2 flood.
    5:
      id: l3_interface
      doc: L3 interface.
    6:
      id: l3_multicast
      doc: L3 multicast.
    7:
      id: l3_ecmp
      doc: L3 ECMP.
    8:
      id: l2_overlay
      doc: L2 overlay.
  of_dpa_overlay_type:
    0:
      id: flood_unicast
      doc: Flood, unicast tunnel.
    1:
      id: flood_multicast
      doc: Flood, multicast tunnel.
    2:
      id: multicast_unicast
      doc: Multicast, unicast tunnel.
    3:
      id: multicast_multicast
      doc: Multicast, multicast tunnel.
