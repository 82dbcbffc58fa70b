// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "parallels.h"
#include "kaitai/exceptions.h"

parallels_t::parallels_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_header = nullptr;
    m_bat_entries = nullptr;
    m_format_extension = nullptr;
    m__io__raw_format_extension = nullptr;
    f_bat_unit = false;
    f_cluster_size = false;
    f_format_extension = false;
    f_ofs_data = false;
    _read();
}

void parallels_t::_read() {
    m_header = std::unique_ptr<header_t>(new header_t(m__io, this, m__root));
    m_bat_entries = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_bat_entries = header()->num_bat_entries();
    for (int i = 0; i < l_bat_entries; i++) {
        m_bat_entries->push_back(std::move(m__io->read_u4le()));
    }
}

parallels_t::~parallels_t() {
    _clean_up();
}

void parallels_t::_clean_up() {
    if (f_format_extension && !n_format_extension) {
    }
}

parallels_t::dirty_bitmap_t::dirty_bitmap_t(kaitai::kstream* p__io, parallels_t::feature_t* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_l1_entries = nullptr;
    f_num_sectors = false;
    _read();
}

void parallels_t::dirty_bitmap_t::_read() {
    m_num_sectors_lo = m__io->read_u4le();
    m_num_sectors_hi = m__io->read_u4le();
    m_id = m__io->read_bytes(16);
    m_granularity = m__io->read_u4le();
    m_num_l1_entries = m__io->read_u4le();
    m_l1_entries = std::unique_ptr<std::vector<std::unique_ptr<l1_entry_t>>>(new std::vector<std::unique_ptr<l1_entry_t>>());
    const int l_l1_entries = num_l1_entries();
    for (int i = 0; i < l_l1_entries; i++) {
        m_l1_entries->push_back(std::move(std::unique_ptr<l1_entry_t>(new l1_entry_t(m__io, this, m__root))));
    }
}

parallels_t::dirty_bitmap_t::~dirty_bitmap_t() {
    _clean_up();
}

void parallels_t::dirty_bitmap_t::_clean_up() {
}

uint64_t parallels_t::dirty_bitmap_t::num_sectors() {
    if (f_num_sectors)
        return m_num_sectors;
    f_num_sectors = true;
    m_num_sectors = static_cast<uint64_t>(static_cast<int64_t>(num_sectors_hi()) * 4294967296LL + static_cast<int64_t>(num_sectors_lo()));
    return m_num_sectors;
}

parallels_t::feature_t::feature_t(kaitai::kstream* p__io, parallels_t::format_extension_t* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_data = nullptr;
    f_is_dirty_bitmap = false;
    f_is_end = false;
    f_is_necessary = false;
    f_is_transit = false;
    _read();
}

void parallels_t::feature_t::_read() {
    m_magic_lo = m__io->read_u4le();
    m_magic_hi = m__io->read_u4le();
    m_flags_lo = m__io->read_u4le();
    m_flags_hi = m__io->read_u4le();
    m_len_data = m__io->read_u4le();
    m_reserved = m__io->read_u4le();
    n_data = true;
    {
        bool on = is_dirty_bitmap();
        if (on == true) {
            n_data = false;
            m__raw_data = m__io->read_bytes(len_data());
            m__io__raw_data = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_data));
            m_data = std::unique_ptr<dirty_bitmap_t>(new dirty_bitmap_t(m__io__raw_data.get(), this, m__root));
        }
        else {
            m__raw_data = m__io->read_bytes(len_data());
        }
    }
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_data(), 8), 8));
}

parallels_t::feature_t::~feature_t() {
    _clean_up();
}

void parallels_t::feature_t::_clean_up() {
    if (!n_data) {
    }
}

bool parallels_t::feature_t::is_dirty_bitmap() {
    if (f_is_dirty_bitmap)
        return m_is_dirty_bitmap;
    f_is_dirty_bitmap = true;
    m_is_dirty_bitmap =  ((magic_hi() == 540565422) && (magic_lo() == 623686474)) ;
    return m_is_dirty_bitmap;
}

bool parallels_t::feature_t::is_end() {
    if (f_is_end)
        return m_is_end;
    f_is_end = true;
    m_is_end =  ((magic_lo() == 0) && (magic_hi() == 0)) ;
    return m_is_end;
}

