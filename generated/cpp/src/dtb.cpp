// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "dtb.h"
#include "kaitai/exceptions.h"
const std::set<dtb_t::token_t> dtb_t::_values_token_t{
    dtb_t::TOKEN_BEGIN_NODE,
    dtb_t::TOKEN_END_NODE,
    dtb_t::TOKEN_PROP,
    dtb_t::TOKEN_NOP,
    dtb_t::TOKEN_END,
};
bool dtb_t::_is_defined_token_t(dtb_t::token_t v) {
    return dtb_t::_values_token_t.find(v) != dtb_t::_values_token_t.end();
}

dtb_t::dtb_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_memory_reservations = nullptr;
    m_strings_block = nullptr;
    m__io__raw_strings_block = nullptr;
    m_structure_block = nullptr;
    m__io__raw_structure_block = nullptr;
    f_memory_reservations = false;
    f_strings_block = false;
    f_structure_block = false;
    _read();
}

void dtb_t::_read() {
    m_magic = m__io->read_bytes(4);
    if (!(m_magic == std::string("\xD0\x0D\xFE\xED", 4))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\xD0\x0D\xFE\xED", 4), m_magic, m__io, std::string("/seq/0"));
    }
    m_len_total = m__io->read_u4be();
    m_ofs_structure_block = m__io->read_u4be();
    m_ofs_strings_block = m__io->read_u4be();
    m_ofs_memory_reservation_block = m__io->read_u4be();
    m_version = m__io->read_u4be();
    if (!(m_version >= 17)) {
        throw kaitai::validation_less_than_error<uint32_t>(17, m_version, m__io, std::string("/seq/5"));
    }
    m_min_compatible_version = m__io->read_u4be();
    m_boot_cpuid_phys = m__io->read_u4be();
    m_len_strings_block = m__io->read_u4be();
    m_len_structure_block = m__io->read_u4be();
}

dtb_t::~dtb_t() {
    _clean_up();
}

void dtb_t::_clean_up() {
    if (f_memory_reservations) {
    }
    if (f_strings_block) {
    }
    if (f_structure_block) {
    }
}

dtb_t::item_t::item_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void dtb_t::item_t::_read() {
    m_token = static_cast<dtb_t::token_t>(m__io->read_u4be());
    if (!dtb_t::_is_defined_token_t(m_token)) {
        throw kaitai::validation_not_in_enum_error<dtb_t::token_t>(m_token, m__io, std::string("/types/item/seq/0"));
    }
    n_body = true;
    switch (token()) {
    case dtb_t::TOKEN_BEGIN_NODE: {
        n_body = false;
        m_body = std::unique_ptr<node_t>(new node_t(m__io, this, m__root));
        break;
    }
    case dtb_t::TOKEN_PROP: {
        n_body = false;
        m_body = std::unique_ptr<property_t>(new property_t(m__io, this, m__root));
        break;
    }
    }
}

dtb_t::item_t::~item_t() {
    _clean_up();
}

void dtb_t::item_t::_clean_up() {
    if (!n_body) {
    }
}

