package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopStartTest {
    @TempDir
    Path dir;

    @Test
    void onlyNoArgumentsOrADataDirAskForTheAppAlone() {
        Path home = dir.resolve("home");
        assertEquals(Optional.of(home), DesktopStart.journal(List.of(), home));
        assertEquals(Optional.of(dir.resolve("j")), DesktopStart.journal(List.of("--data-dir", dir.resolve("j").toString()), home));
        assertEquals(Optional.of(dir.resolve("j")), DesktopStart.journal(List.of("--data-dir=" + dir.resolve("j")), home));
        assertEquals(Optional.empty(), DesktopStart.journal(List.of("list"), home));
        assertEquals(Optional.empty(), DesktopStart.journal(List.of("--data-dir", "x", "list"), home));
        assertEquals(Optional.empty(), DesktopStart.journal(List.of("--data-dir", "--help"), home));
        assertEquals(Optional.empty(), DesktopStart.journal(List.of("--version"), home));
    }

    @Test
    void aMarkdownFileOnItsOwnIsOneToOpen() throws Exception {
        Path aid = Files.writeString(dir.resolve("Checklist.MD"), "# Checklist\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "text");
        Files.createDirectory(dir.resolve("folder.md"));

        assertEquals(Optional.of(aid), DesktopStart.openedFile(List.of(aid.toString())));
        assertEquals(Optional.empty(), DesktopStart.openedFile(List.of(text.toString())));
        assertEquals(Optional.empty(), DesktopStart.openedFile(List.of(dir.resolve("folder.md").toString())));
        assertEquals(Optional.empty(), DesktopStart.openedFile(List.of(dir.resolve("missing.md").toString())));
        assertEquals(Optional.empty(), DesktopStart.openedFile(List.of("import", aid.toString())));
        assertEquals(Optional.empty(), DesktopStart.openedFile(List.of("list")));
    }
}
