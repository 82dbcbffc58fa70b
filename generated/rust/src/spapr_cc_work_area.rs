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
use super::spapr_drc_power_domains::SpaprDrcPowerDomains;
use super::spapr_dynamic_memory::SpaprDynamicMemory;
use super::spapr::Spapr_DrcIndex;
use super::spapr_drc_types::SpaprDrcTypes;
use super::spapr_drc_indexes::SpaprDrcIndexes;
use super::spapr_lrdr_capacity::SpaprLrdrCapacity;
use super::spapr_dynamic_memory_v2::SpaprDynamicMemoryV2;
use super::spapr_drc_names::SpaprDrcNames;
use super::spapr_associativity_lookup_arrays::SpaprAssociativityLookupArrays;

/**
 * The 4096-byte buffer through which ibm,configure-connector hands the
 * device tree of a newly plugged resource to the guest, one step per call.
 * The guest writes the connector's DRC index into the first word and calls
 * again and again; each answer (`spapr::cc_status`) says what the work area
 * now holds: the name of a child node (next-child), or the name, length
 * and value of a property (next-property); previous-parent closes a node,
 * complete ends the fragment. Offsets are counted in bytes from the start of
 * the work area; QEMU puts the name at offset 20 and a property's value right
 * after the name's NUL. Words 3 and 4 are only meaningful after next-property
 * (QEMU leaves older values there otherwise).
 * 
 * The value is decoded for the sPAPR properties that `dtb` decodes (the
 * same table of names).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprCcWorkArea {
    pub _root: SharedType<SpaprCcWorkArea>,
    pub _parent: SharedType<SpaprCcWorkArea>,
    pub _self: SharedType<Self>,
    drc_index: RefCell<OptRc<Spapr_DrcIndex>>,
    reserved: RefCell<u32>,
    ofs_name: RefCell<u32>,
    len_value: RefCell<u32>,
    ofs_value: RefCell<u32>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
    f_name: Cell<bool>,
    name: RefCell<String>,
    f_value: Cell<bool>,
    value: RefCell<Option<SpaprCcWorkArea_Value>>,
}
#[derive(Debug, Clone)]
pub enum SpaprCcWorkArea_Value {
    SpaprDynamicMemoryV2(OptRc<SpaprDynamicMemoryV2>),
    SpaprDrcIndexes(OptRc<SpaprDrcIndexes>),
    SpaprDynamicMemory(OptRc<SpaprDynamicMemory>),
    Bytes(Vec<u8>),
    SpaprDrcTypes(OptRc<SpaprDrcTypes>),
    SpaprAssociativityLookupArrays(OptRc<SpaprAssociativityLookupArrays>),
    SpaprDrcPowerDomains(OptRc<SpaprDrcPowerDomains>),
    Spapr_DrcIndex(OptRc<Spapr_DrcIndex>),
    SpaprDrcNames(OptRc<SpaprDrcNames>),
    SpaprLrdrCapacity(OptRc<SpaprLrdrCapacity>),
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDynamicMemoryV2> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDynamicMemoryV2(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDynamicMemoryV2, got {:?}", v)
    }
}
impl From<OptRc<SpaprDynamicMemoryV2>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDynamicMemoryV2>) -> Self {
        Self::SpaprDynamicMemoryV2(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDrcIndexes> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDrcIndexes(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDrcIndexes, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcIndexes>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDrcIndexes>) -> Self {
        Self::SpaprDrcIndexes(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDynamicMemory> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDynamicMemory(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDynamicMemory, got {:?}", v)
    }
}
impl From<OptRc<SpaprDynamicMemory>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDynamicMemory>) -> Self {
        Self::SpaprDynamicMemory(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for Vec<u8> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for SpaprCcWorkArea_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDrcTypes> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDrcTypes(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDrcTypes, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcTypes>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDrcTypes>) -> Self {
        Self::SpaprDrcTypes(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprAssociativityLookupArrays> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprAssociativityLookupArrays(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprAssociativityLookupArrays, got {:?}", v)
    }
}
impl From<OptRc<SpaprAssociativityLookupArrays>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprAssociativityLookupArrays>) -> Self {
        Self::SpaprAssociativityLookupArrays(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDrcPowerDomains> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDrcPowerDomains(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDrcPowerDomains, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcPowerDomains>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDrcPowerDomains>) -> Self {
        Self::SpaprDrcPowerDomains(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<Spapr_DrcIndex> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::Spapr_DrcIndex(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::Spapr_DrcIndex, got {:?}", v)
    }
}
impl From<OptRc<Spapr_DrcIndex>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<Spapr_DrcIndex>) -> Self {
        Self::Spapr_DrcIndex(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprDrcNames> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprDrcNames(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprDrcNames, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcNames>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprDrcNames>) -> Self {
        Self::SpaprDrcNames(v)
    }
}
impl From<&SpaprCcWorkArea_Value> for OptRc<SpaprLrdrCapacity> {
    fn from(v: &SpaprCcWorkArea_Value) -> Self {
        if let SpaprCcWorkArea_Value::SpaprLrdrCapacity(x) = v {
            return x.clone();
        }
        panic!("expected SpaprCcWorkArea_Value::SpaprLrdrCapacity, got {:?}", v)
    }
}
impl From<OptRc<SpaprLrdrCapacity>> for SpaprCcWorkArea_Value {
    fn from(v: OptRc<SpaprLrdrCapacity>) -> Self {
        Self::SpaprLrdrCapacity(v)
    }
}
impl KStruct for SpaprCcWorkArea {
    type Root = SpaprCcWorkArea;
    type Parent = SpaprCcWorkArea;

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
        let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
        *self_rc.drc_index.borrow_mut() = t;
        *self_rc.reserved.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_name.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_value.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_value.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl SpaprCcWorkArea {

    /**
     * The node or property name the last call gave.
     */
    pub fn name(
        &self
    ) -> KResult<Ref<'_, String>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_name.get() {
            return Ok(self.name.borrow());
        }
        self.f_name.set(true);
        if  ((((*self.ofs_name() as u32) >= (20 as u32))) && ((((*self.ofs_name() as i64) as i32) < (_io.size() as i32))))  {
            let _pos = _io.pos();
            _io.seek(*self.ofs_name() as usize)?;
            *self.name.borrow_mut() = bytes_to_str(&_io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?;
            _io.seek(_pos)?;
        }
        Ok(self.name.borrow())
    }

    /**
     * The property value the last call gave (after next-property; decoded for the sPAPR properties).
     */
    pub fn value(
        &self
    ) -> KResult<Ref<'_, Option<SpaprCcWorkArea_Value>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_value.get() {
            return Ok(self.value.borrow());
        }
        self.f_value.set(true);
        if  ((((*self.ofs_name() as u32) >= (20 as u32))) && ((((*self.ofs_name() as i64) as i32) < (_io.size() as i32))) && (*self.ofs_value() > *self.ofs_name()) && ((((*self.ofs_value() as i64) as i64) + ((*self.len_value() as i64) as i64)) <= _io.size()))  {
            let _pos = _io.pos();
            _io.seek(*self.ofs_value() as usize)?;
            {
                let on = self.name()?;
                if *on == "ibm,associativity-lookup-arrays" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprAssociativityLookupArrays>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,drc-indexes" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDrcIndexes>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,drc-names" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDrcNames>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,drc-power-domains" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDrcPowerDomains>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,drc-types" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDrcTypes>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,dynamic-memory" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDynamicMemory>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,dynamic-memory-v2" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprDynamicMemoryV2>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,lrdr-capacity" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, SpaprLrdrCapacity>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else if *on == "ibm,my-drc-index" {
                    *self.value_raw.borrow_mut() = _io.read_bytes(*self.len_value() as usize)?.into();
                    let value_raw = self.value_raw.borrow();
                    let _t_value_raw_io = BytesReader::from(value_raw.clone());
                    let t = Self::read_into::<BytesReader, Spapr_DrcIndex>(&_t_value_raw_io, None, None)?.into();
                    *self.value.borrow_mut() = Some(t);
                }
                else {
                    *self.value.borrow_mut() = Some(_io.read_bytes(*self.len_value() as usize)?.into());
                }
            }
            _io.seek(_pos)?;
        }
        Ok(self.value.borrow())
    }
}

/**
 * Word 0, the connector being configured (written by the guest).
 */
impl SpaprCcWorkArea {
    pub fn drc_index(&self) -> Ref<'_, OptRc<Spapr_DrcIndex>> {
        self.drc_index.borrow()
    }
}

/**
 * Word 1, zero.
 */
impl SpaprCcWorkArea {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}

/**
 * Word 2, offset of the NUL-terminated node or property name.
 */
impl SpaprCcWorkArea {
    pub fn ofs_name(&self) -> Ref<'_, u32> {
        self.ofs_name.borrow()
    }
}

/**
 * Word 3, length of the property value (next-property only).
 */
impl SpaprCcWorkArea {
    pub fn len_value(&self) -> Ref<'_, u32> {
        self.len_value.borrow()
    }
}

/**
 * Word 4, offset of the property value (next-property only).
 */
impl SpaprCcWorkArea {
    pub fn ofs_value(&self) -> Ref<'_, u32> {
        self.ofs_value.borrow()
    }
}
impl SpaprCcWorkArea {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl SpaprCcWorkArea {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}
