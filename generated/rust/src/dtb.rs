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
 * The flattened device tree is how a machine description reaches an
 * operating system: a header, a memory reservation block, a structure block
 * and a strings block. The structure block is a stream of big-endian 32-bit
 * tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
 * (length, offset of the property's name in the strings block, value) and
 * child nodes, and closes with END_NODE; END closes the block. NOP tokens may
 * appear anywhere and mean nothing. Names and values are padded to 4 bytes.
 * 
 * QEMU's pseries machine hands the guest such a tree (and writes it to a file
 * with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
 * reconfiguration properties of the sPAPR hotplug specification wherever
 * they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
 * `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
 * `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
 * `ibm,my-drc-index`. Other property values stay raw bytes.
 * 
 * Only version 17 blobs (the only version written today; its last
 * compatible version is 16) are read.
 * \sa https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html Source
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    len_total: RefCell<u32>,
    ofs_structure_block: RefCell<u32>,
    ofs_strings_block: RefCell<u32>,
    ofs_memory_reservation_block: RefCell<u32>,
    version: RefCell<u32>,
    min_compatible_version: RefCell<u32>,
    boot_cpuid_phys: RefCell<u32>,
    len_strings_block: RefCell<u32>,
    len_structure_block: RefCell<u32>,
    _io: RefCell<BytesReader>,
    strings_block_raw: RefCell<Vec<u8>>,
    structure_block_raw: RefCell<Vec<u8>>,
    f_memory_reservations: Cell<bool>,
    memory_reservations: RefCell<Vec<OptRc<Dtb_MemoryReservation>>>,
    f_strings_block: Cell<bool>,
    strings_block: RefCell<OptRc<Dtb_StringsBlock>>,
    f_structure_block: Cell<bool>,
    structure_block: RefCell<OptRc<Dtb_StructureBlock>>,
}
impl KStruct for Dtb {
    type Root = Dtb;
    type Parent = Dtb;

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
        *self_rc.magic.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        if !(*self_rc.magic() == vec![0xd0u8, 0xdu8, 0xfeu8, 0xedu8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/seq/0".to_string() }));
        }
        *self_rc.len_total.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_structure_block.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_strings_block.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_memory_reservation_block.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.version.borrow_mut() = _io.read_u4be()?.into();
        if !(((*self_rc.version() as u32) >= (17 as u32))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/seq/5".to_string() }));
        }
        *self_rc.min_compatible_version.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.boot_cpuid_phys.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_strings_block.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_structure_block.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl Dtb {

    /**
     * Ranges of physical memory the operating system must not use, ended
     * by an entry whose address and size are both zero (kept in the list).
     */
    pub fn memory_reservations(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Dtb_MemoryReservation>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_memory_reservations.get() {
            return Ok(self.memory_reservations.borrow());
        }
        self.f_memory_reservations.set(true);
        let _pos = _io.pos();
        _io.seek(*self.ofs_memory_reservation_block() as usize)?;
        *self.memory_reservations.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Dtb_MemoryReservation>(&*_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
                self.memory_reservations.borrow_mut().push(t);
                let _t_memory_reservations = self.memory_reservations.borrow();
                let _tmpa = _t_memory_reservations.last().unwrap();
                _i += 1;
                let x = !( ((((*_tmpa.address() as u64) == (0 as u64))) && (((*_tmpa.size() as u64) == (0 as u64)))) );
                x
            } {}
        }
        _io.seek(_pos)?;
        Ok(self.memory_reservations.borrow())
    }

    /**
     * The NUL-terminated property names that PROP tokens point into.
     */
    pub fn strings_block(
        &self
    ) -> KResult<Ref<'_, OptRc<Dtb_StringsBlock>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_strings_block.get() {
            return Ok(self.strings_block.borrow());
        }
        let _pos = _io.pos();
        _io.seek(*self.ofs_strings_block() as usize)?;
        *self.strings_block_raw.borrow_mut() = _io.read_bytes(*self.len_strings_block() as usize)?.into();
        let strings_block_raw = self.strings_block_raw.borrow();
        let _t_strings_block_raw_io = BytesReader::from(strings_block_raw.clone());
        let t = Self::read_into::<BytesReader, Dtb_StringsBlock>(&_t_strings_block_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
        *self.strings_block.borrow_mut() = t;
        _io.seek(_pos)?;
        Ok(self.strings_block.borrow())
    }

