package org.learnlog.service;

/**
 * How long work reports how far it got, and learns that the user cancelled it. Work that sees
 * {@link #isCancelled()} stops between two whole files and throws {@link CancelledException}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void done(int count, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void done(int count, int total);

    boolean isCancelled();

    /** Stops the work if the user asked to, saying how far it got. */
    default void checkCancelled(String whatWasDone) {
        if (isCancelled()) {
            throw new CancelledException(whatWasDone);
        }
    }
}
