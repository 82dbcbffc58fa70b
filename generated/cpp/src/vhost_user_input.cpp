// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_input.h"
const std::set<vhost_user_input_t::config_select_t> vhost_user_input_t::_values_config_select_t{
    vhost_user_input_t::CONFIG_SELECT_UNSET,
    vhost_user_input_t::CONFIG_SELECT_ID_NAME,
    vhost_user_input_t::CONFIG_SELECT_ID_SERIAL,
    vhost_user_input_t::CONFIG_SELECT_ID_DEVIDS,
    vhost_user_input_t::CONFIG_SELECT_PROP_BITS,
    vhost_user_input_t::CONFIG_SELECT_EV_BITS,
    vhost_user_input_t::CONFIG_SELECT_ABS_INFO,
};
bool vhost_user_input_t::_is_defined_config_select_t(vhost_user_input_t::config_select_t v) {
    return vhost_user_input_t::_values_config_select_t.find(v) != vhost_user_input_t::_values_config_select_t.end();
}
const std::set<vhost_user_input_t::event_type_t> vhost_user_input_t::_values_event_type_t{
    vhost_user_input_t::EVENT_TYPE_SYN,
    vhost_user_input_t::EVENT_TYPE_KEY,
    vhost_user_input_t::EVENT_TYPE_REL,
    vhost_user_input_t::EVENT_TYPE_ABS,
    vhost_user_input_t::EVENT_TYPE_MSC,
    vhost_user_input_t::EVENT_TYPE_LED,
    vhost_user_input_t::EVENT_TYPE_REP,
};
bool vhost_user_input_t::_is_defined_event_type_t(vhost_user_input_t::event_type_t v) {
    return vhost_user_input_t::_values_event_type_t.find(v) != vhost_user_input_t::_values_event_type_t.end();
}

vhost_user_input_t::vhost_user_input_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_input_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m__io__raw_answer = nullptr;
    _read();
}

void vhost_user_input_t::_read() {
    m_select = static_cast<vhost_user_input_t::config_select_t>(m__io->read_u1());
    m_subsel = m__io->read_u1();
    m_len_answer = m__io->read_u1();
    m_reserved = m__io->read_bytes(5);
    n_answer = true;
    switch (select()) {
    case vhost_user_input_t::CONFIG_SELECT_ABS_INFO: {
        n_answer = false;
        m__raw_answer = m__io->read_bytes(128);
        m__io__raw_answer = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_answer));
        m_answer = std::unique_ptr<abs_info_t>(new abs_info_t(m__io__raw_answer.get(), this, m__root));
        break;
    }
    case vhost_user_input_t::CONFIG_SELECT_ID_DEVIDS: {
        n_answer = false;
        m__raw_answer = m__io->read_bytes(128);
        m__io__raw_answer = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_answer));
        m_answer = std::unique_ptr<devids_t>(new devids_t(m__io__raw_answer.get(), this, m__root));
        break;
    }
    default: {
        m__raw_answer = m__io->read_bytes(128);
        break;
    }
    }
}

vhost_user_input_t::~vhost_user_input_t() {
    _clean_up();
}

void vhost_user_input_t::_clean_up() {
    if (!n_answer) {
    }
}

vhost_user_input_t::abs_info_t::abs_info_t(kaitai::kstream* p__io, vhost_user_input_t* p__parent, vhost_user_input_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_input_t::abs_info_t::_read() {
    m_min = m__io->read_s4le();
    m_max = m__io->read_s4le();
    m_fuzz = m__io->read_s4le();
    m_flat = m__io->read_s4le();
    m_res = m__io->read_s4le();
}

vhost_user_input_t::abs_info_t::~abs_info_t() {
    _clean_up();
}

void vhost_user_input_t::abs_info_t::_clean_up() {
}

vhost_user_input_t::devids_t::devids_t(kaitai::kstream* p__io, vhost_user_input_t* p__parent, vhost_user_input_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_input_t::devids_t::_read() {
    m_bustype = m__io->read_u2le();
    m_vendor = m__io->read_u2le();
    m_product = m__io->read_u2le();
    m_version = m__io->read_u2le();
}

vhost_user_input_t::devids_t::~devids_t() {
    _clean_up();
}

void vhost_user_input_t::devids_t::_clean_up() {
}

vhost_user_input_t::event_t::event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_input_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_input_t::event_t::_read() {
    m_type = static_cast<vhost_user_input_t::event_type_t>(m__io->read_u2le());
    m_code = m__io->read_u2le();
    m_value = m__io->read_s4le();
}

vhost_user_input_t::event_t::~event_t() {
    _clean_up();
}

void vhost_user_input_t::event_t::_clean_up() {
}
