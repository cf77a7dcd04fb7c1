package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.JournalServices;

/**
 * Two teammates and a team library on real git: a bare repository in a folder as the remote, each
 * journal with its own clone, driven through the commands as a terminal would.
 */
class TeamLibraryCliTest {
    private static final String ITEM = "notes/git/rebase-before-review.md";
    @TempDir
    Path dir;
    private Teammates team;
    private Path ana;
    private Path ben;
    private String id;

    @BeforeEach
    void setUp() throws Exception {
        team = new Teammates(dir);
        ana = team.join("Ana");
        ben = team.join("Ben");
        id = ok(ana, "add", "Rebase before review #git", "--body", "Keeps history linear.").strip();
    }

    @Test
    void anaPublishesAndBenSyncsAndAdoptsItLinkedToHisGoal() throws Exception {
        assertTrue(ok(ana, "publish", shortId(), "--to", "team").contains("Published \"Rebase before review\" to team as version 1"));
        assertEquals("team: up to date\n", ok(ben, "library", "sync", "team"));
        assertTrue(ok(ben, "library", "list", "team").contains(shortId() + "  note/insight  Rebase before review  v1  by Ana Example"
                + "  2026-11-29  used 0, helped 0  [new]"));
        ok(ben, "goals", "add", "--title", "Review speed", "--metric", "hours to review", "--baseline", "20", "--target", "10",
                "--due", "2026-12-31", "--lower-is-better");

        assertTrue(ok(ben, "adopt", "team/" + shortId(), "--goal", "review-speed").contains("Adopted \"Rebase before review\""));
        Note adopted = note(ben);
        assertEquals("Keeps history linear.", adopted.body());
        assertEquals(List.of("review-speed"), adopted.goals());
        assertEquals("library:team/" + id + "@1", adopted.source());
        assertTrue(ok(ben, "library", "list", "team").contains("[in your journal]"), "no longer new, and adopted");
        assertEquals(List.of("Ana Example: Publish \"Rebase before review\" (version 1)"), team.log());
        assertTrue(ok(ana, "library", "list", "team").contains("helped 0  [in your journal]"), "her own item is not new to her");
    }

