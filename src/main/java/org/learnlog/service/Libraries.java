package org.learnlog.service;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.LibraryView;
import org.learnlog.model.TeamLibrary;
import org.learnlog.store.LibraryRepository;
import org.learnlog.store.library.FolderLibrary;
import org.learnlog.store.library.FolderWatch;
import org.learnlog.store.library.GitLibrary;
import org.learnlog.store.library.TokenFile;
import org.learnlog.store.library.TokenKeeper;
import org.learnlog.store.library.WorkTree;
import org.learnlog.store.library.LibraryStore;

/**
 * The journal's team libraries: adding one, what each holds (marked new, changed, adopted, with
 * feedback), and syncing. Each git library's clone is kept in {@code <data dir>/libraries/<name>/}.
 * Nothing here touches the network unless a library with a remote is asked to. One thing at a time works
 * on the libraries.
 */
public final class Libraries {
    private final LibraryRepository libraries;
    private final Path clones;
    private final Supplier<Teammate> me;
    private final Clock clock;

    /** {@code dataDir} null: a journal in memory, which can't keep a library's copy. */
    public Libraries(LibraryRepository libraries, Path dataDir, Supplier<String> name, Supplier<String> email, Clock clock) {
        this.libraries = libraries;
        this.clones = dataDir == null ? null : dataDir.resolve("libraries");
        this.me = () -> new Teammate(name.get(), email.get());
        this.clock = clock;
    }

    /**
     * Adds a library: a plain folder if {@code location} is a folder that is not a git repository, else a
     * git remote, copied here now. Returns it as stored.
     * @throws org.learnlog.store.library.LibraryUnreachableException if the remote can't be reached
     */
    public synchronized TeamLibrary add(String name, String location) {
        return add(name, location, Optional.empty());
    }

    /**
     * As {@link #add(String, String)}, for an HTTPS remote that asks for a token: {@code tokenFile} is the
     * file the user keeps it in, which Learnlog reads when it connects; it keeps only the file's path.
     */
    public synchronized TeamLibrary add(String name, String location, Optional<Path> tokenFile) {
        TeamLibrary.nameProblem(name).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        if (location == null || location.isBlank()) {
            throw new InvalidInputException("Give the library's git remote, or the folder that holds it.");
        }
        if (libraries.find(name).isPresent()) {
            throw new InvalidInputException("There is a library called " + name + " already; choose another name.");
        }
        Path folder = Path.of(location.strip());
        boolean plainFolder = !location.contains("://") && !location.matches("[^/]+@[^/:]+:.*") && Files.isDirectory(folder)
                && !Files.exists(folder.resolve(".git")) && !Files.exists(folder.resolve("HEAD"));
        TeamLibrary library = new TeamLibrary(name, plainFolder ? folder.toAbsolutePath().toString() : location.strip(),
                !plainFolder, clock.instant(), Optional.empty(),
                tokenFile.map(file -> file.toAbsolutePath().normalize().toString()));
        open(library).close();
        libraries.add(library);
        return library;
    }

    /** How many items the library holds as of its last sync, without marking them seen. */
    public synchronized int size(String name) {
        try (LibraryStore store = open(find(name))) {
            return (int) new LibraryFiles(store.folder()).items().stream().filter(item -> item.conflictOf().isEmpty()).count();
        }
    }

    public List<TeamLibrary> all() {
        return libraries.all();
    }

    /** @throws NotFoundException naming the libraries there are */
    public TeamLibrary find(String name) {
        return libraries.find(name).orElseThrow(() -> new NotFoundException("There is no library called " + name + ". "
                + (all().isEmpty() ? "Add one with `learnlog library add NAME REMOTE`."
                : "The libraries are: " + String.join(", ", all().stream().map(TeamLibrary::name).toList()) + ".")));
    }

    /**
     * Brings in the teammates' changes and sends the user's.
     * @throws org.learnlog.store.library.LibraryUnreachableException offline or refused; nothing is lost
     */
    public synchronized SyncOutcome sync(String name) {
        TeamLibrary library = find(name);
        try (LibraryStore store = open(library)) {
            SyncOutcome outcome = new LibrarySync(store, me.get()).sync();
            libraries.synced(name, clock.instant());
            return outcome;
        }
    }

    /** What the library holds as of its last sync, and marks it all as seen. */
    public synchronized LibraryView look(String name) {
        LibraryView view = view(name);
        libraries.see(name, view.entries().stream().collect(Collectors.toMap(entry -> entry.item().id(),
                entry -> entry.item().version(), (one, other) -> one)));
        return view;
    }

