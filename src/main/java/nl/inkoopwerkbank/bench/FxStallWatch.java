package nl.inkoopwerkbank.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;

/**
 * Measures how long the FX thread is unavailable: a watcher thread posts a probe to the FX thread every
 * few milliseconds and records how long each probe waited before it ran. The longest wait is the longest
 * time a click or keystroke would have gone unanswered.
 */
public final class FxStallWatch implements AutoCloseable {

    private static final long PROBE_INTERVAL_NANOS = 5_000_000;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong maxWaitNanos = new AtomicLong();
    private final Thread watcher;

    private FxStallWatch() {
        watcher = new Thread(this::watch, "fx-stall-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts watching the (already started) FX thread. */
    public static FxStallWatch start() {
        return new FxStallWatch();
    }

    private void watch() {
        while (running.get()) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                maxWaitNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                while (!ran.await(PROBE_INTERVAL_NANOS, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    // the probe is still waiting: keep the longest wait up to date while it does
                    maxWaitNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    if (!running.get()) {
                        return;
                    }
                }
                Thread.sleep(PROBE_INTERVAL_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The longest the FX thread kept a probe waiting so far, in milliseconds. */
    public double maxStallMillis() {
        return maxWaitNanos.get() / 1e6;
    }

    /** Stops watching and returns the longest stall in milliseconds. */
    public double stop() {
        running.set(false);
        try {
            watcher.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return maxStallMillis();
    }

    @Override
    public void close() {
        stop();
    }
}
