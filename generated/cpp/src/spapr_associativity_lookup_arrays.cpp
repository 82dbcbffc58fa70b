// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_associativity_lookup_arrays.h"
#include "kaitai/exceptions.h"

spapr_associativity_lookup_arrays_t::spapr_associativity_lookup_arrays_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_associativity_lookup_arrays_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_lists = nullptr;
    _read();
}

void spapr_associativity_lookup_arrays_t::_read() {
    m_num_lists = m__io->read_u4be();
    m_len_list = m__io->read_u4be();
    {
        uint32_t _ = m_len_list;
        if (!( ((num_lists() <= 65536) && ((static_cast<int64_t>(_) * static_cast<int64_t>(num_lists())) * 4 <= _io()->size() - _io()->pos())) )) {
            throw kaitai::validation_expr_error<uint32_t>(m_len_list, m__io, std::string("/seq/1"));
        }
    }
    m_lists = std::unique_ptr<std::vector<std::unique_ptr<associativity_list_t>>>(new std::vector<std::unique_ptr<associativity_list_t>>());
    const int l_lists = num_lists();
    for (int i = 0; i < l_lists; i++) {
        m_lists->push_back(std::move(std::unique_ptr<associativity_list_t>(new associativity_list_t(m__io, this, m__root))));
    }
}

spapr_associativity_lookup_arrays_t::~spapr_associativity_lookup_arrays_t() {
    _clean_up();
}

void spapr_associativity_lookup_arrays_t::_clean_up() {
}

spapr_associativity_lookup_arrays_t::associativity_list_t::associativity_list_t(kaitai::kstream* p__io, spapr_associativity_lookup_arrays_t* p__parent, spapr_associativity_lookup_arrays_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_domains = nullptr;
    _read();
}

void spapr_associativity_lookup_arrays_t::associativity_list_t::_read() {
    m_domains = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_domains = _parent()->len_list();
    for (int i = 0; i < l_domains; i++) {
        m_domains->push_back(std::move(m__io->read_u4be()));
    }
}

spapr_associativity_lookup_arrays_t::associativity_list_t::~associativity_list_t() {
    _clean_up();
}

void spapr_associativity_lookup_arrays_t::associativity_list_t::_clean_up() {
}
