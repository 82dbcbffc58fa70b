// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;


/**
 * The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
 * DMA transfer. The guest writes the descriptor's guest-physical address to
 * the DMA address register (big-endian; on x86 the high half at port 0x514,
 * then the low half at 0x518, which starts the transfer). The device then
 * optionally selects an item, reads, writes or skips `len_data` bytes at
 * the current offset of the selected item, and writes the control word back:
 * zero on success, the error bit set on failure. All fields are big-endian.
 * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface">Source</a>
 */
public class FwCfgDmaAccess extends KaitaiStruct {
    public static FwCfgDmaAccess fromFile(String fileName) throws IOException {
        return new FwCfgDmaAccess(new ByteBufferKaitaiStream(fileName));
    }

    public FwCfgDmaAccess(KaitaiStream _io) {
        this(_io, null, null);
    }

    public FwCfgDmaAccess(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public FwCfgDmaAccess(KaitaiStream _io, KaitaiStruct _parent, FwCfgDmaAccess _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.control = new ControlWord(this._io, this, _root);
        this.lenData = this._io.readU4be();
        this.address = this._io.readU8be();
    }

    public void _fetchInstances() {
        this.control._fetchInstances();
    }

    /**
     * The 32-bit control word. Only one operation runs: read wins over
     * write, write over skip. Select may come with any of them and
     * happens first.
     */
    public static class ControlWord extends KaitaiStruct {
        public static ControlWord fromFile(String fileName) throws IOException {
            return new ControlWord(new ByteBufferKaitaiStream(fileName));
        }

        public ControlWord(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ControlWord(KaitaiStream _io, FwCfgDmaAccess _parent) {
            this(_io, _parent, null);
        }

        public ControlWord(KaitaiStream _io, FwCfgDmaAccess _parent, FwCfgDmaAccess _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.selector = FwCfg.Key.byId(this._io.readBitsIntBe(16));
            this.reserved = this._io.readBitsIntBe(11);
            this.opWrite = this._io.readBitsIntBe(1) != 0;
            this.opSelect = this._io.readBitsIntBe(1) != 0;
            this.opSkip = this._io.readBitsIntBe(1) != 0;
            this.opRead = this._io.readBitsIntBe(1) != 0;
            this.error = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private FwCfg.Key selector;
        private long reserved;
        private boolean opWrite;
        private boolean opSelect;
        private boolean opSkip;
        private boolean opRead;
        private boolean error;
        private FwCfgDmaAccess _root;
        private FwCfgDmaAccess _parent;

        /**
         * Key to select first, when `select` is set (named when it is a well-known key).
         */
        public FwCfg.Key selector() { return selector; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }

        /**
         * Bit 4, copy from guest memory into the item (only writable items, no resizing).
         */
        public boolean opWrite() { return opWrite; }

        /**
         * Bit 3, select the item `selector` names (and reset the offset) before the transfer.
         */
        public boolean opSelect() { return opSelect; }

        /**
         * Bit 2, advance the offset by `len_data` without copying.
         */
        public boolean opSkip() { return opSkip; }

        /**
         * Bit 1, copy from the item into guest memory.
         */
        public boolean opRead() { return opRead; }

        /**
         * Bit 0, set by the device when the transfer failed.
         */
        public boolean error() { return error; }
        public FwCfgDmaAccess _root() { return _root; }
        public FwCfgDmaAccess _parent() { return _parent; }
    }
    private ControlWord control;
    private long lenData;
    private long address;
    private FwCfgDmaAccess _root;
    private KaitaiStruct _parent;

    /**
     * What to do; the device writes the result back here.
     */
    public ControlWord control() { return control; }

    /**
     * Number of bytes to transfer or skip.
     */
    public long lenData() { return lenData; }

    /**
     * Guest-physical address of the buffer to copy to (read) or from (write).
     */
    public long address() { return address; }
    public FwCfgDmaAccess _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
