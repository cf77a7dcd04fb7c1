package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void handsOutEveryResultInOrderAcrossChunks() {
        List<Integer> items = IntStream.range(0, 23).boxed().toList();
        List<Integer> seen = new ArrayList<>();

        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(items, item -> item * 10, 5)) {
            for (int i = 0; i < items.size(); i++) {
                seen.add(ahead.next());
            }
        }

        assertEquals(items.stream().map(item -> item * 10).toList(), seen);
    }

    @Test
    void aFailedReadReachesTheCallerWhenItsChunkIsTaken() {
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(List.of(1, 2, 3, 4), item -> {
            if (item == 3) {
                throw new IllegalStateException("item 3");
            }
            return item;
        }, 2)) {
            assertEquals(1, ahead.next());
            assertEquals(2, ahead.next());
            assertEquals("item 3", assertThrows(IllegalStateException.class, ahead::next).getMessage());
        }
    }
}
