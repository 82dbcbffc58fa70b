meta:
  id: spapr_drc_indexes
  title: sPAPR ibm,drc-indexes device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
doc: |
  The DRC index of every dynamic reconfiguration connector under a node: a
  big-endian count, then one 32-bit index per connector. QEMU puts the
  connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
  of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
  entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
  the connector of the n-th index here.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_drc_indexes
    type: u4
    doc: Number of connectors.
  - id: drc_indexes
    type: spapr::drc_index
    repeat: expr
    repeat-expr: num_drc_indexes
    doc: One index per connector, unique in the machine.
