#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class parallels_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A Parallels expandable image is a header, a block allocation table (BAT)
 * and a data area of fixed-size clusters. Each BAT entry maps one guest
 * cluster to a host cluster; zero means "not allocated, reads as zeros".
 * Everything is little-endian.
 * 
 * Two magics exist. "WithoutFreeSpace" images count BAT entries in 512-byte
 * sectors and use only the low 32 bits of the sector count;
 * "WithouFreSpacExt" images count BAT entries in clusters and use all 64
 * bits. An optional Format Extension cluster (pointed to by `ext_off`)
 * carries feature sections, of which QEMU knows one: dirty bitmaps.
 * 
 * Where the texts and QEMU 7.2 differ, this spec follows QEMU 7.2:
 * - `in_use` is 0x746F6E59 while a writer has the image open, and QEMU
 *   writes 0 (not 0x312E3276) when it closes the image; both 0 and
 *   0x312E3276 mean "closed".
 * - The QEMU 2.6 text gave the dirty-bitmap L1 table as "64 * l1_size bytes"
 *   holding byte offsets; QEMU (and the current text) use 8-byte entries
 *   holding offsets in 512-byte sectors, with 0 and 1 meaning "all bits
 *   clear" and "all bits set".
 * - QEMU ignores the empty-image flag when reading (guest data is what the
 *   BAT maps); QEMU's own images never set it.
 * - QEMU 7.2 reads the Format Extension only when opening read-only.
 * 
 * 64-bit values are read as two 32-bit halves and combined with
 * arithmetic (`hi * 4294967296 + lo`), so JavaScript computes the same values.
 * \sa https://www.qemu.org/docs/master/interop/parallels.html Source
 * \sa https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt Source
 */

class parallels_t : public kaitai::kstruct {

public:
    class dirty_bitmap_t;
    class feature_t;
    class format_extension_t;
    class header_t;
    class l1_entry_t;

    parallels_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, parallels_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~parallels_t();

    /**
     * A dirty bitmap stored in the image.
     */

    class dirty_bitmap_t : public kaitai::kstruct {

    public:

        dirty_bitmap_t(kaitai::kstream* p__io, parallels_t::feature_t* p__parent = nullptr, parallels_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~dirty_bitmap_t();

    private:
        bool f_num_sectors;
        uint64_t m_num_sectors;

    public:

        /**
         * Bitmap size in sectors.
         */
        uint64_t num_sectors();

    private:
        uint32_t m_num_sectors_lo;
        uint32_t m_num_sectors_hi;
        std::string m_id;
        uint32_t m_granularity;
        uint32_t m_num_l1_entries;
        std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>> m_l1_entries;
        parallels_t* m__root;
        parallels_t::feature_t* m__parent;

    public:

        /**
         * Low half of the bitmap size in sectors (the disk size).
         */
        uint32_t num_sectors_lo() const { return m_num_sectors_lo; }

        /**
         * High half of the bitmap size in sectors.
         */
        uint32_t num_sectors_hi() const { return m_num_sectors_hi; }

        /**
         * Identifier for backup consistency checks (QEMU names the bitmap after it).
         */
        std::string id() const { return m_id; }

        /**
         * Sectors per bit, a power of two.
         */
        uint32_t granularity() const { return m_granularity; }

        /**
         * Number of L1 table entries.
         */
        uint32_t num_l1_entries() const { return m_num_l1_entries; }

        /**
         * One entry per cluster of bitmap data.
         */
        std::vector<std::unique_ptr<l1_entry_t>>* l1_entries() const { return m_l1_entries.get(); }
        parallels_t* _root() const { return m__root; }
        parallels_t::feature_t* _parent() const { return m__parent; }
    };

    /**
     * One feature section, padded to 8 bytes.
     */

    class feature_t : public kaitai::kstruct {

    public:

        feature_t(kaitai::kstream* p__io, parallels_t::format_extension_t* p__parent = nullptr, parallels_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~feature_t();

    private:
        bool f_is_dirty_bitmap;
        bool m_is_dirty_bitmap;

    public:

        /**
         * The dirty bitmap feature (magic 0x20385FAE252CB34A).
         */
        bool is_dirty_bitmap();

    private:
        bool f_is_end;
        bool m_is_end;

    public:

        /**
         * The "end of features" section.
         */
        bool is_end();

    private:
        bool f_is_necessary;
        bool m_is_necessary;

    public:

        /**
         * Software that cannot load this feature must not change the file.
         */
        bool is_necessary();

    private:
        bool f_is_transit;
        bool m_is_transit;

    public:

        /**
         * Software that does not know this feature keeps it as it is.
         */
        bool is_transit();

    private:
        uint32_t m_magic_lo;
        uint32_t m_magic_hi;
        uint32_t m_flags_lo;
        uint32_t m_flags_hi;
        uint32_t m_len_data;
        uint32_t m_reserved;
        std::unique_ptr<dirty_bitmap_t> m_data;
        bool n_data;

    public:
        bool _is_null_data() { data(); return n_data; };

    private:
        std::string m_padding;
        parallels_t* m__root;
        parallels_t::format_extension_t* m__parent;
        std::string m__raw_data;
        std::unique_ptr<kaitai::kstream> m__io__raw_data;

    public:

        /**
         * Low half of the feature's magic.
         */
        uint32_t magic_lo() const { return m_magic_lo; }

        /**
         * High half of the feature's magic.
         */
        uint32_t magic_hi() const { return m_magic_hi; }

        /**
         * Low half of the flags; bit 0 NECESSARY, bit 1 TRANSIT.
         */
        uint32_t flags_lo() const { return m_flags_lo; }

        /**
         * High half of the flags (unused).
         */
        uint32_t flags_hi() const { return m_flags_hi; }

        /**
         * Bytes of feature data.
         */
        uint32_t len_data() const { return m_len_data; }

        /**
         * Unused, keeps the header 8-byte aligned.
         */
        uint32_t reserved() const { return m_reserved; }

        /**
         * The feature data.
         */
        dirty_bitmap_t* data() const { return m_data.get(); }

        /**
         * Padding to the next 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        parallels_t* _root() const { return m__root; }
        parallels_t::format_extension_t* _parent() const { return m__parent; }
        std::string _raw_data() const { return m__raw_data; }
        kaitai::kstream* _io__raw_data() const { return m__io__raw_data.get(); }
    };

    /**
     * The Format Extension cluster.
     */

    class format_extension_t : public kaitai::kstruct {

    public:

        format_extension_t(kaitai::kstream* p__io, parallels_t* p__parent = nullptr, parallels_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~format_extension_t();

    private:
        std::string m_magic;
        std::string m_checksum;
        std::unique_ptr<std::vector<std::unique_ptr<feature_t>>> m_features;
        parallels_t* m__root;
        parallels_t* m__parent;

    public:

        /**
         * 0xAB234CEF23DCEA87, little-endian.
         */
        std::string magic() const { return m_magic; }

        /**
         * MD5 of the whole cluster after its first 24 bytes.
         */
        std::string checksum() const { return m_checksum; }

        /**
         * Feature sections; the last is the all-zero "end of features".
         */
        std::vector<std::unique_ptr<feature_t>>* features() const { return m_features.get(); }
        parallels_t* _root() const { return m__root; }
        parallels_t* _parent() const { return m__parent; }
    };

    /**
     * The header at the start of the file.
     */

    class header_t : public kaitai::kstruct {

    public:

        enum in_use_t {
            IN_USE_OLD_CLOSED = 0,
            IN_USE_CLOSED = 825111158,
            IN_USE_OPEN = 1953459801
        };
        static bool _is_defined_in_use_t(in_use_t v);

    private:
        static const std::set<in_use_t> _values_in_use_t;

    public:

        header_t(kaitai::kstream* p__io, parallels_t* p__parent = nullptr, parallels_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_t();

    private:
        bool f_is_empty;
        bool m_is_empty;

    public:

        /**
         * The empty-image flag.
         */
        bool is_empty();

    private:
        bool f_is_ext;
        bool m_is_ext;

    public:

        /**
         * The newer magic, with BAT entries in clusters and a 64-bit sector count.
         */
        bool is_ext();

    private:
        bool f_num_sectors;
        uint64_t m_num_sectors;

    public:

        /**
         * The disk size in sectors (only the low half counts for WithoutFreeSpace).
         */
        uint64_t num_sectors();

    private:
        bool f_ofs_ext;
        uint64_t m_ofs_ext;

    public:

        /**
         * Byte offset of the Format Extension cluster, or 0.
         */
        uint64_t ofs_ext();

    private:
        std::string m_magic_start;
        std::string m_magic_end;
        uint32_t m_version;
        uint32_t m_heads;
        uint32_t m_cylinders;
        uint32_t m_tracks;
        uint32_t m_num_bat_entries;
        uint32_t m_num_sectors_lo;
        uint32_t m_num_sectors_hi;
        in_use_t m_in_use;
        uint32_t m_data_off;
        uint32_t m_flags;
        uint32_t m_ext_off_lo;
        uint32_t m_ext_off_hi;
        parallels_t* m__root;
        parallels_t* m__parent;

    public:

        /**
         * The first 6 bytes both magics share (what identifies the format).
         */
        std::string magic_start() const { return m_magic_start; }

        /**
         * The rest of the 16-byte magic: "WithoutFreeSpace" (BAT entries in
         * sectors) or "WithouFreSpacExt" (BAT entries in clusters).
         */
        std::string magic_end() const { return m_magic_end; }

        /**
         * Format version, always 2.
         */
        uint32_t version() const { return m_version; }

        /**
         * Guest disk geometry (heads); QEMU writes 16.
         */
        uint32_t heads() const { return m_heads; }

        /**
         * Guest disk geometry (cylinders); QEMU writes sectors / (16 * 32).
         */
        uint32_t cylinders() const { return m_cylinders; }

        /**
         * Cluster size in 512-byte sectors (QEMU refuses zero).
         */
        uint32_t tracks() const { return m_tracks; }

        /**
         * Number of BAT entries, the disk size in clusters.
         */
        uint32_t num_bat_entries() const { return m_num_bat_entries; }

        /**
         * Low half of the disk size in sectors.
         */
        uint32_t num_sectors_lo() const { return m_num_sectors_lo; }

        /**
         * High half of the disk size in sectors (must be 0, and is ignored, for WithoutFreeSpace).
         */
        uint32_t num_sectors_hi() const { return m_num_sectors_hi; }

        /**
         * Whether a writer has the image open.
         */
        in_use_t in_use() const { return m_in_use; }

        /**
         * Start of the data area in sectors; 0 means "after the BAT" (WithoutFreeSpace only).
         */
        uint32_t data_off() const { return m_data_off; }

        /**
         * Bit 0 is the empty-image flag; the other bits are unused.
         */
        uint32_t flags() const { return m_flags; }

        /**
         * Low half of the Format Extension offset in sectors (0 = none).
         */
        uint32_t ext_off_lo() const { return m_ext_off_lo; }

        /**
         * High half of the Format Extension offset in sectors.
         */
        uint32_t ext_off_hi() const { return m_ext_off_hi; }
        parallels_t* _root() const { return m__root; }
        parallels_t* _parent() const { return m__parent; }
    };

    /**
     * An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form).
     */

    class l1_entry_t : public kaitai::kstruct {

    public:

        l1_entry_t(kaitai::kstream* p__io, parallels_t::dirty_bitmap_t* p__parent = nullptr, parallels_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~l1_entry_t();

    private:
        bool f_is_all_ones;
        bool m_is_all_ones;

    public:

        /**
         * Every bit of this bitmap cluster is set.
         */
        bool is_all_ones();

    private:
        bool f_is_all_zeros;
        bool m_is_all_zeros;

    public:

        /**
         * Every bit of this bitmap cluster is clear.
         */
        bool is_all_zeros();

    private:
        bool f_ofs_cluster;
        uint64_t m_ofs_cluster;

    public:

        /**
         * Byte offset of the bitmap data cluster, when stored.
         */
        uint64_t ofs_cluster();

    private:
        bool f_value;
        uint64_t m_value;

    public:

        /**
         * The entry.
         */
        uint64_t value();

    private:
        uint32_t m_lo;
        uint32_t m_hi;
        parallels_t* m__root;
        parallels_t::dirty_bitmap_t* m__parent;

    public:

        /**
         * Low half of the entry.
         */
        uint32_t lo() const { return m_lo; }

        /**
         * High half of the entry.
         */
        uint32_t hi() const { return m_hi; }
        parallels_t* _root() const { return m__root; }
        parallels_t::dirty_bitmap_t* _parent() const { return m__parent; }
    };

private:
    bool f_bat_unit;
    int32_t m_bat_unit;

public:

    /**
     * Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace).
     */
    int32_t bat_unit();

private:
    bool f_cluster_size;
    uint64_t m_cluster_size;

public:

    /**
     * Bytes in a cluster (the header's `tracks` counts sectors).
     */
    uint64_t cluster_size();

private:
    bool f_format_extension;
    std::unique_ptr<format_extension_t> m_format_extension;
    bool n_format_extension;

public:
    bool _is_null_format_extension() { format_extension(); return n_format_extension; };

private:

public:

    /**
     * The Format Extension cluster, when `ext_off` is not zero.
     */
    format_extension_t* format_extension();

private:
    bool f_ofs_data;
    uint64_t m_ofs_data;

public:

    /**
     * Start of the data area: `data_off` sectors, or when that is zero
     * (allowed only for WithoutFreeSpace), the end of the BAT rounded up
     * to a sector.
     */
    uint64_t ofs_data();

private:
    std::unique_ptr<header_t> m_header;
    std::unique_ptr<std::vector<uint32_t>> m_bat_entries;
    parallels_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_format_extension;
    bool n__raw_format_extension;

public:
    bool _is_null__raw_format_extension() { _raw_format_extension(); return n__raw_format_extension; };

private:
    std::unique_ptr<kaitai::kstream> m__io__raw_format_extension;

public:

    /**
     * The 64-byte image header.
     */
    header_t* header() const { return m_header.get(); }

    /**
     * The block allocation table: one entry per guest cluster, the host
     * offset in `bat_unit` bytes, or 0 for an unallocated cluster.
     */
    std::vector<uint32_t>* bat_entries() const { return m_bat_entries.get(); }
    parallels_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_format_extension() const { return m__raw_format_extension; }
    kaitai::kstream* _io__raw_format_extension() const { return m__io__raw_format_extension.get(); }
};
