#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_backend_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "vhost_user.h"
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * With the BACKEND_REQ protocol feature the front-end hands the back-end a
 * second socket (SET_BACKEND_REQ_FD). On it the roles turn around: the
 * back-end sends requests (IOTLB misses, configuration changes, host
 * notifier areas, in-band calls, shared objects) and the front-end
 * answers. The header is the one of the main channel (`vhost_user`), with
 * its own request ids; the payloads are the main channel's types.
 * 
 * With BACKEND_SEND_FD a request may carry up to 8 file descriptors. A
 * reply is a u64 (zero for success) that the front-end sends when the
 * request had `need_reply` set, except SHARED_OBJECT_LOOKUP, which is
 * always answered.
 * 
 * The custom keys `-fds` and `-reply` of each `backend_request` value use
 * the words of `vhost_user`.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication Source
 */

class vhost_user_backend_t : public kaitai::kstruct {

public:

    enum backend_request_t {
        BACKEND_REQUEST_IOTLB_MSG = 1,
        BACKEND_REQUEST_CONFIG_CHANGE_MSG = 2,
        BACKEND_REQUEST_VRING_HOST_NOTIFIER_MSG = 3,
        BACKEND_REQUEST_VRING_CALL = 4,
        BACKEND_REQUEST_VRING_ERR = 5,
        BACKEND_REQUEST_SHARED_OBJECT_ADD = 6,
        BACKEND_REQUEST_SHARED_OBJECT_REMOVE = 7,
        BACKEND_REQUEST_SHARED_OBJECT_LOOKUP = 8
    };
    static bool _is_defined_backend_request_t(backend_request_t v);

private:
    static const std::set<backend_request_t> _values_backend_request_t;

public:

    vhost_user_backend_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_backend_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_backend_t();

private:
    backend_request_t m_request;
    std::unique_ptr<vhost_user_t::header_flags_t> m_flags;
    uint32_t m_len_payload;
    std::unique_ptr<kaitai::kstruct> m_request_body;
    bool n_request_body;

public:
    bool _is_null_request_body() { request_body(); return n_request_body; };

private:
    std::unique_ptr<vhost_user_t::u64_payload_t> m_reply_body;
    bool n_reply_body;

public:
    bool _is_null_reply_body() { reply_body(); return n_reply_body; };

private:
    vhost_user_backend_t* m__root;
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
    backend_request_t request() const { return m_request; }

    /**
     * Version, reply and need-reply bits.
     */
    vhost_user_t::header_flags_t* flags() const { return m_flags.get(); }

    /**
     * Number of payload bytes after the header.
     */
    uint32_t len_payload() const { return m_len_payload; }

    /**
     * The payload of a back-end request (absent when it has none).
     */
    kaitai::kstruct* request_body() const { return m_request_body.get(); }

    /**
     * The front-end's answer, zero for success.
     */
    vhost_user_t::u64_payload_t* reply_body() const { return m_reply_body.get(); }
    vhost_user_backend_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_request_body() const { return m__raw_request_body; }
    kaitai::kstream* _io__raw_request_body() const { return m__io__raw_request_body.get(); }
    std::string _raw_reply_body() const { return m__raw_reply_body; }
    kaitai::kstream* _io__raw_reply_body() const { return m__io__raw_reply_body.get(); }
};
