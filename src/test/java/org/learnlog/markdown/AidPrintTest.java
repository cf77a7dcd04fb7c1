package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page an aid's PDF is laid out from: boxes to tick by hand, nothing the aid's text could run or break. */
class AidPrintTest {
    private final AidPrint print = new AidPrint();

    @Test
    void tasksAreBoxesToTickAndDoneOnesAreFilled() {
        String page = print.page("Deploy", "- [ ] check flags\n- [x] run smoke tests\n", "Ana · 2026-12-06", List.of());

        assertTrue(page.contains("<span class=\"box\"></span>check flags"), page);
        assertTrue(page.contains("<span class=\"box done\"></span>run smoke tests"), page);
        assertFalse(page.contains("<input"), "no form fields, which print as nothing");
    }

    @Test
    void theAidsTextAndTheFooterCannotBreakOutOfThePage() {
        String page = print.page("A </title> title", "<script>alert(1)</script>\n\n[x](javascript:alert(1))",
                "Ana's </style><script>", List.of("Learnlog Sans"));

        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("javascript:"), page);
        assertTrue(page.contains("content:'Ana\\'s \\3c /style>\\3c script>'"), page);
        assertTrue(page.contains("font-family:'Learnlog Sans',sans-serif"), page);
    }
}
