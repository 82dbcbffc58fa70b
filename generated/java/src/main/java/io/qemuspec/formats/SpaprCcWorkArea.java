// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;


/**
 * The 4096-byte buffer through which ibm,configure-connector hands the
 * device tree of a newly plugged resource to the guest, one step per call.
 * The guest writes the connector's DRC index into the first word and calls
 * again and again; each answer (`spapr::cc_status`) says what the work area
 * now holds: the name of a child node (next-child), or the name, length
 * and value of a property (next-property); previous-parent closes a node,
 * complete ends the fragment. Offsets are counted in bytes from the start of
 * the work area; QEMU puts the name at offset 20 and a property's value right
 * after the name's NUL. Words 3 and 4 are only meaningful after next-property
 * (QEMU leaves older values there otherwise).
 * 
 * The value is decoded for the sPAPR properties that `dtb` decodes (the
 * same table of names).
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprCcWorkArea extends KaitaiStruct {
    public static SpaprCcWorkArea fromFile(String fileName) throws IOException {
        return new SpaprCcWorkArea(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprCcWorkArea(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprCcWorkArea(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprCcWorkArea(KaitaiStream _io, KaitaiStruct _parent, SpaprCcWorkArea _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.drcIndex = new Spapr.DrcIndex(this._io);
        this.reserved = this._io.readU4be();
        this.ofsName = this._io.readU4be();
        this.lenValue = this._io.readU4be();
        this.ofsValue = this._io.readU4be();
    }

    public void _fetchInstances() {
        this.drcIndex._fetchInstances();
        name();
        if (this.name != null) {
        }
        value();
        if (this.value != null) {
            switch (name()) {
            case "ibm,associativity-lookup-arrays": {
                ((SpaprAssociativityLookupArrays) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-indexes": {
                ((SpaprDrcIndexes) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-names": {
                ((SpaprDrcNames) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-power-domains": {
                ((SpaprDrcPowerDomains) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-types": {
                ((SpaprDrcTypes) (this.value))._fetchInstances();
                break;
            }
            case "ibm,dynamic-memory": {
                ((SpaprDynamicMemory) (this.value))._fetchInstances();
                break;
            }
            case "ibm,dynamic-memory-v2": {
                ((SpaprDynamicMemoryV2) (this.value))._fetchInstances();
                break;
            }
            case "ibm,lrdr-capacity": {
                ((SpaprLrdrCapacity) (this.value))._fetchInstances();
                break;
            }
            case "ibm,my-drc-index": {
                ((Spapr.DrcIndex) (this.value))._fetchInstances();
                break;
            }
            default: {
                break;
            }
            }
        }
    }
    private String name;

    /**
     * The node or property name the last call gave.
     */
    public String name() {
        if (this.name != null)
            return this.name;
        if ( ((ofsName() >= 20) && (((Number) (ofsName())).longValue() < _io().size())) ) {
            long _pos = this._io.pos();
            this._io.seek(ofsName());
            this.name = new String(this._io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII);
            this._io.seek(_pos);
        }
        return this.name;
    }
    private Object value;

    /**
     * The property value the last call gave (after next-property; decoded for the sPAPR properties).
     */
    public Object value() {
        if (this.value != null)
            return this.value;
        if ( ((ofsName() >= 20) && (((Number) (ofsName())).longValue() < _io().size()) && (ofsValue() > ofsName()) && (((Number) (ofsValue())).longValue() + ((Number) (lenValue())).longValue() <= _io().size())) ) {
            long _pos = this._io.pos();
            this._io.seek(ofsValue());
            switch (name()) {
            case "ibm,associativity-lookup-arrays": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprAssociativityLookupArrays(_io_value);
                break;
            }
            case "ibm,drc-indexes": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcIndexes(_io_value);
                break;
            }
            case "ibm,drc-names": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcNames(_io_value);
                break;
            }
            case "ibm,drc-power-domains": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcPowerDomains(_io_value);
                break;
            }
            case "ibm,drc-types": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcTypes(_io_value);
                break;
            }
            case "ibm,dynamic-memory": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDynamicMemory(_io_value);
                break;
            }
            case "ibm,dynamic-memory-v2": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDynamicMemoryV2(_io_value);
                break;
            }
            case "ibm,lrdr-capacity": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprLrdrCapacity(_io_value);
                break;
            }
            case "ibm,my-drc-index": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new Spapr.DrcIndex(_io_value);
                break;
            }
            default: {
                this.value = this._io.readBytes(lenValue());
                break;
            }
            }
            this._io.seek(_pos);
        }
        return this.value;
    }
    private Spapr.DrcIndex drcIndex;
    private long reserved;
    private long ofsName;
    private long lenValue;
    private long ofsValue;
    private SpaprCcWorkArea _root;
    private KaitaiStruct _parent;

    /**
     * Word 0, the connector being configured (written by the guest).
     */
    public Spapr.DrcIndex drcIndex() { return drcIndex; }

    /**
     * Word 1, zero.
     */
    public long reserved() { return reserved; }

    /**
     * Word 2, offset of the NUL-terminated node or property name.
     */
    public long ofsName() { return ofsName; }

    /**
     * Word 3, length of the property value (next-property only).
     */
    public long lenValue() { return lenValue; }

    /**
     * Word 4, offset of the property value (next-property only).
     */
    public long ofsValue() { return ofsValue; }
    public SpaprCcWorkArea _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
