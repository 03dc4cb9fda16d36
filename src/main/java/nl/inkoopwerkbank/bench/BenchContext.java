package nl.inkoopwerkbank.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * What the benchmarks share: the work folder, the seed and the sizes, the national portfolio (generated
 * once per run, then copied for each benchmark that writes) and the FX toolkit.
 */
public final class BenchContext {

    private final Path dir;
    private final long seed;
    private final int providers;
    private final int registerRows;
    private final int summaries;
    private final int repeats;
    private final PrintStream log;
    private Path portfolio;
    private boolean fxStarted;

    public BenchContext(Path dir, long seed, int providers, int registerRows, int summaries, int repeats, PrintStream log) {
        this.dir = dir;
        this.seed = seed;
        this.providers = providers;
        this.registerRows = registerRows;
        this.summaries = summaries;
        this.repeats = repeats;
        this.log = log;
    }

    public Path dir() {
        return dir;
    }

    public long seed() {
        return seed;
    }

    /** Providers in the national portfolio (10,000 by default). */
    public int providers() {
        return providers;
    }

    /** Rows of the register extract to import (100,000 by default). */
    public int registerRows() {
        return registerRows;
    }

    /** Contract summaries to export (500 by default). */
    public int summaries() {
        return summaries;
    }

    /** How often a timed step is repeated; figures are medians. */
    public int repeats() {
        return repeats;
    }

    public void log(String format, Object... args) {
        log.printf(format + "%n", args);
        log.flush();
    }

    /** A new empty folder inside the work folder. */
    public Path newFolder(String name) throws IOException {
        return Files.createTempDirectory(dir, name + "-");
    }

    /**
     * The base path (without {@code .mv.db}) of the generated national portfolio; generated on first use.
     * Benchmarks that write must work on {@link #portfolioCopy(String)}.
     */
    public synchronized Path portfolio() throws IOException {
        if (portfolio == null) {
            // generated once per size and seed, then kept beside the runs (the generator is deterministic)
            Path base = dir.getParent().resolve("portfolio-" + providers + "-" + seed).resolve("landelijk");
            if (!Files.exists(base.resolveSibling("landelijk.mv.db"))) {
                Path building = dir.resolve("portfolio-building").resolve("landelijk");
                Files.createDirectories(building.getParent());
                long t0 = System.nanoTime();
                PortfolioGenerator.Summary s = PortfolioGenerator.generate(building, providers, seed);
                log("  portefeuille gemaakt in %.1f s: %s", (System.nanoTime() - t0) / 1e9, s);
                Files.createDirectories(base.getParent());
                Files.move(building.resolveSibling("landelijk.mv.db"), base.resolveSibling("landelijk.mv.db"));
            } else {
                log("  portefeuille hergebruikt: %s", base.getParent());
            }
            portfolio = base;
        }
        return portfolio;
    }

    /** A copy of the portfolio database that a benchmark may change. */
    public Path portfolioCopy(String name) throws IOException {
        Path source = portfolio();
        Path folder = newFolder(name);
        Path base = folder.resolve(source.getFileName().toString());
        Files.copy(source.resolveSibling(source.getFileName() + ".mv.db"), folder.resolve(base.getFileName() + ".mv.db"));
        return base;
    }

    /** Java options for a child JVM so it shows windows the same way this one does (real display or Monocle). */
    public static java.util.List<String> displayOptions() {
        java.util.List<String> options = new java.util.ArrayList<>();
        if (headless()) {
            for (String p : new String[] {"glass.platform", "monocle.platform", "prism.order", "prism.text",
                    "testfx.headless", "headless.geometry"}) {
                if (System.getProperty(p) != null) {
                    options.add("-D" + p + "=" + System.getProperty(p));
                }
            }
        }
        return options;
    }

    /** True when there is no display: windows are drawn by Monocle's headless platform in memory. */
    public static boolean headless() {
        return "Monocle".equals(System.getProperty("glass.platform"));
    }

    /**
     * Chooses the display before the toolkit starts: the real one when DISPLAY is set and {@code --headless}
     * was not asked for, Monocle's headless platform otherwise (it must be on the class path, as in
     * {@code mvn -Pbench verify}).
     */
    public static void chooseDisplay(boolean forceHeadless) {
        if (forceHeadless || System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }

    /** Starts the FX toolkit once (for the benchmarks that drive screens). */
    public synchronized void startFx() throws InterruptedException {
        if (fxStarted) {
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 30 s");
        }
        fxStarted = true;
    }

    public boolean fxStarted() {
        return fxStarted;
    }

    /** Runs {@code r} on the FX thread and waits for it; what it throws is thrown here. */
    public static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failed.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("de FX-thread antwoordde niet binnen 60 s");
        }
        if (failed.get() != null) {
            throw new IllegalStateException(failed.get());
        }
    }
}
