// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "qcow2.h"
#include "kaitai/exceptions.h"
const std::set<qcow2_t::bitmap_type_t> qcow2_t::_values_bitmap_type_t{
    qcow2_t::BITMAP_TYPE_DIRTY_TRACKING,
};
bool qcow2_t::_is_defined_bitmap_type_t(qcow2_t::bitmap_type_t v) {
    return qcow2_t::_values_bitmap_type_t.find(v) != qcow2_t::_values_bitmap_type_t.end();
}
const std::set<qcow2_t::compression_type_t> qcow2_t::_values_compression_type_t{
    qcow2_t::COMPRESSION_TYPE_ZLIB,
    qcow2_t::COMPRESSION_TYPE_ZSTD,
};
bool qcow2_t::_is_defined_compression_type_t(qcow2_t::compression_type_t v) {
    return qcow2_t::_values_compression_type_t.find(v) != qcow2_t::_values_compression_type_t.end();
}
const std::set<qcow2_t::crypt_method_t> qcow2_t::_values_crypt_method_t{
    qcow2_t::CRYPT_METHOD_NONE,
    qcow2_t::CRYPT_METHOD_AES,
    qcow2_t::CRYPT_METHOD_LUKS,
};
bool qcow2_t::_is_defined_crypt_method_t(qcow2_t::crypt_method_t v) {
    return qcow2_t::_values_crypt_method_t.find(v) != qcow2_t::_values_crypt_method_t.end();
}
const std::set<qcow2_t::feature_type_t> qcow2_t::_values_feature_type_t{
    qcow2_t::FEATURE_TYPE_INCOMPATIBLE,
    qcow2_t::FEATURE_TYPE_COMPATIBLE,
    qcow2_t::FEATURE_TYPE_AUTOCLEAR,
};
bool qcow2_t::_is_defined_feature_type_t(qcow2_t::feature_type_t v) {
    return qcow2_t::_values_feature_type_t.find(v) != qcow2_t::_values_feature_type_t.end();
}
const std::set<qcow2_t::header_extension_type_t> qcow2_t::_values_header_extension_type_t{
    qcow2_t::HEADER_EXTENSION_TYPE_END,
    qcow2_t::HEADER_EXTENSION_TYPE_FULL_DISK_ENCRYPTION,
    qcow2_t::HEADER_EXTENSION_TYPE_BITMAPS,
    qcow2_t::HEADER_EXTENSION_TYPE_EXTERNAL_DATA_FILE,
    qcow2_t::HEADER_EXTENSION_TYPE_FEATURE_NAME_TABLE,
    qcow2_t::HEADER_EXTENSION_TYPE_BACKING_FILE_FORMAT,
};
bool qcow2_t::_is_defined_header_extension_type_t(qcow2_t::header_extension_type_t v) {
    return qcow2_t::_values_header_extension_type_t.find(v) != qcow2_t::_values_header_extension_type_t.end();
}

qcow2_t::qcow2_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_header = nullptr;
    m_header_extensions = nullptr;
    m__io__raw_header_extensions = nullptr;
    m_l1_table = nullptr;
    m_refcount_table = nullptr;
    m_snapshots = nullptr;
    f_backing_file_name = false;
    f_cluster_size = false;
    f_header_extensions = false;
    f_is_extended_l2 = false;
    f_l1_table = false;
    f_len_header = false;
    f_num_l2_entries = false;
    f_refcount_order = false;
    f_refcount_table = false;
    f_snapshots = false;
    _read();
}

void qcow2_t::_read() {
    m_header = std::unique_ptr<header_t>(new header_t(m__io, this, m__root));
}

qcow2_t::~qcow2_t() {
    _clean_up();
}

void qcow2_t::_clean_up() {
    if (f_backing_file_name && !n_backing_file_name) {
    }
    if (f_header_extensions) {
    }
    if (f_l1_table) {
    }
    if (f_refcount_table) {
    }
    if (f_snapshots && !n_snapshots) {
    }
}

qcow2_t::autoclear_features_t::autoclear_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::autoclear_features_t::_read() {
    m_reserved_hi = m__io->read_bits_int_be(32);
    m_reserved_lo = m__io->read_bits_int_be(30);
    m_raw_external_data = m__io->read_bits_int_be(1);
    m_bitmaps = m__io->read_bits_int_be(1);
}

qcow2_t::autoclear_features_t::~autoclear_features_t() {
    _clean_up();
}

void qcow2_t::autoclear_features_t::_clean_up() {
}

qcow2_t::bitmap_directory_t::bitmap_directory_t(kaitai::kstream* p__io, qcow2_t::bitmaps_extension_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_entries = nullptr;
    _read();
}

void qcow2_t::bitmap_directory_t::_read() {
    m_entries = std::unique_ptr<std::vector<std::unique_ptr<bitmap_directory_entry_t>>>(new std::vector<std::unique_ptr<bitmap_directory_entry_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_entries->push_back(std::move(std::unique_ptr<bitmap_directory_entry_t>(new bitmap_directory_entry_t(m__io, this, m__root))));
            i++;
        }
    }
}

qcow2_t::bitmap_directory_t::~bitmap_directory_t() {
    _clean_up();
}

void qcow2_t::bitmap_directory_t::_clean_up() {
}

qcow2_t::bitmap_directory_entry_t::bitmap_directory_entry_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    m_bitmap_table = nullptr;
    f_bitmap_table = false;
    f_granularity = false;
    _read();
}