    /**
     * The tree itself, as a stream of tokens.
     */
    pub fn structure_block(
        &self
    ) -> KResult<Ref<'_, OptRc<Dtb_StructureBlock>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_structure_block.get() {
            return Ok(self.structure_block.borrow());
        }
        let _pos = _io.pos();
        _io.seek(*self.ofs_structure_block() as usize)?;
        *self.structure_block_raw.borrow_mut() = _io.read_bytes(*self.len_structure_block() as usize)?.into();
        let structure_block_raw = self.structure_block_raw.borrow();
        let _t_structure_block_raw_io = BytesReader::from(structure_block_raw.clone());
        let t = Self::read_into::<BytesReader, Dtb_StructureBlock>(&_t_structure_block_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
        *self.structure_block.borrow_mut() = t;
        _io.seek(_pos)?;
        Ok(self.structure_block.borrow())
    }
}

/**
 * The four bytes d0 0d fe ed.
 */
impl Dtb {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}

/**
 * Size of the whole blob in bytes, all blocks and gaps included.
 */
impl Dtb {
    pub fn len_total(&self) -> Ref<'_, u32> {
        self.len_total.borrow()
    }
}

/**
 * Offset of the structure block from the start of the blob.
 */
impl Dtb {
    pub fn ofs_structure_block(&self) -> Ref<'_, u32> {
        self.ofs_structure_block.borrow()
    }
}

/**
 * Offset of the strings block from the start of the blob.
 */
impl Dtb {
    pub fn ofs_strings_block(&self) -> Ref<'_, u32> {
        self.ofs_strings_block.borrow()
    }
}

/**
 * Offset of the memory reservation block from the start of the blob.
 */
impl Dtb {
    pub fn ofs_memory_reservation_block(&self) -> Ref<'_, u32> {
        self.ofs_memory_reservation_block.borrow()
    }
}

/**
 * Version of the format; 17 for every blob written today.
 */
impl Dtb {
    pub fn version(&self) -> Ref<'_, u32> {
        self.version.borrow()
    }
}

/**
 * Oldest version a reader may know and still read this blob (16 for version 17).
 */
impl Dtb {
    pub fn min_compatible_version(&self) -> Ref<'_, u32> {
        self.min_compatible_version.borrow()
    }
}

/**
 * Physical id of the CPU that boots (its `reg` value in the /cpus node).
 */
impl Dtb {
    pub fn boot_cpuid_phys(&self) -> Ref<'_, u32> {
        self.boot_cpuid_phys.borrow()
    }
}

/**
 * Size of the strings block in bytes.
 */
impl Dtb {
    pub fn len_strings_block(&self) -> Ref<'_, u32> {
        self.len_strings_block.borrow()
    }
}

/**
 * Size of the structure block in bytes.
 */