    @Test
    void anaRepublishesAndBenSeesAnUpdateAndTakesIt() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "adopt", "team/" + shortId());
        edit(ana, "Keeps history linear. Run the tests after.");

        assertTrue(ok(ana, "publish", shortId(), "--to", "team").contains("as version 2"));
        ok(ben, "library", "sync", "team");
        assertTrue(ok(ben, "library", "list", "team").contains("v2  by Ana Example"));
        assertTrue(ok(ben, "library", "list", "team").contains("[update available: you have version 1]"));

        assertTrue(ok(ben, "adopt", "team/" + shortId()).contains("Took version 2 of \"Rebase before review\""));
        assertEquals("Keeps history linear. Run the tests after.", note(ben).body());
        assertFalse(ok(ben, "library", "list", "team").contains("update available"));
    }

    @Test
    void whenBothChangeTheSameItemBothVersionsAreKeptWithoutConflictMarkers() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "adopt", "team/" + shortId());
        edit(ana, "Ana's way: rebase onto main.");
        edit(ben, "Ben's way: merge main in.");

        ok(ana, "publish", shortId(), "--to", "team");
        assertTrue(ok(ben, "publish", shortId(), "--to", "team").contains("Both are kept"));

        String conflict = "notes/git/rebase-before-review-conflict-ben-example.md";
        assertTrue(team.files().containsAll(List.of(ITEM, conflict)), team.files().toString());
        assertTrue(team.read(ITEM).contains("Ana's way"));
        assertTrue(team.read(conflict).contains("Ben's way"));
        assertTrue(team.read(conflict).contains("conflict-of: " + id));
        for (String path : team.files()) {
            assertFalse(team.read(path).contains("<<<<<<<"), path);
        }
        ok(ana, "library", "sync", "team");
        assertTrue(ok(ana, "library", "list", "team").contains("conflict: 1 other version by " + conflict));
    }

    @Test
    void aConflictSettledOfflineStaysSettledWhenTheRemoteMovedMeanwhile() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "adopt", "team/" + shortId());
        edit(ana, "Ana's way.");
        edit(ben, "Ben's way.");
        ok(ana, "publish", shortId(), "--to", "team");
        assertTrue(ok(ben, "publish", shortId(), "--to", "team").contains("Both are kept"));
        Path away = dir.resolve("away.git");
        Files.move(team.remote, away);
        assertTrue(ok(ben, "publish", shortId(), "--to", "team").contains("waiting to publish"));
        Files.move(away, team.remote);
        ok(ana, "feedback", "team/" + shortId(), "--used");

        assertEquals("team: your changes are published\n", ok(ben, "library", "sync", "team"));
        assertEquals(List.of(ITEM), team.files().stream().filter(path -> path.startsWith("notes/")).toList());
        assertTrue(team.read(ITEM).contains("Ben's way.") && team.read(ITEM).contains("version: \"3\""), team.read(ITEM));
        assertTrue(team.files().contains("feedback/" + id + "/ana-example.md"), "Ana's feedback stays too");
    }

    @Test
    void twoPublishesFromTheSameVersionWhileOneWasOfflineAreBothKept() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "adopt", "team/" + shortId());
        edit(ben, "Ben's way, written on a train.");
        Path away = dir.resolve("away.git");
        Files.move(team.remote, away);
        assertTrue(ok(ben, "publish", shortId(), "--to", "team").contains("waiting to publish"));
        Files.move(away, team.remote);
        edit(ana, "Ana's way, meanwhile.");
        ok(ana, "publish", shortId(), "--to", "team");

        assertEquals("team: your changes are published\n", ok(ben, "library", "sync", "team"));
        assertTrue(team.read(ITEM).contains("Ana's way, meanwhile."));
        assertTrue(team.read("notes/git/rebase-before-review-conflict-ben-example.md").contains("Ben's way, written on a train."));
    }

    @Test
    void bensFeedbackReachesAnasLibraryView() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "library", "sync", "team");

        assertTrue(ok(ben, "feedback", "team/" + shortId(), "--helped", "--comment", "Saved me an hour on the billing PR.")
                .contains("published"));
        ok(ana, "library", "sync", "team");
        String anasView = ok(ana, "library", "list", "team");
        assertTrue(anasView.contains("used 1, helped 1"), anasView);
        assertTrue(anasView.contains("\"Saved me an hour on the billing PR.\" (Ben Example)"), anasView);
        assertTrue(team.files().contains("feedback/" + id + "/ben-example.md"));
    }

    @Test
    void theRemoteHasCommitsByBothAuthorsAndAReadmeThatLinksEveryItem() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        String bens = ok(ben, "add", "Name branches after tickets #git", "--body", "BILL-42-fix-rounding").strip();
        ok(ben, "publish", bens.substring(0, 8), "--to", "team");
        ok(ben, "aid", "--template", "checklist", "--tag", "git", "--title", "Before you open a PR", "--to",
                dir.resolve("aid.md").toString());
        String aid = Files.readString(dir.resolve("aid.md")).lines().filter(line -> line.startsWith("id: ")).findFirst()
                .orElseThrow().substring(4).strip();
        ok(ben, "publish", aid.substring(0, 8), "--to", "team");

        List<String> log = team.log();
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Ana Example: ")), log.toString());
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Ben Example: ")), log.toString());
        String readme = team.read("README.md");
        List<String> items = team.files().stream().filter(path -> path.startsWith("notes/") || path.startsWith("aids/")).toList();
        assertEquals(3, items.size(), items.toString());
        for (String item : items) {
            assertTrue(readme.contains("](" + item + ")"), item + " in\n" + readme);
        }
        assertTrue(readme.contains("## git (3)"), readme);
    }

    @Test
    void aRemoteThatDisappearsSaysSoLosesNothingAndTheNextSyncCompletes() throws Exception {
        Path away = dir.resolve("away.git");
        Files.move(team.remote, away);

        CliRun offline = CliRun.in(ana, "publish", shortId(), "--to", "team");
        assertEquals(0, offline.code, offline.err);
        assertTrue(offline.out.contains("waiting to publish"));
        CliRun sync = CliRun.in(ana, "library", "sync", "team");
        assertEquals(ExitCodes.FAILED, sync.code);
        assertTrue(sync.err.startsWith("learnlog: Can't reach the library " + team.remote), sync.err);
        assertTrue(ok(ana, "library", "list", "team").contains("waiting to publish"));

        Files.move(away, team.remote);
        assertEquals("team: your changes are published\n", ok(ana, "library", "sync", "team"));
        assertTrue(team.files().contains(ITEM));
    }

    @Test
    void aPlainSharedFolderWorksTheSameWithoutGit() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        assertTrue(ok(ana, "library", "add", "drive", shared.toString()).contains("a shared folder"));
        ok(ben, "library", "add", "drive", shared.toString());

        ok(ana, "publish", shortId(), "--to", "drive");
        assertTrue(ok(ben, "library", "list", "drive").contains("Rebase before review  v1  by Ana Example"));
        ok(ben, "adopt", "drive/" + shortId());
        ok(ben, "feedback", "drive/" + shortId(), "--used");

        assertTrue(Files.exists(shared.resolve(ITEM)));
        assertTrue(Files.exists(shared.resolve("feedback/" + id + "/ben-example.md")));
        assertTrue(Files.readString(shared.resolve("README.md")).contains("used by 1, helped 0"));
        assertFalse(Files.exists(shared.resolve(".git")));
        assertEquals("library:drive/" + id + "@1", note(ben).source());
    }

    @Test
    void removingALibraryAsksFirstKeepsWhatWasAdoptedAndRefusesToLoseWaitingChanges() throws Exception {
        ok(ana, "publish", shortId(), "--to", "team");
        ok(ben, "adopt", "team/" + shortId());

        CliRun asked = CliRun.in(ben, "library", "remove", "team");
        assertEquals(ExitCodes.BAD_INPUT, asked.code);
        assertTrue(asked.err.contains("Add --yes to remove it."), asked.err);
        assertTrue(ok(ben, "library", "remove", "team", "--yes").contains("Removed the library team"));
        assertEquals("", ok(ben, "library"));
        assertFalse(Files.exists(ben.resolve("libraries/team")), "its copy is gone");
        assertEquals("Rebase before review", note(ben).title());

        Files.move(team.remote, dir.resolve("away.git"));
        edit(ana, "Ana's way, offline.");
        ok(ana, "publish", shortId(), "--to", "team");
        CliRun refused = CliRun.in(ana, "library", "remove", "team", "--yes");
        assertEquals(ExitCodes.BAD_INPUT, refused.code);
        assertTrue(refused.err.contains("Changes of yours wait to be sent to team"), refused.err);
        assertTrue(ok(ana, "library", "remove", "team", "--yes", "--force").contains("Removed"));
    }

    @Test
    void anUnknownLibraryOrItemIsBadInputThatSaysWhatThereIs() {
        CliRun unknown = CliRun.in(ana, "publish", shortId(), "--to", "tema");
        assertEquals(ExitCodes.BAD_INPUT, unknown.code);
        assertTrue(unknown.err.contains("There is no library called tema. The libraries are: team."), unknown.err);
        CliRun noItem = CliRun.in(ben, "adopt", "team/0000abcd");
        assertEquals(ExitCodes.BAD_INPUT, noItem.code);
        assertTrue(noItem.err.contains("`learnlog library list team` shows its items"), noItem.err);
    }

    private String shortId() {
        return id.substring(0, 8);
    }

    private static String ok(Path journal, String... args) {
        CliRun run = CliRun.in(journal, args);
        assertEquals(0, run.code, String.join(" ", args) + ": " + run.err);
        return run.out;
    }

    private Note note(Path journal) {
        try (JournalServices services = JournalAssembly.open(journal, CliRun.CLOCK)) {
            return services.notes().find(UUID.fromString(id)).orElseThrow();
        }
    }

    private void edit(Path journal, String body) {
        try (JournalServices services = JournalAssembly.open(journal, CliRun.CLOCK)) {
            Note note = services.notes().find(UUID.fromString(id)).orElseThrow();
            services.notes().save(new NoteDraft(note.id(), note.title(), body, note.date(), note.kind(), note.context(),
                    note.tags(), note.goals()));
        }
    }
}
