meta:
  id: spapr_rtas_event_log
  title: sPAPR RTAS event log (version 6) with the hotplug section
  application: QEMU (qemu-system-ppc64 -M pseries, RTAS check-exception)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
doc: |
  What the RTAS call check-exception writes into the guest's buffer when an
  event is pending: an 8-byte header (a summary word and the length of the
  rest), then the version 6 extended log: a 16-byte header and a list of
  sections, each with an 8-byte section header (two-letter id, length
  including the header, version, subtype, creator). QEMU's hotplug events
  carry three sections: Main-A ("PH", with the creation time), Main-B
  ("UH") and the hotplug section ("HP"), which says what kind of resource
  to add or remove and names it by DRC index, by count, by count and first
  index, or by DRC name. Its power-down events carry an EPOW section ("EP")
  instead. Every number is big-endian.

  Guests that did not ask for the modern hotplug format (option vector 5,
  byte 6, bit 5) get hotplug events through the EPOW event source
  (check-exception mask bit 0x40000000); QEMU then names memory by count
  and CPUs and PCI devices by index.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: summary
    type: summary
    doc: Version, severity, disposition, initiator, target and type of the event.
  - id: len_extended_log
    type: u4
    doc: Length of the extended log that follows, in bytes.
    -orig-id: extended_length
  - id: extended_log
    size: len_extended_log
    type: extended_log
    doc: The version 6 extended log.
types:
  summary:
    doc: The first 32-bit word of an RTAS error log.
    seq:
      - id: version
        type: b8
        doc: Log format version; 6.
      - id: severity
        type: b3
        enum: severity
        doc: How bad the event is; "event" for hotplug and power-down.
      - id: disposition
        type: b2
        enum: disposition
        doc: Whether the platform recovered.
      - id: optional_part_present
        type: b1
        doc: An extended log follows (always set by QEMU).
      - id: reserved
        type: b2
        doc: Not defined; zero.
      - id: initiator
        type: b4
        enum: initiator
        doc: What started the event.
      - id: target
        type: b4
        enum: initiator
        doc: What the event is about (same numbering as the initiator).
      - id: log_type
        type: b8
        enum: log_type
        doc: Kind of event; 0xe5 for hotplug, 0x40 for EPOW.
  extended_log:
    doc: The version 6 extended log header and its sections.
    seq:
      - id: flags
        type: extended_log_flags
        doc: Validity and format flags (byte 0).
      - id: reserved1
        type: u1
        doc: Not defined.
      - id: powerpc_format
        type: b1
        doc: The log is in PowerPC format (set by QEMU).
      - id: reserved2
        type: b3
        doc: Not defined.
      - id: log_format
        type: b4
        doc: Log format; 0xe (platform event) from QEMU.
      - id: reserved3
        size: 9
        doc: Not defined; zero.
      - id: company
        type: strz
        size: 4
        encoding: ASCII
        doc: Company id, "IBM" followed by a NUL.
      - id: sections
        type: section
        repeat: eos
        doc: The sections, each with its own header.
  extended_log_flags:
    doc: Byte 0 of the extended log header.
    seq:
      - id: valid
        type: b1
        doc: 0x80, the log is valid.
      - id: unrecoverable_error
        type: b1
        doc: 0x40, an unrecoverable error.
      - id: recoverable_error
        type: b1
        doc: 0x20, a recoverable error.
      - id: degraded_operation
        type: b1
        doc: 0x10, the platform runs degraded.
      - id: predictive_error
        type: b1
        doc: 0x08, a predicted failure.
      - id: new_log
        type: b1
        doc: 0x04, not reported before.
      - id: big_endian
        type: b1
        doc: 0x02, the log is big-endian.
      - id: reserved
        type: b1
        doc: 0x01, not defined.
  section:
    doc: One section of the extended log; the header is 8 bytes.
    -orig-id: rtas_event_log_v6_section_header
    seq:
      - id: section_id
        type: u2
        enum: section_id
        doc: Two ASCII letters naming the section ("HP" is 0x4850).
      - id: len_section
        type: u2
        valid:
          min: 8
        doc: Length of the section including this header, in bytes.
        -orig-id: section_length
      - id: version
        type: u1
        doc: Section version; 1 for hotplug sections.
        -orig-id: section_version
      - id: subtype
        type: u1
        doc: Section subtype; unused (zero) in QEMU's sections.
        -orig-id: section_subtype
      - id: creator_component_id
        type: u2
        doc: Component that created the section; unused (zero).
      - id: body
        size: len_section - 8
        type:
          switch-on: section_id
          cases:
            section_id::main_a: main_a
            section_id::main_b: main_b
            section_id::epow: epow
            section_id::hotplug: hotplug
        doc: The section's contents, decoded for the sections QEMU writes.
  main_a:
    doc: Main-A ("PH", 40 bytes after the header), the primary header of a platform event.
    -orig-id: rtas_event_log_v6_maina
    seq:
      - id: creation_date
        type: u4
        doc: Date the event was made, BCD YYYYMMDD (read as hex digits).
      - id: creation_time
        type: u4
        doc: Time the event was made, BCD HHMMSS00.
      - id: platform1
        size: 8
        doc: Platform specific; zero from QEMU.
      - id: creator_id
        type: str
        size: 1
        encoding: ASCII
        doc: Who made the event; "H" (hypervisor) from QEMU.
      - id: reserved1
        size: 2
        doc: Not defined.
      - id: num_sections
        type: u1
        doc: Number of sections in the log (3 from QEMU).
        -orig-id: section_count
      - id: reserved2
        size: 4
        doc: Not defined.
      - id: platform2
        size: 8
        doc: Platform specific.
      - id: plid
        type: u4
        doc: Platform log id; QEMU counts up from 0 in host byte order.
      - id: platform3
        size: 4
        doc: Platform specific.
  main_b:
    doc: Main-B ("UH", 16 bytes after the header), the user header.
    -orig-id: rtas_event_log_v6_mainb
    seq:
      - id: subsystem_id
        type: u1
        doc: Subsystem; 0x80 for QEMU's hotplug events, 0xa0 (external environment) for power-down.
      - id: platform1
        type: u1
        doc: Platform specific.
      - id: event_severity
        type: u1
        doc: Severity; 0 (informational) from QEMU.
      - id: event_subtype
        type: u1
        doc: Subtype; 0 for hotplug, 0xd0 (normal shutdown) for power-down.
      - id: platform2
        size: 4
        doc: Platform specific.
      - id: reserved1
        size: 2
        doc: Not defined.
      - id: action_flags
        type: u2
        doc: Actions asked of the OS; zero from QEMU.
      - id: reserved2
        size: 4
        doc: Not defined.
  epow:
    doc: The EPOW section ("EP"), an environmental or power warning such as a power-down request.
    -orig-id: rtas_event_log_v6_epow
    seq:
      - id: sensor_value
        type: u1
        doc: Action asked for; 3 is system shutdown.
      - id: event_modifier
        type: u1
        doc: How; 1 is normal.
      - id: extended_modifier
        type: u1
        doc: Scope; 1 is this partition only.
      - id: reserved
        type: u1
        doc: Not defined.
      - id: reason_code
        size: 8
        doc: Platform specific reason.
  hotplug:
    doc: |
      The hotplug section ("HP"): what to plug or unplug and how it is
      identified. QEMU writes 12 bytes after the header (the identifier
      union is 8 bytes long); with a DRC name the section grows by the
      name's length.
    -orig-id: rtas_event_log_v6_hp
    seq:
      - id: hotplug_type
        type: u1
        enum: spapr::hotplug_type
        doc: Kind of resource.
      - id: action
        type: u1
        enum: spapr::hotplug_action
        doc: Add or remove.
        -orig-id: hotplug_action
      - id: identifier
        type: u1
        enum: spapr::hotplug_identifier
        doc: Which member of the union below names the resource.
        -orig-id: hotplug_identifier
      - id: capabilities
        type: u1
        doc: Capability flags (modern format; the reserved byte of the legacy format); zero from QEMU.
      - id: drc
        type:
          switch-on: identifier
          cases:
            spapr::hotplug_identifier::drc_index: spapr::drc_index
            spapr::hotplug_identifier::drc_count: drc_count
            spapr::hotplug_identifier::drc_count_indexed: drc_count_indexed
            spapr::hotplug_identifier::drc_name: drc_name
        doc: The resource(s) to act on.
  drc_count:
    doc: A number of resources of the type; the guest chooses which.
    seq:
      - id: count
        type: u4
        doc: How many resources to add or remove.
  drc_count_indexed:
    doc: A run of connectors, from `index` to `index` + `count` - 1 (modern format).
    seq:
      - id: count
        type: u4
        doc: How many consecutive connectors.
      - id: index
        type: spapr::drc_index
        doc: The first connector's index.
  drc_name:
    doc: A connector named by its DRC name (as in ibm,drc-names).
    seq:
      - id: name
        type: strz
        encoding: ASCII
        doc: The name, NUL-terminated.