impl Dtb {
    pub fn len_structure_block(&self) -> Ref<'_, u32> {
        self.len_structure_block.borrow()
    }
}
impl Dtb {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Dtb {
    pub fn strings_block_raw(&self) -> Ref<'_, Vec<u8>> {
        self.strings_block_raw.borrow()
    }
}
impl Dtb {
    pub fn structure_block_raw(&self) -> Ref<'_, Vec<u8>> {
        self.structure_block_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Dtb_Token {

    /**
     * Opens a node; its name follows.
     */
    BeginNode,

    /**
     * Closes the innermost open node.
     */
    EndNode,

    /**
     * A property of the innermost open node follows.
     */
    Prop,

    /**
     * Nothing; tools overwrite removed entries with it.
     */
    Nop,

    /**
     * End of the structure block.
     */
    End,
    Unknown(i64),
}

impl TryFrom<i64> for Dtb_Token {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Dtb_Token> {
        match flag {
            1 => Ok(Dtb_Token::BeginNode),
            2 => Ok(Dtb_Token::EndNode),
            3 => Ok(Dtb_Token::Prop),
            4 => Ok(Dtb_Token::Nop),
            9 => Ok(Dtb_Token::End),
            _ => Ok(Dtb_Token::Unknown(flag)),
        }
    }
}

impl From<&Dtb_Token> for i64 {
    fn from(v: &Dtb_Token) -> Self {
        match *v {
            Dtb_Token::BeginNode => 1,
            Dtb_Token::EndNode => 2,
            Dtb_Token::Prop => 3,
            Dtb_Token::Nop => 4,
            Dtb_Token::End => 9,
            Dtb_Token::Unknown(v) => v
        }
    }
}

impl Default for Dtb_Token {
    fn default() -> Self { Dtb_Token::Unknown(0) }
}


/**
 * One token and what follows it. BEGIN_NODE is followed by a whole
 * node (its name, its properties and children, up to its END_NODE
 * token); PROP by a property; the other tokens by nothing.
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_Item {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    token: RefCell<Dtb_Token>,
    body: RefCell<Option<Dtb_Item_Body>>,
    _io: RefCell<BytesReader>,
}
#[derive(Debug, Clone)]
pub enum Dtb_Item_Body {
    Dtb_Node(OptRc<Dtb_Node>),
    Dtb_Property(OptRc<Dtb_Property>),
}
impl From<&Dtb_Item_Body> for OptRc<Dtb_Node> {
    fn from(v: &Dtb_Item_Body) -> Self {
        if let Dtb_Item_Body::Dtb_Node(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Item_Body::Dtb_Node, got {:?}", v)
    }
}
impl From<OptRc<Dtb_Node>> for Dtb_Item_Body {
    fn from(v: OptRc<Dtb_Node>) -> Self {
        Self::Dtb_Node(v)
    }
}
impl From<&Dtb_Item_Body> for OptRc<Dtb_Property> {
    fn from(v: &Dtb_Item_Body) -> Self {
        if let Dtb_Item_Body::Dtb_Property(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Item_Body::Dtb_Property, got {:?}", v)
    }
}
impl From<OptRc<Dtb_Property>> for Dtb_Item_Body {
    fn from(v: OptRc<Dtb_Property>) -> Self {
        Self::Dtb_Property(v)
    }
}
impl KStruct for Dtb_Item {
    type Root = Dtb;
    type Parent = KStructUnit;

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
        *self_rc.token.borrow_mut() = (_io.read_u4be()? as i64).try_into()?;
        match *self_rc.token() {
            Dtb_Token::BeginNode => {
                let t = Self::read_into::<_, Dtb_Node>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            Dtb_Token::Prop => {
                let t = Self::read_into::<_, Dtb_Property>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            _ => {}
        }
        Ok(())
    }
}
impl Dtb_Item {
}

/**
 * What comes next; any other number is an error.
 */
impl Dtb_Item {
    pub fn token(&self) -> Ref<'_, Dtb_Token> {
        self.token.borrow()
    }
}

/**
 * The node or property the token opens (absent for END_NODE, NOP and END).
 */
impl Dtb_Item {
    pub fn body(&self) -> Ref<'_, Option<Dtb_Item_Body>> {
        self.body.borrow()
    }
}
impl Dtb_Item {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One reserved range (16 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_MemoryReservation {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb>,
    pub _self: SharedType<Self>,
    address: RefCell<u64>,
    size: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Dtb_MemoryReservation {
    type Root = Dtb;
    type Parent = Dtb;

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
        *self_rc.address.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.size.borrow_mut() = _io.read_u8be()?.into();
        Ok(())
    }
}
impl Dtb_MemoryReservation {
}

/**
 * First physical address of the range.
 */
impl Dtb_MemoryReservation {
    pub fn address(&self) -> Ref<'_, u64> {
        self.address.borrow()
    }
}

/**
 * Length of the range in bytes; zero with a zero address ends the list.
 */
impl Dtb_MemoryReservation {
    pub fn size(&self) -> Ref<'_, u64> {
        self.size.borrow()
    }
}
impl Dtb_MemoryReservation {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A node: its name (the root's is empty; others are `name@unit-address`),
 * then its properties and child nodes in any order, up to the END_NODE
 * token that closes it.
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_Node {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb_Item>,
    pub _self: SharedType<Self>,
    name: RefCell<String>,
    name_padding: RefCell<Vec<u8>>,
    items: RefCell<Vec<OptRc<Dtb_Item>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Dtb_Node {
    type Root = Dtb;
    type Parent = Dtb_Item;

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
        *self_rc.name.borrow_mut() = bytes_to_str(&_io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?;
        *self_rc.name_padding.borrow_mut() = _io.read_bytes(modulo(((4 as i32) - (modulo(_io.pos() as i64, 4 as i64) as i32)) as i64, 4 as i64) as usize)?.into();
        *self_rc.items.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Dtb_Item>(&*_io, Some(self_rc._root.clone()), None)?.into();
                self_rc.items.borrow_mut().push(t);
                let _t_items = self_rc.items.borrow();
                let _tmpa = _t_items.last().unwrap();
                _i += 1;
                let x = !(*_tmpa.token() == Dtb_Token::EndNode);
                x
            } {}
        }
        Ok(())
    }
}
impl Dtb_Node {
}

/**
 * Node name, NUL-terminated.
 */
impl Dtb_Node {
    pub fn name(&self) -> Ref<'_, String> {
        self.name.borrow()
    }
}

