// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


/**
 * A vhost-user-input back-end is a virtio input device (keyboard, mouse,
 * tablet) in another process. QEMU forwards every access the guest makes
 * to its configuration space: a write is a SET_CONFIG and a read a
 * GET_CONFIG of this whole 136-byte structure.
 * 
 * The configuration space is a query: the driver writes `select` and
 * `subsel`, then reads `len_answer` and the first that many bytes of
 * `answer`. An answer of length zero means "not supported" (an event type
 * the device does not have, an axis it does not report).
 * 
 * The event queue carries `event`s from the device to the driver, one per
 * 8-byte device-writable buffer; the status queue carries events the
 * other way (keyboard LEDs), one per device-readable buffer. Types and
 * codes are those of Linux evdev.
 * @see "Virtio 1.2, section 5.8 "Input Device""
 */
public class VhostUserInput extends KaitaiStruct {
    public static VhostUserInput fromFile(String fileName) throws IOException {
        return new VhostUserInput(new ByteBufferKaitaiStream(fileName));
    }

    public enum ConfigSelect {
        UNSET(0),
        ID_NAME(1),
        ID_SERIAL(2),
        ID_DEVIDS(3),
        PROP_BITS(16),
        EV_BITS(17),
        ABS_INFO(18);

        private final long id;
        ConfigSelect(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, ConfigSelect> byId = new HashMap<Long, ConfigSelect>(7);
        static {
            for (ConfigSelect e : ConfigSelect.values())
                byId.put(e.id(), e);
        }
        public static ConfigSelect byId(long id) { return byId.get(id); }
    }

    public enum EventType {
        SYN(0),
        KEY(1),
        REL(2),
        ABS(3),
        MSC(4),
        LED(17),
        REP(20);

        private final long id;
        EventType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EventType> byId = new HashMap<Long, EventType>(7);
        static {
            for (EventType e : EventType.values())
                byId.put(e.id(), e);
        }
        public static EventType byId(long id) { return byId.get(id); }
    }

