// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_cc_work_area.h"

spapr_cc_work_area_t::spapr_cc_work_area_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_cc_work_area_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_drc_index = nullptr;
    m__io__raw_value = nullptr;
    f_name = false;
    f_value = false;
    _read();
}

void spapr_cc_work_area_t::_read() {
    m_drc_index = std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io));
    m_reserved = m__io->read_u4be();
    m_ofs_name = m__io->read_u4be();
    m_len_value = m__io->read_u4be();
    m_ofs_value = m__io->read_u4be();
}

spapr_cc_work_area_t::~spapr_cc_work_area_t() {
    _clean_up();
}

void spapr_cc_work_area_t::_clean_up() {
    if (f_name && !n_name) {
    }
    if (f_value && !n_value) {
    }
}

std::string spapr_cc_work_area_t::name() {
    if (f_name)
        return m_name;
    f_name = true;
    n_name = true;
    if ( ((ofs_name() >= 20) && (static_cast<int64_t>(ofs_name()) < _io()->size())) ) {
        n_name = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(ofs_name());
        m_name = kaitai::kstream::bytes_to_str(m__io->read_bytes_term(0, false, true, true), "ASCII");
        m__io->seek(_pos);
    }
    return m_name;
}

kaitai::kstruct* spapr_cc_work_area_t::value() {
    if (f_value)
        return m_value.get();
    f_value = true;
    n_value = true;
    if ( ((ofs_name() >= 20) && (static_cast<int64_t>(ofs_name()) < _io()->size()) && (ofs_value() > ofs_name()) && (static_cast<int64_t>(ofs_value()) + static_cast<int64_t>(len_value()) <= _io()->size())) ) {
        n_value = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(ofs_value());
        n_value = true;
        {
            std::string on = name();
            if (on == std::string("ibm,associativity-lookup-arrays")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_associativity_lookup_arrays_t>(new spapr_associativity_lookup_arrays_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,drc-indexes")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_drc_indexes_t>(new spapr_drc_indexes_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,drc-names")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_drc_names_t>(new spapr_drc_names_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,drc-power-domains")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_drc_power_domains_t>(new spapr_drc_power_domains_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,drc-types")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_drc_types_t>(new spapr_drc_types_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,dynamic-memory")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_dynamic_memory_t>(new spapr_dynamic_memory_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,dynamic-memory-v2")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_dynamic_memory_v2_t>(new spapr_dynamic_memory_v2_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,lrdr-capacity")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_lrdr_capacity_t>(new spapr_lrdr_capacity_t(m__io__raw_value.get()));
            }
            else if (on == std::string("ibm,my-drc-index")) {
                n_value = false;
                m__raw_value = m__io->read_bytes(len_value());
                m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
                m_value = std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io__raw_value.get()));
            }
            else {
                m__raw_value = m__io->read_bytes(len_value());
            }
        }
        m__io->seek(_pos);
    }
    return m_value.get();
}
