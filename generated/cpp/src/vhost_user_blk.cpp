// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_blk.h"
const std::set<vhost_user_blk_t::blk_feature_t> vhost_user_blk_t::_values_blk_feature_t{
    vhost_user_blk_t::BLK_FEATURE_BARRIER,
    vhost_user_blk_t::BLK_FEATURE_SIZE_MAX,
    vhost_user_blk_t::BLK_FEATURE_SEG_MAX,
    vhost_user_blk_t::BLK_FEATURE_GEOMETRY,
    vhost_user_blk_t::BLK_FEATURE_RO,
    vhost_user_blk_t::BLK_FEATURE_BLK_SIZE,
    vhost_user_blk_t::BLK_FEATURE_SCSI,
    vhost_user_blk_t::BLK_FEATURE_FLUSH,
    vhost_user_blk_t::BLK_FEATURE_TOPOLOGY,
    vhost_user_blk_t::BLK_FEATURE_CONFIG_WCE,
    vhost_user_blk_t::BLK_FEATURE_MQ,
    vhost_user_blk_t::BLK_FEATURE_DISCARD,
    vhost_user_blk_t::BLK_FEATURE_WRITE_ZEROES,
    vhost_user_blk_t::BLK_FEATURE_LIFETIME,
    vhost_user_blk_t::BLK_FEATURE_SECURE_ERASE,
    vhost_user_blk_t::BLK_FEATURE_ZONED,
};
bool vhost_user_blk_t::_is_defined_blk_feature_t(vhost_user_blk_t::blk_feature_t v) {
    return vhost_user_blk_t::_values_blk_feature_t.find(v) != vhost_user_blk_t::_values_blk_feature_t.end();
}
const std::set<vhost_user_blk_t::request_type_t> vhost_user_blk_t::_values_request_type_t{
    vhost_user_blk_t::REQUEST_TYPE_READ,
    vhost_user_blk_t::REQUEST_TYPE_WRITE,
    vhost_user_blk_t::REQUEST_TYPE_FLUSH,
    vhost_user_blk_t::REQUEST_TYPE_GET_ID,
    vhost_user_blk_t::REQUEST_TYPE_GET_LIFETIME,
    vhost_user_blk_t::REQUEST_TYPE_DISCARD,
    vhost_user_blk_t::REQUEST_TYPE_WRITE_ZEROES,
    vhost_user_blk_t::REQUEST_TYPE_SECURE_ERASE,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_APPEND,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_REPORT,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_OPEN,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_CLOSE,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_FINISH,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_RESET,
    vhost_user_blk_t::REQUEST_TYPE_ZONE_RESET_ALL,
};
bool vhost_user_blk_t::_is_defined_request_type_t(vhost_user_blk_t::request_type_t v) {
    return vhost_user_blk_t::_values_request_type_t.find(v) != vhost_user_blk_t::_values_request_type_t.end();
}
const std::set<vhost_user_blk_t::status_t> vhost_user_blk_t::_values_status_t{
    vhost_user_blk_t::STATUS_OK,
    vhost_user_blk_t::STATUS_IOERR,
    vhost_user_blk_t::STATUS_UNSUPP,
    vhost_user_blk_t::STATUS_ZONE_INVALID_CMD,
    vhost_user_blk_t::STATUS_ZONE_UNALIGNED_WP,
    vhost_user_blk_t::STATUS_ZONE_OPEN_RESOURCE,
    vhost_user_blk_t::STATUS_ZONE_ACTIVE_RESOURCE,
};
bool vhost_user_blk_t::_is_defined_status_t(vhost_user_blk_t::status_t v) {
    return vhost_user_blk_t::_values_status_t.find(v) != vhost_user_blk_t::_values_status_t.end();
}

vhost_user_blk_t::vhost_user_blk_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_geometry = nullptr;
    m_topology = nullptr;
    m_zoned = nullptr;
    _read();
}

void vhost_user_blk_t::_read() {
    m_num_sectors = m__io->read_u8le();
    n_max_segment_size = true;
    if (_io()->size() >= 12) {
        n_max_segment_size = false;
        m_max_segment_size = m__io->read_u4le();
    }
    n_max_segments = true;
    if (_io()->size() >= 16) {
        n_max_segments = false;
        m_max_segments = m__io->read_u4le();
    }
    n_geometry = true;
    if (_io()->size() >= 20) {
        n_geometry = false;
        m_geometry = std::unique_ptr<geometry_t>(new geometry_t(m__io, this, m__root));
    }
    n_len_block = true;
    if (_io()->size() >= 24) {
        n_len_block = false;
        m_len_block = m__io->read_u4le();
    }
    n_topology = true;
    if (_io()->size() >= 32) {
        n_topology = false;
        m_topology = std::unique_ptr<topology_t>(new topology_t(m__io, this, m__root));
    }
    n_writeback = true;
    if (_io()->size() >= 33) {
        n_writeback = false;
        m_writeback = m__io->read_u1();
    }
    n_unused0 = true;
    if (_io()->size() >= 34) {
        n_unused0 = false;
        m_unused0 = m__io->read_u1();
    }
    n_num_queues = true;
    if (_io()->size() >= 36) {
        n_num_queues = false;
        m_num_queues = m__io->read_u2le();
    }
    n_max_discard_sectors = true;
    if (_io()->size() >= 40) {
        n_max_discard_sectors = false;
        m_max_discard_sectors = m__io->read_u4le();
    }
    n_max_discard_segments = true;
    if (_io()->size() >= 44) {
        n_max_discard_segments = false;
        m_max_discard_segments = m__io->read_u4le();
    }
    n_discard_sector_alignment = true;
    if (_io()->size() >= 48) {
        n_discard_sector_alignment = false;
        m_discard_sector_alignment = m__io->read_u4le();
    }
    n_max_write_zeroes_sectors = true;
    if (_io()->size() >= 52) {
        n_max_write_zeroes_sectors = false;
        m_max_write_zeroes_sectors = m__io->read_u4le();
    }
    n_max_write_zeroes_segments = true;
    if (_io()->size() >= 56) {
        n_max_write_zeroes_segments = false;
        m_max_write_zeroes_segments = m__io->read_u4le();
    }
    n_write_zeroes_may_unmap = true;
    if (_io()->size() >= 57) {
        n_write_zeroes_may_unmap = false;
        m_write_zeroes_may_unmap = m__io->read_u1();
    }
    n_unused1 = true;
    if (_io()->size() >= 60) {
        n_unused1 = false;
        m_unused1 = m__io->read_bytes(3);
    }
    n_max_secure_erase_sectors = true;
    if (_io()->size() >= 64) {
        n_max_secure_erase_sectors = false;
        m_max_secure_erase_sectors = m__io->read_u4le();
    }
    n_max_secure_erase_segments = true;
    if (_io()->size() >= 68) {
        n_max_secure_erase_segments = false;
        m_max_secure_erase_segments = m__io->read_u4le();
    }
    n_secure_erase_sector_alignment = true;
    if (_io()->size() >= 72) {
        n_secure_erase_sector_alignment = false;
        m_secure_erase_sector_alignment = m__io->read_u4le();
    }
    n_zoned = true;
    if (_io()->size() >= 96) {
        n_zoned = false;
        m_zoned = std::unique_ptr<zoned_characteristics_t>(new zoned_characteristics_t(m__io, this, m__root));
    }
}