void qcow2_t::bitmap_directory_entry_t::_read() {
    m_bitmap_table_offset = m__io->read_u8be();
    m_num_bitmap_table_entries = m__io->read_u4be();
    m_flags = std::unique_ptr<bitmap_flags_t>(new bitmap_flags_t(m__io, this, m__root));
    m_type = static_cast<qcow2_t::bitmap_type_t>(m__io->read_u1());
    m_granularity_bits = m__io->read_u1();
    m_len_name = m__io->read_u2be();
    m_len_extra_data = m__io->read_u4be();
    m_extra_data = m__io->read_bytes(len_extra_data());
    m_name = m__io->read_bytes(len_name());
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod((24 + static_cast<int64_t>(len_extra_data())) + static_cast<int64_t>(len_name()), 8), 8));
}

qcow2_t::bitmap_directory_entry_t::~bitmap_directory_entry_t() {
    _clean_up();
}

void qcow2_t::bitmap_directory_entry_t::_clean_up() {
    if (f_bitmap_table) {
    }
}

std::vector<std::unique_ptr<qcow2_t::bitmap_table_entry_t>>* qcow2_t::bitmap_directory_entry_t::bitmap_table() {
    if (f_bitmap_table)
        return m_bitmap_table.get();
    f_bitmap_table = true;
    kaitai::kstream *io = _root()->_io();
    std::streampos _pos = io->pos();
    io->seek(bitmap_table_offset());
    m_bitmap_table = std::unique_ptr<std::vector<std::unique_ptr<bitmap_table_entry_t>>>(new std::vector<std::unique_ptr<bitmap_table_entry_t>>());
    const int l_bitmap_table = num_bitmap_table_entries();
    for (int i = 0; i < l_bitmap_table; i++) {
        m_bitmap_table->push_back(std::move(std::unique_ptr<bitmap_table_entry_t>(new bitmap_table_entry_t(io, this, m__root))));
    }
    io->seek(_pos);
    return m_bitmap_table.get();
}

int32_t qcow2_t::bitmap_directory_entry_t::granularity() {
    if (f_granularity)
        return m_granularity;
    f_granularity = true;
    m_granularity = 1 << granularity_bits();
    return m_granularity;
}

qcow2_t::bitmap_flags_t::bitmap_flags_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_entry_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::bitmap_flags_t::_read() {
    m_reserved = m__io->read_bits_int_be(29);
    m_extra_data_compatible = m__io->read_bits_int_be(1);
    m_enabled = m__io->read_bits_int_be(1);
    m_in_use = m__io->read_bits_int_be(1);
}

qcow2_t::bitmap_flags_t::~bitmap_flags_t() {
    _clean_up();
}

void qcow2_t::bitmap_flags_t::_clean_up() {
}

qcow2_t::bitmap_table_entry_t::bitmap_table_entry_t(kaitai::kstream* p__io, qcow2_t::bitmap_directory_entry_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_offset = false;
    _read();
}

void qcow2_t::bitmap_table_entry_t::_read() {
    m_reserved_hi = m__io->read_bits_int_be(8);
    m_offset_hi = m__io->read_bits_int_be(24);
    m_offset_lo = m__io->read_bits_int_be(23);
    m_reserved_lo = m__io->read_bits_int_be(8);
    m_all_ones = m__io->read_bits_int_be(1);
}

qcow2_t::bitmap_table_entry_t::~bitmap_table_entry_t() {
    _clean_up();
}

void qcow2_t::bitmap_table_entry_t::_clean_up() {
}

uint64_t qcow2_t::bitmap_table_entry_t::offset() {
    if (f_offset)
        return m_offset;
    f_offset = true;
    m_offset = static_cast<uint64_t>(static_cast<int64_t>(offset_hi()) * 4294967296LL + static_cast<int64_t>(offset_lo()) * 512);
    return m_offset;
}

qcow2_t::bitmaps_extension_t::bitmaps_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_bitmap_directory = nullptr;
    m__io__raw_bitmap_directory = nullptr;
    f_bitmap_directory = false;
    _read();
}

void qcow2_t::bitmaps_extension_t::_read() {
    m_num_bitmaps = m__io->read_u4be();
    m_reserved = m__io->read_u4be();
    m_len_bitmap_directory = m__io->read_u8be();
    m_bitmap_directory_offset = m__io->read_u8be();
}

qcow2_t::bitmaps_extension_t::~bitmaps_extension_t() {
    _clean_up();
}

void qcow2_t::bitmaps_extension_t::_clean_up() {
    if (f_bitmap_directory) {
    }
}

qcow2_t::bitmap_directory_t* qcow2_t::bitmaps_extension_t::bitmap_directory() {
    if (f_bitmap_directory)
        return m_bitmap_directory.get();
    f_bitmap_directory = true;
    kaitai::kstream *io = _root()->_io();
    std::streampos _pos = io->pos();
    io->seek(bitmap_directory_offset());
    m__raw_bitmap_directory = io->read_bytes(len_bitmap_directory());
    m__io__raw_bitmap_directory = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_bitmap_directory));
    m_bitmap_directory = std::unique_ptr<bitmap_directory_t>(new bitmap_directory_t(m__io__raw_bitmap_directory.get(), this, m__root));
    io->seek(_pos);
    return m_bitmap_directory.get();
}

qcow2_t::compatible_features_t::compatible_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::compatible_features_t::_read() {
    m_reserved_hi = m__io->read_bits_int_be(32);
    m_reserved_lo = m__io->read_bits_int_be(31);
    m_lazy_refcounts = m__io->read_bits_int_be(1);
}

qcow2_t::compatible_features_t::~compatible_features_t() {
    _clean_up();
}

void qcow2_t::compatible_features_t::_clean_up() {
}

