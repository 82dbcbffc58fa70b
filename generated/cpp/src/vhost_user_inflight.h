#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_inflight_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * With the INFLIGHT_SHMFD protocol feature the back-end hands the
 * front-end a shared buffer (GET_INFLIGHT_FD) in which it notes every
 * request it took from a queue and has not finished. The front-end keeps
 * the buffer while the back-end dies and gives it to the next back-end
 * (SET_INFLIGHT_FD), which then sends the unfinished requests again, in
 * the order they were first taken, instead of losing them.
 * 
 * The buffer is one region per queue, back to back, all of one length: a
 * header and one entry per descriptor of the buffer's queue size, rounded
 * up to 64 bytes. Which layout the regions have follows from the features
 * the front-end set before it asked for the buffer (QEMU sends SET_FEATURES
 * first for that reason): `queue_region_split`, or `queue_region_packed`
 * with RING_PACKED. The top level reads split regions, each with its
 * header filled in (a back-end writes `num_descs` into every region when it
 * makes the buffer, `version` when it starts tracking a queue). A back-end
 * may write the queue's own ring size as `num_descs` instead of the
 * buffer's queue size (the spec asks for the queue size; the two differ
 * when the driver made the queue smaller); the entries past a region's
 * `num_descs` are then never written, and the top level reads them as
 * `slack`, zero 64-byte blocks up to the next region's header (which is
 * never all zero, its `num_descs` being written) or the end.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

class vhost_user_inflight_t : public kaitai::kstruct {

public:
    class block_peek_t;
    class desc_state_packed_t;
    class desc_state_split_t;
    class queue_region_packed_t;
    class queue_region_split_t;
    class zero_block_t;

    vhost_user_inflight_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_inflight_t();

    /**
     * The next 64 bytes, read as eight u8 to tell whether they are all zero.
     */

    class block_peek_t : public kaitai::kstruct {

    public:

        block_peek_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~block_peek_t();

    private:
        bool f_zero;
        bool m_zero;

    public:

        /**
         * All eight are zero.
         */
        bool zero();

    private:
        std::unique_ptr<std::vector<uint64_t>> m_words;
        vhost_user_inflight_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The 64 bytes.
         */
        std::vector<uint64_t>* words() const { return m_words.get(); }
        vhost_user_inflight_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The tracking entry of one packed-queue descriptor (32 bytes).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
     */

    class desc_state_packed_t : public kaitai::kstruct {

    public:

        desc_state_packed_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_packed_t* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~desc_state_packed_t();

    private:
        uint8_t m_inflight;
        uint8_t m_padding;
        uint16_t m_next;
        uint16_t m_last;
        uint16_t m_num;
        uint64_t m_counter;
        uint16_t m_id;
        uint16_t m_flags;
        uint32_t m_len_buffer;
        uint64_t m_addr;
        vhost_user_inflight_t* m__root;
        vhost_user_inflight_t::queue_region_packed_t* m__parent;

    public:

        /**
         * 1 while the request is in flight (head entries).
         */
        uint8_t inflight() const { return m_inflight; }

        /**
         * Unused.
         */
        uint8_t padding() const { return m_padding; }

        /**
         * Next entry of the free list.
         */
        uint16_t next() const { return m_next; }

        /**
         * Last entry of this request's descriptors (head entries).
         */
        uint16_t last() const { return m_last; }

        /**
         * Descriptors of this request (head entries).
         */
        uint16_t num() const { return m_num; }

        /**
         * When the request was taken (head entries).
         */
        uint64_t counter() const { return m_counter; }

        /**
         * Buffer id.
         */
        uint16_t id() const { return m_id; }

        /**
         * Descriptor flags.
         */
        uint16_t flags() const { return m_flags; }

        /**
         * Buffer length.
         */
        uint32_t len_buffer() const { return m_len_buffer; }

