meta:
  id: spapr_drc_names
  title: sPAPR ibm,drc-names device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The name of every connector listed in the ibm,drc-indexes property of the
  same node, in the same order: a big-endian count, then NUL-terminated
  strings. Logical resources are named by type and number ("CPU 3",
  "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
  ("C<n>").
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_names
    type: u4
    doc: Number of names (equal to the number of indexes).
  - id: names
    type: strz
    encoding: ASCII
    repeat: expr
    repeat-expr: num_names
    doc: One NUL-terminated name per connector.