qcow2_t::extended_l2_entry_t::extended_l2_entry_t(kaitai::kstream* p__io, qcow2_t::l2_table_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_entry = nullptr;
    _read();
}

void qcow2_t::extended_l2_entry_t::_read() {
    m_entry = std::unique_ptr<l2_entry_t>(new l2_entry_t(m__io, this, m__root));
    m_zero_bitmap = m__io->read_u4be();
    m_alloc_bitmap = m__io->read_u4be();
}

qcow2_t::extended_l2_entry_t::~extended_l2_entry_t() {
    _clean_up();
}

void qcow2_t::extended_l2_entry_t::_clean_up() {
}

qcow2_t::feature_name_t::feature_name_t(kaitai::kstream* p__io, qcow2_t::feature_name_table_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::feature_name_t::_read() {
    m_type = static_cast<qcow2_t::feature_type_t>(m__io->read_u1());
    m_bit = m__io->read_u1();
    m_name = m__io->read_bytes(46);
}

qcow2_t::feature_name_t::~feature_name_t() {
    _clean_up();
}

void qcow2_t::feature_name_t::_clean_up() {
}

qcow2_t::feature_name_table_t::feature_name_table_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_entries = nullptr;
    _read();
}

void qcow2_t::feature_name_table_t::_read() {
    m_entries = std::unique_ptr<std::vector<std::unique_ptr<feature_name_t>>>(new std::vector<std::unique_ptr<feature_name_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_entries->push_back(std::move(std::unique_ptr<feature_name_t>(new feature_name_t(m__io, this, m__root))));
            i++;
        }
    }
}

qcow2_t::feature_name_table_t::~feature_name_table_t() {
    _clean_up();
}

void qcow2_t::feature_name_table_t::_clean_up() {
}

qcow2_t::full_disk_encryption_pointer_t::full_disk_encryption_pointer_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::full_disk_encryption_pointer_t::_read() {
    m_offset = m__io->read_u8be();
    m_len_header = m__io->read_u8be();
}

qcow2_t::full_disk_encryption_pointer_t::~full_disk_encryption_pointer_t() {
    _clean_up();
}

void qcow2_t::full_disk_encryption_pointer_t::_clean_up() {
}

qcow2_t::header_t::header_t(kaitai::kstream* p__io, qcow2_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_incompatible_features = nullptr;
    m_compatible_features = nullptr;
    m_autoclear_features = nullptr;
    f_effective_compression_type = false;
    _read();
}

void qcow2_t::header_t::_read() {
    m_magic = m__io->read_bytes(4);
    if (!(m_magic == std::string("\x51\x46\x49\xFB", 4))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x51\x46\x49\xFB", 4), m_magic, m__io, std::string("/types/header/seq/0"));
    }
    m_version = m__io->read_u4be();
    if (!( ((m_version == 2) || (m_version == 3)) )) {
        throw kaitai::validation_not_any_of_error<uint32_t>(m_version, m__io, std::string("/types/header/seq/1"));
    }
    m_backing_file_offset = m__io->read_u8be();
    m_len_backing_file_name = m__io->read_u4be();
    m_cluster_bits = m__io->read_u4be();
    if (!(m_cluster_bits >= 9)) {
        throw kaitai::validation_less_than_error<uint32_t>(9, m_cluster_bits, m__io, std::string("/types/header/seq/4"));
    }
    if (!(m_cluster_bits <= 21)) {
        throw kaitai::validation_greater_than_error<uint32_t>(21, m_cluster_bits, m__io, std::string("/types/header/seq/4"));
    }
    m_size = m__io->read_u8be();
    m_crypt_method = static_cast<qcow2_t::crypt_method_t>(m__io->read_u4be());
    m_num_l1_entries = m__io->read_u4be();
    m_l1_table_offset = m__io->read_u8be();
    m_refcount_table_offset = m__io->read_u8be();
    m_refcount_table_clusters = m__io->read_u4be();
    m_num_snapshots = m__io->read_u4be();
    m_snapshots_offset = m__io->read_u8be();
    n_incompatible_features = true;
    if (version() >= 3) {
        n_incompatible_features = false;
        m_incompatible_features = std::unique_ptr<incompatible_features_t>(new incompatible_features_t(m__io, this, m__root));
    }
    n_compatible_features = true;
    if (version() >= 3) {
        n_compatible_features = false;
        m_compatible_features = std::unique_ptr<compatible_features_t>(new compatible_features_t(m__io, this, m__root));
    }
    n_autoclear_features = true;
    if (version() >= 3) {
        n_autoclear_features = false;
        m_autoclear_features = std::unique_ptr<autoclear_features_t>(new autoclear_features_t(m__io, this, m__root));
    }
    n_refcount_order = true;
    if (version() >= 3) {
        n_refcount_order = false;
        m_refcount_order = m__io->read_u4be();
        if (!(m_refcount_order <= 6)) {
            throw kaitai::validation_greater_than_error<uint32_t>(6, m_refcount_order, m__io, std::string("/types/header/seq/16"));
        }
    }
    n_header_length = true;
    if (version() >= 3) {
        n_header_length = false;
        m_header_length = m__io->read_u4be();
        if (!(m_header_length >= 104)) {
            throw kaitai::validation_less_than_error<uint32_t>(104, m_header_length, m__io, std::string("/types/header/seq/17"));
        }
    }
    n_compression_type = true;
    if ( ((version() >= 3) && (header_length() > 104)) ) {
        n_compression_type = false;
        m_compression_type = static_cast<qcow2_t::compression_type_t>(m__io->read_u1());
    }
}

qcow2_t::header_t::~header_t() {
    _clean_up();
}

