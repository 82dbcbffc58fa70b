// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "luks.h"
#include "kaitai/exceptions.h"
const std::set<luks_t::key_slot_state_t> luks_t::_values_key_slot_state_t{
    luks_t::KEY_SLOT_STATE_DISABLED,
    luks_t::KEY_SLOT_STATE_ENABLED,
};
bool luks_t::_is_defined_key_slot_state_t(luks_t::key_slot_state_t v) {
    return luks_t::_values_key_slot_state_t.find(v) != luks_t::_values_key_slot_state_t.end();
}

luks_t::luks_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, luks_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_key_slots = nullptr;
    _read();
}

void luks_t::_read() {
    m_magic = m__io->read_bytes(6);
    if (!(m_magic == std::string("\x4C\x55\x4B\x53\xBA\xBE", 6))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x4C\x55\x4B\x53\xBA\xBE", 6), m_magic, m__io, std::string("/seq/0"));
    }
    m_version = m__io->read_u2be();
    if (!(m_version == 1)) {
        throw kaitai::validation_not_equal_error<uint16_t>(1, m_version, m__io, std::string("/seq/1"));
    }
    m_cipher_name = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(32), 0, false), "ASCII");
    m_cipher_mode = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(32), 0, false), "ASCII");
    m_hash_spec = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(32), 0, false), "ASCII");
    m_ofs_payload = m__io->read_u4be();
    m_len_key = m__io->read_u4be();
    m_master_key_digest = m__io->read_bytes(20);
    m_master_key_salt = m__io->read_bytes(32);
    m_master_key_iterations = m__io->read_u4be();
    m_uuid = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(40), 0, false), "ASCII");
    m_key_slots = std::unique_ptr<std::vector<std::unique_ptr<key_slot_t>>>(new std::vector<std::unique_ptr<key_slot_t>>());
    const int l_key_slots = 8;
    for (int i = 0; i < l_key_slots; i++) {
        m_key_slots->push_back(std::move(std::unique_ptr<key_slot_t>(new key_slot_t(m__io, this, m__root))));
    }
}

luks_t::~luks_t() {
    _clean_up();
}

void luks_t::_clean_up() {
}

luks_t::key_slot_t::key_slot_t(kaitai::kstream* p__io, luks_t* p__parent, luks_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_is_active = false;
    f_key_material = false;
    f_len_key_material = false;
    _read();
}

void luks_t::key_slot_t::_read() {
    m_active = static_cast<luks_t::key_slot_state_t>(m__io->read_u4be());
    m_iterations = m__io->read_u4be();
    m_salt = m__io->read_bytes(32);
    m_ofs_key_material = m__io->read_u4be();
    m_stripes = m__io->read_u4be();
}

luks_t::key_slot_t::~key_slot_t() {
    _clean_up();
}

void luks_t::key_slot_t::_clean_up() {
    if (f_key_material && !n_key_material) {
    }
}

bool luks_t::key_slot_t::is_active() {
    if (f_is_active)
        return m_is_active;
    f_is_active = true;
    m_is_active = active() == luks_t::KEY_SLOT_STATE_ENABLED;
    return m_is_active;
}

std::string luks_t::key_slot_t::key_material() {
    if (f_key_material)
        return m_key_material;
    f_key_material = true;
    n_key_material = true;
    if (is_active()) {
        n_key_material = false;
        kaitai::kstream *io = _root()->_io();
        std::streampos _pos = io->pos();
        io->seek(static_cast<int64_t>(ofs_key_material()) * 512);
        m_key_material = io->read_bytes(len_key_material());
        io->seek(_pos);
    }
    return m_key_material;
}

int32_t luks_t::key_slot_t::len_key_material() {
    if (f_len_key_material)
        return m_len_key_material;
    f_len_key_material = true;
    m_len_key_material = static_cast<int64_t>(_root()->len_key()) * static_cast<int64_t>(stripes());
    return m_len_key_material;
}
