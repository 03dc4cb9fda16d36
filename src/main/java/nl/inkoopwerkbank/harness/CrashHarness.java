package nl.inkoopwerkbank.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.store.BackupStore;
import nl.inkoopwerkbank.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kill-and-restart harness. Each cycle starts a child JVM that opens the workbench and writes through
 * the real services (provider edits, all-or-nothing CSV imports, backups), printing each write before it
 * starts ({@code TRY}) and after it returned ({@code ACK}: the moment the buyer is told it is saved). The
 * parent kills the child with SIGKILL at a random moment, opens the database again the normal way, and
 * checks that every acknowledged write is there, that no import is half done, that every listed backup is
 * whole and opens, and that all data reads back. Some cycles kill a child while it migrates an old
 * database or creates a new one. It prints the counts and exits non-zero on any failure.
 *
 * <pre>java -cp target/inkoopwerkbank.jar nl.inkoopwerkbank.harness.CrashHarness --cycles 200</pre>
 */
@Command(name = "crash-harness", mixinStandardHelpOptions = true,
        description = "Kill-and-restart test of the database: N cycles of write, SIGKILL, reopen, verify.")
public final class CrashHarness implements Callable<Integer> {

    /** The provider rows every import rewrites; an import is whole when all carry the same batch marker. */
    static final int IMPORT_ROWS = 250;
    static final String IMPORT_PREFIX = "7";
    /** The sample providers the edits go to. */
    static final int EDITED_PROVIDERS = 12;

    @Option(names = "--cycles", defaultValue = "50", description = "Number of kill-and-restart cycles (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--seed", defaultValue = "20261123", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", description = "Work folder (default: a new temporary folder).")
    Path dir;

    @Option(names = "--max-delay-ms", defaultValue = "3000",
            description = "Longest time the child works before it is killed (default ${DEFAULT-VALUE}).")
    int maxDelayMs;

    @Option(names = "--migration-every", defaultValue = "5",
            description = "Every n-th cycle kills a child while it migrates an old database (default ${DEFAULT-VALUE}).")
    int migrationEvery;

    private final PrintStream out;

    public CrashHarness() {
        this(System.out);
    }

    CrashHarness(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("child")) {
            System.exit(Child.run(args));
        }
        System.exit(new CommandLine(new CrashHarness()).execute(args));
    }

    /** What the cycles found. */
    static final class Counts {
        int cycles;
        int killedBeforeReady;
        int killedWhileWorking;
        int childExitedByItself;
        int acknowledgedEdits;
        int editsVerified;
        int auditedEdits;
        int importsAcknowledged;
        int importsFoundWhole;
        int importsInFlightRolledBack;
        int importsInFlightCommitted;
        int backupsAcknowledged;
        int backupsVerified;
        int migrationCycles;
        int migrationsFoundDone;
        int migrationsFoundNotStarted;
        int creationCycles;
        final List<String> failures = new ArrayList<>();

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cycles", cycles);
            m.put("killed before the workbench was open", killedBeforeReady);
            m.put("killed while writing", killedWhileWorking);
            m.put("child finished before the kill", childExitedByItself);
            m.put("acknowledged provider edits", acknowledgedEdits);
            m.put("edited providers checked after restart", editsVerified);
            m.put("of those with their audit entry", auditedEdits);
            m.put("acknowledged imports", importsAcknowledged);
            m.put("imports found whole", importsFoundWhole);
            m.put("imports killed in flight: rolled back", importsInFlightRolledBack);
            m.put("imports killed in flight: committed", importsInFlightCommitted);
            m.put("acknowledged backups", backupsAcknowledged);
            m.put("backups verified (listed, complete, opened)", backupsVerified);
            m.put("creation cycles (kill during first start)", creationCycles);
            m.put("migration cycles", migrationCycles);
            m.put("migrations found done", migrationsFoundDone);
            m.put("migrations found not started (old data intact)", migrationsFoundNotStarted);
            m.put("failures", failures.size());
            return m;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("iwb-crash-");
        Counts counts = run(work);
        counts.asMap().forEach((k, v) -> out.printf("%-48s %s%n", k, v));
        counts.failures.forEach(f -> out.println("FAIL " + f));
        out.println("work folder: " + work);
        return counts.failures.isEmpty() ? 0 : 1;
    }