void qcow2_t::header_t::_clean_up() {
    if (!n_incompatible_features) {
    }
    if (!n_compatible_features) {
    }
    if (!n_autoclear_features) {
    }
    if (!n_refcount_order) {
    }
    if (!n_header_length) {
    }
    if (!n_compression_type) {
    }
}

qcow2_t::compression_type_t qcow2_t::header_t::effective_compression_type() {
    if (f_effective_compression_type)
        return m_effective_compression_type;
    f_effective_compression_type = true;
    m_effective_compression_type = static_cast<qcow2_t::compression_type_t>((( ((version() >= 3) && (header_length() > 104)) ) ? (static_cast<int64_t>(compression_type())) : (0)));
    return m_effective_compression_type;
}

qcow2_t::header_extension_t::header_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_area_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_data = nullptr;
    _read();
}

void qcow2_t::header_extension_t::_read() {
    m_type = static_cast<qcow2_t::header_extension_type_t>(m__io->read_u4be());
    m_len_data = m__io->read_u4be();
    n_data = true;
    switch (type()) {
    case qcow2_t::HEADER_EXTENSION_TYPE_BACKING_FILE_FORMAT: {
        n_data = false;
        m__raw_data = m__io->read_bytes(len_data());
        m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
        m_data = std::unique_ptr<string_extension_t>(new string_extension_t(m__io__raw_data.get(), this, m__root));
        break;
    }
    case qcow2_t::HEADER_EXTENSION_TYPE_BITMAPS: {
        n_data = false;
        m__raw_data = m__io->read_bytes(len_data());
        m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
        m_data = std::unique_ptr<bitmaps_extension_t>(new bitmaps_extension_t(m__io__raw_data.get(), this, m__root));
        break;
    }
    case qcow2_t::HEADER_EXTENSION_TYPE_EXTERNAL_DATA_FILE: {
        n_data = false;
        m__raw_data = m__io->read_bytes(len_data());
        m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
        m_data = std::unique_ptr<string_extension_t>(new string_extension_t(m__io__raw_data.get(), this, m__root));
        break;
    }
    case qcow2_t::HEADER_EXTENSION_TYPE_FEATURE_NAME_TABLE: {
        n_data = false;
        m__raw_data = m__io->read_bytes(len_data());
        m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
        m_data = std::unique_ptr<feature_name_table_t>(new feature_name_table_t(m__io__raw_data.get(), this, m__root));
        break;
    }
    case qcow2_t::HEADER_EXTENSION_TYPE_FULL_DISK_ENCRYPTION: {
        n_data = false;
        m__raw_data = m__io->read_bytes(len_data());
        m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
        m_data = std::unique_ptr<full_disk_encryption_pointer_t>(new full_disk_encryption_pointer_t(m__io__raw_data.get(), this, m__root));
        break;
    }
    default: {
        m__raw_data = m__io->read_bytes(len_data());
        break;
    }
    }
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_data(), 8), 8));
}

qcow2_t::header_extension_t::~header_extension_t() {
    _clean_up();
}

void qcow2_t::header_extension_t::_clean_up() {
    if (!n_data) {
    }
}

qcow2_t::header_extension_area_t::header_extension_area_t(kaitai::kstream* p__io, qcow2_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_extensions = nullptr;
    _read();
}

void qcow2_t::header_extension_area_t::_read() {
    m_extensions = std::unique_ptr<std::vector<std::unique_ptr<header_extension_t>>>(new std::vector<std::unique_ptr<header_extension_t>>());
    {
        int i = 0;
        header_extension_t* _;
        do {
            _ = new header_extension_t(m__io, this, m__root);
            m_extensions->push_back(std::move(std::unique_ptr<header_extension_t>(_)));
            i++;
        } while (!( ((_->type() == qcow2_t::HEADER_EXTENSION_TYPE_END) || (_io()->is_eof())) ));
    }
}

qcow2_t::header_extension_area_t::~header_extension_area_t() {
    _clean_up();
}

void qcow2_t::header_extension_area_t::_clean_up() {
}

qcow2_t::incompatible_features_t::incompatible_features_t(kaitai::kstream* p__io, qcow2_t::header_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::incompatible_features_t::_read() {
    m_reserved_hi = m__io->read_bits_int_be(32);
    m_reserved_lo = m__io->read_bits_int_be(27);
    m_extended_l2 = m__io->read_bits_int_be(1);
    m_compression_type = m__io->read_bits_int_be(1);
    m_external_data_file = m__io->read_bits_int_be(1);
    m_corrupt = m__io->read_bits_int_be(1);
    m_dirty = m__io->read_bits_int_be(1);
}

qcow2_t::incompatible_features_t::~incompatible_features_t() {
    _clean_up();
}

void qcow2_t::incompatible_features_t::_clean_up() {
}

qcow2_t::l1_entry_t::l1_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_l2_table = nullptr;
    m__io__raw_l2_table = nullptr;
    f_l2_offset = false;
    f_l2_table = false;
    _read();
}

void qcow2_t::l1_entry_t::_read() {
    m_copied = m__io->read_bits_int_be(1);
    m_reserved_hi = m__io->read_bits_int_be(7);
    m_offset_hi = m__io->read_bits_int_be(24);
    m_offset_lo = m__io->read_bits_int_be(23);
    m_reserved_lo = m__io->read_bits_int_be(9);
}

qcow2_t::l1_entry_t::~l1_entry_t() {
    _clean_up();
}

void qcow2_t::l1_entry_t::_clean_up() {
    if (f_l2_table && !n_l2_table) {
    }
}

