meta:
  id: ivshmem_regs
  title: QEMU ivshmem device registers (BAR0)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  The 256-byte register block of QEMU's inter-VM shared memory device
  (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
  hold registers; every register is 32 bits wide, little-endian, and QEMU
  answers only 4-byte accesses.

  | offset | register | access | after reset |
  |---|---|---|---|
  | 0 | interrupt mask | read/write | 0 |
  | 4 | interrupt status | read/write, reading clears it | 0 |
  | 8 | IVPosition | read-only | 0 or the device's ID |
  | 12 | doorbell | write-only | - |
  | 16..255 | reserved | - | - |

  Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
  revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
  INTx interrupt of a device without MSI-X: a peer's interrupt sets the
  status bit, INTx is raised while status AND mask is non-zero, and reading
  status clears it. Revision 1 keeps these bits reserved. In revision 0,
  IVPosition could read -1 for a short time after reset, until the ivshmem
  server had sent the shared memory; in revision 1 it is never negative.

  A doorbell write is dropped when the device has no interrupts (the
  ivshmem-plain variant), when its setup by the server is not complete, or
  when the addressed peer or vector is not connected; the guest cannot tell.

  Reads of the write-only doorbell and of the reserved bytes give zero in
  QEMU, so a dump of a live device shows zeros there.
doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
seq:
  - id: interrupt_mask
    type: interrupt_bits
    doc: |
      Which interrupt sources may raise INTx (revision 0 only; reserved in
      revision 1).
    -orig-id: INTRMASK
  - id: interrupt_status
    type: interrupt_bits
    doc: |
      Interrupt sources that are pending (revision 0 only; reserved in
      revision 1). Reading the register clears it.
    -orig-id: INTRSTATUS
  - id: iv_position
    type: s4
    doc: |
      The device's peer ID (0..65535), as the ivshmem server assigned it.
      Zero when the device has no interrupts; -1 on revision 0 devices until
      the server sent the shared memory.
    -orig-id: IVPOSITION
  - id: doorbell
    type: doorbell
    doc: Written by the guest to interrupt a peer; reads give zero.
    -orig-id: DOORBELL
  - id: reserved
    size: 240
    doc: Bytes 16..255 of the BAR, not defined; QEMU reads them as zero.
instances:
  has_position:
    value: iv_position >= 0
    doc: |
      True once the device knows its ID (always on revision 1; on
      revision 0 guests waited for this before touching BAR2).
types:
  interrupt_bits:
    doc: |
      The bits of the interrupt mask and interrupt status registers. Only
      bit 0 is defined, and only in revision 0; software keeps the other
      bits as it found them.
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
    meta:
      bit-endian: le
    seq:
      - id: peer_interrupt
        type: b1
        doc: Bit 0, an interrupt request from a peer (revision 0).
      - id: reserved
        type: b31
        doc: Bits 1..31, not defined.
  doorbell:
    doc: |
      The value written to the doorbell register: which peer to interrupt
      (high 16 bits) and on which of its interrupt vectors (low 16 bits).
      The device writes the number 1 to the eventfd it holds for that peer
      and vector; the peer then raises that MSI-X vector (or, on a
      revision 0 device without MSI-X, sets its interrupt status).
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
    seq:
      - id: vector
        type: u2
        doc: Bits 0..15, the interrupt vector of the peer to signal.
      - id: peer_id
        type: u2
        doc: Bits 16..31, the ID of the peer to interrupt.
enums:
  offsets:
    0:
      id: interrupt_mask
      doc: Interrupt mask register.
      -orig-id: INTRMASK
    4:
      id: interrupt_status
      doc: Interrupt status register.
      -orig-id: INTRSTATUS
    8:
      id: iv_position
      doc: IVPosition register.
      -orig-id: IVPOSITION
    12:
      id: doorbell
      doc: Doorbell register.
      -orig-id: DOORBELL
