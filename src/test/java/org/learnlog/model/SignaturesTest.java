package org.learnlog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignaturesTest {
    @Test
    void aSignatureReadsAsTheNameAloneAndANameStaysAsItIs() {
        assertEquals("Ana Example", Signatures.name("Ana Example <ana@example.org>"));
        assertEquals("Ana Example", Signatures.name("Ana Example"));
        assertEquals("", Signatures.name(null));
    }
}
