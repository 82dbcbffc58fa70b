// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;


/**
 * LUKS version 1 keeps a disk's master key encrypted under up to eight
 * passphrases. The header (592 bytes, every number big-endian) names the
 * cipher, its mode and IV generator, and the hash used for PBKDF2 and the
 * anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
 * candidate key can be checked, and eight key slots. An active slot points
 * at its key material: the master key split into `stripes` copies by the
 * anti-forensic splitter, encrypted with a key derived from the passphrase
 * by PBKDF2 with the slot's salt and iteration count.
 * 
 * QEMU uses this header for its `luks` image format and inside qcow2 images
 * with `encrypt.format=luks`: there the qcow2 "full disk encryption header
 * pointer" extension says where the header lies, offsets in it count from
 * its first byte, and the payload offset is not used (guest data lives in
 * qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
 * as the IV's sector number). Offsets of key material and payload are in
 * 512-byte sectors.
 * @see <a href="https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf">Source</a>
 * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer">Source</a>
 */
public class Luks extends KaitaiStruct {
    public static Luks fromFile(String fileName) throws IOException {
        return new Luks(new ByteBufferKaitaiStream(fileName));
    }

    public enum KeySlotState {
        DISABLED(57005),
        ENABLED(11301363);

        private final long id;
        KeySlotState(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, KeySlotState> byId = new HashMap<Long, KeySlotState>(2);
        static {
            for (KeySlotState e : KeySlotState.values())
                byId.put(e.id(), e);
        }
        public static KeySlotState byId(long id) { return byId.get(id); }
    }

