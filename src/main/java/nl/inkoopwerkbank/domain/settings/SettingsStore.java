package nl.inkoopwerkbank.domain.settings;

import java.util.Optional;

/** Durable key/value settings (language, own insurer, window geometry). */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);
}
