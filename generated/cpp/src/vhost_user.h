#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * vhost-user lets a virtio device live in another process. The front-end
 * (QEMU) owns the virtqueues and the guest memory; the back-end (a storage
 * daemon, a software switch) processes the queues. The two talk over a
 * UNIX stream socket: the front-end sends requests, the back-end answers
 * some of them. File descriptors (guest memory, eventfds, sockets) travel
 * next to a message as SCM_RIGHTS ancillary data, never inside it.
 * 
 * Every message is a 12-byte header (request id, flags, payload size)
 * followed by `len_payload` bytes of payload. Numbers are in the byte order
 * of the host both processes run on; this spec reads them little-endian (x86,
 * Arm, RISC-V hosts).
 * 
 * This spec reads one message of the main channel, in either direction. The
 * header's reply bit says whether it is a front-end request or a back-end
 * reply, and the request id picks the payload layout. The back-end's own
 * channel (`vhost_user_backend`) reuses the header flags and the payloads
 * defined here.
 * 
 * Each value of `front_end_request` also says, in the custom keys `-fds`
 * and `-reply`, how many file descriptors the request carries and when the
 * back-end answers it:
 * 
 * | `-fds` | meaning |
 * |---|---|
 * | none | no descriptor |
 * | one | exactly one |
 * | one_unless_no_fd | one, or none when the payload's `no_fd` bit is set |
 * | one_per_region | one per memory region of the payload, in the same order |
 * | one_if_log_shmfd | one when the LOG_SHMFD protocol feature was negotiated, else none |
 * | none_or_one_ignored | none; a back-end may accept one and must close it unused |
 * 
 * | `-reply` | meaning |
 * |---|---|
 * | always | the back-end always replies (the reply payload is in `reply_body`) |
 * | with_log_shmfd | the back-end replies when LOG_SHMFD was negotiated |
 * | ack | the back-end replies (a u64, zero for success) only when the request has `need_reply` set, which a front-end does only after negotiating REPLY_ACK |
 * | ack_or_postcopy | as ack; after POSTCOPY_LISTEN the back-end replies with the regions it mapped instead |
 * 
 * `-reply-fds` names the descriptors a reply carries, when it can carry any.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification Source
 */

class vhost_user_t : public kaitai::kstruct {

public:
    class config_space_t;
    class crypto_asym_session_t;
    class crypto_session_t;
    class crypto_sym_session_t;
    class device_state_result_t;
    class device_state_transfer_t;
    class device_status_t;
    class header_flags_t;
    class inflight_description_t;
    class iotlb_message_t;
    class log_description_t;
    class memory_region_t;
    class memory_table_t;
    class protocol_features_t;
    class rarp_request_t;
    class shared_object_t;
    class single_memory_region_t;
    class u64_payload_t;
    class virtio_features_t;
    class vring_address_t;
    class vring_address_flags_t;
    class vring_area_t;
    class vring_file_t;
    class vring_state_t;
    class xen_mmap_flags_t;

    enum config_flags_t {
        CONFIG_FLAGS_WRITABLE = 0,
        CONFIG_FLAGS_LIVE_MIGRATION = 1
    };
    static bool _is_defined_config_flags_t(config_flags_t v);

private:
    static const std::set<config_flags_t> _values_config_flags_t;

public:

    enum crypto_op_t {
        CRYPTO_OP_CIPHER_CREATE_SESSION = 2,
        CRYPTO_OP_HASH_CREATE_SESSION = 258,
        CRYPTO_OP_MAC_CREATE_SESSION = 514,
        CRYPTO_OP_AEAD_CREATE_SESSION = 770,
        CRYPTO_OP_AKCIPHER_CREATE_SESSION = 1026
    };
    static bool _is_defined_crypto_op_t(crypto_op_t v);

private:
    static const std::set<crypto_op_t> _values_crypto_op_t;

public:

    enum front_end_request_t {
        FRONT_END_REQUEST_GET_FEATURES = 1,
        FRONT_END_REQUEST_SET_FEATURES = 2,
        FRONT_END_REQUEST_SET_OWNER = 3,
        FRONT_END_REQUEST_RESET_OWNER = 4,
        FRONT_END_REQUEST_SET_MEM_TABLE = 5,
        FRONT_END_REQUEST_SET_LOG_BASE = 6,
        FRONT_END_REQUEST_SET_LOG_FD = 7,
        FRONT_END_REQUEST_SET_VRING_NUM = 8,
        FRONT_END_REQUEST_SET_VRING_ADDR = 9,
        FRONT_END_REQUEST_SET_VRING_BASE = 10,
        FRONT_END_REQUEST_GET_VRING_BASE = 11,
        FRONT_END_REQUEST_SET_VRING_KICK = 12,
        FRONT_END_REQUEST_SET_VRING_CALL = 13,
        FRONT_END_REQUEST_SET_VRING_ERR = 14,
        FRONT_END_REQUEST_GET_PROTOCOL_FEATURES = 15,
        FRONT_END_REQUEST_SET_PROTOCOL_FEATURES = 16,
        FRONT_END_REQUEST_GET_QUEUE_NUM = 17,
        FRONT_END_REQUEST_SET_VRING_ENABLE = 18,
        FRONT_END_REQUEST_SEND_RARP = 19,
        FRONT_END_REQUEST_NET_SET_MTU = 20,
        FRONT_END_REQUEST_SET_BACKEND_REQ_FD = 21,
        FRONT_END_REQUEST_IOTLB_MSG = 22,
        FRONT_END_REQUEST_SET_VRING_ENDIAN = 23,
        FRONT_END_REQUEST_GET_CONFIG = 24,
        FRONT_END_REQUEST_SET_CONFIG = 25,
        FRONT_END_REQUEST_CREATE_CRYPTO_SESSION = 26,
        FRONT_END_REQUEST_CLOSE_CRYPTO_SESSION = 27,
        FRONT_END_REQUEST_POSTCOPY_ADVISE = 28,
        FRONT_END_REQUEST_POSTCOPY_LISTEN = 29,
        FRONT_END_REQUEST_POSTCOPY_END = 30,
        FRONT_END_REQUEST_GET_INFLIGHT_FD = 31,
        FRONT_END_REQUEST_SET_INFLIGHT_FD = 32,
        FRONT_END_REQUEST_GPU_SET_SOCKET = 33,
        FRONT_END_REQUEST_RESET_DEVICE = 34,
        FRONT_END_REQUEST_VRING_KICK = 35,
        FRONT_END_REQUEST_GET_MAX_MEM_SLOTS = 36,
        FRONT_END_REQUEST_ADD_MEM_REG = 37,
        FRONT_END_REQUEST_REM_MEM_REG = 38,
        FRONT_END_REQUEST_SET_STATUS = 39,
        FRONT_END_REQUEST_GET_STATUS = 40,
        FRONT_END_REQUEST_GET_SHARED_OBJECT = 41,
        FRONT_END_REQUEST_SET_DEVICE_STATE_FD = 42,
        FRONT_END_REQUEST_CHECK_DEVICE_STATE = 43
    };
    static bool _is_defined_front_end_request_t(front_end_request_t v);

private:
    static const std::set<front_end_request_t> _values_front_end_request_t;

public:

