package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.service.ExportService.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export summary|summaries|portfolio}: contract summaries as PDF and the portfolio as Excel or CSV.
 * Files are written to a temporary file and renamed into place; Ctrl+C during a batch leaves no new file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Contractsamenvattingen (PDF) en de portefeuille (Excel of CSV) exporteren.",
        subcommands = {ExportCommand.SummaryCommand.class, ExportCommand.SummariesCommand.class,
                ExportCommand.PortfolioCommand.class})
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static int refuse(CommandSpec spec, List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.flush();
        return Cli.EXIT_INVALID;
    }

    /** The policy by id, or a problem naming the option and the known ids. */
    static Optional<Policy> policy(ExportService exports, String id, Messages messages, List<String> problems) {
        Optional<Policy> p = exports.policy(id.strip());
        if (p.isEmpty()) {
            problems.add(messages.get("cli.export.unknown-policy", id,
                    String.join(", ", exports.policies().stream().map(Policy::id).toList())));
        }
        return p;
    }

    /** The contract type of the policy, or a problem naming the known ones. */
    static Optional<ContractType> contractType(Policy policy, String id, Messages messages, List<String> problems) {
        Optional<ContractType> c = policy.contractType(id.strip());
        if (c.isEmpty()) {
            problems.add(messages.get("cli.export.unknown-type", id, policy.id(),
                    String.join(", ", policy.contractTypes().stream().map(ContractType::id).toList())));
        }
        return c;
    }

    /** The target must have the right extension and a folder that exists or can be made. */
    static void checkTarget(Path out, List<Format> allowed, String option, Messages messages, List<String> problems) {
        Format f;
        try {
            f = Format.of(out);
        } catch (IllegalArgumentException e) {
            f = null;
        }
        if (f == null || !allowed.contains(f)) {
            problems.add(messages.get("cli.export.bad-extension", option, out.toString(),
                    String.join(", ", allowed.stream().map(x -> "." + x.name().toLowerCase(java.util.Locale.ROOT)).toList())));
        }
        if (Files.isDirectory(out)) {
            problems.add(messages.get("cli.export.is-folder", option, out.toString()));
        }
    }

    /** Runs an export so that Ctrl+C cancels it cleanly: temporary files are removed before the JVM stops. */
    static <T> T cancellable(AtomicBoolean cancelled, Callable<T> work) throws Exception {
        Thread worker = Thread.currentThread();
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "export-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.call();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already stopping: the hook is running and waits for us
            }
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "De contractsamenvatting van één aanbieder als PDF (A4, PDF/A): aanbiedergegevens, de "
                    + "uitkomst per contractvorm met niet-voldane en open eisen, de kleinste stap naar een beter "
                    + "niveau, voor een IGO de offerte, en de komende termijnen.")
    static final class SummaryCommand implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--provider", required = true, paramLabel = "<AGB-code>", description = "De aanbieder.")
        String agb;

        @Option(names = "--policy", paramLabel = "<id>",
                description = "Het inkoopbeleid (standaard: het nieuwste beleid van de eigen verzekeraar dat een "
                        + "contract voor deze soort aanbieder heeft).")
        String policyId;

        @Option(names = "--type", paramLabel = "<contractvorm>",
                description = "Alleen deze contractvorm van het beleid (standaard: alle die de aanbieder kan hebben).")
        String type;

        @Option(names = "--out", required = true, paramLabel = "<bestand.pdf>", description = "Het PDF-bestand.")
        Path out;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) throws Exception {
            ExportService exports = wb.exports();
            List<String> problems = new ArrayList<>();
            checkTarget(out, List.of(Format.PDF), "--out", messages, problems);
            Optional<Provider> provider = exports.provider(agb.strip());
            if (provider.isEmpty()) {
                problems.add(messages.get("cli.export.unknown-provider", agb));
            }
            Optional<Policy> policy = Optional.empty();
            if (policyId != null) {
                policy = policy(exports, policyId, messages, problems);
            } else if (provider.isPresent()) {
                policy = exports.defaultPolicy(provider.get());
                if (policy.isEmpty()) {
                    problems.add(messages.get("cli.export.no-policy", provider.get().name()));
                }
            }
            if (provider.isPresent() && policy.isPresent()) {
                if (type != null) {
                    contractType(policy.get(), type, messages, problems).ifPresent(c -> {
                        if (!EligibilityEngine.offersTo(c, provider.get().type())) {
                            problems.add(messages.get("cli.export.type-not-offered", c.id(),
                                    messages.get(provider.get().type().labelKey())));
                        }
                    });
                } else if (policy.get().contractTypes().stream()
                        .noneMatch(c -> EligibilityEngine.offersTo(c, provider.get().type()))) {
                    problems.add(messages.get("cli.export.policy-not-offered", policy.get().id(),
                            messages.get(provider.get().type().labelKey())));
                }
            }
            if (!problems.isEmpty()) {
                return refuse(spec, problems);
            }
            exports.writeSummary(provider.get(), policy.get(), type == null ? null : type.strip(), messages, out);
            PrintWriter o = spec.commandLine().getOut();
            o.println(messages.get("cli.export.summary.done", provider.get().name(), out.toString()));
            o.flush();
            return 0;
        }
    }

    @Command(name = "summaries", mixinStandardHelpOptions = true,
            description = "De contractsamenvattingen van alle aanbieders voor wie het beleid (of één contractvorm "
                    + "ervan) geldt: één PDF per aanbieder in een map, of samen in één PDF-bestand.")
    static final class SummariesCommand implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--policy", required = true, paramLabel = "<id>", description = "Het inkoopbeleid.")
        String policyId;

        @Option(names = "--type", paramLabel = "<contractvorm>",
                description = "Alleen de aanbieders voor deze contractvorm, bijv. kraamzorg.")
        String type;

        @Option(names = "--out", required = true, paramLabel = "<map|bestand.pdf>",
                description = "Een map (één PDF per aanbieder) of een .pdf-bestand (alles in één document).")
        Path out;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) throws Exception {
            ExportService exports = wb.exports();
            List<String> problems = new ArrayList<>();
            boolean combined = out.getFileName() != null
                    && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
            if (combined && Files.isDirectory(out)) {
                problems.add(messages.get("cli.export.is-folder", "--out", out.toString()));
            }
            if (!combined && Files.exists(out) && !Files.isDirectory(out)) {
                problems.add(messages.get("cli.export.not-folder", out.toString()));
            }
            Optional<Policy> policy = policy(exports, policyId, messages, problems);
            if (policy.isPresent() && type != null) {
                contractType(policy.get(), type, messages, problems);
            }
            List<Provider> list = List.of();
            if (problems.isEmpty()) {
                list = exports.providersFor(policy.get(), type == null ? null : type.strip());
                if (list.isEmpty()) {
                    problems.add(messages.get("cli.export.no-providers", policy.get().id()));
                }
            }
            if (!problems.isEmpty()) {
                return refuse(spec, problems);
            }
            PrintWriter err = spec.commandLine().getErr();
            AtomicBoolean cancelled = new AtomicBoolean();
            List<Provider> chosen = list;
            ExportService.BatchResult result;
            try {
                result = cancellable(cancelled, () -> exports.writeSummaries(chosen, policy.get(),
                        type == null ? null : type.strip(), out, combined, messages, (done, total) -> {
                            // a combined batch reports one more step (writing the file): count summaries only
                            int summaries = Math.min(done, chosen.size());
                            if (summaries % 10 == 0 && summaries < chosen.size() || done.equals(total)) {
                                err.println(messages.get("cli.export.progress", summaries, chosen.size()));
                                err.flush();
                            }
                        }, cancelled::get));
            } catch (CancellationException e) {
                err.println(messages.get("cli.export.cancelled"));
                err.flush();
                return Cli.EXIT_OTHER;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(combined ? messages.get("cli.export.summaries.combined", result.summaries(), out.toString())
                    : messages.get("cli.export.summaries.folder", result.summaries(), out.toString()));
            o.flush();
            return 0;
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true,
            description = "De portefeuille: aanbieders x verzekeraars (uitkomst, niveau, open eisen, volgende "
                    + "termijn), één regel per aanbieder en contractvorm, en de tarieven van de offertes. "
                    + ".xlsx: alle tabbladen; .csv: de regels per contract, met ; en UTF-8 (met BOM).")
    static final class PortfolioCommand implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "<bestand.xlsx|bestand.csv>", description = "Het bestand.")
        Path out;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) throws Exception {
            List<String> problems = new ArrayList<>();
            checkTarget(out, List.of(Format.XLSX, Format.CSV), "--out", messages, problems);
            if (!problems.isEmpty()) {
                return refuse(spec, problems);
            }
            AtomicBoolean cancelled = new AtomicBoolean();
            PrintWriter err = spec.commandLine().getErr();
            try {
                cancellable(cancelled, () -> {
                    wb.exports().writePortfolio(out, messages, ExportService.Progress.NONE, cancelled::get);
                    return null;
                });
            } catch (CancellationException e) {
                err.println(messages.get("cli.export.cancelled"));
                err.flush();
                return Cli.EXIT_OTHER;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(messages.get("cli.export.portfolio.done", out.toString()));
            o.flush();
            return 0;
        }
    }
}
