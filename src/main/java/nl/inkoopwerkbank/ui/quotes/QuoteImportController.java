package nl.inkoopwerkbank.ui.quotes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.quote.TariffLine;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.ColumnMapping;
import nl.inkoopwerkbank.io.SheetTable;
import nl.inkoopwerkbank.io.TariffSheet;
import nl.inkoopwerkbank.io.TariffSheetException;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;

/**
 * The tariff-sheet import: the workbook is read in the background; the buyer picks the sheet and maps
 * the columns (suggested from the headers); the preview shows every row as it will be read and every
 * bad cell with its reference. "Overnemen" is only possible when no cell is wrong.
 */
public final class QuoteImportController {

    private final QuoteService service;
    private final Background background;
    private final Messages messages;

    @FXML private DialogPane pane;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private TextField headerRowField;
    @FXML private ComboBox<String> codeBox;
    @FXML private ComboBox<String> descriptionBox;
    @FXML private ComboBox<String> tariffBox;
    @FXML private ComboBox<String> volumeBox;
    @FXML private ComboBox<String> indexationBox;
    @FXML private TextField defaultIndexField;
    @FXML private CheckBox fractionCheck;
    @FXML private Label summaryLabel;
    @FXML private TableView<TariffSheet.Preview.Line> previewTable;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> rowColumn;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> codeColumn;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> descriptionColumn;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> tariffColumn;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> indexationColumn;
    @FXML private TableColumn<TariffSheet.Preview.Line, String> volumeColumn;
    @FXML private Label ignoredLabel;
    @FXML private ListView<String> problemsList;

    private Path file;
    private SheetTable table;
    private TariffSheet.Preview preview;
    private Button importButton;
    private boolean filling;

