package nl.inkoopwerkbank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.AtomicFiles;
import nl.inkoopwerkbank.io.ProviderFactsYaml;
import nl.inkoopwerkbank.service.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code facts list|export|import}: the fact catalogue, and a provider's answers as a facts file. */
@Command(name = "facts", description = "De feitencatalogus tonen; de feiten van een aanbieder exporteren en importeren.",
        mixinStandardHelpOptions = true,
        subcommands = {FactsCommand.ListCommand.class, FactsCommand.ExportCommand.class, FactsCommand.ImportCommand.class})
public final class FactsCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public enum Format { json, table }

    /** Exit code for other errors (a missing file, ...), as {@link Cli#withWorkbench} gives them. */
    static final int EXIT_OTHER = 2;

    /** The known insurer ids ({@code caresq}, ...): the only keys an insurer-scoped fact takes. */
    static List<String> insurerIds(Workbench wb) {
        return wb.providers().insurers().stream().map(Insurer::id).toList();
    }

    /** The provider with this AGB-code, or a message on stderr. */
    static Optional<Provider> provider(Workbench wb, Messages messages, CommandSpec spec, String agb) {
        Optional<Provider> p = wb.providers().findByAgb(agb == null ? "" : agb.strip());
        if (p.isEmpty()) {
            spec.commandLine().getErr().println(messages.get("cli.provider.unknown", agb));
            spec.commandLine().getErr().flush();
        }
        return p;
    }

    /** Reads a facts file; a file that does not exist is a message on stderr (null returned). */
    static ProviderFactsYaml.Result read(Workbench wb, Messages messages, CommandSpec spec, Path file) throws IOException {
        try {
            return ProviderFactsYaml.read(file, wb.assessments().catalog(), insurerIds(wb));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println(messages.get("cli.facts.file-missing", file));
            spec.commandLine().getErr().flush();
            return null;
        }
    }

    static void printProblems(CommandSpec spec, Messages messages, List<Problem> problems, String summaryKey) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) {
            err.println(CliMessages.problem(messages, p));
        }
        err.println(messages.get(summaryKey, problems.size()));
        err.flush();
    }

    /** One catalogue entry as the JSON of {@code facts list}. */
    static Map<String, Object> toJson(FactDefinition f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        m.put("type", f.type() == null ? null : f.type().code());
        m.put("question", f.question());
        m.put("unit", f.unit());
        m.put("scope", f.insurerScoped() ? "insurer" : "provider");
        m.put("topic", f.topic());
        m.put("choices", f.choices());
        m.put("providerTypes", f.providerTypes().stream().map(ProviderType::name).toList());
        return m;
    }

    @Command(name = "list", description = "De feitencatalogus: elke vraag die een beleid aan een aanbieder kan stellen.",
            mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        FactsCommand parent;

        @Option(names = "--format", defaultValue = "table", description = "json of table (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--type", paramLabel = "<aanbiedertype>",
                description = "Alleen de feiten die aan dit type aanbieder gevraagd worden, bijv. KRAAMZORGORGANISATIE.")
        ProviderType type;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                PrintWriter out = spec.commandLine().getOut();
                FactCatalog catalog = wb.assessments().catalog();
                List<FactDefinition> facts = catalog.all().stream()
                        .filter(f -> type == null || f.appliesTo(type)).toList();
                if (format == Format.json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (FactDefinition f : facts) {
                        rows.add(toJson(f));
                    }
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
                } else {
                    List<String[]> lines = new ArrayList<>();
                    lines.add(new String[] {messages.get("cli.facts.key"), messages.get("cli.facts.type"),
                            messages.get("cli.facts.unit"), messages.get("cli.facts.scope"), messages.get("cli.facts.topic"),
                            messages.get("cli.facts.question")});
                    for (FactDefinition f : facts) {
                        String kind = f.type() == null ? "" : f.type().code();
                        if (!f.choices().isEmpty()) {
                            kind += " (" + choices(f.choices()) + ")";
                        }
                        lines.add(new String[] {f.key(), kind, f.unit(), f.insurerScoped() ? "insurer" : "provider",
                                f.topic(), f.question()});
                    }
                    Table.print(out, lines);
                    out.println(messages.get("cli.facts.count", facts.size()));
                }
                out.flush();
                return 0;
            });
        }
    }

    /** The choices for a table cell: all of them when short, else the first few and an ellipsis. */
    static String choices(List<String> choices) {
        StringBuilder sb = new StringBuilder();
        for (String c : choices) {
            if (sb.length() + c.length() > 40) {
                return sb.append("|\u2026").toString();
            }
            sb.append(sb.length() == 0 ? "" : "|").append(c);
        }
        return sb.toString();
    }

    @Command(name = "export", description = "De feiten van een aanbieder als feitenbestand (YAML), voor assess --facts of import.",
            mixinStandardHelpOptions = true)
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        FactsCommand parent;

        @Option(names = "--provider", required = true, paramLabel = "<AGB-code>")
        String agb;

        @Option(names = "--file", paramLabel = "<bestand>", description = "Doelbestand (zonder: naar de standaarduitvoer).")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                Optional<Provider> p = provider(wb, messages, spec, agb);
                if (p.isEmpty()) {
                    return Cli.EXIT_INVALID;
                }
                FactSheet sheet = wb.assessments().sheet(p.get().id());
                String text = ProviderFactsYaml.write(ProviderFactsYaml.ProviderInfo.of(p.get()), sheet,
                        wb.assessments().catalog());
                PrintWriter out = spec.commandLine().getOut();
                if (file == null) {
                    out.print(text);
                } else {
                    AtomicFiles.write(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                    out.println(messages.get("cli.facts.exported", sheet.size(), p.get().name(), file.toAbsolutePath()));
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "import", description = "Een feitenbestand bij een aanbieder opslaan: alles of niets.",
            mixinStandardHelpOptions = true)
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        FactsCommand parent;

        @Option(names = "--provider", paramLabel = "<AGB-code>",
                description = "De aanbieder (zonder: provider.agb uit het bestand).")
        String agb;

        @Option(names = "--file", required = true, paramLabel = "<bestand>", description = "Feitenbestand, YAML of JSON.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                ProviderFactsYaml.Result r = read(wb, messages, spec, file);
                if (r == null) {
                    return EXIT_OTHER;
                }
                if (!r.ok()) {
                    printProblems(spec, messages, r.problems(), "import.failed");
                    return Cli.EXIT_INVALID;
                }
                String fileAgb = r.provider().agb();
                if (agb == null && fileAgb == null) {
                    spec.commandLine().getErr().println(messages.get("cli.facts.provider-needed"));
                    spec.commandLine().getErr().flush();
                    return Cli.EXIT_INVALID;
                }
                if (agb != null && fileAgb != null && !agb.strip().equals(fileAgb)) {
                    spec.commandLine().getErr().println(messages.get("cli.facts.other-provider", r.file(), fileAgb, agb));
                    spec.commandLine().getErr().flush();
                    return Cli.EXIT_INVALID;
                }
                Optional<Provider> p = provider(wb, messages, spec, agb != null ? agb : fileAgb);
                if (p.isEmpty()) {
                    return Cli.EXIT_INVALID;
                }
                try {
                    wb.assessments().importFacts(p.get().id(), r);
                } catch (ValidationException e) {
                    PrintWriter err = spec.commandLine().getErr();
                    for (Violation v : e.violations()) {
                        err.println(r.file() + ": " + messages.format(v));
                    }
                    err.println(messages.get("import.failed", e.violations().size()));
                    err.flush();
                    return Cli.EXIT_INVALID;
                }
                wb.database().checkpoint();
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get("cli.facts.imported", r.answers().size(), p.get().name()));
                out.flush();
                return 0;
            });
        }
    }
}
