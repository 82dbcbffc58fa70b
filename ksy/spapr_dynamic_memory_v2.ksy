meta:
  id: spapr_dynamic_memory_v2
  title: sPAPR ibm,dynamic-memory-v2 device tree property (LMB sets)
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
doc: |
  The compact form of `spapr_dynamic_memory`: runs of consecutive logical
  memory blocks that share associativity and flags are described once. A
  big-endian count of sets, then one 24-byte entry per set: the number of
  LMBs, the first one's address and DRC index (the following LMBs take the
  next addresses and indexes), the associativity list index and the flags.
  QEMU uses it for guests that asked for it (option vector 5, byte 22,
  bit 0).
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_sets
    type: u4
    doc: Number of LMB sets.
  - id: sets
    type: lmb_set
    repeat: expr
    repeat-expr: num_sets
    doc: One entry per run of LMBs, in address order.
types:
  lmb_set:
    doc: A run of LMBs with common attributes (24 bytes).
    seq:
      - id: num_lmbs
        type: u4
        doc: Number of consecutive LMBs in the set.
      - id: address_hi
        type: u4
        doc: High 32 bits of the first LMB's logical address.
      - id: address_lo
        type: u4
        doc: Low 32 bits of the first LMB's logical address.
      - id: drc_index
        type: spapr::drc_index
        doc: DRC index of the first LMB; the others follow it one by one.
      - id: associativity_index
        type: u4
        doc: Which list of ibm,associativity-lookup-arrays applies to the whole set.
      - id: flags
        type: spapr::lmb_flags
        doc: Flags of every LMB in the set.
    instances:
      address:
        value: (address_hi.as<s8> * 4294967296 + address_lo.as<s8>).as<u8>
        doc: The first LMB's logical start address in bytes.
