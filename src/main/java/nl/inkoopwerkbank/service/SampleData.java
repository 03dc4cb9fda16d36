package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the bundled fictional sample data into a newly created database. */
public final class SampleData {

    public static final String PROVIDERS = "/sample-data/providers.csv";

    private SampleData() {
    }

    public static ProviderService.ImportOutcome load(ProviderService providers) {
        try (InputStream in = SampleData.class.getResourceAsStream(PROVIDERS)) {
            if (in == null) {
                throw new IllegalStateException("Sample data missing from the build: " + PROVIDERS);
            }
            ProviderService.ImportOutcome outcome = providers.importCsv(in.readAllBytes(), "providers.csv");
            if (!outcome.ok()) {
                throw new IllegalStateException("Bundled sample data is invalid: " + outcome.problems());
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
