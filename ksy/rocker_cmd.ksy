meta:
  id: rocker_cmd
  title: Rocker command descriptor buffer (TLVs)
  application: QEMU (-device rocker)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - rocker
doc: |
  The buffer of a descriptor on the command ring: TLVs. Each TLV has an
  8-byte header (a 32-bit type, a 16-bit length, 2 bytes of padding) and a
  value padded to 8 bytes. The length counts the header too (QEMU and the
  Linux driver do it this way; the spec text calls it the value length), so
  the value has length - 8 bytes and the next TLV starts at the length
  rounded up to 8. A TLV can hold other TLVs (a nest).

  A command is a CMD_TYPE TLV (16-bit command number) and a CMD_INFO nest
  whose TLVs depend on the command: port settings for GET/SET_PORT_SETTINGS,
  OF-DPA attributes for the flow and group commands. The nest is decoded by
  the CMD_TYPE that comes before it. For GET_PORT_SETTINGS the device writes
  its answer over the buffer: a CMD_INFO nest of port settings alone, which
  this spec decodes as port settings too. (The answer to
  OF_DPA_FLOW_GET_STATS, top-level `flow_stat_attr` TLVs, is a different
  buffer: see `flow_stats`.)
doc-ref: https://www.qemu.org/docs/master/specs/rocker.html#port-settings
seq:
  - id: tlvs
    type: cmd_tlv
    repeat: eos
    doc: The command's TLVs.
instances:
  cmd_type:
    value: 'tlvs.size > 0 and tlvs[0].tlv_type == cmd_attr::type ? tlvs[0].value.as<rocker::le_uint>.value : 0'
    doc: The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer).