enums:
  severity:
    0:
      id: no_error
      doc: Nothing wrong.
    1:
      id: event
      doc: An event, not an error (hotplug, power-down).
    2:
      id: warning
      doc: A warning.
    3:
      id: error_sync
      doc: A synchronous error.
    4:
      id: error
      doc: An error.
    5:
      id: fatal
      doc: A fatal error.
    6:
      id: already_reported
      doc: Reported before.
  disposition:
    0:
      id: fully_recovered
      doc: The platform recovered completely.
    1:
      id: limited_recovery
      doc: The platform recovered in part.
    2:
      id: not_recovered
      doc: Not recovered (QEMU's events use this).
  initiator:
    0:
      id: unknown
      doc: Unknown.
    1:
      id: cpu
      doc: A processor.
    2:
      id: pci
      doc: PCI.
    4:
      id: memory
      doc: Memory.
    6:
      id: hotplug
      doc: Hotplug.
  log_type:
    0x00:
      id: other
      doc: Other.
    0x01:
      id: retry
      doc: Retry.
    0x02:
      id: tce_error
      doc: TCE error.
    0x03:
      id: internal_device_failure
      doc: Internal device failure.
    0x04:
      id: timeout
      doc: Timeout.
    0x05:
      id: data_parity
      doc: Data parity error.
    0x06:
      id: address_parity
      doc: Address parity error.
    0x07:
      id: cache_parity
      doc: Cache parity error.
    0x08:
      id: address_invalid
      doc: Invalid address.
    0x09:
      id: ecc_uncorrected
      doc: Uncorrected ECC error.
    0x0a:
      id: ecc_corrected
      doc: Corrected ECC error.
    0x40:
      id: epow
      doc: Environmental and power warning.
    0xe5:
      id: hotplug
      doc: Hotplug event.
  section_id:
    0x5048:
      id: main_a
      doc: '"PH", the primary header.'
    0x5548:
      id: main_b
      doc: '"UH", the user header.'
    0x4550:
      id: epow
      doc: '"EP", environmental and power warning.'
    0x4850:
      id: hotplug
      doc: '"HP", hotplug.'
    0x4d43:
      id: machine_check
      doc: '"MC", machine check (FWNMI), delivered by QEMU outside check-exception.'
