// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;


/**
 * The dynamic reconfiguration limits of the partition, a property of the
 * /rtas node (20 bytes): the highest memory address the guest may ever
 * have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
 * and the most processors it may have (32 bits). QEMU gives the end of its
 * hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
 * plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
 * threads per core. 64-bit numbers are read as two 32-bit halves so that
 * JavaScript keeps every bit.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprLrdrCapacity extends KaitaiStruct {
    public static SpaprLrdrCapacity fromFile(String fileName) throws IOException {
        return new SpaprLrdrCapacity(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprLrdrCapacity(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprLrdrCapacity(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprLrdrCapacity(KaitaiStream _io, KaitaiStruct _parent, SpaprLrdrCapacity _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.maxAddressHi = this._io.readU4be();
        this.maxAddressLo = this._io.readU4be();
        this.lmbSizeHi = this._io.readU4be();
        this.lmbSizeLo = this._io.readU4be();
        this.maxCpus = this._io.readU4be();
    }

    public void _fetchInstances() {
    }
    private Long lmbSize;

    /**
     * The size memory is hotplugged in, in bytes.
     */
    public Long lmbSize() {
        if (this.lmbSize != null)
            return this.lmbSize;
        this.lmbSize = ((Number) (((Number) (((Number) (lmbSizeHi())).longValue() * 4294967296L + ((Number) (lmbSizeLo())).longValue())).longValue())).longValue();
        return this.lmbSize;
    }
    private Long maxAddress;

    /**
     * The highest memory address the guest may have, in bytes.
     */
    public Long maxAddress() {
        if (this.maxAddress != null)
            return this.maxAddress;
        this.maxAddress = ((Number) (((Number) (((Number) (maxAddressHi())).longValue() * 4294967296L + ((Number) (maxAddressLo())).longValue())).longValue())).longValue();
        return this.maxAddress;
    }
    private long maxAddressHi;
    private long maxAddressLo;
    private long lmbSizeHi;
    private long lmbSizeLo;
    private long maxCpus;
    private SpaprLrdrCapacity _root;
    private KaitaiStruct _parent;

    /**
     * High 32 bits of the highest address (phys).
     */
    public long maxAddressHi() { return maxAddressHi; }

    /**
     * Low 32 bits of the highest address.
     */
    public long maxAddressLo() { return maxAddressLo; }

    /**
     * High 32 bits of the hotplug increment (size).
     */
    public long lmbSizeHi() { return lmbSizeHi; }

    /**
     * Low 32 bits of the hotplug increment.
     */
    public long lmbSizeLo() { return lmbSizeLo; }

    /**
     * Largest number of processors (cores) the guest may have.
     */
    public long maxCpus() { return maxCpus; }
    public SpaprLrdrCapacity _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