    /** What the library holds as of its last sync, marks and all, as it is: nothing is marked seen. */
    synchronized LibraryView view(String name) {
        TeamLibrary library = find(name);
        try (LibraryStore store = open(library)) {
            LibraryFiles files = new LibraryFiles(store.folder());
            List<LibraryItem> items = files.items();
            Map<UUID, List<LibraryFeedback>> feedback = new HashMap<>();
            files.feedback().forEach(said -> feedback.computeIfAbsent(said.item(), id -> new ArrayList<>()).add(said));
            Map<UUID, Integer> seen = libraries.seen(name);
            Map<UUID, Integer> adopted = libraries.adopted(name);
            Map<UUID, Integer> kept = libraries.kept(name);
            List<LibraryEntry> entries = new ArrayList<>();
            for (LibraryItem item : items) {
                if (item.conflictOf().isPresent()) {
                    continue;
                }
                List<LibraryFeedback> said = feedback.getOrDefault(item.id(), List.of());
                Optional<Integer> copy = Optional.ofNullable(adopted.get(item.id()));
                entries.add(new LibraryEntry(item, !seen.containsKey(item.id()),
                        seen.containsKey(item.id()) && seen.get(item.id()) < item.version(), said, copy,
                        copy.filter(version -> version < item.version() && kept.getOrDefault(item.id(), 0) < item.version())
                                .isPresent(),
                        items.stream().filter(other -> other.conflictOf().filter(item.id()::equals).isPresent()).toList()));
            }
            entries.sort(Comparator.comparing((LibraryEntry entry) -> entry.item().updated()).reversed());
            return new LibraryView(library, entries, store.waiting());
        }
    }

    /**
     * Forgets a library and deletes this journal's copy of it; the aids and notes adopted from it stay.
     * @throws InvalidInputException if changes of the user's wait to be sent and {@code evenWaiting} is false
     */
    public synchronized void remove(String name, boolean evenWaiting) {
        TeamLibrary library = find(name);
        if (library.git() && clones != null) {
            Path clone = clones.resolve(library.name());
            if (Files.isDirectory(clone)) {
                try (LibraryStore store = open(library)) {
                    if (store.waiting() && !evenWaiting) {
                        throw new InvalidInputException("Changes of yours wait to be sent to " + name + "; they would be "
                                + "lost. Sync first, or remove it anyway with --force.");
                    }
                }
                WorkTree.delete(clone);
            }
        }
        libraries.remove(name);
    }

    /** From now on, reads the library's token from {@code file} (which the user keeps). */
    public synchronized void tokenFile(String name, Path file) {
        find(name);
        libraries.tokenFile(name, file.toAbsolutePath().normalize().toString());
    }

    /**
     * Keeps the token the user typed in {@code file}, which they chose and which only they can read, for
     * {@link #add(String, String, Optional)} to use.
     * @throws FileExistsException if the file is there already: it is never written over
     */
    public void keepToken(Path file, String token) {
        if (token == null || token.isBlank() || token.strip().contains("\n")) {
            throw new InvalidInputException("Give the token: one line, as the forge shows it.");
        }
        try {
            TokenKeeper.keep(file, token);
        } catch (FileAlreadyExistsException e) {
            throw new FileExistsException(List.of(file));
        }
    }

    /**
     * Tells {@code changed} when a shared-folder library's files change, on a thread of its own; nothing
     * for a git library, whose changes come with a sync. Returns what stops it.
     */
    public Runnable watch(String name, Runnable changed) {
        TeamLibrary library = find(name);
        if (library.git()) {
            return () -> { };
        }
        try {
            return FolderWatch.of(Path.of(library.location()), changed)::close;
        } catch (IOException e) {
            // Without a watch the screen still shows what a sync or a visit reads.
            return () -> { };
        }
    }

    /**
     * Runs {@code work} with the libraries to itself: a sync the app runs by the clock and a publish the
     * user starts must not both write one clone, whose files and git index they share.
     */
    synchronized <T> T exclusively(Supplier<T> work) {
        return work.get();
    }

    /** The library's store: its clone (made on first use) or its folder. */
    LibraryStore open(TeamLibrary library) {
        if (!library.git()) {
            return new FolderLibrary(Path.of(library.location()));
        }
        if (clones == null) {
            throw new InvalidInputException("A journal kept in memory has no folder for a library's copy.");
        }
        return GitLibrary.open(library.location(), clones.resolve(library.name()),
                library.tokenFile().map(file -> TokenFile.credentials(Path.of(file))).orElse(null));
    }

    Teammate me() {
        return me.get();
    }

    Clock clock() {
        return clock;
    }

    LibraryRepository repository() {
        return libraries;
    }
}
