// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;


/**
 * What an ivshmem server sends over the UNIX socket to each client (a QEMU
 * `ivshmem-doorbell` device, or a program): a stream of messages, each one
 * 8-byte little-endian signed number. A message may come with one file
 * descriptor, passed beside the bytes as SCM_RIGHTS ancillary data; the
 * descriptor is not part of the byte stream, so this spec sees the numbers
 * only. The connection is one-way: clients never send anything.
 * 
 * Right after a client connects, the server sends, in this order:
 * 
 * | # | number | descriptor | meaning |
 * |---|---|---|---|
 * | 1 | 0 | none | protocol version (zero; the client leaves on any other) |
 * | 2 | the client's ID (0..65535) | none | who the client is; the first client gets 0 |
 * | 3 | -1 | shared memory | the memory every client maps (QEMU's BAR2) |
 * | 4 | a peer's ID, N times per peer | one eventfd each | interrupt that peer on vector 0..N-1, in order |
 * | 5 | the client's own ID, N times | one eventfd each | the client's own vectors 0..N-1, to wait on |
 * 
 * Later, whenever a client joins, every other client gets step 4 for it
 * (its ID N times, each with an eventfd); when one leaves, every other
 * client gets its ID once, without a descriptor. A client configured for
 * fewer than N vectors closes the extra descriptors; one configured for
 * more leaves the extra vectors unconnected.
 * 
 * A client interrupts a peer by writing the 8-byte number 1 (host byte
 * order) to the eventfd of that peer's vector, and takes interrupts by
 * reading and dropping the counters of its own eventfds.
 * 
 * Our server (`qemuspec ivshmem-server`) answers a connection it cannot
 * give an ID to (all 65536 in use) with the version and then -1 without a
 * descriptor in place of the ID, and closes it: QEMU stops with "server
 * sent invalid ID message" and our client reports the refusal, where a
 * silent close would leave QEMU waiting forever.
 * 
 * Before QEMU 2.5 the numbers were native-endian `long` and there was no
 * version message; this spec covers the current protocol only.
 * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol">Source</a>
 */
public class IvshmemProtocol extends KaitaiStruct {
    public static IvshmemProtocol fromFile(String fileName) throws IOException {
        return new IvshmemProtocol(new ByteBufferKaitaiStream(fileName));
    }

    public enum SpecialValues {
        SHARED_MEMORY(-1),
        PROTOCOL_VERSION(0),
        MAX_ID(65535);

        private final long id;
        SpecialValues(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, SpecialValues> byId = new HashMap<Long, SpecialValues>(3);
        static {
            for (SpecialValues e : SpecialValues.values())
                byId.put(e.id(), e);
        }
        public static SpecialValues byId(long id) { return byId.get(id); }
    }

    public IvshmemProtocol(KaitaiStream _io) {
        this(_io, null, null);
    }

    public IvshmemProtocol(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public IvshmemProtocol(KaitaiStream _io, KaitaiStruct _parent, IvshmemProtocol _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.messages = new ArrayList<Message>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.messages.add(new Message(this._io, this, _root));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.messages.size(); i++) {
            this.messages.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One server message. Its meaning depends on where it is in the stream
     * and on whether a descriptor came with it, which only the receiver of
     * the socket knows; the instances say what the number alone allows.
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol">Source</a>
     */
    public static class Message extends KaitaiStruct {
        public static Message fromFile(String fileName) throws IOException {
            return new Message(new ByteBufferKaitaiStream(fileName));
        }

        public Message(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Message(KaitaiStream _io, IvshmemProtocol _parent) {
            this(_io, _parent, null);
        }

        public Message(KaitaiStream _io, IvshmemProtocol _parent, IvshmemProtocol _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.value = this._io.readS8le();
        }

        public void _fetchInstances() {
        }
        private Boolean isPeerId;

        /**
         * A number in the ID range: the version or the client's own ID at
         * the start, later a peer connect (with descriptor) or disconnect
         * (without), or the client's own vectors.
         */
        public Boolean isPeerId() {
            if (this.isPeerId != null)
                return this.isPeerId;
            this.isPeerId =  ((value() >= 0) && (value() <= 65535)) ;
            return this.isPeerId;
        }
        private Boolean isSharedMemory;

        /**
         * The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal.
         */
        public Boolean isSharedMemory() {
            if (this.isSharedMemory != null)
                return this.isSharedMemory;
            this.isSharedMemory = value() == -1;
            return this.isSharedMemory;
        }
        private Boolean isValid;

        /**
         * Whether a client can accept the number at all (QEMU refuses anything else).
         */
        public Boolean isValid() {
            if (this.isValid != null)
                return this.isValid;
            this.isValid =  ((value() >= -1) && (value() <= 65535)) ;
            return this.isValid;
        }
        private long value;
        private IvshmemProtocol _root;
        private IvshmemProtocol _parent;

        /**
         * The number: the version (first message), an ID (0..65535), or -1
         * (shared memory when a descriptor comes with it).
         */
        public long value() { return value; }
        public IvshmemProtocol _root() { return _root; }
        public IvshmemProtocol _parent() { return _parent; }
    }
    private List<Message> messages;
    private IvshmemProtocol _root;
    private KaitaiStruct _parent;

    /**
     * The messages in the order the server sent them.
     */
    public List<Message> messages() { return messages; }
    public IvshmemProtocol _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
