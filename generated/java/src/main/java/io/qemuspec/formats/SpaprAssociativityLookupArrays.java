// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The NUMA associativity lists of dynamically reconfigurable memory, a
 * property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
 * the number of 32-bit entries per list N, then M lists of N entries. An
 * LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprAssociativityLookupArrays extends KaitaiStruct {
    public static SpaprAssociativityLookupArrays fromFile(String fileName) throws IOException {
        return new SpaprAssociativityLookupArrays(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprAssociativityLookupArrays(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprAssociativityLookupArrays(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprAssociativityLookupArrays(KaitaiStream _io, KaitaiStruct _parent, SpaprAssociativityLookupArrays _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numLists = this._io.readU4be();
        this.lenList = this._io.readU4be();
        {
            long _it = this.lenList;
            if (!( ((numLists() <= 65536) && ((((Number) (_it)).longValue() * ((Number) (numLists())).longValue()) * 4 <= _io().size() - _io().pos())) )) {
                throw new KaitaiStream.ValidationExprError(this.lenList, this._io, "/seq/1");
            }
        }
        this.lists = new ArrayList<AssociativityList>();
        for (int i = 0; i < numLists(); i++) {
            this.lists.add(new AssociativityList(this._io, this, _root));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.lists.size(); i++) {
            this.lists.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One associativity list (N 32-bit domain numbers, most general first).
     */
    public static class AssociativityList extends KaitaiStruct {
        public static AssociativityList fromFile(String fileName) throws IOException {
            return new AssociativityList(new ByteBufferKaitaiStream(fileName));
        }

        public AssociativityList(KaitaiStream _io) {
            this(_io, null, null);
        }

        public AssociativityList(KaitaiStream _io, SpaprAssociativityLookupArrays _parent) {
            this(_io, _parent, null);
        }

        public AssociativityList(KaitaiStream _io, SpaprAssociativityLookupArrays _parent, SpaprAssociativityLookupArrays _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.domains = new ArrayList<Long>();
            for (int i = 0; i < _parent().lenList(); i++) {
                this.domains.add(this._io.readU4be());
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.domains.size(); i++) {
            }
        }
        private List<Long> domains;
        private SpaprAssociativityLookupArrays _root;
        private SpaprAssociativityLookupArrays _parent;

        /**
         * The associativity domain at each level.
         */
        public List<Long> domains() { return domains; }
        public SpaprAssociativityLookupArrays _root() { return _root; }
        public SpaprAssociativityLookupArrays _parent() { return _parent; }
    }
    private long numLists;
    private long lenList;
    private List<AssociativityList> lists;
    private SpaprAssociativityLookupArrays _root;
    private KaitaiStruct _parent;

    /**
     * Number of associativity lists (M).
     */
    public long numLists() { return numLists; }

    /**
     * Number of 32-bit entries in each list (N). The lists must fit in
     * what follows (and there are at most 65536 of them), so that a bad
     * count is refused before anything is read.
     */
    public long lenList() { return lenList; }

    /**
     * The M lists.
     */
    public List<AssociativityList> lists() { return lists; }
    public SpaprAssociativityLookupArrays _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
