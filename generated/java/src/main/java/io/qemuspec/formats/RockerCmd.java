// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;


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
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html#port-settings">Source</a>
 */
public class RockerCmd extends KaitaiStruct {
    public static RockerCmd fromFile(String fileName) throws IOException {
        return new RockerCmd(new ByteBufferKaitaiStream(fileName));
    }

    public enum CmdAttr {
        TYPE(1),
        INFO(2);

        private final long id;
        CmdAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CmdAttr> byId = new HashMap<Long, CmdAttr>(2);
        static {
            for (CmdAttr e : CmdAttr.values())
                byId.put(e.id(), e);
        }
        public static CmdAttr byId(long id) { return byId.get(id); }
    }

    public enum CmdType {
        GET_PORT_SETTINGS(1),
        SET_PORT_SETTINGS(2),
        OF_DPA_FLOW_ADD(3),
        OF_DPA_FLOW_MOD(4),
        OF_DPA_FLOW_DEL(5),
        OF_DPA_FLOW_GET_STATS(6),
        OF_DPA_GROUP_ADD(7),
        OF_DPA_GROUP_MOD(8),
        OF_DPA_GROUP_DEL(9),
        OF_DPA_GROUP_GET_STATS(10);

        private final long id;
        CmdType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CmdType> byId = new HashMap<Long, CmdType>(10);
        static {
            for (CmdType e : CmdType.values())
                byId.put(e.id(), e);
        }
        public static CmdType byId(long id) { return byId.get(id); }
    }

    public enum FlowStatAttr {
        DURATION(1),
        RX_PKTS(2),
        TX_PKTS(3);

        private final long id;
        FlowStatAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, FlowStatAttr> byId = new HashMap<Long, FlowStatAttr>(3);
        static {
            for (FlowStatAttr e : FlowStatAttr.values())
                byId.put(e.id(), e);
        }
        public static FlowStatAttr byId(long id) { return byId.get(id); }
    }

    public enum OfDpaAttr {
        TABLE_ID(1),
        PRIORITY(2),
        HARDTIME(3),
        IDLETIME(4),
        COOKIE(5),
        IN_PPORT(6),
        IN_PPORT_MASK(7),
        OUT_PPORT(8),
        GOTO_TABLE_ID(9),
        GROUP_ID(10),
        GROUP_ID_LOWER(11),
        GROUP_COUNT(12),
        GROUP_IDS(13),
        VLAN_ID(14),
        VLAN_ID_MASK(15),
        VLAN_PCP(16),
        VLAN_PCP_MASK(17),
        VLAN_PCP_ACTION(18),
        NEW_VLAN_ID(19),
        NEW_VLAN_PCP(20),
        TUNNEL_ID(21),
        TUNNEL_LPORT(22),
        ETHERTYPE(23),
        DST_MAC(24),
        DST_MAC_MASK(25),
        SRC_MAC(26),
        SRC_MAC_MASK(27),
        IP_PROTO(28),
        IP_PROTO_MASK(29),
        IP_DSCP(30),
        IP_DSCP_MASK(31),
        IP_DSCP_ACTION(32),
        NEW_IP_DSCP(33),
        IP_ECN(34),
        IP_ECN_MASK(35),
        DST_IP(36),
        DST_IP_MASK(37),
        SRC_IP(38),
        SRC_IP_MASK(39),
        DST_IPV6(40),
        DST_IPV6_MASK(41),
        SRC_IPV6(42),
        SRC_IPV6_MASK(43),
        SRC_ARP_IP(44),
        SRC_ARP_IP_MASK(45),
        L4_DST_PORT(46),
        L4_DST_PORT_MASK(47),
        L4_SRC_PORT(48),
        L4_SRC_PORT_MASK(49),
        ICMP_TYPE(50),
        ICMP_TYPE_MASK(51),
        ICMP_CODE(52),
        ICMP_CODE_MASK(53),
        IPV6_LABEL(54),
        IPV6_LABEL_MASK(55),
        QUEUE_ID_ACTION(56),
        NEW_QUEUE_ID(57),
        CLEAR_ACTIONS(58),
        POP_VLAN(59),
        TTL_CHECK(60),
        COPY_CPU_ACTION(61);

        private final long id;
        OfDpaAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, OfDpaAttr> byId = new HashMap<Long, OfDpaAttr>(61);
        static {
            for (OfDpaAttr e : OfDpaAttr.values())
                byId.put(e.id(), e);
        }
        public static OfDpaAttr byId(long id) { return byId.get(id); }
    }

