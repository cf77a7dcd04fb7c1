package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's conventions, end to end: help, query syntax, messages, exit codes, terminal safety. */
class CliConventionsTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal");
    }

    @Test
    void everyCommandPrintsItsHelpOnStandardOutputAndExitsZero() {
        List<List<String>> commands = new ArrayList<>();
        collect(Cli.everyCommand(new LearnlogCommand(null, null, dir, null)), new ArrayList<>(), commands);
        assertTrue(commands.size() > 20, commands.toString());

        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CliRun help = CliRun.in(journal, args.toArray(String[]::new));

            assertEquals(0, help.code, command + ": " + help.err);
            assertEquals("", help.err, command.toString());
            assertTrue(help.out.startsWith("Usage: learnlog " + String.join(" ", command)), help.out);
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, into);
        });
    }

    @Test
    void theMainHelpDescribesEachCommandInWholeSentences() {
        CliRun help = CliRun.in(journal, "--help");

        List<String> commands = help.out.lines().dropWhile(line -> !line.equals("Commands:")).skip(1).toList();
        StringBuilder entry = new StringBuilder();
        for (String line : commands) {
            if (line.startsWith("  ") && !line.startsWith("    ") && entry.length() > 0) {
                assertTrue(entry.toString().strip().endsWith("."), "cut off: " + entry);
                entry.setLength(0);
            }
            entry.append(line.strip()).append(' ');
        }
        assertTrue(entry.toString().strip().endsWith("."), "cut off: " + entry);
    }

    @Test
    void aSearchExcludesAWordWrittenWithAMinusWithoutQuotes() {
        CliRun.in(journal, "add", "Rebase onto main");
        CliRun.in(journal, "add", "Rebase and merge");

        CliRun search = CliRun.in(journal, "search", "rebase", "-merge");
        CliRun alone = CliRun.in(journal, "search", "-rebase");

        assertEquals(0, search.code, search.err);
        assertEquals(1, search.lines().size(), search.out);
        assertTrue(search.out.contains("**Rebase** onto main"), search.out);
        assertEquals(0, alone.code, alone.err);
    }

    @Test
    void badValuesAreSaidInTheUsersWords() {
        CliRun date = CliRun.in(journal, "add", "x", "--date", "2026-13-45");
        CliRun number = CliRun.in(journal, "goals", "add", "--title", "T", "--metric", "m", "--baseline", "abc",
                "--target", "3", "--due", "2027-01-01");
        CliRun whole = CliRun.in(journal, "list", "--limit", "x");

        assertEquals(ExitCodes.BAD_INPUT, date.code);
        assertEquals("learnlog: Invalid value for option '--date': 2026-13-45 is not a date; use YYYY-MM-DD, e.g. "
                + "2026-03-31\n'learnlog add --help' shows what it takes.\n", date.err);
        assertTrue(number.err.startsWith("learnlog: Invalid value for option '--baseline': 'abc' is not a number\n"),
                number.err);
        assertTrue(whole.err.startsWith("learnlog: Invalid value for option '--limit': 'x' is not a whole number\n"),
                whole.err);
    }

    @Test
    void aNoteOverTheSizeLimitSaysByHowMuch() {
        CliRun add = CliRun.in(journal, "add", "Huge", "--body", "x".repeat(20_000_001));

        assertEquals(ExitCodes.BAD_INPUT, add.code);
        assertTrue(add.err.contains("20,000,001 characters") && add.err.contains("1 over the limit of 20,000,000"),
                add.err);
    }

    @Test
    void anImportThatSkipsBrokenFrontMatterSaysWhereAndExitsWithFour() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("broken.md"), "---\ntitle: \"unterminated\ntags: [a, b\n---\nBody\n");
        Files.writeString(folder.resolve("fine.md"), "# Fine\n\nBody\n");

        CliRun imported = CliRun.in(journal, "import", "--from", folder.toString());

        assertEquals(ExitCodes.PARTLY_DONE, imported.code);
        assertTrue(imported.out.contains("skipped  broken.md  The front matter is not valid YAML (line 4: found "
                + "unexpected end of stream)."), imported.out);
        assertTrue(imported.out.endsWith("skipped 1.\n"), imported.out);
        assertEquals(List.of("Fine"), CliRun.in(journal, "list").lines().stream().map(l -> l.split("  ")[2]).toList());
    }

    @Test
    void aFailedWriteDuringAnExportIsAFailureNotBadInput() throws Exception {
        CliRun.in(journal, "add", "One");
        Path out = dir.resolve("export");
        CliRun.in(journal, "export", "--to", out.toString());
        try (Stream<Path> notes = Files.walk(out.resolve("notes"))) {
            for (Path path : notes.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(out.resolve("notes"), "a file where a folder should be");

        CliRun export = CliRun.in(journal, "export", "--to", out.toString());

        assertEquals(ExitCodes.FAILED, export.code, export.err);
        assertTrue(export.err.startsWith("learnlog: Can't write "), export.err);
    }

    @Test
    void controlCharactersInATitleArePrintedEscapedByEveryCommand() {
        String id = CliRun.in(journal, "add", "Evil \u001b]0;pwned\u0007 title \u001b[31mred\u202e", "--tag", "ops").out.strip();

        for (CliRun run : List.of(CliRun.in(journal, "list"), CliRun.in(journal, "search", "evil"),
                CliRun.in(journal, "show", id.substring(0, 8)), CliRun.in(journal, "trash"))) {
            assertFalse(run.out.chars().anyMatch(c -> TerminalSafeWriter.isUnsafe((char) c)), run.out);
        }
        assertTrue(CliRun.in(journal, "list").out.contains("Evil \\x1b]0;pwned\\x07 title \\x1b[31mred\\u202e"));
    }
}
