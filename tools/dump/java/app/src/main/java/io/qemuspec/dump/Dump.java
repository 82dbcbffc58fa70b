package io.qemuspec.dump;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import io.kaitai.struct.KaitaiStruct;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * qemuspec-dump (Java): parses sample files with the generated Java parsers and
 * prints the canonical JSON dump of each, one line per file: the shape of
 * qemuspec.dump.to_tree(obj, enum_names=False) in Python and tools/js_dump.js.
 * Sequence fields and instances are the public no-argument methods of a
 * generated class (in the order of their fields); bytes become lowercase hex,
 * enums their numbers, a null (an `if` that was false) is left out, and an
 * instance that throws shows "&lt;unreadable&gt;".
 *
 * <p>Input on stdin: lines "SPEC_ID FILE". A file that does not parse prints
 * {"error": "..."} on its line, so one bad file does not stop the others.
 */
public final class Dump {
    private static final String PACKAGE = "io.qemuspec.formats";
    private static final String UNREADABLE = "<unreadable>";

    private Dump() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        for (String line; (line = in.readLine()) != null; ) {
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                System.err.println("usage: lines of \"SPEC_ID FILE\" on stdin");
                System.exit(2);
            }
            StringBuilder json = new StringBuilder();
            try {
                Object obj = parse(line.substring(0, space), line.substring(space + 1));
                write(json, obj);
            } catch (Exception e) {
                Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
                json.setLength(0);
                json.append("{\"error\":");
                string(json, String.valueOf(cause));
                json.append('}');
            }
            out.println(json);
        }
        out.flush();
    }

    /** Parses a file with the top-level class of a spec id (qcow2 -> io.qemuspec.formats.Qcow2). */
    static Object parse(String specId, String file) throws Exception {
        StringBuilder name = new StringBuilder(PACKAGE).append('.');
        for (String part : specId.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        Class<?> cls = Class.forName(name.toString());
        KaitaiStream io = new ByteBufferKaitaiStream(Files.readAllBytes(Paths.get(file)));
        return cls.getConstructor(KaitaiStream.class).newInstance(io);
    }

    /** The .ksy id of a Java member name: numL1Entries -> num_l1_entries. */
    static String snake(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The data members of a generated class: public no-argument methods, in field order. */
    static List<Method> members(Class<?> cls) {
        Map<String, Integer> order = new HashMap<>();
        Field[] fields = cls.getDeclaredFields();
        for (int i = 0; i < fields.length; i++) {
            order.putIfAbsent(fields[i].getName(), i);
        }
        List<Method> out = new ArrayList<>();
        for (Method m : cls.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0
                    && m.getReturnType() != void.class && !m.getName().startsWith("_")) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(order.getOrDefault(a.getName(), Integer.MAX_VALUE),
                order.getOrDefault(b.getName(), Integer.MAX_VALUE)));
        return out;
    }

    static void write(StringBuilder b, Object v) throws Exception {
        if (v instanceof KaitaiStruct) {
            b.append('{');
            boolean first = true;
            for (Method m : members(v.getClass())) {
                Object item;
                boolean readable = true;
                try {
                    item = m.invoke(v);
                } catch (InvocationTargetException e) {
                    item = null;
                    readable = false;
                }
                if (readable && item == null) {
                    continue; // an `if` that was false
                }
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, snake(m.getName()));
                b.append(':');
                if (readable) {
                    write(b, item);
                } else {
                    string(b, UNREADABLE);
                }
            }
            b.append('}');
        } else if (v == null) {
            b.append("null");
        } else if (v instanceof byte[]) {
            StringBuilder hex = new StringBuilder();
            for (byte x : (byte[]) v) {
                hex.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            string(b, hex.toString());
        } else if (v instanceof List) {
            b.append('[');
            boolean first = true;
            for (Object item : (List<?>) v) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                write(b, item);
            }
            b.append(']');
        } else if (v instanceof Enum) {
            b.append(v.getClass().getMethod("id").invoke(v));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof String) {
            string(b, (String) v);
        } else {
            throw new IllegalArgumentException("cannot dump a " + v.getClass());
        }
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