dtb_t::memory_reservation_t::memory_reservation_t(kaitai::kstream* p__io, dtb_t* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void dtb_t::memory_reservation_t::_read() {
    m_address = m__io->read_u8be();
    m_size = m__io->read_u8be();
}

dtb_t::memory_reservation_t::~memory_reservation_t() {
    _clean_up();
}

void dtb_t::memory_reservation_t::_clean_up() {
}

dtb_t::node_t::node_t(kaitai::kstream* p__io, dtb_t::item_t* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_items = nullptr;
    _read();
}

void dtb_t::node_t::_read() {
    m_name = kaitai::kstream::bytes_to_str(m__io->read_bytes_term(0, false, true, true), "ASCII");
    m_name_padding = m__io->read_bytes(kaitai::kstream::mod(4 - kaitai::kstream::mod(_io()->pos(), 4), 4));
    m_items = std::unique_ptr<std::vector<std::unique_ptr<item_t>>>(new std::vector<std::unique_ptr<item_t>>());
    {
        int i = 0;
        item_t* _;
        do {
            _ = new item_t(m__io, this, m__root);
            m_items->push_back(std::move(std::unique_ptr<item_t>(_)));
            i++;
        } while (!(_->token() == dtb_t::TOKEN_END_NODE));
    }
}

dtb_t::node_t::~node_t() {
    _clean_up();
}

void dtb_t::node_t::_clean_up() {
}

dtb_t::property_t::property_t(kaitai::kstream* p__io, dtb_t::item_t* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    f_name = false;
    _read();
}

void dtb_t::property_t::_read() {
    m_len_value = m__io->read_u4be();
    m_ofs_name = m__io->read_u4be();
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
    m_value_padding = m__io->read_bytes(kaitai::kstream::mod(4 - kaitai::kstream::mod(len_value(), 4), 4));
}

dtb_t::property_t::~property_t() {
    _clean_up();
}

void dtb_t::property_t::_clean_up() {
    if (!n_value) {
    }
    if (f_name) {
    }
}

std::string dtb_t::property_t::name() {
    if (f_name)
        return m_name;
    f_name = true;
    kaitai::kstream *io = _root()->strings_block()->_io();
    std::streampos _pos = io->pos();
    io->seek(ofs_name());
    m_name = kaitai::kstream::bytes_to_str(io->read_bytes_term(0, false, true, true), "ASCII");
    io->seek(_pos);
    return m_name;
}

dtb_t::strings_block_t::strings_block_t(kaitai::kstream* p__io, dtb_t* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void dtb_t::strings_block_t::_read() {
    m_data = m__io->read_bytes_full();
}

dtb_t::strings_block_t::~strings_block_t() {
    _clean_up();
}

void dtb_t::strings_block_t::_clean_up() {
}

dtb_t::structure_block_t::structure_block_t(kaitai::kstream* p__io, dtb_t* p__parent, dtb_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_items = nullptr;
    _read();
}

void dtb_t::structure_block_t::_read() {
    m_items = std::unique_ptr<std::vector<std::unique_ptr<item_t>>>(new std::vector<std::unique_ptr<item_t>>());
    {
        int i = 0;
        item_t* _;
        do {
            _ = new item_t(m__io, this, m__root);
            m_items->push_back(std::move(std::unique_ptr<item_t>(_)));
            i++;
        } while (!(_->token() == dtb_t::TOKEN_END));
    }
}

dtb_t::structure_block_t::~structure_block_t() {
    _clean_up();
}

void dtb_t::structure_block_t::_clean_up() {
}

std::vector<std::unique_ptr<dtb_t::memory_reservation_t>>* dtb_t::memory_reservations() {
    if (f_memory_reservations)
        return m_memory_reservations.get();
    f_memory_reservations = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(ofs_memory_reservation_block());
    m_memory_reservations = std::unique_ptr<std::vector<std::unique_ptr<memory_reservation_t>>>(new std::vector<std::unique_ptr<memory_reservation_t>>());
    {
        int i = 0;
        memory_reservation_t* _;
        do {
            _ = new memory_reservation_t(m__io, this, m__root);
            m_memory_reservations->push_back(std::move(std::unique_ptr<memory_reservation_t>(_)));
            i++;
        } while (!( ((_->address() == 0) && (_->size() == 0)) ));
    }
    m__io->seek(_pos);
    return m_memory_reservations.get();
}

dtb_t::strings_block_t* dtb_t::strings_block() {
    if (f_strings_block)
        return m_strings_block.get();
    f_strings_block = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(ofs_strings_block());
    m__raw_strings_block = m__io->read_bytes(len_strings_block());
    m__io__raw_strings_block = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_strings_block));
    m_strings_block = std::unique_ptr<strings_block_t>(new strings_block_t(m__io__raw_strings_block.get(), this, m__root));
    m__io->seek(_pos);
    return m_strings_block.get();
}

dtb_t::structure_block_t* dtb_t::structure_block() {
    if (f_structure_block)
        return m_structure_block.get();
    f_structure_block = true;
    std::streampos _pos = m__io->pos();
    m__io->seek(ofs_structure_block());
    m__raw_structure_block = m__io->read_bytes(len_structure_block());
    m__io__raw_structure_block = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_structure_block));
    m_structure_block = std::unique_ptr<structure_block_t>(new structure_block_t(m__io__raw_structure_block.get(), this, m__root));
    m__io->seek(_pos);
    return m_structure_block.get();
}
