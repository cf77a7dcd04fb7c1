package org.learnlog.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.service.JournalServices;

/** Opens a journal and serves hand-offs as the app does, prints "ready", and runs until it is killed. */
public final class ListeningOwner {
    private ListeningOwner() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        JournalServices services = JournalAssembly.open(dataDir, Clock.systemUTC());
        ExecutorService writer = Executors.newSingleThreadExecutor();
        OwnerSocket.listen(dataDir, new HandedOverCommands(services, dataDir, writer, () -> { }, () -> { }, command -> { }));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
