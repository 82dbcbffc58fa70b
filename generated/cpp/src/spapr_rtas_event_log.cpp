// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr_rtas_event_log.h"
#include "kaitai/exceptions.h"
const std::set<spapr_rtas_event_log_t::disposition_t> spapr_rtas_event_log_t::_values_disposition_t{
    spapr_rtas_event_log_t::DISPOSITION_FULLY_RECOVERED,
    spapr_rtas_event_log_t::DISPOSITION_LIMITED_RECOVERY,
    spapr_rtas_event_log_t::DISPOSITION_NOT_RECOVERED,
};
bool spapr_rtas_event_log_t::_is_defined_disposition_t(spapr_rtas_event_log_t::disposition_t v) {
    return spapr_rtas_event_log_t::_values_disposition_t.find(v) != spapr_rtas_event_log_t::_values_disposition_t.end();
}
const std::set<spapr_rtas_event_log_t::initiator_t> spapr_rtas_event_log_t::_values_initiator_t{
    spapr_rtas_event_log_t::INITIATOR_UNKNOWN,
    spapr_rtas_event_log_t::INITIATOR_CPU,
    spapr_rtas_event_log_t::INITIATOR_PCI,
    spapr_rtas_event_log_t::INITIATOR_MEMORY,
    spapr_rtas_event_log_t::INITIATOR_HOTPLUG,
};
bool spapr_rtas_event_log_t::_is_defined_initiator_t(spapr_rtas_event_log_t::initiator_t v) {
    return spapr_rtas_event_log_t::_values_initiator_t.find(v) != spapr_rtas_event_log_t::_values_initiator_t.end();
}
const std::set<spapr_rtas_event_log_t::log_type_t> spapr_rtas_event_log_t::_values_log_type_t{
    spapr_rtas_event_log_t::LOG_TYPE_OTHER,
    spapr_rtas_event_log_t::LOG_TYPE_RETRY,
    spapr_rtas_event_log_t::LOG_TYPE_TCE_ERROR,
    spapr_rtas_event_log_t::LOG_TYPE_INTERNAL_DEVICE_FAILURE,
    spapr_rtas_event_log_t::LOG_TYPE_TIMEOUT,
    spapr_rtas_event_log_t::LOG_TYPE_DATA_PARITY,
    spapr_rtas_event_log_t::LOG_TYPE_ADDRESS_PARITY,
    spapr_rtas_event_log_t::LOG_TYPE_CACHE_PARITY,
    spapr_rtas_event_log_t::LOG_TYPE_ADDRESS_INVALID,
    spapr_rtas_event_log_t::LOG_TYPE_ECC_UNCORRECTED,
    spapr_rtas_event_log_t::LOG_TYPE_ECC_CORRECTED,
    spapr_rtas_event_log_t::LOG_TYPE_EPOW,
    spapr_rtas_event_log_t::LOG_TYPE_HOTPLUG,
};
bool spapr_rtas_event_log_t::_is_defined_log_type_t(spapr_rtas_event_log_t::log_type_t v) {
    return spapr_rtas_event_log_t::_values_log_type_t.find(v) != spapr_rtas_event_log_t::_values_log_type_t.end();
}
const std::set<spapr_rtas_event_log_t::section_id_t> spapr_rtas_event_log_t::_values_section_id_t{
    spapr_rtas_event_log_t::SECTION_ID_EPOW,
    spapr_rtas_event_log_t::SECTION_ID_HOTPLUG,
    spapr_rtas_event_log_t::SECTION_ID_MACHINE_CHECK,
    spapr_rtas_event_log_t::SECTION_ID_MAIN_A,
    spapr_rtas_event_log_t::SECTION_ID_MAIN_B,
};
bool spapr_rtas_event_log_t::_is_defined_section_id_t(spapr_rtas_event_log_t::section_id_t v) {
    return spapr_rtas_event_log_t::_values_section_id_t.find(v) != spapr_rtas_event_log_t::_values_section_id_t.end();
}
const std::set<spapr_rtas_event_log_t::severity_t> spapr_rtas_event_log_t::_values_severity_t{
    spapr_rtas_event_log_t::SEVERITY_NO_ERROR,
    spapr_rtas_event_log_t::SEVERITY_EVENT,
    spapr_rtas_event_log_t::SEVERITY_WARNING,
    spapr_rtas_event_log_t::SEVERITY_ERROR_SYNC,
    spapr_rtas_event_log_t::SEVERITY_ERROR,
    spapr_rtas_event_log_t::SEVERITY_FATAL,
    spapr_rtas_event_log_t::SEVERITY_ALREADY_REPORTED,
};
bool spapr_rtas_event_log_t::_is_defined_severity_t(spapr_rtas_event_log_t::severity_t v) {
    return spapr_rtas_event_log_t::_values_severity_t.find(v) != spapr_rtas_event_log_t::_values_severity_t.end();
}

spapr_rtas_event_log_t::spapr_rtas_event_log_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_summary = nullptr;
    m_extended_log = nullptr;
    m__io__raw_extended_log = nullptr;
    _read();
}

