package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.store.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup create|list|restore}: the database's backups, also when the database cannot be opened. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back-ups van de database: maken, tonen en terugzetten. Er wordt automatisch een back-up "
                + "gemaakt voor elke import en elke database-update, en minstens één per dag.",
        subcommands = {BackupCommand.CreateCommand.class, BackupCommand.ListCommand.class,
                BackupCommand.RestoreCommand.class})
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** One line about a backup: when, why, what it holds. */
    static String describe(BackupInfo b, Messages m) {
        BackupTexts texts = new BackupTexts(m);
        return m.get("cli.backup.line", texts.when(b.createdAt()), reason(b, m), texts.summary(b));
    }

    static String reason(BackupInfo b, Messages m) {
        String text = new BackupTexts(m).reason(b);
        return b.detail().isEmpty() || b.reason().equals(BackupInfo.IMPORT) ? text : text + " (" + b.detail() + ")";
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Maakt nu een back-up.")
    static final class CreateCommand implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--note", paramLabel = "<tekst>", description = "Een korte notitie bij de back-up.")
        String note;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                BackupInfo made = wb.backups().create(BackupInfo.MANUAL, note == null ? "" : note.strip());
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get("cli.backup.created", describe(made, messages)));
                out.println(Workbench.backupFolder(wb.database().basePath()).resolve(made.id()));
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Toont de back-ups, nieuwste eerst (ook als de database niet opengaat).")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path base = parent.cli.basePath();
            Messages m = Messages.dutch();
            PrintWriter out = spec.commandLine().getOut();
            List<BackupInfo> all = Workbench.backupsOf(base);
            if (all.isEmpty()) {
                out.println(m.get("cli.backup.none", Workbench.backupFolder(base)));
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {m.get("cli.backup.col.id"), m.get("cli.backup.col.when"), m.get("cli.backup.col.reason"),
                    m.get("cli.backup.col.contents"), m.get("cli.backup.col.size"), m.get("cli.backup.col.encrypted")});
            for (BackupInfo b : all) {
                BackupTexts texts = new BackupTexts(m);
                rows.add(new String[] {b.id(), texts.when(b.createdAt()), reason(b, m), texts.summary(b), texts.size(b.sizeBytes()),
                        b.encrypted() ? m.get("common.yes") : m.get("common.no")});
            }
            Table.print(out, rows);
            out.println(m.get("cli.backup.folder", Workbench.backupFolder(base)));
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Zet een back-up terug in plaats van de database. De huidige gegevens worden eerst zelf als "
                    + "back-up bewaard. Werkt ook als de database beschadigd is of niet opengaat.")
    static final class RestoreCommand implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "<back-up>",
                description = "De back-up (de naam uit 'backup list').")
        String id;

        @Option(names = "--latest", description = "De nieuwste back-up waarvan bekend is wat erin staat.")
        boolean latest;

        @Option(names = "--yes", description = "Niet om bevestiging vragen.")
        boolean yes;

        @Override
        public Integer call() {
            Path base = parent.cli.basePath();
            Messages m = Messages.dutch();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<BackupInfo> all = Workbench.backupsOf(base);
            if ((id == null) == !latest) {
                err.println(m.get("cli.backup.choose-one"));
                return Cli.EXIT_INVALID;
            }
            Optional<BackupInfo> chosen = latest
                    ? all.stream().filter(b -> !b.counts().isEmpty()).findFirst()
                    : all.stream().filter(b -> b.id().equals(id.strip())).findFirst();
            if (chosen.isEmpty()) {
                err.println(latest ? m.get("cli.backup.none", Workbench.backupFolder(base))
                        : m.get("cli.backup.unknown", id, Workbench.backupFolder(base)));
                return Cli.EXIT_INVALID;
            }
            BackupInfo backup = chosen.get();
            if (!yes) {
                java.io.Console console = System.console();
                if (console == null) {
                    err.println(m.get("cli.backup.confirm-needed"));
                    return Cli.EXIT_INVALID;
                }
                String answer = console.readLine("%s ", m.get("cli.backup.confirm", describe(backup, m)));
                if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("j")) {
                    out.println(m.get("cli.backup.not-restored"));
                    return 0;
                }
            }
            Optional<BackupInfo> kept;
            try {
                kept = restore(base, backup.id());
                out.println(m.get("cli.backup.restored", describe(backup, m)));
                kept.ifPresent(k -> out.println(m.get("cli.backup.kept", k.id())));
            } catch (DatabaseException e) {
                err.println(e.getMessage());
                return Cli.EXIT_DATABASE;
            }
            if (backup.encrypted()) {
                out.println(m.get("cli.backup.encrypted-note"));
            }
            return 0;
        }

        /** Restores through the open database when it opens (its contents are then recorded), else directly. */
        private Optional<BackupInfo> restore(Path base, String backupId) {
            if (Workbench.exists(base)) {
                try {
                    char[] pass = Workbench.isEncrypted(base) ? parent.cli.passphrase(base) : null;
                    Workbench wb = Workbench.open(base, false, java.time.Clock.systemDefaultZone(), pass);
                    return wb.closeAndRestore(backupId);
                } catch (DatabaseException e) {
                    if (e.reason() == DatabaseException.Reason.LOCKED) {
                        throw e;
                    }
                    // damaged, newer version, unknown passphrase: the file itself is kept as a backup
                }
            }
            return Workbench.restoreBackup(base, backupId);
        }
    }
}
