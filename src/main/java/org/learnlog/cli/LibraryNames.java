package org.learnlog.cli;

import java.util.List;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Parameters;

/** The optional NAME of `library list` and `library sync`: that library, or all of them. */
final class LibraryNames {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The library (default: all of them).")
    private String name;

    List<String> of(JournalServices services) {
        return name != null ? List.of(name) : services.libraries().all().stream().map(TeamLibrary::name).toList();
    }
}
