// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_drc_types.h"

spapr_drc_types_t::spapr_drc_types_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_drc_types_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_drc_types = nullptr;
    _read();
}

void spapr_drc_types_t::_read() {
    m_num_drc_types = m__io->read_u4be();
    m_drc_types = std::unique_ptr<std::vector<std::string>>(new std::vector<std::string>());
    const int l_drc_types = num_drc_types();
    for (int i = 0; i < l_drc_types; i++) {
        m_drc_types->push_back(std::move(kaitai::kstream::bytes_to_str(m__io->read_bytes_term(0, false, true, true), "ASCII")));
    }
}

spapr_drc_types_t::~spapr_drc_types_t() {
    _clean_up();
}

void spapr_drc_types_t::_clean_up() {
}
