package nl.inkoopwerkbank.store;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import nl.inkoopwerkbank.domain.settings.SettingsStore;

/** Application settings as key/value rows in the same crash-safe database. */
public final class JdbiSettingsStore implements SettingsStore {

    private final Jdbi jdbi;

    public JdbiSettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM app_setting WHERE setting_key = :k")
                .bind("k", key).mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (:k, :v)")
                .bind("k", key).bind("v", value).execute());
    }
}
