meta:
  id: ivshmem_pci_config
  title: QEMU ivshmem PCI configuration space (identity, BARs, MSI-X capability)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  The PCI configuration space of an ivshmem device, as a guest reads it
  with configuration cycles: the standard type-0 header (64 bytes) and the
  capability list behind it. Nothing in the layout is specific to ivshmem,
  so it reads any conventional PCI function; the `is_ivshmem` instance
  says whether this is one.

  ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
  class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
  2.6). Its BARs:

  | BAR | what | variants |
  |---|---|---|
  | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
  | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
  | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |

  ivshmem-doorbell has one capability, MSI-X with one table entry per
  vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
  reads 0 there): the doorbell variant interrupts through MSI-X only. The
  MSI-X table entries (`msix_table_entry`) live in
  BAR1, not here; the type is in this spec for the guest-side code that
  programs them.
doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface
seq:
  - id: vendor_id
    type: u2
    enum: vendor
    doc: Vendor ID; 0x1af4 for ivshmem.
  - id: device_id
    type: u2
    enum: device
    doc: Device ID; 0x1110 for ivshmem.
  - id: command
    type: command_bits
    doc: The command register (which address spaces the function answers in).
  - id: status
    type: status_bits
    doc: The status register.
  - id: revision_id
    type: u1
    doc: Revision; ivshmem is 1 since QEMU 2.6, 0 before.
  - id: prog_if
    type: u1
    doc: Programming interface byte of the class code; 0 for ivshmem.
  - id: subclass
    type: u1
    doc: Subclass; 0x00 (RAM) for ivshmem.
  - id: class_code
    type: u1
    doc: Base class; 0x05 (memory controller) for ivshmem.
  - id: cache_line_size
    type: u1
    doc: Cache line size in 32-bit words (set by firmware).
  - id: latency_timer
    type: u1
    doc: Latency timer (conventional PCI bus masters).
  - id: header_type
    type: u1
    doc: Layout of bytes 0x10..0x3f (0 for a device); bit 7 marks a multi-function device.
  - id: bist
    type: u1
    doc: Built-in self test control; 0 when not supported.
  - id: bars
    type: bar
    repeat: expr
    repeat-expr: 6
    doc: |
      The six base address registers, 0x10..0x27. A 64-bit BAR uses two
      slots: the slot after it holds the high half of its address and is
      not a BAR of its own (ivshmem's BAR2 takes slot 3 this way).
  - id: cardbus_cis
    type: u4
    doc: CardBus CIS pointer; unused.
  - id: subsystem_vendor_id
    type: u2
    doc: Subsystem vendor ID (QEMU gives 0x1af4).
  - id: subsystem_id
    type: u2
    doc: Subsystem ID (QEMU gives 0x1100).
  - id: expansion_rom
    type: u4
    doc: Expansion ROM base address; 0 when the function has no ROM.
  - id: ofs_capabilities
    type: u1
    doc: Offset of the first capability (bits 0 and 1 are reserved), valid when status says there is a list.
  - id: reserved
    size: 7
    doc: Bytes 0x35..0x3b, reserved.
  - id: interrupt_line
    type: u1
    doc: Interrupt line routing, written by firmware.
  - id: interrupt_pin
    type: u1
    doc: Interrupt pin (1 = INTA#); 0 when the function has no INTx (ivshmem-plain).
  - id: min_grant
    type: u1
    doc: Minimum burst period (conventional PCI); 0.
  - id: max_latency
    type: u1
    doc: Maximum latency (conventional PCI); 0.
instances:
  is_ivshmem:
    value: vendor_id == vendor::red_hat_qumranet and device_id == device::ivshmem
    doc: Whether the function is an ivshmem device.
  first_capability:
    pos: ofs_capabilities - ofs_capabilities % 4
    type: capability(0)
    if: status.has_capabilities and ofs_capabilities >= 0x40
    doc: The first entry of the capability list (the others follow from it).
types:
  command_bits:
    doc: The 16-bit command register; the bits a guest sets to enable the function.
    meta:
      bit-endian: le
    seq:
      - id: io_space
        type: b1
        doc: Bit 0, answer I/O port BARs.
      - id: memory_space
        type: b1
        doc: Bit 1, answer memory BARs (BAR0, BAR1, BAR2 of ivshmem).
      - id: bus_master
        type: b1
        doc: Bit 2, the function may write to memory itself (needed for MSI-X messages).
      - id: special_cycles
        type: b1
        doc: Bit 3, special cycles (not used by PCI Express).
      - id: memory_write_invalidate
        type: b1
        doc: Bit 4, memory write and invalidate.
      - id: vga_palette_snoop
        type: b1
        doc: Bit 5, VGA palette snooping.
      - id: parity_error_response
        type: b1
        doc: Bit 6, respond to parity errors.
      - id: reserved_bit7
        type: b1
        doc: Bit 7, reserved.
      - id: serr_enable
        type: b1
        doc: Bit 8, report system errors.
      - id: fast_back_to_back
        type: b1
        doc: Bit 9, fast back-to-back transactions.
      - id: interrupt_disable
        type: b1
        doc: Bit 10, mask the INTx interrupt.
      - id: reserved
        type: b5
        doc: Bits 11..15, reserved.
  status_bits:
    doc: The 16-bit status register.
    meta:
      bit-endian: le
    seq:
      - id: reserved_low
        type: b3
        doc: Bits 0..2, reserved.
      - id: interrupt_status
        type: b1
        doc: Bit 3, the function asserts INTx.
      - id: has_capabilities
        type: b1
        doc: Bit 4, there is a capability list at `ofs_capabilities`.
      - id: mhz66_capable
        type: b1
        doc: Bit 5, 66 MHz capable (conventional PCI).
      - id: reserved_bit6
        type: b1
        doc: Bit 6, reserved.
      - id: fast_back_to_back_capable
        type: b1
        doc: Bit 7, fast back-to-back capable.
      - id: errors
        type: b8
        doc: Bits 8..15, parity, abort, DEVSEL timing and error flags.
  bar:
    doc: |
      One base address register. Bit 0 tells I/O from memory BARs; for a
      memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
      high half is the next BAR) and bit 3 says it is prefetchable. The
      rest is the address, aligned to the BAR's size.
    meta:
      bit-endian: le
    seq:
      - id: is_io
        type: b1
        doc: Bit 0, an I/O port BAR (never for ivshmem).
      - id: memory_type
        type: b2
        enum: memory_type
        doc: Bits 1..2, the width of a memory BAR.
      - id: prefetchable
        type: b1
        doc: Bit 3, the memory may be prefetched (BAR2 of ivshmem).
      - id: address_bits
        type: b28
        doc: Bits 4..31, the address divided by 16 (the low half for a 64-bit BAR).
    instances:
      address:
        value: (address_bits * 16).as<u4>
        doc: The 32-bit address this BAR holds (the low half of a 64-bit one).
  capability:
    doc: |
      One entry of the capability list: its ID, the offset of the next
      entry (0 ends the list) and the body. `depth` counts entries, so a
      list that loops ends after 48 entries (all that fit in 192 bytes).
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
    params:
      - id: depth
        type: u1
        doc: Number of entries before this one.
    seq:
      - id: capability_id
        type: u1
        enum: capability_id
        doc: What kind of capability this is (0x11 for MSI-X).
      - id: ofs_next
        type: u1
        doc: Offset of the next capability in configuration space; 0 ends the list.
      - id: body
        type:
          switch-on: capability_id
          cases:
            capability_id::msix: msix_capability
        doc: The MSI-X fields (other capabilities are not described here).
    instances:
      next:
        io: _root._io
        pos: ofs_next - ofs_next % 4
        type: capability(depth + 1)
        if: ofs_next >= 0x40 and depth < 47
        doc: The next entry of the list.
  msix_capability:
    doc: |
      The MSI-X capability of ivshmem-doorbell: how many vectors it has and
      where its table and pending-bit array are (BAR and offset).
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
    seq:
      - id: control
        type: msix_control
        doc: The message control register.
      - id: table
        type: bar_offset
        doc: Where the MSI-X table is (BAR1, offset 0 on ivshmem).
      - id: pending_bits
        type: bar_offset
        doc: Where the pending-bit array is (BAR1, offset 0x800 on ivshmem).
  msix_control:
    doc: The 16-bit MSI-X message control register.
    meta:
      bit-endian: le
    seq:
      - id: table_size_minus_one
        type: b11
        doc: Bits 0..10, the number of table entries minus one.
      - id: reserved
        type: b3
        doc: Bits 11..13, reserved.
      - id: function_mask
        type: b1
        doc: Bit 14, masks every vector at once.
      - id: enable
        type: b1
        doc: Bit 15, MSI-X is on (and INTx off).
    instances:
      num_vectors:
        value: table_size_minus_one + 1
        doc: Number of MSI-X vectors, one per ivshmem interrupt vector.
  bar_offset:
    doc: A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR.
    seq:
      - id: raw
        type: u4
        doc: The register as read; the low 3 bits are the BAR number.
    instances:
      bar_index:
        value: raw % 8
        doc: Which BAR (0..5) holds the structure.
      offset:
        value: raw - raw % 8
        doc: Offset inside the BAR.
  msix_table_entry:
    doc: |
      One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
      where the device writes, and what, to signal its vector. With the
      address pointing at guest RAM instead of the interrupt controller,
      the write lands in memory, which is how the tests see a vector fire.
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
    seq:
      - id: address_low
        type: u4
        doc: Low 32 bits of the message address (4-byte aligned).
      - id: address_high
        type: u4
        doc: High 32 bits of the message address.
      - id: data
        type: u4
        doc: The 32-bit value the device writes.
      - id: vector_control
        type: u4
        doc: Bit 0 masks this vector (the device then only sets its pending bit).
    instances:
      address:
        value: (address_high.as<s8> * 4294967296 + address_low.as<s8>).as<u8>
        doc: The full 64-bit message address.
      masked:
        value: vector_control % 2 == 1
        doc: Whether the vector is masked.
enums:
  vendor:
    0x1af4:
      id: red_hat_qumranet
      doc: Red Hat (formerly Qumranet), the vendor of QEMU's paravirtual devices.
      -orig-id: PCI_VENDOR_ID_REDHAT_QUMRANET
  device:
    0x1110:
      id: ivshmem
      doc: The inter-VM shared memory device (ivshmem-plain and ivshmem-doorbell).
      -orig-id: PCI_DEVICE_ID_IVSHMEM
  memory_type:
    0:
      id: bits32
      doc: Anywhere in the 32-bit address space.
    1:
      id: below_1m
      doc: Below 1 MiB (legacy, reserved since PCI 3.0).
    2:
      id: bits64
      doc: Anywhere in the 64-bit address space; the next BAR holds the high half.
  capability_id:
    0x01:
      id: power_management
      doc: PCI power management.
    0x05:
      id: msi
      doc: Message signalled interrupts.
    0x09:
      id: vendor_specific
      doc: Vendor-specific capability.
    0x10:
      id: pci_express
      doc: PCI Express capability.
    0x11:
      id: msix
      doc: MSI-X, used by ivshmem-doorbell.
