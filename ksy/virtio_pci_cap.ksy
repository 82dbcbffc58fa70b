meta:
  id: virtio_pci_cap
  title: Virtio 1.x PCI capability and common configuration structure
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  How a modern (virtio 1.x) PCI device tells its driver where its
  structures are. Each structure is announced by a vendor-specific entry
  of the PCI capability list (PCI capability ID 0x09): its kind
  (`cfg_type`), the BAR that holds it, and its offset and length inside
  that BAR. The notification capability adds the multiplier that turns a
  queue's `queue_notify_off` into the offset of its notification address.
  A device may announce a kind more than once; a driver uses the first
  entry of a kind it understands.

  The top level reads one capability, as many bytes as its `cap_len`
  says (16, or 20 for the notification capability). `common_cfg` is the
  structure the common capability points at: feature words chosen 32
  bits at a time, the device status, and the selected queue's size,
  vector, enable flag, notification offset and the three addresses of
  its rings.
doc-ref: Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities"
seq:
  - id: cap_vndr
    type: u1
    enum: capability_id
    doc: PCI capability ID; vendor-specific for every virtio capability.
  - id: cap_next
    type: u1
    doc: Offset of the next capability in configuration space (0 ends the list).
  - id: cap_len
    type: u1
    doc: Length of this capability in bytes, these fields included.
  - id: cfg_type
    type: u1
    enum: cfg_type
    doc: Which structure this capability locates.
  - id: bar
    type: u1
    doc: The BAR (0 to 5) that holds the structure.
  - id: id
    type: u1
    doc: Tells apart several capabilities of the same kind (shared memory regions).
  - id: padding
    size: 2
    doc: Unused.
  - id: ofs_structure
    type: u4
    doc: Where the structure starts in the BAR.
    -orig-id: offset
  - id: len_structure
    type: u4
    doc: Length of the structure in bytes.
    -orig-id: length
  - id: notify_off_multiplier
    type: u4
    if: cfg_type == cfg_type::notify
    doc: |
      Notification capability only: a queue's notification address is
      `queue_notify_off * notify_off_multiplier` bytes into the structure.
types:
  common_cfg:
    doc: |
      The common configuration structure (the common capability's target).
      The `queue_*` fields are those of the queue `queue_select` names.
      64-bit fields may be written as two 32-bit halves, low half first.
    doc-ref: Virtio 1.2, section 4.1.4.3 "Common configuration structure layout"
    -orig-id: virtio_pci_common_cfg
    seq:
      - id: device_feature_select
        type: u4
        doc: Which 32 bits of the device's features `device_feature` shows (0 for bits 0-31, 1 for 32-63, ...).
      - id: device_feature
        type: u4
        doc: The selected 32 bits of the features the device offers.
      - id: driver_feature_select
        type: u4
        doc: Which 32 bits of the driver's features `driver_feature` sets.
      - id: driver_feature
        type: u4
        doc: The selected 32 bits of the features the driver accepts.
      - id: config_msix_vector
        type: u2
        doc: MSI-X vector for configuration changes (0xffff for none).
      - id: num_queues
        type: u2
        doc: How many queues the device has.
      - id: device_status
        type: u1
        doc: The device status (ACKNOWLEDGE, DRIVER, FEATURES_OK, DRIVER_OK, ...); 0 resets the device.
      - id: config_generation
        type: u1
        doc: Changes whenever the device configuration changes (read it before and after the configuration).
      - id: queue_select
        type: u2
        doc: The queue the `queue_*` fields refer to.
      - id: queue_size
        type: u2
        doc: The selected queue's size (the device's maximum on reset; 0 when there is no such queue).
      - id: queue_msix_vector
        type: u2
        doc: MSI-X vector for the selected queue (0xffff for none).
      - id: queue_enable
        type: u2
        doc: 1 once the driver has set the selected queue up.
      - id: queue_notify_off
        type: u2
        doc: The selected queue's notification offset, in units of `notify_off_multiplier`.
      - id: queue_desc
        type: u8
        doc: Guest-physical address of the selected queue's descriptor area.
      - id: queue_driver
        type: u8
        doc: Guest-physical address of the driver area (a split queue's available ring).
      - id: queue_device
        type: u8
        doc: Guest-physical address of the device area (a split queue's used ring).
      - id: queue_notify_data
        type: u2
        doc: With NOTIFICATION_DATA, what the driver writes to notify the selected queue.
      - id: queue_reset
        type: u2
        doc: With RING_RESET, 1 resets the selected queue.
enums:
  capability_id:
    0x09: vendor_specific
  cfg_type:
    1:
      id: common
      doc: The common configuration structure (`common_cfg`).
      -orig-id: VIRTIO_PCI_CAP_COMMON_CFG
    2:
      id: notify
      doc: Notification addresses of the queues.
      -orig-id: VIRTIO_PCI_CAP_NOTIFY_CFG
    3:
      id: isr
      doc: The ISR status byte (reading it clears it).
      -orig-id: VIRTIO_PCI_CAP_ISR_CFG
    4:
      id: device
      doc: The device-specific configuration.
      -orig-id: VIRTIO_PCI_CAP_DEVICE_CFG
    5:
      id: pci
      doc: A window onto the other structures through configuration space.
      -orig-id: VIRTIO_PCI_CAP_PCI_CFG
    8:
      id: shared_memory
      doc: A shared memory region.
      -orig-id: VIRTIO_PCI_CAP_SHARED_MEMORY_CFG
    9:
      id: vendor
      doc: Vendor-specific data.
      -orig-id: VIRTIO_PCI_CAP_VENDOR_CFG
