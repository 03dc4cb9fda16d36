package nl.inkoopwerkbank.ui.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.service.ExportService.Format;
import nl.inkoopwerkbank.ui.common.Background;

/** Export of the portfolio to Excel or CSV, in the background with progress and cancel. */
public final class PortfolioExportViewModel {

    private final ExportService exports;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.XLSX);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();

    public PortfolioExportViewModel(ExportService exports, Background background, Messages messages) {
        this.exports = exports;
        this.background = background;
        this.messages = messages;
    }

    public String extension() {
        return format.get() == Format.CSV ? "csv" : "xlsx";
    }

    public String suggestedFileName() {
        return messages.get("export.portfolio.file", String.valueOf(exports.today().getYear())) + "." + extension();
    }

    public void export(Path target) {
        if (running.get()) {
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        running.set(true);
        progress.set(0);
        status.set(messages.get("export.portfolio.running"));
        background.run(() -> {
            exports.writePortfolio(target, messages, (done, total) -> ExportChoices.onFx(() ->
                    progress.set(total == 0 ? 1 : (double) done / total)), mine::get);
            return target;
        }, p -> {
            running.set(false);
            progress.set(1);
            status.set(messages.get("export.portfolio.done", p.toString()));
        }, e -> {
            running.set(false);
            progress.set(0);
            status.set(e instanceof CancellationException ? messages.get("export.portfolio.cancelled")
                    : messages.get("export.portfolio.failed", String.valueOf(e.getMessage())));
        });
    }

    public void cancel() {
        cancel.set(true);
    }


    public ObjectProperty<Format> formatProperty() {
        return format;
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
}
