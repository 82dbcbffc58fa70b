// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "spapr.h"
const std::set<spapr_t::allocation_state_t> spapr_t::_values_allocation_state_t{
    spapr_t::ALLOCATION_STATE_UNUSABLE,
    spapr_t::ALLOCATION_STATE_USABLE,
    spapr_t::ALLOCATION_STATE_EXCHANGE,
    spapr_t::ALLOCATION_STATE_RECOVER,
};
bool spapr_t::_is_defined_allocation_state_t(spapr_t::allocation_state_t v) {
    return spapr_t::_values_allocation_state_t.find(v) != spapr_t::_values_allocation_state_t.end();
}
const std::set<spapr_t::cc_status_t> spapr_t::_values_cc_status_t{
    spapr_t::CC_STATUS_NOT_CONFIGURABLE,
    spapr_t::CC_STATUS_HARDWARE_ERROR,
    spapr_t::CC_STATUS_COMPLETE,
    spapr_t::CC_STATUS_NEXT_SIBLING,
    spapr_t::CC_STATUS_NEXT_CHILD,
    spapr_t::CC_STATUS_NEXT_PROPERTY,
    spapr_t::CC_STATUS_PREVIOUS_PARENT,
    spapr_t::CC_STATUS_MORE_MEMORY,
    spapr_t::CC_STATUS_CALL_AGAIN,
};
bool spapr_t::_is_defined_cc_status_t(spapr_t::cc_status_t v) {
    return spapr_t::_values_cc_status_t.find(v) != spapr_t::_values_cc_status_t.end();
}
const std::set<spapr_t::dr_indicator_state_t> spapr_t::_values_dr_indicator_state_t{
    spapr_t::DR_INDICATOR_STATE_INACTIVE,
    spapr_t::DR_INDICATOR_STATE_ACTIVE,
    spapr_t::DR_INDICATOR_STATE_IDENTIFY,
    spapr_t::DR_INDICATOR_STATE_ACTION,
};
bool spapr_t::_is_defined_dr_indicator_state_t(spapr_t::dr_indicator_state_t v) {
    return spapr_t::_values_dr_indicator_state_t.find(v) != spapr_t::_values_dr_indicator_state_t.end();
}
const std::set<spapr_t::drc_type_t> spapr_t::_values_drc_type_t{
    spapr_t::DRC_TYPE_CPU,
    spapr_t::DRC_TYPE_PHB,
    spapr_t::DRC_TYPE_VIO,
    spapr_t::DRC_TYPE_PCI,
    spapr_t::DRC_TYPE_LMB,
    spapr_t::DRC_TYPE_PMEM,
};
bool spapr_t::_is_defined_drc_type_t(spapr_t::drc_type_t v) {
    return spapr_t::_values_drc_type_t.find(v) != spapr_t::_values_drc_type_t.end();
}
const std::set<spapr_t::entity_sense_t> spapr_t::_values_entity_sense_t{
    spapr_t::ENTITY_SENSE_EMPTY,
    spapr_t::ENTITY_SENSE_PRESENT,
    spapr_t::ENTITY_SENSE_UNUSABLE,
    spapr_t::ENTITY_SENSE_EXCHANGE,
    spapr_t::ENTITY_SENSE_RECOVERY,
};
bool spapr_t::_is_defined_entity_sense_t(spapr_t::entity_sense_t v) {
    return spapr_t::_values_entity_sense_t.find(v) != spapr_t::_values_entity_sense_t.end();
}
const std::set<spapr_t::event_class_t> spapr_t::_values_event_class_t{
    spapr_t::EVENT_CLASS_INTERNAL_ERRORS,
    spapr_t::EVENT_CLASS_EPOW,
    spapr_t::EVENT_CLASS_RESERVED,
    spapr_t::EVENT_CLASS_HOT_PLUG,
    spapr_t::EVENT_CLASS_IO,
};
bool spapr_t::_is_defined_event_class_t(spapr_t::event_class_t v) {
    return spapr_t::_values_event_class_t.find(v) != spapr_t::_values_event_class_t.end();
}
const std::set<spapr_t::hcall_t> spapr_t::_values_hcall_t{
    spapr_t::HCALL_H_RTAS,
    spapr_t::HCALL_H_LOGICAL_MEMOP,
    spapr_t::HCALL_H_CAS,
    spapr_t::HCALL_H_UPDATE_DT,
    spapr_t::HCALL_H_VOF_CLIENT,
};
bool spapr_t::_is_defined_hcall_t(spapr_t::hcall_t v) {
    return spapr_t::_values_hcall_t.find(v) != spapr_t::_values_hcall_t.end();
}
const std::set<spapr_t::hcall_status_t> spapr_t::_values_hcall_status_t{
    spapr_t::HCALL_STATUS_PARAMETER,
    spapr_t::HCALL_STATUS_PRIVILEGE,
    spapr_t::HCALL_STATUS_FUNCTION,
    spapr_t::HCALL_STATUS_HARDWARE,
    spapr_t::HCALL_STATUS_SUCCESS,
    spapr_t::HCALL_STATUS_BUSY,
};
bool spapr_t::_is_defined_hcall_status_t(spapr_t::hcall_status_t v) {
    return spapr_t::_values_hcall_status_t.find(v) != spapr_t::_values_hcall_status_t.end();
}
const std::set<spapr_t::hotplug_action_t> spapr_t::_values_hotplug_action_t{
    spapr_t::HOTPLUG_ACTION_ADD,
    spapr_t::HOTPLUG_ACTION_REMOVE,
};
bool spapr_t::_is_defined_hotplug_action_t(spapr_t::hotplug_action_t v) {
    return spapr_t::_values_hotplug_action_t.find(v) != spapr_t::_values_hotplug_action_t.end();
}
const std::set<spapr_t::hotplug_identifier_t> spapr_t::_values_hotplug_identifier_t{
    spapr_t::HOTPLUG_IDENTIFIER_DRC_NAME,
    spapr_t::HOTPLUG_IDENTIFIER_DRC_INDEX,
    spapr_t::HOTPLUG_IDENTIFIER_DRC_COUNT,
    spapr_t::HOTPLUG_IDENTIFIER_DRC_COUNT_INDEXED,
};
bool spapr_t::_is_defined_hotplug_identifier_t(spapr_t::hotplug_identifier_t v) {
    return spapr_t::_values_hotplug_identifier_t.find(v) != spapr_t::_values_hotplug_identifier_t.end();
}
const std::set<spapr_t::hotplug_type_t> spapr_t::_values_hotplug_type_t{
    spapr_t::HOTPLUG_TYPE_CPU,
    spapr_t::HOTPLUG_TYPE_MEMORY,
    spapr_t::HOTPLUG_TYPE_SLOT,
    spapr_t::HOTPLUG_TYPE_PHB,
    spapr_t::HOTPLUG_TYPE_PCI,
    spapr_t::HOTPLUG_TYPE_PMEM,
};
bool spapr_t::_is_defined_hotplug_type_t(spapr_t::hotplug_type_t v) {
    return spapr_t::_values_hotplug_type_t.find(v) != spapr_t::_values_hotplug_type_t.end();
}
const std::set<spapr_t::indicator_t> spapr_t::_values_indicator_t{
    spapr_t::INDICATOR_ISOLATION_STATE,
    spapr_t::INDICATOR_DR_INDICATOR,
    spapr_t::INDICATOR_ALLOCATION_STATE,
};
bool spapr_t::_is_defined_indicator_t(spapr_t::indicator_t v) {
    return spapr_t::_values_indicator_t.find(v) != spapr_t::_values_indicator_t.end();
}
const std::set<spapr_t::isolation_state_t> spapr_t::_values_isolation_state_t{
    spapr_t::ISOLATION_STATE_ISOLATE,
    spapr_t::ISOLATION_STATE_UNISOLATE,
};
bool spapr_t::_is_defined_isolation_state_t(spapr_t::isolation_state_t v) {
    return spapr_t::_values_isolation_state_t.find(v) != spapr_t::_values_isolation_state_t.end();
}
const std::set<spapr_t::memop_element_size_t> spapr_t::_values_memop_element_size_t{
    spapr_t::MEMOP_ELEMENT_SIZE_ONE_BYTE,
    spapr_t::MEMOP_ELEMENT_SIZE_TWO_BYTES,
    spapr_t::MEMOP_ELEMENT_SIZE_FOUR_BYTES,
    spapr_t::MEMOP_ELEMENT_SIZE_EIGHT_BYTES,
};
bool spapr_t::_is_defined_memop_element_size_t(spapr_t::memop_element_size_t v) {
    return spapr_t::_values_memop_element_size_t.find(v) != spapr_t::_values_memop_element_size_t.end();
}
const std::set<spapr_t::memop_operation_t> spapr_t::_values_memop_operation_t{
    spapr_t::MEMOP_OPERATION_COPY,
    spapr_t::MEMOP_OPERATION_INVERT,
};
bool spapr_t::_is_defined_memop_operation_t(spapr_t::memop_operation_t v) {
    return spapr_t::_values_memop_operation_t.find(v) != spapr_t::_values_memop_operation_t.end();
}
const std::set<spapr_t::rtas_status_t> spapr_t::_values_rtas_status_t{
    spapr_t::RTAS_STATUS_SYSTEM_PARAMETER_ERROR,
    spapr_t::RTAS_STATUS_NOT_AUTHORIZED,
    spapr_t::RTAS_STATUS_PARAMETER_ERROR,
    spapr_t::RTAS_STATUS_BUSY,
    spapr_t::RTAS_STATUS_HARDWARE_ERROR,
    spapr_t::RTAS_STATUS_SUCCESS,
    spapr_t::RTAS_STATUS_NO_ERRORS_FOUND,
};
bool spapr_t::_is_defined_rtas_status_t(spapr_t::rtas_status_t v) {
    return spapr_t::_values_rtas_status_t.find(v) != spapr_t::_values_rtas_status_t.end();
}
const std::set<spapr_t::sensor_t> spapr_t::_values_sensor_t{
    spapr_t::SENSOR_DR_ENTITY_SENSE,
};
bool spapr_t::_is_defined_sensor_t(spapr_t::sensor_t v) {
    return spapr_t::_values_sensor_t.find(v) != spapr_t::_values_sensor_t.end();
}

