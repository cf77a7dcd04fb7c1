package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.testfx.util.WaitForAsyncUtils;

/** Links in the editor: [[ offers titles, a link in the preview opens its note or makes it, backlinks. */
class NoteLinksUiTest extends WindowTest {

    private Note bisect;

    @Override
    void journal() {
        bisect = window.services.notes().save(NoteDraft.of("Bisect a flaky test", "git bisect run ./test.sh"));
        window.services.notes().save(NoteDraft.of("Release day", "Shipped at noon."));
    }

    @Test
    void typingTwoBracketsOffersTitlesAndEnterWritesALinkByIdThatThePreviewOpens() throws Exception {
        robot.clickOn("Release day");
        robot.clickOn("#bodyArea").push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Found it with [[flaky");

        ListView<?> offered = (ListView<?>) MainWindowFixture.windowWith("#linkSuggestions").lookup("#linkSuggestions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offered.getItems().size() == 1);
        robot.push(KeyCode.ENTER);

        String link = "[Bisect a flaky test](note:" + bisect.id() + ")";
        assertEquals("Shipped at noon. Found it with " + link, body());
        assertTrue(robot.lookup("#bodyArea").query().isFocused(), "the keyboard stays in the body");
        robot.write(" in six steps.");

        Hyperlink shown = previewLink("Bisect a flaky test");
        robot.clickOn(shown);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Bisect a flaky test".equals(title()));
        assertEquals("Shipped at noon. Found it with " + link + " in six steps.", window.services.notes()
                .list(NoteFilter.all(), 10).stream().filter(n -> n.title().equals("Release day"))
                .map(n -> window.services.notes().find(n.id()).orElseThrow().body()).findFirst().orElseThrow(),
                "the linking note was saved on the way");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backlinks .hyperlink").tryQuery().isPresent());
        assertEquals("Release day", robot.lookup("#backlinks .hyperlink").queryAs(Hyperlink.class).getText());
        assertEquals("Found it with Bisect a flaky test in six steps.",
                robot.lookup(".backlink-sentence").queryAs(Label.class).getText());

        robot.clickOn(robot.lookup("#backlinks .hyperlink").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Release day".equals(title()));
    }

    @Test
    void escapeKeepsTheBracketsAsTypedAndALinkToANoteNotWrittenYetOffersToMakeIt() throws Exception {
        robot.clickOn("Release day");
        robot.clickOn("#bodyArea").push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Next: [[Flak");
        MainWindowFixture.windowWith("#linkSuggestions");
        robot.push(KeyCode.ESCAPE);
        robot.write("y tests]]");
        assertEquals("Shipped at noon. Next: [[Flaky tests]]", body());

        robot.clickOn(previewLink("Flaky tests"));
        Node dialog = MainWindowFixture.windowWith("#makeLinkedNote");
        robot.clickOn((Node) robot.from(dialog).lookup("#makeLinkedNote").query());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Flaky tests".equals(title()));
        Note made = window.services.notes().load(NoteFilter.all()).stream()
                .filter(n -> n.title().equals("Flaky tests")).findFirst().orElseThrow();
        Note release = window.services.notes().load(NoteFilter.all()).stream()
                .filter(n -> n.title().equals("Release day")).findFirst().orElseThrow();
        assertEquals("Shipped at noon. Next: [Flaky tests](note:" + made.id() + ")", release.body(),
                "the link now goes to the note made for it, by id");
        assertEquals(List.of("Release day"), window.services.notes().links().backlinks(made.id()).stream()
                .map(b -> b.from().title()).toList());
    }

    private Hyperlink previewLink(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page-note-link")
                .match((Hyperlink link) -> text.equals(link.getText())).tryQuery().isPresent());
        return robot.lookup(".page-note-link").match((Hyperlink link) -> text.equals(link.getText())).query();
    }

    private String body() {
        return robot.lookup("#bodyArea").queryTextInputControl().getText();
    }

    private String title() {
        return robot.lookup("#titleField").queryTextInputControl().getText();
    }
}
