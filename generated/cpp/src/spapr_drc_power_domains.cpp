// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_drc_power_domains.h"

spapr_drc_power_domains_t::spapr_drc_power_domains_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_drc_power_domains_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_power_domains = nullptr;
    _read();
}

void spapr_drc_power_domains_t::_read() {
    m_num_power_domains = m__io->read_u4be();
    m_power_domains = std::unique_ptr<std::vector<int32_t>>(new std::vector<int32_t>());
    const int l_power_domains = num_power_domains();
    for (int i = 0; i < l_power_domains; i++) {
        m_power_domains->push_back(std::move(m__io->read_s4be()));
    }
}

spapr_drc_power_domains_t::~spapr_drc_power_domains_t() {
    _clean_up();
}

void spapr_drc_power_domains_t::_clean_up() {
}
