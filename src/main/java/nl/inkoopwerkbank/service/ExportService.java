package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.ContractCalendar;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.summary.ContractSummary;
import nl.inkoopwerkbank.domain.summary.QuoteSummary;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.AtomicFiles;
import nl.inkoopwerkbank.io.export.CsvTableWriter;
import nl.inkoopwerkbank.io.export.PdfPages;
import nl.inkoopwerkbank.io.export.PdfReportWriter;
import nl.inkoopwerkbank.io.export.ReportDocument;
import nl.inkoopwerkbank.io.export.SpreadsheetWriter;
import nl.inkoopwerkbank.io.export.TableData;

/**
 * Contract summaries (PDF), the portfolio (Excel or CSV) and a quote's tariff tables (Excel). Every file is
 * written to a temporary file beside the target and renamed into place, so an interrupted or cancelled
 * export leaves the old file (or none), never half a file. A batch of summaries is all or nothing too:
 * the files are renamed into place only after the last one is complete.
 */
public final class ExportService {

    /** Reports (done, total) while a long export runs. */
    public interface Progress extends BiConsumer<Integer, Integer> {
        Progress NONE = (done, total) -> { };
    }

    private final ProviderService providers;
    private final PolicyService policies;
    private final AssessmentService assessments;
    private final QuoteService quotes;
    private final CalendarService calendar;
    private final Settings settings;
    private final Clock clock;
    /** Made on the first PDF: its renderer's set-up is not needed to open the database and start. */
    private volatile PdfReportWriter pdf;