bool parallels_t::feature_t::is_necessary() {
    if (f_is_necessary)
        return m_is_necessary;
    f_is_necessary = true;
    m_is_necessary = kaitai::kstream::mod(flags_lo(), 2) == 1;
    return m_is_necessary;
}

bool parallels_t::feature_t::is_transit() {
    if (f_is_transit)
        return m_is_transit;
    f_is_transit = true;
    m_is_transit = kaitai::kstream::mod(flags_lo() / 2, 2) == 1;
    return m_is_transit;
}

parallels_t::format_extension_t::format_extension_t(kaitai::kstream* p__io, parallels_t* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_features = nullptr;
    _read();
}

void parallels_t::format_extension_t::_read() {
    m_magic = m__io->read_bytes(8);
    if (!(m_magic == std::string("\x87\xEA\xDC\x23\xEF\x4C\x23\xAB", 8))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x87\xEA\xDC\x23\xEF\x4C\x23\xAB", 8), m_magic, m__io, std::string("/types/format_extension/seq/0"));
    }
    m_checksum = m__io->read_bytes(16);
    m_features = std::unique_ptr<std::vector<std::unique_ptr<feature_t>>>(new std::vector<std::unique_ptr<feature_t>>());
    {
        int i = 0;
        feature_t* _;
        do {
            _ = new feature_t(m__io, this, m__root);
            m_features->push_back(std::move(std::unique_ptr<feature_t>(_)));
            i++;
        } while (!(_->is_end()));
    }
}

parallels_t::format_extension_t::~format_extension_t() {
    _clean_up();
}

void parallels_t::format_extension_t::_clean_up() {
}
const std::set<parallels_t::header_t::in_use_t> parallels_t::header_t::_values_in_use_t{
    parallels_t::header_t::IN_USE_OLD_CLOSED,
    parallels_t::header_t::IN_USE_CLOSED,
    parallels_t::header_t::IN_USE_OPEN,
};
bool parallels_t::header_t::_is_defined_in_use_t(parallels_t::header_t::in_use_t v) {
    return parallels_t::header_t::_values_in_use_t.find(v) != parallels_t::header_t::_values_in_use_t.end();
}

parallels_t::header_t::header_t(kaitai::kstream* p__io, parallels_t* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_is_empty = false;
    f_is_ext = false;
    f_num_sectors = false;
    f_ofs_ext = false;
    _read();
}

void parallels_t::header_t::_read() {
    m_magic_start = m__io->read_bytes(6);
    if (!(m_magic_start == std::string("\x57\x69\x74\x68\x6F\x75", 6))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x57\x69\x74\x68\x6F\x75", 6), m_magic_start, m__io, std::string("/types/header/seq/0"));
    }
    m_magic_end = kaitai::kstream::bytes_to_str(m__io->read_bytes(10), "ASCII");
    if (!( ((m_magic_end == std::string("tFreeSpace")) || (m_magic_end == std::string("FreSpacExt"))) )) {
        throw kaitai::validation_not_any_of_error<std::string>(m_magic_end, m__io, std::string("/types/header/seq/1"));
    }
    m_version = m__io->read_u4le();
    if (!(m_version == 2)) {
        throw kaitai::validation_not_equal_error<uint32_t>(2, m_version, m__io, std::string("/types/header/seq/2"));
    }
    m_heads = m__io->read_u4le();
    m_cylinders = m__io->read_u4le();
    m_tracks = m__io->read_u4le();
    m_num_bat_entries = m__io->read_u4le();
    m_num_sectors_lo = m__io->read_u4le();
    m_num_sectors_hi = m__io->read_u4le();
    m_in_use = static_cast<parallels_t::header_t::in_use_t>(m__io->read_u4le());
    m_data_off = m__io->read_u4le();
    m_flags = m__io->read_u4le();
    m_ext_off_lo = m__io->read_u4le();
    m_ext_off_hi = m__io->read_u4le();
}

parallels_t::header_t::~header_t() {
    _clean_up();
}

void parallels_t::header_t::_clean_up() {
}

bool parallels_t::header_t::is_empty() {
    if (f_is_empty)
        return m_is_empty;
    f_is_empty = true;
    m_is_empty = kaitai::kstream::mod(flags(), 2) == 1;
    return m_is_empty;
}

