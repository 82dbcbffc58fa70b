#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_rtas_args_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The block in guest memory that an RTAS call works on, whose address the
 * guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
 * call's token (from the /rtas node of the device tree, such as
 * `get-sensor-state`), the number of arguments and of return values, the
 * arguments, then room for the return values, which QEMU fills in (the
 * first is the status, `spapr::rtas_status`). All words are big-endian.
 * H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
 * unknown token.
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000 Source
 */

class spapr_rtas_args_t : public kaitai::kstruct {

public:

    spapr_rtas_args_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_rtas_args_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_rtas_args_t();

private:
    uint32_t m_token;
    uint32_t m_num_args;
    uint32_t m_num_rets;
    std::unique_ptr<std::vector<uint32_t>> m_args;
    spapr_t::rtas_status_t m_status;
    bool n_status;

public:
    bool _is_null_status() { status(); return n_status; };

private:
    std::unique_ptr<std::vector<int32_t>> m_rets;
    bool n_rets;

public:
    bool _is_null_rets() { rets(); return n_rets; };

private:
    spapr_rtas_args_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Which RTAS call; the value of its property in /rtas.
     */
    uint32_t token() const { return m_token; }

    /**
     * Number of argument words.
     */
    uint32_t num_args() const { return m_num_args; }

    /**
     * Number of return words.
     */
    uint32_t num_rets() const { return m_num_rets; }

    /**
     * The arguments.
     */
    std::vector<uint32_t>* args() const { return m_args.get(); }

    /**
     * The first return value, the call's status.
     */
    spapr_t::rtas_status_t status() const { return m_status; }

    /**
     * The other return values.
     */
    std::vector<int32_t>* rets() const { return m_rets.get(); }
    spapr_rtas_args_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
