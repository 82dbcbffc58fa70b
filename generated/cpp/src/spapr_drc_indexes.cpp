// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_drc_indexes.h"

spapr_drc_indexes_t::spapr_drc_indexes_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_drc_indexes_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_drc_indexes = nullptr;
    _read();
}

void spapr_drc_indexes_t::_read() {
    m_num_drc_indexes = m__io->read_u4be();
    m_drc_indexes = std::unique_ptr<std::vector<std::unique_ptr<spapr_t::drc_index_t>>>(new std::vector<std::unique_ptr<spapr_t::drc_index_t>>());
    const int l_drc_indexes = num_drc_indexes();
    for (int i = 0; i < l_drc_indexes; i++) {
        m_drc_indexes->push_back(std::move(std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io))));
    }
}

spapr_drc_indexes_t::~spapr_drc_indexes_t() {
    _clean_up();
}

void spapr_drc_indexes_t::_clean_up() {
}