spapr_t::spapr_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    _read();
}

void spapr_t::_read() {
}

spapr_t::~spapr_t() {
    _clean_up();
}

void spapr_t::_clean_up() {
}

spapr_t::cas_vectors_t::cas_vectors_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_pvrs = nullptr;
    m_vectors = nullptr;
    _read();
}

void spapr_t::cas_vectors_t::_read() {
    m_pvrs = std::unique_ptr<std::vector<std::unique_ptr<pvr_entry_t>>>(new std::vector<std::unique_ptr<pvr_entry_t>>());
    {
        int i = 0;
        pvr_entry_t* _;
        do {
            _ = new pvr_entry_t(m__io, this, m__root);
            m_pvrs->push_back(std::move(std::unique_ptr<pvr_entry_t>(_)));
            i++;
        } while (!( ((_->mask() == 0) && (_->pvr() == 4294967295UL)) ));
    }
    m_num_vectors_minus_one = m__io->read_u1();
    m_vectors = std::unique_ptr<std::vector<std::unique_ptr<option_vector_t>>>(new std::vector<std::unique_ptr<option_vector_t>>());
    const int l_vectors = static_cast<int32_t>(num_vectors_minus_one()) + 1;
    for (int i = 0; i < l_vectors; i++) {
        m_vectors->push_back(std::move(std::unique_ptr<option_vector_t>(new option_vector_t(m__io, this, m__root))));
    }
}

