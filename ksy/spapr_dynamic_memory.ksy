meta:
  id: spapr_dynamic_memory
  title: sPAPR ibm,dynamic-memory device tree property (LMB list, version 1)
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
doc: |
  Every dynamically reconfigurable logical memory block (LMB) of the guest,
  a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
  count, then one 24-byte entry per LMB with its address, DRC index,
  associativity list index and flags. The LMB size is in that node's
  ibm,lmb-size property (256 MiB from QEMU).

  QEMU builds the node only for a guest that asked for it through
  client-architecture-support (option vector 5, byte 2, bit 2) and did not
  ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
  address 0 to the end of its hotplug memory region: boot memory with the
  reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
  LMB connector's index, assigned when a DIMM is plugged there, and the
  associativity index 0xffffffff when it is not.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_lmbs
    type: u4
    doc: Number of LMB entries.
  - id: lmbs
    type: lmb
    repeat: expr
    repeat-expr: num_lmbs
    doc: One entry per LMB, in address order.
types:
  lmb:
    doc: One logical memory block (24 bytes).
    seq:
      - id: address_hi
        type: u4
        doc: High 32 bits of the LMB's logical start address (its /memory node's reg).
      - id: address_lo
        type: u4
        doc: Low 32 bits of the start address.
      - id: drc_index
        type: spapr::drc_index
        doc: Index of the LMB's connector (its ibm,my-drc-index); 0 for boot memory in QEMU.
      - id: reserved
        type: u4
        doc: Reserved for expansion; zero.
      - id: associativity_index
        type: u4
        doc: Which list of ibm,associativity-lookup-arrays applies; 0xffffffff when unassigned (QEMU).
      - id: flags
        type: spapr::lmb_flags
        doc: Flags; `assigned` tells whether the LMB is the partition's at boot.
    instances:
      address:
        value: (address_hi.as<s8> * 4294967296 + address_lo.as<s8>).as<u8>
        doc: The LMB's logical start address in bytes.
