// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


/**
 * Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
 * these 4-byte structures and says in it when it wants to hear from the
 * other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
 * available ring) says when the device should notify (interrupt), the
 * device's (the "used ring" address) says when the driver should kick.
 * 
 * With `mode` enable every buffer is signalled, with disable none; with
 * desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
 * once the other side has gone past the slot `offset` in the lap whose
 * wrap counter is `wrap`. The reader decides after a full memory barrier.
 * @see "Virtio 1.2, section 2.8.14 "Event Suppression Structure Format""
 */
public class VirtqPackedEvent extends KaitaiStruct {
    public static VirtqPackedEvent fromFile(String fileName) throws IOException {
        return new VirtqPackedEvent(new ByteBufferKaitaiStream(fileName));
    }

    public enum EventMode {
        ENABLE(0),
        DISABLE(1),
        DESC(2),
        RESERVED(3);

        private final long id;
        EventMode(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EventMode> byId = new HashMap<Long, EventMode>(4);
        static {
            for (EventMode e : EventMode.values())
                byId.put(e.id(), e);
        }
        public static EventMode byId(long id) { return byId.get(id); }
    }

    public VirtqPackedEvent(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtqPackedEvent(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtqPackedEvent(KaitaiStream _io, KaitaiStruct _parent, VirtqPackedEvent _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.offset = this._io.readBitsIntLe(15);
        this.wrap = this._io.readBitsIntLe(1) != 0;
        this.mode = EventMode.byId(this._io.readBitsIntLe(2));
        this.reserved = this._io.readBitsIntLe(14);
    }

    public void _fetchInstances() {
    }
    private long offset;
    private boolean wrap;
    private EventMode mode;
    private long reserved;
    private VirtqPackedEvent _root;
    private KaitaiStruct _parent;

    /**
     * Desc mode, the slot the writer wants to hear about.
     */
    public long offset() { return offset; }

    /**
     * Desc mode, the wrap counter of the lap in which `offset` is meant.
     */
    public boolean wrap() { return wrap; }

    /**
     * Enable, disable or desc.
     */
    public EventMode mode() { return mode; }

    /**
     * Not defined; zero.
     */
    public long reserved() { return reserved; }
    public VirtqPackedEvent _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