    public VhostUserInput(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUserInput(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUserInput(KaitaiStream _io, KaitaiStruct _parent, VhostUserInput _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.select = ConfigSelect.byId(this._io.readU1());
        this.subsel = this._io.readU1();
        this.lenAnswer = this._io.readU1();
        this.reserved = this._io.readBytes(5);
        {
            ConfigSelect on = select();
            if (on != null) {
                switch (select()) {
                case ABS_INFO: {
                    KaitaiStream _io_answer = this._io.substream(128);
                    this.answer = new AbsInfo(_io_answer, this, _root);
                    break;
                }
                case ID_DEVIDS: {
                    KaitaiStream _io_answer = this._io.substream(128);
                    this.answer = new Devids(_io_answer, this, _root);
                    break;
                }
                default: {
                    this.answer = this._io.readBytes(128);
                    break;
                }
                }
            } else {
                this.answer = this._io.readBytes(128);
            }
        }
    }

    public void _fetchInstances() {
        {
            ConfigSelect on = select();
            if (on != null) {
                switch (select()) {
                case ABS_INFO: {
                    ((AbsInfo) (this.answer))._fetchInstances();
                    break;
                }
                case ID_DEVIDS: {
                    ((Devids) (this.answer))._fetchInstances();
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

    /**
     * The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
     * @see "Virtio 1.2, section 5.8.4 "Device configuration layout""
     */
    public static class AbsInfo extends KaitaiStruct {
        public static AbsInfo fromFile(String fileName) throws IOException {
            return new AbsInfo(new ByteBufferKaitaiStream(fileName));
        }

        public AbsInfo(KaitaiStream _io) {
            this(_io, null, null);
        }

        public AbsInfo(KaitaiStream _io, VhostUserInput _parent) {
            this(_io, _parent, null);
        }

        public AbsInfo(KaitaiStream _io, VhostUserInput _parent, VhostUserInput _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.min = this._io.readS4le();
            this.max = this._io.readS4le();
            this.fuzz = this._io.readS4le();
            this.flat = this._io.readS4le();
            this.res = this._io.readS4le();
        }

        public void _fetchInstances() {
        }
        private int min;
        private int max;
        private int fuzz;
        private int flat;
        private int res;
        private VhostUserInput _root;
        private VhostUserInput _parent;

        /**
         * Smallest value.
         */
        public int min() { return min; }

        /**
         * Largest value.
         */
        public int max() { return max; }

        /**
         * Noise filter width.
         */
        public int fuzz() { return fuzz; }

        /**
         * Dead zone around the centre.
         */
        public int flat() { return flat; }

        /**
         * Resolution (units per millimetre, or per radian).
         */
        public int res() { return res; }
        public VhostUserInput _root() { return _root; }
        public VhostUserInput _parent() { return _parent; }
    }

    /**
     * Bus and device identity (id_devids), as evdev's struct input_id.
     * @see "Virtio 1.2, section 5.8.4 "Device configuration layout""
     */
    public static class Devids extends KaitaiStruct {
        public static Devids fromFile(String fileName) throws IOException {
            return new Devids(new ByteBufferKaitaiStream(fileName));
        }

        public Devids(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Devids(KaitaiStream _io, VhostUserInput _parent) {
            this(_io, _parent, null);
        }

        public Devids(KaitaiStream _io, VhostUserInput _parent, VhostUserInput _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.bustype = this._io.readU2le();
            this.vendor = this._io.readU2le();
            this.product = this._io.readU2le();
            this.version = this._io.readU2le();
        }

        public void _fetchInstances() {
        }
        private int bustype;
        private int vendor;
        private int product;
        private int version;
        private VhostUserInput _root;
        private VhostUserInput _parent;

        /**
         * Bus type (BUS_USB 3, BUS_VIRTUAL 6, ...).
         */
        public int bustype() { return bustype; }

        /**
         * Vendor ID.
         */
        public int vendor() { return vendor; }

        /**
         * Product ID.
         */
        public int product() { return product; }

        /**
         * Version.
         */
        public int version() { return version; }
        public VhostUserInput _root() { return _root; }
        public VhostUserInput _parent() { return _parent; }
    }

    /**
     * One input event (8 bytes), in an event-queue or status-queue buffer.
     * @see "Virtio 1.2, section 5.8.6 "Device Operation""
     */
    public static class Event extends KaitaiStruct {
        public static Event fromFile(String fileName) throws IOException {
            return new Event(new ByteBufferKaitaiStream(fileName));
        }

        public Event(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Event(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Event(KaitaiStream _io, KaitaiStruct _parent, VhostUserInput _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.type = VhostUserInput.EventType.byId(this._io.readU2le());
            this.code = this._io.readU2le();
            this.value = this._io.readS4le();
        }

        public void _fetchInstances() {
        }
        private EventType type;
        private int code;
        private int value;
        private VhostUserInput _root;
        private KaitaiStruct _parent;

        /**
         * Event type (evdev EV_*).
         */
        public EventType type() { return type; }

        /**
         * Key, axis or LED number (evdev KEY_*, REL_*, ABS_*, LED_*).
         */
        public int code() { return code; }

        /**
         * 1 press, 0 release, 2 autorepeat for keys; the position or motion for axes; on/off for LEDs.
         */
        public int value() { return value; }
        public VhostUserInput _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }
    private ConfigSelect select;
    private int subsel;
    private int lenAnswer;
    private byte[] reserved;
    private Object answer;
    private VhostUserInput _root;
    private KaitaiStruct _parent;

    /**
     * What the driver asks for (written by the driver).
     */
    public ConfigSelect select() { return select; }

    /**
     * Which one of it - the event type for ev_bits, the axis for abs_info (written by the driver).
     */
    public int subsel() { return subsel; }

    /**
     * Bytes of `answer` that hold the answer; 0 when there is none.
     */
    public int lenAnswer() { return lenAnswer; }

    /**
     * Zero.
     */
    public byte[] reserved() { return reserved; }

    /**
     * The answer: a string for id_name and id_serial, a bitmap (bit N of
     * byte N/8 for code N) for prop_bits and ev_bits, a structure for
     * id_devids and abs_info; zero-padded to 128 bytes.
     */
    public Object answer() { return answer; }
    public VhostUserInput _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
