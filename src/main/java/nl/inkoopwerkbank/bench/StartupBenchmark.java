package nl.inkoopwerkbank.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Issue 9: start to an interactive main window within 1.5x the start of a bare JavaFX window with one
 * label. Each start is a fresh JVM, bare window and application alternating, timed from just before the
 * process starts to the line the child prints when its window is shown and answers input
 * ({@link StartMarker}). The application opens a copy of the generated portfolio (10,000 providers). The
 * child then watches its own FX thread for a few seconds while background loading runs and prints the
 * longest stall.
 *
 * <p>The application starts as it is delivered: the packaged jar with its JVM options
 * ({@code java @target/inkoopwerkbank.jvm}: the class-data-sharing archive and the JIT's start-up setting,
 * see docs/bench-startup.md). The bare window runs from the same jar as a plain {@code java -cp}. For comparison
 * the application is also started the development way (class path, no archive, no options); that figure is
 * in the note. Without a current packaged jar (run {@code mvn package} first) both sides run from this
 * JVM's class path and the note says so.
 */
public final class StartupBenchmark implements Benchmark {

    private static final long START_TIMEOUT_SECONDS = 120;

    /** One start: how long it took to the marker and the longest FX stall after it. */
    record Start(double millis, double stallMillis) {
    }

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        Path db = ctx.portfolioCopy("startup");
        Path logs = ctx.newFolder("startup-logs");
        Packaged packaged = Packaged.find(Path.of("target"));
        String devClassPath = System.getProperty("java.class.path");
        List<String> bare = new ArrayList<>(classPath(packaged == null ? devClassPath : packaged.classPath()));
        bare.add(BareWindow.class.getName());
        List<String> app = new ArrayList<>();
        if (packaged != null) {
            app.add("@" + packaged.options());
        }
        app.addAll(classPath(packaged == null ? devClassPath : packaged.classPath()));
        app.addAll(List.of(AppStartProbe.class.getName(), db.toString()));
        List<String> devApp = new ArrayList<>(classPath(devClassPath));
        devApp.addAll(List.of(AppStartProbe.class.getName(), db.toString()));
        // warm-up: the operating system's file cache holds the JDK, the jars and the database for both
        start(ctx, bare, logs, "warm-bare");
        start(ctx, app, logs, "warm-app");
        List<Start> bareStarts = new ArrayList<>();
        List<Start> appStarts = new ArrayList<>();
        List<Start> devStarts = new ArrayList<>();
        for (int i = 0; i < ctx.repeats(); i++) {
            bareStarts.add(start(ctx, bare, logs, "bare-" + i));
            appStarts.add(start(ctx, app, logs, "app-" + i));
            if (packaged != null) {
                devStarts.add(start(ctx, devApp, logs, "dev-" + i));
            }
            ctx.log("  start %d: kaal venster %.0f ms, werkbank %.0f ms (FX-blokkade na tonen %.0f ms)%s", i + 1,
                    bareStarts.get(i).millis(), appStarts.get(i).millis(), appStarts.get(i).stallMillis(),
                    packaged == null ? "" : String.format(Locale.ROOT, "; ontwikkelstart %.0f ms",
                            devStarts.get(i).millis()));
        }
        double bareMs = median(bareStarts.stream().mapToDouble(Start::millis).toArray());
        double appMs = median(appStarts.stream().mapToDouble(Start::millis).toArray());
        double stall = appStarts.stream().mapToDouble(Start::stallMillis).max().orElse(-1);
        double devMs = devStarts.isEmpty() ? 0 : median(devStarts.stream().mapToDouble(Start::millis).toArray());
        String how = packaged == null
                ? "geen actuele target/inkoopwerkbank.jar: beide via het klassenpad, zonder CDS-archief"
                : String.format(Locale.ROOT, "verpakte jar met @target/inkoopwerkbank.jvm (CDS-archief, JIT-opties); "
                        + "ontwikkelstart (klassenpad, zonder archief en opties): %.0f ms = %.2fx", devMs, devMs / bareMs);
        String note = String.format(Locale.ROOT, "mediaan van %d starts per kant, eigen JVM per start, %d aanbieders; "
                + "FX-blokkade: langste in %d s na tonen; %s", ctx.repeats(), ctx.providers(),
                StartMarker.WATCH_MILLIS / 1000, how);
        return List.of(Figure.ratio("start tot interactief hoofdvenster", "App (Launcher --db)", appMs,
                "kaal JavaFX-venster met één label", bareMs, 1.5, stall, note));
    }

    /** The packaged application: its jar (with Monocle added when headless) and its JVM options file. */
    record Packaged(String classPath, Path options) {

        /** The jar and options in {@code target}, when both exist and the jar is newer than every compiled class. */
        static Packaged find(Path target) throws IOException {
            Path jar = target.resolve("inkoopwerkbank.jar");
            Path options = target.resolve("inkoopwerkbank.jvm");
            Path classes = target.resolve("classes");
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(options)) {
                return null;
            }
            long built = Files.getLastModifiedTime(jar).toMillis();
            if (Files.isDirectory(classes)) {
                try (var files = Files.walk(classes)) {
                    if (files.filter(Files::isRegularFile).anyMatch(f -> modified(f) > built)) {
                        return null;
                    }
                }
            }
            String cp = jar.toAbsolutePath().toString();
            if (BenchContext.headless()) {
                // the headless platform is a test library, not in the delivered jar; appended, the archive still fits
                String monocle = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                        .filter(e -> e.contains("openjfx-monocle")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Monocle staat niet op het klassenpad"));
                cp = cp + java.io.File.pathSeparator + monocle;
            }
            return new Packaged(cp, options.toAbsolutePath());
        }

        private static long modified(Path f) {
            try {
                return Files.getLastModifiedTime(f).toMillis();
            } catch (IOException e) {
                return Long.MAX_VALUE;
            }
        }
    }

    private static List<String> classPath(String cp) {
        return List.of("-cp", cp);
    }

    /** Starts one child JVM ({@code args}: JVM options, class path, main class and its arguments), waits for its markers and ends it. */
    static Start start(BenchContext ctx, List<String> args, Path logs, String name)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchContext.displayOptions());
        command.addAll(args);
        List<String> mainAndArgs = args;
        ProcessBuilder pb = new ProcessBuilder(command);
        Path err = logs.resolve(name + ".err");
        pb.redirectError(err.toFile());
        LinkedBlockingQueue<Object[]> lines = new LinkedBlockingQueue<>();
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(new Object[] {line, System.nanoTime()});
                }
            } catch (IOException e) {
                // the child was ended
            }
            lines.add(new Object[] {null, System.nanoTime()});
        }, "startup-bench-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            double millis = -1;
            double stall = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
            while (stall < 0) {
                Object[] next = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null || next[0] == null) {
                    throw new IllegalStateException(name + ": " + String.join(" ", mainAndArgs) + " gaf geen "
                            + (millis < 0 ? StartMarker.READY : StartMarker.STALL) + (next == null ? " binnen "
                            + START_TIMEOUT_SECONDS + " s" : " (proces beëindigd, code " + p.waitFor() + ")")
                            + "; stderr: " + tail(err));
                }
                String line = (String) next[0];
                if (line.equals(StartMarker.READY)) {
                    millis = ((long) next[1] - t0) / 1e6;
                } else if (line.startsWith(StartMarker.STALL + " ") && millis >= 0) {
                    stall = Double.parseDouble(line.substring(StartMarker.STALL.length() + 1));
                }
            }
            return new Start(millis, stall);
        } finally {
            end(p);
        }
    }

    /** Ends the child as a logout would (its shutdown hook closes the database), forcibly if it hangs. */
    private static void end(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 2_000 ? s.substring(s.length() - 2_000) : s;
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