        /**
         * Buffer address.
         */
        uint64_t addr() const { return m_addr; }
        vhost_user_inflight_t* _root() const { return m__root; }
        vhost_user_inflight_t::queue_region_packed_t* _parent() const { return m__parent; }
    };

    /**
     * The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
     */

    class desc_state_split_t : public kaitai::kstruct {

    public:

        desc_state_split_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_split_t* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~desc_state_split_t();

    private:
        uint8_t m_inflight;
        std::string m_padding;
        uint16_t m_next;
        uint64_t m_counter;
        vhost_user_inflight_t* m__root;
        vhost_user_inflight_t::queue_region_split_t* m__parent;

    public:

        /**
         * 1 from the moment the request starting here is taken until it is in the used ring.
         */
        uint8_t inflight() const { return m_inflight; }

        /**
         * Unused.
         */
        std::string padding() const { return m_padding; }

        /**
         * The next (older) head of the last used batch.
         */
        uint16_t next() const { return m_next; }

        /**
         * When the request was taken, counted across the queue; resubmission goes by it.
         */
        uint64_t counter() const { return m_counter; }
        vhost_user_inflight_t* _root() const { return m__root; }
        vhost_user_inflight_t::queue_region_split_t* _parent() const { return m__parent; }
    };

    /**
     * One packed queue's region: a 32-byte header, one 32-byte entry per
     * descriptor of the queue, then padding up to a multiple of 64 bytes.
     * The entries not taken by a request in flight form a free list
     * (`free_head`, linked through `next`); a request takes entries from
     * it, one per ring descriptor, and gives them back when it is used.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
     */

    class queue_region_packed_t : public kaitai::kstruct {

    public:

        queue_region_packed_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~queue_region_packed_t();

    private:
        uint64_t m_features;
        uint16_t m_version;
        uint16_t m_num_descs;
        uint16_t m_free_head;
        uint16_t m_old_free_head;
        uint16_t m_used_idx;
        uint16_t m_old_used_idx;
        uint8_t m_used_wrap_counter;
        uint8_t m_old_used_wrap_counter;
        std::string m_padding;
        std::unique_ptr<std::vector<std::unique_ptr<desc_state_packed_t>>> m_descs;
        std::string m_padding_end;
        vhost_user_inflight_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Feature flags of the region, zero.
         */
        uint64_t features() const { return m_features; }

        /**
         * Layout version, 1; zero while the region has not been set up.
         */
        uint16_t version() const { return m_version; }

        /**
         * Entries, the queue size.
         */
        uint16_t num_descs() const { return m_num_descs; }

        /**
         * Head of the list of free entries (`num_descs` when it is empty).
         */
        uint16_t free_head() const { return m_free_head; }

        /**
         * The free list's head before the batch being put into the ring.
         */
        uint16_t old_free_head() const { return m_old_free_head; }

        /**
         * The device's next descriptor ring slot.
         */
        uint16_t used_idx() const { return m_used_idx; }

        /**
         * That slot before the batch being put into the ring.
         */
        uint16_t old_used_idx() const { return m_old_used_idx; }

        /**
         * The device's wrap counter.
         */
        uint8_t used_wrap_counter() const { return m_used_wrap_counter; }

        /**
         * The wrap counter before the batch being put into the ring.
         */
        uint8_t old_used_wrap_counter() const { return m_old_used_wrap_counter; }

        /**
         * Unused (7 bytes, then 3 more that align the entries to 8 bytes, as a C compiler lays them out).
         */
        std::string padding() const { return m_padding; }

        /**
         * State of each entry.
         */
        std::vector<std::unique_ptr<desc_state_packed_t>>* descs() const { return m_descs.get(); }

        /**
         * Up to the next multiple of 64 bytes.
         */
        std::string padding_end() const { return m_padding_end; }
        vhost_user_inflight_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * One split queue's region: a 16-byte header, one 16-byte entry per
     * descriptor of the queue, then padding up to a multiple of 64 bytes.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
     */

