package org.learnlog.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by tests: opens the journal in the folder given, says "ready", and keeps it
 * open until its standard input closes, the way a second Learnlog window would.
 */
public final class JournalLockHolder {
    public static void main(String[] args) throws Exception {
        try (Database database = Database.openFile(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the journal until the test closes our input
            }
        }
    }
}
