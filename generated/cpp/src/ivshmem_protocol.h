#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class ivshmem_protocol_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

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
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol Source
 */

class ivshmem_protocol_t : public kaitai::kstruct {

public:
    class message_t;

    enum special_values_t {
        SPECIAL_VALUES_SHARED_MEMORY = -1,
        SPECIAL_VALUES_PROTOCOL_VERSION = 0,
        SPECIAL_VALUES_MAX_ID = 65535
    };
    static bool _is_defined_special_values_t(special_values_t v);

private:
    static const std::set<special_values_t> _values_special_values_t;

public:

    ivshmem_protocol_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, ivshmem_protocol_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~ivshmem_protocol_t();

    /**
     * One server message. Its meaning depends on where it is in the stream
     * and on whether a descriptor came with it, which only the receiver of
     * the socket knows; the instances say what the number alone allows.
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol Source
     */

    class message_t : public kaitai::kstruct {

    public:

        message_t(kaitai::kstream* p__io, ivshmem_protocol_t* p__parent = nullptr, ivshmem_protocol_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~message_t();

    private:
        bool f_is_peer_id;
        bool m_is_peer_id;

    public:

        /**
         * A number in the ID range: the version or the client's own ID at
         * the start, later a peer connect (with descriptor) or disconnect
         * (without), or the client's own vectors.
         */
        bool is_peer_id();

    private:
        bool f_is_shared_memory;
        bool m_is_shared_memory;

    public:

        /**
         * The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal.
         */
        bool is_shared_memory();

    private:
        bool f_is_valid;
        bool m_is_valid;

    public:

        /**
         * Whether a client can accept the number at all (QEMU refuses anything else).
         */
        bool is_valid();

    private:
        int64_t m_value;
        ivshmem_protocol_t* m__root;
        ivshmem_protocol_t* m__parent;

    public:

        /**
         * The number: the version (first message), an ID (0..65535), or -1
         * (shared memory when a descriptor comes with it).
         */
        int64_t value() const { return m_value; }
        ivshmem_protocol_t* _root() const { return m__root; }
        ivshmem_protocol_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<message_t>>> m_messages;
    ivshmem_protocol_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The messages in the order the server sent them.
     */
    std::vector<std::unique_ptr<message_t>>* messages() const { return m_messages.get(); }
    ivshmem_protocol_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