bool parallels_t::header_t::is_ext() {
    if (f_is_ext)
        return m_is_ext;
    f_is_ext = true;
    m_is_ext = magic_end() == std::string("FreSpacExt");
    return m_is_ext;
}

uint64_t parallels_t::header_t::num_sectors() {
    if (f_num_sectors)
        return m_num_sectors;
    f_num_sectors = true;
    m_num_sectors = ((is_ext()) ? (static_cast<uint64_t>(static_cast<int64_t>(num_sectors_hi()) * 4294967296LL + static_cast<int64_t>(num_sectors_lo()))) : (static_cast<uint64_t>(num_sectors_lo())));
    return m_num_sectors;
}

uint64_t parallels_t::header_t::ofs_ext() {
    if (f_ofs_ext)
        return m_ofs_ext;
    f_ofs_ext = true;
    m_ofs_ext = static_cast<uint64_t>((static_cast<int64_t>(ext_off_hi()) * 4294967296LL + static_cast<int64_t>(ext_off_lo())) * 512);
    return m_ofs_ext;
}

parallels_t::l1_entry_t::l1_entry_t(kaitai::kstream* p__io, parallels_t::dirty_bitmap_t* p__parent, parallels_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_is_all_ones = false;
    f_is_all_zeros = false;
    f_ofs_cluster = false;
    f_value = false;
    _read();
}

void parallels_t::l1_entry_t::_read() {
    m_lo = m__io->read_u4le();
    m_hi = m__io->read_u4le();
}

parallels_t::l1_entry_t::~l1_entry_t() {
    _clean_up();
}

void parallels_t::l1_entry_t::_clean_up() {
}

bool parallels_t::l1_entry_t::is_all_ones() {
    if (f_is_all_ones)
        return m_is_all_ones;
    f_is_all_ones = true;
    m_is_all_ones = value() == 1;
    return m_is_all_ones;
}

bool parallels_t::l1_entry_t::is_all_zeros() {
    if (f_is_all_zeros)
        return m_is_all_zeros;
    f_is_all_zeros = true;
    m_is_all_zeros = value() == 0;
    return m_is_all_zeros;
}

uint64_t parallels_t::l1_entry_t::ofs_cluster() {
    if (f_ofs_cluster)
        return m_ofs_cluster;
    f_ofs_cluster = true;
    m_ofs_cluster = ((value() > 1) ? (static_cast<uint64_t>(value() * 512)) : (static_cast<uint64_t>(0)));
    return m_ofs_cluster;
}

uint64_t parallels_t::l1_entry_t::value() {
    if (f_value)
        return m_value;
    f_value = true;
    m_value = static_cast<uint64_t>(static_cast<int64_t>(hi()) * 4294967296LL + static_cast<int64_t>(lo()));
    return m_value;
}

int32_t parallels_t::bat_unit() {
    if (f_bat_unit)
        return m_bat_unit;
    f_bat_unit = true;
    m_bat_unit = ((header()->is_ext()) ? (cluster_size()) : (512));
    return m_bat_unit;
}

uint64_t parallels_t::cluster_size() {
    if (f_cluster_size)
        return m_cluster_size;
    f_cluster_size = true;
    m_cluster_size = static_cast<uint64_t>(static_cast<uint64_t>(header()->tracks()) * 512);
    return m_cluster_size;
}

parallels_t::format_extension_t* parallels_t::format_extension() {
    if (f_format_extension)
        return m_format_extension.get();
    f_format_extension = true;
    n_format_extension = true;
    if (header()->ofs_ext() != 0) {
        n_format_extension = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(header()->ofs_ext());
        m__raw_format_extension = m__io->read_bytes(cluster_size());
        m__io__raw_format_extension = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_format_extension));
        m_format_extension = std::unique_ptr<format_extension_t>(new format_extension_t(m__io__raw_format_extension.get(), this, m__root));
        m__io->seek(_pos);
    }
    return m_format_extension.get();
}

uint64_t parallels_t::ofs_data() {
    if (f_ofs_data)
        return m_ofs_data;
    f_ofs_data = true;
    m_ofs_data = ((header()->data_off() != 0) ? (static_cast<uint64_t>(static_cast<uint64_t>(header()->data_off()) * 512)) : (static_cast<uint64_t>((((64 + 4 * static_cast<uint64_t>(header()->num_bat_entries())) + 511) / 512) * 512)));
    return m_ofs_data;
}