    enum iotlb_perm_t {
        IOTLB_PERM_NONE = 0,
        IOTLB_PERM_READ = 1,
        IOTLB_PERM_WRITE = 2,
        IOTLB_PERM_READ_WRITE = 3
    };
    static bool _is_defined_iotlb_perm_t(iotlb_perm_t v);

private:
    static const std::set<iotlb_perm_t> _values_iotlb_perm_t;

public:

    enum iotlb_type_t {
        IOTLB_TYPE_MISS = 1,
        IOTLB_TYPE_UPDATE = 2,
        IOTLB_TYPE_INVALIDATE = 3,
        IOTLB_TYPE_ACCESS_FAIL = 4
    };
    static bool _is_defined_iotlb_type_t(iotlb_type_t v);

private:
    static const std::set<iotlb_type_t> _values_iotlb_type_t;

public:

    enum migration_phase_t {
        MIGRATION_PHASE_STOPPED = 0
    };
    static bool _is_defined_migration_phase_t(migration_phase_t v);

private:
    static const std::set<migration_phase_t> _values_migration_phase_t;

public:

    enum protocol_feature_t {
        PROTOCOL_FEATURE_MQ = 0,
        PROTOCOL_FEATURE_LOG_SHMFD = 1,
        PROTOCOL_FEATURE_RARP = 2,
        PROTOCOL_FEATURE_REPLY_ACK = 3,
        PROTOCOL_FEATURE_MTU = 4,
        PROTOCOL_FEATURE_BACKEND_REQ = 5,
        PROTOCOL_FEATURE_CROSS_ENDIAN = 6,
        PROTOCOL_FEATURE_CRYPTO_SESSION = 7,
        PROTOCOL_FEATURE_PAGEFAULT = 8,
        PROTOCOL_FEATURE_CONFIG = 9,
        PROTOCOL_FEATURE_BACKEND_SEND_FD = 10,
        PROTOCOL_FEATURE_HOST_NOTIFIER = 11,
        PROTOCOL_FEATURE_INFLIGHT_SHMFD = 12,
        PROTOCOL_FEATURE_RESET_DEVICE = 13,
        PROTOCOL_FEATURE_INBAND_NOTIFICATIONS = 14,
        PROTOCOL_FEATURE_CONFIGURE_MEM_SLOTS = 15,
        PROTOCOL_FEATURE_STATUS = 16,
        PROTOCOL_FEATURE_XEN_MMAP = 17,
        PROTOCOL_FEATURE_SHARED_OBJECT = 18,
        PROTOCOL_FEATURE_DEVICE_STATE = 19
    };
    static bool _is_defined_protocol_feature_t(protocol_feature_t v);

private:
    static const std::set<protocol_feature_t> _values_protocol_feature_t;

public:

    enum transfer_direction_t {
        TRANSFER_DIRECTION_SAVE = 0,
        TRANSFER_DIRECTION_LOAD = 1
    };
    static bool _is_defined_transfer_direction_t(transfer_direction_t v);

private:
    static const std::set<transfer_direction_t> _values_transfer_direction_t;

public:

    enum virtio_feature_t {
        VIRTIO_FEATURE_NOTIFY_ON_EMPTY = 24,
        VIRTIO_FEATURE_LOG_ALL = 26,
        VIRTIO_FEATURE_ANY_LAYOUT = 27,
        VIRTIO_FEATURE_INDIRECT_DESC = 28,
        VIRTIO_FEATURE_EVENT_IDX = 29,
        VIRTIO_FEATURE_PROTOCOL_FEATURES = 30,
        VIRTIO_FEATURE_VERSION1 = 32,
        VIRTIO_FEATURE_ACCESS_PLATFORM = 33,
        VIRTIO_FEATURE_RING_PACKED = 34,
        VIRTIO_FEATURE_IN_ORDER = 35,
        VIRTIO_FEATURE_ORDER_PLATFORM = 36,
        VIRTIO_FEATURE_SR_IOV = 37,
        VIRTIO_FEATURE_NOTIFICATION_DATA = 38,
        VIRTIO_FEATURE_NOTIF_CONFIG_DATA = 39,
        VIRTIO_FEATURE_RING_RESET = 40,
        VIRTIO_FEATURE_ADMIN_VQ = 41
    };
    static bool _is_defined_virtio_feature_t(virtio_feature_t v);

private:
    static const std::set<virtio_feature_t> _values_virtio_feature_t;

public:

    vhost_user_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_t();

    /**
     * GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
     * virtio device's configuration space, at most 256 bytes. A GET_CONFIG
     * request carries `len_config` placeholder bytes; the reply carries the
     * contents (or no payload at all on error).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space Source
     */

    class config_space_t : public kaitai::kstruct {

    public:

        config_space_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~config_space_t();

    private:
        uint32_t m_ofs_config;
        uint32_t m_len_config;
        config_flags_t m_flags;
        std::string m_contents;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Offset in the configuration space.
         */
        uint32_t ofs_config() const { return m_ofs_config; }

        /**
         * Number of bytes.
         */
        uint32_t len_config() const { return m_len_config; }

        /**
         * Why the front-end writes.
         */
        config_flags_t flags() const { return m_flags; }

        /**
         * The bytes (normally `len_config` of them).
         */
        std::string contents() const { return m_contents; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * Asymmetric (akcipher) session - algorithm, key type and the key.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class crypto_asym_session_t : public kaitai::kstruct {

    public:

        crypto_asym_session_t(kaitai::kstream* p__io, vhost_user_t::crypto_session_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~crypto_asym_session_t();

    private:
        uint32_t m_algo;
        uint32_t m_key_type;
        uint32_t m_len_key;
        std::string m_padding;
        uint64_t m_key_ptr;
        uint32_t m_rsa_padding_algo;
        uint32_t m_rsa_hash_algo;
        std::string m_key;
        vhost_user_t* m__root;
        vhost_user_t::crypto_session_t* m__parent;

    public:

        /**
         * Algorithm (RSA, ECDSA; virtio-crypto numbering).
         */
        uint32_t algo() const { return m_algo; }

        /**
         * Public or private key.
         */
        uint32_t key_type() const { return m_key_type; }

        /**
         * Key length.
         */
        uint32_t len_key() const { return m_len_key; }

        /**
         * Alignment.
         */
        std::string padding() const { return m_padding; }

        /**
         * The front-end's pointer to the key (meaningless to the back-end).
         */
        uint64_t key_ptr() const { return m_key_ptr; }

        /**
         * RSA padding algorithm.
         */
        uint32_t rsa_padding_algo() const { return m_rsa_padding_algo; }

        /**
         * RSA hash algorithm.
         */
        uint32_t rsa_hash_algo() const { return m_rsa_hash_algo; }

        /**
         * The key, `len_key` bytes used.
         */
        std::string key() const { return m_key; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t::crypto_session_t* _parent() const { return m__parent; }
    };

    /**
     * CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
     * operation, the session parameters and keys (symmetric or asymmetric,
     * by `op_code`), and the session id the back-end returns (negative on
     * failure). The session parameters copy QEMU's in-memory structures,
     * host pointers included, so the layout is that of a 64-bit host.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class crypto_session_t : public kaitai::kstruct {

    public:

        crypto_session_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~crypto_session_t();

    private:
        crypto_op_t m_op_code;
        std::unique_ptr<kaitai::kstruct> m_session;
        int64_t m_session_id;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;
        std::string m__raw_session;
        std::unique_ptr<kaitai::kstream> m__io__raw_session;

    public:

        /**
         * Which kind of session (virtio-crypto create-session opcode).
         */
        crypto_op_t op_code() const { return m_op_code; }

        /**
         * Session parameters and keys.
         */
        kaitai::kstruct* session() const { return m_session.get(); }

        /**
         * The session id (reply), negative on failure.
         */
        int64_t session_id() const { return m_session_id; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
        std::string _raw_session() const { return m__raw_session; }
        kaitai::kstream* _io__raw_session() const { return m__io__raw_session.get(); }
    };

    /**
     * Symmetric session - cipher and hash parameters, then the keys.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class crypto_sym_session_t : public kaitai::kstruct {

    public:

        crypto_sym_session_t(kaitai::kstream* p__io, vhost_user_t::crypto_session_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~crypto_sym_session_t();

    private:
        uint32_t m_cipher_alg;
        uint32_t m_len_cipher_key;
        uint32_t m_hash_alg;
        uint32_t m_len_hash_result;
        uint32_t m_len_auth_key;
        uint32_t m_len_add;
        uint8_t m_op_type;
        uint8_t m_direction;
        uint8_t m_hash_mode;
        uint8_t m_alg_chain_order;
        std::string m_padding;
        uint64_t m_cipher_key_ptr;
        uint64_t m_auth_key_ptr;
        std::string m_cipher_key;
        std::string m_auth_key;
        vhost_user_t* m__root;
        vhost_user_t::crypto_session_t* m__parent;

    public:

        /**
         * Cipher algorithm (virtio-crypto numbering).
         */
        uint32_t cipher_alg() const { return m_cipher_alg; }

        /**
         * Length of the cipher key.
         */
        uint32_t len_cipher_key() const { return m_len_cipher_key; }

        /**
         * Hash or MAC algorithm.
         */
        uint32_t hash_alg() const { return m_hash_alg; }

        /**
         * Length of the hash result.
         */
        uint32_t len_hash_result() const { return m_len_hash_result; }

        /**
         * Length of the MAC key.
         */
        uint32_t len_auth_key() const { return m_len_auth_key; }

        /**
         * Length of additional authenticated data.
         */
        uint32_t len_add() const { return m_len_add; }

        /**
         * Cipher only, or chained with a hash.
         */
        uint8_t op_type() const { return m_op_type; }

        /**
         * Encrypt or decrypt.
         */
        uint8_t direction() const { return m_direction; }

        /**
         * Plain, auth or nested hash.
         */
        uint8_t hash_mode() const { return m_hash_mode; }

        /**
         * Cipher then hash, or hash then cipher.
         */
        uint8_t alg_chain_order() const { return m_alg_chain_order; }

        /**
         * Alignment.
         */
        std::string padding() const { return m_padding; }

        /**
         * The front-end's pointer to the cipher key (meaningless to the back-end).
         */
        uint64_t cipher_key_ptr() const { return m_cipher_key_ptr; }

        /**
         * The front-end's pointer to the MAC key (meaningless to the back-end).
         */
        uint64_t auth_key_ptr() const { return m_auth_key_ptr; }

        /**
         * Cipher key, `len_cipher_key` bytes used.
         */
        std::string cipher_key() const { return m_cipher_key; }

        /**
         * MAC key, `len_auth_key` bytes used.
         */
        std::string auth_key() const { return m_auth_key; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t::crypto_session_t* _parent() const { return m__parent; }
    };

    /**
     * SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
     * 8, whether the back-end sent no file descriptor (then the front-end
     * keeps its own channel).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class device_state_result_t : public kaitai::kstruct {

    public:

        device_state_result_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~device_state_result_t();

    private:
        uint64_t m_error;
        bool m_no_fd;
        uint64_t m_reserved_lo;
        uint64_t m_reserved_hi;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Zero on success.
         */
        uint64_t error() const { return m_error; }

        /**
         * Bit 8, no file descriptor in the reply.
         */
        bool no_fd() const { return m_no_fd; }

        /**
         * Bits 9-31, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bits 32-63, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters Source
     */

    class device_state_transfer_t : public kaitai::kstruct {

    public:

        device_state_transfer_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~device_state_transfer_t();

    private:
        transfer_direction_t m_direction;
        migration_phase_t m_phase;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Save (back-end to front-end) or load.
         */
        transfer_direction_t direction() const { return m_direction; }

        /**
         * Migration phase.
         */
        migration_phase_t phase() const { return m_phase; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * The virtio device status byte (SET/GET_STATUS), in a u64.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     * \sa Virtio 1.2, section 2.1 "Device Status Field"
     */

    class device_status_t : public kaitai::kstruct {

    public:

        device_status_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~device_status_t();

    private:
        bool m_acknowledge;
        bool m_driver;
        bool m_driver_ok;
        bool m_features_ok;
        uint64_t m_reserved_bit4;
        bool m_device_needs_reset;
        bool m_failed;
        uint64_t m_reserved_lo;
        uint64_t m_reserved_hi;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Bit 0, the guest found the device.
         */
        bool acknowledge() const { return m_acknowledge; }

        /**
         * Bit 1, the guest has a driver for it.
         */
        bool driver() const { return m_driver; }

        /**
         * Bit 2, the driver is ready; the device is live.
         */
        bool driver_ok() const { return m_driver_ok; }

        /**
         * Bit 3, feature negotiation is complete.
         */
        bool features_ok() const { return m_features_ok; }

        /**
         * Bits 4-5, not defined.
         */
        uint64_t reserved_bit4() const { return m_reserved_bit4; }

        /**
         * Bit 6, the device hit an error it cannot recover from.
         */
        bool device_needs_reset() const { return m_device_needs_reset; }

        /**
         * Bit 7, the driver gave up on the device.
         */
        bool failed() const { return m_failed; }

        /**
         * Bits 8-31, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bits 32-63, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * The 32-bit flags word of the header. Version 1 is the only version;
     * a receiver closes the connection on any other.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#header Source
     */

    class header_flags_t : public kaitai::kstruct {

    public:

        header_flags_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_flags_t();

    private:
        uint64_t m_version;
        bool m_is_reply;
        bool m_need_reply;
        uint64_t m_reserved;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Protocol version, 1.
         */
        uint64_t version() const { return m_version; }

        /**
         * Bit 2, set on every message that answers a request.
         */
        bool is_reply() const { return m_is_reply; }

        /**
         * Bit 3, set by the sender to ask for a REPLY_ACK answer (u64, zero on success).
         */
        bool need_reply() const { return m_need_reply; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
     * buffer in which the back-end records requests in flight so that a
     * restarted back-end can resubmit them. The C structure is padded to
     * 24 bytes.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description Source
     */

    class inflight_description_t : public kaitai::kstruct {

    public:

        inflight_description_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~inflight_description_t();

    private:
        uint64_t m_mmap_size;
        uint64_t m_mmap_offset;
        uint16_t m_num_queues;
        uint16_t m_queue_size;
        std::string m_padding;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Size of the buffer.
         */
        uint64_t mmap_size() const { return m_mmap_size; }

        /**
         * Offset of the buffer in the file descriptor.
         */
        uint64_t mmap_offset() const { return m_mmap_offset; }

        /**
         * Number of queues the buffer covers.
         */
        uint16_t num_queues() const { return m_num_queues; }

        /**
         * Entries per queue.
         */
        uint16_t queue_size() const { return m_queue_size; }

        /**
         * Padding of the C structure (4 bytes).
         */
        std::string padding() const { return m_padding; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * An IOTLB entry update, invalidation, miss or access failure
     * (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message Source
     */

    class iotlb_message_t : public kaitai::kstruct {

    public:

        iotlb_message_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~iotlb_message_t();

    private:
        uint64_t m_iova;
        uint64_t m_len_iova;
        uint64_t m_user_addr;
        iotlb_perm_t m_perm;
        iotlb_type_t m_type;
        std::string m_padding;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * I/O virtual address.
         */
        uint64_t iova() const { return m_iova; }

        /**
         * Size of the range.
         */
        uint64_t len_iova() const { return m_len_iova; }

        /**
         * User address the range maps to (updates).
         */
        uint64_t user_addr() const { return m_user_addr; }

        /**
         * Permissions.
         */
        iotlb_perm_t perm() const { return m_perm; }

        /**
         * What the message says.
         */
        iotlb_type_t type() const { return m_type; }

        /**
         * Padding of the C structure (6 bytes).
         */
        std::string padding() const { return m_padding; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * SET_LOG_BASE: where the dirty log is in the shared memory that comes
     * with the message (LOG_SHMFD). The log is a bitmap with one bit per
     * 4 KiB page of guest-physical memory, starting at address 0.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#log-description Source
     */

    class log_description_t : public kaitai::kstruct {

    public:

        log_description_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~log_description_t();

    private:
        uint64_t m_log_size;
        uint64_t m_log_offset;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Size of the log in bytes.
         */
        uint64_t log_size() const { return m_log_size; }

        /**
         * Offset of the log in the file descriptor.
         */
        uint64_t log_offset() const { return m_log_offset; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * One region of guest memory the back-end maps: `len_region` bytes at
     * guest-physical `guest_addr`, which the front-end sees at `user_addr`,
     * found `mmap_offset` bytes into the file descriptor that comes with the
     * message. With the XEN_MMAP protocol feature the description is 40
     * bytes: two more fields follow.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description Source
     */

    class memory_region_t : public kaitai::kstruct {

    public:

        memory_region_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~memory_region_t();

    private:
        uint64_t m_guest_addr;
        uint64_t m_len_region;
        uint64_t m_user_addr;
        uint64_t m_mmap_offset;
        std::unique_ptr<xen_mmap_flags_t> m_xen_mmap_flags;
        bool n_xen_mmap_flags;

    public:
        bool _is_null_xen_mmap_flags() { xen_mmap_flags(); return n_xen_mmap_flags; };

    private:
        uint32_t m_domid;
        bool n_domid;

    public:
        bool _is_null_domid() { domid(); return n_domid; };

    private:
        vhost_user_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Guest-physical address of the region.
         */
        uint64_t guest_addr() const { return m_guest_addr; }

        /**
         * Size of the region in bytes.
         */
        uint64_t len_region() const { return m_len_region; }

        /**
         * Address of the region in the front-end's address space (ring addresses refer to it).
         */
        uint64_t user_addr() const { return m_user_addr; }

        /**
         * Offset of the region in the file descriptor.
         */
        uint64_t mmap_offset() const { return m_mmap_offset; }

        /**
         * Xen mapping flags (XEN_MMAP only).
         */
        xen_mmap_flags_t* xen_mmap_flags() const { return m_xen_mmap_flags.get(); }

        /**
         * Xen domain id (XEN_MMAP only).
         */
        uint32_t domid() const { return m_domid; }
        vhost_user_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
     * descriptor per region in the same order. The message is only as long
     * as the regions it holds (8 + 32 bytes per region).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description Source
     */

    class memory_table_t : public kaitai::kstruct {

    public:

        memory_table_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~memory_table_t();

    private:
        bool f_len_regions;
        int8_t m_len_regions;

    public:

        /**
         * Size of one region description (40 with XEN_MMAP, else 32).
         */
        int8_t len_regions();

    private:
        uint32_t m_num_regions;
        uint32_t m_padding;
        std::unique_ptr<std::vector<std::unique_ptr<memory_region_t>>> m_regions;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;
        std::unique_ptr<std::vector<std::string>> m__raw_regions;
        std::unique_ptr<std::vector<std::unique_ptr<kaitai::kstream>>> m__io__raw_regions;

    public:

        /**
         * Number of regions.
         */
        uint32_t num_regions() const { return m_num_regions; }

        /**
         * Unused.
         */
        uint32_t padding() const { return m_padding; }

        /**
         * The regions.
         */
        std::vector<std::unique_ptr<memory_region_t>>* regions() const { return m_regions.get(); }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
        std::vector<std::string>* _raw_regions() const { return m__raw_regions.get(); }
        std::vector<std::unique_ptr<kaitai::kstream>>* _io__raw_regions() const { return m__io__raw_regions.get(); }
    };

    /**
     * The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
     * bit switches on an extension of the protocol (see the enum
     * `protocol_feature`).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features Source
     */

    class protocol_features_t : public kaitai::kstruct {

    public:

        protocol_features_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~protocol_features_t();

    private:
        bool m_mq;
        bool m_log_shmfd;
        bool m_rarp;
        bool m_reply_ack;
        bool m_mtu;
        bool m_backend_req;
        bool m_cross_endian;
        bool m_crypto_session;
        bool m_pagefault;
        bool m_config;
        bool m_backend_send_fd;
        bool m_host_notifier;
        bool m_inflight_shmfd;
        bool m_reset_device;
        bool m_inband_notifications;
        bool m_configure_mem_slots;
        bool m_status;
        bool m_xen_mmap;
        bool m_shared_object;
        bool m_device_state;
        uint64_t m_reserved_lo;
        uint64_t m_reserved_hi;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Bit 0, several queues; GET_QUEUE_NUM answers how many.
         */
        bool mq() const { return m_mq; }

        /**
         * Bit 1, SET_LOG_BASE carries the dirty log's shared memory fd (and is answered).
         */
        bool log_shmfd() const { return m_log_shmfd; }

        /**
         * Bit 2, SEND_RARP after migration.
         */
        bool rarp() const { return m_rarp; }

        /**
         * Bit 3, any request may ask for an acknowledgement with need_reply.
         */
        bool reply_ack() const { return m_reply_ack; }

        /**
         * Bit 4, NET_SET_MTU.
         */
        bool mtu() const { return m_mtu; }

        /**
         * Bit 5, a second socket for requests from the back-end (SET_BACKEND_REQ_FD).
         */
        bool backend_req() const { return m_backend_req; }

        /**
         * Bit 6, SET_VRING_ENDIAN for legacy devices of the other byte order.
         */
        bool cross_endian() const { return m_cross_endian; }

        /**
         * Bit 7, CREATE/CLOSE_CRYPTO_SESSION.
         */
        bool crypto_session() const { return m_crypto_session; }

        /**
         * Bit 8, postcopy migration with a userfaultfd.
         */
        bool pagefault() const { return m_pagefault; }

        /**
         * Bit 9, GET/SET_CONFIG for the device configuration space.
         */
        bool config() const { return m_config; }

        /**
         * Bit 10, back-end requests may carry file descriptors.
         */
        bool backend_send_fd() const { return m_backend_send_fd; }

        /**
         * Bit 11, the back-end can map a notification area into the guest.
         */
        bool host_notifier() const { return m_host_notifier; }

        /**
         * Bit 12, GET/SET_INFLIGHT_FD for in-flight request tracking.
         */
        bool inflight_shmfd() const { return m_inflight_shmfd; }

        /**
         * Bit 13, RESET_DEVICE.
         */
        bool reset_device() const { return m_reset_device; }

        /**
         * Bit 14, kicks and calls as messages (VRING_KICK, BACKEND_VRING_CALL) instead of eventfds.
         */
        bool inband_notifications() const { return m_inband_notifications; }

        /**
         * Bit 15, GET_MAX_MEM_SLOTS, ADD_MEM_REG and REM_MEM_REG instead of whole tables.
         */
        bool configure_mem_slots() const { return m_configure_mem_slots; }

        /**
         * Bit 16, SET/GET_STATUS with the virtio device status byte.
         */
        bool status() const { return m_status; }

        /**
         * Bit 17, memory regions carry Xen mapping flags and a domain id.
         */
        bool xen_mmap() const { return m_xen_mmap; }

        /**
         * Bit 18, shared objects (dma-bufs) found by UUID.
         */
        bool shared_object() const { return m_shared_object; }

        /**
         * Bit 19, back-end state transfer for migration (SET_DEVICE_STATE_FD, CHECK_DEVICE_STATE).
         */
        bool device_state() const { return m_device_state; }

        /**
         * Bits 20-31, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bits 32-63, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * SEND_RARP - the guest's MAC address in the first six bytes of the u64.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class rarp_request_t : public kaitai::kstruct {

    public:

        rarp_request_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~rarp_request_t();

    private:
        std::string m_mac;
        std::string m_padding;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * MAC address to announce.
         */
        std::string mac() const { return m_mac; }

        /**
         * Unused.
         */
        std::string padding() const { return m_padding; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
     * fields are big-endian.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared Source
     */

    class shared_object_t : public kaitai::kstruct {

    public:

        shared_object_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~shared_object_t();

    private:
        uint32_t m_time_low;
        uint16_t m_time_mid;
        uint16_t m_time_hi_and_version;
        std::string m_clock_seq_and_node;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * First 32 bits of the UUID.
         */
        uint32_t time_low() const { return m_time_low; }

        /**
         * Next 16 bits.
         */
        uint16_t time_mid() const { return m_time_mid; }

        /**
         * Next 16 bits, with the UUID version.
         */
        uint16_t time_hi_and_version() const { return m_time_hi_and_version; }

        /**
         * Last 8 bytes.
         */
        std::string clock_seq_and_node() const { return m_clock_seq_and_node; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
     * 8 bytes of padding. ADD_MEM_REG comes with the region's file
     * descriptor; REM_MEM_REG names the region by guest address, user
     * address and size.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description Source
     */

    class single_memory_region_t : public kaitai::kstruct {

    public:

        single_memory_region_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~single_memory_region_t();

    private:
        uint64_t m_padding;
        std::unique_ptr<memory_region_t> m_region;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;
        std::string m__raw_region;
        std::unique_ptr<kaitai::kstream> m__io__raw_region;

    public:

        /**
         * Unused.
         */
        uint64_t padding() const { return m_padding; }

        /**
         * The region.
         */
        memory_region_t* region() const { return m_region.get(); }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
        std::string _raw_region() const { return m__raw_region; }
        kaitai::kstream* _io__raw_region() const { return m__io__raw_region.get(); }
    };

    /**
     * A single 64-bit number: a count, a value to set, or the status of a
     * REPLY_ACK answer (zero for success, anything else for failure).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer Source
     */

    class u64_payload_t : public kaitai::kstruct {

    public:

        u64_payload_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~u64_payload_t();

    private:
        uint64_t m_value;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * The number.
         */
        uint64_t value() const { return m_value; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * A 64-bit virtio feature word, as GET_FEATURES returns it and
     * SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
     * device type (virtio-blk, virtio-net, ...); the others are the
     * transport and ring features the protocol itself relies on. Bit 30 is
     * borrowed by vhost-user to announce protocol-feature negotiation, and
     * bit 26 by vhost to announce dirty-page logging.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#communication Source
     * \sa Virtio 1.2, section 6 "Reserved Feature Bits"
     */

    class virtio_features_t : public kaitai::kstruct {

    public:

        virtio_features_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~virtio_features_t();

    private:
        uint64_t m_device_bits_lo;
        bool m_notify_on_empty;
        bool m_reserved_bit25;
        bool m_log_all;
        bool m_any_layout;
        bool m_indirect_desc;
        bool m_event_idx;
        bool m_protocol_features;
        bool m_reserved_bit31;
        bool m_version1;
        bool m_access_platform;
        bool m_ring_packed;
        bool m_in_order;
        bool m_order_platform;
        bool m_sr_iov;
        bool m_notification_data;
        bool m_notif_config_data;
        bool m_ring_reset;
        bool m_admin_vq;
        uint64_t m_reserved_bit42;
        uint64_t m_device_bits_hi;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Bits 0-23, defined by the device type.
         */
        uint64_t device_bits_lo() const { return m_device_bits_lo; }

        /**
         * Bit 24, notify the driver when the available ring runs empty even if it suppressed notifications (legacy).
         */
        bool notify_on_empty() const { return m_notify_on_empty; }

        /**
         * Bit 25, not used.
         */
        bool reserved_bit25() const { return m_reserved_bit25; }

        /**
         * Bit 26, the front-end can log dirty pages; SET_FEATURES with it turns logging on.
         */
        bool log_all() const { return m_log_all; }

        /**
         * Bit 27, the device accepts any split of a request into descriptors (legacy; implied by version_1).
         */
        bool any_layout() const { return m_any_layout; }

        /**
         * Bit 28, descriptors may point at indirect descriptor tables.
         */
        bool indirect_desc() const { return m_indirect_desc; }

        /**
         * Bit 29, notifications are suppressed with the used_event / avail_event indexes.
         */
        bool event_idx() const { return m_event_idx; }

        /**
         * Bit 30, the back-end supports GET/SET_PROTOCOL_FEATURES.
         */
        bool protocol_features() const { return m_protocol_features; }

        /**
         * Bit 31, not used.
         */
        bool reserved_bit31() const { return m_reserved_bit31; }

        /**
         * Bit 32, the device follows virtio 1.0 or later (little-endian rings and config).
         */
        bool version1() const { return m_version1; }

        /**
         * Bit 33, ring and buffer addresses go through an IOMMU (IOVAs, translated with IOTLB messages).
         */
        bool access_platform() const { return m_access_platform; }

        /**
         * Bit 34, packed virtqueues.
         */
        bool ring_packed() const { return m_ring_packed; }

        /**
         * Bit 35, buffers are used in the order they were made available.
         */
        bool in_order() const { return m_in_order; }

        /**
         * Bit 36, memory accesses need the platform's ordering (hardware devices).
         */
        bool order_platform() const { return m_order_platform; }

        /**
         * Bit 37, single-root I/O virtualization.
         */
        bool sr_iov() const { return m_sr_iov; }

        /**
         * Bit 38, the driver passes extra data with its notifications.
         */
        bool notification_data() const { return m_notification_data; }

        /**
         * Bit 39, the driver uses a device-provided value as notification data.
         */
        bool notif_config_data() const { return m_notif_config_data; }

        /**
         * Bit 40, single queues can be reset.
         */
        bool ring_reset() const { return m_ring_reset; }

        /**
         * Bit 41, administration virtqueues.
         */
        bool admin_vq() const { return m_admin_vq; }

        /**
         * Bits 42-49, reserved for future extensions.
         */
        uint64_t reserved_bit42() const { return m_reserved_bit42; }

        /**
         * Bits 50-63, defined by the device type.
         */
        uint64_t device_bits_hi() const { return m_device_bits_hi; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * Where the three parts of a split queue (or the packed ring and its two
     * event structures) are, in the front-end's virtual addresses (user
     * addresses), or I/O virtual addresses when ACCESS_PLATFORM was
     * negotiated. `log_guest_addr` is the guest-physical address of the
     * used ring, for dirty logging.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description Source
     */

    class vring_address_t : public kaitai::kstruct {

    public:

        vring_address_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~vring_address_t();

    private:
        uint32_t m_index;
        std::unique_ptr<vring_address_flags_t> m_flags;
        uint64_t m_desc_user_addr;
        uint64_t m_used_user_addr;
        uint64_t m_avail_user_addr;
        uint64_t m_log_guest_addr;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Queue index.
         */
        uint32_t index() const { return m_index; }

        /**
         * Per-ring flags.
         */
        vring_address_flags_t* flags() const { return m_flags.get(); }

        /**
         * Address of the descriptor table.
         */
        uint64_t desc_user_addr() const { return m_desc_user_addr; }

        /**
         * Address of the used ring.
         */
        uint64_t used_user_addr() const { return m_used_user_addr; }

        /**
         * Address of the available ring.
         */
        uint64_t avail_user_addr() const { return m_avail_user_addr; }

        /**
         * Guest-physical address of the used ring, where its writes are logged.
         */
        uint64_t log_guest_addr() const { return m_log_guest_addr; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * The 32-bit flags of a ring address.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#migration Source
     */

    class vring_address_flags_t : public kaitai::kstruct {

    public:

        vring_address_flags_t(kaitai::kstream* p__io, vhost_user_t::vring_address_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~vring_address_flags_t();

    private:
        bool m_log;
        uint64_t m_reserved;
        vhost_user_t* m__root;
        vhost_user_t::vring_address_t* m__parent;

    public:

        /**
         * Bit 0, log writes to this ring's used ring in the dirty log.
         */
        bool log() const { return m_log; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t::vring_address_t* _parent() const { return m__parent; }
    };

    /**
     * BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
     * with the message that the front-end maps into the guest as a queue's
     * notification area.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description Source
     */

    class vring_area_t : public kaitai::kstruct {

    public:

        vring_area_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~vring_area_t();

    private:
        std::unique_ptr<vring_file_t> m_queue;
        uint64_t m_len_area;
        uint64_t m_ofs_area;
        vhost_user_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Queue index and the no-fd bit (no fd - remove the area).
         */
        vring_file_t* queue() const { return m_queue.get(); }

        /**
         * Size of the area (one host page).
         */
        uint64_t len_area() const { return m_len_area; }

        /**
         * Offset of the area in the file descriptor.
         */
        uint64_t ofs_area() const { return m_ofs_area; }
        vhost_user_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
     * (and the u64 of a host-notifier area): the queue index in the low byte
     * and, in bit 8, whether no file descriptor comes with the message (the
     * back-end then polls instead of waiting for kicks, or the front-end
     * polls for used buffers).
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
     */

    class vring_file_t : public kaitai::kstruct {

    public:

        vring_file_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~vring_file_t();

    private:
        uint64_t m_index;
        bool m_no_fd;
        uint64_t m_reserved_lo;
        uint64_t m_reserved_hi;
        vhost_user_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Queue index (bits 0-7).
         */
        uint64_t index() const { return m_index; }

        /**
         * Bit 8, no file descriptor is attached.
         */
        bool no_fd() const { return m_no_fd; }

        /**
         * Bits 9-31, not defined.
         */
        uint64_t reserved_lo() const { return m_reserved_lo; }

        /**
         * Bits 32-63, not defined.
         */
        uint64_t reserved_hi() const { return m_reserved_hi; }
        vhost_user_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A queue index and a number. The number is the queue size
     * (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
     * big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
     * VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
     * For packed virtqueues the base packs two 15-bit indexes and their wrap
     * counters into the number; the instances unpack them.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description Source
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues Source
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues Source
     */

    class vring_state_t : public kaitai::kstruct {

    public:

        vring_state_t(kaitai::kstream* p__io, vhost_user_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~vring_state_t();

    private:
        bool f_packed_avail_index;
        int32_t m_packed_avail_index;

    public:

        /**
         * Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14).
         */
        int32_t packed_avail_index();

    private:
        bool f_packed_avail_wrap;
        int32_t m_packed_avail_wrap;

    public:

        /**
         * Packed queues - the driver ring wrap counter (bit 15).
         */
        int32_t packed_avail_wrap();

    private:
        bool f_packed_used_index;
        int32_t m_packed_used_index;

    public:

        /**
         * Packed queues - where the back-end places the next used descriptor (bits 16-30).
         */
        int32_t packed_used_index();

    private:
        bool f_packed_used_wrap;
        int32_t m_packed_used_wrap;

    public:

        /**
         * Packed queues - the device ring wrap counter (bit 31).
         */
        int32_t packed_used_wrap();

    private:
        bool f_split_avail_index;
        int32_t m_split_avail_index;

    public:

        /**
         * Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15).
         */
        int32_t split_avail_index();

    private:
        uint32_t m_index;
        uint32_t m_num;
        vhost_user_t* m__root;
        vhost_user_t* m__parent;

    public:

        /**
         * Queue index.
         */
        uint32_t index() const { return m_index; }

        /**
         * The number (see the type's description).
         */
        uint32_t num() const { return m_num; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t* _parent() const { return m__parent; }
    };

    /**
     * How a Xen back-end maps a region.
     * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description Source
     */

    class xen_mmap_flags_t : public kaitai::kstruct {

    public:

        xen_mmap_flags_t(kaitai::kstream* p__io, vhost_user_t::memory_region_t* p__parent = nullptr, vhost_user_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~xen_mmap_flags_t();

    private:
        bool m_foreign;
        bool m_grant;
        uint64_t m_reserved_bit2;
        bool m_map_on_demand;
        uint64_t m_reserved_bit9;
        vhost_user_t* m__root;
        vhost_user_t::memory_region_t* m__parent;

    public:

        /**
         * Bit 0, map with Xen foreign memory mapping.
         */
        bool foreign() const { return m_foreign; }

        /**
         * Bit 1, map with Xen grants.
         */
        bool grant() const { return m_grant; }

        /**
         * Bits 2-7, not defined.
         */
        uint64_t reserved_bit2() const { return m_reserved_bit2; }

        /**
         * Bit 8, map only the parts in use, when needed, never the whole region at once.
         */
        bool map_on_demand() const { return m_map_on_demand; }

        /**
         * Bits 9-31, not defined.
         */
        uint64_t reserved_bit9() const { return m_reserved_bit9; }
        vhost_user_t* _root() const { return m__root; }
        vhost_user_t::memory_region_t* _parent() const { return m__parent; }
    };

private:
    front_end_request_t m_request;
    std::unique_ptr<header_flags_t> m_flags;
    uint32_t m_len_payload;
    std::unique_ptr<kaitai::kstruct> m_request_body;
    bool n_request_body;

public:
    bool _is_null_request_body() { request_body(); return n_request_body; };

private:
    std::unique_ptr<kaitai::kstruct> m_reply_body;
    bool n_reply_body;

public:
    bool _is_null_reply_body() { reply_body(); return n_reply_body; };

private:
    vhost_user_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_request_body;
    bool n__raw_request_body;

public:
    bool _is_null__raw_request_body() { _raw_request_body(); return n__raw_request_body; };

private:
    std::unique_ptr<kaitai::kstream> m__io__raw_request_body;
    std::string m__raw_reply_body;
    bool n__raw_reply_body;

public:
    bool _is_null__raw_reply_body() { _raw_reply_body(); return n__raw_reply_body; };

private:
    std::unique_ptr<kaitai::kstream> m__io__raw_reply_body;

public:

    /**
     * Which request this is (a reply repeats the id of the request it answers).
     */
    front_end_request_t request() const { return m_request; }

    /**
     * Version, reply and need-reply bits.
     */
    header_flags_t* flags() const { return m_flags.get(); }

    /**
     * Number of payload bytes after the header.
     */
    uint32_t len_payload() const { return m_len_payload; }

    /**
     * The payload of a request (absent when the request has none). Requests
     * this spec does not know keep their payload as raw bytes.
     */
    kaitai::kstruct* request_body() const { return m_request_body.get(); }

    /**
     * The payload of a reply. Replies that carry a plain number (queue
     * count, memory slots, the REPLY_ACK status, error codes) are a
     * `u64_payload`; a GET_CONFIG reply with no payload reports an error.
     */
    kaitai::kstruct* reply_body() const { return m_reply_body.get(); }
    vhost_user_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_request_body() const { return m__raw_request_body; }
    kaitai::kstream* _io__raw_request_body() const { return m__io__raw_request_body.get(); }
    std::string _raw_reply_body() const { return m__raw_reply_body; }
    kaitai::kstream* _io__raw_reply_body() const { return m__io__raw_reply_body.get(); }
};
