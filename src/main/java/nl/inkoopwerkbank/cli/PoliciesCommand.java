package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.DiffReport;
import nl.inkoopwerkbank.io.PolicyDocument;
import nl.inkoopwerkbank.io.PolicyYamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policies list|show|diff|validate}. */
@Command(name = "policies", description = "Inkoopbeleid tonen, vergelijken en controleren.", mixinStandardHelpOptions = true,
        subcommands = {PoliciesCommand.ListCommand.class, PoliciesCommand.ShowCommand.class, PoliciesCommand.DiffCommand.class,
                PoliciesCommand.ValidateCommand.class})
public final class PoliciesCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public enum Format { json, text }

    static int unknown(CommandSpec spec, Messages messages, String id) {
        spec.commandLine().getErr().println(messages.get("cli.policies.unknown", id));
        spec.commandLine().getErr().flush();
        return Cli.EXIT_INVALID;
    }

    @Command(name = "list", description = "Alle beleidsstukken met hun contractvormen en aantallen eisen.",
            mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        PoliciesCommand parent;

        @Option(names = "--format", defaultValue = "text", description = "json of text (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                PrintWriter out = spec.commandLine().getOut();
                List<Policy> all = wb.policies().all();
                if (format == Format.json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Policy p : all) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", p.id());
                        m.put("insurer", p.insurer().id());
                        m.put("insurerName", p.insurer().name());
                        m.put("year", p.year());
                        m.put("domain", p.domain());
                        m.put("title", p.title());
                        List<Map<String, Object>> contracts = new ArrayList<>();
                        for (ContractType c : p.contractTypes()) {
                            Map<String, Object> cm = new LinkedHashMap<>();
                            cm.put("id", c.id());
                            cm.put("name", c.name());
                            cm.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                            cm.put("requirements", p.requirementsFor(c.id()).size());
                            if (c.isTiered()) {
                                cm.put("tiers", c.tiers().stream().map(ContractType.Tier::id).toList());
                            }
                            contracts.add(cm);
                        }
                        m.put("contractTypes", contracts);
                        m.put("requirements", p.requirements().size());
                        m.put("deadlines", p.deadlines().size());
                        m.put("ambiguities", p.ambiguities().size());
                        rows.add(m);
                    }
                    out.println(PolicyDocument.toJson(rows));
                } else {
                    List<String[]> lines = new ArrayList<>();
                    lines.add(new String[] {"id", messages.get("cli.policies.insurer"), messages.get("cli.policies.year"),
                            messages.get("cli.policies.contracts"), messages.get("cli.policies.requirements")});
                    for (Policy p : all) {
                        lines.add(new String[] {p.id(), p.insurer().name(), String.valueOf(p.year()),
                                String.valueOf(p.contractTypes().size()), String.valueOf(p.requirements().size())});
                    }
                    Table.print(out, lines);
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "show", description = "Een heel beleidsstuk, als JSON of in het bestandsformaat (YAML).",
            mixinStandardHelpOptions = true)
    static final class ShowCommand implements Callable<Integer> {
        @ParentCommand
        PoliciesCommand parent;

        @Parameters(paramLabel = "<id>")
        String id;

        @Option(names = "--format", defaultValue = "json", description = "json of text (YAML) (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                var policy = wb.policies().find(id);
                if (policy.isEmpty()) {
                    return unknown(spec, messages, id);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(format == Format.json ? PolicyDocument.toJson(PolicyDocument.toMap(policy.get()))
                        : PolicyDocument.toYaml(policy.get()));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "diff", description = "Wat er verandert van het ene beleidsstuk naar het andere.", mixinStandardHelpOptions = true)
    static final class DiffCommand implements Callable<Integer> {
        @ParentCommand
        PoliciesCommand parent;

        @Parameters(index = "0", paramLabel = "<id-a>")
        String from;

        @Parameters(index = "1", paramLabel = "<id-b>")
        String to;

        @Option(names = "--format", defaultValue = "text", description = "json of text (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                for (String id : List.of(from, to)) {
                    if (wb.policies().find(id).isEmpty()) {
                        return unknown(spec, messages, id);
                    }
                }
                Policy a = wb.policies().find(from).orElseThrow();
                Policy b = wb.policies().find(to).orElseThrow();
                PolicyDiff diff = PolicyDiff.between(a, b);
                PrintWriter out = spec.commandLine().getOut();
                out.println(format == Format.json ? PolicyDocument.toJson(diff) : DiffReport.markdown(diff, a, b, messages).stripTrailing());
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "validate", description = "Een beleidsbestand controleren; elk probleem met zijn regel.",
            mixinStandardHelpOptions = true)
    static final class ValidateCommand implements Callable<Integer> {
        @ParentCommand
        PoliciesCommand parent;

        @Parameters(paramLabel = "<file>")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench((wb, messages) -> {
                PolicyYamlReader.Result r = wb.policies().validate(file);
                if (!r.ok()) {
                    PrintWriter err = spec.commandLine().getErr();
                    for (Problem p : r.problems()) {
                        err.println(CliMessages.problem(messages, p));
                    }
                    err.println(messages.get("cli.policies.invalid", r.problems().size()));
                    err.flush();
                    return CliMessages.unreadableFile(r.problems()) ? Cli.EXIT_OTHER : Cli.EXIT_INVALID;
                }
                PrintWriter out = spec.commandLine().getOut();
                Policy p = r.policy();
                out.println(messages.get("cli.policies.valid", file.getFileName(), p.id(), p.contractTypes().size(),
                        p.requirements().size(), p.deadlines().size()));
                out.flush();
                return 0;
            });
        }
    }
}
