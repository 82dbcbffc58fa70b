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

/**
 * The dynamic reconfiguration limits of the partition, a property of the
 * /rtas node (20 bytes): the highest memory address the guest may ever
 * have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
 * and the most processors it may have (32 bits). QEMU gives the end of its
 * hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
 * plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
 * threads per core. 64-bit numbers are read as two 32-bit halves so that
 * JavaScript keeps every bit.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprLrdrCapacity {
    pub _root: SharedType<SpaprLrdrCapacity>,
    pub _parent: SharedType<SpaprLrdrCapacity>,
    pub _self: SharedType<Self>,
    max_address_hi: RefCell<u32>,
    max_address_lo: RefCell<u32>,
    lmb_size_hi: RefCell<u32>,
    lmb_size_lo: RefCell<u32>,
    max_cpus: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_lmb_size: Cell<bool>,
    lmb_size: RefCell<u64>,
    f_max_address: Cell<bool>,
    max_address: RefCell<u64>,
}
impl KStruct for SpaprLrdrCapacity {
    type Root = SpaprLrdrCapacity;
    type Parent = SpaprLrdrCapacity;

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
        *self_rc.max_address_hi.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.max_address_lo.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.lmb_size_hi.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.lmb_size_lo.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.max_cpus.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl SpaprLrdrCapacity {

    /**
     * The size memory is hotplugged in, in bytes.
     */
    pub fn lmb_size(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_lmb_size.get() {
            return Ok(self.lmb_size.borrow());
        }
        self.f_lmb_size.set(true);
        *self.lmb_size.borrow_mut() = (((((((*self.lmb_size_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.lmb_size_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.lmb_size.borrow())
    }

    /**
     * The highest memory address the guest may have, in bytes.
     */
    pub fn max_address(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_max_address.get() {
            return Ok(self.max_address.borrow());
        }
        self.f_max_address.set(true);
        *self.max_address.borrow_mut() = (((((((*self.max_address_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.max_address_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.max_address.borrow())
    }
}

/**
 * High 32 bits of the highest address (phys).
 */
impl SpaprLrdrCapacity {
    pub fn max_address_hi(&self) -> Ref<'_, u32> {
        self.max_address_hi.borrow()
    }
}

/**
 * Low 32 bits of the highest address.
 */
impl SpaprLrdrCapacity {
    pub fn max_address_lo(&self) -> Ref<'_, u32> {
        self.max_address_lo.borrow()
    }
}

/**
 * High 32 bits of the hotplug increment (size).
 */
impl SpaprLrdrCapacity {
    pub fn lmb_size_hi(&self) -> Ref<'_, u32> {
        self.lmb_size_hi.borrow()
    }
}

/**
 * Low 32 bits of the hotplug increment.
 */
impl SpaprLrdrCapacity {
    pub fn lmb_size_lo(&self) -> Ref<'_, u32> {
        self.lmb_size_lo.borrow()
    }
}

/**
 * Largest number of processors (cores) the guest may have.
 */
impl SpaprLrdrCapacity {
    pub fn max_cpus(&self) -> Ref<'_, u32> {
        self.max_cpus.borrow()
    }
}
impl SpaprLrdrCapacity {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