/**
 * Zeros up to the next 4-byte boundary.
 */
impl Dtb_Node {
    pub fn name_padding(&self) -> Ref<'_, Vec<u8>> {
        self.name_padding.borrow()
    }
}

/**
 * Properties, child nodes and NOPs of this node, ended by END_NODE (kept in the list).
 */
impl Dtb_Node {
    pub fn items(&self) -> Ref<'_, Vec<OptRc<Dtb_Item>>> {
        self.items.borrow()
    }
}
impl Dtb_Node {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A property: the length of its value, where its name is in the
 * strings block, and the value. The sPAPR dynamic reconfiguration
 * properties are decoded by name; other values stay raw bytes.
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_Property {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb_Item>,
    pub _self: SharedType<Self>,
    len_value: RefCell<u32>,
    ofs_name: RefCell<u32>,
    value: RefCell<Option<Dtb_Property_Value>>,
    value_padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
    f_name: Cell<bool>,
    name: RefCell<String>,
}
#[derive(Debug, Clone)]
pub enum Dtb_Property_Value {
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
impl From<&Dtb_Property_Value> for OptRc<SpaprDynamicMemoryV2> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDynamicMemoryV2(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDynamicMemoryV2, got {:?}", v)
    }
}
impl From<OptRc<SpaprDynamicMemoryV2>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDynamicMemoryV2>) -> Self {
        Self::SpaprDynamicMemoryV2(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprDrcIndexes> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDrcIndexes(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDrcIndexes, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcIndexes>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDrcIndexes>) -> Self {
        Self::SpaprDrcIndexes(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprDynamicMemory> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDynamicMemory(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDynamicMemory, got {:?}", v)
    }
}
impl From<OptRc<SpaprDynamicMemory>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDynamicMemory>) -> Self {
        Self::SpaprDynamicMemory(v)
    }
}
impl From<&Dtb_Property_Value> for Vec<u8> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for Dtb_Property_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprDrcTypes> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDrcTypes(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDrcTypes, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcTypes>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDrcTypes>) -> Self {
        Self::SpaprDrcTypes(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprAssociativityLookupArrays> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprAssociativityLookupArrays(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprAssociativityLookupArrays, got {:?}", v)
    }
}
impl From<OptRc<SpaprAssociativityLookupArrays>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprAssociativityLookupArrays>) -> Self {
        Self::SpaprAssociativityLookupArrays(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprDrcPowerDomains> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDrcPowerDomains(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDrcPowerDomains, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcPowerDomains>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDrcPowerDomains>) -> Self {
        Self::SpaprDrcPowerDomains(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<Spapr_DrcIndex> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::Spapr_DrcIndex(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::Spapr_DrcIndex, got {:?}", v)
    }
}
impl From<OptRc<Spapr_DrcIndex>> for Dtb_Property_Value {
    fn from(v: OptRc<Spapr_DrcIndex>) -> Self {
        Self::Spapr_DrcIndex(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprDrcNames> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprDrcNames(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprDrcNames, got {:?}", v)
    }
}
impl From<OptRc<SpaprDrcNames>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprDrcNames>) -> Self {
        Self::SpaprDrcNames(v)
    }
}
impl From<&Dtb_Property_Value> for OptRc<SpaprLrdrCapacity> {
    fn from(v: &Dtb_Property_Value) -> Self {
        if let Dtb_Property_Value::SpaprLrdrCapacity(x) = v {
            return x.clone();
        }
        panic!("expected Dtb_Property_Value::SpaprLrdrCapacity, got {:?}", v)
    }
}
impl From<OptRc<SpaprLrdrCapacity>> for Dtb_Property_Value {
    fn from(v: OptRc<SpaprLrdrCapacity>) -> Self {
        Self::SpaprLrdrCapacity(v)
    }
}
impl KStruct for Dtb_Property {
    type Root = Dtb;
    type Parent = Dtb_Item;

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
        *self_rc.len_value.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.ofs_name.borrow_mut() = _io.read_u4be()?.into();
        {
            let on = self_rc.name()?;
            if *on == "ibm,associativity-lookup-arrays" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprAssociativityLookupArrays>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,drc-indexes" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDrcIndexes>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,drc-names" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDrcNames>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,drc-power-domains" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDrcPowerDomains>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,drc-types" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDrcTypes>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,dynamic-memory" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDynamicMemory>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,dynamic-memory-v2" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprDynamicMemoryV2>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,lrdr-capacity" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprLrdrCapacity>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else if *on == "ibm,my-drc-index" {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(*self_rc.len_value() as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Spapr_DrcIndex>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            else {
                *self_rc.value.borrow_mut() = Some(_io.read_bytes(*self_rc.len_value() as usize)?.into());
            }
        }
        *self_rc.value_padding.borrow_mut() = _io.read_bytes(modulo(((4 as i32) - (((*self_rc.len_value() as u32) % (4 as u32)) as i32)) as i64, 4 as i64) as usize)?.into();
        Ok(())
    }
}
impl Dtb_Property {

