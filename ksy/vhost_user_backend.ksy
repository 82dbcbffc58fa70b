meta:
  id: vhost_user_backend
  title: vhost-user message on the back-end channel (request or reply)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - vhost_user
doc: |
  With the BACKEND_REQ protocol feature the front-end hands the back-end a
  second socket (SET_BACKEND_REQ_FD). On it the roles turn around: the
  back-end sends requests (IOTLB misses, configuration changes, host
  notifier areas, in-band calls, shared objects) and the front-end
  answers. The header is the one of the main channel (`vhost_user`), with
  its own request ids; the payloads are the main channel's types.

  With BACKEND_SEND_FD a request may carry up to 8 file descriptors. A
  reply is a u64 (zero for success) that the front-end sends when the
  request had `need_reply` set, except SHARED_OBJECT_LOOKUP, which is
  always answered.

  The custom keys `-fds` and `-reply` of each `backend_request` value use
  the words of `vhost_user`.
doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication
seq:
  - id: request
    type: u4
    enum: backend_request
    doc: Which request this is (a reply repeats the id of the request it answers).
  - id: flags
    type: vhost_user::header_flags
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
        'backend_request::iotlb_msg': vhost_user::iotlb_message
        'backend_request::vring_host_notifier_msg': vhost_user::vring_area
        'backend_request::vring_call': vhost_user::vring_state
        'backend_request::vring_err': vhost_user::vring_state
        'backend_request::shared_object_add': vhost_user::shared_object
        'backend_request::shared_object_remove': vhost_user::shared_object
        'backend_request::shared_object_lookup': vhost_user::shared_object
    doc: The payload of a back-end request (absent when it has none).
  - id: reply_body
    size: len_payload
    if: flags.is_reply and len_payload != 0
    type:
      switch-on: request
      cases:
        _: vhost_user::u64_payload
    doc: The front-end's answer, zero for success.
enums:
  backend_request:
    1:
      id: iotlb_msg
      doc: An IOTLB miss or access failure (iotlb_message).
      -orig-id: VHOST_USER_BACKEND_IOTLB_MSG
      -fds: none
      -reply: ack
    2:
      id: config_change_msg
      doc: The device configuration space changed; the front-end reads it again with GET_CONFIG.
      -orig-id: VHOST_USER_BACKEND_CONFIG_CHANGE_MSG
      -fds: none
      -reply: ack
    3:
      id: vring_host_notifier_msg
      doc: Map (or, without fd, remove) a queue's notification area (vring_area).
      -orig-id: VHOST_USER_BACKEND_VRING_HOST_NOTIFIER_MSG
      -fds: one_unless_no_fd
      -reply: ack
    4:
      id: vring_call
      doc: An in-band call - buffers were used on this queue (INBAND_NOTIFICATIONS; vring_state).
      -orig-id: VHOST_USER_BACKEND_VRING_CALL
      -fds: none
      -reply: ack
    5:
      id: vring_err
      doc: An in-band error notification for this queue (vring_state).
      -orig-id: VHOST_USER_BACKEND_VRING_ERR
      -fds: none
      -reply: ack
    6:
      id: shared_object_add
      doc: Register the back-end as exporter of a shared object (shared_object).
      -orig-id: VHOST_USER_BACKEND_SHARED_OBJECT_ADD
      -fds: none
      -reply: ack
    7:
      id: shared_object_remove
      doc: Remove a shared object the back-end exported (shared_object).
      -orig-id: VHOST_USER_BACKEND_SHARED_OBJECT_REMOVE
      -fds: none
      -reply: ack
    8:
      id: shared_object_lookup
      doc: Ask for a shared object's dma-buf (shared_object; reply - u64, with the fd on success).
      -orig-id: VHOST_USER_BACKEND_SHARED_OBJECT_LOOKUP
      -fds: none
      -reply: always
      -reply-fds: dma-buf on success
