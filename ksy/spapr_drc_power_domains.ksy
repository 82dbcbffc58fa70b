meta:
  id: spapr_drc_power_domains
  title: sPAPR ibm,drc-power-domains device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The power domain of every connector listed in the ibm,drc-indexes
  property of the same node, in the same order: a big-endian count, then
  one signed 32-bit domain per connector. QEMU puts every connector in the
  "live insertion" domain -1, whose power the platform manages itself.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: num_power_domains
    type: u4
    doc: Number of entries (equal to the number of indexes).
  - id: power_domains
    type: s4
    repeat: expr
    repeat-expr: num_power_domains
    doc: Power domain of each connector; -1 for live insertion (all of QEMU's).
