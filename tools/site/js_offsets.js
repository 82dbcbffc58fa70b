#!/usr/bin/env node
// Where each field of each parsed object starts, relative to its object's first
// field, as the Web IDE's debug-mode parser records it (`_debug[field].start`).
// tests/test_site.py compares these with the offsets the site's tables show.
// Prints one JSON line per object: {"file": FILE, "type": ClassName, "offsets": {field_id: n}}.
//
//   node tools/site/js_offsets.js COMPILED_DIR CLASS FILE [CLASS FILE ...]
"use strict";
const fs = require("fs");
const path = require("path");
const KaitaiStream = require("kaitai-struct/KaitaiStream");

function snake(name) {
  return name.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

function isStruct(v) {
  return v !== null && typeof v === "object" && "_io" in v;
}

function visit(obj, out, seen) {
  if (!isStruct(obj) || seen.has(obj)) return;
  seen.add(obj);
  const debug = obj._debug || {};
  const names = Object.keys(debug).filter((k) => !k.startsWith("_"));
  const fields = names.filter((k) => k in obj && Object.prototype.hasOwnProperty.call(obj, k));
  if (fields.length) {
    const base = debug[fields[0]].start;
    const offsets = {};
    for (const k of fields) if (typeof debug[k].start === "number") offsets[snake(k)] = debug[k].start - base;
    out.push({ type: obj.constructor.name, offsets });
  }
  for (const k of Object.keys(obj)) {
    if (k.startsWith("_") && !k.startsWith("_m_")) continue;   // _m_x: an instance already read
    const v = obj[k];
    if (Array.isArray(v)) v.forEach((item) => visit(item, out, seen));
    else visit(v, out, seen);
  }
}

const [dir, ...pairs] = process.argv.slice(2);
for (let i = 0; i + 1 < pairs.length; i += 2) {
  const [className, file] = [pairs[i], pairs[i + 1]];
  const mod = require(path.resolve(dir, className + ".js"));
  const Cls = mod[className] || mod;
  const obj = new Cls(new KaitaiStream(new Uint8Array(fs.readFileSync(file)).buffer));
  obj._read();
  const out = [];
  visit(obj, out, new Set());
  for (const line of out) process.stdout.write(JSON.stringify({ file, ...line }) + "\n");
}
