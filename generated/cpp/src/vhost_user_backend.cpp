// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_backend.h"
const std::set<vhost_user_backend_t::backend_request_t> vhost_user_backend_t::_values_backend_request_t{
    vhost_user_backend_t::BACKEND_REQUEST_IOTLB_MSG,
    vhost_user_backend_t::BACKEND_REQUEST_CONFIG_CHANGE_MSG,
    vhost_user_backend_t::BACKEND_REQUEST_VRING_HOST_NOTIFIER_MSG,
    vhost_user_backend_t::BACKEND_REQUEST_VRING_CALL,
    vhost_user_backend_t::BACKEND_REQUEST_VRING_ERR,
    vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_ADD,
    vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_REMOVE,
    vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_LOOKUP,
};
bool vhost_user_backend_t::_is_defined_backend_request_t(vhost_user_backend_t::backend_request_t v) {
    return vhost_user_backend_t::_values_backend_request_t.find(v) != vhost_user_backend_t::_values_backend_request_t.end();
}

vhost_user_backend_t::vhost_user_backend_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_backend_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_flags = nullptr;
    m__io__raw_request_body = nullptr;
    m__io__raw_reply_body = nullptr;
    _read();
}

void vhost_user_backend_t::_read() {
    m_request = static_cast<vhost_user_backend_t::backend_request_t>(m__io->read_u4le());
    m_flags = std::unique_ptr<vhost_user_t::header_flags_t>(new vhost_user_t::header_flags_t(m__io));
    m_len_payload = m__io->read_u4le();
    n_request_body = true;
    if ( ((!(flags()->is_reply())) && (len_payload() != 0)) ) {
        n_request_body = false;
        n_request_body = true;
        switch (request()) {
        case vhost_user_backend_t::BACKEND_REQUEST_IOTLB_MSG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::iotlb_message_t>(new vhost_user_t::iotlb_message_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_ADD: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::shared_object_t>(new vhost_user_t::shared_object_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_LOOKUP: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::shared_object_t>(new vhost_user_t::shared_object_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_SHARED_OBJECT_REMOVE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::shared_object_t>(new vhost_user_t::shared_object_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_VRING_CALL: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::vring_state_t>(new vhost_user_t::vring_state_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_VRING_ERR: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::vring_state_t>(new vhost_user_t::vring_state_t(m__io__raw_request_body.get()));
            break;
        }
        case vhost_user_backend_t::BACKEND_REQUEST_VRING_HOST_NOTIFIER_MSG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vhost_user_t::vring_area_t>(new vhost_user_t::vring_area_t(m__io__raw_request_body.get()));
            break;
        }
        default: {
            m__raw_request_body = m__io->read_bytes(len_payload());
            break;
        }
        }
    }
    n_reply_body = true;
    if ( ((flags()->is_reply()) && (len_payload() != 0)) ) {
        n_reply_body = false;
        m__raw_reply_body = m__io->read_bytes(len_payload());
        m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
        m_reply_body = std::unique_ptr<vhost_user_t::u64_payload_t>(new vhost_user_t::u64_payload_t(m__io__raw_reply_body.get()));
    }
}

vhost_user_backend_t::~vhost_user_backend_t() {
    _clean_up();
}

void vhost_user_backend_t::_clean_up() {
    if (!n_request_body) {
    }
    if (!n_reply_body) {
    }
}
