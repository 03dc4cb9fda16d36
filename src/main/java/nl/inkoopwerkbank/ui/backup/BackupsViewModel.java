package nl.inkoopwerkbank.ui.backup;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.service.BackupService;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The state of the "Gegevens en back-ups" dialog: the backups, a backup being made, and how many
 * generations are kept. Database work runs in the background.
 */
public final class BackupsViewModel {

    private final BackupService backups;
    private final Settings settings;
    private final Background background;
    private final BackupTexts texts;

    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    /** The backup to select after a (re)load: the one just made. */
    private final ObjectProperty<String> selectId = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);
    private final IntegerProperty generations = new SimpleIntegerProperty(BackupService.DEFAULT_GENERATIONS);
    private final StringProperty generationsMessage;
    private final BooleanProperty generationsIsError = new SimpleBooleanProperty(false);

    public BackupsViewModel(BackupService backups, Settings settings, Background background, BackupTexts texts) {
        this.backups = backups;
        this.settings = settings;
        this.background = background;
        this.texts = texts;
        this.generationsMessage = new SimpleStringProperty(texts.messages().get("backups.dialog.keep.hint"));
    }

    private record Loaded(List<BackupInfo> backups, int generations) {
    }

    /** Reads the backups and the number of generations kept. */
    public void load() {
        background.run(() -> new Loaded(backups.list(), settings.backupGenerations()), l -> {
            generations.set(l.generations());
            list.setAll(l.backups());
        }, e -> showStatus(texts.messages().get("backups.list.failed", String.valueOf(e.getMessage())), true));
    }

    /** Makes a backup now (off the FX thread); the list is read again and the new backup selected. */
    public void backupNow() {
        if (running.get()) {
            return;
        }
        running.set(true);
        showStatus(texts.messages().get("backups.now.running"), false);
        background.run(() -> {
            BackupInfo made = backups.create(BackupInfo.MANUAL, "");
            return new Made(made, backups.list());
        }, m -> {
            running.set(false);
            selectId.set(m.made().id());
            list.setAll(m.all());
            showStatus(texts.messages().get("backups.now.done", texts.when(m.made().createdAt()), texts.summary(m.made())), false);
        }, e -> {
            running.set(false);
            showStatus(texts.messages().get("backups.now.failed", String.valueOf(e.getMessage())), true);
        });
    }

    private record Made(BackupInfo made, List<BackupInfo> all) {
    }

    /**
     * Reads what the buyer typed as the number of generations: a whole number from
     * {@value BackupService#MIN_GENERATIONS} to {@value BackupService#MAX_GENERATIONS}, or empty with a
     * message saying why.
     */
    public Optional<Integer> parseGenerations(String text) {
        Optional<Integer> n = Formats.parseNumber(text).filter(v -> v.stripTrailingZeros().scale() <= 0)
                .filter(v -> v.abs().compareTo(java.math.BigDecimal.valueOf(100_000)) < 0).map(v -> v.intValueExact());
        if (n.isEmpty() || n.get() < BackupService.MIN_GENERATIONS || n.get() > BackupService.MAX_GENERATIONS) {
            generationsMessage.set(texts.messages().get("backups.generations.invalid", text == null ? "" : text.strip(),
                    String.valueOf(BackupService.MIN_GENERATIONS), String.valueOf(BackupService.MAX_GENERATIONS),
                    String.valueOf(generations.get())));
            generationsIsError.set(true);
            return Optional.empty();
        }
        return n;
    }

    /** Stores how many backups are kept. */
    public void saveGenerations(int n) {
        if (n == generations.get() && !generationsIsError.get()) {
            return;
        }
        if (n < BackupService.MIN_GENERATIONS || n > BackupService.MAX_GENERATIONS) {
            parseGenerations(String.valueOf(n));
            return;
        }
        background.run(() -> {
            settings.setBackupGenerations(n);
            return n;
        }, saved -> {
            generations.set(saved);
            generationsMessage.set(texts.messages().get("backups.generations.saved", String.valueOf(saved)));
            generationsIsError.set(false);
        }, e -> {
            generationsMessage.set(texts.messages().get("backups.generations.failed", String.valueOf(e.getMessage())));
            generationsIsError.set(true);
        });
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    public ObservableList<BackupInfo> backups() {
        return list;
    }

    public ObjectProperty<String> selectIdProperty() {
        return selectId;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public IntegerProperty generationsProperty() {
        return generations;
    }

    public StringProperty generationsMessageProperty() {
        return generationsMessage;
    }

    public BooleanProperty generationsIsErrorProperty() {
        return generationsIsError;
    }

    public BackupTexts texts() {
        return texts;
    }
}
