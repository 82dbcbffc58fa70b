meta:
  id: spapr_associativity_lookup_arrays
  title: sPAPR ibm,associativity-lookup-arrays device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The NUMA associativity lists of dynamically reconfigurable memory, a
  property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
  the number of 32-bit entries per list N, then M lists of N entries. An
  LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_lists
    type: u4
    doc: Number of associativity lists (M).
  - id: len_list
    type: u4
    valid:
      expr: num_lists <= 65536 and _.as<s8> * num_lists.as<s8> * 4 <= _io.size - _io.pos
    doc: |
      Number of 32-bit entries in each list (N). The lists must fit in
      what follows (and there are at most 65536 of them), so that a bad
      count is refused before anything is read.
  - id: lists
    type: associativity_list
    repeat: expr
    repeat-expr: num_lists
    doc: The M lists.
types:
  associativity_list:
    doc: One associativity list (N 32-bit domain numbers, most general first).
    seq:
      - id: domains
        type: u4
        repeat: expr
        repeat-expr: _parent.len_list
        doc: The associativity domain at each level.