    Counts run(Path work) throws Exception {
        Counts counts = new Counts();
        Random random = new Random(seed);
        Path main = work.resolve("main").resolve("wb");
        State state = new State();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            counts.cycles++;
            if (cycle == 1) {
                counts.creationCycles++;
            }
            if (migrationEvery > 0 && cycle % migrationEvery == 0) {
                migrationCycle(work.resolve("migration-" + cycle).resolve("wb"), random, counts, cycle);
            } else {
                workCycle(main, random, counts, cycle, state, cycle == 1);
            }
        }
        return counts;
    }

    /** What the parent knows the children did to the main database, across cycles. */
    static final class State {
        /** Per AGB-code: the last acknowledged notes, and the notes tried after it (may or may not be there). */
        final Map<String, String> lastAcked = new LinkedHashMap<>();
        final Map<String, List<String>> triedSince = new LinkedHashMap<>();
        long lastAckedBatch = -1;
        final List<Long> batchesTriedSince = new ArrayList<>();
    }

    private void workCycle(Path base, Random random, Counts counts, int cycle, State state, boolean creating)
            throws Exception {
        // the first cycle may kill during the very first start (database creation and sample data)
        int delay = creating ? random.nextInt(Math.max(1, maxDelayMs * 2)) : random.nextInt(Math.max(1, maxDelayMs));
        ChildRun child = runChild(base, "work", cycle, random.nextLong(), delay, !creating);
        if (!child.ready) {
            counts.killedBeforeReady++;
        } else if (child.exitedByItself) {
            counts.childExitedByItself++;
        } else {
            counts.killedWhileWorking++;
        }
        for (String raw : child.lines) {
            if (raw.startsWith("ERROR")) {
                counts.failures.add("cycle " + cycle + ": the child failed: " + raw);
                continue;
            }
            if (!raw.endsWith(" END")) {
                // cut off by the kill: not an acknowledgement
                continue;
            }
            String line = raw.substring(0, raw.length() - 4);
            String[] p = line.split(" ", 4);
            switch (p[0] + " " + (p.length > 1 ? p[1] : "")) {
                case "TRY EDIT" -> state.triedSince.computeIfAbsent(p[2], k -> new ArrayList<>()).add(p[3]);
                case "ACK EDIT" -> {
                    state.lastAcked.put(p[2], p[3]);
                    state.triedSince.remove(p[2]);
                    counts.acknowledgedEdits++;
                }
                case "TRY IMPORT" -> state.batchesTriedSince.add(Long.parseLong(p[2]));
                case "ACK IMPORT" -> {
                    state.lastAckedBatch = Long.parseLong(p[2]);
                    state.batchesTriedSince.clear();
                    counts.importsAcknowledged++;
                }
                case "ACK BACKUP" -> counts.backupsAcknowledged++;
                default -> { }
            }
        }
        verifyMain(base, counts, cycle, state, child);
    }

    private void verifyMain(Path base, Counts counts, int cycle, State state, ChildRun child) {
        if (!Database.exists(base) && !child.ready) {
            // killed before the first database was in place: nothing was acknowledged, nothing to check
            if (!state.lastAcked.isEmpty() || state.lastAckedBatch >= 0) {
                counts.failures.add("cycle " + cycle + ": the database file is gone after acknowledged writes");
            }
            return;
        }
        try (Workbench wb = Workbench.open(base, true, Clock.systemDefaultZone(), null)) {
            ProviderService providers = wb.providers();
            for (Map.Entry<String, String> e : state.lastAcked.entrySet()) {
                String now = providers.findByAgb(e.getKey()).map(Provider::notes).orElse(null);
                List<String> later = state.triedSince.getOrDefault(e.getKey(), List.of());
                if (e.getValue().equals(now) || later.contains(now)) {
                    counts.editsVerified++;
                    verifyAudited(wb, e.getKey(), now, counts, cycle);
                    if (!e.getValue().equals(now)) {
                        // the write in flight made it: it is now the acknowledged state
                        e.setValue(now);
                    }
                } else {
                    counts.failures.add("cycle " + cycle + ": provider " + e.getKey() + " has notes '" + now
                            + "', acknowledged was '" + e.getValue() + "'");
                }
            }
            state.triedSince.forEach((agb, tried) -> {
                if (!state.lastAcked.containsKey(agb)) {
                    String now = providers.findByAgb(agb).map(Provider::notes).orElse(null);
                    if (tried.contains(now)) {
                        state.lastAcked.put(agb, now);
                    }
                }
            });
            state.triedSince.clear();
            verifyImport(providers, counts, cycle, state);
            verifyBackups(base, counts, cycle, child);
            readEverything(wb, counts, cycle);
        } catch (RuntimeException e) {
            counts.failures.add("cycle " + cycle + ": the database does not open or read after the kill: " + e);
        }
    }

    /** The edit that is there has its audit entry: they were written in one transaction. */
    private static void verifyAudited(Workbench wb, String agb, String notes, Counts counts, int cycle) {
        long entries = wb.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry a "
                        + "JOIN provider p ON a.entity_key = CAST(p.id AS VARCHAR) WHERE a.entity_type = 'PROVIDER' "
                        + "AND p.agb_code = :agb AND CAST(a.after AS VARCHAR) LIKE :notes")
                .bind("agb", agb).bind("notes", "%" + notes + "%").mapTo(Long.class).one());
        if (entries == 0) {
            counts.failures.add("cycle " + cycle + ": provider " + agb + " has notes '" + notes
                    + "' but no audit entry for that change");
        } else {
            counts.auditedEdits++;
        }
    }

    private static void verifyImport(ProviderService providers, Counts counts, int cycle, State state) {
        if (state.lastAckedBatch < 0 && state.batchesTriedSince.isEmpty()) {
            return;
        }
        Map<String, Integer> markers = new LinkedHashMap<>();
        int rows = 0;
        for (Provider p : providers.all()) {
            if (p.agbCode().startsWith(IMPORT_PREFIX)) {
                rows++;
                markers.merge(String.valueOf(p.notes()), 1, Integer::sum);
            }
        }
        if (rows == 0) {
            if (state.lastAckedBatch >= 0) {
                counts.failures.add("cycle " + cycle + ": the acknowledged import " + state.lastAckedBatch + " is gone");
            } else {
                counts.importsInFlightRolledBack++;
            }
            state.batchesTriedSince.clear();
            return;
        }
        if (rows != IMPORT_ROWS || markers.size() != 1) {
            counts.failures.add("cycle " + cycle + ": a half import: " + rows + " rows, markers " + markers);
            return;
        }
        long batch = Long.parseLong(markers.keySet().iterator().next().substring("batch-".length()));
        if (batch == state.lastAckedBatch) {
            counts.importsFoundWhole++;
            if (!state.batchesTriedSince.isEmpty()) {
                counts.importsInFlightRolledBack++;
            }
        } else if (state.batchesTriedSince.contains(batch)) {
            counts.importsFoundWhole++;
            counts.importsInFlightCommitted++;
            state.lastAckedBatch = batch;
        } else {
            counts.failures.add("cycle " + cycle + ": import batch " + batch + " found, acknowledged was "
                    + state.lastAckedBatch);
        }
        state.batchesTriedSince.clear();
    }

    private static void verifyBackups(Path base, Counts counts, int cycle, ChildRun child) {
        List<BackupInfo> listed = Workbench.backupsOf(base);
        for (String id : child.ackedBackups()) {
            if (listed.stream().noneMatch(b -> b.id().equals(id))) {
                // pruning may have removed an old one; the newest generations must be there
                if (listed.size() < 3) {
                    counts.failures.add("cycle " + cycle + ": acknowledged backup " + id + " is not listed");
                }
            }
        }
        if (listed.isEmpty()) {
            return;
        }
        // the newest backup must restore into a database that opens and holds what its manifest says
        BackupInfo newest = listed.get(0);
        Path probe = base.resolveSibling("verify-" + cycle).resolve("wb");
        try {
            Files.createDirectories(probe.getParent());
            Files.copy(BackupStore.forDatabase(base).file(newest),
                    BackupStore.forDatabase(probe).folder().resolve(newest.id()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.createDirectories(BackupStore.forDatabase(probe).folder());
                Files.copy(BackupStore.forDatabase(base).file(newest),
                        BackupStore.forDatabase(probe).folder().resolve(newest.id()));
            } catch (IOException again) {
                counts.failures.add("cycle " + cycle + ": backup " + newest.id() + " cannot be copied: " + again);
                return;
            }
        }
        try {
            BackupStore.forDatabase(probe).restore(newest.id(), "", Map.of());
            try (Workbench restored = Workbench.open(probe, false, Clock.systemDefaultZone(), null)) {
                long providers = restored.providers().count();
                if (newest.count(BackupInfo.PROVIDERS) >= 0 && providers != newest.count(BackupInfo.PROVIDERS)) {
                    counts.failures.add("cycle " + cycle + ": backup " + newest.id() + " holds " + providers
                            + " providers, its manifest says " + newest.count(BackupInfo.PROVIDERS));
                } else {
                    counts.backupsVerified++;
                }
            }
        } catch (RuntimeException e) {
            counts.failures.add("cycle " + cycle + ": backup " + newest.id() + " does not restore: " + e);
        } finally {
            deleteTree(probe.getParent());
        }
    }

    private static void readEverything(Workbench wb, Counts counts, int cycle) {
        try {
            wb.providers().all();
            wb.policies().all();
            wb.quotes().all();
            wb.database().jdbi().useHandle(h -> {
                long orphans = h.createQuery("SELECT COUNT(*) FROM provider_contract c LEFT JOIN provider p "
                        + "ON p.id = c.provider_id WHERE p.id IS NULL").mapTo(Long.class).one();
                if (orphans > 0) {
                    counts.failures.add("cycle " + cycle + ": " + orphans + " contracts without their provider");
                }
            });
        } catch (RuntimeException e) {
            counts.failures.add("cycle " + cycle + ": the data does not read back: " + e);
        }
    }

    private void migrationCycle(Path base, Random random, Counts counts, int cycle) throws Exception {
        counts.migrationCycles++;
        int oldProviders = 400;
        Migrations.prepareOldDatabase(base, oldProviders);
        // opening an old database migrates it (backup, copy, migrate, rename) before READY
        ChildRun child = runChild(base, "open", cycle, random.nextLong(), random.nextInt(Math.max(1, maxDelayMs * 2)), false);
        if (child.ready) {
            counts.killedWhileWorking++;
        } else {
            counts.killedBeforeReady++;
        }
        try {
            String before = Migrations.schemaVersion(base);
            boolean done = !"4".equals(before);
            try (Workbench wb = Workbench.open(base, false, Clock.systemDefaultZone(), null)) {
                long n = wb.providers().all().stream().filter(p -> p.agbCode().startsWith(Migrations.OLD_PREFIX)).count();
                if (n != oldProviders) {
                    counts.failures.add("cycle " + cycle + ": after a killed migration " + n + " of " + oldProviders
                            + " old providers are there");
                } else if (done) {
                    counts.migrationsFoundDone++;
                } else {
                    counts.migrationsFoundNotStarted++;
                }
            }
        } catch (RuntimeException e) {
            counts.failures.add("cycle " + cycle + ": after a killed migration the database does not open: " + e);
        } finally {
            deleteTree(base.getParent());
        }
    }

    /** A child's output and how it ended. */
    record ChildRun(List<String> lines, boolean ready, boolean exitedByItself) {
        List<String> ackedBackups() {
            return lines.stream().filter(l -> l.startsWith("ACK BACKUP ") && l.endsWith(" END"))
                    .map(l -> l.substring(11, l.length() - 4)).toList();
        }
    }

    private ChildRun runChild(Path base, String mode, int cycle, long childSeed, int delayMs, boolean waitForReady)
            throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashHarness.class.getName(), "child",
                mode, base.toString(), Integer.toString(cycle), Long.toString(childSeed));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed mid-line; what was read is what was acknowledged
            }
        });
        reader.start();
        if (waitForReady) {
            ready.await(60, TimeUnit.SECONDS);
        }
        boolean exited = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
        if (!exited) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(10_000);
        List<String> copy = new ArrayList<>(lines);
        Files.write(base.toAbsolutePath().getParent().resolveSibling("cycle-" + cycle + "-" + mode + ".log"), copy,
                StandardCharsets.UTF_8);
        // a line cut off by the kill is not an acknowledgement
        return new ChildRun(copy, copy.contains("READY"), exited);
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover in the temporary folder
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
