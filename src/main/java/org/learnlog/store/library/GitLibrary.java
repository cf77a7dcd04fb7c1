package org.learnlog.store.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.learnlog.store.StoreException;

/**
 * A library that is a git repository, driven with JGit so the user needs no git of their own: a clone
 * in the journal's folder, fetched from and pushed to its remote ("origin"), on the remote's branch or,
 * for a new empty one, "main". The user never sees a commit, a merge or a branch.
 */
public final class GitLibrary implements LibraryStore {
    private static final int TIMEOUT_SECONDS = GitClones.TIMEOUT_SECONDS;
    private final Git git;
    private final Path folder;
    private final CredentialsProvider credentials;

    private GitLibrary(Git git, Path folder, CredentialsProvider credentials) {
        this.git = git;
        this.folder = folder;
        this.credentials = credentials;
    }

    /**
     * The clone of {@code remote} in {@code folder}, cloned first if there is none yet; {@code credentials}
     * (null for none) answer a remote that asks who the user is.
     * @throws LibraryUnreachableException if the remote can't be reached to clone it
     */
    public static GitLibrary open(String remote, Path folder, CredentialsProvider credentials) {
        return new GitLibrary(GitClones.cloneOrOpen(remote, folder, credentials), folder, credentials);
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public void fetch() {
        try {
            git.fetch().setRemote("origin").setTimeout(TIMEOUT_SECONDS).setCredentialsProvider(credentials).call();
        } catch (InvalidRemoteException | TransportException e) {
            throw LibraryUnreachableException.of(remoteUrl(), e);
        } catch (GitAPIException e) {
            throw new StoreException("Can't bring in the library's changes: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean waiting() {
        try (RevWalk walk = new RevWalk(repository())) {
            ObjectId head = repository().resolve(Constants.HEAD);
            if (head == null) {
                return false;
            }
            walk.markStart(walk.parseCommit(head));
            ObjectId remote = remoteHead();
            if (remote != null) {
                walk.markUninteresting(walk.parseCommit(remote));
            }
            return walk.next() != null;
        } catch (IOException e) {
            throw broken(e);
        }
    }

    @Override
    public Map<String, Optional<String>> waitingChanges() {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository()); TreeWalk tree = new TreeWalk(repository())) {
            ObjectId head = repository().resolve(Constants.HEAD);
            if (head == null) {
                return changes;
            }
            RevCommit ours = walk.parseCommit(head);
            RevCommit base = mergeBase(ours);
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            if (base == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(base.getTree());
            }
            tree.addTree(ours.getTree());
            while (tree.next()) {
                ObjectId blob = tree.getObjectId(1);
                changes.put(tree.getPathString(), blob.equals(ObjectId.zeroId()) ? Optional.empty()
                        : Optional.of(new String(repository().open(blob).getBytes(), StandardCharsets.UTF_8)));
            }
            return changes;
        } catch (IOException e) {
            throw broken(e);
        }
    }

    /** Where this clone's commits and the remote's last parted; null if they share none (a new remote). */
    private RevCommit mergeBase(RevCommit ours) throws IOException {
        ObjectId remote = remoteHead();
        if (remote == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(remote));
            return walk.next();
        }
    }

    @Override
    public void resetToRemote() {
        try {
            if (remoteHead() != null) {
                git.reset().setMode(ResetType.HARD).setRef(remoteRef()).call();
            }
            git.clean().setCleanDirectories(true).setForce(true).call();
        } catch (GitAPIException | IOException e) {
            throw new StoreException("Can't update the library's files in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean commit(String message, String author, String email) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            if (git.status().call().getUncommittedChanges().isEmpty()) {
                return false;
            }
            PersonIdent who = new PersonIdent(author.isBlank() ? "Learnlog user" : author, email == null ? "" : email);
            git.commit().setAuthor(who).setCommitter(who).setMessage(message).setSign(false).call();
            return true;
        } catch (GitAPIException e) {
            throw new StoreException("Can't record the change in the library's copy in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean push() {
        try {
            Iterable<PushResult> results = git.push().setRemote("origin").setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(credentials)
                    .setRefSpecs(new RefSpec(Constants.HEAD + ":" + Constants.R_HEADS + branch())).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK, UP_TO_DATE -> { }
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                            return false;
                        }
                        default -> throw new LibraryUnreachableException("The library " + remoteUrl()
                                + " refused the changes (" + update.getStatus() + (update.getMessage() == null ? ""
                                : ": " + update.getMessage()) + ").", null);
                    }
                }
            }
            return true;
        } catch (InvalidRemoteException | TransportException e) {
            throw LibraryUnreachableException.of(remoteUrl(), e);
        } catch (GitAPIException | IOException e) {
            throw new StoreException("Can't send the changes to the library: " + e.getMessage(), e);
        }
    }

    private Repository repository() {
        return git.getRepository();
    }

    private String branch() throws IOException {
        return repository().getBranch();
    }

    private String remoteRef() throws IOException {
        return Constants.R_REMOTES + "origin/" + branch();
    }

    private ObjectId remoteHead() throws IOException {
        return repository().resolve(remoteRef());
    }

    private String remoteUrl() {
        return repository().getConfig().getString("remote", "origin", "url");
    }

    private StoreException broken(IOException e) {
        return new StoreException("The library's copy in " + folder + " can't be read: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        git.close();
    }
}