    /**
     * The property's name, read from the strings block.
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
        let io = Clone::clone(&*_r.strings_block()?._io());
        let _pos = io.pos();
        io.seek(*self.ofs_name() as usize)?;
        *self.name.borrow_mut() = bytes_to_str(&io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?;
        io.seek(_pos)?;
        Ok(self.name.borrow())
    }
}

/**
 * Length of the value in bytes (zero for a property that is only a flag).
 */
impl Dtb_Property {
    pub fn len_value(&self) -> Ref<'_, u32> {
        self.len_value.borrow()
    }
}

/**
 * Offset of the property's name in the strings block.
 */
impl Dtb_Property {
    pub fn ofs_name(&self) -> Ref<'_, u32> {
        self.ofs_name.borrow()
    }
}

/**
 * The value; decoded for the sPAPR properties named above, raw bytes otherwise.
 */
impl Dtb_Property {
    pub fn value(&self) -> Ref<'_, Option<Dtb_Property_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to the next 4-byte boundary.
 */
impl Dtb_Property {
    pub fn value_padding(&self) -> Ref<'_, Vec<u8>> {
        self.value_padding.borrow()
    }
}
impl Dtb_Property {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Dtb_Property {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * The property names, NUL-terminated, one after another.
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_StringsBlock {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb>,
    pub _self: SharedType<Self>,
    data: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Dtb_StringsBlock {
    type Root = Dtb;
    type Parent = Dtb;

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
        *self_rc.data.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl Dtb_StringsBlock {
}

/**
 * The raw block; `fdt_property.name` reads from it.
 */
impl Dtb_StringsBlock {
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }
}
impl Dtb_StringsBlock {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Top-level tokens of the structure block: usually NOPs, the root
 * node (a BEGIN_NODE token with everything inside it) and END.
 */

#[derive(Default, Debug, Clone)]
pub struct Dtb_StructureBlock {
    pub _root: SharedType<Dtb>,
    pub _parent: SharedType<Dtb>,
    pub _self: SharedType<Self>,
    items: RefCell<Vec<OptRc<Dtb_Item>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Dtb_StructureBlock {
    type Root = Dtb;
    type Parent = Dtb;

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
        *self_rc.items.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Dtb_Item>(&*_io, Some(self_rc._root.clone()), None)?.into();
                self_rc.items.borrow_mut().push(t);
                let _t_items = self_rc.items.borrow();
                let _tmpa = _t_items.last().unwrap();
                _i += 1;
                let x = !(*_tmpa.token() == Dtb_Token::End);
                x
            } {}
        }
        Ok(())
    }
}
impl Dtb_StructureBlock {
}

/**
 * Tokens up to and including END.
 */
impl Dtb_StructureBlock {
    pub fn items(&self) -> Ref<'_, Vec<OptRc<Dtb_Item>>> {
        self.items.borrow()
    }
}
impl Dtb_StructureBlock {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
