package nl.inkoopwerkbank.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javafx.application.Platform;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.export.PdfReportWriter;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.ui.common.FxBackground;
import nl.inkoopwerkbank.ui.export.BatchExportViewModel;

/**
 * Batch export of {@code ctx.summaries()} contract summaries to PDF through the batch export screen's view
 * model (work in the background, progress on the FX thread), against LibreOffice converting the same
 * summaries' HTML to PDF with {@code soffice --headless --convert-to pdf} (chunks of files). When LibreOffice is not
 * installed, the ratio measured on 2026-11-23 (docs/bench-export.md) is used, and the figure says so.
 */
public final class ExportBenchmark implements Benchmark {

    /**
     * LibreOffice time / workbench time from the first valid full run (500 summaries, both sides 500 PDF's,
     * median of 3, 2-core machine shared with other work), 2026-11-23; see docs/bench-export.md.
     */
    static final double DOCUMENTED_LIBREOFFICE_PER_WORKBENCH = 1.32;
    static final String DOCUMENTED_ON = "2026-11-23";

    @Override
    public String id() {
        return "export";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        ctx.startFx();
        Path base = ctx.portfolioCopy("export");
        Messages messages = Messages.dutch();
        try (Workbench wb = Workbench.open(base, false); FxBackground background = new FxBackground()) {
            ExportService exports = wb.exports();
            Choice choice = choose(exports, ctx.summaries());
            ctx.log("  beleid %s, %d van %d aanbieders gekozen", choice.policy.id(), choice.providers.size(),
                    choice.available);

            // The HTML the PDF writer renders from, one file per summary (the full-length wording).
            Path htmlDir = ctx.newFolder("export-html");
            List<Path> htmlFiles = new ArrayList<>();
            for (Provider p : choice.providers) {
                String html = PdfReportWriter.html(exports.document(exports.summary(p, choice.policy, null), messages));
                Path f = htmlDir.resolve(ExportService.fileName(p, choice.policy).replaceAll("\\.pdf$", ".html"));
                Files.writeString(f, html, StandardCharsets.UTF_8);
                htmlFiles.add(f);
            }

            BatchExportViewModel vm = onFx(() -> {
                BatchExportViewModel m = new BatchExportViewModel(exports, background, messages);
                m.open(choice.policy, null, choice.providers);
                return m;
            });
            if (vm.selectedProviders().size() != choice.providers.size()) {
                throw new IllegalStateException("batch screen ticked " + vm.selectedProviders().size() + " instead of "
                        + choice.providers.size() + " providers");
            }

            // warm-up (class loading, JIT, fonts) with a few summaries, then the timed repeats
            exports.writeSummaries(choice.providers.subList(0, Math.min(20, choice.providers.size())), choice.policy,
                    null, ctx.newFolder("export-warm"), false, messages, ExportService.Progress.NONE, () -> false);
            List<Double> times = new ArrayList<>();
            double stall = 0;
            Path lastOut = null;
            for (int r = 0; r < ctx.repeats(); r++) {
                Path out = ctx.newFolder("export-pdf").resolve("samenvattingen");
                FxStallWatch watch = FxStallWatch.start();
                long t0 = System.nanoTime();
                String status = exportAndWait(vm, out);
                times.add((System.nanoTime() - t0) / 1e6);
                double runStall = watch.stop();
                stall = Math.max(stall, runStall);
                ctx.log("  werkbank %d: %.0f ms, FX-blokkade %.0f ms (%s)", r + 1, times.get(times.size() - 1),
                        runStall, status);
                lastOut = out;
            }
            int workbenchPages = checkPdfs(lastOut, choice.providers.size(), "werkbank");
            double workbench = median(times);

            String soffice = findOnPath("soffice", "libreoffice");
            if (soffice == null) {
                double baseline = workbench * DOCUMENTED_LIBREOFFICE_PER_WORKBENCH;
                return List.of(Figure.ratio("export " + choice.providers.size() + " samenvattingen",
                        "BatchExportViewModel → PDF", workbench, "LibreOffice HTML→PDF (gedocumenteerd)", baseline, 1.0,
                        stall, String.format(Locale.ROOT, "LibreOffice niet gevonden: verhouding uit docs/bench-export.md "
                                + "van %s (LibreOffice %.1fx werkbank); werkbank mediaan van %d, %d pagina's",
                                DOCUMENTED_ON, DOCUMENTED_LIBREOFFICE_PER_WORKBENCH, times.size(), workbenchPages)));
            }
            Path profile = ctx.newFolder("lo-profile");
            // warm-up: LibreOffice creates its user profile on the first start; not counted
            soffice(soffice, profile, List.of(htmlFiles.get(0)), ctx.newFolder("lo-warm"));
            int loRepeats = Math.max(1, Math.min(3, ctx.repeats()));
            List<Double> loTimes = new ArrayList<>();
            Path loOut = null;
            int loCalls = 0;
            for (int r = 0; r < loRepeats; r++) {
                loOut = ctx.newFolder("lo-pdf");
                long t0 = System.nanoTime();
                loCalls = soffice(soffice, profile, htmlFiles, loOut);
                loTimes.add((System.nanoTime() - t0) / 1e6);
                ctx.log("  LibreOffice %d: %.0f ms (%d soffice-aanroepen)", r + 1, loTimes.get(loTimes.size() - 1),
                        loCalls);
            }
            int loPages = checkPdfs(loOut, htmlFiles.size(), "LibreOffice");
            double lo = median(loTimes);
            ctx.log("  verhouding LibreOffice / werkbank: %.2f (pagina's werkbank %d, LibreOffice %d)", lo / workbench,
                    workbenchPages, loPages);
            return List.of(Figure.ratio("export " + choice.providers.size() + " samenvattingen",
                    "BatchExportViewModel → PDF", workbench, "soffice HTML→PDF", lo, 1.0, stall,
                    String.format(Locale.ROOT, "werkbank mediaan van %d, LibreOffice mediaan van %d (%d soffice-aanroepen "
                            + "van ≤ %d bestanden na elkaar, profiel vooraf aangemaakt); %d PDF's, %d resp. %d pagina's; "
                            + "FX-blokkade max %.0f ms; beleid %s", times.size(), loTimes.size(), loCalls,
                            SOFFICE_FILES_PER_CALL, htmlFiles.size(), workbenchPages, loPages, stall,
                            choice.policy.id())));
        }
    }