    class queue_region_split_t : public kaitai::kstruct {

    public:

        queue_region_split_t(kaitai::kstream* p__io, vhost_user_inflight_t* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~queue_region_split_t();

    private:
        bool f_more_slack;
        bool m_more_slack;

    public:

        /**
         * The next 64 bytes are all zero (no region header starts there).
         */
        bool more_slack();

    private:
        bool f_next_block;
        std::unique_ptr<block_peek_t> m_next_block;

    public:

        /**
         * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
         */
        block_peek_t* next_block();

    private:
        uint64_t m_features;
        uint16_t m_version;
        uint16_t m_num_descs;
        uint16_t m_last_batch_head;
        uint16_t m_used_idx;
        std::unique_ptr<std::vector<std::unique_ptr<desc_state_split_t>>> m_descs;
        std::string m_padding;
        std::unique_ptr<std::vector<std::unique_ptr<zero_block_t>>> m_slack;
        bool n_slack;

    public:
        bool _is_null_slack() { slack(); return n_slack; };

    private:
        vhost_user_inflight_t* m__root;
        vhost_user_inflight_t* m__parent;

    public:

        /**
         * Feature flags of the region; none are defined, so zero.
         */
        uint64_t features() const { return m_features; }

        /**
         * Layout version, 1; zero while the region has not been set up.
         */
        uint16_t version() const { return m_version; }

        /**
         * Entries that follow, one per descriptor (the queue size).
         */
        uint16_t num_descs() const { return m_num_descs; }

        /**
         * Head descriptor of the last batch put into the used ring; the
         * batch is a list linked through the entries' `next`, newest first.
         */
        uint16_t last_batch_head() const { return m_last_batch_head; }

        /**
         * The used ring's index once the last batch was cleared. When the
         * used ring's own index is ahead of it, the back-end stopped
         * between publishing a batch and clearing its entries.
         */
        uint16_t used_idx() const { return m_used_idx; }

        /**
         * State of each descriptor, by descriptor index.
         */
        std::vector<std::unique_ptr<desc_state_split_t>>* descs() const { return m_descs.get(); }

        /**
         * Up to the next multiple of 64 bytes (the region size QEMU's libvhost-user uses).
         */
        std::string padding() const { return m_padding; }

        /**
         * Entries past `num_descs` when that is the ring's size and the
         * region is as long as the buffer's queue size needs; empty when
         * `num_descs` is the queue size.
         */
        std::vector<std::unique_ptr<zero_block_t>>* slack() const { return m_slack.get(); }
        vhost_user_inflight_t* _root() const { return m__root; }
        vhost_user_inflight_t* _parent() const { return m__parent; }
    };

    /**
     * 64 bytes of zeros inside a region, past its entries.
     */

    class zero_block_t : public kaitai::kstruct {

    public:

        zero_block_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_split_t* p__parent = nullptr, vhost_user_inflight_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~zero_block_t();

    private:
        bool f_more;
        bool m_more;

    public:

        /**
         * The 64 bytes after this block are all zero too.
         */
        bool more();

    private:
        bool f_next_block;
        std::unique_ptr<block_peek_t> m_next_block;

    public:

        /**
         * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
         */
        block_peek_t* next_block();

    private:
        std::string m_data;
        vhost_user_inflight_t* m__root;
        vhost_user_inflight_t::queue_region_split_t* m__parent;

    public:

        /**
         * Zeros.
         */
        std::string data() const { return m_data; }
        vhost_user_inflight_t* _root() const { return m__root; }
        vhost_user_inflight_t::queue_region_split_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<queue_region_split_t>>> m_queues;
    vhost_user_inflight_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * One region per queue, in queue order.
     */
    std::vector<std::unique_ptr<queue_region_split_t>>* queues() const { return m_queues.get(); }
    vhost_user_inflight_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