uint64_t qcow2_t::l1_entry_t::l2_offset() {
    if (f_l2_offset)
        return m_l2_offset;
    f_l2_offset = true;
    m_l2_offset = static_cast<uint64_t>(static_cast<int64_t>(offset_hi()) * 4294967296LL + static_cast<int64_t>(offset_lo()) * 512);
    return m_l2_offset;
}

qcow2_t::l2_table_t* qcow2_t::l1_entry_t::l2_table() {
    if (f_l2_table)
        return m_l2_table.get();
    f_l2_table = true;
    n_l2_table = true;
    if (l2_offset() != 0) {
        n_l2_table = false;
        kaitai::kstream *io = _root()->_io();
        std::streampos _pos = io->pos();
        io->seek(l2_offset());
        m__raw_l2_table = io->read_bytes(_root()->cluster_size());
        m__io__raw_l2_table = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_l2_table));
        m_l2_table = std::unique_ptr<l2_table_t>(new l2_table_t(m__io__raw_l2_table.get(), this, m__root));
        io->seek(_pos);
    }
    return m_l2_table.get();
}

qcow2_t::l2_entry_t::l2_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_compressed_offset = false;
    f_compressed_shift = false;
    f_host_offset = false;
    f_len_compressed_max = false;
    f_num_additional_sectors = false;
    f_reserved = false;
    f_zero = false;
    _read();
}

void qcow2_t::l2_entry_t::_read() {
    m_copied = m__io->read_bits_int_be(1);
    m_compressed = m__io->read_bits_int_be(1);
    m_descriptor_hi = m__io->read_bits_int_be(30);
    m__io->align_to_byte();
    m_descriptor_lo = m__io->read_u4be();
}

qcow2_t::l2_entry_t::~l2_entry_t() {
    _clean_up();
}

void qcow2_t::l2_entry_t::_clean_up() {
}

uint64_t qcow2_t::l2_entry_t::compressed_offset() {
    if (f_compressed_offset)
        return m_compressed_offset;
    f_compressed_offset = true;
    n_compressed_offset = true;
    if (compressed()) {
        n_compressed_offset = false;
        m_compressed_offset = static_cast<uint64_t>(static_cast<int64_t>(kaitai::kstream::mod(descriptor_hi(), 1 << compressed_shift())) * 4294967296LL + static_cast<int64_t>(descriptor_lo()));
    }
    return m_compressed_offset;
}

int32_t qcow2_t::l2_entry_t::compressed_shift() {
    if (f_compressed_shift)
        return m_compressed_shift;
    f_compressed_shift = true;
    n_compressed_shift = true;
    if (compressed()) {
        n_compressed_shift = false;
        m_compressed_shift = 38 - _root()->header()->cluster_bits();
    }
    return m_compressed_shift;
}

uint64_t qcow2_t::l2_entry_t::host_offset() {
    if (f_host_offset)
        return m_host_offset;
    f_host_offset = true;
    n_host_offset = true;
    if (!(compressed())) {
        n_host_offset = false;
        m_host_offset = static_cast<uint64_t>(static_cast<int64_t>(kaitai::kstream::mod(descriptor_hi(), 16777216)) * 4294967296LL + static_cast<int64_t>(descriptor_lo() - kaitai::kstream::mod(descriptor_lo(), 512)));
    }
    return m_host_offset;
}

int32_t qcow2_t::l2_entry_t::len_compressed_max() {
    if (f_len_compressed_max)
        return m_len_compressed_max;
    f_len_compressed_max = true;
    n_len_compressed_max = true;
    if (compressed()) {
        n_len_compressed_max = false;
        m_len_compressed_max = (static_cast<int64_t>(num_additional_sectors()) + 1) * 512 - static_cast<int64_t>(kaitai::kstream::mod(compressed_offset(), 512));
    }
    return m_len_compressed_max;
}

int32_t qcow2_t::l2_entry_t::num_additional_sectors() {
    if (f_num_additional_sectors)
        return m_num_additional_sectors;
    f_num_additional_sectors = true;
    n_num_additional_sectors = true;
    if (compressed()) {
        n_num_additional_sectors = false;
        m_num_additional_sectors = descriptor_hi() >> compressed_shift();
    }
    return m_num_additional_sectors;
}

int32_t qcow2_t::l2_entry_t::reserved() {
    if (f_reserved)
        return m_reserved;
    f_reserved = true;
    n_reserved = true;
    if (!(compressed())) {
        n_reserved = false;
        m_reserved = static_cast<int64_t>(descriptor_hi() / 16777216) * 256 + static_cast<int64_t>(kaitai::kstream::mod(descriptor_lo() / 2, 256));
    }
    return m_reserved;
}

bool qcow2_t::l2_entry_t::zero() {
    if (f_zero)
        return m_zero;
    f_zero = true;
    n_zero = true;
    if (!(compressed())) {
        n_zero = false;
        m_zero = kaitai::kstream::mod(descriptor_lo(), 2) == 1;
    }
    return m_zero;
}

qcow2_t::l2_table_t::l2_table_t(kaitai::kstream* p__io, qcow2_t::l1_entry_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_entries = nullptr;
    _read();
}

void qcow2_t::l2_table_t::_read() {
    m_entries = std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstruct>>>(new std::vector<std::unique_ptr<kaitai::kstruct>>());
    const int l_entries = _root()->num_l2_entries();
    for (int i = 0; i < l_entries; i++) {
        {
            bool on = _root()->is_extended_l2();
            if (on == false) {
                m_entries->push_back(std::move(std::unique_ptr<l2_entry_t>(new l2_entry_t(m__io, this, m__root))));
            }
            else if (on == true) {
                m_entries->push_back(std::move(std::unique_ptr<extended_l2_entry_t>(new extended_l2_entry_t(m__io, this, m__root))));
            }
        }
    }
}

