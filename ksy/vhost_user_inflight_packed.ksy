meta:
  id: vhost_user_inflight_packed
  title: vhost-user in-flight I/O tracking buffer of packed rings (INFLIGHT_SHMFD)
  application: QEMU (vhost-user-blk, vhost-user-scsi), vhost-user back-ends
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
  imports:
    - vhost_user_inflight
doc: |
  The in-flight tracking buffer as a back-end makes it when the front-end
  set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
  region per queue, back to back, each a 32-byte header and a 32-byte
  entry per descriptor, rounded up to 64 bytes. The region's layout is
  `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
  imports; nothing in the bytes tells a packed buffer from a split one
  (the features decide), so this spec is the packed buffer's top level and
  `vhost_user_inflight` the split one's.
doc-ref: https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
seq:
  - id: queues
    type: vhost_user_inflight::queue_region_packed
    repeat: eos
    doc: One region per queue, in queue order.
