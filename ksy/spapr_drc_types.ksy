meta:
  id: spapr_drc_types
  title: sPAPR ibm,drc-types device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The type of every connector listed in the ibm,drc-indexes property of the
  same node, in the same order: a big-endian count, then NUL-terminated
  strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
  memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
  the type nibble of the connector's index.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_drc_types
    type: u4
    doc: Number of type strings (equal to the number of indexes).
  - id: drc_types
    type: strz
    encoding: ASCII
    repeat: expr
    repeat-expr: num_drc_types
    doc: One NUL-terminated type string per connector.
