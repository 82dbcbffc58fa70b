#!/usr/bin/env node
// Parse a file with a JavaScript parser compiled by tools/web_ide_compile.js
// (debug mode, as in the Web IDE) and print the
// canonical JSON dump: sequence fields, then instances; bytes as lowercase
// hex; enums as numbers; an instance that throws as "<unreadable>". This is
// the same shape qemuspec.dump.to_tree(obj, enum_names=False) gives in Python.
//
//   node tools/js_dump.js COMPILED_DIR CLASS_NAME FILE
"use strict";
const fs = require("fs");
const path = require("path");
const KaitaiStream = require("kaitai-struct/KaitaiStream");

const UNREADABLE = "<unreadable>";

function hex(bytes) {
  return Buffer.from(bytes).toString("hex");
}

// The JavaScript parsers name fields in camelCase; the dump uses the .ksy ids.
function snake(name) {
  return name.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

function isStruct(v) {
  return v !== null && typeof v === "object" && "_io" in v;
}

function instanceNames(obj) {
  const proto = Object.getPrototypeOf(obj);
  return Object.getOwnPropertyNames(proto).filter((name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    return d && typeof d.get === "function" && !name.startsWith("_");
  });
}

function toTree(v) {
  if (isStruct(v)) {
    const out = {};
    for (const k of Object.keys(v)) if (!k.startsWith("_")) out[snake(k)] = toTree(v[k]);
    for (const k of instanceNames(v)) {
      try {
        out[snake(k)] = toTree(v[k]);
      } catch (e) {
        out[snake(k)] = UNREADABLE;
      }
    }
    return out;
  }
  if (v instanceof Uint8Array) return hex(v);
  if (Array.isArray(v)) return v.map(toTree);
  if (typeof v === "bigint") return { [BIG]: v.toString() };
  // a double cannot hold every integer above 2^53: say so instead of passing a rounded value on
  if (typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)) return { rounded_in_javascript: v };
  return v;
}

// JSON has no BigInt: a bigint is written as its exact decimal digits.
const BIG = "__bigint__";
function stringify(tree) {
  return JSON.stringify(tree).replace(/\{"__bigint__":"(-?\d+)"\}/g, "$1");
}

function main() {
  const [dir, className, file] = process.argv.slice(2);
  if (!file) {
    console.error("usage: js_dump.js COMPILED_DIR CLASS_NAME FILE");
    process.exit(2);
  }
  const mod = require(path.resolve(dir, className + ".js"));
  const Cls = mod[className] || mod;
  const data = fs.readFileSync(file);
  const obj = new Cls(new KaitaiStream(new Uint8Array(data).buffer));
  obj._read(); // the Web IDE compiles in debug mode: no reading in the constructor
  process.stdout.write(stringify(toTree(obj)) + "\n");
}

main();
