meta:
  id: vhost_user
  title: vhost-user message on the front-end channel (request or reply)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  vhost-user lets a virtio device live in another process. The front-end
  (QEMU) owns the virtqueues and the guest memory; the back-end (a storage
  daemon, a software switch) processes the queues. The two talk over a
  UNIX stream socket: the front-end sends requests, the back-end answers
  some of them. File descriptors (guest memory, eventfds, sockets) travel
  next to a message as SCM_RIGHTS ancillary data, never inside it.

  Every message is a 12-byte header (request id, flags, payload size)
  followed by `len_payload` bytes of payload. Numbers are in the byte order
  of the host both processes run on; this spec reads them little-endian (x86,
  Arm, RISC-V hosts).

  This spec reads one message of the main channel, in either direction. The
  header's reply bit says whether it is a front-end request or a back-end
  reply, and the request id picks the payload layout. The back-end's own
  channel (`vhost_user_backend`) reuses the header flags and the payloads
  defined here.

  Each value of `front_end_request` also says, in the custom keys `-fds`
  and `-reply`, how many file descriptors the request carries and when the
  back-end answers it:

  | `-fds` | meaning |
  |---|---|
  | none | no descriptor |
  | one | exactly one |
  | one_unless_no_fd | one, or none when the payload's `no_fd` bit is set |
  | one_per_region | one per memory region of the payload, in the same order |
  | one_if_log_shmfd | one when the LOG_SHMFD protocol feature was negotiated, else none |
  | none_or_one_ignored | none; a back-end may accept one and must close it unused |

  | `-reply` | meaning |
  |---|---|
  | always | the back-end always replies (the reply payload is in `reply_body`) |
  | with_log_shmfd | the back-end replies when LOG_SHMFD was negotiated |
  | ack | the back-end replies (a u64, zero for success) only when the request has `need_reply` set, which a front-end does only after negotiating REPLY_ACK |
  | ack_or_postcopy | as ack; after POSTCOPY_LISTEN the back-end replies with the regions it mapped instead |

  `-reply-fds` names the descriptors a reply carries, when it can carry any.
doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification
seq:
  - id: request
    type: u4
    enum: front_end_request
    doc: Which request this is (a reply repeats the id of the request it answers).
  - id: flags
    type: header_flags
    doc: Version, reply and need-reply bits.
  - id: len_payload
    type: u4
    doc: Number of payload bytes after the header.
    -orig-id: size
  - id: request_body
    size: len_payload
    if: not flags.is_reply and len_payload != 0
    type:
      switch-on: request
      cases:
        'front_end_request::set_features': virtio_features
        'front_end_request::set_protocol_features': protocol_features
        'front_end_request::set_mem_table': memory_table
        'front_end_request::set_log_base': log_description
        'front_end_request::set_vring_num': vring_state
        'front_end_request::set_vring_addr': vring_address
        'front_end_request::set_vring_base': vring_state
        'front_end_request::get_vring_base': vring_state
        'front_end_request::set_vring_kick': vring_file
        'front_end_request::set_vring_call': vring_file
        'front_end_request::set_vring_err': vring_file
        'front_end_request::set_vring_enable': vring_state
        'front_end_request::send_rarp': rarp_request
        'front_end_request::net_set_mtu': u64_payload
        'front_end_request::iotlb_msg': iotlb_message
        'front_end_request::set_vring_endian': vring_state
        'front_end_request::get_config': config_space
        'front_end_request::set_config': config_space
        'front_end_request::create_crypto_session': crypto_session
        'front_end_request::close_crypto_session': u64_payload
        'front_end_request::get_inflight_fd': inflight_description
        'front_end_request::set_inflight_fd': inflight_description
        'front_end_request::vring_kick': vring_state
        'front_end_request::add_mem_reg': single_memory_region
        'front_end_request::rem_mem_reg': single_memory_region
        'front_end_request::set_status': device_status
        'front_end_request::get_shared_object': shared_object
        'front_end_request::set_device_state_fd': device_state_transfer
    doc: |
      The payload of a request (absent when the request has none). Requests
      this spec does not know keep their payload as raw bytes.
  - id: reply_body
    size: len_payload
    if: flags.is_reply and len_payload != 0
    type:
      switch-on: request
      cases:
        'front_end_request::get_features': virtio_features
        'front_end_request::get_protocol_features': protocol_features
        'front_end_request::set_mem_table': memory_table
        'front_end_request::get_vring_base': vring_state
        'front_end_request::get_config': config_space
        'front_end_request::create_crypto_session': crypto_session
        'front_end_request::get_inflight_fd': inflight_description
        'front_end_request::add_mem_reg': single_memory_region
        'front_end_request::rem_mem_reg': single_memory_region
        'front_end_request::get_status': device_status
        'front_end_request::set_device_state_fd': device_state_result
        _: u64_payload
    doc: |
      The payload of a reply. Replies that carry a plain number (queue
      count, memory slots, the REPLY_ACK status, error codes) are a
      `u64_payload`; a GET_CONFIG reply with no payload reports an error.
