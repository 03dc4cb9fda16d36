package nl.inkoopwerkbank.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ImportGuard;
import nl.inkoopwerkbank.ui.common.FxBackground;
import nl.inkoopwerkbank.ui.providers.ProviderImportViewModel;

/**
 * Issue 9: importing a 100,000-row provider register with validation within 2x a plain JDBC batch insert of
 * the same rows into the same H2 database. Each measurement works on its own copy of the national portfolio,
 * opened as the workbench opens it; the two sides alternate. The workbench is driven through the import
 * screen's view model with the FX thread running (the import runs on the worker thread), so the figure also
 * says how long the FX thread was kept from answering. The automatic backup before the import is part of the
 * measured time (the buyer waits for it); its share is logged separately.
 */
public final class ImportBenchmark implements Benchmark {

    private static final int BATCH = 1_000;
    private static final String INSERT_PROVIDER = "INSERT INTO provider (agb_code, name, type, kvk_number, street, "
            + "postcode, place, region, contact_person, email, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONTRACT = "INSERT INTO provider_contract (provider_id, insurer_id, since) VALUES (?, ?, ?)";

    @Override
    public String id() {
        return "import";
    }

    /** Rows in provider and provider_contract after a run. */
    record Counts(long providers, long contracts) {
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        ctx.startFx();
        Path register = RegisterFile.write(ctx.newFolder("register").resolve("register.csv"), ctx.registerRows(), ctx.seed());
        ctx.portfolio();
        int n = Math.max(1, ctx.repeats());
        double[] jdbc = new double[n];
        double[] workbench = new double[n];
        double[] backup = new double[n];
        double[] stall = new double[n];
        Counts expected = null;
        // warm-up, not counted: one of each, so both sides run with loaded classes and a JIT that has seen the code
        Counts warmJdbc = jdbcImport(ctx, register, new double[1]);
        Counts warmWb = workbenchImport(ctx, register, new double[1], new double[1], new double[1]);
        check(warmJdbc, warmWb, "opwarmen");
        for (int i = 0; i < n; i++) {
            double[] t = new double[1];
            double[] b = new double[1];
            double[] s = new double[1];
            Counts a;
            Counts w;
            if (i % 2 == 0) {
                a = jdbcImport(ctx, register, t);
                w = workbenchImport(ctx, register, workbench, b, s, i);
            } else {
                w = workbenchImport(ctx, register, workbench, b, s, i);
                a = jdbcImport(ctx, register, t);
            }
            jdbc[i] = t[0];
            backup[i] = b[0];
            stall[i] = s[0];
            check(a, w, "herhaling " + (i + 1));
            expected = a;
            ctx.log("  import %d/%d: JDBC %.0f ms, werkbank %.0f ms (waarvan back-up %.0f ms), FX-stilstand %.0f ms",
                    i + 1, n, jdbc[i], workbench[i], backup[i], stall[i]);
        }
        double wbMedian = median(workbench);
        double jdbcMedian = median(jdbc);
        double backupMedian = median(backup);
        double maxStall = Arrays.stream(stall).max().orElse(-1);
        String note = String.format(Locale.ROOT, "mediaan van %d; %,d rijen, %,d contracten, in een kopie van de portefeuille "
                + "(%,d aanbieders); werkbank = ProviderImportViewModel -> ProviderService.importCsv incl. inlezen, validatie, "
                + "audit en automatische back-up (back-up mediaan %.0f ms, zonder back-up %.2fx); FX-stilstand = hoogste van %d",
                n, ctx.registerRows(), expected.contracts() - baseContracts, ctx.providers(), backupMedian,
                (wbMedian - backupMedian) / jdbcMedian, n);
        return List.of(Figure.ratio("import " + String.format(Locale.ROOT, "%,d", ctx.registerRows()) + " rijen",
                "ProviderService.importCsv (scherm)", wbMedian, "plain JDBC batch insert", jdbcMedian, 2.0, maxStall, note));
    }

    private long baseContracts;

    private static void check(Counts jdbc, Counts workbench, String when) {
        if (!jdbc.equals(workbench)) {
            throw new IllegalStateException("import: JDBC en werkbank leverden niet dezelfde rijen op (" + when + "): JDBC "
                    + jdbc + ", werkbank " + workbench);
        }
    }

    private Counts workbenchImport(BenchContext ctx, Path register, double[] millis, double[] backupMillis, double[] stall)
            throws Exception {
        return workbenchImport(ctx, register, millis, backupMillis, stall, 0);
    }

