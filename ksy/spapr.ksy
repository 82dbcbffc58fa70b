meta:
  id: spapr
  title: QEMU sPAPR (pseries) dynamic reconfiguration and hypercall constants
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  What the sPAPR specs share: the DRC index (a connector's type in the top
  4 bits, its id below), the flags word of a logical memory block, the
  registers of a hypercall, and the numbers of the sPAPR hotplug and
  hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
  and 9003 with their values, configure-connector answers, RTAS and
  hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
  H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
  hotplug event's type, action and identifier kinds.

  This spec has no top-level structure of its own; the property specs
  (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
  `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
  Everything is big-endian, as the guest (Power) sees it.
doc-ref:
  - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
  - https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html
types:
  drc_index:
    doc: |
      A dynamic reconfiguration connector index (32 bits). QEMU follows the
      PowerVM convention: the resource type in bits 31..28 and a number
      unique among connectors of that type in bits 27..0 (for memory, the
      LMB's address divided by the LMB size; for CPUs, the core id; for PCI
      slots, the PHB and slot).
    doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    seq:
      - id: drc_type
        type: b4
        enum: drc_type
        doc: Bits 31..28, the kind of resource behind the connector.
      - id: id
        type: b28
        doc: Bits 27..0, the connector's number among those of its type.
    instances:
      value:
        value: (drc_type.to_i.as<s8> * 268435456 + id.as<s8>).as<u4>
        doc: The whole index as one number.
  lmb_flags:
    doc: |
      The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
      spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
      not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
      that may be unplugged.
    doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    seq:
      - id: reserved_high
        type: b23
        doc: Bits 31..9, not defined; zero.
      - id: hot_removable
        type: b1
        doc: Bit 0x100, the LMB may be hot-unplugged (QEMU, since 5.1, for hotplugged DIMMs).
      - id: reserved_lmb
        type: b1
        doc: Bit 0x80, the LMB is reserved and not for the guest's dynamic use (QEMU sets it for boot memory).
      - id: unused_upper
        type: b1
        doc: Bit 0x40, not used by QEMU.
      - id: drc_invalid
        type: b1
        doc: Bit 0x20, the entry's DRC index does not name a connector (boot memory).
      - id: unused_lower
        type: b1
        doc: Bit 0x10, not used by QEMU.
      - id: assigned
        type: b1
        doc: Bit 0x8, the LMB belongs to the partition at boot (plugged).
      - id: reserved_bottom
        type: b3
        doc: Bits 2..0, not used by QEMU.
  hcall_registers:
    doc: |
      The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
      words: r3 holds the hypercall number on entry and the status on
      return; r4..r12 hold the arguments on entry and any outputs on
      return. qemuspec's guest-side hypercall agent keeps this image in
      guest memory.
    doc-ref: https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html
    seq:
      - id: r3
        type: s8
        doc: On entry the hypercall number (`hcall`), on return the status (`hcall_status`).
      - id: args
        type: u8
        repeat: expr
        repeat-expr: 9
        doc: r4..r12, arguments on entry and outputs on return.
  logical_memop_args:
    doc: |
      The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
      QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
      elements, and addresses not aligned to the element size; overlapping
      ranges are copied as with memmove.
    doc-ref: https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001
    seq:
      - id: destination
        type: u8
        doc: r4, guest physical address of the destination.
      - id: source
        type: u8
        doc: r5, guest physical address of the source.
      - id: element_size
        type: u8
        enum: memop_element_size
        doc: r6, log2 of the element size (0..3 for 1, 2, 4, 8 bytes).
      - id: num_elements
        type: u8
        doc: r7, number of elements.
      - id: operation
        type: u8
        enum: memop_operation
        doc: r8, what to do with each element.
  cas_vectors:
    doc: |
      The argument of client-architecture-support (H_CAS for SLOF, a client
      interface call otherwise): the processor versions the guest supports,
      as (mask, value) pairs ended by a pair whose value has a bit outside
      its mask (such as 0 / 0xffffffff), then the option vectors, each a
      length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
      for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
      ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
      (bytes counted from 1 after the length byte).
    doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    seq:
      - id: pvrs
        type: pvr_entry
        repeat: until
        repeat-until: _.mask == 0 and _.pvr == 0xffffffff
        doc: Supported processor versions, ended by the pair 0 / 0xffffffff (kept in the list).
      - id: num_vectors_minus_one
        type: u1
        doc: Number of option vectors minus one.
      - id: vectors
        type: option_vector
        repeat: expr
        repeat-expr: num_vectors_minus_one.as<s4> + 1
        doc: Option vectors 1, 2, ... in order.
  pvr_entry:
    doc: One processor version the guest supports.
    seq:
      - id: mask
        type: u4
        doc: Which bits of the processor version register to compare.
      - id: pvr
        type: u4
        doc: The value those bits must have.
  option_vector:
    doc: One option vector.
    seq:
      - id: len_data_minus_one
        type: u1
        doc: Number of bytes that follow, minus one.
      - id: data
        size: len_data_minus_one.as<s4> + 1
        doc: The vector's bytes (byte 1 first); bit 0 of a byte is its most significant bit.
enums:
  drc_type:
    1:
      id: cpu
      doc: A processor core ("CPU" in ibm,drc-types).
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_CPU
    2:
      id: phb
      doc: A PCI host bridge ("PHB").
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_PHB
    3:
      id: vio
      doc: A VIO slot ("SLOT").
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_VIO
    4:
      id: pci
      doc: A PCI slot ("28").
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_PCI
    8:
      id: lmb
      doc: A logical memory block ("MEM"; named "LMB n").
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_LMB
    9:
      id: pmem
      doc: An NVDIMM (persistent memory, "PMEM"); a QEMU addition to the spec's list.
      -orig-id: SPAPR_DR_CONNECTOR_TYPE_SHIFT_PMEM
  indicator:
    9001:
      id: isolation_state
      doc: Whether the device is isolated from the guest (`isolation_state` values).
      -orig-id: RTAS_SENSOR_TYPE_ISOLATION_STATE
    9002:
      id: dr_indicator
      doc: The connector's visual indicator (`dr_indicator_state` values); physical connectors only.
      -orig-id: RTAS_SENSOR_TYPE_DR
    9003:
      id: allocation_state
      doc: Allocate or release a logical resource (`allocation_state` values); logical connectors only.
      -orig-id: RTAS_SENSOR_TYPE_ALLOCATION_STATE
  sensor:
    9003:
      id: dr_entity_sense
      doc: What is behind a connector (`entity_sense` values), read with get-sensor-state.
      -orig-id: RTAS_SENSOR_TYPE_ENTITY_SENSE
  isolation_state:
    0:
      id: isolate
      doc: The guest may not use the device.
      -orig-id: SPAPR_DR_ISOLATION_STATE_ISOLATED
    1:
      id: unisolate
      doc: The guest may use the device.
      -orig-id: SPAPR_DR_ISOLATION_STATE_UNISOLATED
  dr_indicator_state:
    0:
      id: inactive
      doc: The resource may be removed safely.
      -orig-id: SPAPR_DR_INDICATOR_INACTIVE
    1:
      id: active
      doc: The resource is in use.
      -orig-id: SPAPR_DR_INDICATOR_ACTIVE
    2:
      id: identify
      doc: Show which slot this is (interactive hotplug).
      -orig-id: SPAPR_DR_INDICATOR_IDENTIFY
    3:
      id: action
      doc: Used like identify in most cases.
      -orig-id: SPAPR_DR_INDICATOR_ACTION
  allocation_state:
    0:
      id: unusable
      doc: Give the resource back to the platform's pool.
      -orig-id: SPAPR_DR_ALLOCATION_STATE_UNUSABLE
    1:
      id: usable
      doc: Ask for the resource to be allocated to the guest.
      -orig-id: SPAPR_DR_ALLOCATION_STATE_USABLE
    2:
      id: exchange
      doc: Allocate a spare for fail-over (not used by QEMU).
      -orig-id: SPAPR_DR_ALLOCATION_STATE_EXCHANGE
    3:
      id: recover
      doc: Reclaim a resource allocated earlier (not used by QEMU).
      -orig-id: SPAPR_DR_ALLOCATION_STATE_RECOVER
  entity_sense:
    0:
      id: empty
      doc: Physical connector with nothing in it.
      -orig-id: SPAPR_DR_ENTITY_SENSE_EMPTY
    1:
      id: present
      doc: A device or resource is there (physical) or allocated to the connector (logical).
      -orig-id: SPAPR_DR_ENTITY_SENSE_PRESENT
    2:
      id: unusable
      doc: Logical connector with no resource allocated.
      -orig-id: SPAPR_DR_ENTITY_SENSE_UNUSABLE
    3:
      id: exchange
      doc: Logical resource available for exchange.
      -orig-id: SPAPR_DR_ENTITY_SENSE_EXCHANGE
    4:
      id: recovery
      doc: Logical resource available for recovery.
      -orig-id: SPAPR_DR_ENTITY_SENSE_RECOVER
  cc_status:
    0:
      id: complete
      doc: The whole device tree fragment has been sent.
      -orig-id: SPAPR_DR_CC_RESPONSE_SUCCESS
    1:
      id: next_sibling
      doc: A sibling node starts; its name is in the work area (unused by QEMU).
      -orig-id: SPAPR_DR_CC_RESPONSE_NEXT_SIB
    2:
      id: next_child
      doc: A child node starts; its name is in the work area.
      -orig-id: SPAPR_DR_CC_RESPONSE_NEXT_CHILD
    3:
      id: next_property
      doc: A property of the current node; name, length and value are in the work area.
      -orig-id: SPAPR_DR_CC_RESPONSE_NEXT_PROPERTY
    4:
      id: previous_parent
      doc: The current node ends; go back up to its parent.
      -orig-id: SPAPR_DR_CC_RESPONSE_PREV_PARENT
    5:
      id: more_memory
      doc: The guest must give a second work area (arg 1); never answered by QEMU.
    9900:
      id: call_again
      doc: Took too long, call again later (990x in the spec); never answered by QEMU.
    -1:
      id: hardware_error
      doc: Building the fragment failed (QEMU).
      -orig-id: SPAPR_DR_CC_RESPONSE_ERROR
    -9003:
      id: not_configurable
      doc: The connector is not unisolated (or configured) yet (QEMU).
      -orig-id: SPAPR_DR_CC_RESPONSE_NOT_CONFIGURABLE
  rtas_status:
    0:
      id: success
      doc: The call did what was asked.
      -orig-id: RTAS_OUT_SUCCESS
    1:
      id: no_errors_found
      doc: No event is waiting (check-exception, event-scan).
      -orig-id: RTAS_OUT_NO_ERRORS_FOUND
    -1:
      id: hardware_error
      doc: The platform failed.
      -orig-id: RTAS_OUT_HW_ERROR
    -2:
      id: busy
      doc: Try again.
      -orig-id: RTAS_OUT_BUSY
    -3:
      id: parameter_error
      doc: Bad argument, unsupported sensor, or no such indicator.
      -orig-id: RTAS_OUT_PARAM_ERROR
    -9002:
      id: not_authorized
      doc: The partition may not do this.
      -orig-id: RTAS_OUT_NOT_AUTHORIZED
    -9999:
      id: system_parameter_error
      doc: Bad system parameter.
      -orig-id: RTAS_OUT_SYSPARM_PARAM_ERROR
  hcall:
    0xf000:
      id: h_rtas
      doc: Run an RTAS call; r4 is the guest physical address of the RTAS parameter block (`spapr_rtas_args`).
      -orig-id: KVMPPC_H_RTAS
    0xf001:
      id: h_logical_memop
      doc: Copy or invert memory in real mode; arguments in `logical_memop_args`.
      -orig-id: KVMPPC_H_LOGICAL_MEMOP
    0xf002:
      id: h_cas
      doc: |
        QEMU's client-architecture-support for SLOF: r4 the option vector
        table, r5 a buffer, r6 its size; QEMU writes a 4-byte header and the
        renegotiated device tree into the buffer. Not in the hypercall spec.
      -orig-id: KVMPPC_H_CAS
    0xf003:
      id: h_update_dt
      doc: SLOF gives QEMU its updated device tree (r4 its address). Not in the hypercall spec.
      -orig-id: KVMPPC_H_UPDATE_DT
    0xf005:
      id: h_vof_client
      doc: Client interface call of QEMU's Virtual Open Firmware (x-vof=on). Not in the hypercall spec.
      -orig-id: KVMPPC_H_VOF_CLIENT
  hcall_status:
    0:
      id: success
      doc: The hypercall did what was asked.
      -orig-id: H_SUCCESS
    1:
      id: busy
      doc: Try again.
      -orig-id: H_BUSY
    -1:
      id: hardware
      doc: The hypervisor failed.
      -orig-id: H_HARDWARE
    -2:
      id: function
      doc: No such hypercall.
      -orig-id: H_FUNCTION
    -3:
      id: privilege
      doc: Not allowed from this privilege level.
      -orig-id: H_PRIVILEGE
    -4:
      id: parameter
      doc: Bad argument (H_RTAS, H_LOGICAL_MEMOP).
      -orig-id: H_PARAMETER
  memop_element_size:
    0:
      id: one_byte
      doc: Elements of 1 byte.
    1:
      id: two_bytes
      doc: Elements of 2 bytes.
    2:
      id: four_bytes
      doc: Elements of 4 bytes.
    3:
      id: eight_bytes
      doc: Elements of 8 bytes.
  memop_operation:
    0:
      id: copy
      doc: Copy each source element to the destination.
    1:
      id: invert
      doc: |
        Called "xor" in the spec; QEMU writes the bitwise complement of each
        source element to the destination (SLOF inverts the screen with it).
  hotplug_type:
    1:
      id: cpu
      doc: Processor.
      -orig-id: RTAS_LOG_V6_HP_TYPE_CPU
    2:
      id: memory
      doc: Logical memory blocks.
      -orig-id: RTAS_LOG_V6_HP_TYPE_MEMORY
    3:
      id: slot
      doc: Slot.
      -orig-id: RTAS_LOG_V6_HP_TYPE_SLOT
    4:
      id: phb
      doc: PCI host bridge.
      -orig-id: RTAS_LOG_V6_HP_TYPE_PHB
    5:
      id: pci
      doc: PCI device.
      -orig-id: RTAS_LOG_V6_HP_TYPE_PCI
    6:
      id: pmem
      doc: NVDIMM (QEMU addition).
      -orig-id: RTAS_LOG_V6_HP_TYPE_PMEM
  hotplug_action:
    1:
      id: add
      doc: Plug the resource(s).
      -orig-id: RTAS_LOG_V6_HP_ACTION_ADD
    2:
      id: remove
      doc: Unplug the resource(s).
      -orig-id: RTAS_LOG_V6_HP_ACTION_REMOVE
  hotplug_identifier:
    1:
      id: drc_name
      doc: The event names the connector by its DRC name.
      -orig-id: RTAS_LOG_V6_HP_ID_DRC_NAME
    2:
      id: drc_index
      doc: The event names one connector by its DRC index.
      -orig-id: RTAS_LOG_V6_HP_ID_DRC_INDEX
    3:
      id: drc_count
      doc: The event gives a number of resources; the guest picks which.
      -orig-id: RTAS_LOG_V6_HP_ID_DRC_COUNT
    4:
      id: drc_count_indexed
      doc: A count and the first DRC index of a run (modern format only).
      -orig-id: RTAS_LOG_V6_HP_ID_DRC_COUNT_INDEXED
  event_class:
    0:
      id: internal_errors
      doc: Mask bit 0x80000000 of check-exception.
    1:
      id: epow
      doc: Mask bit 0x40000000; also carries legacy hotplug events.
    2:
      id: reserved
      doc: Mask bit 0x20000000.
    3:
      id: hot_plug
      doc: Mask bit 0x10000000; modern hotplug events (guests that asked for them).
    4:
      id: io
      doc: Mask bit 0x08000000.
