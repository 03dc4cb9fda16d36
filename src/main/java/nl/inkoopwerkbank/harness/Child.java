package nl.inkoopwerkbank.harness;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.service.ProviderService;

/**
 * The child process of the {@link CrashHarness}: opens the workbench and writes until it is killed. Every
 * write is announced ({@code TRY ... END}) before it starts and acknowledged ({@code ACK ... END}) after the
 * service returned, which is when the screens tell the buyer it is saved.
 */
final class Child {

    private Child() {
    }

    /** {@code child <work|open> <base> <cycle> <seed>}. */
    static int run(String[] args) {
        String mode = args[1];
        Path base = Path.of(args[2]);
        int cycle = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Workbench wb = Workbench.open(base, mode.equals("work"), Clock.systemDefaultZone(), null)) {
            out.println("READY");
            ProviderService providers = wb.providers();
            List<String> edited = providers.all().stream().map(Provider::agbCode)
                    .filter(a -> !a.startsWith(CrashHarness.IMPORT_PREFIX)).sorted().limit(CrashHarness.EDITED_PROVIDERS).toList();
            for (int seq = 1; ; seq++) {
                int op = random.nextInt(100);
                if (op < 55 || !mode.equals("work")) {
                    String agb = edited.get(random.nextInt(edited.size()));
                    String notes = "c" + cycle + "-" + seq;
                    out.println("TRY EDIT " + agb + " " + notes + " END");
                    Provider p = providers.findByAgb(agb).orElseThrow();
                    providers.save(new Provider(p.id(), p.agbCode(), p.name(), p.type(), p.kvkNumber(), p.street(),
                            p.postcode(), p.place(), p.region(), p.contactPerson(), p.email(), p.contracts(), notes,
                            p.version()));
                    out.println("ACK EDIT " + agb + " " + notes + " END");
                } else if (op < 85) {
                    long batch = cycle * 100_000L + seq;
                    out.println("TRY IMPORT " + batch + " END");
                    ProviderService.ImportOutcome outcome = providers.importCsv(importFile(batch), "harness-" + batch + ".csv");
                    if (!outcome.ok()) {
                        out.println("ERROR import refused: " + outcome.problems());
                        return 5;
                    }
                    out.println("ACK IMPORT " + batch + " END");
                } else {
                    out.println("TRY BACKUP END");
                    BackupInfo made = wb.backups().create(BackupInfo.MANUAL, "harness");
                    out.println("ACK BACKUP " + made.id() + " END");
                }
            }
        } catch (RuntimeException e) {
            out.println("ERROR " + e);
            return 4;
        }
    }

    /** The same {@value CrashHarness#IMPORT_ROWS} providers, each import with its own batch marker in the notes. */
    static byte[] importFile(long batch) {
        StringBuilder csv = new StringBuilder("agb_code;naam;type;plaats;regio;postcode;notities\n");
        for (int i = 1; i <= CrashHarness.IMPORT_ROWS; i++) {
            csv.append(CrashHarness.IMPORT_PREFIX).append(String.format("%07d", i)).append(";Proefpraktijk Harnas ")
                    .append(i).append(";VERLOSKUNDIGENPRAKTIJK;Zwolle;Salland;8011 AB;batch-").append(batch).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
