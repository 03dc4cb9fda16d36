package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.service.ProviderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code providers list|import|export}. */
@Command(name = "providers", description = "Aanbieders tonen, importeren en exporteren.",
        mixinStandardHelpOptions = true,
        subcommands = {ProvidersCommand.ListCommand.class, ProvidersCommand.ImportCommand.class,
                ProvidersCommand.ExportCommand.class})
public final class ProvidersCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public enum Format { json, table }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Command(name = "list", description = "Alle aanbieders, als tabel of JSON.", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        ProvidersCommand parent;

        @Option(names = "--format", defaultValue = "table", description = "json of table (standaard: ${DEFAULT-VALUE})")
        Format format;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                PrintWriter out = spec.commandLine().getOut();
                List<Provider> all = wb.providers().all();
                if (format == Format.json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Provider p : all) {
                        rows.add(toJson(p));
                    }
                    out.println(json().writeValueAsString(rows));
                } else {
                    List<String[]> lines = new ArrayList<>();
                    lines.add(new String[] {
                            messages.get("provider.field.agb_code"), messages.get("provider.field.naam"),
                            messages.get("provider.field.type"), messages.get("provider.field.plaats"),
                            messages.get("provider.field.regio"), messages.get("provider.field.contracten")});
                    for (Provider p : all) {
                        lines.add(new String[] {p.agbCode(), p.name(), messages.get(p.type().labelKey()), p.place(),
                                p.region(), String.join(", ", p.contracts().stream().map(ProviderContract::insurerId).toList())});
                    }
                    Table.print(out, lines);
                    out.println(messages.get("cli.providers.count", all.size()));
                }
                out.flush();
                return 0;
            });
        }
    }

    static Map<String, Object> toJson(Provider p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agbCode", p.agbCode());
        m.put("name", p.name());
        m.put("type", p.type().name());
        m.put("kvkNumber", p.kvkNumber());
        m.put("street", p.street());
        m.put("postcode", p.postcode());
        m.put("place", p.place());
        m.put("region", p.region());
        m.put("contactPerson", p.contactPerson());
        m.put("email", p.email());
        List<Map<String, Object>> contracts = new ArrayList<>();
        for (ProviderContract c : p.contracts()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("insurer", c.insurerId());
            cm.put("since", c.since() == null ? null : c.since().toString());
            contracts.add(cm);
        }
        m.put("contracts", contracts);
        m.put("notes", p.notes());
        return m;
    }

    @Command(name = "import", description = "Aanbieders importeren uit een CSV-bestand (alles of niets).",
            mixinStandardHelpOptions = true)
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        ProvidersCommand parent;

        @Option(names = "--file", required = true, paramLabel = "<csv>", description = "CSV met kopregel; ; of , als scheidingsteken.")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                ProviderService.ImportOutcome outcome = wb.providers().importCsv(file);
                if (!outcome.ok()) {
                    PrintWriter err = spec.commandLine().getErr();
                    for (Problem p : outcome.problems()) {
                        err.println(CliMessages.problem(messages, p));
                    }
                    err.println(messages.get("import.failed", outcome.problems().size()));
                    err.flush();
                    return CliMessages.unreadableFile(outcome.problems()) ? Cli.EXIT_OTHER : Cli.EXIT_INVALID;
                }
                wb.database().checkpoint();
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get("import.done", outcome.inserted(), outcome.updated()));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "export", description = "Alle aanbieders exporteren naar een CSV-bestand.", mixinStandardHelpOptions = true)
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        ProvidersCommand parent;

        @Option(names = "--file", required = true, paramLabel = "<csv>")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                wb.providers().exportCsv(file);
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get("export.done", wb.providers().count(), file.toAbsolutePath()));
                out.flush();
                return 0;
            });
        }
    }
}