    public QuoteImportController(QuoteService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().row())));
        codeColumn.setCellValueFactory(c -> text(c.getValue(), TariffLine::code));
        descriptionColumn.setCellValueFactory(c -> text(c.getValue(), TariffLine::description));
        tariffColumn.setCellValueFactory(c -> text(c.getValue(), l -> l.tariff() == null ? "" : Formats.money(l.tariff())));
        indexationColumn.setCellValueFactory(c -> text(c.getValue(), l -> l.indexationPct() == null ? "" : Formats.percent(l.indexationPct(), 4)));
        volumeColumn.setCellValueFactory(c -> text(c.getValue(), l -> l.volume() == null ? "" : Formats.number(l.volume(), 6)));
        for (ComboBox<String> box : List.of(codeBox, descriptionBox, tariffBox, volumeBox, indexationBox)) {
            box.setConverter(Converters.showing(this::columnLabel));
            box.setCellFactory(l -> Converters.cell(this::columnLabel));
            box.setButtonCell(Converters.cell(this::columnLabel));
            box.valueProperty().addListener((o, a, b) -> refreshPreview());
        }
        headerRowField.textProperty().addListener((o, a, b) -> refreshPreview());
        defaultIndexField.textProperty().addListener((o, a, b) -> refreshPreview());
        fractionCheck.selectedProperty().addListener((o, a, b) -> refreshPreview());
        sheetBox.valueProperty().addListener((o, a, s) -> {
            if (!filling && s != null) {
                readSheet(s);
            }
        });
        ButtonType take = new ButtonType(messages.get("quote.import.take"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(take, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        importButton = (Button) pane.lookupButton(take);
        importButton.setId("importTake");
        importButton.setDisable(true);
    }

    /** Shows the dialog for a file; the lines when the buyer takes them over, empty otherwise. */
    public Optional<List<TariffLine>> show(Path file, Window owner, List<String> stylesheets) {
        start(file);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("quote.import.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .flatMap(b -> result());
    }

    /** Reads the workbook's sheet names (in the background) and the first sheet. */
    void start(Path f) {
        this.file = f;
        fileLabel.setText(messages.get("quote.import.file", f.getFileName().toString()));
        background.run(() -> service.sheetNames(f), names -> {
            filling = true;
            try {
                sheetBox.getItems().setAll(names);
            } finally {
                filling = false;
            }
            if (!names.isEmpty()) {
                sheetBox.setValue(names.get(0));
            }
        }, this::failed);
    }

    private void readSheet(String sheet) {
        background.run(() -> service.readSheet(file, sheet), t -> {
            table = t;
            ColumnMapping m = TariffSheet.suggest(t);
            filling = true;
            try {
                List<String> cols = new ArrayList<>();
                cols.add(null);
                cols.addAll(t.columns());
                for (ComboBox<String> box : List.of(codeBox, descriptionBox, tariffBox, volumeBox, indexationBox)) {
                    box.getItems().setAll(cols);
                }
                headerRowField.setText(m.headerRow() <= 0 ? "" : String.valueOf(m.headerRow()));
                codeBox.setValue(m.code());
                descriptionBox.setValue(m.description());
                tariffBox.setValue(m.tariff());
                volumeBox.setValue(m.volume());
                indexationBox.setValue(m.indexation());
                fractionCheck.setSelected(m.indexationAsFraction());
                defaultIndexField.setText(Formats.decimal(m.defaultIndexationPct()));
            } finally {
                filling = false;
            }
            refreshPreview();
        }, this::failed);
    }

    private void failed(Throwable e) {
        table = null;
        preview = null;
        previewTable.getItems().clear();
        String text = e instanceof TariffSheetException t ? problem(t.problem()) : String.valueOf(e.getMessage());
        problemsList.getItems().setAll(text);
        summaryLabel.setText(messages.get("quote.import.failed"));
        importButton.setDisable(true);
    }

    private ColumnMapping mapping() {
        int header = Formats.parseNumber(headerRowField.getText()).map(BigDecimal::intValue).orElse(0);
        BigDecimal def = Formats.parseNumber(defaultIndexField.getText()).orElse(null);
        return new ColumnMapping(header, codeBox.getValue(), descriptionBox.getValue(), tariffBox.getValue(),
                indexationBox.getValue(), volumeBox.getValue(), fractionCheck.isSelected(), def);
    }

    private void refreshPreview() {
        if (filling || table == null) {
            return;
        }
        preview = TariffSheet.preview(table, mapping());
        previewTable.getItems().setAll(preview.lines());
        problemsList.getItems().setAll(preview.problems().stream().map(this::problem).toList());
        ignoredLabel.setText(preview.ignored().isEmpty() ? "" : messages.get("quote.import.ignored",
                preview.ignored().stream().map(i -> messages.get("quote.import.row") + " " + i.row() + " ("
                        + messages.get(i.reason().labelKey()) + ")").collect(Collectors.joining(", "))));
        int lines = preview.tariffLines().size();
        summaryLabel.setText(preview.ok() ? messages.get("quote.import.ready", lines)
                : messages.get("quote.import.problems", preview.problems().size()));
        importButton.setDisable(!preview.ok() || lines == 0);
    }

    /** The lines read with the current mapping, only when every row is right. */
    Optional<List<TariffLine>> result() {
        if (table == null) {
            return Optional.empty();
        }
        TariffSheet.Result r = TariffSheet.parse(table, mapping());
        return r.ok() && !r.lines().isEmpty() ? Optional.of(r.lines()) : Optional.empty();
    }

    private String problem(Problem p) {
        return messages.get(p.messageKey(), p.args().toArray());
    }

    private String columnLabel(String letter) {
        if (letter == null) {
            return messages.get("quote.import.noColumn");
        }
        int header = Formats.parseNumber(headerRowField.getText()).map(BigDecimal::intValue).orElse(0);
        String head = table == null || header <= 0 ? "" : table.cell(header, letter).text();
        return head == null || head.isBlank() ? letter : letter + " · " + head;
    }

    private static ReadOnlyStringWrapper text(TariffSheet.Preview.Line l, java.util.function.Function<TariffLine, String> f) {
        return new ReadOnlyStringWrapper(l.line() == null ? "–" : f.apply(l.line()));
    }
}
