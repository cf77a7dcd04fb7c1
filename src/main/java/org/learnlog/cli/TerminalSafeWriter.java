package org.learnlog.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * What a command prints, made safe for a terminal: a control character in a note (an escape sequence
 * that recolours the terminal or sets its title, a carriage return that writes over a line) or a
 * bidirectional override is printed as a visible escape: {@code \x1b}, or a backslash, u and four hex digits.
 * Line breaks and tabs pass. Escaped text has no control characters, so wrapping twice changes nothing.
 */
final class TerminalSafeWriter extends PrintWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** {@code writer} itself if it is safe already, else a safe writer over it. */
    static PrintWriter over(PrintWriter writer) {
        return writer instanceof TerminalSafeWriter ? writer : new TerminalSafeWriter(writer);
    }

    @Override
    public void write(int c) {
        if (isUnsafe((char) c)) {
            String escaped = escape((char) c);
            super.write(escaped, 0, escaped.length());
        } else {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                super.write(text, start, i - start);
                String escaped = escape(c);
                super.write(escaped, 0, escaped.length());
                start = i + 1;
            }
        }
        super.write(text, start, end - start);
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static String escape(char c) {
        return c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }
}
