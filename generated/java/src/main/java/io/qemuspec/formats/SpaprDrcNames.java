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
 * The name of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings. Logical resources are named by type and number ("CPU 3",
 * "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
 * ("C<n>").
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDrcNames extends KaitaiStruct {
    public static SpaprDrcNames fromFile(String fileName) throws IOException {
        return new SpaprDrcNames(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDrcNames(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDrcNames(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDrcNames(KaitaiStream _io, KaitaiStruct _parent, SpaprDrcNames _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numNames = this._io.readU4be();
        this.names = new ArrayList<String>();
        for (int i = 0; i < numNames(); i++) {
            this.names.add(new String(this._io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.names.size(); i++) {
        }
    }
    private long numNames;
    private List<String> names;
    private SpaprDrcNames _root;
    private KaitaiStruct _parent;

    /**
     * Number of names (equal to the number of indexes).
     */
    public long numNames() { return numNames; }

    /**
     * One NUL-terminated name per connector.
     */
    public List<String> names() { return names; }
    public SpaprDrcNames _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