    /** The chosen policy and providers. */
    record Choice(Policy policy, List<Provider> providers, int available) {
    }

    /**
     * The newest year's policy that covers the most providers (ties by id), and {@code n} of its providers
     * spread evenly over its list (sorted by name), so the choice is the same for the same portfolio.
     */
    static Choice choose(ExportService exports, int n) {
        List<Policy> all = exports.policies();
        int newest = all.stream().mapToInt(Policy::year).max().orElseThrow();
        Policy best = null;
        List<Provider> bestList = List.of();
        for (Policy p : all.stream().filter(p -> p.year() == newest).sorted(Comparator.comparing(Policy::id)).toList()) {
            List<Provider> list = exports.providersFor(p, null);
            if (list.size() > bestList.size()) {
                best = p;
                bestList = list;
            }
        }
        if (best == null || bestList.size() < n) {
            throw new IllegalStateException("no policy of " + newest + " covers " + n + " providers (most: "
                    + bestList.size() + ")");
        }
        List<Provider> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(bestList.get((int) ((long) i * bestList.size() / n)));
        }
        return new Choice(best, List.copyOf(chosen), bestList.size());
    }

    /** Starts the export on the FX thread as the button does, and waits until the screen says it is done. */
    private static String exportAndWait(BatchExportViewModel vm, Path out) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> status = new AtomicReference<>();
        onFx(() -> {
            vm.runningProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    status.set(vm.statusProperty().get());
                    done.countDown();
                }
            });
            vm.export(out);
            if (!vm.runningProperty().get()) {
                throw new IllegalStateException("export did not start");
            }
            return null;
        });
        if (!done.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("export did not finish within 30 minutes");
        }
        return status.get();
    }

    /**
     * Files per {@code soffice} call. LibreOffice 7.4's launcher passes only about 254 command-line arguments
     * on to the office process and silently drops the rest (exit code 0): one call with 500 files wrote 247
     * PDF's, one fewer option gave 248. So the files go in chunks, one call after the other, all timed.
     */
    static final int SOFFICE_FILES_PER_CALL = 200;

    /** Converts the files in chunks of {@link #SOFFICE_FILES_PER_CALL}; returns the number of calls. */
    private static int soffice(String soffice, Path profile, List<Path> files, Path outDir)
            throws IOException, InterruptedException {
        int calls = 0;
        for (int from = 0; from < files.size(); from += SOFFICE_FILES_PER_CALL) {
            sofficeCall(soffice, profile, files.subList(from, Math.min(files.size(), from + SOFFICE_FILES_PER_CALL)),
                    outDir);
            calls++;
        }
        return calls;
    }

    private static void sofficeCall(String soffice, Path profile, List<Path> files, Path outDir)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Path log = Files.createTempFile(outDir.getParent(), "soffice-", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("soffice did not finish within 60 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("soffice exited with " + p.exitValue() + ", output in " + log);
        }
        long converted;
        try (Stream<String> lines = Files.lines(log)) {
            converted = lines.filter(l -> l.startsWith("convert ")).count();
        }
        if (converted != files.size()) {
            throw new IllegalStateException("soffice converted " + converted + " of " + files.size()
                    + " files in one call, output in " + log);
        }
        Files.delete(log);
    }

    /** Every PDF in the folder opens with PDFBox and has pages; there must be {@code expected} of them. */
    static int checkPdfs(Path dir, int expected, String who) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
        }
        if (pdfs.size() != expected) {
            throw new IllegalStateException(who + ": " + pdfs.size() + " PDF's in " + dir + ", expected " + expected);
        }
        int pages = 0;
        for (Path f : pdfs) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                if (d.getNumberOfPages() < 1) {
                    throw new IllegalStateException(who + ": no pages in " + f);
                }
                pages += d.getNumberOfPages();
            }
        }
        return pages;
    }

    static String findOnPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path f = Path.of(dir, name);
                if (Files.isExecutable(f)) {
                    return f.toString();
                }
            }
        }
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
