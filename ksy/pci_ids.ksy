meta:
  id: pci_ids
  title: PCI configuration header with QEMU's vendor and device IDs
  application: QEMU (every PCI device it emulates)
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  Red Hat gives part of its PCI ID space to QEMU's virtual devices: vendor
  0x1af4 (the former Qumranet ID; virtio, ivshmem, and the subsystem ID
  0x1100 of devices that copy real hardware) and vendor 0x1b36 (QEMU's own
  devices). This spec names every ID the QEMU PCI ID document assigns, and
  reads the first 64 bytes of a device's PCI configuration space (type 0 or
  type 1 header, little-endian) so that a config space dump shows the names.

  Virtio devices come in two forms: transitional ones keep the legacy device
  ID 0x1000..0x103f (and carry the virtio device ID as their subsystem ID);
  modern ones use 0x1040 plus the virtio device ID. 0x10f0..0x10ff are free
  for experiments that never leave the lab.
doc-ref:
  - https://www.qemu.org/docs/master/specs/pci-ids.html
  - https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst
seq:
  - id: vendor_id
    type: u2
    enum: vendor
    doc: Who made the device (named when it is one of QEMU's vendors).
  - id: device_id
    type: u2
    doc: The device, numbered by its vendor (see `qemu_device` and `qemu_own_device`).
  - id: command
    type: u2
    doc: Command register (I/O and memory decoding, bus mastering, ...).
  - id: status
    type: u2
    doc: Status register (bit 4 says a capability list is there).
  - id: revision_id
    type: u1
    doc: Device revision.
  - id: prog_if
    type: u1
    doc: Programming interface (class code, low byte).
  - id: subclass
    type: u1
    doc: Subclass (class code, middle byte).
  - id: class_code
    type: u1
    doc: Base class (class code, high byte), e.g. 2 network, 6 bridge.
  - id: cache_line_size
    type: u1
    doc: Cache line size in 32-bit words.
  - id: latency_timer
    type: u1
    doc: Latency timer.
  - id: header_type
    type: header_type
    doc: Layout of the rest of the header, and whether the device has several functions.
  - id: bist
    type: u1
    doc: Built-in self test.
  - id: header
    type:
      switch-on: header_type.layout.as<s4>  # an int for Java's switch (a 7-bit field)
      cases:
        0: general_header
        1: bridge_header
    doc: The rest of the 64-byte header (type 0 for devices, type 1 for PCI-to-PCI bridges).
instances:
  qemu_device:
    value: device_id
    enum: device_1af4
    if: vendor_id == vendor::red_hat_qumranet
    doc: The device ID named from vendor 0x1af4's table.
  qemu_own_device:
    value: device_id
    enum: device_1b36
    if: vendor_id == vendor::red_hat
    doc: The device ID named from vendor 0x1b36's table.
  virtio_device:
    value: device_id - 0x1040
    enum: virtio_device
    if: vendor_id == vendor::red_hat_qumranet and device_id >= 0x1040 and device_id <= 0x10ef
    doc: For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040).
