// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtq_packed_event.h"
const std::set<virtq_packed_event_t::event_mode_t> virtq_packed_event_t::_values_event_mode_t{
    virtq_packed_event_t::EVENT_MODE_ENABLE,
    virtq_packed_event_t::EVENT_MODE_DISABLE,
    virtq_packed_event_t::EVENT_MODE_DESC,
    virtq_packed_event_t::EVENT_MODE_RESERVED,
};
bool virtq_packed_event_t::_is_defined_event_mode_t(virtq_packed_event_t::event_mode_t v) {
    return virtq_packed_event_t::_values_event_mode_t.find(v) != virtq_packed_event_t::_values_event_mode_t.end();
}

virtq_packed_event_t::virtq_packed_event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtq_packed_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    _read();
}

void virtq_packed_event_t::_read() {
    m_offset = m__io->read_bits_int_le(15);
    m_wrap = m__io->read_bits_int_le(1);
    m_mode = static_cast<virtq_packed_event_t::event_mode_t>(m__io->read_bits_int_le(2));
    m_reserved = m__io->read_bits_int_le(14);
}

virtq_packed_event_t::~virtq_packed_event_t() {
    _clean_up();
}

void virtq_packed_event_t::_clean_up() {
}
