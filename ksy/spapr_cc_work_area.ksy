meta:
  id: spapr_cc_work_area
  title: sPAPR ibm,configure-connector work area
  application: QEMU (qemu-system-ppc64 -M pseries, RTAS ibm,configure-connector)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
    - spapr_drc_indexes
    - spapr_drc_names
    - spapr_drc_types
    - spapr_drc_power_domains
    - spapr_lrdr_capacity
    - spapr_dynamic_memory
    - spapr_dynamic_memory_v2
    - spapr_associativity_lookup_arrays
doc: |
  The 4096-byte buffer through which ibm,configure-connector hands the
  device tree of a newly plugged resource to the guest, one step per call.
  The guest writes the connector's DRC index into the first word and calls
  again and again; each answer (`spapr::cc_status`) says what the work area
  now holds: the name of a child node (next-child), or the name, length
  and value of a property (next-property); previous-parent closes a node,
  complete ends the fragment. Offsets are counted in bytes from the start of
  the work area; QEMU puts the name at offset 20 and a property's value right
  after the name's NUL. Words 3 and 4 are only meaningful after next-property
  (QEMU leaves older values there otherwise).

  The value is decoded for the sPAPR properties that `dtb` decodes (the
  same table of names).
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: drc_index
    type: spapr::drc_index
    doc: Word 0, the connector being configured (written by the guest).
  - id: reserved
    type: u4
    doc: Word 1, zero.
  - id: ofs_name
    type: u4
    doc: Word 2, offset of the NUL-terminated node or property name.
  - id: len_value
    type: u4
    doc: Word 3, length of the property value (next-property only).
  - id: ofs_value
    type: u4
    doc: Word 4, offset of the property value (next-property only).
instances:
  name:
    pos: ofs_name
    type: strz
    encoding: ASCII
    if: ofs_name >= 20 and ofs_name.as<s8> < _io.size
    doc: The node or property name the last call gave.
  value:
    pos: ofs_value
    size: len_value
    type:
      switch-on: name
      cases:
        '"ibm,drc-indexes"': spapr_drc_indexes
        '"ibm,drc-names"': spapr_drc_names
        '"ibm,drc-types"': spapr_drc_types
        '"ibm,drc-power-domains"': spapr_drc_power_domains
        '"ibm,lrdr-capacity"': spapr_lrdr_capacity
        '"ibm,dynamic-memory"': spapr_dynamic_memory
        '"ibm,dynamic-memory-v2"': spapr_dynamic_memory_v2
        '"ibm,associativity-lookup-arrays"': spapr_associativity_lookup_arrays
        '"ibm,my-drc-index"': spapr::drc_index
    if: ofs_name >= 20 and ofs_name.as<s8> < _io.size and ofs_value > ofs_name and ofs_value.as<s8> + len_value.as<s8> <= _io.size
    doc: The property value the last call gave (after next-property; decoded for the sPAPR properties).
