package org.learnlog.model;

/** A teammate's signature on what they share, "Ana Example <ana@example.org>", as people read it: the name. */
public final class Signatures {
    private Signatures() {
    }

    /** "Ana Example", from "Ana Example <ana@example.org>"; a name alone stays as it is. */
    public static String name(String signature) {
        return signature == null ? "" : signature.replaceAll("\\s*<[^>]*>", "").strip();
    }
}