vhost_user_blk_t::~vhost_user_blk_t() {
    _clean_up();
}

void vhost_user_blk_t::_clean_up() {
    if (!n_max_segment_size) {
    }
    if (!n_max_segments) {
    }
    if (!n_geometry) {
    }
    if (!n_len_block) {
    }
    if (!n_topology) {
    }
    if (!n_writeback) {
    }
    if (!n_unused0) {
    }
    if (!n_num_queues) {
    }
    if (!n_max_discard_sectors) {
    }
    if (!n_max_discard_segments) {
    }
    if (!n_discard_sector_alignment) {
    }
    if (!n_max_write_zeroes_sectors) {
    }
    if (!n_max_write_zeroes_segments) {
    }
    if (!n_write_zeroes_may_unmap) {
    }
    if (!n_unused1) {
    }
    if (!n_max_secure_erase_sectors) {
    }
    if (!n_max_secure_erase_segments) {
    }
    if (!n_secure_erase_sector_alignment) {
    }
    if (!n_zoned) {
    }
}

vhost_user_blk_t::geometry_t::geometry_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_blk_t::geometry_t::_read() {
    m_num_cylinders = m__io->read_u2le();
    m_num_heads = m__io->read_u1();
    m_num_sectors_per_track = m__io->read_u1();
}

vhost_user_blk_t::geometry_t::~geometry_t() {
    _clean_up();
}

void vhost_user_blk_t::geometry_t::_clean_up() {
}

vhost_user_blk_t::request_header_t::request_header_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_blk_t::request_header_t::_read() {
    m_type = static_cast<vhost_user_blk_t::request_type_t>(m__io->read_u4le());
    m_reserved = m__io->read_u4le();
    m_sector = m__io->read_u8le();
}

vhost_user_blk_t::request_header_t::~request_header_t() {
    _clean_up();
}

void vhost_user_blk_t::request_header_t::_clean_up() {
}

vhost_user_blk_t::segment_t::segment_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    _read();
}

void vhost_user_blk_t::segment_t::_read() {
    m_sector = m__io->read_u8le();
    m_num_sectors = m__io->read_u4le();
    m_flags = std::unique_ptr<segment_flags_t>(new segment_flags_t(m__io, this, m__root));
}

vhost_user_blk_t::segment_t::~segment_t() {
    _clean_up();
}

void vhost_user_blk_t::segment_t::_clean_up() {
}

vhost_user_blk_t::segment_flags_t::segment_flags_t(kaitai::kstream* p__io, vhost_user_blk_t::segment_t* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_blk_t::segment_flags_t::_read() {
    m_unmap = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(31);
}

vhost_user_blk_t::segment_flags_t::~segment_flags_t() {
    _clean_up();
}

void vhost_user_blk_t::segment_flags_t::_clean_up() {
}

vhost_user_blk_t::topology_t::topology_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_blk_t::topology_t::_read() {
    m_physical_block_exp = m__io->read_u1();
    m_alignment_offset = m__io->read_u1();
    m_min_io_size = m__io->read_u2le();
    m_opt_io_size = m__io->read_u4le();
}

vhost_user_blk_t::topology_t::~topology_t() {
    _clean_up();
}

void vhost_user_blk_t::topology_t::_clean_up() {
}

vhost_user_blk_t::zoned_characteristics_t::zoned_characteristics_t(kaitai::kstream* p__io, vhost_user_blk_t* p__parent, vhost_user_blk_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_blk_t::zoned_characteristics_t::_read() {
    m_zone_sectors = m__io->read_u4le();
    m_max_open_zones = m__io->read_u4le();
    m_max_active_zones = m__io->read_u4le();
    m_max_append_sectors = m__io->read_u4le();
    m_write_granularity = m__io->read_u4le();
    m_model = m__io->read_u1();
    m_unused2 = m__io->read_bytes(3);
}

vhost_user_blk_t::zoned_characteristics_t::~zoned_characteristics_t() {
    _clean_up();
}

void vhost_user_blk_t::zoned_characteristics_t::_clean_up() {
}
