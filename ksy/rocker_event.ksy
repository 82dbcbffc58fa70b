meta:
  id: rocker_event
  title: Rocker event descriptor buffer (TLVs)
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - rocker
doc: |
  The buffer the device fills for a descriptor on the event ring: an
  EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
  with the details. TLV headers are as in `rocker_cmd` (the length counts
  the 8-byte header; values are padded to 8 bytes). QEMU writes the event
  type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
  QEMU sends LINK_CHANGED when a port is enabled or disabled through
  PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
  packet arrives from an unknown source on a port that learns.
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html#events
seq:
  - id: tlvs
    type: event_tlv
    repeat: eos
    doc: The event's TLVs.
instances:
  event_type:
    value: 'tlvs.size > 0 and tlvs[0].tlv_type == event_attr::type ? tlvs[0].value.as<rocker::le_uint>.value : 0'
    doc: The event, from an EVENT_TYPE TLV that comes first (0 if there is none).
types:
  event_tlv:
    doc: A top-level TLV of an event buffer.
    seq:
      - id: tlv_type
        type: u4
        enum: event_attr
        doc: EVENT_TYPE or EVENT_INFO.
      - id: len_tlv
        type: u2
        valid:
          min: 8
        doc: Length of the TLV, header included.
      - id: reserved
        type: u2
        doc: Padding; zero.
      - id: value
        size: len_tlv - 8
        type:
          switch-on: tlv_type
          cases:
            event_attr::type: rocker::le_uint
            event_attr::info: event_info
        doc: The event number or the nested details.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  event_info:
    doc: The EVENT_INFO nest, decoded by the event type.
    seq:
      - id: link_changed
        type: link_changed_tlv
        repeat: eos
        if: _parent._parent.event_type == event_type::link_changed.to_i.as<u8>
        doc: Details of a link change.
      - id: mac_vlan_seen
        type: mac_vlan_tlv
        repeat: eos
        if: _parent._parent.event_type == event_type::mac_vlan_seen.to_i.as<u8>
        doc: Details of a newly seen MAC/VLAN.
      - id: raw
        size-eos: true
        if: _parent._parent.event_type != event_type::link_changed.to_i.as<u8> and _parent._parent.event_type != event_type::mac_vlan_seen.to_i.as<u8>
        doc: The nest of an unknown event, undecoded.
  link_changed_tlv:
    doc: One attribute of a LINK_CHANGED event.
    seq:
      - id: tlv_type
        type: u4
        enum: link_changed_attr
        doc: Which attribute.
      - id: len_tlv
        type: u2
        valid:
          min: 8
        doc: Length of the TLV, header included.
      - id: reserved
        type: u2
        doc: Padding; zero.
      - id: value
        size: len_tlv - 8
        type: rocker::le_uint
        doc: The port or the link state.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  mac_vlan_tlv:
    doc: One attribute of a MAC_VLAN_SEEN event.
    seq:
      - id: tlv_type
        type: u4
        enum: mac_vlan_attr
        doc: Which attribute.
      - id: len_tlv
        type: u2
        valid:
          min: 8
        doc: Length of the TLV, header included.
      - id: reserved
        type: u2
        doc: Padding; zero.
      - id: value
        size: len_tlv - 8
        type:
          switch-on: tlv_type
          cases:
            mac_vlan_attr::pport: rocker::le_uint
            mac_vlan_attr::mac: rocker::mac_address
            mac_vlan_attr::vlan_id: rocker::be_uint
        doc: The port, the source MAC address, or the VLAN ID (network order).
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
enums:
  event_attr:
    1:
      id: type
      doc: EVENT_TYPE (`event_type`).
      -orig-id: ROCKER_TLV_EVENT_TYPE
    2:
      id: info
      doc: EVENT_INFO, a nest.
      -orig-id: ROCKER_TLV_EVENT_INFO
  event_type:
    1:
      id: link_changed
      doc: A port's link went up or down.
      -orig-id: ROCKER_TLV_EVENT_TYPE_LINK_CHANGED
    2:
      id: mac_vlan_seen
      doc: A packet from an unknown MAC/VLAN arrived on a port.
      -orig-id: ROCKER_TLV_EVENT_TYPE_MAC_VLAN_SEEN
  link_changed_attr:
    1:
      id: pport
      doc: Physical port (32 bits).
    2:
      id: linkup
      doc: 1 link up, 0 down (8 bits).
  mac_vlan_attr:
    1:
      id: pport
      doc: Physical port (32 bits).
    2:
      id: mac
      doc: Source MAC address (6 bytes).
    3:
      id: vlan_id
      doc: VLAN ID (16 bits, network order).
