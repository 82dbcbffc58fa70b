// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Rocker || (root.Rocker = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Rocker_, KaitaiStream) {
/**
 * Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
 * BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
 * 64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
 * at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
 * (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
 * ring registers per descriptor ring: ring 0 carries commands, ring 1
 * events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
 * MSI-X table (0x0) and pending bits (0x1000).
 * 
 * The top level of this spec reads a dump of BAR0 made by reading every
 * 32-bit word. Its types are the values the other Rocker specs share: TLV
 * values in little-endian, network (big-endian) order, MAC and IP
 * addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
 * ring's CTRL) read as zero, as do unused rings.
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html|Source}
 */

var Rocker = (function() {
  Rocker.MsixVector = Object.freeze({
    CMD: 0,
    EVENT: 1,
    TEST: 2,
    RESERVED: 3,

    0: "CMD",
    1: "EVENT",
    2: "TEST",
    3: "RESERVED",
  });

  Rocker.OfDpaGroupType = Object.freeze({
    L2_INTERFACE: 0,
    L2_REWRITE: 1,
    L3_UNICAST: 2,
    L2_MULTICAST: 3,
    L2_FLOOD: 4,
    L3_INTERFACE: 5,
    L3_MULTICAST: 6,
    L3_ECMP: 7,
    L2_OVERLAY: 8,

    0: "L2_INTERFACE",
    1: "L2_REWRITE",
    2: "L3_UNICAST",
    3: "L2_MULTICAST",
    4: "L2_FLOOD",
    5: "L3_INTERFACE",
    6: "L3_MULTICAST",
    7: "L3_ECMP",
    8: "L2_OVERLAY",
  });

  Rocker.OfDpaOverlayType = Object.freeze({
    FLOOD_UNICAST: 0,
    FLOOD_MULTICAST: 1,
    MULTICAST_UNICAST: 2,
    MULTICAST_MULTICAST: 3,

    0: "FLOOD_UNICAST",
    1: "FLOOD_MULTICAST",
    2: "MULTICAST_UNICAST",
    3: "MULTICAST_MULTICAST",
  });

  Rocker.OfDpaTable = Object.freeze({
    INGRESS_PORT: 0,
    VLAN: 10,
    TERMINATION_MAC: 20,
    UNICAST_ROUTING: 30,
    MULTICAST_ROUTING: 40,
    BRIDGING: 50,
    ACL_POLICY: 60,

    0: "INGRESS_PORT",
    10: "VLAN",
    20: "TERMINATION_MAC",
    30: "UNICAST_ROUTING",
    40: "MULTICAST_ROUTING",
    50: "BRIDGING",
    60: "ACL_POLICY",
  });

  Rocker.PortMode = Object.freeze({
    OF_DPA: 0,

    0: "OF_DPA",
  });

  Rocker.Register = Object.freeze({
    BOGUS_REG0: 0,
    BOGUS_REG1: 4,
    BOGUS_REG2: 8,
    BOGUS_REG3: 12,
    TEST_REG: 16,
    TEST_REG64: 24,
    TEST_IRQ: 32,
    TEST_DMA_ADDR: 40,
    TEST_DMA_SIZE: 48,
    TEST_DMA_CTRL: 52,
    CONTROL: 768,
    PORT_PHYS_COUNT: 772,
    PORT_PHYS_LINK_STATUS: 784,
    PORT_PHYS_ENABLE: 792,
    SWITCH_ID: 800,
    DMA_DESC_BASE: 4096,

    0: "BOGUS_REG0",
    4: "BOGUS_REG1",
    8: "BOGUS_REG2",
    12: "BOGUS_REG3",
    16: "TEST_REG",
    24: "TEST_REG64",
    32: "TEST_IRQ",
    40: "TEST_DMA_ADDR",
    48: "TEST_DMA_SIZE",
    52: "TEST_DMA_CTRL",
    768: "CONTROL",
    772: "PORT_PHYS_COUNT",
    784: "PORT_PHYS_LINK_STATUS",
    792: "PORT_PHYS_ENABLE",
    800: "SWITCH_ID",
    4096: "DMA_DESC_BASE",
  });

  Rocker.ReturnCode = Object.freeze({
    OK: 0,
    ENOENT: 2,
    ENXIO: 6,
    ENOMEM: 12,
    EEXIST: 17,
    EINVAL: 22,
    EMSGSIZE: 90,
    ENOTSUP: 95,
    ENOBUFS: 105,

    0: "OK",
    2: "ENOENT",
    6: "ENXIO",
    12: "ENOMEM",
    17: "EEXIST",
    22: "EINVAL",
    90: "EMSGSIZE",
    95: "ENOTSUP",
    105: "ENOBUFS",
  });

  Rocker.Ring = Object.freeze({
    CMD: 0,
    EVENT: 1,

    0: "CMD",
    1: "EVENT",
  });

  Rocker.RingRegister = Object.freeze({
    BASE_ADDR: 0,
    SIZE: 8,
    HEAD: 12,
    TAIL: 16,
    CTRL: 20,
    CREDITS: 24,

    0: "BASE_ADDR",
    8: "SIZE",
    12: "HEAD",
    16: "TAIL",
    20: "CTRL",
    24: "CREDITS",
  });

  Rocker.TestDmaOp = Object.freeze({
    CLEAR: 1,
    FILL: 2,
    INVERT: 4,

    1: "CLEAR",
    2: "FILL",
    4: "INVERT",
  });

  Rocker.TxOffload = Object.freeze({
    NONE: 0,
    IP_CSUM: 1,
    TCP_UDP_CSUM: 2,
    L3_CSUM: 3,
    TSO: 4,

    0: "NONE",
    1: "IP_CSUM",
    2: "TCP_UDP_CSUM",
    3: "L3_CSUM",
    4: "TSO",
  });

  function Rocker(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Rocker.prototype._read = function() {
    this.bogusRegisters = [];
    for (var i = 0; i < 4; i++) {
      this.bogusRegisters.push(this._io.readU4le());
    }
    this.testReg = this._io.readU4le();
    this.reserved1 = this._io.readBytes(4);
    this.testReg64Lo = this._io.readU4le();
    this.testReg64Hi = this._io.readU4le();
    this.testIrq = this._io.readU4le();
    this.reserved2 = this._io.readBytes(4);
    this.testDmaAddrLo = this._io.readU4le();
    this.testDmaAddrHi = this._io.readU4le();
    this.testDmaSize = this._io.readU4le();
    this.testDmaCtrl = this._io.readU4le();
    this.reserved3 = this._io.readBytes(768 - 56);
    this.control = this._io.readU4le();
    this.portPhysCount = this._io.readU4le();
    this.reserved4 = this._io.readBytes(8);
    this.portPhysLinkStatus = new PortBitmap(this._io, this, this._root);
    this.portPhysEnable = new PortBitmap(this._io, this, this._root);
    this.switchIdLo = this._io.readU4le();
    this.switchIdHi = this._io.readU4le();
    this.reserved5 = this._io.readBytes(4096 - 808);
    this.rings = [];
    for (var i = 0; i < 64; i++) {
      this.rings.push(new RingRegisters(this._io, this, this._root));
    }
    this.reserved6 = this._io.readBytesFull();
  }

  /**
   * A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec.
   */

  var BeUint = Rocker.BeUint = (function() {
    function BeUint(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BeUint.prototype._read = function() {
      switch (this._io.size) {
      case 1:
        this.value = this._io.readU1();
        break;
      case 2:
        this.value = this._io.readU2be();
        break;
      case 4:
        this.value = this._io.readU4be();
        break;
      }
    }

    /**
     * The number.
     */

    return BeUint;
  })();

  /**
   * An IPv4 address or mask (4 bytes, network order).
   */

  var Ipv4Address = Rocker.Ipv4Address = (function() {
    function Ipv4Address(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Ipv4Address.prototype._read = function() {
      this.octets = this._io.readBytes(4);
    }

    /**
     * The four bytes as on the wire.
     */

    return Ipv4Address;
  })();

  /**
   * An IPv6 address or mask (16 bytes, network order).
   */

  var Ipv6Address = Rocker.Ipv6Address = (function() {
    function Ipv6Address(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Ipv6Address.prototype._read = function() {
      this.octets = this._io.readBytes(16);
    }

    /**
     * The sixteen bytes as on the wire.
     */

    return Ipv6Address;
  })();

  /**
   * A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
   * length the TLV has (QEMU sends the event type as 4 bytes where the
   * header says 2).
   */

  var LeUint = Rocker.LeUint = (function() {
    function LeUint(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LeUint.prototype._read = function() {
      this.lengthCheck = this._io.readBytes(0);
      var _ = this.lengthCheck;
      if (!( ((_.length == 0) && ( ((this._io.size == 1) || (this._io.size == 2) || (this._io.size == 4) || (this._io.size == 8)) )) )) {
        throw new KaitaiStream.ValidationExprError(this.lengthCheck, this._io, "/types/le_uint/seq/0");
      }
      switch (this._io.size) {
      case 1:
        this.low = this._io.readU1();
        break;
      case 2:
        this.low = this._io.readU2le();
        break;
      case 4:
        this.low = this._io.readU4le();
        break;
      case 8:
        this.low = this._io.readU4le();
        break;
      }
      if (this._io.size == 8) {
        this.high = this._io.readU4le();
      }
    }

    /**
     * The number.
     */
    Object.defineProperty(LeUint.prototype, 'value', {
      get: function() {
        if (this._m_value !== undefined)
          return this._m_value;
        this._m_value = (this._io.size == 8 ? (this.high * 4294967296 + this.low) : this.low);
        return this._m_value;
      }
    });

    /**
     * No bytes; refuses a value of any other length (it has no number to read).
     */

    /**
     * The value, or its low 32 bits for an 8-byte value.
     */

    /**
     * The high 32 bits of an 8-byte value.
     */

    return LeUint;
  })();

  /**
   * A MAC address (6 bytes, network order).
   */

  var MacAddress = Rocker.MacAddress = (function() {
    function MacAddress(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MacAddress.prototype._read = function() {
      this.octets = this._io.readBytes(6);
    }

    /**
     * The six bytes as on the wire.
     */

    return MacAddress;
  })();

  /**
   * A 64-bit port bitmap read as two halves (bit n is port n).
   */

  var PortBitmap = Rocker.PortBitmap = (function() {
    function PortBitmap(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PortBitmap.prototype._read = function() {
      this.lo = this._io.readU4le();
      this.hi = this._io.readU4le();
    }

    /**
     * Ports 0..31 (port 0, the CPU port, always clear).
     */

    /**
     * Ports 32..63 (port 63, loopback, always clear).
     */

    return PortBitmap;
  })();

  /**
   * The 32 bytes of registers of one descriptor ring.
   */

  var RingRegisters = Rocker.RingRegisters = (function() {
    function RingRegisters(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RingRegisters.prototype._read = function() {
      this.baseAddrLo = this._io.readU4le();
      this.baseAddrHi = this._io.readU4le();
      this.size = this._io.readU4le();
      this.head = this._io.readU4le();
      this.tail = this._io.readU4le();
      this.ctrl = this._io.readU4le();
      this.credits = this._io.readU4le();
      this.reserved = this._io.readU4le();
    }

    /**
     * The ring's guest physical address.
     */
    Object.defineProperty(RingRegisters.prototype, 'baseAddr', {
      get: function() {
        if (this._m_baseAddr !== undefined)
          return this._m_baseAddr;
        this._m_baseAddr = (this.baseAddrHi * 4294967296 + this.baseAddrLo);
        return this._m_baseAddr;
      }
    });

    /**
     * +0x00 DMA_DESC_BASE_ADDR low half; the ring's guest address, 8-byte aligned. Writing it resets head and tail.
     */

    /**
     * +0x04 DMA_DESC_BASE_ADDR high half.
     */

    /**
     * +0x08 DMA_DESC_SIZE, number of descriptors (a power of two, 2..65536).
     */

    /**
     * +0x0c DMA_DESC_HEAD, written by the driver; writing it makes the device consume descriptors up to it.
     */

    /**
     * +0x10 DMA_DESC_TAIL, advanced by the device as it completes descriptors.
     */

    /**
     * +0x14 DMA_DESC_CTRL (write-only); bit 0 resets the ring.
     */

    /**
     * +0x18 DMA_DESC_CREDITS, completed descriptors not yet returned; writing returns that many.
     */

    /**
     * +0x1c, reserved.
     */

    return RingRegisters;
  })();

  /**
   * RX_FLAGS, how the device parsed a received packet (16 bits, little-endian).
   */

  var RxFlags = Rocker.RxFlags = (function() {
    function RxFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RxFlags.prototype._read = function() {
      this.ipv4 = this._io.readBitsIntLe(1) != 0;
      this.ipv6 = this._io.readBitsIntLe(1) != 0;
      this.csumCalc = this._io.readBitsIntLe(1) != 0;
      this.ipv4CsumGood = this._io.readBitsIntLe(1) != 0;
      this.ipFrag = this._io.readBitsIntLe(1) != 0;
      this.tcp = this._io.readBitsIntLe(1) != 0;
      this.udp = this._io.readBitsIntLe(1) != 0;
      this.tcpUdpCsumGood = this._io.readBitsIntLe(1) != 0;
      this.fwdOffload = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(7);
    }

    /**
     * Bit 0, an IPv4 packet.
     */

    /**
     * Bit 1, an IPv6 packet.
     */

    /**
     * Bit 2, the checksum was calculated (RX_CSUM is valid).
     */

    /**
     * Bit 3, the IPv4 header checksum is good.
     */

    /**
     * Bit 4, an IP fragment.
     */

    /**
     * Bit 5, a TCP packet.
     */

    /**
     * Bit 6, a UDP packet.
     */

    /**
     * Bit 7, the TCP/UDP checksum is good.
     */

    /**
     * Bit 8, the device already forwarded the packet (the host must not).
     */

    /**
     * Bits 9..15, not defined.
     */

    return RxFlags;
  })();

  /**
   * A string without a terminating NUL, the whole TLV value.
   */

  var Text = Rocker.Text = (function() {
    function Text(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Text.prototype._read = function() {
      this.value = KaitaiStream.bytesToStr(this._io.readBytesFull(), "ASCII");
    }

    /**
     * The text.
     */

    return Text;
  })();

  /**
   * Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
   * length that counts the 8-byte header, 2 bytes of padding, the value
   * and zeros up to an 8-byte boundary. The context-specific TLV types of
   * the other Rocker specs have this layout with a decoded value.
   */

  var Tlv = Rocker.Tlv = (function() {
    function Tlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Tlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      this.value = this._io.readBytes(this.lenTlv - 8);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * The type; its meaning depends on where the TLV is.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The value, raw.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return Tlv;
  })();

  /**
   * An array of little-endian 32-bit numbers.
   */

  var U4List = Rocker.U4List = (function() {
    function U4List(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    U4List.prototype._read = function() {
      this.values = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.values.push(this._io.readU4le());
        i++;
      }
    }

    /**
     * The numbers.
     */

    return U4List;
  })();

  /**
   * The 64-bit switch ID.
   */
  Object.defineProperty(Rocker.prototype, 'switchId', {
    get: function() {
      if (this._m_switchId !== undefined)
        return this._m_switchId;
      this._m_switchId = (this.switchIdHi * 4294967296 + this.switchIdLo);
      return this._m_switchId;
    }
  });

  /**
   * 0x0000..0x000f, read 0xdeadbabe; writes do nothing (they catch misbehaving drivers).
   */

  /**
   * 0x0010 TEST_REG, reads twice the last value written.
   */

  /**
   * 0x0014, not a register.
   */

  /**
   * 0x0018 TEST_REG64 low half; the register reads twice the last 64-bit value written.
   */

  /**
   * 0x001c TEST_REG64 high half.
   */

  /**
   * 0x0020 TEST_IRQ; writing a vector number fires that MSI-X vector (reads zero).
   */

  /**
   * 0x0024, not a register.
   */

  /**
   * 0x0028 TEST_DMA_ADDR low half, the test buffer's address.
   */

  /**
   * 0x002c TEST_DMA_ADDR high half.
   */

  /**
   * 0x0030 TEST_DMA_SIZE, the test buffer's size (16 bits kept).
   */

  /**
   * 0x0034 TEST_DMA_CTRL (write-only; `test_dma_op`).
   */

  /**
   * 0x0038..0x02ff, not registers.
   */

  /**
   * 0x0300 CONTROL (write-only); bit 0 resets the switch.
   */

  /**
   * 0x0304 PORT_PHYS_COUNT, number of front-panel ports (the -device rocker ports array).
   */

  /**
   * 0x0308..0x030f, not registers.
   */

  /**
   * 0x0310 PORT_PHYS_LINK_STATUS, bit n set when port n has link (bits 0 and 63 always clear).
   */

  /**
   * 0x0318 PORT_PHYS_ENABLE, bit n enables port n (all clear after reset).
   */

  /**
   * 0x0320 SWITCH_ID low half. QEMU's default is the first port's MAC address read as a little-endian number.
   */

  /**
   * 0x0324 SWITCH_ID high half.
   */

  /**
   * 0x0328..0x0fff, not registers.
   */

  /**
   * 0x1000 + 32 * n, the registers of ring n (command, event, then Tx/Rx per port; 128 slots, 64 listed).
   */

  /**
   * 0x1800..0x1fff, ring slots no port count can reach.
   */

  return Rocker;
})();
Rocker_.Rocker = Rocker;
});
