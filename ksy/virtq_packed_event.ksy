meta:
  id: virtq_packed_event
  title: Virtio packed virtqueue event suppression structure
  application: QEMU, virtio drivers and devices
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  bit-endian: le
doc: |
  Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
  these 4-byte structures and says in it when it wants to hear from the
  other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
  available ring) says when the device should notify (interrupt), the
  device's (the "used ring" address) says when the driver should kick.

  With `mode` enable every buffer is signalled, with disable none; with
  desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
  once the other side has gone past the slot `offset` in the lap whose
  wrap counter is `wrap`. The reader decides after a full memory barrier.
doc-ref: Virtio 1.2, section 2.8.14 "Event Suppression Structure Format"
seq:
  - id: offset
    type: b15
    doc: Desc mode, the slot the writer wants to hear about.
    -orig-id: desc_event_off
  - id: wrap
    type: b1
    doc: Desc mode, the wrap counter of the lap in which `offset` is meant.
    -orig-id: desc_event_wrap
  - id: mode
    type: b2
    enum: event_mode
    doc: Enable, disable or desc.
    -orig-id: desc_event_flags
  - id: reserved
    type: b14
    doc: Not defined; zero.
enums:
  event_mode:
    0:
      id: enable
      doc: Signal every buffer.
      -orig-id: RING_EVENT_FLAGS_ENABLE
    1:
      id: disable
      doc: Signal nothing.
      -orig-id: RING_EVENT_FLAGS_DISABLE
    2:
      id: desc
      doc: Signal when the other side reaches offset and wrap (EVENT_IDX).
      -orig-id: RING_EVENT_FLAGS_DESC
    3:
      id: reserved
      doc: Not defined.