types:
  header_type:
    doc: The header type byte.
    seq:
      - id: multi_function
        type: b1
        doc: Bit 7, the device has functions other than 0.
      - id: layout
        type: b7
        doc: Bits 6..0, header layout (0 general, 1 PCI-to-PCI bridge, 2 CardBus bridge).
  general_header:
    doc: Bytes 0x10..0x3f of a type 0 header.
    seq:
      - id: bars
        type: u4
        repeat: expr
        repeat-expr: 6
        doc: Base address registers 0..5.
      - id: cardbus_cis
        type: u4
        doc: CardBus CIS pointer.
      - id: subsystem_vendor_id
        type: u2
        enum: vendor
        doc: Vendor of the subsystem; 0x1af4 for QEMU's devices.
      - id: subsystem_id
        type: u2
        doc: Subsystem; the virtio device ID for transitional virtio devices, 0x1100 for most others.
      - id: expansion_rom
        type: u4
        doc: Expansion ROM base address.
      - id: ofs_capabilities
        type: u1
        doc: Offset of the first capability.
      - id: reserved
        size: 7
        doc: Reserved.
      - id: interrupt_line
        type: u1
        doc: Interrupt line (written by firmware).
      - id: interrupt_pin
        type: u1
        doc: Interrupt pin, 1..4 for INTA..INTD, 0 for none.
      - id: min_grant
        type: u1
        doc: Minimum grant.
      - id: max_latency
        type: u1
        doc: Maximum latency.
    instances:
      qemu_subsystem:
        value: subsystem_id
        enum: device_1af4
        if: subsystem_vendor_id == vendor::red_hat_qumranet and subsystem_id >= 0x1000
        doc: The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware).
      virtio_subsystem:
        value: subsystem_id
        enum: virtio_device
        if: subsystem_vendor_id == vendor::red_hat_qumranet and subsystem_id < 0x1000
        doc: A transitional virtio device's subsystem ID, its virtio device ID.
  bridge_header:
    doc: Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header.
    seq:
      - id: bars
        type: u4
        repeat: expr
        repeat-expr: 2
        doc: Base address registers 0 and 1.
      - id: primary_bus
        type: u1
        doc: Bus number of the bus the bridge sits on.
      - id: secondary_bus
        type: u1
        doc: Bus number behind the bridge.
      - id: subordinate_bus
        type: u1
        doc: Highest bus number behind the bridge.
      - id: secondary_latency_timer
        type: u1
        doc: Latency timer of the secondary bus.
      - id: io_base
        type: u1
        doc: I/O window base (bits 15..12 of the address).
      - id: io_limit
        type: u1
        doc: I/O window limit.
      - id: secondary_status
        type: u2
        doc: Status of the secondary bus.
      - id: memory_base
        type: u2
        doc: Memory window base (bits 31..20).
      - id: memory_limit
        type: u2
        doc: Memory window limit.
      - id: prefetchable_base
        type: u2
        doc: Prefetchable memory window base.
      - id: prefetchable_limit
        type: u2
        doc: Prefetchable memory window limit.
      - id: prefetchable_base_upper
        type: u4
        doc: Upper 32 bits of the prefetchable base.
      - id: prefetchable_limit_upper
        type: u4
        doc: Upper 32 bits of the prefetchable limit.
      - id: io_base_upper
        type: u2
        doc: Upper 16 bits of the I/O base.
      - id: io_limit_upper
        type: u2
        doc: Upper 16 bits of the I/O limit.
      - id: ofs_capabilities
        type: u1
        doc: Offset of the first capability.
      - id: reserved
        size: 3
        doc: Reserved.
      - id: expansion_rom
        type: u4
        doc: Expansion ROM base address.
      - id: interrupt_line
        type: u1
        doc: Interrupt line.
      - id: interrupt_pin
        type: u1
        doc: Interrupt pin.
      - id: bridge_control
        type: u2
        doc: Bridge control register.
