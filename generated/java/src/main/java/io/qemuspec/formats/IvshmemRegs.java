// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


/**
 * The 256-byte register block of QEMU's inter-VM shared memory device
 * (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
 * hold registers; every register is 32 bits wide, little-endian, and QEMU
 * answers only 4-byte accesses.
 * 
 * | offset | register | access | after reset |
 * |---|---|---|---|
 * | 0 | interrupt mask | read/write | 0 |
 * | 4 | interrupt status | read/write, reading clears it | 0 |
 * | 8 | IVPosition | read-only | 0 or the device's ID |
 * | 12 | doorbell | write-only | - |
 * | 16..255 | reserved | - | - |
 * 
 * Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
 * revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
 * INTx interrupt of a device without MSI-X: a peer's interrupt sets the
 * status bit, INTx is raised while status AND mask is non-zero, and reading
 * status clears it. Revision 1 keeps these bits reserved. In revision 0,
 * IVPosition could read -1 for a short time after reset, until the ivshmem
 * server had sent the shared memory; in revision 1 it is never negative.
 * 
 * A doorbell write is dropped when the device has no interrupts (the
 * ivshmem-plain variant), when its setup by the server is not complete, or
 * when the addressed peer or vector is not connected; the guest cannot tell.
 * 
 * Reads of the write-only doorbell and of the reserved bytes give zero in
 * QEMU, so a dump of a live device shows zeros there.
 * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers">Source</a>
 */
public class IvshmemRegs extends KaitaiStruct {
    public static IvshmemRegs fromFile(String fileName) throws IOException {
        return new IvshmemRegs(new ByteBufferKaitaiStream(fileName));
    }

    public enum Offsets {
        INTERRUPT_MASK(0),
        INTERRUPT_STATUS(4),
        IV_POSITION(8),
        DOORBELL(12);

        private final long id;
        Offsets(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Offsets> byId = new HashMap<Long, Offsets>(4);
        static {
            for (Offsets e : Offsets.values())
                byId.put(e.id(), e);
        }
        public static Offsets byId(long id) { return byId.get(id); }
    }

    public IvshmemRegs(KaitaiStream _io) {
        this(_io, null, null);
    }

    public IvshmemRegs(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public IvshmemRegs(KaitaiStream _io, KaitaiStruct _parent, IvshmemRegs _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.interruptMask = new InterruptBits(this._io, this, _root);
        this.interruptStatus = new InterruptBits(this._io, this, _root);
        this.ivPosition = this._io.readS4le();
        this.doorbell = new Doorbell(this._io, this, _root);
        this.reserved = this._io.readBytes(240);
    }

    public void _fetchInstances() {
        this.interruptMask._fetchInstances();
        this.interruptStatus._fetchInstances();
        this.doorbell._fetchInstances();
    }

    /**
     * The value written to the doorbell register: which peer to interrupt
     * (high 16 bits) and on which of its interrupt vectors (low 16 bits).
     * The device writes the number 1 to the eventfd it holds for that peer
     * and vector; the peer then raises that MSI-X vector (or, on a
     * revision 0 device without MSI-X, sets its interrupt status).
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers">Source</a>
     */
    public static class Doorbell extends KaitaiStruct {
        public static Doorbell fromFile(String fileName) throws IOException {
            return new Doorbell(new ByteBufferKaitaiStream(fileName));
        }

        public Doorbell(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Doorbell(KaitaiStream _io, IvshmemRegs _parent) {
            this(_io, _parent, null);
        }

        public Doorbell(KaitaiStream _io, IvshmemRegs _parent, IvshmemRegs _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.vector = this._io.readU2le();
            this.peerId = this._io.readU2le();
        }

        public void _fetchInstances() {
        }
        private int vector;
        private int peerId;
        private IvshmemRegs _root;
        private IvshmemRegs _parent;

        /**
         * Bits 0..15, the interrupt vector of the peer to signal.
         */
        public int vector() { return vector; }

        /**
         * Bits 16..31, the ID of the peer to interrupt.
         */
        public int peerId() { return peerId; }
        public IvshmemRegs _root() { return _root; }
        public IvshmemRegs _parent() { return _parent; }
    }

    /**
     * The bits of the interrupt mask and interrupt status registers. Only
     * bit 0 is defined, and only in revision 0; software keeps the other
     * bits as it found them.
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers">Source</a>
     */
    public static class InterruptBits extends KaitaiStruct {
        public static InterruptBits fromFile(String fileName) throws IOException {
            return new InterruptBits(new ByteBufferKaitaiStream(fileName));
        }

        public InterruptBits(KaitaiStream _io) {
            this(_io, null, null);
        }

        public InterruptBits(KaitaiStream _io, IvshmemRegs _parent) {
            this(_io, _parent, null);
        }

        public InterruptBits(KaitaiStream _io, IvshmemRegs _parent, IvshmemRegs _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.peerInterrupt = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(31);
        }

        public void _fetchInstances() {
        }
        private boolean peerInterrupt;
        private long reserved;
        private IvshmemRegs _root;
        private IvshmemRegs _parent;

        /**
         * Bit 0, an interrupt request from a peer (revision 0).
         */
        public boolean peerInterrupt() { return peerInterrupt; }

        /**
         * Bits 1..31, not defined.
         */
        public long reserved() { return reserved; }
        public IvshmemRegs _root() { return _root; }
        public IvshmemRegs _parent() { return _parent; }
    }
    private Boolean hasPosition;

    /**
     * True once the device knows its ID (always on revision 1; on
     * revision 0 guests waited for this before touching BAR2).
     */
    public Boolean hasPosition() {
        if (this.hasPosition != null)
            return this.hasPosition;
        this.hasPosition = ivPosition() >= 0;
        return this.hasPosition;
    }
    private InterruptBits interruptMask;
    private InterruptBits interruptStatus;
    private int ivPosition;
    private Doorbell doorbell;
    private byte[] reserved;
    private IvshmemRegs _root;
    private KaitaiStruct _parent;

    /**
     * Which interrupt sources may raise INTx (revision 0 only; reserved in
     * revision 1).
     */
    public InterruptBits interruptMask() { return interruptMask; }

    /**
     * Interrupt sources that are pending (revision 0 only; reserved in
     * revision 1). Reading the register clears it.
     */
    public InterruptBits interruptStatus() { return interruptStatus; }

    /**
     * The device's peer ID (0..65535), as the ivshmem server assigned it.
     * Zero when the device has no interrupts; -1 on revision 0 devices until
     * the server sent the shared memory.
     */
    public int ivPosition() { return ivPosition; }

    /**
     * Written by the guest to interrupt a peer; reads give zero.
     */
    public Doorbell doorbell() { return doorbell; }

    /**
     * Bytes 16..255 of the BAR, not defined; QEMU reads them as zero.
     */
    public byte[] reserved() { return reserved; }
    public IvshmemRegs _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
