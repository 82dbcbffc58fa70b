// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * Every dynamically reconfigurable logical memory block (LMB) of the guest,
 * a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
 * count, then one 24-byte entry per LMB with its address, DRC index,
 * associativity list index and flags. The LMB size is in that node's
 * ibm,lmb-size property (256 MiB from QEMU).
 * 
 * QEMU builds the node only for a guest that asked for it through
 * client-architecture-support (option vector 5, byte 2, bit 2) and did not
 * ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
 * address 0 to the end of its hotplug memory region: boot memory with the
 * reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
 * LMB connector's index, assigned when a DIMM is plugged there, and the
 * associativity index 0xffffffff when it is not.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprDynamicMemory extends KaitaiStruct {
    public static SpaprDynamicMemory fromFile(String fileName) throws IOException {
        return new SpaprDynamicMemory(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprDynamicMemory(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprDynamicMemory(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprDynamicMemory(KaitaiStream _io, KaitaiStruct _parent, SpaprDynamicMemory _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numLmbs = this._io.readU4be();
        this.lmbs = new ArrayList<Lmb>();
        for (int i = 0; i < numLmbs(); i++) {
            this.lmbs.add(new Lmb(this._io, this, _root));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.lmbs.size(); i++) {
            this.lmbs.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One logical memory block (24 bytes).
     */
    public static class Lmb extends KaitaiStruct {
        public static Lmb fromFile(String fileName) throws IOException {
            return new Lmb(new ByteBufferKaitaiStream(fileName));
        }

        public Lmb(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Lmb(KaitaiStream _io, SpaprDynamicMemory _parent) {
            this(_io, _parent, null);
        }

        public Lmb(KaitaiStream _io, SpaprDynamicMemory _parent, SpaprDynamicMemory _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.addressHi = this._io.readU4be();
            this.addressLo = this._io.readU4be();
            this.drcIndex = new Spapr.DrcIndex(this._io);
            this.reserved = this._io.readU4be();
            this.associativityIndex = this._io.readU4be();
            this.flags = new Spapr.LmbFlags(this._io);
        }

        public void _fetchInstances() {
            this.drcIndex._fetchInstances();
            this.flags._fetchInstances();
        }
        private Long address;

        /**
         * The LMB's logical start address in bytes.
         */
        public Long address() {
            if (this.address != null)
                return this.address;
            this.address = ((Number) (((Number) (((Number) (addressHi())).longValue() * 4294967296L + ((Number) (addressLo())).longValue())).longValue())).longValue();
            return this.address;
        }
        private long addressHi;
        private long addressLo;
        private Spapr.DrcIndex drcIndex;
        private long reserved;
        private long associativityIndex;
        private Spapr.LmbFlags flags;
        private SpaprDynamicMemory _root;
        private SpaprDynamicMemory _parent;

        /**
         * High 32 bits of the LMB's logical start address (its /memory node's reg).
         */
        public long addressHi() { return addressHi; }

        /**
         * Low 32 bits of the start address.
         */
        public long addressLo() { return addressLo; }

        /**
         * Index of the LMB's connector (its ibm,my-drc-index); 0 for boot memory in QEMU.
         */
        public Spapr.DrcIndex drcIndex() { return drcIndex; }

        /**
         * Reserved for expansion; zero.
         */
        public long reserved() { return reserved; }

        /**
         * Which list of ibm,associativity-lookup-arrays applies; 0xffffffff when unassigned (QEMU).
         */
        public long associativityIndex() { return associativityIndex; }

        /**
         * Flags; `assigned` tells whether the LMB is the partition's at boot.
         */
        public Spapr.LmbFlags flags() { return flags; }
        public SpaprDynamicMemory _root() { return _root; }
        public SpaprDynamicMemory _parent() { return _parent; }
    }
    private long numLmbs;
    private List<Lmb> lmbs;
    private SpaprDynamicMemory _root;
    private KaitaiStruct _parent;

    /**
     * Number of LMB entries.
     */
    public long numLmbs() { return numLmbs; }

    /**
     * One entry per LMB, in address order.
     */
    public List<Lmb> lmbs() { return lmbs; }
    public SpaprDynamicMemory _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
