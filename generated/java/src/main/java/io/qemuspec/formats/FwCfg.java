// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.Arrays;


/**
 * fw_cfg is the device through which QEMU hands blobs to guest firmware: boot
 * order, ACPI and SMBIOS tables, kernel and initrd for direct boot, and any
 * item a user adds with `-fw_cfg name=opt/...`.
 * 
 * The guest writes a 16-bit selector key, then reads the selected item's
 * bytes one access at a time from the data register, or has the device copy
 * them into guest memory through the DMA interface (see `fw_cfg_dma_access`).
 * Items at keys 0x0020 and above are named files listed in the file
 * directory (see `fw_cfg_file_dir`).
 * 
 * This spec holds what every fw_cfg structure shares: the selector key with
 * its write and architecture bits, the names of the well-known keys, and the
 * small fixed items (signature, feature bitmap, DMA signature). Its top
 * level reads the signature item; the other types are used by name.
 * 
 * Where the registers are:
 * 
 * | platform | selector | data | DMA address |
 * |---|---|---|---|
 * | x86 (I/O ports) | port 0x510, 16-bit, little-endian | port 0x511, 8-bit | ports 0x514 (high half) and 0x518 (low half, starts the transfer), big-endian |
 * | Arm (MMIO) | base + 8, 16-bit, big-endian | base + 0, 8/16/32/64-bit, byte order of the item kept | base + 16, 64-bit, big-endian |
 * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html">Source</a>
 */
public class FwCfg extends KaitaiStruct {
    public static FwCfg fromFile(String fileName) throws IOException {
        return new FwCfg(new ByteBufferKaitaiStream(fileName));
    }

    public enum Features {
        TRADITIONAL(1),
        DMA(2);

        private final long id;
        Features(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Features> byId = new HashMap<Long, Features>(2);
        static {
            for (Features e : Features.values())
                byId.put(e.id(), e);
        }
        public static Features byId(long id) { return byId.get(id); }
    }

    public enum Key {
        SIGNATURE(0),
        ID(1),
        UUID(2),
        RAM_SIZE(3),
        NOGRAPHIC(4),
        NB_CPUS(5),
        MACHINE_ID(6),
        KERNEL_ADDR(7),
        KERNEL_SIZE(8),
        KERNEL_CMDLINE(9),
        INITRD_ADDR(10),
        INITRD_SIZE(11),
        BOOT_DEVICE(12),
        NUMA(13),
        BOOT_MENU(14),
        MAX_CPUS(15),
        KERNEL_ENTRY(16),
        KERNEL_DATA(17),
        INITRD_DATA(18),
        CMDLINE_ADDR(19),
        CMDLINE_SIZE(20),
        CMDLINE_DATA(21),
        SETUP_ADDR(22),
        SETUP_SIZE(23),
        SETUP_DATA(24),
        FILE_DIR(25),
        FILE_FIRST(32),
        X86_ACPI_TABLES(32768),
        X86_SMBIOS_ENTRIES(32769),
        X86_IRQ0_OVERRIDE(32770),
        X86_E820_TABLE(32771),
        X86_HPET(32772);

        private final long id;
        Key(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Key> byId = new HashMap<Long, Key>(32);
        static {
            for (Key e : Key.values())
                byId.put(e.id(), e);
        }
        public static Key byId(long id) { return byId.get(id); }
    }

    public FwCfg(KaitaiStream _io) {
        this(_io, null, null);
    }