void spapr_rtas_event_log_t::_read() {
    m_summary = std::unique_ptr<summary_t>(new summary_t(m__io, this, m__root));
    m_len_extended_log = m__io->read_u4be();
    m__raw_extended_log = m__io->read_bytes(len_extended_log());
    m__io__raw_extended_log = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_extended_log));
    m_extended_log = std::unique_ptr<extended_log_t>(new extended_log_t(m__io__raw_extended_log.get(), this, m__root));
}

spapr_rtas_event_log_t::~spapr_rtas_event_log_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::_clean_up() {
}

spapr_rtas_event_log_t::drc_count_t::drc_count_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::drc_count_t::_read() {
    m_count = m__io->read_u4be();
}

spapr_rtas_event_log_t::drc_count_t::~drc_count_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::drc_count_t::_clean_up() {
}

spapr_rtas_event_log_t::drc_count_indexed_t::drc_count_indexed_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_index = nullptr;
    _read();
}

void spapr_rtas_event_log_t::drc_count_indexed_t::_read() {
    m_count = m__io->read_u4be();
    m_index = std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io));
}

spapr_rtas_event_log_t::drc_count_indexed_t::~drc_count_indexed_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::drc_count_indexed_t::_clean_up() {
}

spapr_rtas_event_log_t::drc_name_t::drc_name_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::drc_name_t::_read() {
    m_name = kaitai::kstream::bytes_to_str(m__io->read_bytes_term(0, false, true, true), "ASCII");
}

spapr_rtas_event_log_t::drc_name_t::~drc_name_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::drc_name_t::_clean_up() {
}

spapr_rtas_event_log_t::epow_t::epow_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::epow_t::_read() {
    m_sensor_value = m__io->read_u1();
    m_event_modifier = m__io->read_u1();
    m_extended_modifier = m__io->read_u1();
    m_reserved = m__io->read_u1();
    m_reason_code = m__io->read_bytes(8);
}

spapr_rtas_event_log_t::epow_t::~epow_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::epow_t::_clean_up() {
}

spapr_rtas_event_log_t::extended_log_t::extended_log_t(kaitai::kstream* p__io, spapr_rtas_event_log_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    m_sections = nullptr;
    _read();
}

void spapr_rtas_event_log_t::extended_log_t::_read() {
    m_flags = std::unique_ptr<extended_log_flags_t>(new extended_log_flags_t(m__io, this, m__root));
    m_reserved1 = m__io->read_u1();
    m_powerpc_format = m__io->read_bits_int_be(1);
    m_reserved2 = m__io->read_bits_int_be(3);
    m_log_format = m__io->read_bits_int_be(4);
    m__io->align_to_byte();
    m_reserved3 = m__io->read_bytes(9);
    m_company = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(4), 0, false), "ASCII");
    m_sections = std::unique_ptr<std::vector<std::unique_ptr<section_t>>>(new std::vector<std::unique_ptr<section_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_sections->push_back(std::move(std::unique_ptr<section_t>(new section_t(m__io, this, m__root))));
            i++;
        }
    }
}

spapr_rtas_event_log_t::extended_log_t::~extended_log_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::extended_log_t::_clean_up() {
}

spapr_rtas_event_log_t::extended_log_flags_t::extended_log_flags_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::extended_log_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::extended_log_flags_t::_read() {
    m_valid = m__io->read_bits_int_be(1);
    m_unrecoverable_error = m__io->read_bits_int_be(1);
    m_recoverable_error = m__io->read_bits_int_be(1);
    m_degraded_operation = m__io->read_bits_int_be(1);
    m_predictive_error = m__io->read_bits_int_be(1);
    m_new_log = m__io->read_bits_int_be(1);
    m_big_endian = m__io->read_bits_int_be(1);
    m_reserved = m__io->read_bits_int_be(1);
}

spapr_rtas_event_log_t::extended_log_flags_t::~extended_log_flags_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::extended_log_flags_t::_clean_up() {
}

spapr_rtas_event_log_t::hotplug_t::hotplug_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::hotplug_t::_read() {
    m_hotplug_type = static_cast<spapr_t::hotplug_type_t>(m__io->read_u1());
    m_action = static_cast<spapr_t::hotplug_action_t>(m__io->read_u1());
    m_identifier = static_cast<spapr_t::hotplug_identifier_t>(m__io->read_u1());
    m_capabilities = m__io->read_u1();
    n_drc = true;
    switch (identifier()) {
    case spapr_t::HOTPLUG_IDENTIFIER_DRC_COUNT: {
        n_drc = false;
        m_drc = std::unique_ptr<drc_count_t>(new drc_count_t(m__io, this, m__root));
        break;
    }
    case spapr_t::HOTPLUG_IDENTIFIER_DRC_COUNT_INDEXED: {
        n_drc = false;
        m_drc = std::unique_ptr<drc_count_indexed_t>(new drc_count_indexed_t(m__io, this, m__root));
        break;
    }
    case spapr_t::HOTPLUG_IDENTIFIER_DRC_INDEX: {
        n_drc = false;
        m_drc = std::unique_ptr<spapr_t::drc_index_t>(new spapr_t::drc_index_t(m__io));
        break;
    }
    case spapr_t::HOTPLUG_IDENTIFIER_DRC_NAME: {
        n_drc = false;
        m_drc = std::unique_ptr<drc_name_t>(new drc_name_t(m__io, this, m__root));
        break;
    }
    }
}

