package nl.inkoopwerkbank.service;

import java.util.Locale;
import java.util.Optional;

import nl.inkoopwerkbank.domain.settings.SettingsStore;
import nl.inkoopwerkbank.i18n.Messages;

/** The buyer's settings: language, the insurer they work for, their name, the window's place. */
public final class Settings {

    public static final String DEFAULT_INSURER = "salland";

    private final SettingsStore store;

    public Settings(SettingsStore store) {
        this.store = store;
    }

    public Locale language() {
        return store.get("ui.language").map(Locale::forLanguageTag).orElse(Messages.DUTCH);
    }

    public void setLanguage(Locale locale) {
        store.put("ui.language", locale.toLanguageTag());
    }

    /** The insurer the buyer works for. */
    public String ownInsurerId() {
        return store.get("buyer.insurer").orElse(DEFAULT_INSURER);
    }

    public void setOwnInsurerId(String insurerId) {
        store.put("buyer.insurer", insurerId);
    }

    public String userName() {
        return store.get("buyer.name").orElse(System.getProperty("user.name", ""));
    }

    public void setUserName(String name) {
        store.put("buyer.name", name == null ? "" : name.trim());
    }

    /** Days before an item that an exported calendar reminds (0 = on the day, up to 30; default 3). */
    public int reminderDays() {
        return store.get("buyer.reminder-days").flatMap(v -> {
            try {
                int n = Integer.parseInt(v.trim());
                return n >= MIN_REMINDER_DAYS && n <= MAX_REMINDER_DAYS ? Optional.of(n) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(DEFAULT_REMINDER_DAYS);
    }

    public static final int DEFAULT_REMINDER_DAYS = 3;
    public static final int MIN_REMINDER_DAYS = 0;
    public static final int MAX_REMINDER_DAYS = 30;

    public void setReminderDays(int days) {
        if (days < MIN_REMINDER_DAYS || days > MAX_REMINDER_DAYS) {
            throw new IllegalArgumentException("reminder days out of range: " + days);
        }
        store.put("buyer.reminder-days", String.valueOf(days));
    }

    /** How many backups are kept (the oldest beyond this are deleted after each new one). */
    public int backupGenerations() {
        return store.get("store.backup-generations").flatMap(v -> {
            try {
                int n = Integer.parseInt(v.trim());
                return n >= BackupService.MIN_GENERATIONS && n <= BackupService.MAX_GENERATIONS
                        ? Optional.of(n) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(BackupService.DEFAULT_GENERATIONS);
    }

    public void setBackupGenerations(int n) {
        if (n < BackupService.MIN_GENERATIONS || n > BackupService.MAX_GENERATIONS) {
            throw new IllegalArgumentException("backup generations out of range: " + n);
        }
        store.put("store.backup-generations", String.valueOf(n));
    }

    public boolean sampleDataSeen() {
        return store.get("sample-data.done").isPresent();
    }

    public void markSampleDataSeen() {
        store.put("sample-data.done", "true");
    }

    /** Window bounds and maximised state, remembered between sessions. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        public String encode() {
            return x + ";" + y + ";" + width + ";" + height + ";" + maximized;
        }

        public static Optional<WindowGeometry> decode(String s) {
            try {
                String[] p = s.split(";");
                return Optional.of(new WindowGeometry(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    public Optional<WindowGeometry> windowGeometry() {
        return store.get("ui.window").flatMap(WindowGeometry::decode);
    }

    public void setWindowGeometry(WindowGeometry g) {
        store.put("ui.window", g.encode());
    }
}
