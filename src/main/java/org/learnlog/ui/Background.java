package org.learnlog.ui;

import java.util.concurrent.Callable;

/**
 * The UI's task executor: runs work off the FX thread and hands the result back on it. Reads may run
 * side by side; every write goes through one writer thread, so writes keep their order.
 */
public interface Background {

    <T> Job<T> read(Callable<T> work);

    <T> Job<T> write(Callable<T> work);
}
