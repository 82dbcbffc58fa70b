// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_dynamic_memory.h"

spapr_dynamic_memory_t::spapr_dynamic_memory_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_dynamic_memory_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_lmbs = nullptr;
    _read();
}

void spapr_dynamic_memory_t::_read() {
    m_num_lmbs = m__io->read_u4be();
    m_lmbs = std::unique_ptr<std::vector<std::unique_ptr<lmb_t>>>(new std::vector<std::unique_ptr<lmb_t>>());
    const int l_lmbs = num_lmbs();
    for (int i = 0; i < l_lmbs; i++) {
        m_lmbs->push_back(std::move(std::unique_ptr<lmb_t>(new lmb_t(m__io, this, m__root))));
    }
}

spapr_dynamic_memory_t::~spapr_dynamic_memory_t() {
    _clean_up();
}

void spapr_dynamic_memory_t::_clean_up() {
}

spapr_dynamic_memory_t::lmb_t::lmb_t(kaitai::kstream* p__io, spapr_dynamic_memory_t* p__parent, spapr_dynamic_memory_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_drc_index = nullptr;
    m_flags = nullptr;
    f_address = false;
    _read();
}

void spapr_dynamic_memory_t::lmb_t::_read() {
    m_address_hi = m__io->read_u4be();
    m_address_lo = m__io->read_u4be();
    m_drc_index = std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io));
    m_reserved = m__io->read_u4be();
    m_associativity_index = m__io->read_u4be();
    m_flags = std::unique_ptr<spapr_t::lmb_flags_t>(new spapr_t::lmb_flags_t(m__io));
}

spapr_dynamic_memory_t::lmb_t::~lmb_t() {
    _clean_up();
}

void spapr_dynamic_memory_t::lmb_t::_clean_up() {
}

uint64_t spapr_dynamic_memory_t::lmb_t::address() {
    if (f_address)
        return m_address;
    f_address = true;
    m_address = static_cast<uint64_t>(static_cast<int64_t>(address_hi()) * 4294967296LL + static_cast<int64_t>(address_lo()));
    return m_address;
}
