package org.learnlog.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The subcommands of `learnlog`, in the order its help lists them, and which one a command line names. */
final class Subcommands {
    static final Map<String, Class<?>> ALL = all();

    private Subcommands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("add", AddCommand.class);
        all.put("capture", CaptureCommand.class);
        all.put("list", ListCommand.class);
        all.put("show", ShowCommand.class);
        all.put("export", ExportCommand.class);
        all.put("import", ImportCommand.class);
        all.put("aid", AidCommand.class);
        all.put("goals", GoalsCommand.class);
        all.put("checkin", CheckInCommand.class);
        all.put("review", ReviewCommand.class);
        all.put("search", SearchCommand.class);
        all.put("tags", TagsCommand.class);
        all.put("resurface", ResurfaceCommand.class);
        all.put("reindex", ReindexCommand.class);
        all.put("backup", BackupCommand.class);
        all.put("restore", RestoreCommand.class);
        all.put("delete", DeleteCommand.class);
        all.put("trash", TrashCommand.class);
        all.put("history", HistoryCommand.class);
        all.put("encrypt", EncryptCommand.class);
        all.put("decrypt", DecryptCommand.class);
        all.put("library", LibraryCommand.class);
        all.put("publish", PublishCommand.class);
        all.put("adopt", AdoptCommand.class);
        all.put("feedback", FeedbackCommand.class);
        return Collections.unmodifiableMap(all);
    }

    /** The subcommand {@code args} name: their first word that is not the root's option, if it is one. */
    static Optional<String> named(String... args) {
        return firstWord(args).filter(ALL::containsKey);
    }

    /** Whether {@code args} only ask for the version, which no subcommand has a say in. */
    static boolean versionOnly(String... args) {
        return firstWord(args).filter(word -> word.equals("-V") || word.equals("--version")).isPresent();
    }

    private static Optional<String> firstWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("--data-dir=")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }
}
