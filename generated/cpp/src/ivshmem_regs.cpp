// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "ivshmem_regs.h"
const std::set<ivshmem_regs_t::offsets_t> ivshmem_regs_t::_values_offsets_t{
    ivshmem_regs_t::OFFSETS_INTERRUPT_MASK,
    ivshmem_regs_t::OFFSETS_INTERRUPT_STATUS,
    ivshmem_regs_t::OFFSETS_IV_POSITION,
    ivshmem_regs_t::OFFSETS_DOORBELL,
};
bool ivshmem_regs_t::_is_defined_offsets_t(ivshmem_regs_t::offsets_t v) {
    return ivshmem_regs_t::_values_offsets_t.find(v) != ivshmem_regs_t::_values_offsets_t.end();
}

ivshmem_regs_t::ivshmem_regs_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, ivshmem_regs_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_interrupt_mask = nullptr;
    m_interrupt_status = nullptr;
    m_doorbell = nullptr;
    f_has_position = false;
    _read();
}

void ivshmem_regs_t::_read() {
    m_interrupt_mask = std::unique_ptr<interrupt_bits_t>(new interrupt_bits_t(m__io, this, m__root));
    m_interrupt_status = std::unique_ptr<interrupt_bits_t>(new interrupt_bits_t(m__io, this, m__root));
    m_iv_position = m__io->read_s4le();
    m_doorbell = std::unique_ptr<doorbell_t>(new doorbell_t(m__io, this, m__root));
    m_reserved = m__io->read_bytes(240);
}

ivshmem_regs_t::~ivshmem_regs_t() {
    _clean_up();
}

void ivshmem_regs_t::_clean_up() {
}

ivshmem_regs_t::doorbell_t::doorbell_t(kaitai::kstream* p__io, ivshmem_regs_t* p__parent, ivshmem_regs_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void ivshmem_regs_t::doorbell_t::_read() {
    m_vector = m__io->read_u2le();
    m_peer_id = m__io->read_u2le();
}

ivshmem_regs_t::doorbell_t::~doorbell_t() {
    _clean_up();
}

void ivshmem_regs_t::doorbell_t::_clean_up() {
}

ivshmem_regs_t::interrupt_bits_t::interrupt_bits_t(kaitai::kstream* p__io, ivshmem_regs_t* p__parent, ivshmem_regs_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void ivshmem_regs_t::interrupt_bits_t::_read() {
    m_peer_interrupt = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(31);
}

ivshmem_regs_t::interrupt_bits_t::~interrupt_bits_t() {
    _clean_up();
}

void ivshmem_regs_t::interrupt_bits_t::_clean_up() {
}

bool ivshmem_regs_t::has_position() {
    if (f_has_position)
        return m_has_position;
    f_has_position = true;
    m_has_position = iv_position() >= 0;
    return m_has_position;
}
