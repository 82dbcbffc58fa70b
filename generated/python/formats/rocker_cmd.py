# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import rocker
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RockerCmd(ReadWriteKaitaiStruct):
    """The buffer of a descriptor on the command ring: TLVs. Each TLV has an
    8-byte header (a 32-bit type, a 16-bit length, 2 bytes of padding) and a
    value padded to 8 bytes. The length counts the header too (QEMU and the
    Linux driver do it this way; the spec text calls it the value length), so
    the value has length - 8 bytes and the next TLV starts at the length
    rounded up to 8. A TLV can hold other TLVs (a nest).
    
    A command is a CMD_TYPE TLV (16-bit command number) and a CMD_INFO nest
    whose TLVs depend on the command: port settings for GET/SET_PORT_SETTINGS,
    OF-DPA attributes for the flow and group commands. The nest is decoded by
    the CMD_TYPE that comes before it. For GET_PORT_SETTINGS the device writes
    its answer over the buffer: a CMD_INFO nest of port settings alone, which
    this spec decodes as port settings too. (The answer to
    OF_DPA_FLOW_GET_STATS, top-level `flow_stat_attr` TLVs, is a different
    buffer: see `flow_stats`.)
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html#port-settings
    """

    class CmdAttr(IntEnum):
        type = 1
        info = 2

    class CmdType(IntEnum):
        get_port_settings = 1
        set_port_settings = 2
        of_dpa_flow_add = 3
        of_dpa_flow_mod = 4
        of_dpa_flow_del = 5
        of_dpa_flow_get_stats = 6
        of_dpa_group_add = 7
        of_dpa_group_mod = 8
        of_dpa_group_del = 9
        of_dpa_group_get_stats = 10

    class FlowStatAttr(IntEnum):
        duration = 1
        rx_pkts = 2
        tx_pkts = 3

    class OfDpaAttr(IntEnum):
        table_id = 1
        priority = 2
        hardtime = 3
        idletime = 4
        cookie = 5
        in_pport = 6
        in_pport_mask = 7
        out_pport = 8
        goto_table_id = 9
        group_id = 10
        group_id_lower = 11
        group_count = 12
        group_ids = 13
        vlan_id = 14
        vlan_id_mask = 15
        vlan_pcp = 16
        vlan_pcp_mask = 17
        vlan_pcp_action = 18
        new_vlan_id = 19
        new_vlan_pcp = 20
        tunnel_id = 21
        tunnel_lport = 22
        ethertype = 23
        dst_mac = 24
        dst_mac_mask = 25
        src_mac = 26
        src_mac_mask = 27
        ip_proto = 28
        ip_proto_mask = 29
        ip_dscp = 30
        ip_dscp_mask = 31
        ip_dscp_action = 32
        new_ip_dscp = 33
        ip_ecn = 34
        ip_ecn_mask = 35
        dst_ip = 36
        dst_ip_mask = 37
        src_ip = 38
        src_ip_mask = 39
        dst_ipv6 = 40
        dst_ipv6_mask = 41
        src_ipv6 = 42
        src_ipv6_mask = 43
        src_arp_ip = 44
        src_arp_ip_mask = 45
        l4_dst_port = 46
        l4_dst_port_mask = 47
        l4_src_port = 48
        l4_src_port_mask = 49
        icmp_type = 50
        icmp_type_mask = 51
        icmp_code = 52
        icmp_code_mask = 53
        ipv6_label = 54
        ipv6_label_mask = 55
        queue_id_action = 56
        new_queue_id = 57
        clear_actions = 58
        pop_vlan = 59
        ttl_check = 60
        copy_cpu_action = 61

    class PortSetting(IntEnum):
        pport = 1
        speed = 2
        duplex = 3
        autoneg = 4
        macaddr = 5
        mode = 6
        learning = 7
        phys_name = 8
    def __init__(self, _io=None, _parent=None, _root=None):
        super(RockerCmd, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.tlvs = []
        i = 0
        while not self._io.is_eof():
            _t_tlvs = RockerCmd.CmdTlv(self._io, self, self._root)
            try:
                _t_tlvs._read()
            finally:
                self.tlvs.append(_t_tlvs)
            i += 1

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.tlvs)):
            pass
            self.tlvs[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(RockerCmd, self)._write__seq(io)
        for i in range(len(self.tlvs)):
            pass
            if self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())
            self.tlvs[i]._write__seq(self._io)

        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())


    def _check(self):
        for i in range(len(self.tlvs)):
            pass
            if self.tlvs[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"tlvs", self._root, self.tlvs[i]._root)
            if self.tlvs[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"tlvs", self, self.tlvs[i]._parent)

        self._dirty = False

    class CmdInfo(ReadWriteKaitaiStruct):
        """The CMD_INFO nest, decoded by the command it belongs to."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.CmdInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            if self._parent._parent.cmd_type <= 2:
                pass
                self.port_settings = []
                i = 0
                while not self._io.is_eof():
                    _t_port_settings = RockerCmd.PortSettingsTlv(self._io, self, self._root)
                    try:
                        _t_port_settings._read()
                    finally:
                        self.port_settings.append(_t_port_settings)
                    i += 1


            if self._parent._parent.cmd_type >= 3:
                pass
                self.of_dpa = []
                i = 0
                while not self._io.is_eof():
                    _t_of_dpa = RockerCmd.OfDpaTlv(self._io, self, self._root)
                    try:
                        _t_of_dpa._read()
                    finally:
                        self.of_dpa.append(_t_of_dpa)
                    i += 1


            self._dirty = False


        def _fetch_instances(self):
            pass
            if self._parent._parent.cmd_type <= 2:
                pass
                for i in range(len(self.port_settings)):
                    pass
                    self.port_settings[i]._fetch_instances()


            if self._parent._parent.cmd_type >= 3:
                pass
                for i in range(len(self.of_dpa)):
                    pass
                    self.of_dpa[i]._fetch_instances()




        def _write__seq(self, io=None):
            super(RockerCmd.CmdInfo, self)._write__seq(io)
            if self._parent._parent.cmd_type <= 2:
                pass
                for i in range(len(self.port_settings)):
                    pass
                    if self._io.is_eof():
                        raise kaitaistruct.ConsistencyError(u"port_settings", 0, self._io.size() - self._io.pos())
                    self.port_settings[i]._write__seq(self._io)

                if not self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"port_settings", 0, self._io.size() - self._io.pos())

            if self._parent._parent.cmd_type >= 3:
                pass
                for i in range(len(self.of_dpa)):
                    pass
                    if self._io.is_eof():
                        raise kaitaistruct.ConsistencyError(u"of_dpa", 0, self._io.size() - self._io.pos())
                    self.of_dpa[i]._write__seq(self._io)

                if not self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"of_dpa", 0, self._io.size() - self._io.pos())



        def _check(self):
            if self._parent._parent.cmd_type <= 2:
                pass
                for i in range(len(self.port_settings)):
                    pass
                    if self.port_settings[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"port_settings", self._root, self.port_settings[i]._root)
                    if self.port_settings[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"port_settings", self, self.port_settings[i]._parent)


            if self._parent._parent.cmd_type >= 3:
                pass
                for i in range(len(self.of_dpa)):
                    pass
                    if self.of_dpa[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"of_dpa", self._root, self.of_dpa[i]._root)
                    if self.of_dpa[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"of_dpa", self, self.of_dpa[i]._parent)


            self._dirty = False


    class CmdTlv(ReadWriteKaitaiStruct):
        """A top-level TLV of a command buffer."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.CmdTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerCmd.CmdAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/cmd_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerCmd.CmdAttr.info:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = RockerCmd.CmdInfo(_io__raw_value, self, self._root)
                self.value._read()
            elif _on == RockerCmd.CmdAttr.type:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.tlv_type
            if _on == RockerCmd.CmdAttr.info:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.CmdAttr.type:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerCmd.CmdTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerCmd.CmdAttr.info:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.CmdAttr.type:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            else:
                pass
                self._io.write_bytes(self.value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/cmd_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerCmd.CmdAttr.info:
                pass
                if self.value._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"value", self._root, self.value._root)
                if self.value._parent != self:
                    raise kaitaistruct.ConsistencyError(u"value", self, self.value._parent)
            elif _on == RockerCmd.CmdAttr.type:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class FlowStatTlv(ReadWriteKaitaiStruct):
        """One flow statistic."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.FlowStatTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerCmd.FlowStatAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/flow_stat_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            self._raw_value = self._io.read_bytes(self.len_tlv - 8)
            _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
            self.value = rocker.Rocker.LeUint(_io__raw_value)
            self.value._read()
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


        def _write__seq(self, io=None):
            super(RockerCmd.FlowStatTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
            self._io.add_child_stream(_io__raw_value)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (self.len_tlv - 8))
            def handler(parent, _io__raw_value=_io__raw_value):
                self._raw_value = _io__raw_value.to_byte_array()
                if len(self._raw_value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                parent.write_bytes(self._raw_value)
            _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.value._write__seq(_io__raw_value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/flow_stat_tlv/seq/1")
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class FlowStats(ReadWriteKaitaiStruct):
        """The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.FlowStats, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlvs = []
            i = 0
            while not self._io.is_eof():
                _t_tlvs = RockerCmd.FlowStatTlv(self._io, self, self._root)
                try:
                    _t_tlvs._read()
                finally:
                    self.tlvs.append(_t_tlvs)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.tlvs)):
                pass
                self.tlvs[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(RockerCmd.FlowStats, self)._write__seq(io)
            for i in range(len(self.tlvs)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())
                self.tlvs[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.tlvs)):
                pass
                if self.tlvs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"tlvs", self._root, self.tlvs[i]._root)
                if self.tlvs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"tlvs", self, self.tlvs[i]._parent)

            self._dirty = False


    class OfDpaTlv(ReadWriteKaitaiStruct):
        """One OF-DPA attribute of a flow or group command."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.OfDpaTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerCmd.OfDpaAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/of_dpa_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerCmd.OfDpaAttr.clear_actions:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.cookie:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.copy_cpu_action:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_ip:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_ip_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv6Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv6Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_mac:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.dst_mac_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ethertype:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.goto_table_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.group_count:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.group_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.group_id_lower:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.group_ids:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.U4List(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.hardtime:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.icmp_code:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.icmp_code_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.icmp_type:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.icmp_type_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.idletime:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.in_pport:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.in_pport_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_action:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_ecn:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_ecn_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_proto:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ip_proto_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ipv6_label:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ipv6_label_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.l4_src_port:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.l4_src_port_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.new_ip_dscp:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.new_queue_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.new_vlan_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.new_vlan_pcp:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.out_pport:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.pop_vlan:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.priority:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.queue_id_action:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_ip:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_ip_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv4Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_ipv6:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv6Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_ipv6_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Ipv6Address(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_mac:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.src_mac_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.table_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.ttl_check:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.tunnel_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.tunnel_lport:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.vlan_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.vlan_id_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_action:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_mask:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.tlv_type
            if _on == RockerCmd.OfDpaAttr.clear_actions:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.cookie:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.copy_cpu_action:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_ip:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_ip_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_mac:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.dst_mac_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ethertype:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.goto_table_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.group_count:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.group_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.group_id_lower:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.group_ids:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.hardtime:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.icmp_code:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.icmp_code_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.icmp_type:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.icmp_type_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.idletime:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.in_pport:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.in_pport_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_action:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_ecn:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_ecn_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_proto:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ip_proto_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ipv6_label:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ipv6_label_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.l4_src_port:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.l4_src_port_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.new_ip_dscp:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.new_queue_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.new_vlan_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.new_vlan_pcp:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.out_pport:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.pop_vlan:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.priority:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.queue_id_action:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_ip:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_ip_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_ipv6:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_ipv6_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_mac:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.src_mac_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.table_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.ttl_check:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.tunnel_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.tunnel_lport:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.vlan_id:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.vlan_id_mask:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_action:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_mask:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerCmd.OfDpaTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerCmd.OfDpaAttr.clear_actions:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.cookie:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.copy_cpu_action:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_ip:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_ip_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_mac:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.dst_mac_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ethertype:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.goto_table_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.group_count:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.group_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.group_id_lower:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.group_ids:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.hardtime:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.icmp_code:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.icmp_code_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.icmp_type:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.icmp_type_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.idletime:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.in_pport:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.in_pport_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_dscp:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_action:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_ecn:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_ecn_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_proto:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ip_proto_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ipv6_label:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ipv6_label_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.l4_src_port:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.l4_src_port_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.new_ip_dscp:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.new_queue_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.new_vlan_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.new_vlan_pcp:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.out_pport:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.pop_vlan:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.priority:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.queue_id_action:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_ip:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_ip_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_ipv6:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_ipv6_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_mac:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.src_mac_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.table_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.ttl_check:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.tunnel_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.tunnel_lport:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.vlan_id:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.vlan_id_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_action:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_mask:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            else:
                pass
                self._io.write_bytes(self.value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/of_dpa_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerCmd.OfDpaAttr.clear_actions:
                pass
            elif _on == RockerCmd.OfDpaAttr.cookie:
                pass
            elif _on == RockerCmd.OfDpaAttr.copy_cpu_action:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_ip:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_ip_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_ipv6_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_mac:
                pass
            elif _on == RockerCmd.OfDpaAttr.dst_mac_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.ethertype:
                pass
            elif _on == RockerCmd.OfDpaAttr.goto_table_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.group_count:
                pass
            elif _on == RockerCmd.OfDpaAttr.group_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.group_id_lower:
                pass
            elif _on == RockerCmd.OfDpaAttr.group_ids:
                pass
            elif _on == RockerCmd.OfDpaAttr.hardtime:
                pass
            elif _on == RockerCmd.OfDpaAttr.icmp_code:
                pass
            elif _on == RockerCmd.OfDpaAttr.icmp_code_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.icmp_type:
                pass
            elif _on == RockerCmd.OfDpaAttr.icmp_type_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.idletime:
                pass
            elif _on == RockerCmd.OfDpaAttr.in_pport:
                pass
            elif _on == RockerCmd.OfDpaAttr.in_pport_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_dscp:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_action:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_dscp_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_ecn:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_ecn_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_proto:
                pass
            elif _on == RockerCmd.OfDpaAttr.ip_proto_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.ipv6_label:
                pass
            elif _on == RockerCmd.OfDpaAttr.ipv6_label_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port:
                pass
            elif _on == RockerCmd.OfDpaAttr.l4_dst_port_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.l4_src_port:
                pass
            elif _on == RockerCmd.OfDpaAttr.l4_src_port_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.new_ip_dscp:
                pass
            elif _on == RockerCmd.OfDpaAttr.new_queue_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.new_vlan_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.new_vlan_pcp:
                pass
            elif _on == RockerCmd.OfDpaAttr.out_pport:
                pass
            elif _on == RockerCmd.OfDpaAttr.pop_vlan:
                pass
            elif _on == RockerCmd.OfDpaAttr.priority:
                pass
            elif _on == RockerCmd.OfDpaAttr.queue_id_action:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_arp_ip_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_ip:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_ip_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_ipv6:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_ipv6_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_mac:
                pass
            elif _on == RockerCmd.OfDpaAttr.src_mac_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.table_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.ttl_check:
                pass
            elif _on == RockerCmd.OfDpaAttr.tunnel_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.tunnel_lport:
                pass
            elif _on == RockerCmd.OfDpaAttr.vlan_id:
                pass
            elif _on == RockerCmd.OfDpaAttr.vlan_id_mask:
                pass
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp:
                pass
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_action:
                pass
            elif _on == RockerCmd.OfDpaAttr.vlan_pcp_mask:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class PortSettingsTlv(ReadWriteKaitaiStruct):
        """One port setting."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerCmd.PortSettingsTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerCmd.PortSetting, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/port_settings_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerCmd.PortSetting.autoneg:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.duplex:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.learning:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.macaddr:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.mode:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.phys_name:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.Text(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.pport:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerCmd.PortSetting.speed:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.tlv_type
            if _on == RockerCmd.PortSetting.autoneg:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.duplex:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.learning:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.macaddr:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.mode:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.phys_name:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.pport:
                pass
                self.value._fetch_instances()
            elif _on == RockerCmd.PortSetting.speed:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerCmd.PortSettingsTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerCmd.PortSetting.autoneg:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.duplex:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.learning:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.macaddr:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.mode:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.phys_name:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.pport:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerCmd.PortSetting.speed:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            else:
                pass
                self._io.write_bytes(self.value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/port_settings_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerCmd.PortSetting.autoneg:
                pass
            elif _on == RockerCmd.PortSetting.duplex:
                pass
            elif _on == RockerCmd.PortSetting.learning:
                pass
            elif _on == RockerCmd.PortSetting.macaddr:
                pass
            elif _on == RockerCmd.PortSetting.mode:
                pass
            elif _on == RockerCmd.PortSetting.phys_name:
                pass
            elif _on == RockerCmd.PortSetting.pport:
                pass
            elif _on == RockerCmd.PortSetting.speed:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    @property
    def cmd_type(self):
        """The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer)."""
        if hasattr(self, '_m_cmd_type'):
            return self._m_cmd_type

        self._m_cmd_type = (self.tlvs[0].value.value if  ((len(self.tlvs) > 0) and (self.tlvs[0].tlv_type == RockerCmd.CmdAttr.type))  else 0)
        return getattr(self, '_m_cmd_type', None)

    def _invalidate_cmd_type(self):
        del self._m_cmd_type