qcow2_t::l2_table_t::~l2_table_t() {
    _clean_up();
}

void qcow2_t::l2_table_t::_clean_up() {
}

qcow2_t::refcount_block_t::refcount_block_t(kaitai::kstream* p__io, qcow2_t::refcount_table_entry_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_packed_refcounts = nullptr;
    m_refcounts_b8 = nullptr;
    m_refcounts_b16 = nullptr;
    m_refcounts_b32 = nullptr;
    m_refcounts_b64 = nullptr;
    _read();
}

void qcow2_t::refcount_block_t::_read() {
    n_packed_refcounts = true;
    if (_root()->refcount_order() < 3) {
        n_packed_refcounts = false;
        m_packed_refcounts = std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstruct>>>(new std::vector<std::unique_ptr<kaitai::kstruct>>());
        const int l_packed_refcounts = _root()->cluster_size();
        for (int i = 0; i < l_packed_refcounts; i++) {
            switch (static_cast<int32_t>(_root()->refcount_order())) {
            case 0: {
                m_packed_refcounts->push_back(std::move(std::unique_ptr<refcount_byte_1_t>(new refcount_byte_1_t(m__io, this, m__root))));
                break;
            }
            case 1: {
                m_packed_refcounts->push_back(std::move(std::unique_ptr<refcount_byte_2_t>(new refcount_byte_2_t(m__io, this, m__root))));
                break;
            }
            case 2: {
                m_packed_refcounts->push_back(std::move(std::unique_ptr<refcount_byte_4_t>(new refcount_byte_4_t(m__io, this, m__root))));
                break;
            }
            }
        }
    }
    n_refcounts_b8 = true;
    if (_root()->refcount_order() == 3) {
        n_refcounts_b8 = false;
        m_refcounts_b8 = std::unique_ptr<std::vector<uint8_t>>(new std::vector<uint8_t>());
        const int l_refcounts_b8 = _root()->cluster_size();
        for (int i = 0; i < l_refcounts_b8; i++) {
            m_refcounts_b8->push_back(std::move(m__io->read_u1()));
        }
    }
    n_refcounts_b16 = true;
    if (_root()->refcount_order() == 4) {
        n_refcounts_b16 = false;
        m_refcounts_b16 = std::unique_ptr<std::vector<uint16_t>>(new std::vector<uint16_t>());
        const int l_refcounts_b16 = _root()->cluster_size() / 2;
        for (int i = 0; i < l_refcounts_b16; i++) {
            m_refcounts_b16->push_back(std::move(m__io->read_u2be()));
        }
    }
    n_refcounts_b32 = true;
    if (_root()->refcount_order() == 5) {
        n_refcounts_b32 = false;
        m_refcounts_b32 = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
        const int l_refcounts_b32 = _root()->cluster_size() / 4;
        for (int i = 0; i < l_refcounts_b32; i++) {
            m_refcounts_b32->push_back(std::move(m__io->read_u4be()));
        }
    }
    n_refcounts_b64 = true;
    if (_root()->refcount_order() == 6) {
        n_refcounts_b64 = false;
        m_refcounts_b64 = std::unique_ptr<std::vector<uint64_t>>(new std::vector<uint64_t>());
        const int l_refcounts_b64 = _root()->cluster_size() / 8;
        for (int i = 0; i < l_refcounts_b64; i++) {
            m_refcounts_b64->push_back(std::move(m__io->read_u8be()));
        }
    }
}

qcow2_t::refcount_block_t::~refcount_block_t() {
    _clean_up();
}

void qcow2_t::refcount_block_t::_clean_up() {
    if (!n_packed_refcounts) {
    }
    if (!n_refcounts_b8) {
    }
    if (!n_refcounts_b16) {
    }
    if (!n_refcounts_b32) {
    }
    if (!n_refcounts_b64) {
    }
}

qcow2_t::refcount_byte_1_t::refcount_byte_1_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_refcounts = nullptr;
    _read();
}

void qcow2_t::refcount_byte_1_t::_read() {
    m_refcounts = std::unique_ptr<std::vector<bool>>(new std::vector<bool>());
    const int l_refcounts = 8;
    for (int i = 0; i < l_refcounts; i++) {
        m_refcounts->push_back(std::move(m__io->read_bits_int_le(1)));
    }
}

qcow2_t::refcount_byte_1_t::~refcount_byte_1_t() {
    _clean_up();
}

void qcow2_t::refcount_byte_1_t::_clean_up() {
}

qcow2_t::refcount_byte_2_t::refcount_byte_2_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_refcounts = nullptr;
    _read();
}

void qcow2_t::refcount_byte_2_t::_read() {
    m_refcounts = std::unique_ptr<std::vector<uint64_t>>(new std::vector<uint64_t>());
    const int l_refcounts = 4;
    for (int i = 0; i < l_refcounts; i++) {
        m_refcounts->push_back(std::move(m__io->read_bits_int_le(2)));
    }
}

qcow2_t::refcount_byte_2_t::~refcount_byte_2_t() {
    _clean_up();
}

void qcow2_t::refcount_byte_2_t::_clean_up() {
}

qcow2_t::refcount_byte_4_t::refcount_byte_4_t(kaitai::kstream* p__io, qcow2_t::refcount_block_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_refcounts = nullptr;
    _read();
}

