// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user.h"
const std::set<vhost_user_t::config_flags_t> vhost_user_t::_values_config_flags_t{
    vhost_user_t::CONFIG_FLAGS_WRITABLE,
    vhost_user_t::CONFIG_FLAGS_LIVE_MIGRATION,
};
bool vhost_user_t::_is_defined_config_flags_t(vhost_user_t::config_flags_t v) {
    return vhost_user_t::_values_config_flags_t.find(v) != vhost_user_t::_values_config_flags_t.end();
}
const std::set<vhost_user_t::crypto_op_t> vhost_user_t::_values_crypto_op_t{
    vhost_user_t::CRYPTO_OP_CIPHER_CREATE_SESSION,
    vhost_user_t::CRYPTO_OP_HASH_CREATE_SESSION,
    vhost_user_t::CRYPTO_OP_MAC_CREATE_SESSION,
    vhost_user_t::CRYPTO_OP_AEAD_CREATE_SESSION,
    vhost_user_t::CRYPTO_OP_AKCIPHER_CREATE_SESSION,
};
bool vhost_user_t::_is_defined_crypto_op_t(vhost_user_t::crypto_op_t v) {
    return vhost_user_t::_values_crypto_op_t.find(v) != vhost_user_t::_values_crypto_op_t.end();
}
const std::set<vhost_user_t::front_end_request_t> vhost_user_t::_values_front_end_request_t{
    vhost_user_t::FRONT_END_REQUEST_GET_FEATURES,
    vhost_user_t::FRONT_END_REQUEST_SET_FEATURES,
    vhost_user_t::FRONT_END_REQUEST_SET_OWNER,
    vhost_user_t::FRONT_END_REQUEST_RESET_OWNER,
    vhost_user_t::FRONT_END_REQUEST_SET_MEM_TABLE,
    vhost_user_t::FRONT_END_REQUEST_SET_LOG_BASE,
    vhost_user_t::FRONT_END_REQUEST_SET_LOG_FD,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_NUM,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_ADDR,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_BASE,
    vhost_user_t::FRONT_END_REQUEST_GET_VRING_BASE,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_KICK,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_CALL,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_ERR,
    vhost_user_t::FRONT_END_REQUEST_GET_PROTOCOL_FEATURES,
    vhost_user_t::FRONT_END_REQUEST_SET_PROTOCOL_FEATURES,
    vhost_user_t::FRONT_END_REQUEST_GET_QUEUE_NUM,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_ENABLE,
    vhost_user_t::FRONT_END_REQUEST_SEND_RARP,
    vhost_user_t::FRONT_END_REQUEST_NET_SET_MTU,
    vhost_user_t::FRONT_END_REQUEST_SET_BACKEND_REQ_FD,
    vhost_user_t::FRONT_END_REQUEST_IOTLB_MSG,
    vhost_user_t::FRONT_END_REQUEST_SET_VRING_ENDIAN,
    vhost_user_t::FRONT_END_REQUEST_GET_CONFIG,
    vhost_user_t::FRONT_END_REQUEST_SET_CONFIG,
    vhost_user_t::FRONT_END_REQUEST_CREATE_CRYPTO_SESSION,
    vhost_user_t::FRONT_END_REQUEST_CLOSE_CRYPTO_SESSION,
    vhost_user_t::FRONT_END_REQUEST_POSTCOPY_ADVISE,
    vhost_user_t::FRONT_END_REQUEST_POSTCOPY_LISTEN,
    vhost_user_t::FRONT_END_REQUEST_POSTCOPY_END,
    vhost_user_t::FRONT_END_REQUEST_GET_INFLIGHT_FD,
    vhost_user_t::FRONT_END_REQUEST_SET_INFLIGHT_FD,
    vhost_user_t::FRONT_END_REQUEST_GPU_SET_SOCKET,
    vhost_user_t::FRONT_END_REQUEST_RESET_DEVICE,
    vhost_user_t::FRONT_END_REQUEST_VRING_KICK,
    vhost_user_t::FRONT_END_REQUEST_GET_MAX_MEM_SLOTS,
    vhost_user_t::FRONT_END_REQUEST_ADD_MEM_REG,
    vhost_user_t::FRONT_END_REQUEST_REM_MEM_REG,
    vhost_user_t::FRONT_END_REQUEST_SET_STATUS,
    vhost_user_t::FRONT_END_REQUEST_GET_STATUS,
    vhost_user_t::FRONT_END_REQUEST_GET_SHARED_OBJECT,
    vhost_user_t::FRONT_END_REQUEST_SET_DEVICE_STATE_FD,
    vhost_user_t::FRONT_END_REQUEST_CHECK_DEVICE_STATE,
};
bool vhost_user_t::_is_defined_front_end_request_t(vhost_user_t::front_end_request_t v) {
    return vhost_user_t::_values_front_end_request_t.find(v) != vhost_user_t::_values_front_end_request_t.end();
}
const std::set<vhost_user_t::iotlb_perm_t> vhost_user_t::_values_iotlb_perm_t{
    vhost_user_t::IOTLB_PERM_NONE,
    vhost_user_t::IOTLB_PERM_READ,
    vhost_user_t::IOTLB_PERM_WRITE,
    vhost_user_t::IOTLB_PERM_READ_WRITE,
};
bool vhost_user_t::_is_defined_iotlb_perm_t(vhost_user_t::iotlb_perm_t v) {
    return vhost_user_t::_values_iotlb_perm_t.find(v) != vhost_user_t::_values_iotlb_perm_t.end();
}
const std::set<vhost_user_t::iotlb_type_t> vhost_user_t::_values_iotlb_type_t{
    vhost_user_t::IOTLB_TYPE_MISS,
    vhost_user_t::IOTLB_TYPE_UPDATE,
    vhost_user_t::IOTLB_TYPE_INVALIDATE,
    vhost_user_t::IOTLB_TYPE_ACCESS_FAIL,
};
bool vhost_user_t::_is_defined_iotlb_type_t(vhost_user_t::iotlb_type_t v) {
    return vhost_user_t::_values_iotlb_type_t.find(v) != vhost_user_t::_values_iotlb_type_t.end();
}
const std::set<vhost_user_t::migration_phase_t> vhost_user_t::_values_migration_phase_t{
    vhost_user_t::MIGRATION_PHASE_STOPPED,
};
bool vhost_user_t::_is_defined_migration_phase_t(vhost_user_t::migration_phase_t v) {
    return vhost_user_t::_values_migration_phase_t.find(v) != vhost_user_t::_values_migration_phase_t.end();
}
const std::set<vhost_user_t::protocol_feature_t> vhost_user_t::_values_protocol_feature_t{
    vhost_user_t::PROTOCOL_FEATURE_MQ,
    vhost_user_t::PROTOCOL_FEATURE_LOG_SHMFD,
    vhost_user_t::PROTOCOL_FEATURE_RARP,
    vhost_user_t::PROTOCOL_FEATURE_REPLY_ACK,
    vhost_user_t::PROTOCOL_FEATURE_MTU,
    vhost_user_t::PROTOCOL_FEATURE_BACKEND_REQ,
    vhost_user_t::PROTOCOL_FEATURE_CROSS_ENDIAN,
    vhost_user_t::PROTOCOL_FEATURE_CRYPTO_SESSION,
    vhost_user_t::PROTOCOL_FEATURE_PAGEFAULT,
    vhost_user_t::PROTOCOL_FEATURE_CONFIG,
    vhost_user_t::PROTOCOL_FEATURE_BACKEND_SEND_FD,
    vhost_user_t::PROTOCOL_FEATURE_HOST_NOTIFIER,
    vhost_user_t::PROTOCOL_FEATURE_INFLIGHT_SHMFD,
    vhost_user_t::PROTOCOL_FEATURE_RESET_DEVICE,
    vhost_user_t::PROTOCOL_FEATURE_INBAND_NOTIFICATIONS,
    vhost_user_t::PROTOCOL_FEATURE_CONFIGURE_MEM_SLOTS,
    vhost_user_t::PROTOCOL_FEATURE_STATUS,
    vhost_user_t::PROTOCOL_FEATURE_XEN_MMAP,
    vhost_user_t::PROTOCOL_FEATURE_SHARED_OBJECT,
    vhost_user_t::PROTOCOL_FEATURE_DEVICE_STATE,
};
bool vhost_user_t::_is_defined_protocol_feature_t(vhost_user_t::protocol_feature_t v) {
    return vhost_user_t::_values_protocol_feature_t.find(v) != vhost_user_t::_values_protocol_feature_t.end();
}
const std::set<vhost_user_t::transfer_direction_t> vhost_user_t::_values_transfer_direction_t{
    vhost_user_t::TRANSFER_DIRECTION_SAVE,
    vhost_user_t::TRANSFER_DIRECTION_LOAD,
};
bool vhost_user_t::_is_defined_transfer_direction_t(vhost_user_t::transfer_direction_t v) {
    return vhost_user_t::_values_transfer_direction_t.find(v) != vhost_user_t::_values_transfer_direction_t.end();
}
const std::set<vhost_user_t::virtio_feature_t> vhost_user_t::_values_virtio_feature_t{
    vhost_user_t::VIRTIO_FEATURE_NOTIFY_ON_EMPTY,
    vhost_user_t::VIRTIO_FEATURE_LOG_ALL,
    vhost_user_t::VIRTIO_FEATURE_ANY_LAYOUT,
    vhost_user_t::VIRTIO_FEATURE_INDIRECT_DESC,
    vhost_user_t::VIRTIO_FEATURE_EVENT_IDX,
    vhost_user_t::VIRTIO_FEATURE_PROTOCOL_FEATURES,
    vhost_user_t::VIRTIO_FEATURE_VERSION1,
    vhost_user_t::VIRTIO_FEATURE_ACCESS_PLATFORM,
    vhost_user_t::VIRTIO_FEATURE_RING_PACKED,
    vhost_user_t::VIRTIO_FEATURE_IN_ORDER,
    vhost_user_t::VIRTIO_FEATURE_ORDER_PLATFORM,
    vhost_user_t::VIRTIO_FEATURE_SR_IOV,
    vhost_user_t::VIRTIO_FEATURE_NOTIFICATION_DATA,
    vhost_user_t::VIRTIO_FEATURE_NOTIF_CONFIG_DATA,
    vhost_user_t::VIRTIO_FEATURE_RING_RESET,
    vhost_user_t::VIRTIO_FEATURE_ADMIN_VQ,
};
bool vhost_user_t::_is_defined_virtio_feature_t(vhost_user_t::virtio_feature_t v) {
    return vhost_user_t::_values_virtio_feature_t.find(v) != vhost_user_t::_values_virtio_feature_t.end();
}

