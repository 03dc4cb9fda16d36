package nl.inkoopwerkbank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the performance benchmarks of issue 9 on a generated national portfolio and prints every figure
 * with the baseline it is measured against in the same run, the ratio and whether it meets its target.
 * The figures are also written as a Markdown table ({@code figures.md} in the work folder) for the README.
 *
 * <pre>mvn -Pbench verify</pre> or, after {@code mvn -Pbench package -DskipTests}:
 * <pre>java -cp target/inkoopwerkbank.jar nl.inkoopwerkbank.bench.Bench [--only import,search]</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures start-up, import, search, evaluation and export against their baselines.")
public final class Bench implements Callable<Integer> {

    /** Every benchmark, in the order they run. */
    static final List<String> ALL = List.of("startup", "import", "search", "evaluate", "export");

    @Option(names = "--only", split = ",", description = "Only these benchmarks: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Names.class)
    List<String> only;

    @Option(names = "--dir", description = "Work folder (default: target/bench).")
    Path dir = Path.of("target", "bench");

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--providers", defaultValue = "10000", description = "Providers in the portfolio (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--rows", defaultValue = "100000", description = "Rows of the register extract (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--summaries", defaultValue = "500", description = "Contract summaries to export (default ${DEFAULT-VALUE}).")
    int summaries;

    @Option(names = "--repeats", defaultValue = "5", description = "Repeats per timed step; figures are medians (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--headless", description = "Draw windows in memory (Monocle) even when a display is available.")
    boolean headless;

    @Option(names = "--fail-over", description = "Exit with 1 when a figure misses its target.")
    boolean failOver;

    static final class Names extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Names() {
            super(ALL);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BenchContext.chooseDisplay(headless);
        List<String> chosen = only == null || only.isEmpty() ? ALL : only;
        for (String id : chosen) {
            if (!ALL.contains(id)) {
                System.err.println("Onbekende benchmark: " + id + " (kies uit " + String.join(", ", ALL) + ")");
                return 2;
            }
        }
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir.toAbsolutePath(), "run-");
        BenchContext ctx = new BenchContext(work, seed, providers, rows, summaries, repeats, System.out);
        System.out.printf("Inkoopwerkbank benchmarks: %d aanbieders, register %d rijen, %d samenvattingen, seed %d, %s, "
                + "Java %s, %d cores%n", providers, rows, summaries, seed,
                BenchContext.headless() ? "Monocle (headless)" : "display " + System.getenv("DISPLAY"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<Figure> figures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String id : chosen) {
            Benchmark b = create(id);
            System.out.printf("%n== %s%n", id);
            try {
                List<Figure> found = b.run(ctx);
                found.forEach(f -> System.out.println("  " + f.line()));
                figures.addAll(found);
            } catch (Exception | AssertionError e) {
                // one failing benchmark (e.g. a baseline tool that lost output) must not cost the other figures
                System.out.println("  FOUT in " + id + ": " + e);
                e.printStackTrace(System.out);
                failed.add(id + ": " + e.getMessage());
            }
        }
        System.out.printf("%n== Samenvatting%n");
        figures.forEach(f -> System.out.println(f.line()));
        Path table = dir.resolve("figures.md");
        String md = markdown(figures);
        for (String f : failed) {
            md += "\nMislukt: " + f + "\n";
        }
        Files.writeString(table, md, StandardCharsets.UTF_8);
        System.out.println("\nTabel voor de README: " + table);
        deleteQuietly(work);
        failed.forEach(f -> System.out.println("Mislukt: " + f));
        boolean allMet = failed.isEmpty() && figures.stream().allMatch(Figure::meetsTarget);
        System.out.println(allMet ? "Alle doelen gehaald." : "Niet alle doelen gehaald (OVER hierboven).");
        return !failed.isEmpty() ? 1 : failOver && !allMet ? 1 : 0;
    }

    static Benchmark create(String id) {
        String cls = switch (id) {
            case "startup" -> "StartupBenchmark";
            case "import" -> "ImportBenchmark";
            case "search" -> "SearchBenchmark";
            case "evaluate" -> "EvaluationBenchmark";
            case "export" -> "ExportBenchmark";
            default -> throw new IllegalArgumentException(id);
        };
        try {
            return (Benchmark) Class.forName(Bench.class.getPackageName() + "." + cls).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("benchmark " + id + " is not available: " + e, e);
        }
    }

    static String markdown(List<Figure> figures) {
        StringBuilder sb = new StringBuilder();
        sb.append("Gemeten ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(", Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(BenchContext.headless() ? "Monocle headless" : "display").append("\n\n");
        sb.append("| Doel | Werkbank | Basislijn | Verhouding | Grens | Langste FX-blokkade | Gehaald |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            String fx = f.fxStallMillis() < 0 ? "–" : String.format(Locale.ROOT, "%.0f ms", f.fxStallMillis());
            if (f.hasBaseline()) {
                sb.append(String.format(Locale.ROOT, "| %s | %s: %.0f ms | %s: %.0f ms | %.2fx | ≤ %.1fx | %s | %s |%n",
                        f.target(), f.measured(), f.millis(), f.baseline(), f.baselineMillis(), f.ratio(), f.maxRatio(), fx,
                        f.meetsTarget() ? "ja" : "**nee**"));
            } else {
                sb.append(String.format(Locale.ROOT, "| %s | %s: %.1f ms | – | – | ≤ %.0f ms | %s | %s |%n", f.target(),
                        f.measured(), f.millis(), f.maxRatio(), fx, f.meetsTarget() ? "ja" : "**nee**"));
            }
        }
        return sb.toString();
    }

    private static void deleteQuietly(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Werkmap niet opgeruimd: " + root + " (" + e.getMessage() + ")");
        }
    }
}
