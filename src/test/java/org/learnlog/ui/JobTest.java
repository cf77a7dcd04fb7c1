package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everyone who waits for background work hears of it: the wiring that publishes, the dialog that closes. */
class JobTest {

    @Test
    void everyHandlerRunsInOrderWhetherAddedBeforeOrAfterTheWorkEnded() {
        List<String> heard = new ArrayList<>();
        Job<String> job = new Job<String>().onSuccess(value -> heard.add("first " + value))
                .onSuccess(value -> heard.add("second " + value));

        job.succeed("done");
        job.onSuccess(value -> heard.add("late " + value));

        assertEquals(List.of("first done", "second done", "late done"), heard);
    }

    @Test
    void failuresReachEveryErrorHandlerAndNoSuccessHandler() {
        List<String> heard = new ArrayList<>();
        Job<String> job = new Job<String>().onSuccess(heard::add).onError(e -> heard.add("a " + e.getMessage()))
                .onError(e -> heard.add("b " + e.getMessage()));

        job.fail(new IllegalStateException("disk full"));

        assertEquals(List.of("a disk full", "b disk full"), heard);
    }
}