    /** The real path: the screen's view model starts the import on the worker thread; timed until the outcome is on the FX thread. */
    private Counts workbenchImport(BenchContext ctx, Path register, double[] millis, double[] backupMillis, double[] stall,
                                   int slot) throws Exception {
        Path base = ctx.portfolioCopy("import-werkbank");
        try (Workbench wb = Workbench.open(base, false, Clock.systemDefaultZone());
             FxBackground background = new FxBackground()) {
            Counts before = counts(wb);
            baseContracts = before.contracts();
            ImportGuard backup = wb.backups().importGuard();
            long[] guardNanos = {0};
            // the guard the composition root sets, timed so its share can be reported
            wb.providers().setImportGuard(what -> {
                long g0 = System.nanoTime();
                backup.beforeImport(what);
                guardNanos[0] += System.nanoTime() - g0;
            });
            AtomicReference<ProviderImportViewModel> vm = new AtomicReference<>();
            BenchContext.onFx(() -> {
                ProviderImportViewModel m = new ProviderImportViewModel(wb.providers(), background, Messages.dutch());
                m.open(register);
                vm.set(m);
            });
            CountDownLatch done = new CountDownLatch(1);
            long[] end = {0};
            BenchContext.onFx(() -> vm.get().runningProperty().addListener((o, was, now) -> {
                if (!now) {
                    end[0] = System.nanoTime();
                    done.countDown();
                }
            }));
            FxStallWatch watch = FxStallWatch.start();
            long[] start = {0};
            BenchContext.onFx(() -> {
                start[0] = System.nanoTime();
                vm.get().start();
            });
            if (!done.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("import: de werkbank werd niet binnen 30 minuten klaar");
            }
            stall[0] = watch.stop();
            if (vm.get().outcomeProperty().get() != ProviderImportViewModel.Outcome.IMPORTED) {
                throw new IllegalStateException("import: de werkbank importeerde niet: " + vm.get().outcomeProperty().get()
                        + " " + vm.get().statusProperty().get() + " " + vm.get().problems());
            }
            millis[slot] = (end[0] - start[0]) / 1e6;
            backupMillis[0] = guardNanos[0] / 1e6;
            return counts(wb);
        } finally {
            deleteFolder(base.getParent());
        }
    }

    /**
     * The baseline: read the lines, split on ';' (the last column, notes, may be quoted because it holds a ';'),
     * no validation, and insert the providers and their contracts with PreparedStatement batches in one
     * transaction, through a connection of the workbench's own Jdbi.
     */
    private Counts jdbcImport(BenchContext ctx, Path register, double[] millis) throws Exception {
        Path base = ctx.portfolioCopy("import-jdbc");
        try (Workbench wb = Workbench.open(base, false, Clock.systemDefaultZone())) {
            long t0 = System.nanoTime();
            try (Connection c = wb.database().jdbi().open().getConnection()) {
                jdbcInsert(c, register);
            }
            millis[0] = (System.nanoTime() - t0) / 1e6;
            return counts(wb);
        } finally {
            deleteFolder(base.getParent());
        }
    }

    static void jdbcInsert(Connection c, Path register) throws IOException, java.sql.SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (BufferedReader in = Files.newBufferedReader(register, StandardCharsets.UTF_8);
             PreparedStatement providers = c.prepareStatement(INSERT_PROVIDER, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement contracts = c.prepareStatement(INSERT_CONTRACT)) {
            in.readLine(); // header (with the BOM)
            List<String> pending = new ArrayList<>(BATCH);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(";", 12);
                for (int i = 0; i < 10; i++) {
                    providers.setString(i + 1, f[i].isEmpty() ? null : f[i]);
                }
                String notes = f[11];
                if (notes.length() >= 2 && notes.startsWith("\"") && notes.endsWith("\"")) {
                    notes = notes.substring(1, notes.length() - 1);
                }
                providers.setString(11, notes.isEmpty() ? null : notes);
                providers.addBatch();
                pending.add(f[10]);
                if (pending.size() == BATCH) {
                    flush(providers, contracts, pending);
                }
            }
            flush(providers, contracts, pending);
            c.commit();
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void flush(PreparedStatement providers, PreparedStatement contracts, List<String> pending)
            throws java.sql.SQLException {
        if (pending.isEmpty()) {
            return;
        }
        providers.executeBatch();
        try (ResultSet keys = providers.getGeneratedKeys()) {
            for (String list : pending) {
                if (!keys.next()) {
                    throw new IllegalStateException("import: H2 gaf te weinig nieuwe ids terug");
                }
                long id = keys.getLong(1);
                if (list.isEmpty()) {
                    continue;
                }
                for (String contract : list.split("\\|")) {
                    int colon = contract.indexOf(':');
                    contracts.setLong(1, id);
                    contracts.setString(2, contract.substring(0, colon));
                    String since = contract.substring(colon + 1);
                    contracts.setDate(3, since.isEmpty() ? null : Date.valueOf(since));
                    contracts.addBatch();
                }
            }
        }
        contracts.executeBatch();
        pending.clear();
    }

    private static Counts counts(Workbench wb) {
        return wb.database().jdbi().withHandle(h -> new Counts(
                h.createQuery("SELECT COUNT(*) FROM provider").mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM provider_contract").mapTo(Long.class).one()));
    }


    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
