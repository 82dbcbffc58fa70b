// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The power domain of every connector listed in the ibm,drc-indexes
 * property of the same node, in the same order: a big-endian count, then
 * one signed 32-bit domain per connector. QEMU puts every connector in the
 * "live insertion" domain -1, whose power the platform manages itself.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDrcPowerDomains extends KaitaiStruct {
    public static SpaprDrcPowerDomains fromFile(String fileName) throws IOException {
        return new SpaprDrcPowerDomains(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDrcPowerDomains(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDrcPowerDomains(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDrcPowerDomains(KaitaiStream _io, KaitaiStruct _parent, SpaprDrcPowerDomains _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numPowerDomains = this._io.readU4be();
        this.powerDomains = new ArrayList<Integer>();
        for (int i = 0; i < numPowerDomains(); i++) {
            this.powerDomains.add(this._io.readS4be());
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.powerDomains.size(); i++) {
        }
    }
    private long numPowerDomains;
    private List<Integer> powerDomains;
    private SpaprDrcPowerDomains _root;
    private KaitaiStruct _parent;

    /**
     * Number of entries (equal to the number of indexes).
     */
    public long numPowerDomains() { return numPowerDomains; }

    /**
     * Power domain of each connector; -1 for live insertion (all of QEMU's).
     */
    public List<Integer> powerDomains() { return powerDomains; }
    public SpaprDrcPowerDomains _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