spapr_rtas_event_log_t::hotplug_t::~hotplug_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::hotplug_t::_clean_up() {
    if (!n_drc) {
    }
}

spapr_rtas_event_log_t::main_a_t::main_a_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::main_a_t::_read() {
    m_creation_date = m__io->read_u4be();
    m_creation_time = m__io->read_u4be();
    m_platform1 = m__io->read_bytes(8);
    m_creator_id = kaitai::kstream::bytes_to_str(m__io->read_bytes(1), "ASCII");
    m_reserved1 = m__io->read_bytes(2);
    m_num_sections = m__io->read_u1();
    m_reserved2 = m__io->read_bytes(4);
    m_platform2 = m__io->read_bytes(8);
    m_plid = m__io->read_u4be();
    m_platform3 = m__io->read_bytes(4);
}

spapr_rtas_event_log_t::main_a_t::~main_a_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::main_a_t::_clean_up() {
}

spapr_rtas_event_log_t::main_b_t::main_b_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::main_b_t::_read() {
    m_subsystem_id = m__io->read_u1();
    m_platform1 = m__io->read_u1();
    m_event_severity = m__io->read_u1();
    m_event_subtype = m__io->read_u1();
    m_platform2 = m__io->read_bytes(4);
    m_reserved1 = m__io->read_bytes(2);
    m_action_flags = m__io->read_u2be();
    m_reserved2 = m__io->read_bytes(4);
}

spapr_rtas_event_log_t::main_b_t::~main_b_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::main_b_t::_clean_up() {
}

spapr_rtas_event_log_t::section_t::section_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::extended_log_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_body = nullptr;
    _read();
}

void spapr_rtas_event_log_t::section_t::_read() {
    m_section_id = static_cast<spapr_rtas_event_log_t::section_id_t>(m__io->read_u2be());
    m_len_section = m__io->read_u2be();
    if (!(m_len_section >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_section, m__io, std::string("/types/section/seq/1"));
    }
    m_version = m__io->read_u1();
    m_subtype = m__io->read_u1();
    m_creator_component_id = m__io->read_u2be();
    n_body = true;
    switch (section_id()) {
    case spapr_rtas_event_log_t::SECTION_ID_EPOW: {
        n_body = false;
        m__raw_body = m__io->read_bytes(len_section() - 8);
        m__io__raw_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_body));
        m_body = std::unique_ptr<epow_t>(new epow_t(m__io__raw_body.get(), this, m__root));
        break;
    }
    case spapr_rtas_event_log_t::SECTION_ID_HOTPLUG: {
        n_body = false;
        m__raw_body = m__io->read_bytes(len_section() - 8);
        m__io__raw_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_body));
        m_body = std::unique_ptr<hotplug_t>(new hotplug_t(m__io__raw_body.get(), this, m__root));
        break;
    }
    case spapr_rtas_event_log_t::SECTION_ID_MAIN_A: {
        n_body = false;
        m__raw_body = m__io->read_bytes(len_section() - 8);
        m__io__raw_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_body));
        m_body = std::unique_ptr<main_a_t>(new main_a_t(m__io__raw_body.get(), this, m__root));
        break;
    }
    case spapr_rtas_event_log_t::SECTION_ID_MAIN_B: {
        n_body = false;
        m__raw_body = m__io->read_bytes(len_section() - 8);
        m__io__raw_body = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_body));
        m_body = std::unique_ptr<main_b_t>(new main_b_t(m__io__raw_body.get(), this, m__root));
        break;
    }
    default: {
        m__raw_body = m__io->read_bytes(len_section() - 8);
        break;
    }
    }
}

spapr_rtas_event_log_t::section_t::~section_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::section_t::_clean_up() {
    if (!n_body) {
    }
}

spapr_rtas_event_log_t::summary_t::summary_t(kaitai::kstream* p__io, spapr_rtas_event_log_t* p__parent, spapr_rtas_event_log_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_rtas_event_log_t::summary_t::_read() {
    m_version = m__io->read_bits_int_be(8);
    m_severity = static_cast<spapr_rtas_event_log_t::severity_t>(m__io->read_bits_int_be(3));
    m_disposition = static_cast<spapr_rtas_event_log_t::disposition_t>(m__io->read_bits_int_be(2));
    m_optional_part_present = m__io->read_bits_int_be(1);
    m_reserved = m__io->read_bits_int_be(2);
    m_initiator = static_cast<spapr_rtas_event_log_t::initiator_t>(m__io->read_bits_int_be(4));
    m_target = static_cast<spapr_rtas_event_log_t::initiator_t>(m__io->read_bits_int_be(4));
    m_log_type = static_cast<spapr_rtas_event_log_t::log_type_t>(m__io->read_bits_int_be(8));
}

spapr_rtas_event_log_t::summary_t::~summary_t() {
    _clean_up();
}

void spapr_rtas_event_log_t::summary_t::_clean_up() {
}
