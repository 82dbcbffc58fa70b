// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;


/**
 * The type of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
 * memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
 * the type nibble of the connector's index.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDrcTypes extends KaitaiStruct {
    public static SpaprDrcTypes fromFile(String fileName) throws IOException {
        return new SpaprDrcTypes(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDrcTypes(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDrcTypes(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDrcTypes(KaitaiStream _io, KaitaiStruct _parent, SpaprDrcTypes _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numDrcTypes = this._io.readU4be();
        this.drcTypes = new ArrayList<String>();
        for (int i = 0; i < numDrcTypes(); i++) {
            this.drcTypes.add(new String(this._io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.drcTypes.size(); i++) {
        }
    }
    private long numDrcTypes;
    private List<String> drcTypes;
    private SpaprDrcTypes _root;
    private KaitaiStruct _parent;

    /**
     * Number of type strings (equal to the number of indexes).
     */
    public long numDrcTypes() { return numDrcTypes; }

    /**
     * One NUL-terminated type string per connector.
     */
    public List<String> drcTypes() { return drcTypes; }
    public SpaprDrcTypes _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
