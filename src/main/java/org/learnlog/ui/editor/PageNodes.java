package org.learnlog.ui.editor;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.learnlog.model.Page;
import org.learnlog.model.Page.Block;
import org.learnlog.model.Page.Run;
import org.learnlog.model.Page.Style;

/**
 * Draws a {@link Page} with JavaFX's own nodes: text flows for paragraphs and headings, boxes for
 * lists, quotes and code, a grid for a table; a link to a note is a hyperlink the keyboard reaches
 * too. The look is in app.css (classes {@code page-*}), so it follows the light and dark themes.
 */
final class PageNodes {
    private static final double GAP = 8;
    private static final double INDENT = 20;

    private final PageActions actions;

    /** {@code actions} open links and draw images; null where they are words only. */
    private PageNodes(PageActions actions) {
        this.actions = actions;
    }

    /** The page as one box of blocks; {@code cutNotice} closes a page that was cut short. */
    static VBox of(Page page, String cutNotice, PageActions actions) {
        return new PageNodes(actions).page(page, cutNotice);
    }

    private VBox page(Page page, String cutNotice) {
        VBox box = blocks(page.blocks());
        box.getStyleClass().add("page");
        if (page.cut()) {
            Label notice = new Label(cutNotice);
            notice.getStyleClass().add("page-cut");
            notice.setWrapText(true);
            box.getChildren().add(notice);
        }
        return box;
    }

    private VBox blocks(List<Block> blocks) {
        VBox box = new VBox(GAP);
        for (Block block : blocks) {
            box.getChildren().add(node(block));
        }
        return box;
    }

    private Node node(Block block) {
        if (block instanceof Page.Heading heading) {
            return styled(text(heading.text()), "page-h" + Math.min(heading.level(), 4));
        } else if (block instanceof Page.Paragraph paragraph) {
            return text(paragraph.text());
        } else if (block instanceof Page.Code code) {
            Text text = new Text(code.text());
            text.getStyleClass().add("page-code-text");
            return styled(new TextFlow(text), "page-code");
        } else if (block instanceof Page.Quote quote) {
            return styled(blocks(quote.blocks()), "page-quote");
        } else if (block instanceof Page.ListBlock list) {
            return list(list);
        } else if (block instanceof Page.Table table) {
            return table(table);
        }
        Region rule = new Region();
        return styled(rule, "page-rule");
    }

    private VBox list(Page.ListBlock list) {
        VBox items = new VBox(GAP / 2);
        int number = list.start();
        for (Page.Item item : list.items()) {
            String marker = item.task() != null ? (item.task() ? "☑" : "☐") : list.numbered() ? number + "." : "•";
            number++;
            Label bullet = new Label(marker);
            bullet.getStyleClass().add("page-marker");
            bullet.setMinWidth(INDENT);
            VBox content = blocks(item.blocks());
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(4, bullet, content);
            row.setAlignment(Pos.TOP_LEFT);
            items.getChildren().add(row);
        }
        return items;
    }

    private GridPane table(Page.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("page-table");
        for (int row = 0; row < table.rows().size(); row++) {
            List<List<Run>> cells = table.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                TextFlow cell = text(cells.get(column));
                cell.getStyleClass().add(row == 0 ? "page-table-head" : "page-table-cell");
                grid.add(cell, column, row);
            }
        }
        return grid;
    }

    private TextFlow text(List<Run> runs) {
        TextFlow flow = new TextFlow();
        for (Run run : runs) {
            if ((run.note() != null || run.attachment() != null) && actions != null) {
                flow.getChildren().add(run.styles().contains(Style.IMAGE) ? actions.image(run.attachment(), run.text())
                        : link(run));
                continue;
            }
            Text text = new Text(run.styles().contains(Style.IMAGE) ? "[" + run.text() + "]" : run.text());
            text.getStyleClass().add("page-text");
            for (Style style : run.styles()) {
                text.getStyleClass().add("page-" + style.name().toLowerCase(Locale.ROOT));
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    private Hyperlink link(Run run) {
        Hyperlink link = new Hyperlink(run.note() != null ? run.text() : "📎 " + run.text());
        link.getStyleClass().add("page-note-link");
        run.styles().forEach(style -> link.getStyleClass().add("page-" + style.name().toLowerCase(Locale.ROOT)));
        link.setOnAction(event -> {
            if (run.note() != null) {
                actions.follow(run.note(), run.text());
            } else {
                actions.open(run.attachment(), run.text());
            }
        });
        return link;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
