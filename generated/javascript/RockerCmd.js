// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Rocker'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Rocker'));
  } else {
    factory(root.RockerCmd || (root.RockerCmd = {}), root.KaitaiStream, root.Rocker || (root.Rocker = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (RockerCmd_, KaitaiStream, Rocker_) {
/**
 * The buffer of a descriptor on the command ring: TLVs. Each TLV has an
 * 8-byte header (a 32-bit type, a 16-bit length, 2 bytes of padding) and a
 * value padded to 8 bytes. The length counts the header too (QEMU and the
 * Linux driver do it this way; the spec text calls it the value length), so
 * the value has length - 8 bytes and the next TLV starts at the length
 * rounded up to 8. A TLV can hold other TLVs (a nest).
 * 
 * A command is a CMD_TYPE TLV (16-bit command number) and a CMD_INFO nest
 * whose TLVs depend on the command: port settings for GET/SET_PORT_SETTINGS,
 * OF-DPA attributes for the flow and group commands. The nest is decoded by
 * the CMD_TYPE that comes before it. For GET_PORT_SETTINGS the device writes
 * its answer over the buffer: a CMD_INFO nest of port settings alone, which
 * this spec decodes as port settings too. (The answer to
 * OF_DPA_FLOW_GET_STATS, top-level `flow_stat_attr` TLVs, is a different
 * buffer: see `flow_stats`.)
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html#port-settings|Source}
 */

var RockerCmd = (function() {
  RockerCmd.CmdAttr = Object.freeze({
    TYPE: 1,
    INFO: 2,

    1: "TYPE",
    2: "INFO",
  });

  RockerCmd.CmdType = Object.freeze({
    GET_PORT_SETTINGS: 1,
    SET_PORT_SETTINGS: 2,
    OF_DPA_FLOW_ADD: 3,
    OF_DPA_FLOW_MOD: 4,
    OF_DPA_FLOW_DEL: 5,
    OF_DPA_FLOW_GET_STATS: 6,
    OF_DPA_GROUP_ADD: 7,
    OF_DPA_GROUP_MOD: 8,
    OF_DPA_GROUP_DEL: 9,
    OF_DPA_GROUP_GET_STATS: 10,

    1: "GET_PORT_SETTINGS",
    2: "SET_PORT_SETTINGS",
    3: "OF_DPA_FLOW_ADD",
    4: "OF_DPA_FLOW_MOD",
    5: "OF_DPA_FLOW_DEL",
    6: "OF_DPA_FLOW_GET_STATS",
    7: "OF_DPA_GROUP_ADD",
    8: "OF_DPA_GROUP_MOD",
    9: "OF_DPA_GROUP_DEL",
    10: "OF_DPA_GROUP_GET_STATS",
  });

  RockerCmd.FlowStatAttr = Object.freeze({
    DURATION: 1,
    RX_PKTS: 2,
    TX_PKTS: 3,

    1: "DURATION",
    2: "RX_PKTS",
    3: "TX_PKTS",
  });

  RockerCmd.OfDpaAttr = Object.freeze({
    TABLE_ID: 1,
    PRIORITY: 2,
    HARDTIME: 3,
    IDLETIME: 4,
    COOKIE: 5,
    IN_PPORT: 6,
    IN_PPORT_MASK: 7,
    OUT_PPORT: 8,
    GOTO_TABLE_ID: 9,
    GROUP_ID: 10,
    GROUP_ID_LOWER: 11,
    GROUP_COUNT: 12,
    GROUP_IDS: 13,
    VLAN_ID: 14,
    VLAN_ID_MASK: 15,
    VLAN_PCP: 16,
    VLAN_PCP_MASK: 17,
    VLAN_PCP_ACTION: 18,
    NEW_VLAN_ID: 19,
    NEW_VLAN_PCP: 20,
    TUNNEL_ID: 21,
    TUNNEL_LPORT: 22,
    ETHERTYPE: 23,
    DST_MAC: 24,
    DST_MAC_MASK: 25,
    SRC_MAC: 26,
    SRC_MAC_MASK: 27,
    IP_PROTO: 28,
    IP_PROTO_MASK: 29,
    IP_DSCP: 30,
    IP_DSCP_MASK: 31,
    IP_DSCP_ACTION: 32,
    NEW_IP_DSCP: 33,
    IP_ECN: 34,
    IP_ECN_MASK: 35,
    DST_IP: 36,
    DST_IP_MASK: 37,
    SRC_IP: 38,
    SRC_IP_MASK: 39,
    DST_IPV6: 40,
    DST_IPV6_MASK: 41,
    SRC_IPV6: 42,
    SRC_IPV6_MASK: 43,
    SRC_ARP_IP: 44,
    SRC_ARP_IP_MASK: 45,
    L4_DST_PORT: 46,
    L4_DST_PORT_MASK: 47,
    L4_SRC_PORT: 48,
    L4_SRC_PORT_MASK: 49,
    ICMP_TYPE: 50,
    ICMP_TYPE_MASK: 51,
    ICMP_CODE: 52,
    ICMP_CODE_MASK: 53,
    IPV6_LABEL: 54,
    IPV6_LABEL_MASK: 55,
    QUEUE_ID_ACTION: 56,
    NEW_QUEUE_ID: 57,
    CLEAR_ACTIONS: 58,
    POP_VLAN: 59,
    TTL_CHECK: 60,
    COPY_CPU_ACTION: 61,

    1: "TABLE_ID",
    2: "PRIORITY",
    3: "HARDTIME",
    4: "IDLETIME",
    5: "COOKIE",
    6: "IN_PPORT",
    7: "IN_PPORT_MASK",
    8: "OUT_PPORT",
    9: "GOTO_TABLE_ID",
    10: "GROUP_ID",
    11: "GROUP_ID_LOWER",
    12: "GROUP_COUNT",
    13: "GROUP_IDS",
    14: "VLAN_ID",
    15: "VLAN_ID_MASK",
    16: "VLAN_PCP",
    17: "VLAN_PCP_MASK",
    18: "VLAN_PCP_ACTION",
    19: "NEW_VLAN_ID",
    20: "NEW_VLAN_PCP",
    21: "TUNNEL_ID",
    22: "TUNNEL_LPORT",
    23: "ETHERTYPE",
    24: "DST_MAC",
    25: "DST_MAC_MASK",
    26: "SRC_MAC",
    27: "SRC_MAC_MASK",
    28: "IP_PROTO",
    29: "IP_PROTO_MASK",
    30: "IP_DSCP",
    31: "IP_DSCP_MASK",
    32: "IP_DSCP_ACTION",
    33: "NEW_IP_DSCP",
    34: "IP_ECN",
    35: "IP_ECN_MASK",
    36: "DST_IP",
    37: "DST_IP_MASK",
    38: "SRC_IP",
    39: "SRC_IP_MASK",
    40: "DST_IPV6",
    41: "DST_IPV6_MASK",
    42: "SRC_IPV6",
    43: "SRC_IPV6_MASK",
    44: "SRC_ARP_IP",
    45: "SRC_ARP_IP_MASK",
    46: "L4_DST_PORT",
    47: "L4_DST_PORT_MASK",
    48: "L4_SRC_PORT",
    49: "L4_SRC_PORT_MASK",
    50: "ICMP_TYPE",
    51: "ICMP_TYPE_MASK",
    52: "ICMP_CODE",
    53: "ICMP_CODE_MASK",
    54: "IPV6_LABEL",
    55: "IPV6_LABEL_MASK",
    56: "QUEUE_ID_ACTION",
    57: "NEW_QUEUE_ID",
    58: "CLEAR_ACTIONS",
    59: "POP_VLAN",
    60: "TTL_CHECK",
    61: "COPY_CPU_ACTION",
  });

  RockerCmd.PortSetting = Object.freeze({
    PPORT: 1,
    SPEED: 2,
    DUPLEX: 3,
    AUTONEG: 4,
    MACADDR: 5,
    MODE: 6,
    LEARNING: 7,
    PHYS_NAME: 8,

    1: "PPORT",
    2: "SPEED",
    3: "DUPLEX",
    4: "AUTONEG",
    5: "MACADDR",
    6: "MODE",
    7: "LEARNING",
    8: "PHYS_NAME",
  });

  function RockerCmd(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  RockerCmd.prototype._read = function() {
    this.tlvs = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.tlvs.push(new CmdTlv(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The CMD_INFO nest, decoded by the command it belongs to.
   */

  var CmdInfo = RockerCmd.CmdInfo = (function() {
    function CmdInfo(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CmdInfo.prototype._read = function() {
      if (this._parent._parent.cmdType <= 2) {
        this.portSettings = [];
        var i = 0;
        while (!this._io.isEof()) {
          this.portSettings.push(new PortSettingsTlv(this._io, this, this._root));
          i++;
        }
      }
      if (this._parent._parent.cmdType >= 3) {
        this.ofDpa = [];
        var i = 0;
        while (!this._io.isEof()) {
          this.ofDpa.push(new OfDpaTlv(this._io, this, this._root));
          i++;
        }
      }
    }

    /**
     * Port settings (GET/SET_PORT_SETTINGS, or the device's GET answer).
     */

    /**
     * OF-DPA flow or group attributes.
     */

    return CmdInfo;
  })();

  /**
   * A top-level TLV of a command buffer.
   */

  var CmdTlv = RockerCmd.CmdTlv = (function() {
    function CmdTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CmdTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/cmd_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerCmd.CmdAttr.INFO:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new CmdInfo(_io__raw_value, this, this._root);
        break;
      case RockerCmd.CmdAttr.TYPE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenTlv - 8);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * CMD_TYPE or CMD_INFO.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The command number (CMD_TYPE) or the nested TLVs (CMD_INFO).
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return CmdTlv;
  })();

  /**
   * One flow statistic.
   */

  var FlowStatTlv = RockerCmd.FlowStatTlv = (function() {
    function FlowStatTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FlowStatTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/flow_stat_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      this._raw_value = this._io.readBytes(this.lenTlv - 8);
      var _io__raw_value = new KaitaiStream(this._raw_value);
      this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Which statistic.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The statistic.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return FlowStatTlv;
  })();

  /**
   * The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer.
   */

  var FlowStats = RockerCmd.FlowStats = (function() {
    function FlowStats(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FlowStats.prototype._read = function() {
      this.tlvs = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.tlvs.push(new FlowStatTlv(this._io, this, this._root));
        i++;
      }
    }

    /**
     * Duration, received and sent packets.
     */

    return FlowStats;
  })();

  /**
   * One OF-DPA attribute of a flow or group command.
   */

  var OfDpaTlv = RockerCmd.OfDpaTlv = (function() {
    function OfDpaTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    OfDpaTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/of_dpa_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerCmd.OfDpaAttr.CLEAR_ACTIONS:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.COOKIE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.COPY_CPU_ACTION:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_IP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_IP_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_IPV6:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv6Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_IPV6_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv6Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_MAC:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.DST_MAC_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.ETHERTYPE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.GOTO_TABLE_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.GROUP_COUNT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.GROUP_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.GROUP_ID_LOWER:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.GROUP_IDS:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.U4List(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.HARDTIME:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.ICMP_CODE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.ICMP_CODE_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.ICMP_TYPE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.ICMP_TYPE_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IDLETIME:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IN_PPORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IN_PPORT_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_DSCP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_DSCP_ACTION:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_DSCP_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_ECN:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_ECN_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_PROTO:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IP_PROTO_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IPV6_LABEL:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.IPV6_LABEL_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.L4_DST_PORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.L4_DST_PORT_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.L4_SRC_PORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.L4_SRC_PORT_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.NEW_IP_DSCP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.NEW_QUEUE_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.NEW_VLAN_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.NEW_VLAN_PCP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.OUT_PPORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.POP_VLAN:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.PRIORITY:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.QUEUE_ID_ACTION:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_ARP_IP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_ARP_IP_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_IP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_IP_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv4Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_IPV6:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv6Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_IPV6_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Ipv6Address(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_MAC:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.SRC_MAC_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.TABLE_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.TTL_CHECK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.TUNNEL_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.TUNNEL_LPORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.VLAN_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.VLAN_ID_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.VLAN_PCP:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.VLAN_PCP_ACTION:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.OfDpaAttr.VLAN_PCP_MASK:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenTlv - 8);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Which attribute.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The attribute's value; little-endian numbers, network order where the spec says (N).
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return OfDpaTlv;
  })();

  /**
   * One port setting.
   */

  var PortSettingsTlv = RockerCmd.PortSettingsTlv = (function() {
    function PortSettingsTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PortSettingsTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/port_settings_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerCmd.PortSetting.AUTONEG:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.DUPLEX:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.LEARNING:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.MACADDR:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.MODE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.PHYS_NAME:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.Text(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.PPORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerCmd.PortSetting.SPEED:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenTlv - 8);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Which setting.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The setting's value.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return PortSettingsTlv;
  })();

  /**
   * The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer).
   */
  Object.defineProperty(RockerCmd.prototype, 'cmdType', {
    get: function() {
      if (this._m_cmdType !== undefined)
        return this._m_cmdType;
      this._m_cmdType = ( ((this.tlvs.length > 0) && (this.tlvs[0].tlvType == RockerCmd.CmdAttr.TYPE))  ? this.tlvs[0].value.value : 0);
      return this._m_cmdType;
    }
  });

  /**
   * The command's TLVs.
   */

  return RockerCmd;
})();
RockerCmd_.RockerCmd = RockerCmd;
});
