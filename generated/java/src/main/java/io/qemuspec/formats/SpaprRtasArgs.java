// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The block in guest memory that an RTAS call works on, whose address the
 * guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
 * call's token (from the /rtas node of the device tree, such as
 * `get-sensor-state`), the number of arguments and of return values, the
 * arguments, then room for the return values, which QEMU fills in (the
 * first is the status, `spapr::rtas_status`). All words are big-endian.
 * H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
 * unknown token.
 * @see <a href="https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000">Source</a>
 */
public class SpaprRtasArgs extends KaitaiStruct {
    public static SpaprRtasArgs fromFile(String fileName) throws IOException {
        return new SpaprRtasArgs(new ByteBufferKaitaiStream(fileName));
    }

    public SpaprRtasArgs(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprRtasArgs(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprRtasArgs(KaitaiStream _io, KaitaiStruct _parent, SpaprRtasArgs _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.token = this._io.readU4be();
        this.numArgs = this._io.readU4be();
        this.numRets = this._io.readU4be();
        this.args = new ArrayList<Long>();
        for (int i = 0; i < numArgs(); i++) {
            this.args.add(this._io.readU4be());
        }
        if (numRets() > 0) {
            this.status = Spapr.RtasStatus.byId(this._io.readS4be());
        }
        if (numRets() > 1) {
            this.rets = new ArrayList<Integer>();
            for (int i = 0; i < numRets() - 1; i++) {
                this.rets.add(this._io.readS4be());
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.args.size(); i++) {
        }
        if (numRets() > 0) {
        }
        if (numRets() > 1) {
            for (int i = 0; i < this.rets.size(); i++) {
            }
        }
    }
    private long token;
    private long numArgs;
    private long numRets;
    private List<Long> args;
    private Spapr.RtasStatus status;
    private List<Integer> rets;
    private SpaprRtasArgs _root;
    private KaitaiStruct _parent;

    /**
     * Which RTAS call; the value of its property in /rtas.
     */
    public long token() { return token; }

    /**
     * Number of argument words.
     */
    public long numArgs() { return numArgs; }

    /**
     * Number of return words.
     */
    public long numRets() { return numRets; }

    /**
     * The arguments.
     */
    public List<Long> args() { return args; }

    /**
     * The first return value, the call's status.
     */
    public Spapr.RtasStatus status() { return status; }

    /**
     * The other return values.
     */
    public List<Integer> rets() { return rets; }
    public SpaprRtasArgs _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
