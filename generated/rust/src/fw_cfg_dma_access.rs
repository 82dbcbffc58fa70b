// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#![allow(unused_imports)]
#![allow(non_snake_case)]
#![allow(non_camel_case_types)]
#![allow(irrefutable_let_patterns)]
#![allow(unused_comparisons)]

extern crate kaitai;
use kaitai::*;
use std::convert::{TryFrom, TryInto};
use std::cell::{Ref, Cell, RefCell};
use std::rc::{Rc, Weak};
use super::fw_cfg::FwCfg_Key;

/**
 * The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
 * DMA transfer. The guest writes the descriptor's guest-physical address to
 * the DMA address register (big-endian; on x86 the high half at port 0x514,
 * then the low half at 0x518, which starts the transfer). The device then
 * optionally selects an item, reads, writes or skips `len_data` bytes at
 * the current offset of the selected item, and writes the control word back:
 * zero on success, the error bit set on failure. All fields are big-endian.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfgDmaAccess {
    pub _root: SharedType<FwCfgDmaAccess>,
    pub _parent: SharedType<FwCfgDmaAccess>,
    pub _self: SharedType<Self>,
    control: RefCell<OptRc<FwCfgDmaAccess_ControlWord>>,
    len_data: RefCell<u32>,
    address: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfgDmaAccess {
    type Root = FwCfgDmaAccess;
    type Parent = FwCfgDmaAccess;

    fn read<S: KStream>(
        self_rc: &OptRc<Self>,
        _io: &S,
        _root: SharedType<Self::Root>,
        _parent: SharedType<Self::Parent>,
    ) -> KResult<()> {
        *self_rc._io.borrow_mut() = _io.clone();
        self_rc._root.set(_root.get());
        self_rc._parent.set(_parent.get());
        self_rc._self.set(Ok(self_rc.clone()));
        let _rrc = self_rc._root.get_value().borrow().upgrade();
        let _prc = self_rc._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        let t = Self::read_into::<_, FwCfgDmaAccess_ControlWord>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.control.borrow_mut() = t;
        *self_rc.len_data.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.address.borrow_mut() = _io.read_u8be()?.into();
        Ok(())
    }
}
impl FwCfgDmaAccess {
}

/**
 * What to do; the device writes the result back here.
 */
impl FwCfgDmaAccess {
    pub fn control(&self) -> Ref<'_, OptRc<FwCfgDmaAccess_ControlWord>> {
        self.control.borrow()
    }
}

/**
 * Number of bytes to transfer or skip.
 */
impl FwCfgDmaAccess {
    pub fn len_data(&self) -> Ref<'_, u32> {
        self.len_data.borrow()
    }
}

/**
 * Guest-physical address of the buffer to copy to (read) or from (write).
 */
impl FwCfgDmaAccess {
    pub fn address(&self) -> Ref<'_, u64> {
        self.address.borrow()
    }
}
impl FwCfgDmaAccess {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32-bit control word. Only one operation runs: read wins over
 * write, write over skip. Select may come with any of them and
 * happens first.
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfgDmaAccess_ControlWord {
    pub _root: SharedType<FwCfgDmaAccess>,
    pub _parent: SharedType<FwCfgDmaAccess>,
    pub _self: SharedType<Self>,
    selector: RefCell<FwCfg_Key>,
    reserved: RefCell<u64>,
    op_write: RefCell<bool>,
    op_select: RefCell<bool>,
    op_skip: RefCell<bool>,
    op_read: RefCell<bool>,
    error: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfgDmaAccess_ControlWord {
    type Root = FwCfgDmaAccess;
    type Parent = FwCfgDmaAccess;

    fn read<S: KStream>(
        self_rc: &OptRc<Self>,
        _io: &S,
        _root: SharedType<Self::Root>,
        _parent: SharedType<Self::Parent>,
    ) -> KResult<()> {
        *self_rc._io.borrow_mut() = _io.clone();
        self_rc._root.set(_root.get());
        self_rc._parent.set(_parent.get());
        self_rc._self.set(Ok(self_rc.clone()));
        let _rrc = self_rc._root.get_value().borrow().upgrade();
        let _prc = self_rc._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        *self_rc.selector.borrow_mut() = (_io.read_bits_int_be(16)? as i64).try_into()?;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_be(11)?;
        *self_rc.op_write.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.op_select.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.op_skip.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.op_read.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.error.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl FwCfgDmaAccess_ControlWord {
}

/**
 * Key to select first, when `select` is set (named when it is a well-known key).
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn selector(&self) -> Ref<'_, FwCfg_Key> {
        self.selector.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}

/**
 * Bit 4, copy from guest memory into the item (only writable items, no resizing).
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn op_write(&self) -> Ref<'_, bool> {
        self.op_write.borrow()
    }
}

/**
 * Bit 3, select the item `selector` names (and reset the offset) before the transfer.
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn op_select(&self) -> Ref<'_, bool> {
        self.op_select.borrow()
    }
}

/**
 * Bit 2, advance the offset by `len_data` without copying.
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn op_skip(&self) -> Ref<'_, bool> {
        self.op_skip.borrow()
    }
}

/**
 * Bit 1, copy from the item into guest memory.
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn op_read(&self) -> Ref<'_, bool> {
        self.op_read.borrow()
    }
}

/**
 * Bit 0, set by the device when the transfer failed.
 */
impl FwCfgDmaAccess_ControlWord {
    pub fn error(&self) -> Ref<'_, bool> {
        self.error.borrow()
    }
}
impl FwCfgDmaAccess_ControlWord {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
