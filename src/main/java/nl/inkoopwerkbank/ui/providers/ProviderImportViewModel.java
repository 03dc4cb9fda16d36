package nl.inkoopwerkbank.ui.providers;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * Importing a provider register: the file, the import in the background with its progress, cancel, and
 * the outcome: the counts, every problem (nothing imported), or "cancelled, nothing imported". The import
 * is all or nothing, so after a cancel or a problem the providers are exactly as they were.
 */
public final class ProviderImportViewModel {

    /** How an import ended. */
    public enum Outcome { NONE, IMPORTED, REFUSED, CANCELLED, FAILED }

    private final ProviderService service;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();
    private Runnable onFinished = () -> { };

    public ProviderImportViewModel(ProviderService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
    }

    /** The register to import; resets what an earlier import showed. */
    public void open(Path register) {
        file.set(register);
        problems.clear();
        progress.set(0);
        outcome.set(Outcome.NONE);
        status.set(messages.get("providers.import.ready"));
    }

    /** Runs after every import that ended, also a refused or cancelled one (the list shows what is stored). */
    public void setOnFinished(Runnable r) {
        onFinished = r == null ? () -> { } : r;
    }

    /** Starts the import in the background; nothing happens while one runs or after one succeeded. */
    public void start() {
        Path f = file.get();
        if (f == null || running.get() || outcome.get() == Outcome.IMPORTED) {
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        running.set(true);
        problems.clear();
        progress.set(0);
        outcome.set(Outcome.NONE);
        status.set(messages.get("providers.import.running", 0));
        background.run(() -> service.importCsv(f, (done, total) -> onFx(() -> {
            if (running.get()) {
                double p = total == 0 ? 0 : (double) done / total;
                progress.set(p);
                status.set(messages.get("providers.import.running", (int) Math.floor(p * 100)));
            }
        }), mine::get), r -> {
            running.set(false);
            if (r.ok()) {
                progress.set(1);
                outcome.set(Outcome.IMPORTED);
                status.set(messages.get("import.done", r.inserted(), r.updated()));
            } else {
                progress.set(0);
                problems.setAll(r.problems());
                outcome.set(Outcome.REFUSED);
                status.set(messages.get("import.failed", r.problems().size()));
            }
            onFinished.run();
        }, e -> {
            running.set(false);
            progress.set(0);
            if (e instanceof CancellationException) {
                outcome.set(Outcome.CANCELLED);
                status.set(messages.get("providers.import.cancelled"));
            } else {
                outcome.set(Outcome.FAILED);
                status.set(messages.get("providers.import.failed", String.valueOf(e.getMessage())));
            }
            onFinished.run();
        });
    }

    /** Asks the running import to stop; it rolls back and nothing is imported. */
    public void cancel() {
        cancel.set(true);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** A problem's place in the file as the list shows it: the line, or nothing for the whole file. */
    public static String line(Problem p) {
        return p.line() > 0 ? String.valueOf(p.line()) : "";
    }

    /** A problem's reason in the buyer's language. */
    public String reason(Problem p) {
        return messages.get(p.messageKey(), p.args().toArray());
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }
}
