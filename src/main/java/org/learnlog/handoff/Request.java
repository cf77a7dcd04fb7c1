package org.learnlog.handoff;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line handed to the process that owns the journal: its arguments as typed, and the folder
 * they were typed in, against which the owner resolves relative paths.
 */
public record Request(Path workingDir, List<String> args) {
    private static final int MAGIC = 0x4C4C4731; // "LLG1"
    /** A command line is never this long; a request claiming to be is not one of ours. */
    private static final int MAX_BYTES = 64 << 20;
    private static final int MAX_ARGS = 100_000;

    public Request {
        workingDir = workingDir.toAbsolutePath();
        args = List.copyOf(args);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        writeText(out, workingDir.toString());
        out.writeInt(args.size());
        for (String arg : args) {
            writeText(out, arg);
        }
        out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a Learnlog request.");
        }
        Path workingDir = Path.of(readText(in));
        int count = in.readInt();
        if (count < 0 || count > MAX_ARGS) {
            throw new IOException("A request with " + count + " arguments.");
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(readText(in));
        }
        return new Request(workingDir, args);
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("A text of " + length + " bytes.");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
