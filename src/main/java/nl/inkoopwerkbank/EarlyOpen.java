package nl.inkoopwerkbank;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The opening of the database that {@link App} begins on its own thread before the JavaFX toolkit starts, so
 * the file, its schema check and the services are ready about when the toolkit is (the two overlap on a
 * machine with more than one core). An encrypted database is not opened here: it needs the passphrase
 * screen. {@link DesktopSession} takes the result over on its background worker.
 */
final class EarlyOpen {

    private final CompletableFuture<Workbench> opening;

    private EarlyOpen(CompletableFuture<Workbench> opening) {
        this.opening = opening;
    }

    /** Begins opening the database at {@code base}, unless it is encrypted. */
    static EarlyOpen begin(Path base, boolean sampleData, Clock clock) {
        if (Workbench.isEncrypted(base)) {
            return new EarlyOpen(null);
        }
        CompletableFuture<Workbench> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(Workbench.open(base, sampleData, clock, null));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "inkoopwerkbank-open");
        t.setDaemon(true);
        t.start();
        return new EarlyOpen(future);
    }

    /** An opening that another party completes (tests). */
    static EarlyOpen of(CompletableFuture<Workbench> opening) {
        return new EarlyOpen(opening);
    }

    /** The opened workbench if the opening is done and succeeded, else null; does not wait. */
    Workbench openedOrNull() {
        if (opening == null || !opening.isDone() || opening.isCompletedExceptionally()) {
            return null;
        }
        return opening.join();
    }

    /** Whether an opening was begun (false for an encrypted database). */
    boolean started() {
        return opening != null;
    }

    /** Waits for the opening; throws what it threw. Not on the FX thread. */
    Workbench await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
