meta:
  id: dtb
  title: Flattened device tree blob (DTB, FDT), with QEMU's sPAPR properties decoded
  application:
    - QEMU (qemu-system-ppc64 -M pseries,dumpdtb=FILE)
    - dtc, libfdt, Linux, U-Boot
  file-extension: dtb
  xref:
    wikidata: Q16960371
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
  The flattened device tree is how a machine description reaches an
  operating system: a header, a memory reservation block, a structure block
  and a strings block. The structure block is a stream of big-endian 32-bit
  tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
  (length, offset of the property's name in the strings block, value) and
  child nodes, and closes with END_NODE; END closes the block. NOP tokens may
  appear anywhere and mean nothing. Names and values are padded to 4 bytes.

  QEMU's pseries machine hands the guest such a tree (and writes it to a file
  with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
  reconfiguration properties of the sPAPR hotplug specification wherever
  they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
  `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
  `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
  `ibm,my-drc-index`. Other property values stay raw bytes.

  Only version 17 blobs (the only version written today; its last
  compatible version is 16) are read.
doc-ref:
  - https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html
  - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: magic
    contents: [0xd0, 0x0d, 0xfe, 0xed]
    doc: The four bytes d0 0d fe ed.
  - id: len_total
    type: u4
    doc: Size of the whole blob in bytes, all blocks and gaps included.
    -orig-id: totalsize
  - id: ofs_structure_block
    type: u4
    doc: Offset of the structure block from the start of the blob.
    -orig-id: off_dt_struct
  - id: ofs_strings_block
    type: u4
    doc: Offset of the strings block from the start of the blob.
    -orig-id: off_dt_strings
  - id: ofs_memory_reservation_block
    type: u4
    doc: Offset of the memory reservation block from the start of the blob.
    -orig-id: off_mem_rsvmap
  - id: version
    type: u4
    valid:
      min: 17
    doc: Version of the format; 17 for every blob written today.
  - id: min_compatible_version
    type: u4
    doc: Oldest version a reader may know and still read this blob (16 for version 17).
    -orig-id: last_comp_version
  - id: boot_cpuid_phys
    type: u4
    doc: Physical id of the CPU that boots (its `reg` value in the /cpus node).
  - id: len_strings_block
    type: u4
    doc: Size of the strings block in bytes.
    -orig-id: size_dt_strings
  - id: len_structure_block
    type: u4
    doc: Size of the structure block in bytes.
    -orig-id: size_dt_struct
instances:
  memory_reservations:
    pos: ofs_memory_reservation_block
    type: memory_reservation
    repeat: until
    repeat-until: _.address == 0 and _.size == 0
    doc: |
      Ranges of physical memory the operating system must not use, ended
      by an entry whose address and size are both zero (kept in the list).
  structure_block:
    pos: ofs_structure_block
    size: len_structure_block
    type: structure_block
    doc: The tree itself, as a stream of tokens.
  strings_block:
    pos: ofs_strings_block
    size: len_strings_block
    type: strings_block
    doc: The NUL-terminated property names that PROP tokens point into.
types:
  memory_reservation:
    doc: One reserved range (16 bytes).
    -orig-id: fdt_reserve_entry
    seq:
      - id: address
        type: u8
        doc: First physical address of the range.
      - id: size
        type: u8
        doc: Length of the range in bytes; zero with a zero address ends the list.
  strings_block:
    doc: The property names, NUL-terminated, one after another.
    seq:
      - id: data
        size-eos: true
        doc: The raw block; `fdt_property.name` reads from it.
  structure_block:
    doc: |
      Top-level tokens of the structure block: usually NOPs, the root
      node (a BEGIN_NODE token with everything inside it) and END.
    seq:
      - id: items
        type: item
        repeat: until
        repeat-until: _.token == token::end
        doc: Tokens up to and including END.
  item:
    doc: |
      One token and what follows it. BEGIN_NODE is followed by a whole
      node (its name, its properties and children, up to its END_NODE
      token); PROP by a property; the other tokens by nothing.
    seq:
      - id: token
        type: u4
        enum: token
        valid:
          in-enum: true
        doc: What comes next; any other number is an error.
      - id: body
        type:
          switch-on: token
          cases:
            token::begin_node: node
            token::prop: property
        doc: The node or property the token opens (absent for END_NODE, NOP and END).
  node:
    doc: |
      A node: its name (the root's is empty; others are `name@unit-address`),
      then its properties and child nodes in any order, up to the END_NODE
      token that closes it.
    seq:
      - id: name
        type: strz
        encoding: ASCII
        doc: Node name, NUL-terminated.
      - id: name_padding
        size: (4 - (_io.pos % 4)) % 4
        doc: Zeros up to the next 4-byte boundary.
      - id: items
        type: item
        repeat: until
        repeat-until: _.token == token::end_node
        doc: Properties, child nodes and NOPs of this node, ended by END_NODE (kept in the list).
  property:
    doc: |
      A property: the length of its value, where its name is in the
      strings block, and the value. The sPAPR dynamic reconfiguration
      properties are decoded by name; other values stay raw bytes.
    -orig-id: fdt_property
    seq:
      - id: len_value
        type: u4
        doc: Length of the value in bytes (zero for a property that is only a flag).
        -orig-id: len
      - id: ofs_name
        type: u4
        doc: Offset of the property's name in the strings block.
        -orig-id: nameoff
      - id: value
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
        doc: The value; decoded for the sPAPR properties named above, raw bytes otherwise.
      - id: value_padding
        size: (4 - (len_value % 4)) % 4
        doc: Zeros up to the next 4-byte boundary.
    instances:
      name:
        io: _root.strings_block._io
        pos: ofs_name
        type: strz
        encoding: ASCII
        doc: The property's name, read from the strings block.
enums:
  token:
    1:
      id: begin_node
      doc: Opens a node; its name follows.
      -orig-id: FDT_BEGIN_NODE
    2:
      id: end_node
      doc: Closes the innermost open node.
      -orig-id: FDT_END_NODE
    3:
      id: prop
      doc: A property of the innermost open node follows.
      -orig-id: FDT_PROP
    4:
      id: nop
      doc: Nothing; tools overwrite removed entries with it.
      -orig-id: FDT_NOP
    9:
      id: end
      doc: End of the structure block.
      -orig-id: FDT_END
