// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The DRC index of every dynamic reconfiguration connector under a node: a
 * big-endian count, then one 32-bit index per connector. QEMU puts the
 * connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
 * of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
 * entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
 * the connector of the n-th index here.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDrcIndexes extends KaitaiStruct {
    public static SpaprDrcIndexes fromFile(String fileName) throws IOException {
        return new SpaprDrcIndexes(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDrcIndexes(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDrcIndexes(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDrcIndexes(KaitaiStream _io, KaitaiStruct _parent, SpaprDrcIndexes _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numDrcIndexes = this._io.readU4be();
        this.drcIndexes = new ArrayList<Spapr.DrcIndex>();
        for (int i = 0; i < numDrcIndexes(); i++) {
            this.drcIndexes.add(new Spapr.DrcIndex(this._io));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.drcIndexes.size(); i++) {
            this.drcIndexes.get(((Number) (i)).intValue())._fetchInstances();
        }
    }
    private long numDrcIndexes;
    private List<Spapr.DrcIndex> drcIndexes;
    private SpaprDrcIndexes _root;
    private KaitaiStruct _parent;

    /**
     * Number of connectors.
     */
    public long numDrcIndexes() { return numDrcIndexes; }

    /**
     * One index per connector, unique in the machine.
     */
    public List<Spapr.DrcIndex> drcIndexes() { return drcIndexes; }
    public SpaprDrcIndexes _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
