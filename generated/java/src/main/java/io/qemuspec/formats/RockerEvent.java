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
 * The buffer the device fills for a descriptor on the event ring: an
 * EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
 * with the details. TLV headers are as in `rocker_cmd` (the length counts
 * the 8-byte header; values are padded to 8 bytes). QEMU writes the event
 * type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
 * QEMU sends LINK_CHANGED when a port is enabled or disabled through
 * PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
 * packet arrives from an unknown source on a port that learns.
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html#events">Source</a>
 */
public class RockerEvent extends KaitaiStruct {
    public static RockerEvent fromFile(String fileName) throws IOException {
        return new RockerEvent(new ByteBufferKaitaiStream(fileName));
    }

    public enum EventAttr {
        TYPE(1),
        INFO(2);

        private final long id;
        EventAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EventAttr> byId = new HashMap<Long, EventAttr>(2);
        static {
            for (EventAttr e : EventAttr.values())
                byId.put(e.id(), e);
        }
        public static EventAttr byId(long id) { return byId.get(id); }
    }

    public enum EventType {
        LINK_CHANGED(1),
        MAC_VLAN_SEEN(2);

        private final long id;
        EventType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EventType> byId = new HashMap<Long, EventType>(2);
        static {
            for (EventType e : EventType.values())
                byId.put(e.id(), e);
        }
        public static EventType byId(long id) { return byId.get(id); }
    }

    public enum LinkChangedAttr {
        PPORT(1),
        LINKUP(2);

        private final long id;
        LinkChangedAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, LinkChangedAttr> byId = new HashMap<Long, LinkChangedAttr>(2);
        static {
            for (LinkChangedAttr e : LinkChangedAttr.values())
                byId.put(e.id(), e);
        }
        public static LinkChangedAttr byId(long id) { return byId.get(id); }
    }

    public enum MacVlanAttr {
        PPORT(1),
        MAC(2),
        VLAN_ID(3);

        private final long id;
        MacVlanAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MacVlanAttr> byId = new HashMap<Long, MacVlanAttr>(3);
        static {
            for (MacVlanAttr e : MacVlanAttr.values())
                byId.put(e.id(), e);
        }
        public static MacVlanAttr byId(long id) { return byId.get(id); }
    }

    public RockerEvent(KaitaiStream _io) {
        this(_io, null, null);
    }

