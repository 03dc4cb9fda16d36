package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.store.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The headless command line over the same services as the screens. */
@Command(name = "inkoopwerkbank",
        mixinStandardHelpOptions = true,
        version = "Inkoopwerkbank 0.1.0",
        description = "Inkoopwerkbank geboortezorg: aanbieders, inkoopbeleid en deadlines vanaf de opdrachtregel.",
        subcommands = {ProvidersCommand.class, PoliciesCommand.class, FactsCommand.class, AssessCommand.class,
                QuoteCommand.class, CalendarCommand.class, ExportCommand.class, BackupCommand.class, DatabaseCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Callable<Integer> {

    /** Exit code for refused input (validation problems). */
    public static final int EXIT_INVALID = 1;
    /** Exit code when the work failed or was cancelled for another reason than the input. */
    public static final int EXIT_OTHER = 2;
    /** Exit code when the database cannot be opened. */
    public static final int EXIT_DATABASE = 3;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "<pad>",
            description = "Database-bestand (standaard: ${env:INKOOPWERKBANK_DB} of de gebruikersdatamap).")
    String db;

    @Option(names = "--no-sample-data", scope = ScopeType.INHERIT,
            description = "Een nieuwe database niet vullen met de voorbeelddata.")
    boolean noSampleData;

    @Option(names = "--passphrase-file", scope = ScopeType.INHERIT, paramLabel = "<bestand>",
            description = "Voor een versleutelde database: het bestand met de wachtwoordzin (de eerste regel). "
                    + "Anders ${env:INKOOPWERKBANK_PASSPHRASE}, of de opdrachtregel vraagt erom.")
    Path passphraseFile;

    /** The environment variable that may hold the passphrase of an encrypted database (for scripts). */
    public static final String PASSPHRASE_ENV = "INKOOPWERKBANK_PASSPHRASE";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Runs an action against the opened workbench; database problems become a clear message and exit code. */
    int withWorkbench(WorkbenchAction action) {
        PrintWriter err = spec.commandLine().getErr();
        Path base = DataLocation.resolve(db);
        char[] passphrase;
        try {
            passphrase = Workbench.isEncrypted(base) ? passphrase(base) : null;
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return EXIT_DATABASE;
        }
        try (Workbench wb = Workbench.open(base, !noSampleData, java.time.Clock.systemDefaultZone(), passphrase)) {
            // the daily backup, when the last one is more than a day old; a failure is reported, not fatal
            try {
                wb.backups().createIfDue();
            } catch (DatabaseException e) {
                err.println(e.getMessage());
            }
            return action.run(wb, Messages.forLocale(wb.settings().language()));
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return EXIT_DATABASE;
        } catch (Exception e) {
            err.println(e.getMessage() == null ? e.toString() : e.getMessage());
            return 2;
        }
    }

    /**
     * The passphrase of the encrypted database at {@code base}: from {@code --passphrase-file}, the
     * environment, or asked on the terminal (not echoed).
     */
    char[] passphrase(Path base) {
        if (passphraseFile != null) {
            try {
                String text = java.nio.file.Files.readString(passphraseFile, java.nio.charset.StandardCharsets.UTF_8);
                String first = text.lines().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new DatabaseException(DatabaseException.Reason.PASSPHRASE_NEEDED,
                            "--passphrase-file: " + passphraseFile + " is leeg.", null);
                }
                return first.toCharArray();
            } catch (java.io.IOException e) {
                throw new DatabaseException(DatabaseException.Reason.PASSPHRASE_NEEDED,
                        "--passphrase-file: " + passphraseFile + " kan niet worden gelezen: " + e.getMessage(), e);
            }
        }
        String fromEnv = System.getenv(PASSPHRASE_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Wachtwoordzin voor %s: ", DataLocation.dataFile(base));
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new DatabaseException(DatabaseException.Reason.PASSPHRASE_NEEDED,
                "De database " + DataLocation.dataFile(base) + " is versleuteld. Geef de wachtwoordzin met "
                        + "--passphrase-file <bestand> of in " + PASSPHRASE_ENV + ".", null);
    }

    Path basePath() {
        return DataLocation.resolve(db);
    }

    @FunctionalInterface
    interface WorkbenchAction {
        int run(Workbench wb, Messages messages) throws Exception;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
