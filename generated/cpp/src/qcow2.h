#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class qcow2_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * qcow2 stores a virtual disk in a host file as fixed-size clusters. A
 * two-level table (L1, then one-cluster L2 tables) maps each guest cluster to
 * a host cluster, a compressed run of sectors, zeros, or nothing (read from
 * the backing file, or zeros). A second two-level table (refcount table,
 * then refcount blocks) counts how many times each host cluster is used, so
 * that internal snapshots can share clusters and copy them on write.
 * Optional parts: a backing file, header extensions, internal snapshots,
 * persistent dirty bitmaps, an external data file, encryption.
 * 
 * Every number is big-endian. Table entries are 64-bit; this spec reads them
 * as bit fields of at most 32 bits and combines the halves with arithmetic
 * (`hi * 4294967296 + lo`), so that JavaScript computes the same values as
 * the other languages for every offset below 2^53 (8 PiB).
 * 
 * The top level reads the header; everything else is an instance reached
 * from it: `header_extensions`, `backing_file_name`, `l1_table` (and the L2
 * tables under it), `refcount_table` (and its refcount blocks), `snapshots`,
 * and the bitmap directory under the bitmaps extension.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html Source
 * \sa https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt Source
 */

class qcow2_t : public kaitai::kstruct {

public:
    class autoclear_features_t;
    class bitmap_directory_t;
    class bitmap_directory_entry_t;
    class bitmap_flags_t;
    class bitmap_table_entry_t;
    class bitmaps_extension_t;
    class compatible_features_t;
    class extended_l2_entry_t;
    class feature_name_t;
    class feature_name_table_t;
    class full_disk_encryption_pointer_t;
    class header_t;
    class header_extension_t;
    class header_extension_area_t;
    class incompatible_features_t;
    class l1_entry_t;
    class l2_entry_t;
    class l2_table_t;
    class refcount_block_t;
    class refcount_byte_1_t;
    class refcount_byte_2_t;
    class refcount_byte_4_t;
    class refcount_table_entry_t;
    class snapshot_t;
    class snapshot_extra_data_t;
    class string_extension_t;

    enum bitmap_type_t {
        BITMAP_TYPE_DIRTY_TRACKING = 1
    };
    static bool _is_defined_bitmap_type_t(bitmap_type_t v);

private:
    static const std::set<bitmap_type_t> _values_bitmap_type_t;

public:

    enum compression_type_t {
        COMPRESSION_TYPE_ZLIB = 0,
        COMPRESSION_TYPE_ZSTD = 1
    };
    static bool _is_defined_compression_type_t(compression_type_t v);

private:
    static const std::set<compression_type_t> _values_compression_type_t;

public:

    enum crypt_method_t {
        CRYPT_METHOD_NONE = 0,
        CRYPT_METHOD_AES = 1,
        CRYPT_METHOD_LUKS = 2
    };
    static bool _is_defined_crypt_method_t(crypt_method_t v);

private:
    static const std::set<crypt_method_t> _values_crypt_method_t;

public:

    enum feature_type_t {
        FEATURE_TYPE_INCOMPATIBLE = 0,
        FEATURE_TYPE_COMPATIBLE = 1,
        FEATURE_TYPE_AUTOCLEAR = 2
    };
    static bool _is_defined_feature_type_t(feature_type_t v);

private:
    static const std::set<feature_type_t> _values_feature_type_t;

public:

    enum header_extension_type_t {
        HEADER_EXTENSION_TYPE_END = 0,
        HEADER_EXTENSION_TYPE_FULL_DISK_ENCRYPTION = 87539319,
        HEADER_EXTENSION_TYPE_BITMAPS = 595929205,
        HEADER_EXTENSION_TYPE_EXTERNAL_DATA_FILE = 1145132097,
        HEADER_EXTENSION_TYPE_FEATURE_NAME_TABLE = 1745090647,
        HEADER_EXTENSION_TYPE_BACKING_FILE_FORMAT = 3799591626UL
    };
    static bool _is_defined_header_extension_type_t(header_extension_type_t v);

private:
    static const std::set<header_extension_type_t> _values_header_extension_type_t;

public:

    qcow2_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, qcow2_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~qcow2_t();

    /**
     * The 64-bit autoclear feature bitmap.
     */

    class autoclear_features_t : public kaitai::kstruct {

    public:

        autoclear_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~autoclear_features_t();

    private:
        uint64_t m_reserved_hi;
        uint64_t m_reserved_lo;
        bool m_raw_external_data;
        bool m_bitmaps;
        qcow2_t* m__root;
        qcow2_t::header_t* m__parent;

    public:

        /**
         * Bits 63..32, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }

        /**
         * Bits 31..2, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bit 1, the external data file is a valid raw image on its own.
         */
        bool raw_external_data() const { return m_raw_external_data; }

        /**
         * Bit 0, the bitmaps extension is consistent.
         */
        bool bitmaps() const { return m_bitmaps; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_t* _parent() const { return m__parent; }
    };

    /**
     * The bitmap directory, one variable-length entry per bitmap.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory Source
     */

    class bitmap_directory_t : public kaitai::kstruct {

    public:

        bitmap_directory_t(kaitai::kstream* p__io, qcow2_t::bitmaps_extension_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bitmap_directory_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<bitmap_directory_entry_t>>> m_entries;
        qcow2_t* m__root;
        qcow2_t::bitmaps_extension_t* m__parent;

    public:

        /**
         * The entries.
         */
        std::vector<std::unique_ptr<bitmap_directory_entry_t>>* entries() const { return m_entries.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::bitmaps_extension_t* _parent() const { return m__parent; }
    };

    /**
     * One bitmap.
     */

    class bitmap_directory_entry_t : public kaitai::kstruct {

    public:

        bitmap_directory_entry_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bitmap_directory_entry_t();

    private:
        bool f_bitmap_table;
        std::unique_ptr<std::vector<std::unique_ptr<bitmap_table_entry_t>>> m_bitmap_table;

    public:

        /**
         * The bitmap table.
         */
        std::vector<std::unique_ptr<bitmap_table_entry_t>>* bitmap_table();

    private:
        bool f_granularity;
        int32_t m_granularity;

    public:

        /**
         * Bytes of the disk per bit.
         */
        int32_t granularity();

    private:
        uint64_t m_bitmap_table_offset;
        uint32_t m_num_bitmap_table_entries;
        std::unique_ptr<bitmap_flags_t> m_flags;
        bitmap_type_t m_type;
        uint8_t m_granularity_bits;
        uint16_t m_len_name;
        uint32_t m_len_extra_data;
        std::string m_extra_data;
        std::string m_name;
        std::string m_padding;
        qcow2_t* m__root;
        qcow2_t::bitmap_directory_t* m__parent;

    public:

        /**
         * Where the bitmap table starts (cluster-aligned).
         */
        uint64_t bitmap_table_offset() const { return m_bitmap_table_offset; }

        /**
         * Entries in the bitmap table.
         */
        uint32_t num_bitmap_table_entries() const { return m_num_bitmap_table_entries; }

        /**
         * State of the bitmap.
         */
        bitmap_flags_t* flags() const { return m_flags.get(); }

        /**
         * Kind of bitmap (1, dirty tracking, is the only one defined).
         */
        bitmap_type_t type() const { return m_type; }

        /**
         * Each bit covers 1 << granularity_bits bytes of the disk.
         */
        uint8_t granularity_bits() const { return m_granularity_bits; }

        /**
         * Length of the name (not zero; QEMU allows at most 1023).
         */
        uint16_t len_name() const { return m_len_name; }

        /**
         * Length of the extra data (none is defined yet).
         */
        uint32_t len_extra_data() const { return m_len_extra_data; }

        /**
         * Type-specific extra data.
         */
        std::string extra_data() const { return m_extra_data; }

        /**
         * Bitmap name, unique in the image. Bytes: QEMU takes them as a C
         * string (up to a NUL, if any) and never checks that they are UTF-8.
         */
        std::string name() const { return m_name; }

        /**
         * Zero padding to a multiple of 8 bytes.
         */
        std::string padding() const { return m_padding; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::bitmap_directory_t* _parent() const { return m__parent; }
    };

    /**
     * The 32-bit flags of a bitmap directory entry.
     */

    class bitmap_flags_t : public kaitai::kstruct {

    public:

        bitmap_flags_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_entry_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bitmap_flags_t();

    private:
        uint64_t m_reserved;
        bool m_extra_data_compatible;
        bool m_enabled;
        bool m_in_use;
        qcow2_t* m__root;
        qcow2_t::bitmap_directory_entry_t* m__parent;

    public:

        /**
         * Bits 31..3, zero.
         */
        uint64_t reserved() const { return m_reserved; }

        /**
         * Bit 2, the bitmap may be used even when its extra data is not understood.
         */
        bool extra_data_compatible() const { return m_extra_data_compatible; }

        /**
         * Bit 1, the bitmap is enabled and tracks every write.
         */
        bool enabled() const { return m_enabled; }

        /**
         * Bit 0, the bitmap was not saved cleanly and may be inconsistent.
         */
        bool in_use() const { return m_in_use; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::bitmap_directory_entry_t* _parent() const { return m__parent; }
    };

    /**
     * One entry of a bitmap table, for one cluster of bitmap data.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table Source
     */

    class bitmap_table_entry_t : public kaitai::kstruct {

    public:

        bitmap_table_entry_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_entry_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bitmap_table_entry_t();

    private:
        bool f_offset;
        uint64_t m_offset;

    public:

        /**
         * Host offset of the bitmap data cluster; 0 when not allocated.
         */
        uint64_t offset();

    private:
        uint64_t m_reserved_hi;
        uint64_t m_offset_hi;
        uint64_t m_offset_lo;
        uint64_t m_reserved_lo;
        bool m_all_ones;
        qcow2_t* m__root;
        qcow2_t::bitmap_directory_entry_t* m__parent;

    public:

        /**
         * Bits 63..56, zero.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }

        /**
         * Bits 55..32 of the data cluster offset.
         */
        uint64_t offset_hi() const { return m_offset_hi; }

        /**
         * Bits 31..9 of the data cluster offset.
         */
        uint64_t offset_lo() const { return m_offset_lo; }

        /**
         * Bits 8..1, zero.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bit 0; with no offset, the cluster reads as all ones (else all zeros).
         */
        bool all_ones() const { return m_all_ones; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::bitmap_directory_entry_t* _parent() const { return m__parent; }
    };

    /**
     * Where the persistent bitmaps are described.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension Source
     */

    class bitmaps_extension_t : public kaitai::kstruct {

    public:

        bitmaps_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bitmaps_extension_t();

    private:
        bool f_bitmap_directory;
        std::unique_ptr<bitmap_directory_t> m_bitmap_directory;

    public:

        /**
         * The bitmap directory.
         */
        bitmap_directory_t* bitmap_directory();

    private:
        uint32_t m_num_bitmaps;
        uint32_t m_reserved;
        uint64_t m_len_bitmap_directory;
        uint64_t m_bitmap_directory_offset;
        qcow2_t* m__root;
        qcow2_t::header_extension_t* m__parent;
        std::string m__raw_bitmap_directory;
        std::unique_ptr<kaitai::kstream> m__io__raw_bitmap_directory;

    public:

        /**
         * Number of bitmaps (at least 1; QEMU supports up to 65535).
         */
        uint32_t num_bitmaps() const { return m_num_bitmaps; }

        /**
         * Zero.
         */
        uint32_t reserved() const { return m_reserved; }

        /**
         * Size of the bitmap directory in bytes.
         */
        uint64_t len_bitmap_directory() const { return m_len_bitmap_directory; }

        /**
         * Where the bitmap directory starts (cluster-aligned).
         */
        uint64_t bitmap_directory_offset() const { return m_bitmap_directory_offset; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_extension_t* _parent() const { return m__parent; }
        std::string _raw_bitmap_directory() const { return m__raw_bitmap_directory; }
        kaitai::kstream* _io__raw_bitmap_directory() const { return m__io__raw_bitmap_directory.get(); }
    };

    /**
     * The 64-bit compatible feature bitmap.
     */

    class compatible_features_t : public kaitai::kstruct {

    public:

        compatible_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~compatible_features_t();

    private:
        uint64_t m_reserved_hi;
        uint64_t m_reserved_lo;
        bool m_lazy_refcounts;
        qcow2_t* m__root;
        qcow2_t::header_t* m__parent;

    public:

        /**
         * Bits 63..32, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }

        /**
         * Bits 31..1, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bit 0, refcount updates may be postponed (the dirty bit then says so).
         */
        bool lazy_refcounts() const { return m_lazy_refcounts; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_t* _parent() const { return m__parent; }
    };

    /**
     * A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries Source
     */

    class extended_l2_entry_t : public kaitai::kstruct {

    public:

        extended_l2_entry_t(kaitai::kstream* p__io, qcow2_t::l2_table_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~extended_l2_entry_t();

    private:
        std::unique_ptr<l2_entry_t> m_entry;
        uint32_t m_zero_bitmap;
        uint32_t m_alloc_bitmap;
        qcow2_t* m__root;
        qcow2_t::l2_table_t* m__parent;

    public:

        /**
         * The standard 64 bits (its zero bit is unused here).
         */
        l2_entry_t* entry() const { return m_entry.get(); }

        /**
         * Bits 63..32 of the bitmap, bit n set when subcluster n reads as zeros.
         */
        uint32_t zero_bitmap() const { return m_zero_bitmap; }

        /**
         * Bits 31..0 of the bitmap, bit n set when subcluster n is allocated.
         */
        uint32_t alloc_bitmap() const { return m_alloc_bitmap; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::l2_table_t* _parent() const { return m__parent; }
    };

    /**
     * One 48-byte entry of the feature name table.
     */

    class feature_name_t : public kaitai::kstruct {

    public:

        feature_name_t(kaitai::kstream* p__io, qcow2_t::feature_name_table_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~feature_name_t();

    private:
        feature_type_t m_type;
        uint8_t m_bit;
        std::string m_name;
        qcow2_t* m__root;
        qcow2_t::feature_name_table_t* m__parent;

    public:

        /**
         * Which feature bitmap the bit is in.
         */
        feature_type_t type() const { return m_type; }

        /**
         * Bit number (0..63).
         */
        uint8_t bit() const { return m_bit; }

        /**
         * Feature name, zero-padded (no NUL when it takes all 46 bytes). Bytes:
         * QEMU takes them as a C string and never checks that they are UTF-8.
         */
        std::string name() const { return m_name; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::feature_name_table_t* _parent() const { return m__parent; }
    };

    /**
     * Names of feature bits, for error messages about unknown features.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table Source
     */

    class feature_name_table_t : public kaitai::kstruct {

    public:

        feature_name_table_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~feature_name_table_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<feature_name_t>>> m_entries;
        qcow2_t* m__root;
        qcow2_t::header_extension_t* m__parent;

    public:

        /**
         * One entry per named bit.
         */
        std::vector<std::unique_ptr<feature_name_t>>* entries() const { return m_entries.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_extension_t* _parent() const { return m__parent; }
    };

    /**
     * Where the encryption header (LUKS) is stored.
     */

    class full_disk_encryption_pointer_t : public kaitai::kstruct {

    public:

        full_disk_encryption_pointer_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~full_disk_encryption_pointer_t();

    private:
        uint64_t m_offset;
        uint64_t m_len_header;
        qcow2_t* m__root;
        qcow2_t::header_extension_t* m__parent;

    public:

        /**
         * Offset of the encryption header (cluster-aligned).
         */
        uint64_t offset() const { return m_offset; }

        /**
         * Length of the encryption header in bytes.
         */
        uint64_t len_header() const { return m_len_header; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_extension_t* _parent() const { return m__parent; }
    };

    /**
     * The header: 72 bytes for version 2; for version 3 at least 104 bytes,
     * as many as `header_length` says (newer writers may add fields; the
     * extensions start after them).
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header Source
     */

    class header_t : public kaitai::kstruct {

    public:

        header_t(kaitai::kstream* p__io, qcow2_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_t();

    private:
        bool f_effective_compression_type;
        compression_type_t m_effective_compression_type;

    public:

        /**
         * The compression type in use (zlib when the field is absent).
         */
        compression_type_t effective_compression_type();

    private:
        std::string m_magic;
        uint32_t m_version;
        uint64_t m_backing_file_offset;
        uint32_t m_len_backing_file_name;
        uint32_t m_cluster_bits;
        uint64_t m_size;
        crypt_method_t m_crypt_method;
        uint32_t m_num_l1_entries;
        uint64_t m_l1_table_offset;
        uint64_t m_refcount_table_offset;
        uint32_t m_refcount_table_clusters;
        uint32_t m_num_snapshots;
        uint64_t m_snapshots_offset;
        std::unique_ptr<incompatible_features_t> m_incompatible_features;
        bool n_incompatible_features;

    public:
        bool _is_null_incompatible_features() { incompatible_features(); return n_incompatible_features; };

    private:
        std::unique_ptr<compatible_features_t> m_compatible_features;
        bool n_compatible_features;

    public:
        bool _is_null_compatible_features() { compatible_features(); return n_compatible_features; };

    private:
        std::unique_ptr<autoclear_features_t> m_autoclear_features;
        bool n_autoclear_features;

    public:
        bool _is_null_autoclear_features() { autoclear_features(); return n_autoclear_features; };

    private:
        uint32_t m_refcount_order;
        bool n_refcount_order;

    public:
        bool _is_null_refcount_order() { refcount_order(); return n_refcount_order; };

    private:
        uint32_t m_header_length;
        bool n_header_length;

    public:
        bool _is_null_header_length() { header_length(); return n_header_length; };

    private:
        compression_type_t m_compression_type;
        bool n_compression_type;

    public:
        bool _is_null_compression_type() { compression_type(); return n_compression_type; };

    private:
        qcow2_t* m__root;
        qcow2_t* m__parent;

    public:

        /**
         * "QFI" followed by 0xfb.
         */
        std::string magic() const { return m_magic; }

        /**
         * Format version, 2 or 3.
         */
        uint32_t version() const { return m_version; }

        /**
         * Where the backing file name is stored; 0 when there is no backing file.
         */
        uint64_t backing_file_offset() const { return m_backing_file_offset; }

        /**
         * Length of the backing file name (at most 1023 bytes).
         */
        uint32_t len_backing_file_name() const { return m_len_backing_file_name; }

        /**
         * log2 of the cluster size. The format allows 9 (512 bytes) and up;
         * QEMU opens at most 21 (2 MiB), and so does this spec.
         */
        uint32_t cluster_bits() const { return m_cluster_bits; }

        /**
         * Virtual disk size in bytes.
         */
        uint64_t size() const { return m_size; }

        /**
         * How guest data is encrypted.
         */
        crypt_method_t crypt_method() const { return m_crypt_method; }

        /**
         * Entries in the active L1 table.
         */
        uint32_t num_l1_entries() const { return m_num_l1_entries; }

        /**
         * Where the active L1 table starts (cluster-aligned).
         */
        uint64_t l1_table_offset() const { return m_l1_table_offset; }

        /**
         * Where the refcount table starts (cluster-aligned).
         */
        uint64_t refcount_table_offset() const { return m_refcount_table_offset; }

        /**
         * Clusters the refcount table occupies.
         */
        uint32_t refcount_table_clusters() const { return m_refcount_table_clusters; }

        /**
         * Entries in the snapshot table.
         */
        uint32_t num_snapshots() const { return m_num_snapshots; }

        /**
         * Where the snapshot table starts (cluster-aligned).
         */
        uint64_t snapshots_offset() const { return m_snapshots_offset; }

        /**
         * Features a reader must understand to open the image.
         */
        incompatible_features_t* incompatible_features() const { return m_incompatible_features.get(); }

        /**
         * Features a reader may ignore.
         */
        compatible_features_t* compatible_features() const { return m_compatible_features.get(); }

        /**
         * Features a writer that does not know them must clear.
         */
        autoclear_features_t* autoclear_features() const { return m_autoclear_features.get(); }

        /**
         * Refcount width is 1 << refcount_order bits (0..6, so 1..64).
         */
        uint32_t refcount_order() const { return m_refcount_order; }

        /**
         * Length of the header in bytes, a multiple of 8, at least 104.
         */
        uint32_t header_length() const { return m_header_length; }

        /**
         * Compression of compressed clusters. Present when the header is
         * longer than 104 bytes; absent or 0 means zlib.
         */
        compression_type_t compression_type() const { return m_compression_type; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t* _parent() const { return m__parent; }
    };

    /**
     * One header extension.
     */

    class header_extension_t : public kaitai::kstruct {

    public:

        header_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_area_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_extension_t();

    private:
        header_extension_type_t m_type;
        uint32_t m_len_data;
        std::unique_ptr<kaitai::kstruct> m_data;
        bool n_data;

    public:
        bool _is_null_data() { data(); return n_data; };

    private:
        std::string m_padding;
        qcow2_t* m__root;
        qcow2_t::header_extension_area_t* m__parent;
        std::string m__raw_data;
        std::unique_ptr<kaitai::kstream> m__io__raw_data;

    public:

        /**
         * What the extension holds (unknown types are kept as bytes).
         */
        header_extension_type_t type() const { return m_type; }

        /**
         * Length of the data, without padding.
         */
        uint32_t len_data() const { return m_len_data; }

        /**
         * The extension's data (raw bytes for unknown types).
         */
        kaitai::kstruct* data() const { return m_data.get(); }

        /**
         * Padding up to a multiple of 8 bytes.
         */
        std::string padding() const { return m_padding; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_extension_area_t* _parent() const { return m__parent; }
        std::string _raw_data() const { return m__raw_data; }
        kaitai::kstream* _io__raw_data() const { return m__io__raw_data.get(); }
    };

    /**
     * Header extensions, each padded to 8 bytes, until the end marker.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions Source
     */

    class header_extension_area_t : public kaitai::kstruct {

    public:

        header_extension_area_t(kaitai::kstream* p__io, qcow2_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_extension_area_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<header_extension_t>>> m_extensions;
        qcow2_t* m__root;
        qcow2_t* m__parent;

    public:

        /**
         * The extensions, the end marker included.
         */
        std::vector<std::unique_ptr<header_extension_t>>* extensions() const { return m_extensions.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t* _parent() const { return m__parent; }
    };

    /**
     * The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header Source
     */

    class incompatible_features_t : public kaitai::kstruct {

    public:

        incompatible_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~incompatible_features_t();

    private:
        uint64_t m_reserved_hi;
        uint64_t m_reserved_lo;
        bool m_extended_l2;
        bool m_compression_type;
        bool m_external_data_file;
        bool m_corrupt;
        bool m_dirty;
        qcow2_t* m__root;
        qcow2_t::header_t* m__parent;

    public:

        /**
         * Bits 63..32, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }

        /**
         * Bits 31..5, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bit 4, L2 entries are 128-bit with subcluster bitmaps.
         */
        bool extended_l2() const { return m_extended_l2; }

        /**
         * Bit 3, compression_type in the header is not zlib.
         */
        bool compression_type() const { return m_compression_type; }

        /**
         * Bit 2, guest data lives in an external data file.
         */
        bool external_data_file() const { return m_external_data_file; }

        /**
         * Bit 1, metadata may be corrupt; do not write.
         */
        bool corrupt() const { return m_corrupt; }

        /**
         * Bit 0, refcounts may be stale (lazy refcounts in use when the image was last open).
         */
        bool dirty() const { return m_dirty; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_t* _parent() const { return m__parent; }
    };

    /**
     * One entry of an L1 table, pointing at an L2 table.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping Source
     */

    class l1_entry_t : public kaitai::kstruct {

    public:

        l1_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~l1_entry_t();

    private:
        bool f_l2_offset;
        uint64_t m_l2_offset;

    public:

        /**
         * Host offset of the L2 table; 0 when the whole range is unallocated.
         */
        uint64_t l2_offset();

    private:
        bool f_l2_table;
        std::unique_ptr<l2_table_t> m_l2_table;
        bool n_l2_table;

    public:
        bool _is_null_l2_table() { l2_table(); return n_l2_table; };

    private:

    public:

        /**
         * The L2 table this entry points at.
         */
        l2_table_t* l2_table();

    private:
        bool m_copied;
        uint64_t m_reserved_hi;
        uint64_t m_offset_hi;
        uint64_t m_offset_lo;
        uint64_t m_reserved_lo;
        qcow2_t* m__root;
        kaitai::kstruct* m__parent;
        std::string m__raw_l2_table;
        bool n__raw_l2_table;

    public:
        bool _is_null__raw_l2_table() { _raw_l2_table(); return n__raw_l2_table; };

    private:
        std::unique_ptr<kaitai::kstream> m__io__raw_l2_table;

    public:

        /**
         * Bit 63, the L2 table's refcount is exactly one (only kept right in the active table).
         */
        bool copied() const { return m_copied; }

        /**
         * Bits 62..56, zero.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }

        /**
         * Bits 55..32 of the L2 table offset.
         */
        uint64_t offset_hi() const { return m_offset_hi; }

        /**
         * Bits 31..9 of the L2 table offset.
         */
        uint64_t offset_lo() const { return m_offset_lo; }

        /**
         * Bits 8..0, zero.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }
        qcow2_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
        std::string _raw_l2_table() const { return m__raw_l2_table; }
        kaitai::kstream* _io__raw_l2_table() const { return m__io__raw_l2_table.get(); }
    };

    /**
     * A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
     * standard or a compressed cluster descriptor, as bit 62 says; the
     * instances give the fields of the one that applies.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping Source
     */

    class l2_entry_t : public kaitai::kstruct {

    public:

        l2_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~l2_entry_t();

    private:
        bool f_compressed_offset;
        uint64_t m_compressed_offset;
        bool n_compressed_offset;

    public:
        bool _is_null_compressed_offset() { compressed_offset(); return n_compressed_offset; };

    private:

    public:

        /**
         * Compressed descriptor, host byte offset of the compressed data (not aligned).
         */
        uint64_t compressed_offset();

    private:
        bool f_compressed_shift;
        int32_t m_compressed_shift;
        bool n_compressed_shift;

    public:
        bool _is_null_compressed_shift() { compressed_shift(); return n_compressed_shift; };

    private:

    public:

        /**
         * Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits).
         */
        int32_t compressed_shift();

    private:
        bool f_host_offset;
        uint64_t m_host_offset;
        bool n_host_offset;

    public:
        bool _is_null_host_offset() { host_offset(); return n_host_offset; };

    private:

    public:

        /**
         * Standard descriptor, bits 55..9: host cluster offset (in the data
         * file when there is one); 0 when unallocated.
         */
        uint64_t host_offset();

    private:
        bool f_len_compressed_max;
        int32_t m_len_compressed_max;
        bool n_len_compressed_max;

    public:
        bool _is_null_len_compressed_max() { len_compressed_max(); return n_len_compressed_max; };

    private:

    public:

        /**
         * Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them.
         */
        int32_t len_compressed_max();

    private:
        bool f_num_additional_sectors;
        int32_t m_num_additional_sectors;
        bool n_num_additional_sectors;

    public:
        bool _is_null_num_additional_sectors() { num_additional_sectors(); return n_num_additional_sectors; };

    private:

    public:

        /**
         * Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`.
         */
        int32_t num_additional_sectors();

    private:
        bool f_reserved;
        int32_t m_reserved;
        bool n_reserved;

    public:
        bool _is_null_reserved() { reserved(); return n_reserved; };

    private:

    public:

        /**
         * Standard descriptor, bits 61..56 and 8..1 (zero in a valid image).
         */
        int32_t reserved();

    private:
        bool f_zero;
        bool m_zero;
        bool n_zero;

    public:
        bool _is_null_zero() { zero(); return n_zero; };

    private:

    public:

        /**
         * Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only).
         */
        bool zero();

    private:
        bool m_copied;
        bool m_compressed;
        uint64_t m_descriptor_hi;
        uint32_t m_descriptor_lo;
        qcow2_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Bit 63, a standard cluster whose refcount is exactly one.
         */
        bool copied() const { return m_copied; }

        /**
         * Bit 62, the cluster is compressed.
         */
        bool compressed() const { return m_compressed; }

        /**
         * Bits 61..32 of the cluster descriptor.
         */
        uint64_t descriptor_hi() const { return m_descriptor_hi; }

        /**
         * Bits 31..0 of the cluster descriptor.
         */
        uint32_t descriptor_lo() const { return m_descriptor_lo; }
        qcow2_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * An L2 table, one cluster of L2 entries (standard or extended).
     */

    class l2_table_t : public kaitai::kstruct {

    public:

        l2_table_t(kaitai::kstream* p__io, qcow2_t::l1_entry_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~l2_table_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstruct>>> m_entries;
        qcow2_t* m__root;
        qcow2_t::l1_entry_t* m__parent;

    public:

        /**
         * The entries, one per guest cluster.
         */
        std::vector<std::unique_ptr<kaitai::kstruct>>* entries() const { return m_entries.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::l1_entry_t* _parent() const { return m__parent; }
    };

    /**
     * One cluster of refcounts, 1 << refcount_order bits each. Refcounts
     * narrower than a byte are packed from the least significant bit of each
     * byte; wider ones are big-endian.
     */

    class refcount_block_t : public kaitai::kstruct {

    public:

        refcount_block_t(kaitai::kstream* p__io, qcow2_t::refcount_table_entry_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~refcount_block_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstruct>>> m_packed_refcounts;
        bool n_packed_refcounts;

    public:
        bool _is_null_packed_refcounts() { packed_refcounts(); return n_packed_refcounts; };

    private:
        std::unique_ptr<std::vector<uint8_t>> m_refcounts_b8;
        bool n_refcounts_b8;

    public:
        bool _is_null_refcounts_b8() { refcounts_b8(); return n_refcounts_b8; };

    private:
        std::unique_ptr<std::vector<uint16_t>> m_refcounts_b16;
        bool n_refcounts_b16;

    public:
        bool _is_null_refcounts_b16() { refcounts_b16(); return n_refcounts_b16; };

    private:
        std::unique_ptr<std::vector<uint32_t>> m_refcounts_b32;
        bool n_refcounts_b32;

    public:
        bool _is_null_refcounts_b32() { refcounts_b32(); return n_refcounts_b32; };

    private:
        std::unique_ptr<std::vector<uint64_t>> m_refcounts_b64;
        bool n_refcounts_b64;

    public:
        bool _is_null_refcounts_b64() { refcounts_b64(); return n_refcounts_b64; };

    private:
        qcow2_t* m__root;
        qcow2_t::refcount_table_entry_t* m__parent;

    public:

        /**
         * For 1-, 2- and 4-bit refcounts, one entry per byte, holding 8, 4 or 2 refcounts.
         */
        std::vector<std::unique_ptr<kaitai::kstruct>>* packed_refcounts() const { return m_packed_refcounts.get(); }

        /**
         * 8-bit refcounts, one per host cluster.
         */
        std::vector<uint8_t>* refcounts_b8() const { return m_refcounts_b8.get(); }

        /**
         * 16-bit refcounts (QEMU's default), one per host cluster.
         */
        std::vector<uint16_t>* refcounts_b16() const { return m_refcounts_b16.get(); }

        /**
         * 32-bit refcounts, one per host cluster.
         */
        std::vector<uint32_t>* refcounts_b32() const { return m_refcounts_b32.get(); }

        /**
         * 64-bit refcounts, one per host cluster (exact in JavaScript below 2^53).
         */
        std::vector<uint64_t>* refcounts_b64() const { return m_refcounts_b64.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::refcount_table_entry_t* _parent() const { return m__parent; }
    };

    /**
     * A byte of eight 1-bit refcounts, the first in the least significant bit.
     */

    class refcount_byte_1_t : public kaitai::kstruct {

    public:

        refcount_byte_1_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~refcount_byte_1_t();

    private:
        std::unique_ptr<std::vector<bool>> m_refcounts;
        qcow2_t* m__root;
        qcow2_t::refcount_block_t* m__parent;

    public:

        /**
         * The counts, 0 or 1 (booleans in the generated code).
         */
        std::vector<bool>* refcounts() const { return m_refcounts.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::refcount_block_t* _parent() const { return m__parent; }
    };

    /**
     * A byte of four 2-bit refcounts, the first in the lowest bits.
     */

    class refcount_byte_2_t : public kaitai::kstruct {

    public:

        refcount_byte_2_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~refcount_byte_2_t();

    private:
        std::unique_ptr<std::vector<uint64_t>> m_refcounts;
        qcow2_t* m__root;
        qcow2_t::refcount_block_t* m__parent;

    public:

        /**
         * The counts.
         */
        std::vector<uint64_t>* refcounts() const { return m_refcounts.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::refcount_block_t* _parent() const { return m__parent; }
    };

    /**
     * A byte of two 4-bit refcounts, the first in the low nibble.
     */

    class refcount_byte_4_t : public kaitai::kstruct {

    public:

        refcount_byte_4_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~refcount_byte_4_t();

    private:
        std::unique_ptr<std::vector<uint64_t>> m_refcounts;
        qcow2_t* m__root;
        qcow2_t::refcount_block_t* m__parent;

    public:

        /**
         * The counts.
         */
        std::vector<uint64_t>* refcounts() const { return m_refcounts.get(); }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::refcount_block_t* _parent() const { return m__parent; }
    };

    /**
     * One entry of the refcount table, pointing at a refcount block.
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management Source
     */

    class refcount_table_entry_t : public kaitai::kstruct {

    public:

        refcount_table_entry_t(kaitai::kstream* p__io, qcow2_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~refcount_table_entry_t();

    private:
        bool f_block_offset;
        uint64_t m_block_offset;

    public:

        /**
         * Host offset of the refcount block; 0 when not allocated (all its refcounts are 0).
         */
        uint64_t block_offset();

    private:
        bool f_refcount_block;
        std::unique_ptr<refcount_block_t> m_refcount_block;
        bool n_refcount_block;

    public:
        bool _is_null_refcount_block() { refcount_block(); return n_refcount_block; };

    private:

    public:

        /**
         * The refcount block.
         */
        refcount_block_t* refcount_block();

    private:
        uint64_t m_offset_hi;
        uint64_t m_offset_lo;
        uint64_t m_reserved;
        qcow2_t* m__root;
        qcow2_t* m__parent;
        std::string m__raw_refcount_block;
        bool n__raw_refcount_block;

    public:
        bool _is_null__raw_refcount_block() { _raw_refcount_block(); return n__raw_refcount_block; };

    private:
        std::unique_ptr<kaitai::kstream> m__io__raw_refcount_block;

    public:

        /**
         * Bits 63..32 of the refcount block offset.
         */
        uint64_t offset_hi() const { return m_offset_hi; }

        /**
         * Bits 31..9 of the refcount block offset.
         */
        uint64_t offset_lo() const { return m_offset_lo; }

        /**
         * Bits 8..0, zero.
         */
        uint64_t reserved() const { return m_reserved; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t* _parent() const { return m__parent; }
        std::string _raw_refcount_block() const { return m__raw_refcount_block; }
        kaitai::kstream* _io__raw_refcount_block() const { return m__io__raw_refcount_block.get(); }
    };

    /**
     * One entry of the snapshot table (variable length, padded to 8 bytes).
     * \sa https://www.qemu.org/docs/master/interop/qcow2.html#snapshots Source
     */

    class snapshot_t : public kaitai::kstruct {

    public:

        snapshot_t(kaitai::kstream* p__io, qcow2_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~snapshot_t();

    private:
        bool f_l1_table;
        std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>> m_l1_table;

    public:

        /**
         * The snapshot's L1 table.
         */
        std::vector<std::unique_ptr<l1_entry_t>>* l1_table();

    private:
        bool f_len_padding;
        int32_t m_len_padding;

    public:

        /**
         * Bytes of padding the entry should have.
         */
        int32_t len_padding();

    private:
        uint64_t m_l1_table_offset;
        uint32_t m_num_l1_entries;
        uint16_t m_len_id;
        uint16_t m_len_name;
        uint32_t m_date_sec;
        uint32_t m_date_nsec;
        uint64_t m_vm_clock_nsec;
        uint32_t m_vm_state_size_small;
        uint32_t m_len_extra_data;
        std::unique_ptr<snapshot_extra_data_t> m_extra_data;
        std::string m_id;
        std::string m_name;
        std::string m_padding;
        qcow2_t* m__root;
        qcow2_t* m__parent;
        std::string m__raw_extra_data;
        std::unique_ptr<kaitai::kstream> m__io__raw_extra_data;

    public:

        /**
         * Where this snapshot's L1 table starts.
         */
        uint64_t l1_table_offset() const { return m_l1_table_offset; }

        /**
         * Entries in this snapshot's L1 table.
         */
        uint32_t num_l1_entries() const { return m_num_l1_entries; }

        /**
         * Length of the unique ID string.
         */
        uint16_t len_id() const { return m_len_id; }

        /**
         * Length of the name.
         */
        uint16_t len_name() const { return m_len_name; }

        /**
         * When the snapshot was taken, seconds since the Epoch.
         */
        uint32_t date_sec() const { return m_date_sec; }

        /**
         * Nanoseconds part of that time.
         */
        uint32_t date_nsec() const { return m_date_nsec; }

        /**
         * Guest run time until the snapshot, in nanoseconds.
         */
        uint64_t vm_clock_nsec() const { return m_vm_clock_nsec; }

        /**
         * VM state size in bytes (ignored when the extra data has the 64-bit size).
         */
        uint32_t vm_state_size_small() const { return m_vm_state_size_small; }

        /**
         * Length of the extra data.
         */
        uint32_t len_extra_data() const { return m_len_extra_data; }

        /**
         * Extra data (version 3 images have at least 16 bytes).
         */
        snapshot_extra_data_t* extra_data() const { return m_extra_data.get(); }

        /**
         * Unique ID of the snapshot (QEMU writes a decimal number). Bytes: QEMU
         * takes them as a C string (up to a NUL, if any) and never checks that
         * they are UTF-8.
         */
        std::string id() const { return m_id; }

        /**
         * Name of the snapshot. Bytes: QEMU takes them as a C string (up to a
         * NUL, if any) and never checks that they are UTF-8.
         */
        std::string name() const { return m_name; }

        /**
         * Padding to a multiple of 8 bytes. QEMU does not write it after the
         * last entry when the table ends the file (`qemu-img snapshot -c`
         * leaves such images), so it is as long as the file allows.
         */
        std::string padding() const { return m_padding; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t* _parent() const { return m__parent; }
        std::string _raw_extra_data() const { return m__raw_extra_data; }
        kaitai::kstream* _io__raw_extra_data() const { return m__io__raw_extra_data.get(); }
    };

    /**
     * The known fields of a snapshot's extra data; anything after them is kept as bytes.
     */

    class snapshot_extra_data_t : public kaitai::kstruct {

    public:

        snapshot_extra_data_t(kaitai::kstream* p__io, qcow2_t::snapshot_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~snapshot_extra_data_t();

    private:
        uint64_t m_vm_state_size;
        bool n_vm_state_size;

    public:
        bool _is_null_vm_state_size() { vm_state_size(); return n_vm_state_size; };

    private:
        uint64_t m_disk_size;
        bool n_disk_size;

    public:
        bool _is_null_disk_size() { disk_size(); return n_disk_size; };

    private:
        int64_t m_icount;
        bool n_icount;

    public:
        bool _is_null_icount() { icount(); return n_icount; };

    private:
        std::string m_unknown;
        qcow2_t* m__root;
        qcow2_t::snapshot_t* m__parent;

    public:

        /**
         * VM state size in bytes (replaces the 32-bit field).
         */
        uint64_t vm_state_size() const { return m_vm_state_size; }

        /**
         * Virtual disk size when the snapshot was taken.
         */
        uint64_t disk_size() const { return m_disk_size; }

        /**
         * Record/replay instruction count at the snapshot, -1 when icount was off.
         */
        int64_t icount() const { return m_icount; }

        /**
         * Extra data this spec does not know.
         */
        std::string unknown() const { return m_unknown; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::snapshot_t* _parent() const { return m__parent; }
    };

    /**
     * A string extension (backing format, data file name), not NUL-terminated.
     */

    class string_extension_t : public kaitai::kstruct {

    public:

        string_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent = nullptr, qcow2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~string_extension_t();

    private:
        std::string m_value;
        qcow2_t* m__root;
        qcow2_t::header_extension_t* m__parent;

    public:

        /**
         * The string's bytes. QEMU takes them as a C string (up to a NUL, if
         * any) and never checks that they are UTF-8.
         */
        std::string value() const { return m_value; }
        qcow2_t* _root() const { return m__root; }
        qcow2_t::header_extension_t* _parent() const { return m__parent; }
    };

private:
    bool f_backing_file_name;
    std::string m_backing_file_name;
    bool n_backing_file_name;

public:
    bool _is_null_backing_file_name() { backing_file_name(); return n_backing_file_name; };

private:

public:

    /**
     * Name of the backing file (not NUL-terminated), usually in the first
     * cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
     * never checks that they are UTF-8.
     */
    std::string backing_file_name();

private:
    bool f_cluster_size;
    int32_t m_cluster_size;

public:

    /**
     * Size of a cluster in bytes.
     */
    int32_t cluster_size();

private:
    bool f_header_extensions;
    std::unique_ptr<header_extension_area_t> m_header_extensions;

public:

    /**
     * The header extensions, between the header and the end of the first cluster.
     */
    header_extension_area_t* header_extensions();

private:
    bool f_is_extended_l2;
    bool m_is_extended_l2;

public:

    /**
     * L2 entries are 128-bit, with subcluster bitmaps.
     */
    bool is_extended_l2();

private:
    bool f_l1_table;
    std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>> m_l1_table;

public:

    /**
     * The active L1 table.
     */
    std::vector<std::unique_ptr<l1_entry_t>>* l1_table();

private:
    bool f_len_header;
    uint32_t m_len_header;

public:

    /**
     * Bytes the header occupies; the header extensions start here.
     */
    uint32_t len_header();

private:
    bool f_num_l2_entries;
    int32_t m_num_l2_entries;

public:

    /**
     * Entries per L2 table.
     */
    int32_t num_l2_entries();

private:
    bool f_refcount_order;
    uint32_t m_refcount_order;

public:

    /**
     * Width of a refcount as a power of two (version 2 images always use 16-bit refcounts).
     */
    uint32_t refcount_order();

private:
    bool f_refcount_table;
    std::unique_ptr<std::vector<std::unique_ptr<refcount_table_entry_t>>> m_refcount_table;

public:

    /**
     * The refcount table, first level of the host cluster reference counts.
     */
    std::vector<std::unique_ptr<refcount_table_entry_t>>* refcount_table();

private:
    bool f_snapshots;
    std::unique_ptr<std::vector<std::unique_ptr<snapshot_t>>> m_snapshots;
    bool n_snapshots;

public:
    bool _is_null_snapshots() { snapshots(); return n_snapshots; };

private:

public:

    /**
     * The snapshot table.
     */
    std::vector<std::unique_ptr<snapshot_t>>* snapshots();

private:
    std::unique_ptr<header_t> m_header;
    qcow2_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_header_extensions;
    std::unique_ptr<kaitai::kstream> m__io__raw_header_extensions;

public:

    /**
     * The image header in the first cluster.
     */
    header_t* header() const { return m_header.get(); }
    qcow2_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_header_extensions() const { return m__raw_header_extensions; }
    kaitai::kstream* _io__raw_header_extensions() const { return m__io__raw_header_extensions.get(); }
};