    public FwCfg(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public FwCfg(KaitaiStream _io, KaitaiStruct _parent, FwCfg _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.signature = new SignatureItem(this._io, this, _root);
    }

    public void _fetchInstances() {
        this.signature._fetchInstances();
    }

    /**
     * What the guest reads from the 8-byte DMA address register when the
     * DMA interface exists: the big-endian number 0x51454d5520434647, which
     * is the text "QEMU CFG" in memory order.
     * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature">Source</a>
     */
    public static class DmaSignature extends KaitaiStruct {
        public static DmaSignature fromFile(String fileName) throws IOException {
            return new DmaSignature(new ByteBufferKaitaiStream(fileName));
        }

        public DmaSignature(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DmaSignature(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public DmaSignature(KaitaiStream _io, KaitaiStruct _parent, FwCfg _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magic = this._io.readBytes(8);
            if (!(Arrays.equals(this.magic, new byte[] { 81, 69, 77, 85, 32, 67, 70, 71 }))) {
                throw new KaitaiStream.ValidationNotEqualError(new byte[] { 81, 69, 77, 85, 32, 67, 70, 71 }, this.magic, this._io, "/types/dma_signature/seq/0");
            }
        }

        public void _fetchInstances() {
        }
        private byte[] magic;
        private FwCfg _root;
        private KaitaiStruct _parent;

        /**
         * The eight bytes "QEMU CFG".
         */
        public byte[] magic() { return magic; }
        public FwCfg _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
     * traditional selector/data interface) is always set; bit 1 says the
     * DMA interface is there.
     * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id">Source</a>
     */
    public static class IdItem extends KaitaiStruct {
        public static IdItem fromFile(String fileName) throws IOException {
            return new IdItem(new ByteBufferKaitaiStream(fileName));
        }

        public IdItem(KaitaiStream _io) {
            this(_io, null, null);
        }

        public IdItem(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public IdItem(KaitaiStream _io, KaitaiStruct _parent, FwCfg _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.traditional = this._io.readBitsIntLe(1) != 0;
            this.dma = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(30);
        }

        public void _fetchInstances() {
        }
        private boolean traditional;
        private boolean dma;
        private long reserved;
        private FwCfg _root;
        private KaitaiStruct _parent;

        /**
         * The selector and data registers work (always set).
         */
        public boolean traditional() { return traditional; }

        /**
         * The DMA address register works.
         */
        public boolean dma() { return dma; }

        /**
         * Not defined; zero from QEMU.
         */
        public long reserved() { return reserved; }
        public FwCfg _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The 16-bit value written to the selector register. The low 14 bits
     * index an item; bit 14 asked for write access in QEMU before 2.4 (it is
     * ignored today: writes go through DMA and each item decides whether it
     * is writable); bit 15 picks the architecture-specific item table.
     * Read as a little-endian 16-bit number (the x86 port's byte order).
     * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register">Source</a>
     */
    public static class SelectorKey extends KaitaiStruct {
        public static SelectorKey fromFile(String fileName) throws IOException {
            return new SelectorKey(new ByteBufferKaitaiStream(fileName));
        }

        public SelectorKey(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SelectorKey(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public SelectorKey(KaitaiStream _io, KaitaiStruct _parent, FwCfg _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.index = this._io.readBitsIntLe(14);
            this.write = this._io.readBitsIntLe(1) != 0;
            this.archLocal = this._io.readBitsIntLe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private Key archKey;

        /**
         * The key as a well-known architecture-specific key (meaningful when `arch_local` is true).
         */
        public Key archKey() {
            if (this.archKey != null)
                return this.archKey;
            this.archKey = FwCfg.Key.byId(32768 + index());
            return this.archKey;
        }
        private Key genericKey;

        /**
         * The index as a well-known generic key (meaningful when `arch_local` is false).
         */
        public Key genericKey() {
            if (this.genericKey != null)
                return this.genericKey;
            this.genericKey = FwCfg.Key.byId(index());
            return this.genericKey;
        }
        private long index;
        private boolean write;
        private boolean archLocal;
        private FwCfg _root;
        private KaitaiStruct _parent;

        /**
         * Item number inside its table (0x0000..0x3fff).
         */
        public long index() { return index; }

        /**
         * Historic write-mode bit (0x4000); QEMU ignores it since 2.4.
         */
        public boolean write() { return write; }

        /**
         * Set (0x8000) for the architecture-specific table, clear for the generic one.
         */
        public boolean archLocal() { return archLocal; }
        public FwCfg _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * Item 0x0000. Selecting it and reading four bytes from the data
     * register gives "QEMU" when the device is present.
     * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature">Source</a>
     */
    public static class SignatureItem extends KaitaiStruct {
        public static SignatureItem fromFile(String fileName) throws IOException {
            return new SignatureItem(new ByteBufferKaitaiStream(fileName));
        }

        public SignatureItem(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SignatureItem(KaitaiStream _io, FwCfg _parent) {
            this(_io, _parent, null);
        }

        public SignatureItem(KaitaiStream _io, FwCfg _parent, FwCfg _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magic = this._io.readBytes(4);
            if (!(Arrays.equals(this.magic, new byte[] { 81, 69, 77, 85 }))) {
                throw new KaitaiStream.ValidationNotEqualError(new byte[] { 81, 69, 77, 85 }, this.magic, this._io, "/types/signature_item/seq/0");
            }
        }

        public void _fetchInstances() {
        }
        private byte[] magic;
        private FwCfg _root;
        private FwCfg _parent;

        /**
         * The four bytes "QEMU".
         */
        public byte[] magic() { return magic; }
        public FwCfg _root() { return _root; }
        public FwCfg _parent() { return _parent; }
    }
    private SignatureItem signature;
    private FwCfg _root;
    private KaitaiStruct _parent;

    /**
     * The item at key 0x0000, read to learn whether the device is there.
     */
    public SignatureItem signature() { return signature; }
    public FwCfg _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
