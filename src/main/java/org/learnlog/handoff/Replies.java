package org.learnlog.handoff;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;

/**
 * What the owner sends back while it runs a handed-off command: pieces of its standard output and
 * error as they are printed, so a long import shows its lines as it goes, and last the exit code.
 */
final class Replies {
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';

    private Replies() {
    }

    /** A writer whose text goes to the client as {@code type} pieces, one each time it is flushed. */
    static Writer writer(DataOutputStream out, byte type) {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) {
                pending.append(chars, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (pending.isEmpty()) {
                    return;
                }
                // Out and err share the stream; a piece is sent whole.
                synchronized (out) {
                    out.writeByte(type);
                    Request.writeText(out, pending.toString());
                    out.flush();
                }
                pending.setLength(0);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    /** Copies the pieces to {@code out} and {@code err} until the exit code, and returns it. */
    static int copy(DataInputStream in, Writer out, Writer err) throws IOException {
        while (true) {
            byte type = in.readByte();
            switch (type) {
                case OUT -> write(out, Request.readText(in));
                case ERR -> write(err, Request.readText(in));
                case EXIT -> {
                    return in.readInt();
                }
                default -> throw new IOException("An unknown reply from the journal's owner: " + type);
            }
        }
    }

    private static void write(Writer to, String text) throws IOException {
        to.write(text);
        to.flush();
    }
}
