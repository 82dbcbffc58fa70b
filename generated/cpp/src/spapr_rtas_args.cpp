// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_rtas_args.h"

spapr_rtas_args_t::spapr_rtas_args_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_rtas_args_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_args = nullptr;
    m_rets = nullptr;
    _read();
}

void spapr_rtas_args_t::_read() {
    m_token = m__io->read_u4be();
    m_num_args = m__io->read_u4be();
    m_num_rets = m__io->read_u4be();
    m_args = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_args = num_args();
    for (int i = 0; i < l_args; i++) {
        m_args->push_back(std::move(m__io->read_u4be()));
    }
    n_status = true;
    if (num_rets() > 0) {
        n_status = false;
        m_status = static_cast<spapr_t::rtas_status_t>(m__io->read_s4be());
    }
    n_rets = true;
    if (num_rets() > 1) {
        n_rets = false;
        m_rets = std::unique_ptr<std::vector<int32_t>>(new std::vector<int32_t>());
        const int l_rets = num_rets() - 1;
        for (int i = 0; i < l_rets; i++) {
            m_rets->push_back(std::move(m__io->read_s4be()));
        }
    }
}

spapr_rtas_args_t::~spapr_rtas_args_t() {
    _clean_up();
}

void spapr_rtas_args_t::_clean_up() {
    if (!n_status) {
    }
    if (!n_rets) {
    }
}