vhost_user_t::vhost_user_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_flags = nullptr;
    m__io__raw_request_body = nullptr;
    m__io__raw_reply_body = nullptr;
    _read();
}

void vhost_user_t::_read() {
    m_request = static_cast<vhost_user_t::front_end_request_t>(m__io->read_u4le());
    m_flags = std::unique_ptr<header_flags_t>(new header_flags_t(m__io, this, m__root));
    m_len_payload = m__io->read_u4le();
    n_request_body = true;
    if ( ((!(flags()->is_reply())) && (len_payload() != 0)) ) {
        n_request_body = false;
        n_request_body = true;
        switch (request()) {
        case vhost_user_t::FRONT_END_REQUEST_ADD_MEM_REG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<single_memory_region_t>(new single_memory_region_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_CLOSE_CRYPTO_SESSION: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<u64_payload_t>(new u64_payload_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_CREATE_CRYPTO_SESSION: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<crypto_session_t>(new crypto_session_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_CONFIG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<config_space_t>(new config_space_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_INFLIGHT_FD: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<inflight_description_t>(new inflight_description_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_SHARED_OBJECT: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<shared_object_t>(new shared_object_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_VRING_BASE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_IOTLB_MSG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<iotlb_message_t>(new iotlb_message_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_NET_SET_MTU: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<u64_payload_t>(new u64_payload_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_REM_MEM_REG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<single_memory_region_t>(new single_memory_region_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SEND_RARP: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<rarp_request_t>(new rarp_request_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_CONFIG: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<config_space_t>(new config_space_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_DEVICE_STATE_FD: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<device_state_transfer_t>(new device_state_transfer_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_FEATURES: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<virtio_features_t>(new virtio_features_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_INFLIGHT_FD: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<inflight_description_t>(new inflight_description_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_LOG_BASE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<log_description_t>(new log_description_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_MEM_TABLE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<memory_table_t>(new memory_table_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_PROTOCOL_FEATURES: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<protocol_features_t>(new protocol_features_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_STATUS: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<device_status_t>(new device_status_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_ADDR: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_address_t>(new vring_address_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_BASE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_CALL: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_file_t>(new vring_file_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_ENABLE: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_ENDIAN: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_ERR: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_file_t>(new vring_file_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_KICK: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_file_t>(new vring_file_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_VRING_NUM: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_VRING_KICK: {
            n_request_body = false;
            m__raw_request_body = m__io->read_bytes(len_payload());
            m__io__raw_request_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_request_body));
            m_request_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_request_body.get(), this, m__root));
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
        switch (request()) {
        case vhost_user_t::FRONT_END_REQUEST_ADD_MEM_REG: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<single_memory_region_t>(new single_memory_region_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_CREATE_CRYPTO_SESSION: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<crypto_session_t>(new crypto_session_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_CONFIG: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<config_space_t>(new config_space_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_FEATURES: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<virtio_features_t>(new virtio_features_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_INFLIGHT_FD: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<inflight_description_t>(new inflight_description_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_PROTOCOL_FEATURES: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<protocol_features_t>(new protocol_features_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_STATUS: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<device_status_t>(new device_status_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_GET_VRING_BASE: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<vring_state_t>(new vring_state_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_REM_MEM_REG: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<single_memory_region_t>(new single_memory_region_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_DEVICE_STATE_FD: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<device_state_result_t>(new device_state_result_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        case vhost_user_t::FRONT_END_REQUEST_SET_MEM_TABLE: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<memory_table_t>(new memory_table_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        default: {
            m__raw_reply_body = m__io->read_bytes(len_payload());
            m__io__raw_reply_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_reply_body));
            m_reply_body = std::unique_ptr<u64_payload_t>(new u64_payload_t(m__io__raw_reply_body.get(), this, m__root));
            break;
        }
        }
    }
}

vhost_user_t::~vhost_user_t() {
    _clean_up();
}

void vhost_user_t::_clean_up() {
    if (!n_request_body) {
    }
    if (!n_reply_body) {
    }
}

vhost_user_t::config_space_t::config_space_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::config_space_t::_read() {
    m_ofs_config = m__io->read_u4le();
    m_len_config = m__io->read_u4le();
    m_flags = static_cast<vhost_user_t::config_flags_t>(m__io->read_u4le());
    m_contents = m__io->read_bytes_full();
}

vhost_user_t::config_space_t::~config_space_t() {
    _clean_up();
}

void vhost_user_t::config_space_t::_clean_up() {
}

vhost_user_t::crypto_asym_session_t::crypto_asym_session_t(kaitai::kstream* p__io, vhost_user_t::crypto_session_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::crypto_asym_session_t::_read() {
    m_algo = m__io->read_u4le();
    m_key_type = m__io->read_u4le();
    m_len_key = m__io->read_u4le();
    m_padding = m__io->read_bytes(4);
    m_key_ptr = m__io->read_u8le();
    m_rsa_padding_algo = m__io->read_u4le();
    m_rsa_hash_algo = m__io->read_u4le();
    m_key = m__io->read_bytes(1024);
}

vhost_user_t::crypto_asym_session_t::~crypto_asym_session_t() {
    _clean_up();
}

void vhost_user_t::crypto_asym_session_t::_clean_up() {
}

vhost_user_t::crypto_session_t::crypto_session_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_session = nullptr;
    _read();
}

void vhost_user_t::crypto_session_t::_read() {
    m_op_code = static_cast<vhost_user_t::crypto_op_t>(m__io->read_u8le());
    switch (op_code()) {
    case vhost_user_t::CRYPTO_OP_AKCIPHER_CREATE_SESSION: {
        m__raw_session = m__io->read_bytes(1056);
        m__io__raw_session = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_session));
        m_session = std::unique_ptr<crypto_asym_session_t>(new crypto_asym_session_t(m__io__raw_session.get(), this, m__root));
        break;
    }
    default: {
        m__raw_session = m__io->read_bytes(1056);
        m__io__raw_session = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_session));
        m_session = std::unique_ptr<crypto_sym_session_t>(new crypto_sym_session_t(m__io__raw_session.get(), this, m__root));
        break;
    }
    }
    m_session_id = m__io->read_s8le();
}

vhost_user_t::crypto_session_t::~crypto_session_t() {
    _clean_up();
}

void vhost_user_t::crypto_session_t::_clean_up() {
}

vhost_user_t::crypto_sym_session_t::crypto_sym_session_t(kaitai::kstream* p__io, vhost_user_t::crypto_session_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::crypto_sym_session_t::_read() {
    m_cipher_alg = m__io->read_u4le();
    m_len_cipher_key = m__io->read_u4le();
    m_hash_alg = m__io->read_u4le();
    m_len_hash_result = m__io->read_u4le();
    m_len_auth_key = m__io->read_u4le();
    m_len_add = m__io->read_u4le();
    m_op_type = m__io->read_u1();
    m_direction = m__io->read_u1();
    m_hash_mode = m__io->read_u1();
    m_alg_chain_order = m__io->read_u1();
    m_padding = m__io->read_bytes(4);
    m_cipher_key_ptr = m__io->read_u8le();
    m_auth_key_ptr = m__io->read_u8le();
    m_cipher_key = m__io->read_bytes(64);
    m_auth_key = m__io->read_bytes(512);
}

vhost_user_t::crypto_sym_session_t::~crypto_sym_session_t() {
    _clean_up();
}

void vhost_user_t::crypto_sym_session_t::_clean_up() {
}

vhost_user_t::device_state_result_t::device_state_result_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::device_state_result_t::_read() {
    m_error = m__io->read_bits_int_le(8);
    m_no_fd = m__io->read_bits_int_le(1);
    m_reserved_lo = m__io->read_bits_int_le(23);
    m_reserved_hi = m__io->read_bits_int_le(32);
}

vhost_user_t::device_state_result_t::~device_state_result_t() {
    _clean_up();
}

void vhost_user_t::device_state_result_t::_clean_up() {
}

vhost_user_t::device_state_transfer_t::device_state_transfer_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::device_state_transfer_t::_read() {
    m_direction = static_cast<vhost_user_t::transfer_direction_t>(m__io->read_u4le());
    m_phase = static_cast<vhost_user_t::migration_phase_t>(m__io->read_u4le());
}

vhost_user_t::device_state_transfer_t::~device_state_transfer_t() {
    _clean_up();
}

void vhost_user_t::device_state_transfer_t::_clean_up() {
}

vhost_user_t::device_status_t::device_status_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::device_status_t::_read() {
    m_acknowledge = m__io->read_bits_int_le(1);
    m_driver = m__io->read_bits_int_le(1);
    m_driver_ok = m__io->read_bits_int_le(1);
    m_features_ok = m__io->read_bits_int_le(1);
    m_reserved_bit4 = m__io->read_bits_int_le(2);
    m_device_needs_reset = m__io->read_bits_int_le(1);
    m_failed = m__io->read_bits_int_le(1);
    m_reserved_lo = m__io->read_bits_int_le(24);
    m_reserved_hi = m__io->read_bits_int_le(32);
}

vhost_user_t::device_status_t::~device_status_t() {
    _clean_up();
}

void vhost_user_t::device_status_t::_clean_up() {
}

vhost_user_t::header_flags_t::header_flags_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::header_flags_t::_read() {
    m_version = m__io->read_bits_int_le(2);
    m_is_reply = m__io->read_bits_int_le(1);
    m_need_reply = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(28);
}

vhost_user_t::header_flags_t::~header_flags_t() {
    _clean_up();
}

void vhost_user_t::header_flags_t::_clean_up() {
}

vhost_user_t::inflight_description_t::inflight_description_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::inflight_description_t::_read() {
    m_mmap_size = m__io->read_u8le();
    m_mmap_offset = m__io->read_u8le();
    m_num_queues = m__io->read_u2le();
    m_queue_size = m__io->read_u2le();
    m_padding = m__io->read_bytes_full();
}

vhost_user_t::inflight_description_t::~inflight_description_t() {
    _clean_up();
}

void vhost_user_t::inflight_description_t::_clean_up() {
}

vhost_user_t::iotlb_message_t::iotlb_message_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::iotlb_message_t::_read() {
    m_iova = m__io->read_u8le();
    m_len_iova = m__io->read_u8le();
    m_user_addr = m__io->read_u8le();
    m_perm = static_cast<vhost_user_t::iotlb_perm_t>(m__io->read_u1());
    m_type = static_cast<vhost_user_t::iotlb_type_t>(m__io->read_u1());
    m_padding = m__io->read_bytes_full();
}

vhost_user_t::iotlb_message_t::~iotlb_message_t() {
    _clean_up();
}

void vhost_user_t::iotlb_message_t::_clean_up() {
}

vhost_user_t::log_description_t::log_description_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::log_description_t::_read() {
    m_log_size = m__io->read_u8le();
    m_log_offset = m__io->read_u8le();
}

vhost_user_t::log_description_t::~log_description_t() {
    _clean_up();
}

void vhost_user_t::log_description_t::_clean_up() {
}

vhost_user_t::memory_region_t::memory_region_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_xen_mmap_flags = nullptr;
    _read();
}

void vhost_user_t::memory_region_t::_read() {
    m_guest_addr = m__io->read_u8le();
    m_len_region = m__io->read_u8le();
    m_user_addr = m__io->read_u8le();
    m_mmap_offset = m__io->read_u8le();
    n_xen_mmap_flags = true;
    if (_io()->size() >= 40) {
        n_xen_mmap_flags = false;
        m_xen_mmap_flags = std::unique_ptr<xen_mmap_flags_t>(new xen_mmap_flags_t(m__io, this, m__root));
    }
    n_domid = true;
    if (_io()->size() >= 40) {
        n_domid = false;
        m_domid = m__io->read_u4le();
    }
}

vhost_user_t::memory_region_t::~memory_region_t() {
    _clean_up();
}

void vhost_user_t::memory_region_t::_clean_up() {
    if (!n_xen_mmap_flags) {
    }
    if (!n_domid) {
    }
}

vhost_user_t::memory_table_t::memory_table_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_regions = nullptr;
    m__raw_regions = nullptr;
    m__io__raw_regions = nullptr;
    f_len_regions = false;
    _read();
}

void vhost_user_t::memory_table_t::_read() {
    m_num_regions = m__io->read_u4le();
    m_padding = m__io->read_u4le();
    m__raw_regions = std::unique_ptr<std::vector<std::string>>(new std::vector<std::string>());
    m__io__raw_regions = std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstream>>>(new std::vector<std::unique_ptr<kaitai::kstream>>());
    m_regions = std::unique_ptr<std::vector<std::unique_ptr<memory_region_t>>>(new std::vector<std::unique_ptr<memory_region_t>>());
    const int l_regions = num_regions();
    for (int i = 0; i < l_regions; i++) {
        m__raw_regions->push_back(std::move(m__io->read_bytes(len_regions())));
        kaitai::kstream* io__raw_regions = new kaitai::kstream(m__raw_regions->at(m__raw_regions->size() - 1));
        m__io__raw_regions->emplace_back(io__raw_regions);
        m_regions->push_back(std::move(std::unique_ptr<memory_region_t>(new memory_region_t(io__raw_regions, this, m__root))));
    }
}

vhost_user_t::memory_table_t::~memory_table_t() {
    _clean_up();
}

void vhost_user_t::memory_table_t::_clean_up() {
}

int8_t vhost_user_t::memory_table_t::len_regions() {
    if (f_len_regions)
        return m_len_regions;
    f_len_regions = true;
    m_len_regions = (( ((num_regions() > 0) && (_io()->size() - 8 >= 40 * static_cast<int64_t>(num_regions()))) ) ? (40) : (32));
    return m_len_regions;
}

vhost_user_t::protocol_features_t::protocol_features_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::protocol_features_t::_read() {
    m_mq = m__io->read_bits_int_le(1);
    m_log_shmfd = m__io->read_bits_int_le(1);
    m_rarp = m__io->read_bits_int_le(1);
    m_reply_ack = m__io->read_bits_int_le(1);
    m_mtu = m__io->read_bits_int_le(1);
    m_backend_req = m__io->read_bits_int_le(1);
    m_cross_endian = m__io->read_bits_int_le(1);
    m_crypto_session = m__io->read_bits_int_le(1);
    m_pagefault = m__io->read_bits_int_le(1);
    m_config = m__io->read_bits_int_le(1);
    m_backend_send_fd = m__io->read_bits_int_le(1);
    m_host_notifier = m__io->read_bits_int_le(1);
    m_inflight_shmfd = m__io->read_bits_int_le(1);
    m_reset_device = m__io->read_bits_int_le(1);
    m_inband_notifications = m__io->read_bits_int_le(1);
    m_configure_mem_slots = m__io->read_bits_int_le(1);
    m_status = m__io->read_bits_int_le(1);
    m_xen_mmap = m__io->read_bits_int_le(1);
    m_shared_object = m__io->read_bits_int_le(1);
    m_device_state = m__io->read_bits_int_le(1);
    m_reserved_lo = m__io->read_bits_int_le(12);
    m_reserved_hi = m__io->read_bits_int_le(32);
}

vhost_user_t::protocol_features_t::~protocol_features_t() {
    _clean_up();
}

void vhost_user_t::protocol_features_t::_clean_up() {
}

vhost_user_t::rarp_request_t::rarp_request_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::rarp_request_t::_read() {
    m_mac = m__io->read_bytes(6);
    m_padding = m__io->read_bytes(2);
}

vhost_user_t::rarp_request_t::~rarp_request_t() {
    _clean_up();
}

void vhost_user_t::rarp_request_t::_clean_up() {
}

vhost_user_t::shared_object_t::shared_object_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::shared_object_t::_read() {
    m_time_low = m__io->read_u4be();
    m_time_mid = m__io->read_u2be();
    m_time_hi_and_version = m__io->read_u2be();
    m_clock_seq_and_node = m__io->read_bytes(8);
}

vhost_user_t::shared_object_t::~shared_object_t() {
    _clean_up();
}

void vhost_user_t::shared_object_t::_clean_up() {
}

vhost_user_t::single_memory_region_t::single_memory_region_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_region = nullptr;
    m__io__raw_region = nullptr;
    _read();
}

void vhost_user_t::single_memory_region_t::_read() {
    m_padding = m__io->read_u8le();
    m__raw_region = m__io->read_bytes_full();
    m__io__raw_region = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_region));
    m_region = std::unique_ptr<memory_region_t>(new memory_region_t(m__io__raw_region.get(), this, m__root));
}

vhost_user_t::single_memory_region_t::~single_memory_region_t() {
    _clean_up();
}

void vhost_user_t::single_memory_region_t::_clean_up() {
}

vhost_user_t::u64_payload_t::u64_payload_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::u64_payload_t::_read() {
    m_value = m__io->read_u8le();
}

vhost_user_t::u64_payload_t::~u64_payload_t() {
    _clean_up();
}

void vhost_user_t::u64_payload_t::_clean_up() {
}

vhost_user_t::virtio_features_t::virtio_features_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::virtio_features_t::_read() {
    m_device_bits_lo = m__io->read_bits_int_le(24);
    m_notify_on_empty = m__io->read_bits_int_le(1);
    m_reserved_bit25 = m__io->read_bits_int_le(1);
    m_log_all = m__io->read_bits_int_le(1);
    m_any_layout = m__io->read_bits_int_le(1);
    m_indirect_desc = m__io->read_bits_int_le(1);
    m_event_idx = m__io->read_bits_int_le(1);
    m_protocol_features = m__io->read_bits_int_le(1);
    m_reserved_bit31 = m__io->read_bits_int_le(1);
    m_version1 = m__io->read_bits_int_le(1);
    m_access_platform = m__io->read_bits_int_le(1);
    m_ring_packed = m__io->read_bits_int_le(1);
    m_in_order = m__io->read_bits_int_le(1);
    m_order_platform = m__io->read_bits_int_le(1);
    m_sr_iov = m__io->read_bits_int_le(1);
    m_notification_data = m__io->read_bits_int_le(1);
    m_notif_config_data = m__io->read_bits_int_le(1);
    m_ring_reset = m__io->read_bits_int_le(1);
    m_admin_vq = m__io->read_bits_int_le(1);
    m_reserved_bit42 = m__io->read_bits_int_le(8);
    m_device_bits_hi = m__io->read_bits_int_le(14);
}

vhost_user_t::virtio_features_t::~virtio_features_t() {
    _clean_up();
}

void vhost_user_t::virtio_features_t::_clean_up() {
}

vhost_user_t::vring_address_t::vring_address_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    _read();
}

void vhost_user_t::vring_address_t::_read() {
    m_index = m__io->read_u4le();
    m_flags = std::unique_ptr<vring_address_flags_t>(new vring_address_flags_t(m__io, this, m__root));
    m_desc_user_addr = m__io->read_u8le();
    m_used_user_addr = m__io->read_u8le();
    m_avail_user_addr = m__io->read_u8le();
    m_log_guest_addr = m__io->read_u8le();
}

vhost_user_t::vring_address_t::~vring_address_t() {
    _clean_up();
}

void vhost_user_t::vring_address_t::_clean_up() {
}

vhost_user_t::vring_address_flags_t::vring_address_flags_t(kaitai::kstream* p__io, vhost_user_t::vring_address_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::vring_address_flags_t::_read() {
    m_log = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(31);
}

vhost_user_t::vring_address_flags_t::~vring_address_flags_t() {
    _clean_up();
}

void vhost_user_t::vring_address_flags_t::_clean_up() {
}

vhost_user_t::vring_area_t::vring_area_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_queue = nullptr;
    _read();
}

void vhost_user_t::vring_area_t::_read() {
    m_queue = std::unique_ptr<vring_file_t>(new vring_file_t(m__io, this, m__root));
    m_len_area = m__io->read_u8le();
    m_ofs_area = m__io->read_u8le();
}

vhost_user_t::vring_area_t::~vring_area_t() {
    _clean_up();
}

void vhost_user_t::vring_area_t::_clean_up() {
}

vhost_user_t::vring_file_t::vring_file_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::vring_file_t::_read() {
    m_index = m__io->read_bits_int_le(8);
    m_no_fd = m__io->read_bits_int_le(1);
    m_reserved_lo = m__io->read_bits_int_le(23);
    m_reserved_hi = m__io->read_bits_int_le(32);
}

vhost_user_t::vring_file_t::~vring_file_t() {
    _clean_up();
}

void vhost_user_t::vring_file_t::_clean_up() {
}

vhost_user_t::vring_state_t::vring_state_t(kaitai::kstream* p__io, vhost_user_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_packed_avail_index = false;
    f_packed_avail_wrap = false;
    f_packed_used_index = false;
    f_packed_used_wrap = false;
    f_split_avail_index = false;
    _read();
}

void vhost_user_t::vring_state_t::_read() {
    m_index = m__io->read_u4le();
    m_num = m__io->read_u4le();
}

vhost_user_t::vring_state_t::~vring_state_t() {
    _clean_up();
}

void vhost_user_t::vring_state_t::_clean_up() {
}

int32_t vhost_user_t::vring_state_t::packed_avail_index() {
    if (f_packed_avail_index)
        return m_packed_avail_index;
    f_packed_avail_index = true;
    m_packed_avail_index = kaitai::kstream::mod(num(), 32768);
    return m_packed_avail_index;
}

int32_t vhost_user_t::vring_state_t::packed_avail_wrap() {
    if (f_packed_avail_wrap)
        return m_packed_avail_wrap;
    f_packed_avail_wrap = true;
    m_packed_avail_wrap = kaitai::kstream::mod(num() / 32768, 2);
    return m_packed_avail_wrap;
}

int32_t vhost_user_t::vring_state_t::packed_used_index() {
    if (f_packed_used_index)
        return m_packed_used_index;
    f_packed_used_index = true;
    m_packed_used_index = kaitai::kstream::mod(num() / 65536, 32768);
    return m_packed_used_index;
}

int32_t vhost_user_t::vring_state_t::packed_used_wrap() {
    if (f_packed_used_wrap)
        return m_packed_used_wrap;
    f_packed_used_wrap = true;
    m_packed_used_wrap = num() / 2147483648UL;
    return m_packed_used_wrap;
}

int32_t vhost_user_t::vring_state_t::split_avail_index() {
    if (f_split_avail_index)
        return m_split_avail_index;
    f_split_avail_index = true;
    m_split_avail_index = kaitai::kstream::mod(num(), 65536);
    return m_split_avail_index;
}

vhost_user_t::xen_mmap_flags_t::xen_mmap_flags_t(kaitai::kstream* p__io, vhost_user_t::memory_region_t* p__parent, vhost_user_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_t::xen_mmap_flags_t::_read() {
    m_foreign = m__io->read_bits_int_le(1);
    m_grant = m__io->read_bits_int_le(1);
    m_reserved_bit2 = m__io->read_bits_int_le(6);
    m_map_on_demand = m__io->read_bits_int_le(1);
    m_reserved_bit9 = m__io->read_bits_int_le(23);
}

vhost_user_t::xen_mmap_flags_t::~xen_mmap_flags_t() {
    _clean_up();
}

void vhost_user_t::xen_mmap_flags_t::_clean_up() {
}
