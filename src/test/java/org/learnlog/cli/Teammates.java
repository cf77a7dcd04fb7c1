package org.learnlog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A team for library tests: a bare git repository in a folder as the remote, as a forge or a shared
 * server would hold it, and each teammate's journal with their name and email set.
 */
final class Teammates {
    final Path remote;
    private final Path dir;

    Teammates(Path dir) throws GitAPIException {
        this.dir = dir;
        this.remote = dir.resolve("team.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
    }

    /** The journal of a teammate called {@code name}, with the team library added as "team". */
    Path join(String name) throws IOException {
        Path journal = dir.resolve(name.toLowerCase(java.util.Locale.ROOT));
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("settings.properties"),
                "author=" + name + " Example\nemail=" + name.toLowerCase(java.util.Locale.ROOT) + "@example.org\n");
        CliRun added = CliRun.in(journal, "library", "add", "team", remote.toString());
        if (added.code != 0) {
            throw new IllegalStateException(added.err);
        }
        return journal;
    }

    /** The remote's history on main, newest first, as "author: subject". */
    List<String> log() throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            List<String> lines = new ArrayList<>();
            for (RevCommit commit : git.log().add(git.getRepository().resolve("main")).call()) {
                lines.add(commit.getAuthorIdent().getName() + ": " + commit.getShortMessage());
            }
            return lines;
        }
    }

    /** The files on the remote's main, by path. */
    List<String> files() throws Exception {
        try (Repository repository = Git.open(remote.toFile()).getRepository(); TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(repository.parseCommit(repository.resolve("main")).getTree());
            walk.setRecursive(true);
            List<String> paths = new ArrayList<>();
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
            return paths;
        }
    }

    /** A file's text on the remote's main. */
    String read(String path) throws Exception {
        try (Repository repository = Git.open(remote.toFile()).getRepository()) {
            var blob = repository.resolve("main:" + path);
            return new String(repository.open(blob).getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
