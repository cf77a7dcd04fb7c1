package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learnlog tags` lists the tags with counts; `tags rename` renames one, or merges it into one that is there. */
class TagsCliTest {
    @TempDir
    Path journal;

    @Test
    void tagsAreListedRenamedAndMerged() {
        CliRun.in(journal, "add", "Thread pools #java #java/concurrency");
        CliRun.in(journal, "add", "Records #java");
        CliRun.in(journal, "add", "Kotlin coroutines #jvm");

        assertEquals("java  2\njava/concurrency  1\njvm  1\n", CliRun.in(journal, "tags").out);

        CliRun merged = CliRun.in(journal, "tags", "rename", "java", "jvm");
        assertEquals(0, merged.code, merged.err);
        assertEquals("Merged java into jvm in 2 notes.\n", merged.out);
        assertEquals("jvm  3\njvm/concurrency  1\n", CliRun.in(journal, "tags").out);

        assertEquals("Renamed jvm/concurrency to jvm/threads in 1 note.\n",
                CliRun.in(journal, "tags", "rename", "jvm/concurrency", "jvm/threads").out);
        assertEquals("Thread pools", CliRun.in(journal, "list", "--tag", "jvm/threads").out.split("  ")[2].strip());
    }

    @Test
    void aTagNoNoteCarriesIsABadInputWithWhereToLook() {
        CliRun.in(journal, "add", "Records #java");

        CliRun missing = CliRun.in(journal, "tags", "rename", "python", "py");

        assertEquals(ExitCodes.BAD_INPUT, missing.code);
        assertTrue(missing.err.contains("No note is tagged python") && missing.err.contains("learnlog tags"), missing.err);
    }
}