    public RockerEvent(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public RockerEvent(KaitaiStream _io, KaitaiStruct _parent, RockerEvent _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.tlvs = new ArrayList<EventTlv>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.tlvs.add(new EventTlv(this._io, this, _root));
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
     * The EVENT_INFO nest, decoded by the event type.
     */
    public static class EventInfo extends KaitaiStruct {
        public static EventInfo fromFile(String fileName) throws IOException {
            return new EventInfo(new ByteBufferKaitaiStream(fileName));
        }

        public EventInfo(KaitaiStream _io) {
            this(_io, null, null);
        }

        public EventInfo(KaitaiStream _io, RockerEvent.EventTlv _parent) {
            this(_io, _parent, null);
        }

        public EventInfo(KaitaiStream _io, RockerEvent.EventTlv _parent, RockerEvent _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            if (_parent()._parent().eventType() == ((Number) (RockerEvent.EventType.LINK_CHANGED.id())).longValue()) {
                this.linkChanged = new ArrayList<LinkChangedTlv>();
                {
                    int i = 0;
                    while (!this._io.isEof()) {
                        this.linkChanged.add(new LinkChangedTlv(this._io, this, _root));
                        i++;
                    }
                }
            }
            if (_parent()._parent().eventType() == ((Number) (RockerEvent.EventType.MAC_VLAN_SEEN.id())).longValue()) {
                this.macVlanSeen = new ArrayList<MacVlanTlv>();
                {
                    int i = 0;
                    while (!this._io.isEof()) {
                        this.macVlanSeen.add(new MacVlanTlv(this._io, this, _root));
                        i++;
                    }
                }
            }
            if ( ((_parent()._parent().eventType() != ((Number) (RockerEvent.EventType.LINK_CHANGED.id())).longValue()) && (_parent()._parent().eventType() != ((Number) (RockerEvent.EventType.MAC_VLAN_SEEN.id())).longValue())) ) {
                this.raw = this._io.readBytesFull();
            }
        }

        public void _fetchInstances() {
            if (_parent()._parent().eventType() == ((Number) (RockerEvent.EventType.LINK_CHANGED.id())).longValue()) {
                for (int i = 0; i < this.linkChanged.size(); i++) {
                    this.linkChanged.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
            if (_parent()._parent().eventType() == ((Number) (RockerEvent.EventType.MAC_VLAN_SEEN.id())).longValue()) {
                for (int i = 0; i < this.macVlanSeen.size(); i++) {
                    this.macVlanSeen.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
            if ( ((_parent()._parent().eventType() != ((Number) (RockerEvent.EventType.LINK_CHANGED.id())).longValue()) && (_parent()._parent().eventType() != ((Number) (RockerEvent.EventType.MAC_VLAN_SEEN.id())).longValue())) ) {
            }
        }
        private List<LinkChangedTlv> linkChanged;
        private List<MacVlanTlv> macVlanSeen;
        private byte[] raw;
        private RockerEvent _root;
        private RockerEvent.EventTlv _parent;

        /**
         * Details of a link change.
         */
        public List<LinkChangedTlv> linkChanged() { return linkChanged; }

        /**
         * Details of a newly seen MAC/VLAN.
         */
        public List<MacVlanTlv> macVlanSeen() { return macVlanSeen; }

        /**
         * The nest of an unknown event, undecoded.
         */
        public byte[] raw() { return raw; }
        public RockerEvent _root() { return _root; }
        public RockerEvent.EventTlv _parent() { return _parent; }
    }

    /**
     * A top-level TLV of an event buffer.
     */
    public static class EventTlv extends KaitaiStruct {
        public static EventTlv fromFile(String fileName) throws IOException {
            return new EventTlv(new ByteBufferKaitaiStream(fileName));
        }

        public EventTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public EventTlv(KaitaiStream _io, RockerEvent _parent) {
            this(_io, _parent, null);
        }

        public EventTlv(KaitaiStream _io, RockerEvent _parent, RockerEvent _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerEvent.EventAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/event_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                EventAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case INFO: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new EventInfo(_io_value, this, _root);
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
                EventAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case INFO: {
                        ((EventInfo) (this.value))._fetchInstances();
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
        private EventAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerEvent _root;
        private RockerEvent _parent;

        /**
         * EVENT_TYPE or EVENT_INFO.
         */
        public EventAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The event number or the nested details.
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerEvent _root() { return _root; }
        public RockerEvent _parent() { return _parent; }
    }

    /**
     * One attribute of a LINK_CHANGED event.
     */
    public static class LinkChangedTlv extends KaitaiStruct {
        public static LinkChangedTlv fromFile(String fileName) throws IOException {
            return new LinkChangedTlv(new ByteBufferKaitaiStream(fileName));
        }

        public LinkChangedTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LinkChangedTlv(KaitaiStream _io, RockerEvent.EventInfo _parent) {
            this(_io, _parent, null);
        }

        public LinkChangedTlv(KaitaiStream _io, RockerEvent.EventInfo _parent, RockerEvent _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerEvent.LinkChangedAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/link_changed_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
            this.value = new Rocker.LeUint(_io_value);
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            this.value._fetchInstances();
        }
        private LinkChangedAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Rocker.LeUint value;
        private byte[] padding;
        private RockerEvent _root;
        private RockerEvent.EventInfo _parent;

        /**
         * Which attribute.
         */
        public LinkChangedAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The port or the link state.
         */
        public Rocker.LeUint value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerEvent _root() { return _root; }
        public RockerEvent.EventInfo _parent() { return _parent; }
    }

    /**
     * One attribute of a MAC_VLAN_SEEN event.
     */
    public static class MacVlanTlv extends KaitaiStruct {
        public static MacVlanTlv fromFile(String fileName) throws IOException {
            return new MacVlanTlv(new ByteBufferKaitaiStream(fileName));
        }

        public MacVlanTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MacVlanTlv(KaitaiStream _io, RockerEvent.EventInfo _parent) {
            this(_io, _parent, null);
        }

        public MacVlanTlv(KaitaiStream _io, RockerEvent.EventInfo _parent, RockerEvent _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerEvent.MacVlanAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/mac_vlan_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                MacVlanAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case MAC: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.MacAddress(_io_value);
                        break;
                    }
                    case PPORT: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case VLAN_ID: {
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
                MacVlanAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case MAC: {
                        ((Rocker.MacAddress) (this.value))._fetchInstances();
                        break;
                    }
                    case PPORT: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case VLAN_ID: {
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
        private MacVlanAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerEvent _root;
        private RockerEvent.EventInfo _parent;

        /**
         * Which attribute.
         */
        public MacVlanAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The port, the source MAC address, or the VLAN ID (network order).
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerEvent _root() { return _root; }
        public RockerEvent.EventInfo _parent() { return _parent; }
    }
    private Long eventType;

    /**
     * The event, from an EVENT_TYPE TLV that comes first (0 if there is none).
     */
    public Long eventType() {
        if (this.eventType != null)
            return this.eventType;
        this.eventType = ((Number) (( ((tlvs().size() > 0) && (tlvs().get(((int) 0)).tlvType() == EventAttr.TYPE))  ? ((Rocker.LeUint) (tlvs().get(((int) 0)).value())).value() : 0))).longValue();
        return this.eventType;
    }
    private List<EventTlv> tlvs;
    private RockerEvent _root;
    private KaitaiStruct _parent;

    /**
     * The event's TLVs.
     */
    public List<EventTlv> tlvs() { return tlvs; }
    public RockerEvent _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
