// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_lrdr_capacity.h"

spapr_lrdr_capacity_t::spapr_lrdr_capacity_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_lrdr_capacity_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    f_lmb_size = false;
    f_max_address = false;
    _read();
}

void spapr_lrdr_capacity_t::_read() {
    m_max_address_hi = m__io->read_u4be();
    m_max_address_lo = m__io->read_u4be();
    m_lmb_size_hi = m__io->read_u4be();
    m_lmb_size_lo = m__io->read_u4be();
    m_max_cpus = m__io->read_u4be();
}

spapr_lrdr_capacity_t::~spapr_lrdr_capacity_t() {
    _clean_up();
}

void spapr_lrdr_capacity_t::_clean_up() {
}

uint64_t spapr_lrdr_capacity_t::lmb_size() {
    if (f_lmb_size)
        return m_lmb_size;
    f_lmb_size = true;
    m_lmb_size = static_cast<uint64_t>(static_cast<int64_t>(lmb_size_hi()) * 4294967296LL + static_cast<int64_t>(lmb_size_lo()));
    return m_lmb_size;
}

uint64_t spapr_lrdr_capacity_t::max_address() {
    if (f_max_address)
        return m_max_address;
    f_max_address = true;
    m_max_address = static_cast<uint64_t>(static_cast<int64_t>(max_address_hi()) * 4294967296LL + static_cast<int64_t>(max_address_lo()));
    return m_max_address;
}
