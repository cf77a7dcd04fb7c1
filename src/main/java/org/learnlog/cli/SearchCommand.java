package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchResults;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Search the notes, best match first.",
        "A query holds words, \"exact phrases\" and -excluded words, and these filters:",
        "tag:git (and its children), goal:slug, kind:how-to, before:2025-01-01, after:…, on:….",
        "Matches are marked **like this**; hints go to stderr."})
final class SearchCommand extends JournalCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    private String[] query;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: ${DEFAULT-VALUE}).")
    private int limit = 20;

    @Option(names = "--json", description = "One JSON object: total (at least that many where exactTotal is false, "
            + "while the index is rebuilt), hints and hits with their marked ranges.")
    private boolean json;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (limit < 1 || limit > 10_000) {
            throw new InvalidInputException("--limit must be between 1 and 10,000.");
        }
        if (services.search().ensureCurrent(Progress.NONE)) {
            spec.commandLine().getErr().println("Rebuilt the search index.");
        }
        SearchResults results = services.search().search(String.join(" ", query), limit);
        results.hints().forEach(hint -> spec.commandLine().getErr().println("hint: " + hint));
        if (json) {
            out.println(SearchJson.of(results));
            return;
        }
        for (SearchHit hit : results.hits()) {
            String tags = hit.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "));
            out.println(hit.date() + "  " + hit.id().toString().substring(0, 8) + "  " + hit.title().marked("**", "**")
                    + (tags.isEmpty() ? "" : "  " + tags));
            if (!hit.snippet().text().isEmpty()) {
                out.println("    " + hit.snippet().marked("**", "**"));
            }
        }
    }
}