types:
  header_flags:
    doc: |
      The 32-bit flags word of the header. Version 1 is the only version;
      a receiver closes the connection on any other.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#header
    seq:
      - id: version
        type: b2
        doc: Protocol version, 1.
      - id: is_reply
        type: b1
        doc: Bit 2, set on every message that answers a request.
        -orig-id: VHOST_USER_REPLY_MASK
      - id: need_reply
        type: b1
        doc: Bit 3, set by the sender to ask for a REPLY_ACK answer (u64, zero on success).
        -orig-id: VHOST_USER_NEED_REPLY_MASK
      - id: reserved
        type: b28
        doc: Not defined; zero.
  u64_payload:
    doc: |
      A single 64-bit number: a count, a value to set, or the status of a
      REPLY_ACK answer (zero for success, anything else for failure).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer
    seq:
      - id: value
        type: u8
        doc: The number.
        -orig-id: u64
  virtio_features:
    doc: |
      A 64-bit virtio feature word, as GET_FEATURES returns it and
      SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
      device type (virtio-blk, virtio-net, ...); the others are the
      transport and ring features the protocol itself relies on. Bit 30 is
      borrowed by vhost-user to announce protocol-feature negotiation, and
      bit 26 by vhost to announce dirty-page logging.
    doc-ref:
      - https://www.qemu.org/docs/master/interop/vhost-user.html#communication
      - Virtio 1.2, section 6 "Reserved Feature Bits"
    seq:
      - id: device_bits_lo
        type: b24
        doc: Bits 0-23, defined by the device type.
      - id: notify_on_empty
        type: b1
        doc: Bit 24, notify the driver when the available ring runs empty even if it suppressed notifications (legacy).
        -orig-id: VIRTIO_F_NOTIFY_ON_EMPTY
      - id: reserved_bit25
        type: b1
        doc: Bit 25, not used.
      - id: log_all
        type: b1
        doc: Bit 26, the front-end can log dirty pages; SET_FEATURES with it turns logging on.
        -orig-id: VHOST_F_LOG_ALL
      - id: any_layout
        type: b1
        doc: Bit 27, the device accepts any split of a request into descriptors (legacy; implied by version_1).
        -orig-id: VIRTIO_F_ANY_LAYOUT
      - id: indirect_desc
        type: b1
        doc: Bit 28, descriptors may point at indirect descriptor tables.
        -orig-id: VIRTIO_RING_F_INDIRECT_DESC
      - id: event_idx
        type: b1
        doc: Bit 29, notifications are suppressed with the used_event / avail_event indexes.
        -orig-id: VIRTIO_RING_F_EVENT_IDX
      - id: protocol_features
        type: b1
        doc: Bit 30, the back-end supports GET/SET_PROTOCOL_FEATURES.
        -orig-id: VHOST_USER_F_PROTOCOL_FEATURES
      - id: reserved_bit31
        type: b1
        doc: Bit 31, not used.
      - id: version1
        type: b1
        doc: Bit 32, the device follows virtio 1.0 or later (little-endian rings and config).
        -orig-id: VIRTIO_F_VERSION_1
      - id: access_platform
        type: b1
        doc: Bit 33, ring and buffer addresses go through an IOMMU (IOVAs, translated with IOTLB messages).
        -orig-id: VIRTIO_F_ACCESS_PLATFORM
      - id: ring_packed
        type: b1
        doc: Bit 34, packed virtqueues.
        -orig-id: VIRTIO_F_RING_PACKED
      - id: in_order
        type: b1
        doc: Bit 35, buffers are used in the order they were made available.
        -orig-id: VIRTIO_F_IN_ORDER
      - id: order_platform
        type: b1
        doc: Bit 36, memory accesses need the platform's ordering (hardware devices).
        -orig-id: VIRTIO_F_ORDER_PLATFORM
      - id: sr_iov
        type: b1
        doc: Bit 37, single-root I/O virtualization.
        -orig-id: VIRTIO_F_SR_IOV
      - id: notification_data
        type: b1
        doc: Bit 38, the driver passes extra data with its notifications.
        -orig-id: VIRTIO_F_NOTIFICATION_DATA
      - id: notif_config_data
        type: b1
        doc: Bit 39, the driver uses a device-provided value as notification data.
        -orig-id: VIRTIO_F_NOTIF_CONFIG_DATA
      - id: ring_reset
        type: b1
        doc: Bit 40, single queues can be reset.
        -orig-id: VIRTIO_F_RING_RESET
      - id: admin_vq
        type: b1
        doc: Bit 41, administration virtqueues.
        -orig-id: VIRTIO_F_ADMIN_VQ
      - id: reserved_bit42
        type: b8
        doc: Bits 42-49, reserved for future extensions.
      - id: device_bits_hi
        type: b14
        doc: Bits 50-63, defined by the device type.
  protocol_features:
    doc: |
      The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
      bit switches on an extension of the protocol (see the enum
      `protocol_feature`).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features
    seq:
      - id: mq
        type: b1
        doc: Bit 0, several queues; GET_QUEUE_NUM answers how many.
        -orig-id: VHOST_USER_PROTOCOL_F_MQ
      - id: log_shmfd
        type: b1
        doc: Bit 1, SET_LOG_BASE carries the dirty log's shared memory fd (and is answered).
        -orig-id: VHOST_USER_PROTOCOL_F_LOG_SHMFD
      - id: rarp
        type: b1
        doc: Bit 2, SEND_RARP after migration.
        -orig-id: VHOST_USER_PROTOCOL_F_RARP
      - id: reply_ack
        type: b1
        doc: Bit 3, any request may ask for an acknowledgement with need_reply.
        -orig-id: VHOST_USER_PROTOCOL_F_REPLY_ACK
      - id: mtu
        type: b1
        doc: Bit 4, NET_SET_MTU.
        -orig-id: VHOST_USER_PROTOCOL_F_NET_MTU
      - id: backend_req
        type: b1
        doc: Bit 5, a second socket for requests from the back-end (SET_BACKEND_REQ_FD).
        -orig-id: VHOST_USER_PROTOCOL_F_BACKEND_REQ
      - id: cross_endian
        type: b1
        doc: Bit 6, SET_VRING_ENDIAN for legacy devices of the other byte order.
        -orig-id: VHOST_USER_PROTOCOL_F_CROSS_ENDIAN
      - id: crypto_session
        type: b1
        doc: Bit 7, CREATE/CLOSE_CRYPTO_SESSION.
        -orig-id: VHOST_USER_PROTOCOL_F_CRYPTO_SESSION
      - id: pagefault
        type: b1
        doc: Bit 8, postcopy migration with a userfaultfd.
        -orig-id: VHOST_USER_PROTOCOL_F_PAGEFAULT
      - id: config
        type: b1
        doc: Bit 9, GET/SET_CONFIG for the device configuration space.
        -orig-id: VHOST_USER_PROTOCOL_F_CONFIG
      - id: backend_send_fd
        type: b1
        doc: Bit 10, back-end requests may carry file descriptors.
        -orig-id: VHOST_USER_PROTOCOL_F_BACKEND_SEND_FD
      - id: host_notifier
        type: b1
        doc: Bit 11, the back-end can map a notification area into the guest.
        -orig-id: VHOST_USER_PROTOCOL_F_HOST_NOTIFIER
      - id: inflight_shmfd
        type: b1
        doc: Bit 12, GET/SET_INFLIGHT_FD for in-flight request tracking.
        -orig-id: VHOST_USER_PROTOCOL_F_INFLIGHT_SHMFD
      - id: reset_device
        type: b1
        doc: Bit 13, RESET_DEVICE.
        -orig-id: VHOST_USER_PROTOCOL_F_RESET_DEVICE
      - id: inband_notifications
        type: b1
        doc: Bit 14, kicks and calls as messages (VRING_KICK, BACKEND_VRING_CALL) instead of eventfds.
        -orig-id: VHOST_USER_PROTOCOL_F_INBAND_NOTIFICATIONS
      - id: configure_mem_slots
        type: b1
        doc: Bit 15, GET_MAX_MEM_SLOTS, ADD_MEM_REG and REM_MEM_REG instead of whole tables.
        -orig-id: VHOST_USER_PROTOCOL_F_CONFIGURE_MEM_SLOTS
      - id: status
        type: b1
        doc: Bit 16, SET/GET_STATUS with the virtio device status byte.
        -orig-id: VHOST_USER_PROTOCOL_F_STATUS
      - id: xen_mmap
        type: b1
        doc: Bit 17, memory regions carry Xen mapping flags and a domain id.
        -orig-id: VHOST_USER_PROTOCOL_F_XEN_MMAP
      - id: shared_object
        type: b1
        doc: Bit 18, shared objects (dma-bufs) found by UUID.
        -orig-id: VHOST_USER_PROTOCOL_F_SHARED_OBJECT
      - id: device_state
        type: b1
        doc: Bit 19, back-end state transfer for migration (SET_DEVICE_STATE_FD, CHECK_DEVICE_STATE).
        -orig-id: VHOST_USER_PROTOCOL_F_DEVICE_STATE
      - id: reserved_lo
        type: b12
        doc: Bits 20-31, not defined.
      - id: reserved_hi
        type: b32
        doc: Bits 32-63, not defined.
  vring_state:
    doc: |
      A queue index and a number. The number is the queue size
      (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
      big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
      VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
      For packed virtqueues the base packs two 15-bit indexes and their wrap
      counters into the number; the instances unpack them.
    doc-ref:
      - https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description
      - https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues
      - https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues
    seq:
      - id: index
        type: u4
        doc: Queue index.
      - id: num
        type: u4
        doc: The number (see the type's description).
    instances:
      split_avail_index:
        value: num % 65536
        doc: Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15).
      packed_avail_index:
        value: num % 32768
        doc: Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14).
      packed_avail_wrap:
        value: (num / 32768) % 2
        doc: Packed queues - the driver ring wrap counter (bit 15).
      packed_used_index:
        value: (num / 65536) % 32768
        doc: Packed queues - where the back-end places the next used descriptor (bits 16-30).
      packed_used_wrap:
        value: num / 2147483648
        doc: Packed queues - the device ring wrap counter (bit 31).
  vring_address:
    doc: |
      Where the three parts of a split queue (or the packed ring and its two
      event structures) are, in the front-end's virtual addresses (user
      addresses), or I/O virtual addresses when ACCESS_PLATFORM was
      negotiated. `log_guest_addr` is the guest-physical address of the
      used ring, for dirty logging.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description
    seq:
      - id: index
        type: u4
        doc: Queue index.
      - id: flags
        type: vring_address_flags
        doc: Per-ring flags.
      - id: desc_user_addr
        type: u8
        doc: Address of the descriptor table.
        -orig-id: descriptor
      - id: used_user_addr
        type: u8
        doc: Address of the used ring.
        -orig-id: used
      - id: avail_user_addr
        type: u8
        doc: Address of the available ring.
        -orig-id: available
      - id: log_guest_addr
        type: u8
        doc: Guest-physical address of the used ring, where its writes are logged.
        -orig-id: log
  vring_address_flags:
    doc: The 32-bit flags of a ring address.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#migration
    seq:
      - id: log
        type: b1
        doc: Bit 0, log writes to this ring's used ring in the dirty log.
        -orig-id: VHOST_VRING_F_LOG
      - id: reserved
        type: b31
        doc: Not defined; zero.
  vring_file:
    doc: |
      The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
      (and the u64 of a host-notifier area): the queue index in the low byte
      and, in bit 8, whether no file descriptor comes with the message (the
      back-end then polls instead of waiting for kicks, or the front-end
      polls for used buffers).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: index
        type: b8
        doc: Queue index (bits 0-7).
        -orig-id: VHOST_USER_VRING_IDX_MASK
      - id: no_fd
        type: b1
        doc: Bit 8, no file descriptor is attached.
        -orig-id: VHOST_USER_VRING_NOFD_MASK
      - id: reserved_lo
        type: b23
        doc: Bits 9-31, not defined.
      - id: reserved_hi
        type: b32
        doc: Bits 32-63, not defined.
  memory_region:
    doc: |
      One region of guest memory the back-end maps: `len_region` bytes at
      guest-physical `guest_addr`, which the front-end sees at `user_addr`,
      found `mmap_offset` bytes into the file descriptor that comes with the
      message. With the XEN_MMAP protocol feature the description is 40
      bytes: two more fields follow.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description
    seq:
      - id: guest_addr
        type: u8
        doc: Guest-physical address of the region.
        -orig-id: guest_phys_addr
      - id: len_region
        type: u8
        doc: Size of the region in bytes.
        -orig-id: memory_size
      - id: user_addr
        type: u8
        doc: Address of the region in the front-end's address space (ring addresses refer to it).
        -orig-id: userspace_addr
      - id: mmap_offset
        type: u8
        doc: Offset of the region in the file descriptor.
      - id: xen_mmap_flags
        type: xen_mmap_flags
        if: _io.size >= 40
        doc: Xen mapping flags (XEN_MMAP only).
      - id: domid
        type: u4
        if: _io.size >= 40
        doc: Xen domain id (XEN_MMAP only).
  xen_mmap_flags:
    doc: How a Xen back-end maps a region.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description
    seq:
      - id: foreign
        type: b1
        doc: Bit 0, map with Xen foreign memory mapping.
      - id: grant
        type: b1
        doc: Bit 1, map with Xen grants.
      - id: reserved_bit2
        type: b6
        doc: Bits 2-7, not defined.
      - id: map_on_demand
        type: b1
        doc: Bit 8, map only the parts in use, when needed, never the whole region at once.
      - id: reserved_bit9
        type: b23
        doc: Bits 9-31, not defined.
  memory_table:
    doc: |
      SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
      descriptor per region in the same order. The message is only as long
      as the regions it holds (8 + 32 bytes per region).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description
    seq:
      - id: num_regions
        type: u4
        doc: Number of regions.
        -orig-id: nregions
      - id: padding
        type: u4
        doc: Unused.
      - id: regions
        type: memory_region
        size: len_regions
        repeat: expr
        repeat-expr: num_regions
        doc: The regions.
    instances:
      len_regions:
        value: 'num_regions > 0 and _io.size - 8 >= 40 * num_regions.as<s8> ? 40 : 32'
        doc: Size of one region description (40 with XEN_MMAP, else 32).
  single_memory_region:
    doc: |
      ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
      8 bytes of padding. ADD_MEM_REG comes with the region's file
      descriptor; REM_MEM_REG names the region by guest address, user
      address and size.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description
    seq:
      - id: padding
        type: u8
        doc: Unused.
      - id: region
        type: memory_region
        size-eos: true
        doc: The region.
  log_description:
    doc: |
      SET_LOG_BASE: where the dirty log is in the shared memory that comes
      with the message (LOG_SHMFD). The log is a bitmap with one bit per
      4 KiB page of guest-physical memory, starting at address 0.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#log-description
    seq:
      - id: log_size
        type: u8
        doc: Size of the log in bytes.
      - id: log_offset
        type: u8
        doc: Offset of the log in the file descriptor.
  iotlb_message:
    doc: |
      An IOTLB entry update, invalidation, miss or access failure
      (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message
    seq:
      - id: iova
        type: u8
        doc: I/O virtual address.
      - id: len_iova
        type: u8
        doc: Size of the range.
        -orig-id: size
      - id: user_addr
        type: u8
        doc: User address the range maps to (updates).
        -orig-id: uaddr
      - id: perm
        type: u1
        enum: iotlb_perm
        doc: Permissions.
      - id: type
        type: u1
        enum: iotlb_type
        doc: What the message says.
      - id: padding
        size-eos: true
        doc: Padding of the C structure (6 bytes).
  config_space:
    doc: |
      GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
      virtio device's configuration space, at most 256 bytes. A GET_CONFIG
      request carries `len_config` placeholder bytes; the reply carries the
      contents (or no payload at all on error).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space
    seq:
      - id: ofs_config
        type: u4
        doc: Offset in the configuration space.
        -orig-id: offset
      - id: len_config
        type: u4
        doc: Number of bytes.
        -orig-id: size
      - id: flags
        type: u4
        enum: config_flags
        doc: Why the front-end writes.
      - id: contents
        size-eos: true
        doc: The bytes (normally `len_config` of them).
        -orig-id: payload
  vring_area:
    doc: |
      BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
      with the message that the front-end maps into the guest as a queue's
      notification area.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description
    seq:
      - id: queue
        type: vring_file
        doc: Queue index and the no-fd bit (no fd - remove the area).
        -orig-id: u64
      - id: len_area
        type: u8
        doc: Size of the area (one host page).
        -orig-id: size
      - id: ofs_area
        type: u8
        doc: Offset of the area in the file descriptor.
        -orig-id: offset
  inflight_description:
    doc: |
      GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
      buffer in which the back-end records requests in flight so that a
      restarted back-end can resubmit them. The C structure is padded to
      24 bytes.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description
    seq:
      - id: mmap_size
        type: u8
        doc: Size of the buffer.
      - id: mmap_offset
        type: u8
        doc: Offset of the buffer in the file descriptor.
      - id: num_queues
        type: u2
        doc: Number of queues the buffer covers.
      - id: queue_size
        type: u2
        doc: Entries per queue.
      - id: padding
        size-eos: true
        doc: Padding of the C structure (4 bytes).
  shared_object:
    doc: |
      A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
      fields are big-endian.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared
    seq:
      - id: time_low
        type: u4be
        doc: First 32 bits of the UUID.
      - id: time_mid
        type: u2be
        doc: Next 16 bits.
      - id: time_hi_and_version
        type: u2be
        doc: Next 16 bits, with the UUID version.
      - id: clock_seq_and_node
        size: 8
        doc: Last 8 bytes.
  device_state_transfer:
    doc: SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters
    seq:
      - id: direction
        type: u4
        enum: transfer_direction
        doc: Save (back-end to front-end) or load.
      - id: phase
        type: u4
        enum: migration_phase
        doc: Migration phase.
  device_state_result:
    doc: |
      SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
      8, whether the back-end sent no file descriptor (then the front-end
      keeps its own channel).
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: error
        type: b8
        doc: Zero on success.
      - id: no_fd
        type: b1
        doc: Bit 8, no file descriptor in the reply.
      - id: reserved_lo
        type: b23
        doc: Bits 9-31, not defined.
      - id: reserved_hi
        type: b32
        doc: Bits 32-63, not defined.
  device_status:
    doc: The virtio device status byte (SET/GET_STATUS), in a u64.
    doc-ref:
      - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
      - Virtio 1.2, section 2.1 "Device Status Field"
    seq:
      - id: acknowledge
        type: b1
        doc: Bit 0, the guest found the device.
      - id: driver
        type: b1
        doc: Bit 1, the guest has a driver for it.
      - id: driver_ok
        type: b1
        doc: Bit 2, the driver is ready; the device is live.
      - id: features_ok
        type: b1
        doc: Bit 3, feature negotiation is complete.
      - id: reserved_bit4
        type: b2
        doc: Bits 4-5, not defined.
      - id: device_needs_reset
        type: b1
        doc: Bit 6, the device hit an error it cannot recover from.
      - id: failed
        type: b1
        doc: Bit 7, the driver gave up on the device.
      - id: reserved_lo
        type: b24
        doc: Bits 8-31, not defined.
      - id: reserved_hi
        type: b32
        doc: Bits 32-63, not defined.
  rarp_request:
    doc: SEND_RARP - the guest's MAC address in the first six bytes of the u64.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: mac
        size: 6
        doc: MAC address to announce.
      - id: padding
        size: 2
        doc: Unused.
  crypto_session:
    doc: |
      CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
      operation, the session parameters and keys (symmetric or asymmetric,
      by `op_code`), and the session id the back-end returns (negative on
      failure). The session parameters copy QEMU's in-memory structures,
      host pointers included, so the layout is that of a 64-bit host.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: op_code
        type: u8
        enum: crypto_op
        doc: Which kind of session (virtio-crypto create-session opcode).
      - id: session
        size: 1056
        type:
          switch-on: op_code
          cases:
            'crypto_op::akcipher_create_session': crypto_asym_session
            _: crypto_sym_session
        doc: Session parameters and keys.
        -orig-id: u
      - id: session_id
        type: s8
        doc: The session id (reply), negative on failure.
  crypto_sym_session:
    doc: Symmetric session - cipher and hash parameters, then the keys.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: cipher_alg
        type: u4
        doc: Cipher algorithm (virtio-crypto numbering).
      - id: len_cipher_key
        type: u4
        doc: Length of the cipher key.
        -orig-id: key_len
      - id: hash_alg
        type: u4
        doc: Hash or MAC algorithm.
      - id: len_hash_result
        type: u4
        doc: Length of the hash result.
        -orig-id: hash_result_len
      - id: len_auth_key
        type: u4
        doc: Length of the MAC key.
        -orig-id: auth_key_len
      - id: len_add
        type: u4
        doc: Length of additional authenticated data.
        -orig-id: add_len
      - id: op_type
        type: u1
        doc: Cipher only, or chained with a hash.
      - id: direction
        type: u1
        doc: Encrypt or decrypt.
      - id: hash_mode
        type: u1
        doc: Plain, auth or nested hash.
      - id: alg_chain_order
        type: u1
        doc: Cipher then hash, or hash then cipher.
      - id: padding
        size: 4
        doc: Alignment.
      - id: cipher_key_ptr
        type: u8
        doc: The front-end's pointer to the cipher key (meaningless to the back-end).
      - id: auth_key_ptr
        type: u8
        doc: The front-end's pointer to the MAC key (meaningless to the back-end).
      - id: cipher_key
        size: 64
        doc: Cipher key, `len_cipher_key` bytes used.
        -orig-id: key
      - id: auth_key
        size: 512
        doc: MAC key, `len_auth_key` bytes used.
  crypto_asym_session:
    doc: Asymmetric (akcipher) session - algorithm, key type and the key.
    doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
    seq:
      - id: algo
        type: u4
        doc: Algorithm (RSA, ECDSA; virtio-crypto numbering).
      - id: key_type
        type: u4
        doc: Public or private key.
        -orig-id: keytype
      - id: len_key
        type: u4
        doc: Key length.
        -orig-id: keylen
      - id: padding
        size: 4
        doc: Alignment.
      - id: key_ptr
        type: u8
        doc: The front-end's pointer to the key (meaningless to the back-end).
      - id: rsa_padding_algo
        type: u4
        doc: RSA padding algorithm.
      - id: rsa_hash_algo
        type: u4
        doc: RSA hash algorithm.
      - id: key
        size: 1024
        doc: The key, `len_key` bytes used.
enums:
  front_end_request:
    1:
      id: get_features
      doc: Ask for the back-end's virtio features (reply - virtio_features).
      -orig-id: VHOST_USER_GET_FEATURES
      -fds: none
      -reply: always
    2:
      id: set_features
      doc: Acknowledge the virtio features in use; without bit 30 every ring is enabled at once.
      -orig-id: VHOST_USER_SET_FEATURES
      -fds: none
      -reply: ack
    3:
      id: set_owner
      doc: Start a session; the sender becomes the owner.
      -orig-id: VHOST_USER_SET_OWNER
      -fds: none
      -reply: ack
    4:
      id: reset_owner
      doc: Deprecated; back-ends ignore it or disable every ring.
      -orig-id: VHOST_USER_RESET_OWNER
      -fds: none
      -reply: ack
    5:
      id: set_mem_table
      doc: The guest memory map (memory_table), one fd per region.
      -orig-id: VHOST_USER_SET_MEM_TABLE
      -fds: one_per_region
      -reply: ack_or_postcopy
    6:
      id: set_log_base
      doc: Where the dirty log is (log_description); with LOG_SHMFD its fd comes along and the back-end replies.
      -orig-id: VHOST_USER_SET_LOG_BASE
      -fds: one_if_log_shmfd
      -reply: with_log_shmfd
    7:
      id: set_log_fd
      doc: An eventfd the back-end signals after writing to the log.
      -orig-id: VHOST_USER_SET_LOG_FD
      -fds: one
      -reply: ack
    8:
      id: set_vring_num
      doc: The size of a queue (vring_state).
      -orig-id: VHOST_USER_SET_VRING_NUM
      -fds: none
      -reply: ack
    9:
      id: set_vring_addr
      doc: Where a queue's parts are (vring_address).
      -orig-id: VHOST_USER_SET_VRING_ADDR
      -fds: none
      -reply: ack
    10:
      id: set_vring_base
      doc: The next available-ring index to process (vring_state).
      -orig-id: VHOST_USER_SET_VRING_BASE
      -fds: none
      -reply: ack
    11:
      id: get_vring_base
      doc: Stop a queue and return its next available-ring index (reply - vring_state).
      -orig-id: VHOST_USER_GET_VRING_BASE
      -fds: none
      -reply: always
    12:
      id: set_vring_kick
      doc: The eventfd the front-end signals when it adds buffers (vring_file); a kick on it starts the ring.
      -orig-id: VHOST_USER_SET_VRING_KICK
      -fds: one_unless_no_fd
      -reply: ack
    13:
      id: set_vring_call
      doc: The eventfd the back-end signals when it has used buffers (vring_file).
      -orig-id: VHOST_USER_SET_VRING_CALL
      -fds: one_unless_no_fd
      -reply: ack
    14:
      id: set_vring_err
      doc: The eventfd the back-end signals on a queue error (vring_file).
      -orig-id: VHOST_USER_SET_VRING_ERR
      -fds: one_unless_no_fd
      -reply: ack
    15:
      id: get_protocol_features
      doc: Ask for the protocol features (reply - protocol_features); legal once bit 30 was offered.
      -orig-id: VHOST_USER_GET_PROTOCOL_FEATURES
      -fds: none
      -reply: always
    16:
      id: set_protocol_features
      doc: The protocol features in use.
      -orig-id: VHOST_USER_SET_PROTOCOL_FEATURES
      -fds: none
      -reply: ack
    17:
      id: get_queue_num
      doc: How many queues the back-end supports (MQ; reply - u64).
      -orig-id: VHOST_USER_GET_QUEUE_NUM
      -fds: none
      -reply: always
    18:
      id: set_vring_enable
      doc: Enable (1) or disable (0) a queue (vring_state).
      -orig-id: VHOST_USER_SET_VRING_ENABLE
      -fds: none
      -reply: ack
    19:
      id: send_rarp
      doc: Broadcast a RARP for this MAC after migration (RARP).
      -orig-id: VHOST_USER_SEND_RARP
      -fds: none
      -reply: ack
    20:
      id: net_set_mtu
      doc: The MTU the guest sees (MTU).
      -orig-id: VHOST_USER_NET_SET_MTU
      -fds: none
      -reply: ack
    21:
      id: set_backend_req_fd
      doc: The socket for the back-end's own requests (BACKEND_REQ).
      -orig-id: VHOST_USER_SET_BACKEND_REQ_FD
      -fds: one
      -reply: ack
    22:
      id: iotlb_msg
      doc: An IOTLB update or invalidation (iotlb_message; reply - u64).
      -orig-id: VHOST_USER_IOTLB_MSG
      -fds: none
      -reply: always
    23:
      id: set_vring_endian
      doc: Byte order of a legacy queue, 0 little, 1 big (CROSS_ENDIAN).
      -orig-id: VHOST_USER_SET_VRING_ENDIAN
      -fds: none
      -reply: ack
    24:
      id: get_config
      doc: Read the device configuration space (config_space; reply - config_space, empty on error).
      -orig-id: VHOST_USER_GET_CONFIG
      -fds: none
      -reply: always
    25:
      id: set_config
      doc: Write the device configuration space (config_space).
      -orig-id: VHOST_USER_SET_CONFIG
      -fds: none
      -reply: ack
    26:
      id: create_crypto_session
      doc: Create a crypto session (crypto_session; reply - crypto_session with the id).
      -orig-id: VHOST_USER_CREATE_CRYPTO_SESSION
      -fds: none
      -reply: always
    27:
      id: close_crypto_session
      doc: Close a crypto session by id (u64).
      -orig-id: VHOST_USER_CLOSE_CRYPTO_SESSION
      -fds: none
      -reply: ack
    28:
      id: postcopy_advise
      doc: A postcopy migration is coming; the back-end replies with a userfaultfd (PAGEFAULT).
      -orig-id: VHOST_USER_POSTCOPY_ADVISE
      -fds: none
      -reply: always
      -reply-fds: userfaultfd
    29:
      id: postcopy_listen
      doc: Postcopy has started; register memory with the userfaultfd.
      -orig-id: VHOST_USER_POSTCOPY_LISTEN
      -fds: none
      -reply: ack
    30:
      id: postcopy_end
      doc: Postcopy is over; drop the userfaultfd (reply - u64, zero on success).
      -orig-id: VHOST_USER_POSTCOPY_END
      -fds: none
      -reply: always
    31:
      id: get_inflight_fd
      doc: Ask for the in-flight tracking buffer (reply - inflight_description with its fd).
      -orig-id: VHOST_USER_GET_INFLIGHT_FD
      -fds: none
      -reply: always
      -reply-fds: inflight buffer
    32:
      id: set_inflight_fd
      doc: Hand the in-flight tracking buffer back after a reconnect (inflight_description).
      -orig-id: VHOST_USER_SET_INFLIGHT_FD
      -fds: one
      -reply: ack
    33:
      id: gpu_set_socket
      doc: The socket of the vhost-user-gpu protocol.
      -orig-id: VHOST_USER_GPU_SET_SOCKET
      -fds: one
      -reply: ack
    34:
      id: reset_device
      doc: Disable every ring and return the device to its initial state (RESET_DEVICE).
      -orig-id: VHOST_USER_RESET_DEVICE
      -fds: none
      -reply: ack
    35:
      id: vring_kick
      doc: An in-band kick (INBAND_NOTIFICATIONS; vring_state).
      -orig-id: VHOST_USER_VRING_KICK
      -fds: none
      -reply: ack
    36:
      id: get_max_mem_slots
      doc: How many regions the back-end can map (CONFIGURE_MEM_SLOTS; reply - u64).
      -orig-id: VHOST_USER_GET_MAX_MEM_SLOTS
      -fds: none
      -reply: always
    37:
      id: add_mem_reg
      doc: Map one more region (single_memory_region) from its fd.
      -orig-id: VHOST_USER_ADD_MEM_REG
      -fds: one
      -reply: ack_or_postcopy
    38:
      id: rem_mem_reg
      doc: Unmap a region (single_memory_region; the mmap offset is ignored).
      -orig-id: VHOST_USER_REM_MEM_REG
      -fds: none_or_one_ignored
      -reply: ack
    39:
      id: set_status
      doc: The virtio device status byte (STATUS; device_status).
      -orig-id: VHOST_USER_SET_STATUS
      -fds: none
      -reply: ack
    40:
      id: get_status
      doc: Read the device status byte (reply - device_status).
      -orig-id: VHOST_USER_GET_STATUS
      -fds: none
      -reply: always
    41:
      id: get_shared_object
      doc: Ask for the dma-buf of a shared object by UUID (reply - u64, with the fd on success).
      -orig-id: VHOST_USER_GET_SHARED_OBJECT
      -fds: none
      -reply: always
      -reply-fds: dma-buf on success
    42:
      id: set_device_state_fd
      doc: Open a back-end state transfer channel (device_state_transfer; reply - device_state_result, maybe with the back-end's own fd).
      -orig-id: VHOST_USER_SET_DEVICE_STATE_FD
      -fds: one
      -reply: always
      -reply-fds: the back-end's channel unless no_fd
    43:
      id: check_device_state
      doc: Did the state transfer succeed? (reply - u64, zero on success)
      -orig-id: VHOST_USER_CHECK_DEVICE_STATE
      -fds: none
      -reply: always
  protocol_feature:
    0:
      id: mq
      doc: Several queues.
      -orig-id: VHOST_USER_PROTOCOL_F_MQ
    1:
      id: log_shmfd
      doc: Shared-memory dirty log.
      -orig-id: VHOST_USER_PROTOCOL_F_LOG_SHMFD
    2:
      id: rarp
      doc: SEND_RARP.
      -orig-id: VHOST_USER_PROTOCOL_F_RARP
    3:
      id: reply_ack
      doc: need_reply on any request.
      -orig-id: VHOST_USER_PROTOCOL_F_REPLY_ACK
    4:
      id: mtu
      doc: NET_SET_MTU.
      -orig-id: VHOST_USER_PROTOCOL_F_NET_MTU
    5:
      id: backend_req
      doc: Back-end request channel.
      -orig-id: VHOST_USER_PROTOCOL_F_BACKEND_REQ
    6:
      id: cross_endian
      doc: SET_VRING_ENDIAN.
      -orig-id: VHOST_USER_PROTOCOL_F_CROSS_ENDIAN
    7:
      id: crypto_session
      doc: Crypto sessions.
      -orig-id: VHOST_USER_PROTOCOL_F_CRYPTO_SESSION
    8:
      id: pagefault
      doc: Postcopy with userfaultfd.
      -orig-id: VHOST_USER_PROTOCOL_F_PAGEFAULT
    9:
      id: config
      doc: GET/SET_CONFIG.
      -orig-id: VHOST_USER_PROTOCOL_F_CONFIG
    10:
      id: backend_send_fd
      doc: File descriptors on the back-end channel.
      -orig-id: VHOST_USER_PROTOCOL_F_BACKEND_SEND_FD
    11:
      id: host_notifier
      doc: Host notifier areas.
      -orig-id: VHOST_USER_PROTOCOL_F_HOST_NOTIFIER
    12:
      id: inflight_shmfd
      doc: In-flight tracking buffer.
      -orig-id: VHOST_USER_PROTOCOL_F_INFLIGHT_SHMFD
    13:
      id: reset_device
      doc: RESET_DEVICE.
      -orig-id: VHOST_USER_PROTOCOL_F_RESET_DEVICE
    14:
      id: inband_notifications
      doc: Kicks and calls as messages.
      -orig-id: VHOST_USER_PROTOCOL_F_INBAND_NOTIFICATIONS
    15:
      id: configure_mem_slots
      doc: ADD/REM_MEM_REG.
      -orig-id: VHOST_USER_PROTOCOL_F_CONFIGURE_MEM_SLOTS
    16:
      id: status
      doc: SET/GET_STATUS.
      -orig-id: VHOST_USER_PROTOCOL_F_STATUS
    17:
      id: xen_mmap
      doc: Xen mapping flags in regions.
      -orig-id: VHOST_USER_PROTOCOL_F_XEN_MMAP
    18:
      id: shared_object
      doc: Shared objects by UUID.
      -orig-id: VHOST_USER_PROTOCOL_F_SHARED_OBJECT
    19:
      id: device_state
      doc: Back-end state transfer.
      -orig-id: VHOST_USER_PROTOCOL_F_DEVICE_STATE
  virtio_feature:
    24:
      id: notify_on_empty
      doc: Notify on an empty available ring (legacy).
      -orig-id: VIRTIO_F_NOTIFY_ON_EMPTY
    26:
      id: log_all
      doc: Dirty-page logging (vhost).
      -orig-id: VHOST_F_LOG_ALL
    27:
      id: any_layout
      doc: Any descriptor layout (legacy).
      -orig-id: VIRTIO_F_ANY_LAYOUT
    28:
      id: indirect_desc
      doc: Indirect descriptor tables.
      -orig-id: VIRTIO_RING_F_INDIRECT_DESC
    29:
      id: event_idx
      doc: Event-index notification suppression.
      -orig-id: VIRTIO_RING_F_EVENT_IDX
    30:
      id: protocol_features
      doc: vhost-user protocol feature negotiation.
      -orig-id: VHOST_USER_F_PROTOCOL_FEATURES
    32:
      id: version1
      doc: Virtio 1.0 or later.
      -orig-id: VIRTIO_F_VERSION_1
    33:
      id: access_platform
      doc: IOMMU translation of addresses.
      -orig-id: VIRTIO_F_ACCESS_PLATFORM
    34:
      id: ring_packed
      doc: Packed virtqueues.
      -orig-id: VIRTIO_F_RING_PACKED
    35:
      id: in_order
      doc: Buffers used in order.
      -orig-id: VIRTIO_F_IN_ORDER
    36:
      id: order_platform
      doc: Platform memory ordering.
      -orig-id: VIRTIO_F_ORDER_PLATFORM
    37:
      id: sr_iov
      doc: SR-IOV.
      -orig-id: VIRTIO_F_SR_IOV
    38:
      id: notification_data
      doc: Data with driver notifications.
      -orig-id: VIRTIO_F_NOTIFICATION_DATA
    39:
      id: notif_config_data
      doc: Device-provided notification data.
      -orig-id: VIRTIO_F_NOTIF_CONFIG_DATA
    40:
      id: ring_reset
      doc: Per-queue reset.
      -orig-id: VIRTIO_F_RING_RESET
    41:
      id: admin_vq
      doc: Administration virtqueues.
      -orig-id: VIRTIO_F_ADMIN_VQ
  iotlb_perm:
    0:
      id: none
      doc: No access.
    1:
      id: read
      doc: Read access.
    2:
      id: write
      doc: Write access.
    3:
      id: read_write
      doc: Read and write access.
  iotlb_type:
    1:
      id: miss
      doc: The back-end misses a translation (back-end to front-end).
    2:
      id: update
      doc: A new translation (front-end to back-end).
    3:
      id: invalidate
      doc: Drop translations (front-end to back-end).
    4:
      id: access_fail
      doc: An access was refused (back-end to front-end).
  config_flags:
    0:
      id: writable
      doc: A guest write to writable fields.
    1:
      id: live_migration
      doc: Restoring the space during live migration (read-only fields too).
  transfer_direction:
    0:
      id: save
      doc: Back-end to front-end, on the migration source.
    1:
      id: load
      doc: Front-end to back-end, on the migration destination.
  migration_phase:
    0:
      id: stopped
      doc: The guest is stopped and the device suspended.
  crypto_op:
    0x0002:
      id: cipher_create_session
      doc: Symmetric cipher session.
    0x0102:
      id: hash_create_session
      doc: Hash session.
    0x0202:
      id: mac_create_session
      doc: MAC session.
    0x0302:
      id: aead_create_session
      doc: AEAD session.
    0x0402:
      id: akcipher_create_session
      doc: Asymmetric (akcipher) session.