spapr_t::cas_vectors_t::~cas_vectors_t() {
    _clean_up();
}

void spapr_t::cas_vectors_t::_clean_up() {
}

spapr_t::drc_index_t::drc_index_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_value = false;
    _read();
}

void spapr_t::drc_index_t::_read() {
    m_drc_type = static_cast<spapr_t::drc_type_t>(m__io->read_bits_int_be(4));
    m_id = m__io->read_bits_int_be(28);
}

spapr_t::drc_index_t::~drc_index_t() {
    _clean_up();
}

void spapr_t::drc_index_t::_clean_up() {
}

uint32_t spapr_t::drc_index_t::value() {
    if (f_value)
        return m_value;
    f_value = true;
    m_value = static_cast<uint32_t>(static_cast<int64_t>(drc_type()) * 268435456 + static_cast<int64_t>(id()));
    return m_value;
}

spapr_t::hcall_registers_t::hcall_registers_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_args = nullptr;
    _read();
}

void spapr_t::hcall_registers_t::_read() {
    m_r3 = m__io->read_s8be();
    m_args = std::unique_ptr<std::vector<uint64_t>>(new std::vector<uint64_t>());
    const int l_args = 9;
    for (int i = 0; i < l_args; i++) {
        m_args->push_back(std::move(m__io->read_u8be()));
    }
}

