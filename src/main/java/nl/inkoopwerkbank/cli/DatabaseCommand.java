package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.store.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code database info|encrypt|decrypt}: where the data is, and its encryption at rest. */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "De database zelf: waar hij staat, wat erin staat, en versleuteling met een wachtwoordzin.",
        subcommands = {DatabaseCommand.InfoCommand.class, DatabaseCommand.EncryptCommand.class,
                DatabaseCommand.DecryptCommand.class})
public final class DatabaseCommand implements Callable<Integer> {

    /** The shortest passphrase accepted for a new encryption. */
    public static final int MIN_PASSPHRASE = 12;

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Waar de database en de back-ups staan, of hij versleuteld is en wat erin staat.")
    static final class InfoCommand implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, m) -> {
                PrintWriter out = spec.commandLine().getOut();
                Path base = wb.database().basePath();
                out.println(m.get("cli.database.file", wb.database().dataFile()));
                out.println(m.get("cli.database.encrypted", wb.database().isEncrypted() ? m.get("common.yes") : m.get("common.no")));
                out.println(m.get("cli.database.version", wb.database().schemaVersion()));
                out.println(m.get("cli.database.contents", wb.providers().count(), wb.policies().all().size(),
                        wb.quotes().all().size()));
                out.println(m.get("cli.backup.folder", Workbench.backupFolder(base)));
                wb.backups().latest().ifPresentOrElse(
                        b -> out.println(m.get("cli.database.latest-backup", BackupCommand.describe(b, m))),
                        () -> out.println(m.get("cli.backup.none", Workbench.backupFolder(base))));
                return 0;
            });
        }
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = "Versleutelt de database (of geeft een versleutelde database een nieuwe wachtwoordzin). "
                    + "Er wordt eerst een back-up gemaakt; eerdere onversleutelde back-ups worden ook versleuteld. "
                    + "Een vergeten wachtwoordzin is niet te herstellen.")
    static final class EncryptCommand implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--new-passphrase-file", paramLabel = "<bestand>",
                description = "Het bestand met de nieuwe wachtwoordzin (de eerste regel; minstens "
                        + MIN_PASSPHRASE + " tekens). Anders vraagt de opdrachtregel er twee keer om.")
        Path newPassphraseFile;

        @Override
        public Integer call() {
            Messages m = Messages.dutch();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path base = parent.cli.basePath();
            if (!Workbench.exists(base)) {
                err.println(m.get("cli.database.missing", DataLocation.dataFile(base)));
                return Cli.EXIT_DATABASE;
            }
            char[] next;
            try {
                next = newPassphrase(m);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return Cli.EXIT_INVALID;
            }
            try {
                char[] current = Workbench.isEncrypted(base) ? parent.cli.passphrase(base) : null;
                Workbench.encrypt(base, current, next);
                out.println(m.get("cli.database.encrypted-done", DataLocation.dataFile(base)));
                return 0;
            } catch (DatabaseException e) {
                err.println(e.getMessage());
                return Cli.EXIT_DATABASE;
            } finally {
                Arrays.fill(next, '\0');
            }
        }

        private char[] newPassphrase(Messages m) {
            char[] next;
            if (newPassphraseFile != null) {
                try {
                    next = Files.readString(newPassphraseFile, StandardCharsets.UTF_8).lines().findFirst().orElse("")
                            .toCharArray();
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("--new-passphrase-file: " + newPassphraseFile + ": " + e.getMessage());
                }
            } else {
                java.io.Console console = System.console();
                if (console == null) {
                    throw new IllegalArgumentException(m.get("cli.database.passphrase-needed"));
                }
                next = console.readPassword("%s ", m.get("cli.database.ask-new"));
                char[] again = console.readPassword("%s ", m.get("cli.database.ask-again"));
                if (next == null || again == null || !Arrays.equals(next, again)) {
                    throw new IllegalArgumentException(m.get("cli.database.passphrases-differ"));
                }
            }
            if (next.length < MIN_PASSPHRASE) {
                throw new IllegalArgumentException(m.get("cli.database.passphrase-short", MIN_PASSPHRASE));
            }
            return next;
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = "Zet de versleuteling uit (eerst wordt een back-up gemaakt; die blijft versleuteld).")
    static final class DecryptCommand implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages m = Messages.dutch();
            Path base = parent.cli.basePath();
            if (!Workbench.isEncrypted(base)) {
                spec.commandLine().getOut().println(m.get("cli.database.not-encrypted", DataLocation.dataFile(base)));
                return 0;
            }
            try {
                Workbench.decrypt(base, parent.cli.passphrase(base));
                spec.commandLine().getOut().println(m.get("cli.database.decrypted-done", DataLocation.dataFile(base)));
                return 0;
            } catch (DatabaseException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Cli.EXIT_DATABASE;
            }
        }
    }
}
