package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.io.ProviderFactsYaml;

/** Loads the bundled fictional sample data into a newly created database. */
public final class SampleData {

    public static final String PROVIDERS = "/sample-data/providers.csv";
    /** The bundled provider facts files ({@code <agb>.yaml}), listed in an index: a jar's directories cannot be listed. */
    public static final String FACTS_DIR = "/sample-data/provider-facts/";
    public static final String FACTS_INDEX = FACTS_DIR + "index.txt";

    private SampleData() {
    }

    public static ProviderService.ImportOutcome load(ProviderService providers) {
        ProviderService.ImportOutcome outcome = providers.importSample(resource(PROVIDERS), "providers.csv");
        if (!outcome.ok()) {
            throw new IllegalStateException("Bundled sample data is invalid: " + outcome.problems());
        }
        return outcome;
    }

    /** The names of the bundled facts files, in the order of the index (blank lines and {@code #} comments skipped). */
    public static List<String> factsFiles() {
        return index(FACTS_INDEX);
    }

    public static final String QUOTES_DIR = "/sample-data/quotes/";

    /**
     * Stores the bundled fictional quotes with their rounds, for the IGOs that are in the database.
     * Every file is read and checked first; a broken bundle loads nothing.
     *
     * @return the number of quotes stored
     */
    public static int loadQuotes(QuoteService quotes, ProviderService providers) {
        List<String> insurers = providers.insurers().stream().map(Insurer::id).toList();
        List<nl.inkoopwerkbank.domain.quote.Quote> read = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String name : index(QUOTES_DIR + "index.txt")) {
            nl.inkoopwerkbank.io.QuoteFile.Result r = nl.inkoopwerkbank.io.QuoteFile.read(resource(QUOTES_DIR + name), name, insurers);
            if (r.ok()) {
                read.add(r.quote());
            } else {
                r.problems().forEach(p -> broken.add(p.file() + ":" + p.line() + " " + p.column() + " " + p.messageKey() + " " + p.args()));
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Bundled quotes are invalid: " + String.join("; ", broken));
        }
        int stored = 0;
        for (nl.inkoopwerkbank.domain.quote.Quote q : read) {
            Optional<Provider> igo = providers.findByAgb(q.igoAgb());
            if (igo.isEmpty() || quotes.find(igo.get().id(), q.contractYear(), q.insurerId()).isPresent()) {
                continue;
            }
            nl.inkoopwerkbank.domain.quote.Quote created = quotes.create(igo.get().id(), q.contractYear(), q.insurerId());
            quotes.addRounds(created.id(), q.rounds());
            stored++;
        }
        return stored;
    }

    public static final String CALENDAR = "/sample-data/calendar.yaml";

    /** Adds the bundled sample calendar (own items, started terms, done marks); a broken bundle adds nothing. */
    public static void loadCalendar(CalendarService calendar) {
        nl.inkoopwerkbank.io.CalendarFile.Result r = nl.inkoopwerkbank.io.CalendarFile.read(
                new String(resource(CALENDAR), StandardCharsets.UTF_8), "calendar.yaml");
        List<nl.inkoopwerkbank.domain.Violation> problems = calendar.addEntries(r);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bundled calendar is invalid: " + problems);
        }
    }

    private static List<String> index(String resourceName) {
        List<String> names = new ArrayList<>();
        for (String line : new String(resource(resourceName), StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Every bundled facts file, read and checked against the catalogue and the insurers. Throws when a
     * listed file is missing, has any problem or names no provider: a broken bundle must not load half.
     */
    public static List<ProviderFactsYaml.Result> readFacts(FactCatalog catalog, Collection<String> insurers) {
        List<ProviderFactsYaml.Result> results = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String name : factsFiles()) {
            ProviderFactsYaml.Result r = ProviderFactsYaml.read(resource(FACTS_DIR + name), name, catalog, insurers);
            if (!r.ok()) {
                for (Problem p : r.problems()) {
                    broken.add(p.file() + ":" + p.line() + " " + p.column() + " " + p.messageKey() + " " + p.args());
                }
            } else if (r.provider().agb() == null || r.provider().type() == null) {
                broken.add(name + ": provider.agb and provider.type are required for sample data");
            } else {
                results.add(r);
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Bundled provider facts are invalid: " + String.join("; ", broken));
        }
        return results;
    }

    /**
     * Stores the bundled facts with the providers they name (by AGB-code), each provider's answers all
     * or nothing. Files of providers that are not in the database are skipped; a provider of another
     * type than its file says is an error. Every file is read and checked before anything is stored.
     *
     * @return the number of providers that got facts
     */
    public static int loadFacts(AssessmentService assessments, ProviderService providers) {
        List<String> insurers = providers.insurers().stream().map(Insurer::id).toList();
        List<ProviderFactsYaml.Result> files = readFacts(assessments.catalog(), insurers);
        List<Provider> targets = new ArrayList<>();
        List<ProviderFactsYaml.Result> found = new ArrayList<>();
        for (ProviderFactsYaml.Result r : files) {
            Optional<Provider> p = providers.findByAgb(r.provider().agb());
            if (p.isEmpty()) {
                continue;
            }
            if (p.get().type() != r.provider().type()) {
                throw new IllegalStateException("Bundled provider facts " + r.file() + " are for a " + r.provider().type()
                        + ", but provider " + r.provider().agb() + " is a " + p.get().type());
            }
            targets.add(p.get());
            found.add(r);
        }
        for (int i = 0; i < targets.size(); i++) {
            assessments.answerAll(targets.get(i).id(), found.get(i).answers());
        }
        return targets.size();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Sample data missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