enums:
  vendor:
    0x1af4:
      id: red_hat_qumranet
      doc: Red Hat (formerly Qumranet); virtio, ivshmem, QEMU's subsystem ID.
      -orig-id: PCI_VENDOR_ID_REDHAT_QUMRANET
    0x1b36:
      id: red_hat
      doc: Red Hat; QEMU's own non-virtio devices.
      -orig-id: PCI_VENDOR_ID_REDHAT
  device_1af4:
    0x1000:
      id: virtio_net_legacy
      doc: Network device (legacy/transitional).
    0x1001:
      id: virtio_block_legacy
      doc: Block device (legacy/transitional).
    0x1002:
      id: virtio_balloon_legacy
      doc: Memory balloon (legacy/transitional).
    0x1003:
      id: virtio_console_legacy
      doc: Console (legacy/transitional).
    0x1004:
      id: virtio_scsi_legacy
      doc: SCSI host bus adapter (legacy/transitional).
    0x1005:
      id: virtio_rng_legacy
      doc: Entropy generator (legacy/transitional).
    0x1009:
      id: virtio_9p_legacy
      doc: 9p file system (legacy/transitional).
    0x1012:
      id: virtio_vsock_legacy
      doc: Socket (vsock) device, for bug compatibility.
    0x1041:
      id: virtio_net
      doc: Network device (modern; virtio ID 1).
    0x1042:
      id: virtio_block
      doc: Block device (modern; virtio ID 2).
    0x1043:
      id: virtio_console
      doc: Console (modern; virtio ID 3).
    0x1044:
      id: virtio_rng
      doc: Entropy generator (modern; virtio ID 4).
    0x1045:
      id: virtio_balloon
      doc: Memory balloon (modern; virtio ID 5).
    0x1046:
      id: virtio_iomem
      doc: ioMemory (modern; virtio ID 6).
    0x1047:
      id: virtio_rpmsg
      doc: rpmsg (modern; virtio ID 7).
    0x1048:
      id: virtio_scsi
      doc: SCSI host bus adapter (modern; virtio ID 8).
    0x1049:
      id: virtio_9p
      doc: 9p file system (modern; virtio ID 9).
    0x104a:
      id: virtio_mac80211_wlan
      doc: mac80211 WLAN (modern; virtio ID 10).
    0x104b:
      id: virtio_rproc_serial
      doc: Remote processor serial (modern; virtio ID 11).
    0x104c:
      id: virtio_caif
      doc: CAIF (modern; virtio ID 12).
    0x104d:
      id: virtio_memory_balloon
      doc: Memory balloon, new style (modern; virtio ID 13).
    0x1050:
      id: virtio_gpu
      doc: GPU (modern; virtio ID 16).
    0x1051:
      id: virtio_clock
      doc: Timer/clock (modern; virtio ID 17).
    0x1052:
      id: virtio_input
      doc: Input device (modern; virtio ID 18).
    0x1053:
      id: virtio_vsock
      doc: Socket (vsock) device (modern; virtio ID 19).
    0x1054:
      id: virtio_crypto
      doc: Crypto device (modern; virtio ID 20).
    0x1055:
      id: virtio_signal_dist
      doc: Signal distribution (modern; virtio ID 21).
    0x1056:
      id: virtio_pstore
      doc: pstore (modern; virtio ID 22).
    0x1057:
      id: virtio_iommu
      doc: IOMMU (modern; virtio ID 23).
    0x1058:
      id: virtio_mem
      doc: Memory device (modern; virtio ID 24).
    0x1059:
      id: virtio_sound
      doc: Sound (modern; virtio ID 25).
    0x105a:
      id: virtio_fs
      doc: File system, virtiofs (modern; virtio ID 26).
    0x105b:
      id: virtio_pmem
      doc: Persistent memory (modern; virtio ID 27).
    0x105c:
      id: virtio_rpmb
      doc: RPMB (modern; virtio ID 28).
    0x105d:
      id: virtio_mac80211_hwsim
      doc: mac80211 hwsim (modern; virtio ID 29).
    0x105e:
      id: virtio_video_encoder
      doc: Video encoder (modern; virtio ID 30).
    0x105f:
      id: virtio_video_decoder
      doc: Video decoder (modern; virtio ID 31).
    0x1060:
      id: virtio_scmi
      doc: SCMI (modern; virtio ID 32).
    0x1061:
      id: virtio_nitro_sec_mod
      doc: Nitro secure module (modern; virtio ID 33).
    0x1062:
      id: virtio_i2c_adapter
      doc: I2C adapter (modern; virtio ID 34).
    0x1063:
      id: virtio_watchdog
      doc: Watchdog (modern; virtio ID 35).
    0x1064:
      id: virtio_can
      doc: CAN (modern; virtio ID 36).
    0x1065:
      id: virtio_dmabuf
      doc: DMA buffer (modern; virtio ID 37).
    0x1066:
      id: virtio_param_serv
      doc: Parameter server (modern; virtio ID 38).
    0x1067:
      id: virtio_audio_policy
      doc: Audio policy (modern; virtio ID 39).
    0x1068:
      id: virtio_bt
      doc: Bluetooth (modern; virtio ID 40).
    0x1069:
      id: virtio_gpio
      doc: GPIO (modern; virtio ID 41).
    0x10f0:
      id: experimental_0
      doc: Experimental range (0x10f0..0x10ff), free to use in the lab without registration.
    0x10f1:
      id: experimental_1
      doc: Experimental range.
    0x10f2:
      id: experimental_2
      doc: Experimental range.
    0x10f3:
      id: experimental_3
      doc: Experimental range.
    0x10f4:
      id: experimental_4
      doc: Experimental range.
    0x10f5:
      id: experimental_5
      doc: Experimental range.
    0x10f6:
      id: experimental_6
      doc: Experimental range.
    0x10f7:
      id: experimental_7
      doc: Experimental range.
    0x10f8:
      id: experimental_8
      doc: Experimental range.
    0x10f9:
      id: experimental_9
      doc: Experimental range.
    0x10fa:
      id: experimental_a
      doc: Experimental range.
    0x10fb:
      id: experimental_b
      doc: Experimental range.
    0x10fc:
      id: experimental_c
      doc: Experimental range.
    0x10fd:
      id: experimental_d
      doc: Experimental range.
    0x10fe:
      id: experimental_e
      doc: Experimental range.
    0x10ff:
      id: experimental_f
      doc: Experimental range (last).
    0x1100:
      id: qemu_subsystem
      doc: Subsystem ID of the devices QEMU emulates after real hardware.
      -orig-id: PCI_SUBDEVICE_ID_QEMU
    0x1110:
      id: ivshmem
      doc: Inter-VM shared memory device.
  device_1b36:
    0x0001:
      id: pci_bridge
      doc: PCI-PCI bridge (-device pci-bridge).
    0x0002:
      id: pci_serial
      doc: PCI 16550A serial port (-device pci-serial).
    0x0003:
      id: pci_serial_2x
      doc: PCI dual-port 16550A (-device pci-serial-2x).
    0x0004:
      id: pci_serial_4x
      doc: PCI quad-port 16550A (-device pci-serial-4x).
    0x0005:
      id: pci_testdev
      doc: PCI test device (-device pci-testdev).
    0x0006:
      id: rocker
      doc: Rocker Ethernet switch (-device rocker).
    0x0007:
      id: sdhci
      doc: SD host controller (-device sdhci-pci).
    0x0008:
      id: pcie_host_bridge
      doc: PCIe host bridge (generic PCIe host, gpex).
    0x0009:
      id: pxb
      doc: PCI expander bridge (-device pxb).
    0x000a:
      id: pci_bridge_seat
      doc: PCI-PCI bridge for multiseat (-device pci-bridge-seat).
    0x000b:
      id: pxb_pcie
      doc: PCIe expander bridge (-device pxb-pcie).
    0x000c:
      id: pcie_root_port
      doc: PCIe root port (-device pcie-root-port).
    0x000d:
      id: xhci
      doc: xHCI USB host controller (-device qemu-xhci).
    0x000e:
      id: pcie_pci_bridge
      doc: PCIe-to-PCI bridge (-device pcie-pci-bridge).
    0x000f:
      id: mdpy
      doc: mdpy, the sample display device of Linux's vfio-mdev samples.
    0x0010:
      id: nvme
      doc: NVMe controller (-device nvme).
    0x0011:
      id: pvpanic
      doc: PCI pvpanic device (-device pvpanic-pci).
    0x0012:
      id: acpi_erst
      doc: ACPI ERST device (-device acpi-erst).
    0x0013:
      id: ufs
      doc: UFS host controller (-device ufs).
    0x0014:
      id: riscv_iommu
      doc: RISC-V IOMMU.
    0x0100:
      id: qxl
      doc: QXL display (-device qxl, qxl-vga).
  virtio_device:
    1:
      id: net
      doc: Network card.
    2:
      id: block
      doc: Block device.
    3:
      id: console
      doc: Console.
    4:
      id: rng
      doc: Entropy source.
    5:
      id: balloon
      doc: Memory balloon (traditional).
    6:
      id: iomem
      doc: ioMemory.
    7:
      id: rpmsg
      doc: rpmsg.
    8:
      id: scsi
      doc: SCSI host.
    9:
      id: transport_9p
      doc: 9P transport.
    10:
      id: mac80211_wlan
      doc: mac80211 WLAN.
    11:
      id: rproc_serial
      doc: rproc serial.
    12:
      id: caif
      doc: CAIF.
    13:
      id: memory_balloon
      doc: Memory balloon.
    16:
      id: gpu
      doc: GPU.
    17:
      id: clock
      doc: Timer/clock.
    18:
      id: input
      doc: Input.
    19:
      id: vsock
      doc: Socket.
    20:
      id: crypto
      doc: Crypto.
    21:
      id: signal_dist
      doc: Signal distribution.
    22:
      id: pstore
      doc: pstore.
    23:
      id: iommu
      doc: IOMMU.
    24:
      id: mem
      doc: Memory.
    25:
      id: sound
      doc: Sound.
    26:
      id: fs
      doc: File system.
    27:
      id: pmem
      doc: Persistent memory.
    28:
      id: rpmb
      doc: RPMB.
    29:
      id: mac80211_hwsim
      doc: mac80211 hwsim.
    30:
      id: video_encoder
      doc: Video encoder.
    31:
      id: video_decoder
      doc: Video decoder.
    32:
      id: scmi
      doc: SCMI.
    33:
      id: nitro_sec_mod
      doc: Nitro secure module.
    34:
      id: i2c_adapter
      doc: I2C adapter.
    35:
      id: watchdog
      doc: Watchdog.
    36:
      id: can
      doc: CAN.
    37:
      id: dmabuf
      doc: DMA buffer.
    38:
      id: param_serv
      doc: Parameter server.
    39:
      id: audio_policy
      doc: Audio policy.
    40:
      id: bt
      doc: Bluetooth.
    41:
      id: gpio
      doc: GPIO.