void qcow2_t::refcount_byte_4_t::_read() {
    m_refcounts = std::unique_ptr<std::vector<uint64_t>>(new std::vector<uint64_t>());
    const int l_refcounts = 2;
    for (int i = 0; i < l_refcounts; i++) {
        m_refcounts->push_back(std::move(m__io->read_bits_int_le(4)));
    }
}

qcow2_t::refcount_byte_4_t::~refcount_byte_4_t() {
    _clean_up();
}

void qcow2_t::refcount_byte_4_t::_clean_up() {
}

qcow2_t::refcount_table_entry_t::refcount_table_entry_t(kaitai::kstream* p__io, qcow2_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_refcount_block = nullptr;
    m__io__raw_refcount_block = nullptr;
    f_block_offset = false;
    f_refcount_block = false;
    _read();
}

void qcow2_t::refcount_table_entry_t::_read() {
    m_offset_hi = m__io->read_bits_int_be(32);
    m_offset_lo = m__io->read_bits_int_be(23);
    m_reserved = m__io->read_bits_int_be(9);
}

qcow2_t::refcount_table_entry_t::~refcount_table_entry_t() {
    _clean_up();
}

void qcow2_t::refcount_table_entry_t::_clean_up() {
    if (f_refcount_block && !n_refcount_block) {
    }
}

uint64_t qcow2_t::refcount_table_entry_t::block_offset() {
    if (f_block_offset)
        return m_block_offset;
    f_block_offset = true;
    m_block_offset = static_cast<uint64_t>(static_cast<int64_t>(offset_hi()) * 4294967296LL + static_cast<int64_t>(offset_lo()) * 512);
    return m_block_offset;
}

qcow2_t::refcount_block_t* qcow2_t::refcount_table_entry_t::refcount_block() {
    if (f_refcount_block)
        return m_refcount_block.get();
    f_refcount_block = true;
    n_refcount_block = true;
    if (block_offset() != 0) {
        n_refcount_block = false;
        kaitai::kstream *io = _root()->_io();
        std::streampos _pos = io->pos();
        io->seek(block_offset());
        m__raw_refcount_block = io->read_bytes(_root()->cluster_size());
        m__io__raw_refcount_block = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_refcount_block));
        m_refcount_block = std::unique_ptr<refcount_block_t>(new refcount_block_t(m__io__raw_refcount_block.get(), this, m__root));
        io->seek(_pos);
    }
    return m_refcount_block.get();
}

qcow2_t::snapshot_t::snapshot_t(kaitai::kstream* p__io, qcow2_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_extra_data = nullptr;
    m__io__raw_extra_data = nullptr;
    m_l1_table = nullptr;
    f_l1_table = false;
    f_len_padding = false;
    _read();
}

void qcow2_t::snapshot_t::_read() {
    m_l1_table_offset = m__io->read_u8be();
    m_num_l1_entries = m__io->read_u4be();
    m_len_id = m__io->read_u2be();
    m_len_name = m__io->read_u2be();
    m_date_sec = m__io->read_u4be();
    m_date_nsec = m__io->read_u4be();
    m_vm_clock_nsec = m__io->read_u8be();
    m_vm_state_size_small = m__io->read_u4be();
    m_len_extra_data = m__io->read_u4be();
    m__raw_extra_data = m__io->read_bytes(len_extra_data());
    m__io__raw_extra_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_extra_data));
    m_extra_data = std::unique_ptr<snapshot_extra_data_t>(new snapshot_extra_data_t(m__io__raw_extra_data.get(), this, m__root));
    m_id = m__io->read_bytes(len_id());
    m_name = m__io->read_bytes(len_name());
    m_padding = m__io->read_bytes(((static_cast<int64_t>(len_padding()) <= _io()->size() - _io()->pos()) ? (static_cast<int64_t>(len_padding())) : (_io()->size() - _io()->pos())));
}

qcow2_t::snapshot_t::~snapshot_t() {
    _clean_up();
}

void qcow2_t::snapshot_t::_clean_up() {
    if (f_l1_table) {
    }
}

std::vector<std::unique_ptr<qcow2_t::l1_entry_t>>* qcow2_t::snapshot_t::l1_table() {
    if (f_l1_table)
        return m_l1_table.get();
    f_l1_table = true;
    kaitai::kstream *io = _root()->_io();
    std::streampos _pos = io->pos();
    io->seek(l1_table_offset());
    m_l1_table = std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>>(new std::vector<std::unique_ptr<l1_entry_t>>());
    const int l_l1_table = num_l1_entries();
    for (int i = 0; i < l_l1_table; i++) {
        m_l1_table->push_back(std::move(std::unique_ptr<l1_entry_t>(new l1_entry_t(io, this, m__root))));
    }
    io->seek(_pos);
    return m_l1_table.get();
}

int32_t qcow2_t::snapshot_t::len_padding() {
    if (f_len_padding)
        return m_len_padding;
    f_len_padding = true;
    m_len_padding = kaitai::kstream::mod(8 - kaitai::kstream::mod(((40 + static_cast<int64_t>(len_extra_data())) + static_cast<int64_t>(len_id())) + static_cast<int64_t>(len_name()), 8), 8);
    return m_len_padding;
}

