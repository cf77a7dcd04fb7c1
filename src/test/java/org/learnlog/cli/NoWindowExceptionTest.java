package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A JavaFX start that fails for want of GTK or a display is said in words, with what to install. */
class NoWindowExceptionTest {

    @Test
    void missingGtkSaysWhatToInstall() {
        RuntimeException failure = new RuntimeException("launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));

        String said = NoWindowException.explain(failure).orElseThrow().getMessage();

        assertTrue(said.contains("sudo apt-get install libgtk-3-0"), said);
        assertTrue(said.contains("sudo dnf install gtk3"), said);
    }

    @Test
    void noDisplayIsSaidAndOtherFailuresAreLeftAlone() {
        assertTrue(NoWindowException.explain(new UnsupportedOperationException("Unable to open DISPLAY"))
                .orElseThrow().getMessage().contains("no display"));
        assertEquals(Optional.empty(), NoWindowException.explain(new IllegalStateException("something else")));
    }
}
