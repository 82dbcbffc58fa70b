// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The in-flight tracking buffer as a back-end makes it when the front-end
 * set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
 * region per queue, back to back, each a 32-byte header and a 32-byte
 * entry per descriptor, rounded up to 64 bytes. The region's layout is
 * `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
 * imports; nothing in the bytes tells a packed buffer from a split one
 * (the features decide), so this spec is the packed buffer's top level and
 * `vhost_user_inflight` the split one's.
 * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
 */
public class VhostUserInflightPacked extends KaitaiStruct {
    public static VhostUserInflightPacked fromFile(String fileName) throws IOException {
        return new VhostUserInflightPacked(new ByteBufferKaitaiStream(fileName));
    }

    public VhostUserInflightPacked(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUserInflightPacked(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUserInflightPacked(KaitaiStream _io, KaitaiStruct _parent, VhostUserInflightPacked _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.queues = new ArrayList<VhostUserInflight.QueueRegionPacked>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.queues.add(new VhostUserInflight.QueueRegionPacked(this._io));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.queues.size(); i++) {
            this.queues.get(((Number) (i)).intValue())._fetchInstances();
        }
    }
    private List<VhostUserInflight.QueueRegionPacked> queues;
    private VhostUserInflightPacked _root;
    private KaitaiStruct _parent;

    /**
     * One region per queue, in queue order.
     */
    public List<VhostUserInflight.QueueRegionPacked> queues() { return queues; }
    public VhostUserInflightPacked _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