spapr_t::hcall_registers_t::~hcall_registers_t() {
    _clean_up();
}

void spapr_t::hcall_registers_t::_clean_up() {
}

spapr_t::lmb_flags_t::lmb_flags_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_t::lmb_flags_t::_read() {
    m_reserved_high = m__io->read_bits_int_be(23);
    m_hot_removable = m__io->read_bits_int_be(1);
    m_reserved_lmb = m__io->read_bits_int_be(1);
    m_unused_upper = m__io->read_bits_int_be(1);
    m_drc_invalid = m__io->read_bits_int_be(1);
    m_unused_lower = m__io->read_bits_int_be(1);
    m_assigned = m__io->read_bits_int_be(1);
    m_reserved_bottom = m__io->read_bits_int_be(3);
}

spapr_t::lmb_flags_t::~lmb_flags_t() {
    _clean_up();
}

void spapr_t::lmb_flags_t::_clean_up() {
}

spapr_t::logical_memop_args_t::logical_memop_args_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_t::logical_memop_args_t::_read() {
    m_destination = m__io->read_u8be();
    m_source = m__io->read_u8be();
    m_element_size = static_cast<spapr_t::memop_element_size_t>(m__io->read_u8be());
    m_num_elements = m__io->read_u8be();
    m_operation = static_cast<spapr_t::memop_operation_t>(m__io->read_u8be());
}

spapr_t::logical_memop_args_t::~logical_memop_args_t() {
    _clean_up();
}

void spapr_t::logical_memop_args_t::_clean_up() {
}

spapr_t::option_vector_t::option_vector_t(kaitai::kstream* p__io, spapr_t::cas_vectors_t* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_t::option_vector_t::_read() {
    m_len_data_minus_one = m__io->read_u1();
    m_data = m__io->read_bytes(static_cast<int32_t>(len_data_minus_one()) + 1);
}

spapr_t::option_vector_t::~option_vector_t() {
    _clean_up();
}

void spapr_t::option_vector_t::_clean_up() {
}

spapr_t::pvr_entry_t::pvr_entry_t(kaitai::kstream* p__io, spapr_t::cas_vectors_t* p__parent, spapr_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void spapr_t::pvr_entry_t::_read() {
    m_mask = m__io->read_u4be();
    m_pvr = m__io->read_u4be();
}

spapr_t::pvr_entry_t::~pvr_entry_t() {
    _clean_up();
}

void spapr_t::pvr_entry_t::_clean_up() {
}