qcow2_t::snapshot_extra_data_t::snapshot_extra_data_t(kaitai::kstream* p__io, qcow2_t::snapshot_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::snapshot_extra_data_t::_read() {
    n_vm_state_size = true;
    if (_io()->size() >= 8) {
        n_vm_state_size = false;
        m_vm_state_size = m__io->read_u8be();
    }
    n_disk_size = true;
    if (_io()->size() >= 16) {
        n_disk_size = false;
        m_disk_size = m__io->read_u8be();
    }
    n_icount = true;
    if (_io()->size() >= 24) {
        n_icount = false;
        m_icount = m__io->read_s8be();
    }
    m_unknown = m__io->read_bytes_full();
}

qcow2_t::snapshot_extra_data_t::~snapshot_extra_data_t() {
    _clean_up();
}

void qcow2_t::snapshot_extra_data_t::_clean_up() {
    if (!n_vm_state_size) {
    }
    if (!n_disk_size) {
    }
    if (!n_icount) {
    }
}

qcow2_t::string_extension_t::string_extension_t(kaitai::kstream* p__io, qcow2_t::header_extension_t* p__parent, qcow2_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void qcow2_t::string_extension_t::_read() {
    m_value = m__io->read_bytes_full();
}

qcow2_t::string_extension_t::~string_extension_t() {
    _clean_up();
}

void qcow2_t::string_extension_t::_clean_up() {
}

std::string qcow2_t::backing_file_name() {
    if (f_backing_file_name)
        return m_backing_file_name;
    f_backing_file_name = true;
    n_backing_file_name = true;
    if (header()->backing_file_offset() != 0) {
        n_backing_file_name = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(header()->backing_file_offset());
        m_backing_file_name = m__io->read_bytes(header()->len_backing_file_name());
        m__io->seek(_pos);
    }
    return m_backing_file_name;
}

int32_t qcow2_t::cluster_size() {
    if (f_cluster_size)
        return m_cluster_size;
    f_cluster_size = true;
    m_cluster_size = 1 << header()->cluster_bits();
    return m_cluster_size;
}

qcow2_t::header_extension_area_t* qcow2_t::header_extensions() {
    if (f_header_extensions)
        return m_header_extensions.get();
    f_header_extensions = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(len_header());
    m__raw_header_extensions = m__io->read_bytes(static_cast<int64_t>(cluster_size()) - static_cast<int64_t>(len_header()));
    m__io__raw_header_extensions = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_header_extensions));
    m_header_extensions = std::unique_ptr<header_extension_area_t>(new header_extension_area_t(m__io__raw_header_extensions.get(), this, m__root));
    m__io->seek(_pos);
    return m_header_extensions.get();
}

bool qcow2_t::is_extended_l2() {
    if (f_is_extended_l2)
        return m_is_extended_l2;
    f_is_extended_l2 = true;
    m_is_extended_l2 =  ((header()->version() >= 3) && (header()->incompatible_features()->extended_l2())) ;
    return m_is_extended_l2;
}

std::vector<std::unique_ptr<qcow2_t::l1_entry_t>>* qcow2_t::l1_table() {
    if (f_l1_table)
        return m_l1_table.get();
    f_l1_table = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(header()->l1_table_offset());
    m_l1_table = std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>>(new std::vector<std::unique_ptr<l1_entry_t>>());
    const int l_l1_table = header()->num_l1_entries();
    for (int i = 0; i < l_l1_table; i++) {
        m_l1_table->push_back(std::move(std::unique_ptr<l1_entry_t>(new l1_entry_t(m__io, this, m__root))));
    }
    m__io->seek(_pos);
    return m_l1_table.get();
}

uint32_t qcow2_t::len_header() {
    if (f_len_header)
        return m_len_header;
    f_len_header = true;
    m_len_header = ((header()->version() >= 3) ? (header()->header_length()) : (72));
    return m_len_header;
}

int32_t qcow2_t::num_l2_entries() {
    if (f_num_l2_entries)
        return m_num_l2_entries;
    f_num_l2_entries = true;
    m_num_l2_entries = static_cast<int64_t>(cluster_size()) / static_cast<int64_t>(((is_extended_l2()) ? (16) : (8)));
    return m_num_l2_entries;
}

uint32_t qcow2_t::refcount_order() {
    if (f_refcount_order)
        return m_refcount_order;
    f_refcount_order = true;
    m_refcount_order = ((header()->version() >= 3) ? (header()->refcount_order()) : (4));
    return m_refcount_order;
}

std::vector<std::unique_ptr<qcow2_t::refcount_table_entry_t>>* qcow2_t::refcount_table() {
    if (f_refcount_table)
        return m_refcount_table.get();
    f_refcount_table = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(header()->refcount_table_offset());
    m_refcount_table = std::unique_ptr<std::vector<std::unique_ptr<refcount_table_entry_t>>>(new std::vector<std::unique_ptr<refcount_table_entry_t>>());
    const int l_refcount_table = (static_cast<int64_t>(header()->refcount_table_clusters()) * static_cast<int64_t>(cluster_size())) / 8;
    for (int i = 0; i < l_refcount_table; i++) {
        m_refcount_table->push_back(std::move(std::unique_ptr<refcount_table_entry_t>(new refcount_table_entry_t(m__io, this, m__root))));
    }
    m__io->seek(_pos);
    return m_refcount_table.get();
}

std::vector<std::unique_ptr<qcow2_t::snapshot_t>>* qcow2_t::snapshots() {
    if (f_snapshots)
        return m_snapshots.get();
    f_snapshots = true;
    n_snapshots = true;
    if (header()->num_snapshots() != 0) {
        n_snapshots = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(header()->snapshots_offset());
        m_snapshots = std::unique_ptr<std::vector<std::unique_ptr<snapshot_t>>>(new std::vector<std::unique_ptr<snapshot_t>>());
        const int l_snapshots = header()->num_snapshots();
        for (int i = 0; i < l_snapshots; i++) {
            m_snapshots->push_back(std::move(std::unique_ptr<snapshot_t>(new snapshot_t(m__io, this, m__root))));
        }
        m__io->seek(_pos);
    }
    return m_snapshots.get();
}
