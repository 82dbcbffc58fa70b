meta:
  id: vhost_user_input
  title: virtio-input as a vhost-user device - configuration space and events
  application: QEMU (vhost-user-input-pci), virtio-input drivers
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  A vhost-user-input back-end is a virtio input device (keyboard, mouse,
  tablet) in another process. QEMU forwards every access the guest makes
  to its configuration space: a write is a SET_CONFIG and a read a
  GET_CONFIG of this whole 136-byte structure.

  The configuration space is a query: the driver writes `select` and
  `subsel`, then reads `len_answer` and the first that many bytes of
  `answer`. An answer of length zero means "not supported" (an event type
  the device does not have, an axis it does not report).

  The event queue carries `event`s from the device to the driver, one per
  8-byte device-writable buffer; the status queue carries events the
  other way (keyboard LEDs), one per device-readable buffer. Types and
  codes are those of Linux evdev.
doc-ref: Virtio 1.2, section 5.8 "Input Device"
seq:
  - id: select
    type: u1
    enum: config_select
    doc: What the driver asks for (written by the driver).
  - id: subsel
    type: u1
    doc: Which one of it - the event type for ev_bits, the axis for abs_info (written by the driver).
  - id: len_answer
    type: u1
    doc: Bytes of `answer` that hold the answer; 0 when there is none.
    -orig-id: size
  - id: reserved
    size: 5
    doc: Zero.
  - id: answer
    size: 128
    type:
      switch-on: select
      cases:
        'config_select::id_devids': devids
        'config_select::abs_info': abs_info
    doc: |
      The answer: a string for id_name and id_serial, a bitmap (bit N of
      byte N/8 for code N) for prop_bits and ev_bits, a structure for
      id_devids and abs_info; zero-padded to 128 bytes.
    -orig-id: u
types:
  devids:
    doc: Bus and device identity (id_devids), as evdev's struct input_id.
    doc-ref: Virtio 1.2, section 5.8.4 "Device configuration layout"
    seq:
      - id: bustype
        type: u2
        doc: Bus type (BUS_USB 3, BUS_VIRTUAL 6, ...).
      - id: vendor
        type: u2
        doc: Vendor ID.
      - id: product
        type: u2
        doc: Product ID.
      - id: version
        type: u2
        doc: Version.
  abs_info:
    doc: The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
    doc-ref: Virtio 1.2, section 5.8.4 "Device configuration layout"
    seq:
      - id: min
        type: s4
        doc: Smallest value.
      - id: max
        type: s4
        doc: Largest value.
      - id: fuzz
        type: s4
        doc: Noise filter width.
      - id: flat
        type: s4
        doc: Dead zone around the centre.
      - id: res
        type: s4
        doc: Resolution (units per millimetre, or per radian).
  event:
    doc: One input event (8 bytes), in an event-queue or status-queue buffer.
    doc-ref: Virtio 1.2, section 5.8.6 "Device Operation"
    seq:
      - id: type
        type: u2
        enum: event_type
        doc: Event type (evdev EV_*).
      - id: code
        type: u2
        doc: Key, axis or LED number (evdev KEY_*, REL_*, ABS_*, LED_*).
      - id: value
        type: s4
        doc: 1 press, 0 release, 2 autorepeat for keys; the position or motion for axes; on/off for LEDs.
enums:
  config_select:
    0:
      id: unset
      doc: Nothing selected; no answer.
      -orig-id: VIRTIO_INPUT_CFG_UNSET
    1:
      id: id_name
      doc: The device name, a string (subsel 0).
      -orig-id: VIRTIO_INPUT_CFG_ID_NAME
    2:
      id: id_serial
      doc: The serial number, a string (subsel 0).
      -orig-id: VIRTIO_INPUT_CFG_ID_SERIAL
    3:
      id: id_devids
      doc: Bus and device identity, a devids structure (subsel 0).
      -orig-id: VIRTIO_INPUT_CFG_ID_DEVIDS
    0x10:
      id: prop_bits
      doc: The input properties bitmap (evdev INPUT_PROP_*; subsel 0).
      -orig-id: VIRTIO_INPUT_CFG_PROP_BITS
    0x11:
      id: ev_bits
      doc: The bitmap of codes of event type subsel; no answer when the type is not supported.
      -orig-id: VIRTIO_INPUT_CFG_EV_BITS
    0x12:
      id: abs_info
      doc: The abs_info of axis subsel.
      -orig-id: VIRTIO_INPUT_CFG_ABS_INFO
  event_type:
    0x00:
      id: syn
      doc: Marks the end of a group of events (code 0, SYN_REPORT).
      -orig-id: EV_SYN
    0x01:
      id: key
      doc: A key or button changed.
      -orig-id: EV_KEY
    0x02:
      id: rel
      doc: Relative motion (mouse).
      -orig-id: EV_REL
    0x03:
      id: abs
      doc: Absolute position (tablet, touch screen).
      -orig-id: EV_ABS
    0x04:
      id: msc
      doc: Miscellaneous (scan codes).
      -orig-id: EV_MSC
    0x11:
      id: led
      doc: An LED - Num, Caps, Scroll Lock (the status queue).
      -orig-id: EV_LED
    0x14:
      id: rep
      doc: Autorepeat settings.
      -orig-id: EV_REP
