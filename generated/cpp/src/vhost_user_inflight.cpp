// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_inflight.h"

vhost_user_inflight_t::vhost_user_inflight_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_queues = nullptr;
    _read();
}

void vhost_user_inflight_t::_read() {
    m_queues = std::unique_ptr<std::vector<std::unique_ptr<queue_region_split_t>>>(new std::vector<std::unique_ptr<queue_region_split_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_queues->push_back(std::move(std::unique_ptr<queue_region_split_t>(new queue_region_split_t(m__io, this, m__root))));
            i++;
        }
    }
}

vhost_user_inflight_t::~vhost_user_inflight_t() {
    _clean_up();
}

void vhost_user_inflight_t::_clean_up() {
}

vhost_user_inflight_t::block_peek_t::block_peek_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_words = nullptr;
    f_zero = false;
    _read();
}

void vhost_user_inflight_t::block_peek_t::_read() {
    m_words = std::unique_ptr<std::vector<uint64_t>>(new std::vector<uint64_t>());
    const int l_words = 8;
    for (int i = 0; i < l_words; i++) {
        m_words->push_back(std::move(m__io->read_u8le()));
    }
}

vhost_user_inflight_t::block_peek_t::~block_peek_t() {
    _clean_up();
}

void vhost_user_inflight_t::block_peek_t::_clean_up() {
}

bool vhost_user_inflight_t::block_peek_t::zero() {
    if (f_zero)
        return m_zero;
    f_zero = true;
    m_zero =  ((words()->at(0) == 0) && (words()->at(1) == 0) && (words()->at(2) == 0) && (words()->at(3) == 0) && (words()->at(4) == 0) && (words()->at(5) == 0) && (words()->at(6) == 0) && (words()->at(7) == 0)) ;
    return m_zero;
}

vhost_user_inflight_t::desc_state_packed_t::desc_state_packed_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_packed_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_inflight_t::desc_state_packed_t::_read() {
    m_inflight = m__io->read_u1();
    m_padding = m__io->read_u1();
    m_next = m__io->read_u2le();
    m_last = m__io->read_u2le();
    m_num = m__io->read_u2le();
    m_counter = m__io->read_u8le();
    m_id = m__io->read_u2le();
    m_flags = m__io->read_u2le();
    m_len_buffer = m__io->read_u4le();
    m_addr = m__io->read_u8le();
}

vhost_user_inflight_t::desc_state_packed_t::~desc_state_packed_t() {
    _clean_up();
}

void vhost_user_inflight_t::desc_state_packed_t::_clean_up() {
}

vhost_user_inflight_t::desc_state_split_t::desc_state_split_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_split_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_inflight_t::desc_state_split_t::_read() {
    m_inflight = m__io->read_u1();
    m_padding = m__io->read_bytes(5);
    m_next = m__io->read_u2le();
    m_counter = m__io->read_u8le();
}

vhost_user_inflight_t::desc_state_split_t::~desc_state_split_t() {
    _clean_up();
}

void vhost_user_inflight_t::desc_state_split_t::_clean_up() {
}

vhost_user_inflight_t::queue_region_packed_t::queue_region_packed_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_descs = nullptr;
    _read();
}

void vhost_user_inflight_t::queue_region_packed_t::_read() {
    m_features = m__io->read_u8le();
    m_version = m__io->read_u2le();
    m_num_descs = m__io->read_u2le();
    m_free_head = m__io->read_u2le();
    m_old_free_head = m__io->read_u2le();
    m_used_idx = m__io->read_u2le();
    m_old_used_idx = m__io->read_u2le();
    m_used_wrap_counter = m__io->read_u1();
    m_old_used_wrap_counter = m__io->read_u1();
    m_padding = m__io->read_bytes(10);
    m_descs = std::unique_ptr<std::vector<std::unique_ptr<desc_state_packed_t>>>(new std::vector<std::unique_ptr<desc_state_packed_t>>());
    const int l_descs = num_descs();
    for (int i = 0; i < l_descs; i++) {
        m_descs->push_back(std::move(std::unique_ptr<desc_state_packed_t>(new desc_state_packed_t(m__io, this, m__root))));
    }
    m_padding_end = m__io->read_bytes(((((32 * num_descs() + 32) + 63) / 64) * 64 - 32 * num_descs()) - 32);
}

