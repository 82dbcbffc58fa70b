// qemuspec-dump (Go): parse sample files with the generated Go parsers and
// print the canonical JSON dump of each, one line per file — the same shape
// as qemuspec.dump.to_tree(obj, enum_names=False) in Python and
// tools/js_dump.js: sequence fields in read order, then instances; bytes as
// lowercase hex; enums as numbers; an instance that fails as "<unreadable>";
// a field or instance whose `if` is false, or a switch that matched no case,
// left out.
//
// Input on stdin: lines "SPEC_ID FILE". A file that does not parse prints
// {"error": "..."} on its line, so one bad file does not stop the others.
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"github.com/kaitai-io/kaitai_struct_go_runtime/kaitai"
	"github.com/qemuspec/qemuspec/generated/go/formats"
)

const unreadable = "<unreadable>"

var errorType = reflect.TypeOf((*error)(nil)).Elem()
var structType = reflect.TypeOf((*kaitai.Struct)(nil)).Elem()

// snake turns a Go field or method name (NumL1Entries) back into the .ksy id (num_l1_entries).
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isStruct tells a generated parser object: a pointer to a struct with the IO_() of kaitai.Struct.
func isStruct(v reflect.Value) bool {
	return v.Kind() == reflect.Ptr && !v.IsNil() && v.Type().Elem().Kind() == reflect.Struct &&
		v.Type().Implements(structType)
}

// instance calls a generated instance method: (value, error) -> value, ok.
func instance(m reflect.Value) (reflect.Value, bool) {
	defer func() { recover() }()
	out := m.Call(nil)
	if !out[1].IsNil() {
		return reflect.Value{}, false
	}
	return out[0], true
}

// present answers a field's or instance's generated <Name>Present() (true when there is none).
func present(obj reflect.Value, name string) bool {
	m := obj.MethodByName(name + "Present")
	if !m.IsValid() {
		return true
	}
	v, ok := instance(m)
	return !ok || v.Bool() // a condition that fails to evaluate: the value itself will say so
}

func isInstanceMethod(t reflect.Type) bool {
	return t.NumIn() == 0 && t.NumOut() == 2 && t.Out(1) == errorType
}

func writeJSON(b *bytes.Buffer, v interface{}) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	b.Truncate(b.Len() - 1) // Encode adds a newline
}

func dump(b *bytes.Buffer, v reflect.Value) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		v = v.Elem()
	}
	switch {
	case isStruct(v):
		dumpStruct(b, v)
	case v.Kind() == reflect.Ptr && v.IsNil():
		b.WriteString("null")
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
		writeJSON(b, hex.EncodeToString(v.Bytes()))
	case v.Kind() == reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			dump(b, v.Index(i))
		}
		b.WriteByte(']')
	case v.CanInt():
		writeJSON(b, v.Int())
	case v.CanUint():
		writeJSON(b, v.Uint())
	case v.CanFloat():
		writeJSON(b, v.Float())
	case v.Kind() == reflect.Bool:
		writeJSON(b, v.Bool())
	case v.Kind() == reflect.String:
		writeJSON(b, v.String())
	default:
		panic(fmt.Sprintf("cannot dump a %s", v.Type()))
	}
}

func dumpStruct(b *bytes.Buffer, obj reflect.Value) {
	t := obj.Type().Elem()
	b.WriteByte('{')
	names := map[string]bool{}
	first := true
	key := func(name string) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		writeJSON(b, snake(name))
		b.WriteByte(':')
	}
	// sequence fields: the exported struct fields, in read order
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		names[f.Name] = true
		value := obj.Elem().Field(i)
		// a switch that matched no case stays a nil interface: absent, as in Python
		absent := value.Kind() == reflect.Interface && value.IsNil()
		if f.IsExported() && !absent && present(obj, f.Name) {
			key(f.Name)
			dump(b, value)
		}
	}
	// instances: the exported methods returning (value, error), except the
	// <Name>Present helpers that tools/generate.py adds for conditional ones
	var methods []string
	for i := 0; i < obj.NumMethod(); i++ {
		m := obj.Type().Method(i)
		if isInstanceMethod(obj.Method(i).Type()) {
			methods = append(methods, m.Name)
			names[m.Name] = true
		}
	}
	sort.Strings(methods)
	for _, name := range methods {
		base := strings.TrimSuffix(name, "Present")
		if base != name && names[base] && obj.MethodByName(name).Type().Out(0).Kind() == reflect.Bool {
			continue
		}
		if !present(obj, name) {
			continue
		}
		key(name)
		if v, ok := instance(obj.MethodByName(name)); ok {
			dump(b, v)
		} else {
			writeJSON(b, unreadable)
		}
	}
	b.WriteByte('}')
}

func dumpFile(specID, file string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	parse, ok := formats.Parsers[specID]
	if !ok {
		return nil, fmt.Errorf("no top-level spec %q", specID)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	obj, err := parse(kaitai.NewStream(bytes.NewReader(data)))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	dump(&b, reflect.ValueOf(obj))
	return b.Bytes(), nil
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		specID, file, found := strings.Cut(line, " ")
		if !found {
			fmt.Fprintln(os.Stderr, "usage: lines of \"SPEC_ID FILE\" on stdin")
			os.Exit(2)
		}
		text, err := dumpFile(specID, file)
		if err != nil {
			var b bytes.Buffer
			writeJSON(&b, map[string]string{"error": err.Error()})
			text = b.Bytes()
		}
		out.Write(text)
		out.WriteByte('\n')
	}
}