types:
  cmd_tlv:
    doc: A top-level TLV of a command buffer.
    seq:
      - id: tlv_type
        type: u4
        enum: cmd_attr
        doc: CMD_TYPE or CMD_INFO.
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
            cmd_attr::type: rocker::le_uint
            cmd_attr::info: cmd_info
        doc: The command number (CMD_TYPE) or the nested TLVs (CMD_INFO).
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  cmd_info:
    doc: The CMD_INFO nest, decoded by the command it belongs to.
    seq:
      - id: port_settings
        type: port_settings_tlv
        repeat: eos
        if: _parent._parent.cmd_type <= 2
        doc: Port settings (GET/SET_PORT_SETTINGS, or the device's GET answer).
      - id: of_dpa
        type: of_dpa_tlv
        repeat: eos
        if: _parent._parent.cmd_type >= 3
        doc: OF-DPA flow or group attributes.
  port_settings_tlv:
    doc: One port setting.
    seq:
      - id: tlv_type
        type: u4
        enum: port_setting
        doc: Which setting.
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
            port_setting::pport: rocker::le_uint
            port_setting::speed: rocker::le_uint
            port_setting::duplex: rocker::le_uint
            port_setting::autoneg: rocker::le_uint
            port_setting::macaddr: rocker::mac_address
            port_setting::mode: rocker::le_uint
            port_setting::learning: rocker::le_uint
            port_setting::phys_name: rocker::text
        doc: The setting's value.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  of_dpa_tlv:
    doc: One OF-DPA attribute of a flow or group command.
    seq:
      - id: tlv_type
        type: u4
        enum: of_dpa_attr
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
            of_dpa_attr::table_id: rocker::le_uint
            of_dpa_attr::priority: rocker::le_uint
            of_dpa_attr::hardtime: rocker::le_uint
            of_dpa_attr::idletime: rocker::le_uint
            of_dpa_attr::cookie: rocker::le_uint
            of_dpa_attr::in_pport: rocker::le_uint
            of_dpa_attr::in_pport_mask: rocker::le_uint
            of_dpa_attr::out_pport: rocker::le_uint
            of_dpa_attr::goto_table_id: rocker::le_uint
            of_dpa_attr::group_id: rocker::le_uint
            of_dpa_attr::group_id_lower: rocker::le_uint
            of_dpa_attr::group_count: rocker::le_uint
            of_dpa_attr::group_ids: rocker::u4_list
            of_dpa_attr::vlan_id: rocker::be_uint
            of_dpa_attr::vlan_id_mask: rocker::be_uint
            of_dpa_attr::vlan_pcp: rocker::be_uint
            of_dpa_attr::vlan_pcp_mask: rocker::be_uint
            of_dpa_attr::vlan_pcp_action: rocker::le_uint
            of_dpa_attr::new_vlan_id: rocker::be_uint
            of_dpa_attr::new_vlan_pcp: rocker::le_uint
            of_dpa_attr::tunnel_id: rocker::le_uint
            of_dpa_attr::tunnel_lport: rocker::le_uint
            of_dpa_attr::ethertype: rocker::be_uint
            of_dpa_attr::dst_mac: rocker::mac_address
            of_dpa_attr::dst_mac_mask: rocker::mac_address
            of_dpa_attr::src_mac: rocker::mac_address
            of_dpa_attr::src_mac_mask: rocker::mac_address
            of_dpa_attr::ip_proto: rocker::le_uint
            of_dpa_attr::ip_proto_mask: rocker::le_uint
            of_dpa_attr::ip_dscp: rocker::le_uint
            of_dpa_attr::ip_dscp_mask: rocker::le_uint
            of_dpa_attr::ip_dscp_action: rocker::le_uint
            of_dpa_attr::new_ip_dscp: rocker::le_uint
            of_dpa_attr::ip_ecn: rocker::le_uint
            of_dpa_attr::ip_ecn_mask: rocker::le_uint
            of_dpa_attr::dst_ip: rocker::ipv4_address
            of_dpa_attr::dst_ip_mask: rocker::ipv4_address
            of_dpa_attr::src_ip: rocker::ipv4_address
            of_dpa_attr::src_ip_mask: rocker::ipv4_address
            of_dpa_attr::dst_ipv6: rocker::ipv6_address
            of_dpa_attr::dst_ipv6_mask: rocker::ipv6_address
            of_dpa_attr::src_ipv6: rocker::ipv6_address
            of_dpa_attr::src_ipv6_mask: rocker::ipv6_address
            of_dpa_attr::src_arp_ip: rocker::ipv4_address
            of_dpa_attr::src_arp_ip_mask: rocker::ipv4_address
            of_dpa_attr::l4_dst_port: rocker::be_uint
            of_dpa_attr::l4_dst_port_mask: rocker::be_uint
            of_dpa_attr::l4_src_port: rocker::be_uint
            of_dpa_attr::l4_src_port_mask: rocker::be_uint
            of_dpa_attr::icmp_type: rocker::le_uint
            of_dpa_attr::icmp_type_mask: rocker::le_uint
            of_dpa_attr::icmp_code: rocker::le_uint
            of_dpa_attr::icmp_code_mask: rocker::le_uint
            of_dpa_attr::ipv6_label: rocker::be_uint
            of_dpa_attr::ipv6_label_mask: rocker::be_uint
            of_dpa_attr::queue_id_action: rocker::le_uint
            of_dpa_attr::new_queue_id: rocker::le_uint
            of_dpa_attr::clear_actions: rocker::le_uint
            of_dpa_attr::pop_vlan: rocker::le_uint
            of_dpa_attr::ttl_check: rocker::le_uint
            of_dpa_attr::copy_cpu_action: rocker::le_uint
        doc: The attribute's value; little-endian numbers, network order where the spec says (N).
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
  flow_stats:
    doc: The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer.
    seq:
      - id: tlvs
        type: flow_stat_tlv
        repeat: eos
        doc: Duration, received and sent packets.
  flow_stat_tlv:
    doc: One flow statistic.
    seq:
      - id: tlv_type
        type: u4
        enum: flow_stat_attr
        doc: Which statistic.
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
        doc: The statistic.
      - id: padding
        size: (8 - len_tlv % 8) % 8
        doc: Zeros up to an 8-byte boundary.
enums:
  cmd_attr:
    1:
      id: type
      doc: CMD_TYPE, the command (`cmd_type`), 16 bits.
      -orig-id: ROCKER_TLV_CMD_TYPE
    2:
      id: info
      doc: CMD_INFO, a nest of the command's attributes.
      -orig-id: ROCKER_TLV_CMD_INFO
  cmd_type:
    1:
      id: get_port_settings
      doc: Read a port's settings; the device answers with a CMD_INFO nest.
    2:
      id: set_port_settings
      doc: Change a port's speed/duplex/autoneg, MAC address, mode or learning.
    3:
      id: of_dpa_flow_add
      doc: Add a flow table entry.
    4:
      id: of_dpa_flow_mod
      doc: Modify a flow table entry.
    5:
      id: of_dpa_flow_del
      doc: Delete a flow table entry.
    6:
      id: of_dpa_flow_get_stats
      doc: Read a flow's statistics (answer in `flow_stats`).
    7:
      id: of_dpa_group_add
      doc: Add a group table entry.
    8:
      id: of_dpa_group_mod
      doc: Modify a group table entry.
    9:
      id: of_dpa_group_del
      doc: Delete a group table entry.
    10:
      id: of_dpa_group_get_stats
      doc: Read a group's statistics.
  port_setting:
    1:
      id: pport
      doc: Physical port number (32 bits), 1..62.
    2:
      id: speed
      doc: Speed in Mbit/s (32 bits).
    3:
      id: duplex
      doc: 1 full duplex, 0 half (8 bits).
    4:
      id: autoneg
      doc: 1 autonegotiation on, 0 off (8 bits).
    5:
      id: macaddr
      doc: The port's MAC address (6 bytes).
    6:
      id: mode
      doc: The port's mode (`rocker::port_mode`, 8 bits).
    7:
      id: learning
      doc: 1 learns MAC addresses on the port, 0 does not (8 bits).
    8:
      id: phys_name
      doc: The port's name, without NUL ("<switch name>p<port>" in QEMU).
  flow_stat_attr:
    1:
      id: duration
      doc: Seconds since the flow was installed (32 bits).
    2:
      id: rx_pkts
      doc: Packets received (64 bits).
    3:
      id: tx_pkts
      doc: Packets sent (64 bits).
  of_dpa_attr:
    1:
      id: table_id
      doc: OF-DPA table the flow is in (`of_dpa_table`).
      -orig-id: ROCKER_TLV_OF_DPA_TABLE_ID
    2:
      id: priority
      doc: Flow priority.
      -orig-id: ROCKER_TLV_OF_DPA_PRIORITY
    3:
      id: hardtime
      doc: Hard timeout of the flow, seconds.
      -orig-id: ROCKER_TLV_OF_DPA_HARDTIME
    4:
      id: idletime
      doc: Idle timeout of the flow, seconds.
      -orig-id: ROCKER_TLV_OF_DPA_IDLETIME
    5:
      id: cookie
      doc: Cookie naming the flow (64 bits).
      -orig-id: ROCKER_TLV_OF_DPA_COOKIE
    6:
      id: in_pport
      doc: Ingress physical port.
      -orig-id: ROCKER_TLV_OF_DPA_IN_PPORT
    7:
      id: in_pport_mask
      doc: Ingress physical port mask.
      -orig-id: ROCKER_TLV_OF_DPA_IN_PPORT_MASK
    8:
      id: out_pport
      doc: Egress physical port (output action; 0 is the controller).
      -orig-id: ROCKER_TLV_OF_DPA_OUT_PPORT
    9:
      id: goto_table_id
      doc: Next table; 0 drops.
      -orig-id: ROCKER_TLV_OF_DPA_GOTO_TABLE_ID
    10:
      id: group_id
      doc: The group (in group commands) or the group action (in flows).
      -orig-id: ROCKER_TLV_OF_DPA_GROUP_ID
    11:
      id: group_id_lower
      doc: Next group in a chain (group actions).
      -orig-id: ROCKER_TLV_OF_DPA_GROUP_ID_LOWER
    12:
      id: group_count
      doc: Number of group IDs that follow.
      -orig-id: ROCKER_TLV_OF_DPA_GROUP_COUNT
    13:
      id: group_ids
      doc: Group IDs (32-bit array).
      -orig-id: ROCKER_TLV_OF_DPA_GROUP_IDS
    14:
      id: vlan_id
      doc: VLAN ID (N).
      -orig-id: ROCKER_TLV_OF_DPA_VLAN_ID
    15:
      id: vlan_id_mask
      doc: VLAN ID mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_VLAN_ID_MASK
    16:
      id: vlan_pcp
      doc: VLAN priority code point (N).
      -orig-id: ROCKER_TLV_OF_DPA_VLAN_PCP
    17:
      id: vlan_pcp_mask
      doc: VLAN priority code point mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_VLAN_PCP_MASK
    18:
      id: vlan_pcp_action
      doc: Write the VLAN priority.
      -orig-id: ROCKER_TLV_OF_DPA_VLAN_PCP_ACTION
    19:
      id: new_vlan_id
      doc: New VLAN ID (N).
      -orig-id: ROCKER_TLV_OF_DPA_NEW_VLAN_ID
    20:
      id: new_vlan_pcp
      doc: New VLAN priority.
      -orig-id: ROCKER_TLV_OF_DPA_NEW_VLAN_PCP
    21:
      id: tunnel_id
      doc: Tunnel ID.
      -orig-id: ROCKER_TLV_OF_DPA_TUNNEL_ID
    22:
      id: tunnel_lport
      doc: Tunnel logical port.
      -orig-id: ROCKER_TLV_OF_DPA_TUNNEL_LPORT
    23:
      id: ethertype
      doc: Ethertype (N).
      -orig-id: ROCKER_TLV_OF_DPA_ETHERTYPE
    24:
      id: dst_mac
      doc: Destination MAC (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_MAC
    25:
      id: dst_mac_mask
      doc: Destination MAC mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_MAC_MASK
    26:
      id: src_mac
      doc: Source MAC (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_MAC
    27:
      id: src_mac_mask
      doc: Source MAC mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_MAC_MASK
    28:
      id: ip_proto
      doc: IP protocol.
      -orig-id: ROCKER_TLV_OF_DPA_IP_PROTO
    29:
      id: ip_proto_mask
      doc: IP protocol mask.
      -orig-id: ROCKER_TLV_OF_DPA_IP_PROTO_MASK
    30:
      id: ip_dscp
      doc: DSCP.
      -orig-id: ROCKER_TLV_OF_DPA_IP_DSCP
    31:
      id: ip_dscp_mask
      doc: DSCP mask.
      -orig-id: ROCKER_TLV_OF_DPA_IP_DSCP_MASK
    32:
      id: ip_dscp_action
      doc: Write the DSCP.
      -orig-id: ROCKER_TLV_OF_DPA_IP_DSCP_ACTION
    33:
      id: new_ip_dscp
      doc: New DSCP.
      -orig-id: ROCKER_TLV_OF_DPA_NEW_IP_DSCP
    34:
      id: ip_ecn
      doc: ECN.
      -orig-id: ROCKER_TLV_OF_DPA_IP_ECN
    35:
      id: ip_ecn_mask
      doc: ECN mask.
      -orig-id: ROCKER_TLV_OF_DPA_IP_ECN_MASK
    36:
      id: dst_ip
      doc: Destination IPv4 address (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_IP
    37:
      id: dst_ip_mask
      doc: Destination IPv4 mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_IP_MASK
    38:
      id: src_ip
      doc: Source IPv4 address (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_IP
    39:
      id: src_ip_mask
      doc: Source IPv4 mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_IP_MASK
    40:
      id: dst_ipv6
      doc: Destination IPv6 address (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_IPV6
    41:
      id: dst_ipv6_mask
      doc: Destination IPv6 mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_DST_IPV6_MASK
    42:
      id: src_ipv6
      doc: Source IPv6 address (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_IPV6
    43:
      id: src_ipv6_mask
      doc: Source IPv6 mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_IPV6_MASK
    44:
      id: src_arp_ip
      doc: Source IPv4 address in an ARP payload (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_ARP_IP
    45:
      id: src_arp_ip_mask
      doc: Its mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_SRC_ARP_IP_MASK
    46:
      id: l4_dst_port
      doc: L4 destination port (N).
      -orig-id: ROCKER_TLV_OF_DPA_L4_DST_PORT
    47:
      id: l4_dst_port_mask
      doc: L4 destination port mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_L4_DST_PORT_MASK
    48:
      id: l4_src_port
      doc: L4 source port (N).
      -orig-id: ROCKER_TLV_OF_DPA_L4_SRC_PORT
    49:
      id: l4_src_port_mask
      doc: L4 source port mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_L4_SRC_PORT_MASK
    50:
      id: icmp_type
      doc: ICMP type.
      -orig-id: ROCKER_TLV_OF_DPA_ICMP_TYPE
    51:
      id: icmp_type_mask
      doc: ICMP type mask.
      -orig-id: ROCKER_TLV_OF_DPA_ICMP_TYPE_MASK
    52:
      id: icmp_code
      doc: ICMP code.
      -orig-id: ROCKER_TLV_OF_DPA_ICMP_CODE
    53:
      id: icmp_code_mask
      doc: ICMP code mask.
      -orig-id: ROCKER_TLV_OF_DPA_ICMP_CODE_MASK
    54:
      id: ipv6_label
      doc: IPv6 flow label (N).
      -orig-id: ROCKER_TLV_OF_DPA_IPV6_LABEL
    55:
      id: ipv6_label_mask
      doc: IPv6 flow label mask (N).
      -orig-id: ROCKER_TLV_OF_DPA_IPV6_LABEL_MASK
    56:
      id: queue_id_action
      doc: Write the queue ID.
      -orig-id: ROCKER_TLV_OF_DPA_QUEUE_ID_ACTION
    57:
      id: new_queue_id
      doc: New queue ID.
      -orig-id: ROCKER_TLV_OF_DPA_NEW_QUEUE_ID
    58:
      id: clear_actions
      doc: 1 drops matching packets.
      -orig-id: ROCKER_TLV_OF_DPA_CLEAR_ACTIONS
    59:
      id: pop_vlan
      doc: Strip the outer VLAN tag.
      -orig-id: ROCKER_TLV_OF_DPA_POP_VLAN
    60:
      id: ttl_check
      doc: Check the TTL.
      -orig-id: ROCKER_TLV_OF_DPA_TTL_CHECK
    61:
      id: copy_cpu_action
      doc: Copy the packet to the CPU.
      -orig-id: ROCKER_TLV_OF_DPA_COPY_CPU_ACTION
