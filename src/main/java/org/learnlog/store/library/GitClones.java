package org.learnlog.store.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.util.FileUtils;
import org.learnlog.store.StoreException;

/** A library's clone in the journal's folder: opened if it is there, else cloned from its remote. */
final class GitClones {
    static final int TIMEOUT_SECONDS = 30;

    private GitClones() {
    }

    /** @throws LibraryUnreachableException if the remote can't be reached to clone it */
    static Git cloneOrOpen(String remote, Path folder, CredentialsProvider credentials) {
        try {
            if (Files.isDirectory(folder.resolve(".git"))) {
                return Git.open(folder.toFile());
            }
            Files.createDirectories(folder.getParent());
            Optional<String> branch = branchOf(remote, credentials);
            Git cloned = Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(credentials).setBranch(branch.orElse(null)).call();
            if (branch.isEmpty()) {
                // An empty remote: the first publish starts its history on "main".
                cloned.getRepository().updateRef(Constants.HEAD).link(Constants.R_HEADS + "main");
            }
            return cloned;
        } catch (InvalidRemoteException | TransportException e) {
            deleteQuietly(folder);
            throw LibraryUnreachableException.of(remote, e);
        } catch (GitAPIException | IOException e) {
            deleteQuietly(folder);
            throw new StoreException("Can't make a copy of the library " + remote + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The branch the library lives on: the one the remote's HEAD names, else main, else master, else
     * its first; empty for a remote with none yet. A bare repository made by `git init --bare` names
     * master even when only main exists.
     */
    private static Optional<String> branchOf(String remote, CredentialsProvider credentials) throws GitAPIException {
        Map<String, Ref> refs = Git.lsRemoteRepository().setRemote(remote).setTimeout(TIMEOUT_SECONDS)
                .setCredentialsProvider(credentials).callAsMap();
        Ref head = refs.get(Constants.HEAD);
        if (head != null && head.isSymbolic() && refs.containsKey(head.getTarget().getName())) {
            return Optional.of(head.getTarget().getName());
        }
        for (String name : new String[] {"main", "master"}) {
            if (refs.containsKey(Constants.R_HEADS + name)) {
                return Optional.of(Constants.R_HEADS + name);
            }
        }
        return refs.keySet().stream().filter(name -> name.startsWith(Constants.R_HEADS)).sorted().findFirst();
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            // A partial clone left behind is cloned over next time.
        }
    }
}
