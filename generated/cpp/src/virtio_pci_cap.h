#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtio_pci_cap_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * How a modern (virtio 1.x) PCI device tells its driver where its
 * structures are. Each structure is announced by a vendor-specific entry
 * of the PCI capability list (PCI capability ID 0x09): its kind
 * (`cfg_type`), the BAR that holds it, and its offset and length inside
 * that BAR. The notification capability adds the multiplier that turns a
 * queue's `queue_notify_off` into the offset of its notification address.
 * A device may announce a kind more than once; a driver uses the first
 * entry of a kind it understands.
 * 
 * The top level reads one capability, as many bytes as its `cap_len`
 * says (16, or 20 for the notification capability). `common_cfg` is the
 * structure the common capability points at: feature words chosen 32
 * bits at a time, the device status, and the selected queue's size,
 * vector, enable flag, notification offset and the three addresses of
 * its rings.
 * \sa Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities"
 */

class virtio_pci_cap_t : public kaitai::kstruct {

public:
    class common_cfg_t;

    enum capability_id_t {
        CAPABILITY_ID_VENDOR_SPECIFIC = 9
    };
    static bool _is_defined_capability_id_t(capability_id_t v);

private:
    static const std::set<capability_id_t> _values_capability_id_t;

public:

    enum cfg_type_t {
        CFG_TYPE_COMMON = 1,
        CFG_TYPE_NOTIFY = 2,
        CFG_TYPE_ISR = 3,
        CFG_TYPE_DEVICE = 4,
        CFG_TYPE_PCI = 5,
        CFG_TYPE_SHARED_MEMORY = 8,
        CFG_TYPE_VENDOR = 9
    };
    static bool _is_defined_cfg_type_t(cfg_type_t v);

private:
    static const std::set<cfg_type_t> _values_cfg_type_t;

public:

    virtio_pci_cap_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtio_pci_cap_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtio_pci_cap_t();

    /**
     * The common configuration structure (the common capability's target).
     * The `queue_*` fields are those of the queue `queue_select` names.
     * 64-bit fields may be written as two 32-bit halves, low half first.
     * \sa Virtio 1.2, section 4.1.4.3 "Common configuration structure layout"
     */

    class common_cfg_t : public kaitai::kstruct {

    public:

        common_cfg_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtio_pci_cap_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~common_cfg_t();

    private:
        uint32_t m_device_feature_select;
        uint32_t m_device_feature;
        uint32_t m_driver_feature_select;
        uint32_t m_driver_feature;
        uint16_t m_config_msix_vector;
        uint16_t m_num_queues;
        uint8_t m_device_status;
        uint8_t m_config_generation;
        uint16_t m_queue_select;
        uint16_t m_queue_size;
        uint16_t m_queue_msix_vector;
        uint16_t m_queue_enable;
        uint16_t m_queue_notify_off;
        uint64_t m_queue_desc;
        uint64_t m_queue_driver;
        uint64_t m_queue_device;
        uint16_t m_queue_notify_data;
        uint16_t m_queue_reset;
        virtio_pci_cap_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Which 32 bits of the device's features `device_feature` shows (0 for bits 0-31, 1 for 32-63, ...).
         */
        uint32_t device_feature_select() const { return m_device_feature_select; }

        /**
         * The selected 32 bits of the features the device offers.
         */
        uint32_t device_feature() const { return m_device_feature; }

        /**
         * Which 32 bits of the driver's features `driver_feature` sets.
         */
        uint32_t driver_feature_select() const { return m_driver_feature_select; }

        /**
         * The selected 32 bits of the features the driver accepts.
         */
        uint32_t driver_feature() const { return m_driver_feature; }

        /**
         * MSI-X vector for configuration changes (0xffff for none).
         */
        uint16_t config_msix_vector() const { return m_config_msix_vector; }

        /**
         * How many queues the device has.
         */
        uint16_t num_queues() const { return m_num_queues; }

        /**
         * The device status (ACKNOWLEDGE, DRIVER, FEATURES_OK, DRIVER_OK, ...); 0 resets the device.
         */
        uint8_t device_status() const { return m_device_status; }

        /**
         * Changes whenever the device configuration changes (read it before and after the configuration).
         */
        uint8_t config_generation() const { return m_config_generation; }

        /**
         * The queue the `queue_*` fields refer to.
         */
        uint16_t queue_select() const { return m_queue_select; }

        /**
         * The selected queue's size (the device's maximum on reset; 0 when there is no such queue).
         */
        uint16_t queue_size() const { return m_queue_size; }

        /**
         * MSI-X vector for the selected queue (0xffff for none).
         */
        uint16_t queue_msix_vector() const { return m_queue_msix_vector; }

        /**
         * 1 once the driver has set the selected queue up.
         */
        uint16_t queue_enable() const { return m_queue_enable; }

        /**
         * The selected queue's notification offset, in units of `notify_off_multiplier`.
         */
        uint16_t queue_notify_off() const { return m_queue_notify_off; }

        /**
         * Guest-physical address of the selected queue's descriptor area.
         */
        uint64_t queue_desc() const { return m_queue_desc; }

        /**
         * Guest-physical address of the driver area (a split queue's available ring).
         */
        uint64_t queue_driver() const { return m_queue_driver; }

        /**
         * Guest-physical address of the device area (a split queue's used ring).
         */
        uint64_t queue_device() const { return m_queue_device; }

        /**
         * With NOTIFICATION_DATA, what the driver writes to notify the selected queue.
         */
        uint16_t queue_notify_data() const { return m_queue_notify_data; }

        /**
         * With RING_RESET, 1 resets the selected queue.
         */
        uint16_t queue_reset() const { return m_queue_reset; }
        virtio_pci_cap_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

private:
    capability_id_t m_cap_vndr;
    uint8_t m_cap_next;
    uint8_t m_cap_len;
    cfg_type_t m_cfg_type;
    uint8_t m_bar;
    uint8_t m_id;
    std::string m_padding;
    uint32_t m_ofs_structure;
    uint32_t m_len_structure;
    uint32_t m_notify_off_multiplier;
    bool n_notify_off_multiplier;

public:
    bool _is_null_notify_off_multiplier() { notify_off_multiplier(); return n_notify_off_multiplier; };

private:
    virtio_pci_cap_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * PCI capability ID; vendor-specific for every virtio capability.
     */
    capability_id_t cap_vndr() const { return m_cap_vndr; }

    /**
     * Offset of the next capability in configuration space (0 ends the list).
     */
    uint8_t cap_next() const { return m_cap_next; }

    /**
     * Length of this capability in bytes, these fields included.
     */
    uint8_t cap_len() const { return m_cap_len; }

    /**
     * Which structure this capability locates.
     */
    cfg_type_t cfg_type() const { return m_cfg_type; }

    /**
     * The BAR (0 to 5) that holds the structure.
     */
    uint8_t bar() const { return m_bar; }

    /**
     * Tells apart several capabilities of the same kind (shared memory regions).
     */
    uint8_t id() const { return m_id; }

    /**
     * Unused.
     */
    std::string padding() const { return m_padding; }

    /**
     * Where the structure starts in the BAR.
     */
    uint32_t ofs_structure() const { return m_ofs_structure; }

    /**
     * Length of the structure in bytes.
     */
    uint32_t len_structure() const { return m_len_structure; }

    /**
     * Notification capability only: a queue's notification address is
     * `queue_notify_off * notify_off_multiplier` bytes into the structure.
     */
    uint32_t notify_off_multiplier() const { return m_notify_off_multiplier; }
    virtio_pci_cap_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