vhost_user_inflight_t::queue_region_packed_t::~queue_region_packed_t() {
    _clean_up();
}

void vhost_user_inflight_t::queue_region_packed_t::_clean_up() {
}

vhost_user_inflight_t::queue_region_split_t::queue_region_split_t(kaitai::kstream* p__io, vhost_user_inflight_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_descs = nullptr;
    m_slack = nullptr;
    m_next_block = nullptr;
    f_more_slack = false;
    f_next_block = false;
    _read();
}

void vhost_user_inflight_t::queue_region_split_t::_read() {
    m_features = m__io->read_u8le();
    m_version = m__io->read_u2le();
    m_num_descs = m__io->read_u2le();
    m_last_batch_head = m__io->read_u2le();
    m_used_idx = m__io->read_u2le();
    m_descs = std::unique_ptr<std::vector<std::unique_ptr<desc_state_split_t>>>(new std::vector<std::unique_ptr<desc_state_split_t>>());
    const int l_descs = num_descs();
    for (int i = 0; i < l_descs; i++) {
        m_descs->push_back(std::move(std::unique_ptr<desc_state_split_t>(new desc_state_split_t(m__io, this, m__root))));
    }
    m_padding = m__io->read_bytes(((((16 * num_descs() + 2) + 63) / 64) * 64 - 16 * num_descs()) - 16);
    n_slack = true;
    if (more_slack()) {
        n_slack = false;
        m_slack = std::unique_ptr<std::vector<std::unique_ptr<zero_block_t>>>(new std::vector<std::unique_ptr<zero_block_t>>());
        {
            int i = 0;
            zero_block_t* _;
            do {
                _ = new zero_block_t(m__io, this, m__root);
                m_slack->push_back(std::move(std::unique_ptr<zero_block_t>(_)));
                i++;
            } while (!(!(_->more())));
        }
    }
}

vhost_user_inflight_t::queue_region_split_t::~queue_region_split_t() {
    _clean_up();
}

void vhost_user_inflight_t::queue_region_split_t::_clean_up() {
    if (!n_slack) {
    }
    if (f_next_block) {
    }
}

bool vhost_user_inflight_t::queue_region_split_t::more_slack() {
    if (f_more_slack)
        return m_more_slack;
    f_more_slack = true;
    m_more_slack =  ((_io()->size() - _io()->pos() >= 64) && (next_block()->zero())) ;
    return m_more_slack;
}

vhost_user_inflight_t::block_peek_t* vhost_user_inflight_t::queue_region_split_t::next_block() {
    if (f_next_block)
        return m_next_block.get();
    f_next_block = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(kaitai::kstream::mod(_io()->pos(), _io()->size()));
    m_next_block = std::unique_ptr<block_peek_t>(new block_peek_t(m__io, this, m__root));
    m__io->seek(_pos);
    return m_next_block.get();
}

vhost_user_inflight_t::zero_block_t::zero_block_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_split_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_next_block = nullptr;
    f_more = false;
    f_next_block = false;
    _read();
}

void vhost_user_inflight_t::zero_block_t::_read() {
    m_data = m__io->read_bytes(64);
}

vhost_user_inflight_t::zero_block_t::~zero_block_t() {
    _clean_up();
}

void vhost_user_inflight_t::zero_block_t::_clean_up() {
    if (f_next_block) {
    }
}

bool vhost_user_inflight_t::zero_block_t::more() {
    if (f_more)
        return m_more;
    f_more = true;
    m_more =  ((_io()->size() - _io()->pos() >= 64) && (next_block()->zero())) ;
    return m_more;
}

vhost_user_inflight_t::block_peek_t* vhost_user_inflight_t::zero_block_t::next_block() {
    if (f_next_block)
        return m_next_block.get();
    f_next_block = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(kaitai::kstream::mod(_io()->pos(), _io()->size()));
    m_next_block = std::unique_ptr<block_peek_t>(new block_peek_t(m__io, this, m__root));
    m__io->seek(_pos);
    return m_next_block.get();
}