    public Luks(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Luks(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Luks(KaitaiStream _io, KaitaiStruct _parent, Luks _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.magic = this._io.readBytes(6);
        if (!(Arrays.equals(this.magic, new byte[] { 76, 85, 75, 83, -70, -66 }))) {
            throw new KaitaiStream.ValidationNotEqualError(new byte[] { 76, 85, 75, 83, -70, -66 }, this.magic, this._io, "/seq/0");
        }
        this.version = this._io.readU2be();
        if (!(this.version == 1)) {
            throw new KaitaiStream.ValidationNotEqualError(1, this.version, this._io, "/seq/1");
        }
        this.cipherName = new String(KaitaiStream.bytesTerminate(this._io.readBytes(32), (byte) 0, false), StandardCharsets.US_ASCII);
        this.cipherMode = new String(KaitaiStream.bytesTerminate(this._io.readBytes(32), (byte) 0, false), StandardCharsets.US_ASCII);
        this.hashSpec = new String(KaitaiStream.bytesTerminate(this._io.readBytes(32), (byte) 0, false), StandardCharsets.US_ASCII);
        this.ofsPayload = this._io.readU4be();
        this.lenKey = this._io.readU4be();
        this.masterKeyDigest = this._io.readBytes(20);
        this.masterKeySalt = this._io.readBytes(32);
        this.masterKeyIterations = this._io.readU4be();
        this.uuid = new String(KaitaiStream.bytesTerminate(this._io.readBytes(40), (byte) 0, false), StandardCharsets.US_ASCII);
        this.keySlots = new ArrayList<KeySlot>();
        for (int i = 0; i < 8; i++) {
            this.keySlots.add(new KeySlot(this._io, this, _root));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.keySlots.size(); i++) {
            this.keySlots.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One passphrase's way to the master key (48 bytes).
     */
    public static class KeySlot extends KaitaiStruct {
        public static KeySlot fromFile(String fileName) throws IOException {
            return new KeySlot(new ByteBufferKaitaiStream(fileName));
        }

        public KeySlot(KaitaiStream _io) {
            this(_io, null, null);
        }

        public KeySlot(KaitaiStream _io, Luks _parent) {
            this(_io, _parent, null);
        }

        public KeySlot(KaitaiStream _io, Luks _parent, Luks _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.active = Luks.KeySlotState.byId(this._io.readU4be());
            this.iterations = this._io.readU4be();
            this.salt = this._io.readBytes(32);
            this.ofsKeyMaterial = this._io.readU4be();
            this.stripes = this._io.readU4be();
        }

        public void _fetchInstances() {
            keyMaterial();
            if (this.keyMaterial != null) {
            }
        }
        private Boolean isActive;

        /**
         * The slot holds key material.
         */
        public Boolean isActive() {
            if (this.isActive != null)
                return this.isActive;
            this.isActive = active() == Luks.KeySlotState.ENABLED;
            return this.isActive;
        }
        private byte[] keyMaterial;

        /**
         * The anti-forensically split master key, encrypted with the cipher
         * and mode of the header under the key PBKDF2 derives from the
         * passphrase; the IV counts 512-byte sectors from 0 at its start.
         */
        public byte[] keyMaterial() {
            if (this.keyMaterial != null)
                return this.keyMaterial;
            if (isActive()) {
                KaitaiStream io = _root()._io();
                long _pos = io.pos();
                io.seek(((Number) (ofsKeyMaterial())).longValue() * 512);
                this.keyMaterial = io.readBytes(lenKeyMaterial());
                io.seek(_pos);
            }
            return this.keyMaterial;
        }
        private Integer lenKeyMaterial;

        /**
         * Bytes of key material (the split key, encrypted), before rounding up to a sector.
         */
        public Integer lenKeyMaterial() {
            if (this.lenKeyMaterial != null)
                return this.lenKeyMaterial;
            this.lenKeyMaterial = ((Number) (((Number) (_root().lenKey())).longValue() * ((Number) (stripes())).longValue())).intValue();
            return this.lenKeyMaterial;
        }
        private KeySlotState active;
        private long iterations;
        private byte[] salt;
        private long ofsKeyMaterial;
        private long stripes;
        private Luks _root;
        private Luks _parent;

        /**
         * Whether the slot holds key material (0x00AC71F3) or not (0x0000DEAD).
         */
        public KeySlotState active() { return active; }

        /**
         * PBKDF2 iterations that turn the passphrase into this slot's key (0 in an inactive slot).
         */
        public long iterations() { return iterations; }

        /**
         * PBKDF2 salt of this slot.
         */
        public byte[] salt() { return salt; }

        /**
         * Where this slot's key material starts, in 512-byte sectors from the header.
         */
        public long ofsKeyMaterial() { return ofsKeyMaterial; }

        /**
         * Anti-forensic stripes the master key is split into (4000 as QEMU and cryptsetup write it).
         */
        public long stripes() { return stripes; }
        public Luks _root() { return _root; }
        public Luks _parent() { return _parent; }
    }
    private byte[] magic;
    private int version;
    private String cipherName;
    private String cipherMode;
    private String hashSpec;
    private long ofsPayload;
    private long lenKey;
    private byte[] masterKeyDigest;
    private byte[] masterKeySalt;
    private long masterKeyIterations;
    private String uuid;
    private List<KeySlot> keySlots;
    private Luks _root;
    private KaitaiStruct _parent;

    /**
     * "LUKS" followed by 0xBA 0xBE.
     */
    public byte[] magic() { return magic; }

    /**
     * Header version; this layout is version 1 (QEMU refuses others).
     */
    public int version() { return version; }

    /**
     * Cipher algorithm, NUL-padded, for example "aes", "serpent", "twofish", "cast5".
     */
    public String cipherName() { return cipherName; }

    /**
     * Block mode and IV generator joined by a dash, for example
     * "xts-plain64" (QEMU's default), "cbc-essiv:sha256", "cbc-plain".
     */
    public String cipherMode() { return cipherMode; }

    /**
     * Hash for PBKDF2 and the anti-forensic splitter, for example "sha256" (QEMU's default) or "sha1".
     */
    public String hashSpec() { return hashSpec; }

    /**
     * Where the encrypted payload starts, in 512-byte sectors from the header (unused inside qcow2).
     */
    public long ofsPayload() { return ofsPayload; }

    /**
     * Length of the master key in bytes (64 for aes-256 in XTS mode, which takes two keys).
     */
    public long lenKey() { return lenKey; }

    /**
     * The first 20 bytes of PBKDF2(master key, master_key_salt, master_key_iterations).
     */
    public byte[] masterKeyDigest() { return masterKeyDigest; }

    /**
     * Salt of the master key digest.
     */
    public byte[] masterKeySalt() { return masterKeySalt; }

    /**
     * PBKDF2 iterations of the master key digest.
     */
    public long masterKeyIterations() { return masterKeyIterations; }

    /**
     * The volume's UUID as text (36 characters), NUL-padded.
     */
    public String uuid() { return uuid; }

    /**
     * The eight key slots.
     */
    public List<KeySlot> keySlots() { return keySlots; }
    public Luks _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
