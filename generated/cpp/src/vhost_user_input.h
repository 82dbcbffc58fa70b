#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_input_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A vhost-user-input back-end is a virtio input device (keyboard, mouse,
 * tablet) in another process. QEMU forwards every access the guest makes
 * to its configuration space: a write is a SET_CONFIG and a read a
 * GET_CONFIG of this whole 136-byte structure.
 * 
 * The configuration space is a query: the driver writes `select` and
 * `subsel`, then reads `len_answer` and the first that many bytes of
 * `answer`. An answer of length zero means "not supported" (an event type
 * the device does not have, an axis it does not report).
 * 
 * The event queue carries `event`s from the device to the driver, one per
 * 8-byte device-writable buffer; the status queue carries events the
 * other way (keyboard LEDs), one per device-readable buffer. Types and
 * codes are those of Linux evdev.
 * \sa Virtio 1.2, section 5.8 "Input Device"
 */

class vhost_user_input_t : public kaitai::kstruct {

public:
    class abs_info_t;
    class devids_t;
    class event_t;

    enum config_select_t {
        CONFIG_SELECT_UNSET = 0,
        CONFIG_SELECT_ID_NAME = 1,
        CONFIG_SELECT_ID_SERIAL = 2,
        CONFIG_SELECT_ID_DEVIDS = 3,
        CONFIG_SELECT_PROP_BITS = 16,
        CONFIG_SELECT_EV_BITS = 17,
        CONFIG_SELECT_ABS_INFO = 18
    };
    static bool _is_defined_config_select_t(config_select_t v);

private:
    static const std::set<config_select_t> _values_config_select_t;

public:

    enum event_type_t {
        EVENT_TYPE_SYN = 0,
        EVENT_TYPE_KEY = 1,
        EVENT_TYPE_REL = 2,
        EVENT_TYPE_ABS = 3,
        EVENT_TYPE_MSC = 4,
        EVENT_TYPE_LED = 17,
        EVENT_TYPE_REP = 20
    };
    static bool _is_defined_event_type_t(event_type_t v);

private:
    static const std::set<event_type_t> _values_event_type_t;

public:

    vhost_user_input_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_input_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_input_t();

    /**
     * The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
     * \sa Virtio 1.2, section 5.8.4 "Device configuration layout"
     */

    class abs_info_t : public kaitai::kstruct {

    public:

        abs_info_t(kaitai::kstream* p__io, vhost_user_input_t* p__parent = nullptr, vhost_user_input_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~abs_info_t();

    private:
        int32_t m_min;
        int32_t m_max;
        int32_t m_fuzz;
        int32_t m_flat;
        int32_t m_res;
        vhost_user_input_t* m__root;
        vhost_user_input_t* m__parent;

    public:

        /**
         * Smallest value.
         */
        int32_t min() const { return m_min; }

        /**
         * Largest value.
         */
        int32_t max() const { return m_max; }

        /**
         * Noise filter width.
         */
        int32_t fuzz() const { return m_fuzz; }

        /**
         * Dead zone around the centre.
         */
        int32_t flat() const { return m_flat; }

        /**
         * Resolution (units per millimetre, or per radian).
         */
        int32_t res() const { return m_res; }
        vhost_user_input_t* _root() const { return m__root; }
        vhost_user_input_t* _parent() const { return m__parent; }
    };

    /**
     * Bus and device identity (id_devids), as evdev's struct input_id.
     * \sa Virtio 1.2, section 5.8.4 "Device configuration layout"
     */

    class devids_t : public kaitai::kstruct {

    public:

        devids_t(kaitai::kstream* p__io, vhost_user_input_t* p__parent = nullptr, vhost_user_input_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~devids_t();

    private:
        uint16_t m_bustype;
        uint16_t m_vendor;
        uint16_t m_product;
        uint16_t m_version;
        vhost_user_input_t* m__root;
        vhost_user_input_t* m__parent;

    public:

        /**
         * Bus type (BUS_USB 3, BUS_VIRTUAL 6, ...).
         */
        uint16_t bustype() const { return m_bustype; }

        /**
         * Vendor ID.
         */
        uint16_t vendor() const { return m_vendor; }

        /**
         * Product ID.
         */
        uint16_t product() const { return m_product; }

        /**
         * Version.
         */
        uint16_t version() const { return m_version; }
        vhost_user_input_t* _root() const { return m__root; }
        vhost_user_input_t* _parent() const { return m__parent; }
    };

    /**
     * One input event (8 bytes), in an event-queue or status-queue buffer.
     * \sa Virtio 1.2, section 5.8.6 "Device Operation"
     */

    class event_t : public kaitai::kstruct {

    public:

        event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_input_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~event_t();

    private:
        event_type_t m_type;
        uint16_t m_code;
        int32_t m_value;
        vhost_user_input_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Event type (evdev EV_*).
         */
        event_type_t type() const { return m_type; }

        /**
         * Key, axis or LED number (evdev KEY_*, REL_*, ABS_*, LED_*).
         */
        uint16_t code() const { return m_code; }

        /**
         * 1 press, 0 release, 2 autorepeat for keys; the position or motion for axes; on/off for LEDs.
         */
        int32_t value() const { return m_value; }
        vhost_user_input_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

private:
    config_select_t m_select;
    uint8_t m_subsel;
    uint8_t m_len_answer;
    std::string m_reserved;
    std::unique_ptr<kaitai::kstruct> m_answer;
    bool n_answer;

public:
    bool _is_null_answer() { answer(); return n_answer; };

private:
    vhost_user_input_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_answer;
    std::unique_ptr<kaitai::kstream> m__io__raw_answer;

public:

    /**
     * What the driver asks for (written by the driver).
     */
    config_select_t select() const { return m_select; }

    /**
     * Which one of it - the event type for ev_bits, the axis for abs_info (written by the driver).
     */
    uint8_t subsel() const { return m_subsel; }

    /**
     * Bytes of `answer` that hold the answer; 0 when there is none.
     */
    uint8_t len_answer() const { return m_len_answer; }

    /**
     * Zero.
     */
    std::string reserved() const { return m_reserved; }

    /**
     * The answer: a string for id_name and id_serial, a bitmap (bit N of
     * byte N/8 for code N) for prop_bits and ev_bits, a structure for
     * id_devids and abs_info; zero-padded to 128 bytes.
     */
    kaitai::kstruct* answer() const { return m_answer.get(); }
    vhost_user_input_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_answer() const { return m__raw_answer; }
    kaitai::kstream* _io__raw_answer() const { return m__io__raw_answer.get(); }
};
