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
 * The directory of named fw_cfg items, itself the item at key 0x0019. A
 * big-endian count is followed by one 64-byte entry per file, giving the
 * file's size, the selector key to read it with, and its name. Every number
 * in it is big-endian, unlike the rest of fw_cfg.
 * 
 * Read it by selecting key 0x0019 and reading 4 bytes for the count, then
 * 64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
 * @see <a href="https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir">Source</a>
 */
public class FwCfgFileDir extends KaitaiStruct {
    public static FwCfgFileDir fromFile(String fileName) throws IOException {
        return new FwCfgFileDir(new ByteBufferKaitaiStream(fileName));
    }

    public FwCfgFileDir(KaitaiStream _io) {
        this(_io, null, null);
    }

    public FwCfgFileDir(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public FwCfgFileDir(KaitaiStream _io, KaitaiStruct _parent, FwCfgFileDir _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numFiles = this._io.readU4be();
        this.files = new ArrayList<FileEntry>();
        for (int i = 0; i < numFiles(); i++) {
            this.files.add(new FileEntry(this._io, this, _root));
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.files.size(); i++) {
            this.files.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One named item (64 bytes).
     */
    public static class FileEntry extends KaitaiStruct {
        public static FileEntry fromFile(String fileName) throws IOException {
            return new FileEntry(new ByteBufferKaitaiStream(fileName));
        }

        public FileEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FileEntry(KaitaiStream _io, FwCfgFileDir _parent) {
            this(_io, _parent, null);
        }

        public FileEntry(KaitaiStream _io, FwCfgFileDir _parent, FwCfgFileDir _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lenFile = this._io.readU4be();
            this.select = this._io.readU2be();
            this.reserved = this._io.readU2be();
            this.name = new String(KaitaiStream.bytesTerminate(this._io.readBytes(56), (byte) 0, false), StandardCharsets.US_ASCII);
        }

        public void _fetchInstances() {
        }
        private long lenFile;
        private int select;
        private int reserved;
        private String name;
        private FwCfgFileDir _root;
        private FwCfgFileDir _parent;

        /**
         * Size of the item in bytes.
         */
        public long lenFile() { return lenFile; }

        /**
         * Selector key that reads the item (0x0020 or above).
         */
        public int select() { return select; }

        /**
         * Unused; zero.
         */
        public int reserved() { return reserved; }

        /**
         * Item name, NUL-terminated inside the 56 bytes. Names starting
         * with "opt/" belong to users; QEMU's own items use other names.
         */
        public String name() { return name; }
        public FwCfgFileDir _root() { return _root; }
        public FwCfgFileDir _parent() { return _parent; }
    }
    private long numFiles;
    private List<FileEntry> files;
    private FwCfgFileDir _root;
    private KaitaiStruct _parent;

    /**
     * Number of entries that follow.
     */
    public long numFiles() { return numFiles; }

    /**
     * One entry per named item, in the order the device lists them.
     */
    public List<FileEntry> files() { return files; }
    public FwCfgFileDir _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
