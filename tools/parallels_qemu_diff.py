import json, os, shutil, struct, subprocess, sys, tempfile
Q = os.path.join(os.path.dirname(sys.executable), "qemuspec")

def run(*a):
    return subprocess.run([str(x) for x in a], capture_output=True)

def poke(p, off, fmt, v):
    with open(p, "r+b") as f:
        f.seek(off); f.write(struct.pack("<" + fmt, v))

def mk(p, size="4M", cs="64k", writes=()):
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", f"cluster_size={cs}", p, size)
    if writes:
        args = []
        for w in writes: args += ["-c", w]
        r = run("qemu-io", "-f", "parallels", *args, p); assert r.returncode == 0, r.stderr

W = ["write -P 0xab 128k 64k", "write -P 0xcd 0 512", "write -P 0x11 1M 128k"]
def base(p): mk(p, writes=W)
CASES = {}
def case(f): CASES[f.__name__] = f; return f

@case
def clean(p): base(p)
@case
def cs4k(p): mk(p, "1M", "4k", ["write -P 1 0 8k", "write -P 2 100k 4k"])
@case
def cs1m(p): mk(p, "16M", "1M", ["write -P 1 3M 1M"])
@case
def cs512(p): mk(p, "1M", "512", ["write -P 1 0 1k"])
@case
def empty(p): mk(p, "64M", "1M")
@case
def bigempty(p): mk(p, "1G", "4k")
@case
def big_with_data(p): mk(p, "1G", "4k", ["write -P 5 0 1M"])
@case
def converted(p):
    raw = p + ".raw"
    with open(raw, "wb") as f: f.write(b"\1" * 65536 + b"\0" * 65536 + b"\2" * 4096); f.truncate(1 << 20)
    run("qemu-img", "convert", "-f", "raw", "-O", "parallels", raw, p)