    public ExportService(ProviderService providers, PolicyService policies, AssessmentService assessments,
                         QuoteService quotes, CalendarService calendar, Settings settings, Clock clock) {
        this.providers = providers;
        this.policies = policies;
        this.assessments = assessments;
        this.quotes = quotes;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------ choosing

    /**
     * The policies with a contract type for this provider's type: the buyer's own insurer first, then by
     * insurer, the newest year first.
     */
    public List<Policy> policiesFor(Provider p) {
        String own = settings.ownInsurerId();
        return policies.all().stream()
                .filter(pol -> pol.contractTypes().stream().anyMatch(c -> EligibilityEngine.offersTo(c, p.type())))
                .sorted(Comparator.comparing((Policy pol) -> !pol.insurer().id().equals(own))
                        .thenComparing(pol -> pol.insurer().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Policy::year, Comparator.reverseOrder())
                        .thenComparing(Policy::id))
                .toList();
    }

    /** The policy a summary uses when none is chosen: the own insurer's newest that fits, else any that fits. */
    public Optional<Policy> defaultPolicy(Provider p) {
        return policiesFor(p).stream().findFirst();
    }

    public List<Policy> policies() {
        return policies.all();
    }

    public Optional<Policy> policy(String id) {
        return policies.find(id);
    }

    public Optional<Provider> provider(String agb) {
        return providers.findByAgb(agb);
    }

    /** The providers a batch for this policy (and contract type, when given) covers, by name. */
    public List<Provider> providersFor(Policy policy, String contractTypeId) {
        List<ContractType> types = policy.contractTypes().stream()
                .filter(c -> contractTypeId == null || contractTypeId.isBlank() || c.id().equals(contractTypeId)).toList();
        return providers.all().stream()
                .filter(p -> types.stream().anyMatch(c -> EligibilityEngine.offersTo(c, p.type())))
                .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    // ------------------------------------------------------------------------------------------ summaries

    /** What a summary of one provider under one policy holds (optionally only one contract type). */
    public ContractSummary summary(Provider p, Policy policy, String contractTypeId) {
        return new Context().summary(p, policy, contractTypeId);
    }

    /**
     * A summary is at most this many A4 pages; a longer one is shortened (fewer requirements, steps and
     * deadlines listed, and if that is not enough only the number of requirements).
     */
    public static final int MAX_PAGES = 2;

    /** The summary worded and laid out, in the language of {@code messages}. */
    public ReportDocument document(ContractSummary s, Messages messages) {
        return texts(messages, SummaryTexts.Length.FULL).document(s);
    }

    private SummaryTexts texts(Messages messages, SummaryTexts.Length length) {
        return new SummaryTexts(messages, assessments.catalog(), calendar.policies(), insurerNames(), length);
    }

    /** The wordings of a summary from the longest to the shortest. */
    private List<SummaryTexts> lengths(Messages messages) {
        return java.util.Arrays.stream(SummaryTexts.Length.values()).map(l -> texts(messages, l)).toList();
    }

    /** One provider's summary as PDF bytes. */
    public byte[] summaryPdf(Provider p, Policy policy, String contractTypeId, Messages messages) throws IOException {
        return render(summary(p, policy, contractTypeId), lengths(messages));
    }

    /** Renders a summary; while it runs over {@link #MAX_PAGES}, renders a shorter version instead. */
    private byte[] render(ContractSummary s, List<SummaryTexts> lengths) throws IOException {
        byte[] bytes = null;
        for (SummaryTexts texts : lengths) {
            bytes = pdf().render(texts.document(s));
            if (PdfPages.count(bytes) <= MAX_PAGES) {
                break;
            }
        }
        return bytes;
    }

    /** Writes one provider's summary to a PDF file (atomically). */
    public void writeSummary(Provider p, Policy policy, String contractTypeId, Messages messages, Path out)
            throws IOException {
        byte[] bytes = summaryPdf(p, policy, contractTypeId, messages);
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    /** Saves PDF bytes made earlier (the preview's) to a file, atomically. */
    public void savePdf(byte[] bytes, Path out) throws IOException {
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    /** The pages of a PDF as pixels, for the print preview. */
    public List<PdfPages.Page> pages(byte[] pdfBytes, float dpi) throws IOException {
        return PdfPages.render(pdfBytes, dpi);
    }

    /** What a batch wrote: the files, and the number of summaries in them. */
    public record BatchResult(List<Path> files, int summaries) {
        public BatchResult {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the summaries of several providers under one policy: one PDF per provider into the folder
     * {@code target} (named after AGB-code and name), or all in one PDF file {@code target}. Progress
     * counts the providers; a cancellation ({@link CancellationException}) or failure leaves no new file
     * behind and every existing file as it was.
     */
    public BatchResult writeSummaries(List<Provider> list, Policy policy, String contractTypeId, Path target,
                                      boolean combined, Messages messages, Progress progress,
                                      BooleanSupplier cancelled) throws IOException {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no providers to export");
        }
        Context ctx = new Context();
        ctx.loadSheets(list);
        List<SummaryTexts> lengths = lengths(messages);
        int total = list.size() + (combined ? 1 : 0);
        if (combined) {
            List<byte[]> parts = new ArrayList<>(list.size());
            renderInOrder(list, policy, contractTypeId, ctx, lengths, cancelled, (i, bytes) -> {
                parts.add(bytes);
                progress.accept(i + 1, total);
            });
            checkCancelled(cancelled);
            String title = messages.get("summary.combined.title", policy.title(), String.valueOf(list.size()));
            byte[] all = pdf().combine(parts, title);
            checkCancelled(cancelled);
            AtomicFiles.write(target, o -> o.write(all));
            progress.accept(total, total);
            return new BatchResult(List.of(target), list.size());
        }
        boolean madeFolder = !Files.isDirectory(target);
        Files.createDirectories(target);
        Map<Path, Path> staged = new LinkedHashMap<>();
        boolean done = false;
        try {
            renderInOrder(list, policy, contractTypeId, ctx, lengths, cancelled, (i, bytes) -> {
                Path file = target.resolve(fileName(list.get(i), policy));
                Path tmp = Files.createTempFile(target, "." + file.getFileName() + ".", ".tmp");
                staged.put(tmp, file);
                AtomicFiles.writeForced(tmp, bytes);
                progress.accept(i + 1, total);
            });
            checkCancelled(cancelled);
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                AtomicFiles.move(e.getKey(), e.getValue());
            }
            done = true;
            return new BatchResult(new ArrayList<>(staged.values()), list.size());
        } finally {
            if (!done) {
                for (Path tmp : staged.keySet()) {
                    Files.deleteIfExists(tmp);
                }
                if (madeFolder) {
                    try (var left = Files.list(target)) {
                        if (left.findAny().isEmpty()) {
                            Files.deleteIfExists(target);
                        }
                    }
                }
            }
        }
    }

    /** What a batch does with each rendered summary, in list order. */
    private interface RenderedSink {
        void accept(int index, byte[] pdf) throws IOException;
    }

    /** Summaries are laid out on this many threads at once (the database work stays on the calling thread). */
    static final int RENDER_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Works out each summary on the calling thread and lays them out on {@link #RENDER_THREADS} threads, a
     * few ahead; hands the PDFs to {@code sink} in the order of {@code list}. A failure or cancellation
     * stops the layout of the rest.
     */
    private void renderInOrder(List<Provider> list, Policy policy, String contractTypeId, Context ctx,
                               List<SummaryTexts> lengths, BooleanSupplier cancelled, RenderedSink sink)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(RENDER_THREADS, r -> {
            Thread t = new Thread(r, "summary-pdf");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<byte[]>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < list.size(); i++) {
                while (next < list.size() && ahead.size() < 2 * RENDER_THREADS) {
                    checkCancelled(cancelled);
                    ContractSummary s = ctx.summary(list.get(next), policy, contractTypeId);
                    ahead.add(pool.submit(() -> render(s, lengths)));
                    next++;
                }
                checkCancelled(cancelled);
                byte[] bytes;
                try {
                    bytes = ahead.remove().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IOException(cause);
                }
                sink.accept(i, bytes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private PdfReportWriter pdf() {
        PdfReportWriter w = pdf;
        if (w == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new PdfReportWriter();
                }
                w = pdf;
            }
        }
        return w;
    }

    /** "98463114 IGO De Zevensprong - salland-2027-geboortezorg.pdf", without characters a file system refuses. */
    public static String fileName(Provider p, Policy policy) {
        String name = (p.agbCode() + " " + p.name() + " - " + policy.id()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .strip();
        if (name.length() > 150) {
            name = name.substring(0, 150).strip();
        }
        return name + ".pdf";
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    // ------------------------------------------------------------------------------------------ portfolio

    /** The portfolio as tables: providers x insurers, one row per provider and contract, and the quotes' tariffs. */
    public List<TableData> portfolioTables(Messages messages, Progress progress, BooleanSupplier cancelled) {
        return new PortfolioTables(messages, insurerNames(), calendar.policies()).build(
                new Context().portfolio(progress, cancelled), quotes.all());
    }

    /**
     * Writes the portfolio: an .xlsx workbook with every table, or (for a .csv target) the table with one
     * row per provider and contract, {@code ;}-separated with a byte order mark.
     */
    public void writePortfolio(Path out, Messages messages, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Format format = Format.of(out);
        List<TableData> tables = portfolioTables(messages, progress, cancelled);
        checkCancelled(cancelled);
        AtomicFiles.write(out, o -> {
            if (format == Format.CSV) {
                CsvTableWriter.write(tables.get(1), o, cancelled);
            } else {
                SpreadsheetWriter.write(tables, o, cancelled);
            }
        });
    }

    /** Writes a quote's key figures and tariff tables, every round, to an .xlsx workbook. */
    public void writeQuoteTables(Quote quote, Path out, Messages messages) throws IOException {
        if (Format.of(out) != Format.XLSX) {
            throw new IllegalArgumentException(messages.get("export.error.xlsx-only", out.getFileName()));
        }
        PortfolioTables t = new PortfolioTables(messages, insurerNames(), calendar.policies());
        List<TableData> tables = List.of(t.keyFigures(quote), t.tariffs(List.of(quote)));
        AtomicFiles.write(out, o -> SpreadsheetWriter.write(tables, o, () -> false));
    }

    /** The file formats of the exports, by file name extension. */
    public enum Format {
        PDF, XLSX, CSV;

        public static Format of(Path file) {
            String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".xlsx")) {
                return XLSX;
            }
            if (n.endsWith(".csv")) {
                return CSV;
            }
            if (n.endsWith(".pdf")) {
                return PDF;
            }
            throw new IllegalArgumentException(file.toString());
        }
    }

    private Map<String, Insurer> insurerNames() {
        Map<String, Insurer> m = new LinkedHashMap<>();
        providers.insurers().forEach(i -> m.put(i.id(), i));
        return m;
    }

    /** One pass over the database for a batch: calendar, quotes and facts are read once. */
    private final class Context {
        private List<CalendarItem> items;
        private List<Quote> allQuotes;
        private Map<Long, FactSheet> sheets;
        private List<Policy> library;
        private final Map<ProviderType, Set<String>> typesByProviderType = new EnumMap<>(ProviderType.class);
        private final Map<String, Insurer> insurers = insurerNames();

        private List<CalendarItem> items() {
            if (items == null) {
                items = calendar.items();
            }
            return items;
        }

        private List<Quote> quotes() {
            if (allQuotes == null) {
                allQuotes = quotes.all();
            }
            return allQuotes;
        }

        /** The provider as a calendar filter scope; the library's contract types per provider type are worked out once. */
        private CalendarFilter.ProviderScope scope(Provider p) {
            if (library == null) {
                library = policies.all();
            }
            Set<String> types = typesByProviderType.computeIfAbsent(p.type(),
                    t -> ContractCalendar.contractTypesFor(t, library));
            return CalendarFilter.ProviderScope.of(p, types);
        }

        /** Reads the answers of all these providers in one go (a batch). */
        void loadSheets(List<Provider> list) {
            sheets = assessments.sheets(list.stream().map(Provider::id).distinct().toList());
        }

        private FactSheet sheet(Provider p) {
            if (sheets != null) {
                return sheets.getOrDefault(p.id(), FactSheet.EMPTY);
            }
            return assessments.sheet(p.id());
        }

        ContractSummary summary(Provider p, Policy policy, String contractTypeId) {
            List<ContractType> types = ContractSummary.contractTypesFor(policy, p.type(), contractTypeId);
            FactSheet facts = sheet(p);
            List<ContractAssessment> contracts = types.stream()
                    .map(c -> assessments.assess(p, facts, policy, c)).toList();
            Optional<QuoteSummary> quote = Optional.empty();
            if (p.type() == ProviderType.IGO) {
                Optional<Quote> q = find(p, policy.year(), policy.insurer().id()).filter(x -> !x.rounds().isEmpty());
                if (q.isPresent()) {
                    quote = Optional.of(QuoteSummary.of(q.get(), find(p, policy.year() - 1, policy.insurer().id())));
                }
            }
            String insurer = policy.insurer().id();
            CalendarFilter filter = CalendarFilter.all().withProvider(scope(p));
            List<CalendarItem> upcoming = ContractSummary.upcoming(filter.apply(items()).stream()
                    .filter(i -> i.kind().own() ? i.providerAgb() != null : insurer.equals(i.insurerId()))
                    .toList());
            int more = Math.max(0, upcoming.size() - ContractSummary.MAX_DEADLINES);
            Insurer own = insurers.get(settings.ownInsurerId());
            return new ContractSummary(p, policy, own == null ? settings.ownInsurerId() : own.name(), today(), contracts,
                    quote, upcoming.subList(0, Math.min(upcoming.size(), ContractSummary.MAX_DEADLINES)), more);
        }

        private Optional<Quote> find(Provider p, int year, String insurerId) {
            return quotes().stream().filter(q -> q.igoProviderId() == p.id() && q.contractYear() == year
                    && q.insurerId().equals(insurerId)).findFirst();
        }

        /** Every provider against every contract type the library offers it. */
        List<PortfolioTables.Line> portfolio(Progress progress, BooleanSupplier cancelled) {
            List<Provider> all = providers.all().stream()
                    .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
            sheets = assessments.sheets(all.stream().map(Provider::id).toList());
            List<Policy> library = policies.all();
            Map<String, CalendarFilter.ProviderScope> scopes = new HashMap<>();
            List<PortfolioTables.Line> out = new ArrayList<>();
            EligibilityEngine engine = assessments.engine();
            LocalDate on = today();
            for (int i = 0; i < all.size(); i++) {
                checkCancelled(cancelled);
                Provider p = all.get(i);
                CalendarFilter.ProviderScope scope = scopes.computeIfAbsent(p.agbCode(), a -> calendar.scope(p));
                List<CalendarItem> mine = ContractSummary.upcoming(CalendarFilter.all().withProvider(scope).apply(items()));
                for (Policy pol : library) {
                    // the portfolio tables show outcome, tier, failing and open requirements, not the next step
                    List<ContractAssessment> as = engine.assessAllWithoutNextStep(pol, ProviderProfile.of(p), sheet(p), on);
                    Optional<CalendarItem> next = mine.stream()
                            .filter(it -> pol.insurer().id().equals(it.insurerId())
                                    && (it.policyId() == null || it.policyId().equals(pol.id())))
                            .findFirst();
                    for (ContractAssessment a : as) {
                        out.add(new PortfolioTables.Line(p, a, next.orElse(null)));
                    }
                }
                progress.accept(i + 1, all.size());
            }
            return out;
        }
    }
}
