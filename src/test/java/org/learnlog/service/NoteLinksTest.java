package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.Addresses;
import org.learnlog.model.Backlink;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteLink;
import org.learnlog.model.NoteSummary;

/** Links between notes: backlinks, renames, titles offered, and links through export and import. */
class NoteLinksTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();

    @Test
    void aNoteShowsTheNotesThatLinkToItWithTheSentenceAroundTheLink() {
        Note bisect = test.notes.save(NoteDraft.of("Bisect a flaky test", "git bisect run"));
        Note linking = test.notes.save(NoteDraft.of("Release day",
                "Shipped at noon. The flaky test was found with " + NoteLink.markdown("Bisect a flaky test", bisect.id())
                        + " in six steps. Then lunch."));
        test.notes.save(NoteDraft.of("Unrelated", "no links"));

        List<Backlink> backlinks = test.notes.links().backlinks(bisect.id());

        assertEquals(List.of("Release day"), backlinks.stream().map(b -> b.from().title()).toList());
        assertEquals("The flaky test was found with Bisect a flaky test in six steps.", backlinks.get(0).sentence());
        assertEquals(List.of(), test.notes.links().backlinks(linking.id()));

        test.trash().delete(List.of(linking.id()));
        assertEquals(List.of(), test.notes.links().backlinks(bisect.id()), "a deleted note links nowhere");
        test.trash().restore(List.of(linking.id()));
        assertEquals(1, test.notes.links().backlinks(bisect.id()).size(), "and links again when it is back");
    }

    @Test
    void renamingANoteRelabelsLinksThatReadItsTitleAndKeepsLinksWithTheirOwnWords() {
        Note target = test.notes.save(NoteDraft.of("Bisect", ""));
        Note linking = test.notes.save(NoteDraft.of("Uses", "Try " + NoteLink.markdown("Bisect", target.id())
                + " or [that trick](note:" + target.id() + ")."));

        test.notes.save(new NoteDraft(target.id(), "Bisect a flaky test", "", target.date(), target.kind(), "", List.of(),
                List.of()));

        Note after = test.notes.find(linking.id()).orElseThrow();
        assertEquals("Try [Bisect a flaky test](note:" + target.id() + ") or [that trick](note:" + target.id() + ").",
                after.body());
        assertEquals(linking.updated(), after.updated(), "relabelling is not the user's edit");
        assertEquals(1, test.notes.links().backlinks(target.id()).size());
    }

    @Test
    void aLinkBeingTypedIsOfferedTitlesThatStartWithItFirstAndNeverTheNoteItself() {
        Note self = test.notes.save(NoteDraft.of("Git tricks", ""));
        test.notes.save(NoteDraft.of("Rebase with git", ""));
        test.notes.save(NoteDraft.of("Git bisect", ""));
        test.notes.save(NoteDraft.of("100% coverage_ok", ""));

        List<String> offered = test.notes.links().suggest("git", self.id()).stream().map(NoteSummary::title).toList();

        assertEquals(List.of("Git bisect", "Rebase with git"), offered);
        assertEquals(List.of("100% coverage_ok"), test.notes.links().suggest("0% c", null).stream()
                .map(NoteSummary::title).toList(), "% and _ are letters here, not wildcards");
        assertEquals(Optional.of("Git bisect"), test.notes.links().titled("git BISECT").map(NoteSummary::title));
    }

    @Test
    void exportedLinksAreRelativeLinksToFilesThatExistAndComeBackAsLinksById() throws Exception {
        Note target = test.notes.save(new NoteDraft(null, "Bisect (fast) #1", "", java.time.LocalDate.of(2025, 3, 1),
                org.learnlog.model.NoteKind.HOW_TO, "", List.of(), List.of()));
        Note linking = test.notes.save(new NoteDraft(null, "Uses", "See " + NoteLink.markdown("Bisect (fast) #1",
                target.id()) + ".", java.time.LocalDate.of(2025, 1, 9), org.learnlog.model.NoteKind.INSIGHT, "",
                List.of(), List.of()));
        Path folder = dir.resolve("export");

        test.journalExport().export(NoteFilter.all(), folder);

        String file = "notes/2025/01/Uses.md";
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains("See [Bisect (fast) #1](../03/Bisect%20%28fast%29%20%231.md)."), text);
        String address = text.substring(text.indexOf("](") + 2, text.indexOf(".md)") + 3);
        assertTrue(Files.isRegularFile(folder.resolve(Addresses.resolve(file, address).orElseThrow())),
                "the link leads to the target's file, as a forge follows it");

        try (TestJournal other = new TestJournal()) {
            other.journalImport().importFrom(folder);
            assertEquals(linking.body(), other.notes.find(linking.id()).orElseThrow().body());
            assertEquals(1, other.notes.links().backlinks(target.id()).size());
        }
    }

    @Test
    void anObsidianVaultsWikiLinksWithAliasesAndHeadingsAndRelativeLinksBecomeLinks() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("projects"));
        Files.writeString(vault.resolve("Bisect.md"), "# Run it\n\ngit bisect run\n");
        Files.writeString(vault.resolve("projects/Release.md"), "Used [[Bisect]], [[Bisect|the trick]], "
                + "[[Bisect#Run it]], [the file](../Bisect.md), and [[Someday]].\n");

        ImportReport report = test.journalImport().importFrom(vault);

        assertEquals(2, report.count(ImportReport.Outcome.IMPORTED), report.summary());
        Note bisect = test.notes.load(NoteFilter.all()).stream().filter(n -> n.title().equals("Bisect")).findFirst()
                .orElseThrow();
        Note release = test.notes.load(NoteFilter.all()).stream().filter(n -> n.title().equals("Release")).findFirst()
                .orElseThrow();
        String to = "](note:" + bisect.id();
        assertEquals("Used [Bisect" + to + "), [the trick" + to + "), [Bisect › Run it" + to + "#Run%20it), "
                + "[the file" + to + "), and [[Someday]].\n", release.body());
        assertEquals(List.of("Release"), test.notes.links().backlinks(bisect.id()).stream()
                .map(b -> b.from().title()).toList());
    }

    @Test
    void anAidMadeFromALinkingNoteKeepsTheLinksAsPlainText() {
        UUID id = UUID.randomUUID();
        Note note = test.notes.save(NoteDraft.of("Checks", "- run " + NoteLink.markdown("Bisect", id)
                + "\n- read [[Someday|the doc]]\n"));

        String body = test.aids(dir.resolve("templates")).make(AidRequest.ofNotes("checklist", List.of(note.id()))).body();

        assertTrue(body.contains("- [ ] run Bisect\n- [ ] read the doc"), body);
    }
}