@case
def bat_past_eof(p): base(p); poke(p, 64 + 4 * 5, "I", 100)
@case
def bat_at_eof(p):
    base(p); sz = os.path.getsize(p); poke(p, 64 + 4 * 5, "I", sz // 65536)
@case
def bat_into_header(p): base(p); poke(p, 64 + 4 * 5, "I", 0)  ; poke(p, 64+4*6, "I", 0)
@case
def bat_zero_cluster(p):
    # entry pointing into the header cluster (cluster 0 of the file)
    base(p)
    with open(p, "r+b") as f:
        f.seek(64); e = list(struct.unpack("<64I", f.read(256)))
    poke(p, 64 + 4 * 7, "I", 0)
@case
def bat_dup(p): base(p); poke(p, 64 + 4 * 3, "I", struct.unpack("<I", open(p, "rb").read()[64:68])[0])
@case
def inuse(p): base(p); poke(p, 44, "I", 0x746F6E59)
@case
def inuse_v2(p): base(p); poke(p, 44, "I", 0x312E3276)
@case
def leak(p):
    base(p); 
    with open(p, "r+b") as f: f.truncate(os.path.getsize(p) + 3 * 65536 + 7)
@case
def truncated_mid_cluster(p):
    base(p)
    with open(p, "r+b") as f: f.truncate(os.path.getsize(p) - 1000)
@case
def truncated_into_bat(p):
    base(p)
    with open(p, "r+b") as f: f.truncate(100)
@case
def truncated_header(p):
    base(p)
    with open(p, "r+b") as f: f.truncate(40)
@case
def tracks0(p): base(p); poke(p, 28, "I", 0)
@case
def tracks_big(p): base(p); poke(p, 28, "I", 0x7FFFFFFF // 513 + 1)
@case
def bat_entries_big(p): base(p); poke(p, 32, "I", 0x7FFFFFFF // 4 + 1)
@case
def bat_entries_small(p): base(p); poke(p, 32, "I", 2)
@case
def bat_entries_zero(p): base(p); poke(p, 32, "I", 0)
@case
def nb_sectors_small(p): base(p); poke(p, 36, "Q", 1000)
@case
def nb_sectors_zero(p): base(p); poke(p, 36, "Q", 0)
@case
def nb_sectors_big(p): base(p); poke(p, 36, "Q", 1 << 40)
@case
def data_off_zero(p): base(p); poke(p, 48, "I", 0)
@case
def data_off_big(p): base(p); poke(p, 48, "I", 1 << 20)
@case
def data_off_small(p): base(p); poke(p, 48, "I", 1)
@case
def data_off_unaligned(p): base(p); poke(p, 48, "I", 129)
@case
def version3(p): base(p); poke(p, 16, "I", 3)
@case
def old_magic(p):
    base(p)
    with open(p, "r+b") as f: f.seek(0); f.write(b"WithoutFreeSpace")
    # BAT in sectors: rewrite entries
    with open(p, "r+b") as f:
        f.seek(64); n = struct.unpack("<I", open(p,"rb").read()[32:36])[0]
        e = struct.unpack(f"<{n}I", f.read(4 * n)); f.seek(64)
        f.write(struct.pack(f"<{n}I", *[x * 128 for x in e]))
@case
def old_magic_qemu_io(p):
    old_magic(p); run("qemu-io", "-f", "parallels", "-c", "write -P 0x77 2M 64k", p)
@case
def old_magic_unaligned_entry(p):
    old_magic(p); poke(p, 64 + 4 * 10, "I", 3 * 128 + 1)   # sector, not cluster aligned, inside file
@case
def ext_bad_magic(p): bitmap(p); poke(p, 56, "Q", 0); 
def bitmap_image(p):
    mk(p, "4M", "64k")
    subprocess.run([sys.executable, "-c", f"""
from qemuspec.block.parallels.writer import ParallelsWriter
with ParallelsWriter({p!r}) as w:
    w.add_bitmap(granularity=65536)
    w.write(0, b'x' * 70000)
"""], check=True, executable="/work/wt-parallels15/.venv/bin/python")
@case
def bitmap(p): bitmap_image(p)
@case
def ext_bad_checksum(p):
    bitmap_image(p); off = struct.unpack("<Q", open(p, "rb").read()[56:64])[0] * 512
    with open(p, "r+b") as f: f.seek(off + 8); f.write(b"\0" * 4)
@case
def ext_bad_magic2(p):
    bitmap_image(p); off = struct.unpack("<Q", open(p, "rb").read()[56:64])[0] * 512
    poke(p, off, "Q", 0x1234)
@case
def ext_past_eof(p): bitmap_image(p); poke(p, 56, "Q", 1 << 30)
@case
def flags_empty(p): base(p); poke(p, 52, "I", 1)

@case
def inuse_leak(p): leak(p); poke(p, 44, "I", 0x746F6E59)
@case
def inuse_outside(p): bat_past_eof(p); poke(p, 44, "I", 0x746F6E59)
@case
def data_off_aligned_big(p): base(p); poke(p, 48, "I", 256)
@case
def old_into_bat(p): old_magic(p); poke(p, 64 + 4 * 9, "I", 1)
@case
def ext_into_bat(p):
    mk(p, "1G", "4k", ["write -P 5 0 8k"]); poke(p, 64 + 4 * 9, "I", 3)
@case
def dup_old(p): old_magic(p); poke(p, 64 + 4 * 3, "I", 128)

def guest(path, tool, out):
    if os.path.exists(out): os.unlink(out)
    if tool == "q": r = run("qemu-img", "convert", "-f", "parallels", "-O", "raw", path, out)
    else: r = run(Q, "convert", "-O", "raw", path, out)
    import hashlib
    return (r.returncode, hashlib.sha256(open(out, "rb").read()).hexdigest() if r.returncode == 0 and os.path.exists(out) else r.stderr.decode().strip())

def js(r):
    try: return json.loads(r.stdout)
    except Exception: return r.stdout.decode()[:300]

def cmp(name, d):
    p = os.path.join(d, "a.img"); CASES[name](p)
    pristine = open(p, "rb").read()
    diffs = []
    for what in (["info", "--output=json"], ["map", "--output=json"], ["check", "--output=json"]):
        a = run("qemu-img", what[0], "-f", "parallels", *what[1:], p); b = run(Q, what[0], *what[1:], p)
        ja, jb = js(a), js(b)
        if isinstance(ja, dict): ja.pop("actual-size", None); ja.pop("filename", None); ja.pop("dirty-flag", None)
        if isinstance(jb, dict): jb.pop("actual-size", None); jb.pop("filename", None); jb.pop("dirty-flag", None)
        if (a.returncode, ja) != (b.returncode, jb) or (what[0] == "check" and a.stderr != b.stderr):
            diffs.append((what[0], (a.returncode, ja, a.stderr.decode()[-300:]), (b.returncode, jb, b.stderr.decode()[-300:])))
    ga, gb = guest(p, "q", p + ".qr"), guest(p, "o", p + ".or")
    if ga != gb: diffs.append(("convert", (ga[0], ga[1][:200] if isinstance(ga[1], str) else len(ga[1])), (gb[0], gb[1][:200] if isinstance(gb[1], str) else len(gb[1]))))
    before = ga[1] if ga[0] == 0 else None
    for fix in ("leaks", "all"):
        res = {}
        for tool in "qo":
            c = os.path.join(d, f"r{tool}.img"); open(c, "wb").write(pristine)
            cmd = ["qemu-img", "check", "-f", "parallels"] if tool == "q" else [Q, "check"]
            r = run(*cmd, "--output=json", "-r", fix, c)
            after = run("qemu-img", "check", "-f", "parallels", c).returncode
            g = guest(c, "q", c + ".raw")
            jr = js(r)
            if isinstance(jr, dict): jr.pop("filename", None)
            res[tool] = (r.returncode, jr, r.stderr.decode()[-400:], after, g if g[0] else (0, g[1] == before, len(g[1])), os.path.getsize(c))
        if res["q"] != res["o"]:
            diffs.append((f"-r {fix}", res["q"], res["o"]))
    return diffs

names = sys.argv[1:] or list(CASES)
for n in names:
    with tempfile.TemporaryDirectory(dir="/tmp/p15") as d:
        try: ds = cmp(n, d)
        except Exception as e: ds = [("EXC", repr(e), "")]
    print(f"== {n}: {'OK' if not ds else ''}")
    for w, a, b in ds:
        print(f"  [{w}]\n    qemu: {a}\n    ours: {b}")
