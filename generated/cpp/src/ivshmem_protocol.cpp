// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "ivshmem_protocol.h"
const std::set<ivshmem_protocol_t::special_values_t> ivshmem_protocol_t::_values_special_values_t{
    ivshmem_protocol_t::SPECIAL_VALUES_SHARED_MEMORY,
    ivshmem_protocol_t::SPECIAL_VALUES_PROTOCOL_VERSION,
    ivshmem_protocol_t::SPECIAL_VALUES_MAX_ID,
};
bool ivshmem_protocol_t::_is_defined_special_values_t(ivshmem_protocol_t::special_values_t v) {
    return ivshmem_protocol_t::_values_special_values_t.find(v) != ivshmem_protocol_t::_values_special_values_t.end();
}

ivshmem_protocol_t::ivshmem_protocol_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, ivshmem_protocol_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_messages = nullptr;
    _read();
}

void ivshmem_protocol_t::_read() {
    m_messages = std::unique_ptr<std::vector<std::unique_ptr<message_t>>>(new std::vector<std::unique_ptr<message_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_messages->push_back(std::move(std::unique_ptr<message_t>(new message_t(m__io, this, m__root))));
            i++;
        }
    }
}

ivshmem_protocol_t::~ivshmem_protocol_t() {
    _clean_up();
}

void ivshmem_protocol_t::_clean_up() {
}

ivshmem_protocol_t::message_t::message_t(kaitai::kstream* p__io, ivshmem_protocol_t* p__parent, ivshmem_protocol_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_is_peer_id = false;
    f_is_shared_memory = false;
    f_is_valid = false;
    _read();
}

void ivshmem_protocol_t::message_t::_read() {
    m_value = m__io->read_s8le();
}

ivshmem_protocol_t::message_t::~message_t() {
    _clean_up();
}

void ivshmem_protocol_t::message_t::_clean_up() {
}

bool ivshmem_protocol_t::message_t::is_peer_id() {
    if (f_is_peer_id)
        return m_is_peer_id;
    f_is_peer_id = true;
    m_is_peer_id =  ((value() >= 0) && (value() <= 65535)) ;
    return m_is_peer_id;
}

bool ivshmem_protocol_t::message_t::is_shared_memory() {
    if (f_is_shared_memory)
        return m_is_shared_memory;
    f_is_shared_memory = true;
    m_is_shared_memory = value() == -1;
    return m_is_shared_memory;
}

bool ivshmem_protocol_t::message_t::is_valid() {
    if (f_is_valid)
        return m_is_valid;
    f_is_valid = true;
    m_is_valid =  ((value() >= -1) && (value() <= 65535)) ;
    return m_is_valid;
}
