package org.learnlog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Hands out {@code read(item)} for each item in order, reading the next few hundred on another thread
 * while the caller works on the last ones: an import parses files on one core while the journal stores
 * notes on the other. {@code read} must touch no shared state and should not throw.
 */
final class ReadAhead<T, R> implements AutoCloseable {
    private final List<T> items;
    private final Function<T, R> read;
    private final int chunk;
    private List<R> current = List.of();
    private int offset;
    private int position;
    private CompletableFuture<List<R>> next;

    ReadAhead(List<T> items, Function<T, R> read, int chunk) {
        this.items = List.copyOf(items);
        this.read = read;
        this.chunk = chunk;
        next = start(0);
    }

    /** The next item's result; call at most as many times as there are items. */
    R next() {
        if (position == offset + current.size()) {
            offset = position;
            current = join(next);
            next = start(offset + current.size());
        }
        return current.get(position++ - offset);
    }

    private CompletableFuture<List<R>> start(int from) {
        if (from >= items.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<T> slice = items.subList(from, Math.min(items.size(), from + chunk));
        return CompletableFuture.supplyAsync(() -> {
            List<R> results = new ArrayList<>(slice.size());
            for (T item : slice) {
                results.add(read.apply(item));
            }
            return results;
        });
    }

    private static <R> List<R> join(CompletableFuture<List<R>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stops reading ahead; results not taken are dropped. */
    @Override
    public void close() {
        next.cancel(false);
    }
}