    public enum PortSetting {
        PPORT(1),
        SPEED(2),
        DUPLEX(3),
        AUTONEG(4),
        MACADDR(5),
        MODE(6),
        LEARNING(7),
        PHYS_NAME(8);

        private final long id;
        PortSetting(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, PortSetting> byId = new HashMap<Long, PortSetting>(8);
        static {
            for (PortSetting e : PortSetting.values())
                byId.put(e.id(), e);
        }
        public static PortSetting byId(long id) { return byId.get(id); }
    }

    public RockerCmd(KaitaiStream _io) {
        this(_io, null, null);
    }

    public RockerCmd(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public RockerCmd(KaitaiStream _io, KaitaiStruct _parent, RockerCmd _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.tlvs = new ArrayList<CmdTlv>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.tlvs.add(new CmdTlv(this._io, this, _root));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.tlvs.size(); i++) {
            this.tlvs.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * The CMD_INFO nest, decoded by the command it belongs to.
     */
    public static class CmdInfo extends KaitaiStruct {
        public static CmdInfo fromFile(String fileName) throws IOException {
            return new CmdInfo(new ByteBufferKaitaiStream(fileName));
        }

        public CmdInfo(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CmdInfo(KaitaiStream _io, RockerCmd.CmdTlv _parent) {
            this(_io, _parent, null);
        }

        public CmdInfo(KaitaiStream _io, RockerCmd.CmdTlv _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            if (_parent()._parent().cmdType() <= 2) {
                this.portSettings = new ArrayList<PortSettingsTlv>();
                {
                    int i = 0;
                    while (!this._io.isEof()) {
                        this.portSettings.add(new PortSettingsTlv(this._io, this, _root));
                        i++;
                    }
                }
            }
            if (_parent()._parent().cmdType() >= 3) {
                this.ofDpa = new ArrayList<OfDpaTlv>();
                {
                    int i = 0;
                    while (!this._io.isEof()) {
                        this.ofDpa.add(new OfDpaTlv(this._io, this, _root));
                        i++;
                    }
                }
            }
        }

        public void _fetchInstances() {
            if (_parent()._parent().cmdType() <= 2) {
                for (int i = 0; i < this.portSettings.size(); i++) {
                    this.portSettings.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
            if (_parent()._parent().cmdType() >= 3) {
                for (int i = 0; i < this.ofDpa.size(); i++) {
                    this.ofDpa.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
        }
        private List<PortSettingsTlv> portSettings;
        private List<OfDpaTlv> ofDpa;
        private RockerCmd _root;
        private RockerCmd.CmdTlv _parent;

        /**
         * Port settings (GET/SET_PORT_SETTINGS, or the device's GET answer).
         */
        public List<PortSettingsTlv> portSettings() { return portSettings; }

        /**
         * OF-DPA flow or group attributes.
         */
        public List<OfDpaTlv> ofDpa() { return ofDpa; }
        public RockerCmd _root() { return _root; }
        public RockerCmd.CmdTlv _parent() { return _parent; }
    }

    /**
     * A top-level TLV of a command buffer.
     */
    public static class CmdTlv extends KaitaiStruct {
        public static CmdTlv fromFile(String fileName) throws IOException {
            return new CmdTlv(new ByteBufferKaitaiStream(fileName));
        }

        public CmdTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CmdTlv(KaitaiStream _io, RockerCmd _parent) {
            this(_io, _parent, null);
        }

        public CmdTlv(KaitaiStream _io, RockerCmd _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerCmd.CmdAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/cmd_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                CmdAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case INFO: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new CmdInfo(_io_value, this, _root);
                        break;
                    }
                    case TYPE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    default: {
                        this.value = this._io.readBytes(lenTlv() - 8);
                        break;
                    }
                    }
                } else {
                    this.value = this._io.readBytes(lenTlv() - 8);
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            {
                CmdAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case INFO: {
                        ((CmdInfo) (this.value))._fetchInstances();
                        break;
                    }
                    case TYPE: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    default: {
                        break;
                    }
                    }
                } else {
                }
            }
        }
        private CmdAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerCmd _root;
        private RockerCmd _parent;

        /**
         * CMD_TYPE or CMD_INFO.
         */
        public CmdAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The command number (CMD_TYPE) or the nested TLVs (CMD_INFO).
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerCmd _root() { return _root; }
        public RockerCmd _parent() { return _parent; }
    }

    /**
     * One flow statistic.
     */
    public static class FlowStatTlv extends KaitaiStruct {
        public static FlowStatTlv fromFile(String fileName) throws IOException {
            return new FlowStatTlv(new ByteBufferKaitaiStream(fileName));
        }

        public FlowStatTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FlowStatTlv(KaitaiStream _io, RockerCmd.FlowStats _parent) {
            this(_io, _parent, null);
        }

        public FlowStatTlv(KaitaiStream _io, RockerCmd.FlowStats _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerCmd.FlowStatAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/flow_stat_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
            this.value = new Rocker.LeUint(_io_value);
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            this.value._fetchInstances();
        }
        private FlowStatAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Rocker.LeUint value;
        private byte[] padding;
        private RockerCmd _root;
        private RockerCmd.FlowStats _parent;

        /**
         * Which statistic.
         */
        public FlowStatAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The statistic.
         */
        public Rocker.LeUint value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerCmd _root() { return _root; }
        public RockerCmd.FlowStats _parent() { return _parent; }
    }

    /**
     * The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer.
     */
    public static class FlowStats extends KaitaiStruct {
        public static FlowStats fromFile(String fileName) throws IOException {
            return new FlowStats(new ByteBufferKaitaiStream(fileName));
        }

        public FlowStats(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FlowStats(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public FlowStats(KaitaiStream _io, KaitaiStruct _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvs = new ArrayList<FlowStatTlv>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.tlvs.add(new FlowStatTlv(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.tlvs.size(); i++) {
                this.tlvs.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<FlowStatTlv> tlvs;
        private RockerCmd _root;
        private KaitaiStruct _parent;

        /**
         * Duration, received and sent packets.
         */
        public List<FlowStatTlv> tlvs() { return tlvs; }
        public RockerCmd _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * One OF-DPA attribute of a flow or group command.
     */
    public static class OfDpaTlv extends KaitaiStruct {
        public static OfDpaTlv fromFile(String fileName) throws IOException {
            return new OfDpaTlv(new ByteBufferKaitaiStream(fileName));
        }

        public OfDpaTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public OfDpaTlv(KaitaiStream _io, RockerCmd.CmdInfo _parent) {
            this(_io, _parent, null);
        }

        public OfDpaTlv(KaitaiStream _io, RockerCmd.CmdInfo _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerCmd.OfDpaAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/of_dpa_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                OfDpaAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case CLEAR_ACTIONS: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case COOKIE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case COPY_CPU_ACTION: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case DST_IP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case DST_IP_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case DST_IPV6: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv6Address(_io_value);
                        break;
                    }
                    case DST_IPV6_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv6Address(_io_value);
                        break;
                    }
                    case DST_MAC: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case DST_MAC_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case ETHERTYPE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case GOTO_TABLE_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case GROUP_COUNT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case GROUP_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case GROUP_ID_LOWER: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case GROUP_IDS: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.U4List(_io_value);
                        break;
                    }
                    case HARDTIME: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case ICMP_CODE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case ICMP_CODE_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case ICMP_TYPE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case ICMP_TYPE_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IDLETIME: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IN_PPORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IN_PPORT_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_DSCP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_DSCP_ACTION: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_DSCP_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_ECN: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_ECN_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_PROTO: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IP_PROTO_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case IPV6_LABEL: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case IPV6_LABEL_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case L4_DST_PORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case L4_DST_PORT_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case L4_SRC_PORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case L4_SRC_PORT_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case NEW_IP_DSCP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case NEW_QUEUE_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case NEW_VLAN_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case NEW_VLAN_PCP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case OUT_PPORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case POP_VLAN: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case PRIORITY: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case QUEUE_ID_ACTION: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case SRC_ARP_IP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case SRC_ARP_IP_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case SRC_IP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case SRC_IP_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv4Address(_io_value);
                        break;
                    }
                    case SRC_IPV6: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv6Address(_io_value);
                        break;
                    }
                    case SRC_IPV6_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Ipv6Address(_io_value);
                        break;
                    }
                    case SRC_MAC: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case SRC_MAC_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case TABLE_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case TTL_CHECK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case TUNNEL_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case TUNNEL_LPORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case VLAN_ID: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case VLAN_ID_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case VLAN_PCP: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    case VLAN_PCP_ACTION: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case VLAN_PCP_MASK: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.BeUint(_io_value);
                        break;
                    }
                    default: {
                        this.value = this._io.readBytes(lenTlv() - 8);
                        break;
                    }
                    }
                } else {
                    this.value = this._io.readBytes(lenTlv() - 8);
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            {
                OfDpaAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case CLEAR_ACTIONS: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case COOKIE: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case COPY_CPU_ACTION: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_IP: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_IP_MASK: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_IPV6: {
                        ((Rocker.Ipv6Address) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_IPV6_MASK: {
                        ((Rocker.Ipv6Address) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_MAC: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case DST_MAC_MASK: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case ETHERTYPE: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case GOTO_TABLE_ID: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case GROUP_COUNT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case GROUP_ID: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case GROUP_ID_LOWER: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case GROUP_IDS: {
                        ((Rocker.U4List) (this.value))._fetchInstances();
                        break;
                    }
                    case HARDTIME: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case ICMP_CODE: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case ICMP_CODE_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case ICMP_TYPE: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case ICMP_TYPE_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IDLETIME: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IN_PPORT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IN_PPORT_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_DSCP: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_DSCP_ACTION: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_DSCP_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_ECN: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_ECN_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_PROTO: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IP_PROTO_MASK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IPV6_LABEL: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case IPV6_LABEL_MASK: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case L4_DST_PORT: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case L4_DST_PORT_MASK: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case L4_SRC_PORT: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case L4_SRC_PORT_MASK: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case NEW_IP_DSCP: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case NEW_QUEUE_ID: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case NEW_VLAN_ID: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case NEW_VLAN_PCP: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case OUT_PPORT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case POP_VLAN: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case PRIORITY: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case QUEUE_ID_ACTION: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_ARP_IP: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_ARP_IP_MASK: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_IP: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_IP_MASK: {
                        ((Rocker.Ipv4Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_IPV6: {
                        ((Rocker.Ipv6Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_IPV6_MASK: {
                        ((Rocker.Ipv6Address) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_MAC: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case SRC_MAC_MASK: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case TABLE_ID: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case TTL_CHECK: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case TUNNEL_ID: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case TUNNEL_LPORT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_ID: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_ID_MASK: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_PCP: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_PCP_ACTION: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_PCP_MASK: {
                        ((Rocker.BeUint) (this.value))._fetchInstances();
                        break;
                    }
                    default: {
                        break;
                    }
                    }
                } else {
                }
            }
        }
        private OfDpaAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerCmd _root;
        private RockerCmd.CmdInfo _parent;

        /**
         * Which attribute.
         */
        public OfDpaAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The attribute's value; little-endian numbers, network order where the spec says (N).
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerCmd _root() { return _root; }
        public RockerCmd.CmdInfo _parent() { return _parent; }
    }

    /**
     * One port setting.
     */
    public static class PortSettingsTlv extends KaitaiStruct {
        public static PortSettingsTlv fromFile(String fileName) throws IOException {
            return new PortSettingsTlv(new ByteBufferKaitaiStream(fileName));
        }

        public PortSettingsTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public PortSettingsTlv(KaitaiStream _io, RockerCmd.CmdInfo _parent) {
            this(_io, _parent, null);
        }

        public PortSettingsTlv(KaitaiStream _io, RockerCmd.CmdInfo _parent, RockerCmd _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerCmd.PortSetting.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/port_settings_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                PortSetting on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case AUTONEG: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case DUPLEX: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case LEARNING: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case MACADDR: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case MODE: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case PHYS_NAME: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.Text(_io_value);
                        break;
                    }
                    case PPORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case SPEED: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    default: {
                        this.value = this._io.readBytes(lenTlv() - 8);
                        break;
                    }
                    }
                } else {
                    this.value = this._io.readBytes(lenTlv() - 8);
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            {
                PortSetting on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case AUTONEG: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case DUPLEX: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case LEARNING: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case MACADDR: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case MODE: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case PHYS_NAME: {
                        ((Rocker.Text) (this.value))._fetchInstances();
                        break;
                    }
                    case PPORT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case SPEED: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    default: {
                        break;
                    }
                    }
                } else {
                }
            }
        }
        private PortSetting tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerCmd _root;
        private RockerCmd.CmdInfo _parent;

        /**
         * Which setting.
         */
        public PortSetting tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The setting's value.
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerCmd _root() { return _root; }
        public RockerCmd.CmdInfo _parent() { return _parent; }
    }
    private Long cmdType;

    /**
     * The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer).
     */
    public Long cmdType() {
        if (this.cmdType != null)
            return this.cmdType;
        this.cmdType = ((Number) (( ((tlvs().size() > 0) && (tlvs().get(((int) 0)).tlvType() == CmdAttr.TYPE))  ? ((Rocker.LeUint) (tlvs().get(((int) 0)).value())).value() : 0))).longValue();
        return this.cmdType;
    }
    private List<CmdTlv> tlvs;
    private RockerCmd _root;
    private KaitaiStruct _parent;

    /**
     * The command's TLVs.
     */
    public List<CmdTlv> tlvs() { return tlvs; }
    public RockerCmd _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
