#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_blk_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A vhost-user-blk back-end is a virtio block device in another process.
 * The front-end reads its configuration space with GET_CONFIG (the
 * `contents` of a `vhost_user::config_space` reply) and the guest's
 * driver sends requests through the queues.
 * 
 * The top level reads the configuration space, as much of it as there is
 * (a front-end asks for as many bytes as the fields it knows; older ones
 * ask for fewer). Which fields are meaningful depends on the negotiated
 * feature bits (`blk_feature`).
 * 
 * A request is a descriptor chain: a device-readable header
 * (`request_header`), data buffers (device-readable for writes,
 * device-writable for reads), and one device-writable status byte at the
 * very end. Discard, write-zeroes and secure-erase requests carry
 * `segment`s as their data; GET_ID returns a 20-byte serial string.
 * Sectors are always 512 bytes, whatever the block size.
 * \sa Virtio 1.2, section 5.2 "Block Device"
 */

class vhost_user_blk_t : public kaitai::kstruct {

public:
    class geometry_t;
    class request_header_t;
    class segment_t;
    class segment_flags_t;
    class topology_t;
    class zoned_characteristics_t;

    enum blk_feature_t {
        BLK_FEATURE_BARRIER = 0,
        BLK_FEATURE_SIZE_MAX = 1,
        BLK_FEATURE_SEG_MAX = 2,
        BLK_FEATURE_GEOMETRY = 4,
        BLK_FEATURE_RO = 5,
        BLK_FEATURE_BLK_SIZE = 6,
        BLK_FEATURE_SCSI = 7,
        BLK_FEATURE_FLUSH = 9,
        BLK_FEATURE_TOPOLOGY = 10,
        BLK_FEATURE_CONFIG_WCE = 11,
        BLK_FEATURE_MQ = 12,
        BLK_FEATURE_DISCARD = 13,
        BLK_FEATURE_WRITE_ZEROES = 14,
        BLK_FEATURE_LIFETIME = 15,
        BLK_FEATURE_SECURE_ERASE = 16,
        BLK_FEATURE_ZONED = 17
    };
    static bool _is_defined_blk_feature_t(blk_feature_t v);

private:
    static const std::set<blk_feature_t> _values_blk_feature_t;

public:

    enum request_type_t {
        REQUEST_TYPE_READ = 0,
        REQUEST_TYPE_WRITE = 1,
        REQUEST_TYPE_FLUSH = 4,
        REQUEST_TYPE_GET_ID = 8,
        REQUEST_TYPE_GET_LIFETIME = 10,
        REQUEST_TYPE_DISCARD = 11,
        REQUEST_TYPE_WRITE_ZEROES = 13,
        REQUEST_TYPE_SECURE_ERASE = 14,
        REQUEST_TYPE_ZONE_APPEND = 15,
        REQUEST_TYPE_ZONE_REPORT = 16,
        REQUEST_TYPE_ZONE_OPEN = 18,
        REQUEST_TYPE_ZONE_CLOSE = 20,
        REQUEST_TYPE_ZONE_FINISH = 22,
        REQUEST_TYPE_ZONE_RESET = 24,
        REQUEST_TYPE_ZONE_RESET_ALL = 26
    };
    static bool _is_defined_request_type_t(request_type_t v);

private:
    static const std::set<request_type_t> _values_request_type_t;

public:

    enum status_t {
        STATUS_OK = 0,
        STATUS_IOERR = 1,
        STATUS_UNSUPP = 2,
        STATUS_ZONE_INVALID_CMD = 3,
        STATUS_ZONE_UNALIGNED_WP = 4,
        STATUS_ZONE_OPEN_RESOURCE = 5,
        STATUS_ZONE_ACTIVE_RESOURCE = 6
    };
    static bool _is_defined_status_t(status_t v);

private:
    static const std::set<status_t> _values_status_t;

public:

    vhost_user_blk_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_blk_t();

    /**
     * Legacy cylinders/heads/sectors geometry.
     * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
     */

    class geometry_t : public kaitai::kstruct {

    public:

        geometry_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~geometry_t();

    private:
        uint16_t m_num_cylinders;
        uint8_t m_num_heads;
        uint8_t m_num_sectors_per_track;
        vhost_user_blk_t* m__root;
        vhost_user_blk_t* m__parent;

    public:

        /**
         * Cylinders.
         */
        uint16_t num_cylinders() const { return m_num_cylinders; }

        /**
         * Heads.
         */
        uint8_t num_heads() const { return m_num_heads; }

        /**
         * Sectors per track.
         */
        uint8_t num_sectors_per_track() const { return m_num_sectors_per_track; }
        vhost_user_blk_t* _root() const { return m__root; }
        vhost_user_blk_t* _parent() const { return m__parent; }
    };

    /**
     * The 16 device-readable bytes that start every request.
     * \sa Virtio 1.2, section 5.2.6 "Device Operation"
     */

    class request_header_t : public kaitai::kstruct {

    public:

        request_header_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~request_header_t();

    private:
        request_type_t m_type;
        uint32_t m_reserved;
        uint64_t m_sector;
        vhost_user_blk_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * What to do.
         */
        request_type_t type() const { return m_type; }

        /**
         * Zero (the I/O priority in legacy devices).
         */
        uint32_t reserved() const { return m_reserved; }

        /**
         * First 512-byte sector of a read or write.
         */
        uint64_t sector() const { return m_sector; }
        vhost_user_blk_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * One range of a discard, write-zeroes or secure-erase request (16 bytes).
     * \sa Virtio 1.2, section 5.2.6 "Device Operation"
     */

    class segment_t : public kaitai::kstruct {

    public:

        segment_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~segment_t();

    private:
        uint64_t m_sector;
        uint32_t m_num_sectors;
        std::unique_ptr<segment_flags_t> m_flags;
        vhost_user_blk_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * First sector.
         */
        uint64_t sector() const { return m_sector; }

        /**
         * Number of sectors.
         */
        uint32_t num_sectors() const { return m_num_sectors; }

        /**
         * Flags.
         */
        segment_flags_t* flags() const { return m_flags.get(); }
        vhost_user_blk_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * Flags of a segment.
     * \sa Virtio 1.2, section 5.2.6 "Device Operation"
     */

    class segment_flags_t : public kaitai::kstruct {

    public:

        segment_flags_t(kaitai::kstream* p__io, vhost_user_blk_t::segment_t* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~segment_flags_t();

    private:
        bool m_unmap;
        uint64_t m_reserved;
        vhost_user_blk_t* m__root;
        vhost_user_blk_t::segment_t* m__parent;

    public:

        /**
         * Bit 0 (write zeroes), the device may deallocate the range.
         */
        bool unmap() const { return m_unmap; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        vhost_user_blk_t* _root() const { return m__root; }
        vhost_user_blk_t::segment_t* _parent() const { return m__parent; }
    };

    /**
     * How to align I/O for best performance.
     * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
     */

    class topology_t : public kaitai::kstruct {

    public:

        topology_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~topology_t();

    private:
        uint8_t m_physical_block_exp;
        uint8_t m_alignment_offset;
        uint16_t m_min_io_size;
        uint32_t m_opt_io_size;
        vhost_user_blk_t* m__root;
        vhost_user_blk_t* m__parent;

    public:

        /**
         * Logical blocks per physical block, as a power of two.
         */
        uint8_t physical_block_exp() const { return m_physical_block_exp; }

        /**
         * Offset of the first aligned logical block.
         */
        uint8_t alignment_offset() const { return m_alignment_offset; }

        /**
         * Suggested minimum I/O size, in logical blocks.
         */
        uint16_t min_io_size() const { return m_min_io_size; }

        /**
         * Optimal (suggested maximum) I/O size, in logical blocks.
         */
        uint32_t opt_io_size() const { return m_opt_io_size; }
        vhost_user_blk_t* _root() const { return m__root; }
        vhost_user_blk_t* _parent() const { return m__parent; }
    };

    /**
     * Zoned block device limits.
     * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
     */

    class zoned_characteristics_t : public kaitai::kstruct {

    public:

        zoned_characteristics_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent = nullptr, vhost_user_blk_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~zoned_characteristics_t();

    private:
        uint32_t m_zone_sectors;
        uint32_t m_max_open_zones;
        uint32_t m_max_active_zones;
        uint32_t m_max_append_sectors;
        uint32_t m_write_granularity;
        uint8_t m_model;
        std::string m_unused2;
        vhost_user_blk_t* m__root;
        vhost_user_blk_t* m__parent;

    public:

        /**
         * Zone size in sectors.
         */
        uint32_t zone_sectors() const { return m_zone_sectors; }

        /**
         * Most zones open at once.
         */
        uint32_t max_open_zones() const { return m_max_open_zones; }

        /**
         * Most zones active at once.
         */
        uint32_t max_active_zones() const { return m_max_active_zones; }

        /**
         * Largest zone append, in sectors.
         */
        uint32_t max_append_sectors() const { return m_max_append_sectors; }

        /**
         * Write granularity in bytes.
         */
        uint32_t write_granularity() const { return m_write_granularity; }

        /**
         * Zoned model (none, host-managed, host-aware).
         */
        uint8_t model() const { return m_model; }

        /**
         * Unused.
         */
        std::string unused2() const { return m_unused2; }
        vhost_user_blk_t* _root() const { return m__root; }
        vhost_user_blk_t* _parent() const { return m__parent; }
    };

private:
    uint64_t m_num_sectors;
    uint32_t m_max_segment_size;
    bool n_max_segment_size;

public:
    bool _is_null_max_segment_size() { max_segment_size(); return n_max_segment_size; };

private:
    uint32_t m_max_segments;
    bool n_max_segments;

public:
    bool _is_null_max_segments() { max_segments(); return n_max_segments; };

private:
    std::unique_ptr<geometry_t> m_geometry;
    bool n_geometry;

public:
    bool _is_null_geometry() { geometry(); return n_geometry; };

private:
    uint32_t m_len_block;
    bool n_len_block;

public:
    bool _is_null_len_block() { len_block(); return n_len_block; };

private:
    std::unique_ptr<topology_t> m_topology;
    bool n_topology;

public:
    bool _is_null_topology() { topology(); return n_topology; };

private:
    uint8_t m_writeback;
    bool n_writeback;

public:
    bool _is_null_writeback() { writeback(); return n_writeback; };

private:
    uint8_t m_unused0;
    bool n_unused0;

public:
    bool _is_null_unused0() { unused0(); return n_unused0; };

private:
    uint16_t m_num_queues;
    bool n_num_queues;

public:
    bool _is_null_num_queues() { num_queues(); return n_num_queues; };

private:
    uint32_t m_max_discard_sectors;
    bool n_max_discard_sectors;

public:
    bool _is_null_max_discard_sectors() { max_discard_sectors(); return n_max_discard_sectors; };

private:
    uint32_t m_max_discard_segments;
    bool n_max_discard_segments;

public:
    bool _is_null_max_discard_segments() { max_discard_segments(); return n_max_discard_segments; };

private:
    uint32_t m_discard_sector_alignment;
    bool n_discard_sector_alignment;

public:
    bool _is_null_discard_sector_alignment() { discard_sector_alignment(); return n_discard_sector_alignment; };

private:
    uint32_t m_max_write_zeroes_sectors;
    bool n_max_write_zeroes_sectors;

public:
    bool _is_null_max_write_zeroes_sectors() { max_write_zeroes_sectors(); return n_max_write_zeroes_sectors; };

private:
    uint32_t m_max_write_zeroes_segments;
    bool n_max_write_zeroes_segments;

public:
    bool _is_null_max_write_zeroes_segments() { max_write_zeroes_segments(); return n_max_write_zeroes_segments; };

private:
    uint8_t m_write_zeroes_may_unmap;
    bool n_write_zeroes_may_unmap;

public:
    bool _is_null_write_zeroes_may_unmap() { write_zeroes_may_unmap(); return n_write_zeroes_may_unmap; };

private:
    std::string m_unused1;
    bool n_unused1;

public:
    bool _is_null_unused1() { unused1(); return n_unused1; };

private:
    uint32_t m_max_secure_erase_sectors;
    bool n_max_secure_erase_sectors;

public:
    bool _is_null_max_secure_erase_sectors() { max_secure_erase_sectors(); return n_max_secure_erase_sectors; };

private:
    uint32_t m_max_secure_erase_segments;
    bool n_max_secure_erase_segments;

public:
    bool _is_null_max_secure_erase_segments() { max_secure_erase_segments(); return n_max_secure_erase_segments; };

private:
    uint32_t m_secure_erase_sector_alignment;
    bool n_secure_erase_sector_alignment;

public:
    bool _is_null_secure_erase_sector_alignment() { secure_erase_sector_alignment(); return n_secure_erase_sector_alignment; };

private:
    std::unique_ptr<zoned_characteristics_t> m_zoned;
    bool n_zoned;

public:
    bool _is_null_zoned() { zoned(); return n_zoned; };

private:
    vhost_user_blk_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Capacity in 512-byte sectors.
     */
    uint64_t num_sectors() const { return m_num_sectors; }

    /**
     * Largest single buffer (SIZE_MAX).
     */
    uint32_t max_segment_size() const { return m_max_segment_size; }

    /**
     * Most data buffers in one request (SEG_MAX).
     */
    uint32_t max_segments() const { return m_max_segments; }

    /**
     * Legacy disk geometry (GEOMETRY).
     */
    geometry_t* geometry() const { return m_geometry.get(); }

    /**
     * Logical block size in bytes (BLK_SIZE).
     */
    uint32_t len_block() const { return m_len_block; }

    /**
     * I/O alignment hints (TOPOLOGY).
     */
    topology_t* topology() const { return m_topology.get(); }

    /**
     * 1 for a writeback cache, 0 for writethrough (CONFIG_WCE; the driver may write it).
     */
    uint8_t writeback() const { return m_writeback; }

    /**
     * Unused.
     */
    uint8_t unused0() const { return m_unused0; }

    /**
     * Number of request queues (MQ).
     */
    uint16_t num_queues() const { return m_num_queues; }

    /**
     * Largest discard, in sectors (DISCARD).
     */
    uint32_t max_discard_sectors() const { return m_max_discard_sectors; }

    /**
     * Most segments in one discard request (DISCARD).
     */
    uint32_t max_discard_segments() const { return m_max_discard_segments; }

    /**
     * Discard alignment, in sectors (DISCARD).
     */
    uint32_t discard_sector_alignment() const { return m_discard_sector_alignment; }

    /**
     * Largest write-zeroes request, in sectors (WRITE_ZEROES).
     */
    uint32_t max_write_zeroes_sectors() const { return m_max_write_zeroes_sectors; }

    /**
     * Most segments in one write-zeroes request (WRITE_ZEROES).
     */
    uint32_t max_write_zeroes_segments() const { return m_max_write_zeroes_segments; }

    /**
     * 1 when write-zeroes with the unmap flag may deallocate (WRITE_ZEROES).
     */
    uint8_t write_zeroes_may_unmap() const { return m_write_zeroes_may_unmap; }

    /**
     * Unused.
     */
    std::string unused1() const { return m_unused1; }

    /**
     * Largest secure erase, in sectors (SECURE_ERASE).
     */
    uint32_t max_secure_erase_sectors() const { return m_max_secure_erase_sectors; }

    /**
     * Most segments in one secure erase (SECURE_ERASE).
     */
    uint32_t max_secure_erase_segments() const { return m_max_secure_erase_segments; }

    /**
     * Secure erase alignment, in sectors (SECURE_ERASE).
     */
    uint32_t secure_erase_sector_alignment() const { return m_secure_erase_sector_alignment; }

    /**
     * Zoned device characteristics (ZONED).
     */
    zoned_characteristics_t* zoned() const { return m_zoned.get(); }
    vhost_user_blk_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
