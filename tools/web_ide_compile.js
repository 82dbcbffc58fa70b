#!/usr/bin/env node
// Compile every .ksy of a folder with the npm Kaitai Struct compiler, the way
// the Kaitai Web IDE does: the YAML is parsed with js-yaml, the compiler runs
// in debug mode for JavaScript, and imports are resolved by bare name from
// the folder of the importing file (the IDE cannot follow sub-folders or
// "../"). Prints one line per spec; exits 1 if any spec fails.
//
//   node tools/web_ide_compile.js KSY_DIR [OUT_DIR]
//
// With OUT_DIR, the compiled JavaScript is written there (for tools/js_dump.js).
"use strict";
const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");
const compiler = require("kaitai-struct-compiler");

function loadKsy(file) {
  return yaml.load(fs.readFileSync(file, "utf8"));
}

function importerFor(dir) {
  return {
    importYaml(name, mode) {
      if (mode !== "rel" || name.includes("/")) {
        return Promise.reject(new Error(`import "${name}" (${mode}): only bare names in the same folder work in the Web IDE`));
      }
      const file = path.join(dir, name + ".ksy");
      try {
        return Promise.resolve(loadKsy(file));
      } catch (e) {
        return Promise.reject(new Error(`import "${name}": ${e.message}`));
      }
    },
  };
}

function describe(err) {
  if (err instanceof Error) return err.message;
  if (err && typeof err.getMessage === "function") return err.getMessage();
  if (err && err.s) return String(err.s);
  return String(err);
}

async function main() {
  const [dir, outDir] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: web_ide_compile.js KSY_DIR [OUT_DIR]");
    process.exit(2);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ksy")).sort();
  let failed = 0;
  for (const f of files) {
    try {
      const ksy = loadKsy(path.join(dir, f));
      const out = await compiler.compile("javascript", ksy, importerFor(dir), true);
      if (outDir) {
        fs.mkdirSync(outDir, { recursive: true });
        for (const [name, text] of Object.entries(out)) fs.writeFileSync(path.join(outDir, name), text);
      }
      console.log(`ok    ${f} -> ${Object.keys(out).join(", ")}`);
    } catch (err) {
      failed++;
      console.log(`FAIL  ${f}: ${describe(err)}`);
    }
  }
  console.log(`compiler ${compiler.version}: ${files.length - failed} of ${files.length} specs compiled`);
  process.exit(failed ? 1 : 0);
}

main();
