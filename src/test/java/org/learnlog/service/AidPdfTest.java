package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.AidPdf;
import org.learnlog.model.Aid;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

/** An aid as a PDF, read back with PDFBox: its title and items, its footer, and the pages it takes. */
class AidPdfTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Aids aids = test.aids(null);

    @Test
    void aChecklistFitsOnOnePageWithItsItemsAndAFooter() throws Exception {
        Aid aid = checklist("Before a deploy", "- check the feature flags\n- run the smoke tests\n- tell the café on-call");

        Path pdf = aids.exportPdf(aid, dir.resolve("checklist.pdf"), false);

        try (PDDocument document = PDDocument.load(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages(), text);
            assertTrue(text.contains("Checklist: Before a deploy"), text);
            for (String item : List.of("check the feature flags", "run the smoke tests", "tell the café on-call")) {
                assertTrue(text.contains(item), item + " in " + text);
            }
            assertTrue(text.contains("Dana · 2026-11-29") && text.contains("1 / 1"), text);
        }
    }

    @Test
    void aLongAidGoesOnToMorePagesEachNumbered() throws Exception {
        StringBuilder body = new StringBuilder("# Everything about deploys\n\n");
        for (int i = 1; i <= 120; i++) {
            body.append("- [ ] Step ").append(i).append(": check what it changed, and write it down\n");
        }
        Aid made = aids.make(AidRequest.ofNotes("checklist", List.of(note("Deploys", "- one").id())));
        Aid aid = aids.save(new Aid(made.id(), made.type(), made.title(), made.author(), made.created(), made.updated(),
                made.version(), made.sourceNotes(), made.goals(), made.tags(), body.toString()));

        try (PDDocument document = PDDocument.load(aids.exportPdf(aid, dir.resolve("long.pdf"), false).toFile())) {
            int pages = document.getNumberOfPages();
            String text = new PDFTextStripper().getText(document);
            assertTrue(pages > 1, "pages: " + pages);
            assertTrue(text.contains("Step 120: check what it changed") && text.contains(pages + " / " + pages), text);
        }
    }

    @Test
    void chineseAndJapaneseTextPrintsWhereTheSystemHasAFontForIt() throws Exception {
        assumeTrue(new AidPdf().canPrint("学習"), "no CJK font on this system");
        Aid aid = checklist("学習ノート", "- 毎日少しずつ\n- 复习笔记");

        try (PDDocument document = PDDocument.load(aids.exportPdf(aid, dir.resolve("cjk.pdf"), false).toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("毎日少しずつ") && text.contains("复习笔记"), text);
        }
    }

    @Test
    void aFileThatIsThereIsNotWrittenOver() throws IOException {
        Path there = Files.writeString(dir.resolve("mine.pdf"), "the user's own file");
        Aid aid = checklist("Before a deploy", "- check the feature flags");

        assertThrows(FileExistsException.class, () -> aids.exportPdf(aid, there, false));
        assertEquals("the user's own file", Files.readString(there));
    }

    private Aid checklist(String title, String bullets) {
        return aids.save(aids.make(AidRequest.ofNotes("checklist", List.of(note(title, bullets).id()))));
    }

    private org.learnlog.model.Note note(String title, String body) {
        return test.notes.save(new NoteDraft(null, title, body, LocalDate.of(2026, 11, 20), NoteKind.HOW_TO, "",
                List.of("deploy"), List.of()));
    }
}
