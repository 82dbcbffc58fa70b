// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The compact form of `spapr_dynamic_memory`: runs of consecutive logical
 * memory blocks that share associativity and flags are described once. A
 * big-endian count of sets, then one 24-byte entry per set: the number of
 * LMBs, the first one's address and DRC index (the following LMBs take the
 * next addresses and indexes), the associativity list index and the flags.
 * QEMU uses it for guests that asked for it (option vector 5, byte 22,
 * bit 0).
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDynamicMemoryV2 extends KaitaiStruct {
    public static SpaprDynamicMemoryV2 fromFile(String fileName) throws IOException {
        return new SpaprDynamicMemoryV2(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDynamicMemoryV2(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDynamicMemoryV2(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDynamicMemoryV2(KaitaiStream _io, KaitaiStruct _parent, SpaprDynamicMemoryV2 _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numSets = this._io.readU4be();
        this.sets = new ArrayList<LmbSet>();
        for (int i = 0; i < numSets(); i++) {
            this.sets.add(new LmbSet(this._io, this, _root));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.sets.size(); i++) {
            this.sets.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * A run of LMBs with common attributes (24 bytes).
     */
    public static class LmbSet extends KaitaiStruct {
        public static LmbSet fromFile(String fileName) throws IOException {
            return new LmbSet(new ByteBufferKaitaiStream(fileName));
        }

        public LmbSet(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LmbSet(KaitaiStream _io, SpaprDynamicMemoryV2 _parent) {
            this(_io, _parent, null);
        }

        public LmbSet(KaitaiStream _io, SpaprDynamicMemoryV2 _parent, SpaprDynamicMemoryV2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.numLmbs = this._io.readU4be();
            this.addressHi = this._io.readU4be();
            this.addressLo = this._io.readU4be();
            this.drcIndex = new Spapr.DrcIndex(this._io);
            this.associativityIndex = this._io.readU4be();
            this.flags = new Spapr.LmbFlags(this._io);
        }

        public void _fetchInstances() {
            this.drcIndex._fetchInstances();
            this.flags._fetchInstances();
        }
        private Long address;

        /**
         * The first LMB's logical start address in bytes.
         */
        public Long address() {
            if (this.address != null)
                return this.address;
            this.address = ((Number) (((Number) (((Number) (addressHi())).longValue() * 4294967296L + ((Number) (addressLo())).longValue())).longValue())).longValue();
            return this.address;
        }
        private long numLmbs;
        private long addressHi;
        private long addressLo;
        private Spapr.DrcIndex drcIndex;
        private long associativityIndex;
        private Spapr.LmbFlags flags;
        private SpaprDynamicMemoryV2 _root;
        private SpaprDynamicMemoryV2 _parent;

        /**
         * Number of consecutive LMBs in the set.
         */
        public long numLmbs() { return numLmbs; }

        /**
         * High 32 bits of the first LMB's logical address.
         */
        public long addressHi() { return addressHi; }

        /**
         * Low 32 bits of the first LMB's logical address.
         */
        public long addressLo() { return addressLo; }

        /**
         * DRC index of the first LMB; the others follow it one by one.
         */
        public Spapr.DrcIndex drcIndex() { return drcIndex; }

        /**
         * Which list of ibm,associativity-lookup-arrays applies to the whole set.
         */
        public long associativityIndex() { return associativityIndex; }

        /**
         * Flags of every LMB in the set.
         */
        public Spapr.LmbFlags flags() { return flags; }
        public SpaprDynamicMemoryV2 _root() { return _root; }
        public SpaprDynamicMemoryV2 _parent() { return _parent; }
    }
    private long numSets;
    private List<LmbSet> sets;
    private SpaprDynamicMemoryV2 _root;
    private KaitaiStruct _parent;

    /**
     * Number of LMB sets.
     */
    public long numSets() { return numSets; }

    /**
     * One entry per run of LMBs, in address order.
     */
    public List<LmbSet> sets() { return sets; }
    public SpaprDynamicMemoryV2 _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
