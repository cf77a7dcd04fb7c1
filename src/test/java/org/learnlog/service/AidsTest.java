package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;

class AidsTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Aids aids = test.aids(null);


    private Note note(String title, String body, LocalDate date, List<String> tags, List<String> goals) {
        return test.notes.save(new NoteDraft(null, title, body, date, NoteKind.HOW_TO, "private: incident 42",
                tags, goals));
    }

    @Test
    void aChecklistHasAnItemPerBulletOrPerNote() {
        Note bullets = note("Before a deploy", "- check flags\n* run smoke tests\n\n```sh\n- not a bullet\n```\n",
                LocalDate.of(2026, 11, 20), List.of("deploy"), List.of());
        Note plain = note("Tell the on-call", "No bullets here.", LocalDate.of(2026, 11, 21), List.of("deploy"), List.of());

        Aid aid = aids.make(AidRequest.ofNotes("checklist", List.of(plain.id(), bullets.id())));

        assertEquals("Checklist: Tell the on-call", aid.title());
        assertEquals("""
                # Checklist: Tell the on-call

                - [ ] check flags
                - [ ] run smoke tests
                - [ ] Tell the on-call

                *From 2 notes by Dana, 2026-11-29.*
                """, aid.body());
        assertEquals(List.of(bullets.id(), plain.id()).stream().sorted().toList(), aid.sourceNotes().stream().sorted().toList());
        assertEquals(List.of("deploy"), aid.tags());
        assertEquals(0, aid.version());
    }

    @Test
    void aHowToListsTheNotesAsStepsInDateOrderForATag() {
        note("Second step", "Then this.", LocalDate.of(2026, 11, 22), List.of("release"), List.of());
        note("First step", "Do this first.", LocalDate.of(2026, 11, 20), List.of("release"), List.of());

        Aid aid = aids.make(new AidRequest("how-to", List.of(), NoteFilter.tag("release"), null, null));

        assertEquals("How to: release", aid.title());
        assertTrue(aid.body().contains("## 1. First step\n\nDo this first.\n\n## 2. Second step\n\nThen this."), aid.body());
    }

    @Test
    void aTilIsCleanedForSharingWithoutPrivateContext() {
        Note note = note("Autosquash", "Use [[git rebase|rebase]] with [[autosquash]].", LocalDate.of(2026, 11, 29),
                List.of(), List.of());

        Aid aid = aids.make(AidRequest.ofNotes("til", List.of(note.id())));

        assertEquals("# TIL: Autosquash\n\nUse rebase with autosquash.\n\n*Dana, 2026-11-29*\n", aid.body());
        assertFalse(aid.body().contains("incident 42"));
    }

    @Test
    void aWeeklyDigestTakesTheWeeksNotesGroupedByGoalThenTag() {
        test.reviewSpeed();
        note("Test plans", "Reviewers love them.", LocalDate.of(2026, 11, 24), List.of("code-review"), List.of("review-speed"));
        note("Flags", "Check first.", LocalDate.of(2026, 11, 25), List.of("deploy"), List.of());
        note("Last week", "Not in this digest.", LocalDate.of(2026, 11, 20), List.of("deploy"), List.of());

        Aid aid = aids.make(new AidRequest("weekly-digest", List.of(), NoteFilter.all(), LocalDate.of(2026, 11, 26), null));

        assertEquals("Weekly digest, week of 2026-11-23", aid.title());
        assertTrue(aid.body().contains("What I learned in the week of 2026-11-23 to 2026-11-29."), aid.body());
        assertTrue(aid.body().contains("## Review speed\n\n### #code-review\n\n- 2026-11-24 **Test plans**: Reviewers love them."),
                aid.body());
        assertTrue(aid.body().contains("## No goal\n\n### #deploy\n\n- 2026-11-25 **Flags**: Check first."), aid.body());
        assertFalse(aid.body().contains("Last week"));
    }

    @Test
    void aGoalReviewShowsTheGoalsNumbersAndItsEvidence() {
        test.reviewSpeed();
        note("Test plans", "Reviewers love them.", LocalDate.of(2026, 11, 24), List.of(), List.of("review-speed"));

        Aid aid = aids.make(new AidRequest("goal-review", List.of(), NoteFilter.goal("review-speed"), null, null));

        assertEquals("Goal review: Review speed", aid.title());
        assertTrue(aid.body().contains("| median PR review turnaround | 20 h (2026-11-29) | 10 h | 2026-12-31 |"), aid.body());
        assertTrue(aid.body().contains("- 2026-11-24 **Test plans**: Reviewers love them."), aid.body());
        assertTrue(aid.body().contains("check-ins will show here"), aid.body());
    }

    @Test
    void savingRaisesTheVersionAndKeepsTheCreatedTime() {
        Note note = note("Autosquash", "text", LocalDate.of(2026, 11, 29), List.of(), List.of());
        Aid made = aids.make(AidRequest.ofNotes("til", List.of(note.id())));

        Aid first = aids.save(made);
        test.clock.advance(Duration.ofHours(1));
        Aid second = aids.save(new Aid(first.id(), first.type(), "Edited title", first.author(), first.created(),
                first.updated(), first.version(), first.sourceNotes(), first.goals(), first.tags(), "Edited body"));

        assertEquals(1, first.version());
        assertEquals(2, second.version());
        assertEquals(first.created(), second.created());
        assertEquals(first.updated().plus(Duration.ofHours(1)), second.updated());
        assertEquals(List.of(second), aids.all());
    }

    @Test
    void markdownExportCarriesTheFrontMatterAndReadsBack() throws Exception {
        Note note = note("Autosquash", "text", LocalDate.of(2026, 11, 29), List.of("git"), List.of());
        Aid saved = aids.save(aids.make(AidRequest.ofNotes("til", List.of(note.id()))));

        Path file = aids.exportMarkdown(saved, dir.resolve("shared/til.md"), false);

        assertEquals(saved, AidMarkdown.read(Files.readString(file)));
        assertTrue(Files.readString(file).startsWith("---\nid: "));
    }

    @Test
    void htmlExportIsOneScriptFreePage() throws Exception {
        String hostile = "Hi <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[js](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.org/a)\n\n"
                + "![img](javascript:alert(4)) [spaced]( JAVASCRIPT:alert(5)) [entity](&#106;avascript:alert(6))\n";
        Note note = note("Hostile", hostile, LocalDate.of(2026, 11, 29), List.of(), List.of());
        Aid aid = aids.make(AidRequest.ofNotes("til", List.of(note.id())));

        String page = Files.readString(aids.exportHtml(aid, dir.resolve("til.html"), false));

        assertFalse(page.toLowerCase().contains("<script"), page);
        assertFalse(page.toLowerCase().contains("javascript:"), page);
        assertFalse(page.contains("data:text"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertTrue(page.contains("&lt;script&gt;"), page);
        assertTrue(page.contains("href=\"https://example.org/a\""), page);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    }

    @Test
    void theUsersOwnTemplatesAppearAndFillTheSamePlaceholders() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/retro.md"), "# {{title}}\n\nItems: {{noteCount}}\n{{unknown}}\n");
        Aids withOwn = test.aids(dir.resolve("templates"));
        Note note = note("Went well", "", LocalDate.of(2026, 11, 29), List.of(), List.of());

        Aid aid = withOwn.make(AidRequest.ofNotes("retro", List.of(note.id())));

        assertEquals(List.of("checklist", "how-to", "til", "weekly-digest", "goal-review", "retro"), withOwn.templates());
        assertEquals("# Went well\n\nItems: 1 note\n{{unknown}}\n", aid.body());
    }

    @Test
    void anUnknownTemplateOrNoNotesIsAClearError() {
        assertThrows(NotFoundException.class, () -> aids.make(AidRequest.ofNotes("poem", List.of())));
        assertThrows(InvalidInputException.class, () -> aids.make(AidRequest.ofNotes("checklist", List.of(UUID.randomUUID()))));
    }
}
