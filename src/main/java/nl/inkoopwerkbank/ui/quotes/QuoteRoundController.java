package nl.inkoopwerkbank.ui.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;

/**
 * The round tab: the chosen round read-only, or a new round as a form. Figures update while typing;
 * saving validates everything and records the round, or shows each problem at its field and keeps
 * what was typed.
 */
public final class QuoteRoundController implements nl.inkoopwerkbank.ui.common.UnsavedChanges {

    private final QuoteService service;
    private final QuoteContext context;
    private final QuoteRoundViewModel vm = new QuoteRoundViewModel();
    private final Messages messages;
    private final Dialogs dialogs;
    private final Background background;
    private final StatusModel status;
    private final QuoteTexts texts;
    private final Map<String, Node> fieldNodes = new HashMap<>();

    @FXML private BorderPane root;
    @FXML private HBox draftBar;
    @FXML private Label draftTitle;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Label errorLabel;
    @FXML private ScrollPane scroll;
    @FXML private ComboBox<RoundSide> sideBox;
    @FXML private TextField authorField;
    @FXML private DatePicker datePicker;
    @FXML private Label receivedLabel;
    @FXML private DatePicker receivedPicker;
    @FXML private TextArea noteArea;
    @FXML private TextField financingField;
    @FXML private TextField volumeField;
    @FXML private TextField shareField;
    @FXML private TextField insured16Field;
    @FXML private Button addLineButton;
    @FXML private Button importSheetButton;
    @FXML private GridPane linesGrid;
    @FXML private Label noLinesLabel;
    @FXML private Label totalLabel;
    @FXML private Label incompleteLabel;
    @FXML private Label partCaption;
    @FXML private Label partLabel;
    @FXML private Label perBirthLabel;
    @FXML private Button addParticipantButton;
    @FXML private GridPane participantsGrid;
    @FXML private TextField joinedField;
    @FXML private TextField totalPracticesField;
    @FXML private Label adherencePctLabel;
    @FXML private ComboBox<LegalForm> legalFormBox;
    @FXML private TextField kvkField;
    @FXML private ComboBox<Boolean> mandatesBox;
    @FXML private Button addBoardButton;
    @FXML private GridPane boardGrid;
    @FXML private TextArea goalsArea;
    @FXML private TextField accountsYearField;
    @FXML private CheckBox accountsReceivedCheck;
    @FXML private CheckBox accountsApprovedCheck;
    @FXML private ComboBox<MonoClaims> monoClaimsBox;
    @FXML private TextField monoClaimsNoteField;
    @FXML private TextField schoningHospitalField;
    @FXML private ComboBox<SchoningStatus> schoningStatusBox;
    @FXML private TextField schoningAmountField;
    @FXML private TextField schoningMethodField;
    @FXML private TextField schoningDocumentField;
    @FXML private TextField monoPerBirthField;
    @FXML private Button addReferenceButton;
    @FXML private GridPane referencesGrid;
    @FXML private Label referenceTotalLabel;
    @FXML private VBox confirmPanel;
    @FXML private Label confirmHint;
    @FXML private VBox confirmBox;

    private final nl.inkoopwerkbank.ui.common.ViewLoader views;

    public QuoteRoundController(QuoteService service, QuoteContext context, Messages messages, Dialogs dialogs,
                                Background background, StatusModel status, nl.inkoopwerkbank.ui.common.ViewLoader views) {
        this.views = views;
        this.service = service;
        this.context = context;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.status = status;
        this.texts = new QuoteTexts(messages);
    }

    public QuoteRoundViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        choices(sideBox, RoundSide.values(), s -> messages.get(s.labelKey()), false);
        choices(legalFormBox, LegalForm.values(), f -> messages.get(f.labelKey()), true);
        choices(monoClaimsBox, MonoClaims.values(), m -> messages.get(m.labelKey()), true);
        choices(schoningStatusBox, SchoningStatus.values(), s -> messages.get(s.labelKey()), true);
        choices(mandatesBox, new Boolean[] {Boolean.TRUE, Boolean.FALSE}, b -> messages.get(b ? "quote.yes" : "quote.no"), true);
        DateFields.dutchStyle(datePicker, messages.locale());
        DateFields.dutchStyle(receivedPicker, messages.locale());

        sideBox.valueProperty().bindBidirectional(vm.side);
        datePicker.valueProperty().bindBidirectional(vm.date);
        receivedPicker.valueProperty().bindBidirectional(vm.receivedOn);
        legalFormBox.valueProperty().bindBidirectional(vm.legalForm);
        mandatesBox.valueProperty().bindBidirectional(vm.mandates);
        monoClaimsBox.valueProperty().bindBidirectional(vm.monoClaims);
        schoningStatusBox.valueProperty().bindBidirectional(vm.schoningStatus);
        accountsReceivedCheck.selectedProperty().bindBidirectional(vm.accountsReceived);
        accountsApprovedCheck.selectedProperty().bindBidirectional(vm.accountsApproved);
        text(authorField, vm.author, "author");
        text(noteArea, vm.note, "note");
        text(financingField, vm.financingRequest, "financingRequest");
        text(volumeField, vm.totalVolume, "totalVolume");
        text(shareField, vm.marketShare, "marketSharePct");
        text(insured16Field, vm.insured16, "insuredInCare16Weeks");
        text(joinedField, vm.adherenceJoined, "adherenceJoined");
        text(totalPracticesField, vm.adherenceTotal, "adherenceTotal");
        text(kvkField, vm.kvk, "kvkNumber");
        text(goalsArea, vm.goals, "qualityGoals");
        text(accountsYearField, vm.accountsYear, "accounts.year");
        text(monoClaimsNoteField, vm.monoClaimsNote, "monoClaimsNote");
        text(schoningHospitalField, vm.schoningHospital, "schoning.hospital");
        text(schoningAmountField, vm.schoningAmount, "schoning.amount");
        text(schoningMethodField, vm.schoningMethod, "schoning.method");
        text(schoningDocumentField, vm.schoningDocument, "schoning.document");
        text(monoPerBirthField, vm.monoPerBirth, "monoReference.enteredPerBirth");
        fieldNodes.put("side", sideBox);
        fieldNodes.put("date", datePicker);
        fieldNodes.put("receivedOn", receivedPicker);
        fieldNodes.put("accounts.approved", accountsApprovedCheck);

        for (Node n : List.of(sideBox, datePicker, receivedPicker, legalFormBox, mandatesBox, monoClaimsBox,
                schoningStatusBox, accountsReceivedCheck, accountsApprovedCheck, addLineButton, importSheetButton, addParticipantButton,
                addBoardButton, addReferenceButton)) {
            n.disableProperty().bind(vm.editable.not());
        }
        // while a draft is open, the quote list and the round buttons are locked (QuotesController), so
        // nothing can replace it unseen; only "Annuleren" discards it, after asking
        draftBar.visibleProperty().bind(vm.editable);
        draftBar.managedProperty().bind(vm.editable);
        errorLabel.setVisible(false);
        errorLabel.setManaged(false);
        receivedPicker.visibleProperty().bind(vm.side.isEqualTo(RoundSide.IGO));
        receivedLabel.visibleProperty().bind(receivedPicker.visibleProperty());
        root.getStyleClass().add("read-only");
        vm.editable.addListener((o, a, b) -> {
            root.getStyleClass().remove("read-only");
            if (!b) {
                root.getStyleClass().add("read-only");
            }
        });

        vm.lines.addListener(structural(this::buildLines));
        vm.participants.addListener(structural(this::buildParticipants));
        vm.board.addListener(structural(this::buildBoard));
        vm.references.addListener(structural(this::buildReferences));
        vm.figuresProperty().addListener((o, a, f) -> showFigures(f));
        vm.adherenceJoined.addListener((o, a, b) -> showAdherence());
        vm.adherenceTotal.addListener((o, a, b) -> showAdherence());
        context.policy.addListener((o, a, b) -> buildConfirmations());
        context.quote.addListener((o, a, b) -> showSelected());
        context.round.addListener((o, a, b) -> showSelected());
        buildLines();
        buildParticipants();
        buildBoard();
        buildReferences();
        buildConfirmations();
        showSelected();
    }

    /** Shows the chosen round read-only (unless a draft is open). */
    private void showSelected() {
        if (context.drafting.get()) {
            return;
        }
        vm.load(context.selectedRound(), false);
        clearProblems();
        buildConfirmations();
        showFigures(vm.figuresProperty().get());
        showAdherence();
    }

    /** Starts a new round from {@code base} (or empty): the other side's turn, dated today. */
    public void startDraft(QuoteRound base) {
        Quote q = context.quote.get();
        if (q == null) {
            return;
        }
        context.drafting.set(true);
        vm.load(base, true);
        RoundSide next = base == null ? RoundSide.IGO : base.side() == RoundSide.IGO ? RoundSide.INSURER : RoundSide.IGO;
        vm.side.set(next);
        vm.date.set(service.today());
        vm.receivedOn.set(next == RoundSide.IGO ? service.today() : null);
        vm.author.set(service.defaultAuthor(q, next));
        vm.note.set("");
        vm.dirty.set(false);
        draftTitle.setText(messages.get("quote.round.draft", q.nextNumber()));
        clearProblems();
        buildConfirmations();
        scroll.setVvalue(0);
        sideBox.requestFocus();
    }

    /** Validates the draft; a readable round is recorded in the background, a refused one shows every reason. */
    @FXML
    private void onSave() {
        save(() -> { }, () -> { });
    }

    private void save(Runnable onSaved, Runnable onRefused) {
        Quote q = context.quote.get();
        QuoteRoundViewModel.Built built = vm.build();
        if (!built.ok()) {
            showProblems(built.problems().values());
            onRefused.run();
            return;
        }
        saveButton.setDisable(true);
        background.run(() -> service.addRound(q.id(), built.round()), saved -> {
            saveButton.setDisable(false);
            int number = saved.latest().orElseThrow().number();
            context.drafting.set(false);
            context.quote.set(saved);
            context.round.set(number);
            showSelected();
            status.show(messages.get("quote.round.saved", number, saved.igoName()));
            onSaved.run();
        }, e -> {
            saveButton.setDisable(false);
            if (e instanceof ValidationException v) {
                showProblems(v.violations());
            } else {
                dialogs.error(messages.get("quotes.saveFailed"), String.valueOf(e.getMessage()));
            }
            onRefused.run();
        });
    }

    @FXML
    private void onCancel() {
        if (vm.dirty.get() && !dialogs.confirm(messages.get("quote.round.discard.title"),
                messages.get("quote.round.discard.header"), messages.get("quote.round.discard.content"),
                messages.get("quote.round.discard.confirm"))) {
            return;
        }
        endDraft();
    }

    /** Ends an open draft (before another quote is shown); what it held was saved or thrown away first. */
    public void endDraft() {
        if (context.drafting.get()) {
            context.drafting.set(false);
            showSelected();
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return context.drafting.get() && vm.dirty.get();
    }

    @Override
    public String unsavedSubject() {
        // a draft always belongs to the open quote (startDraft needs one)
        Quote q = context.quote.get();
        return messages.get("unsaved.subject.round", q.nextNumber(), q.igoName(), String.valueOf(q.contractYear()));
    }

    @Override
    public void saveChanges(Runnable onSaved, Runnable onRefused) {
        save(onSaved, onRefused);
    }

    @Override
    public void discardChanges() {
        endDraft();
    }

    // ---------------------------------------------------------------------------------------------
    // problems

    private void showProblems(java.util.Collection<Violation> problems) {
        clearProblems();
        List<String> lines = new ArrayList<>();
        Node first = null;
        for (Violation v : problems) {
            lines.add(texts.problem(v));
            Node n = fieldNodes.get(v.field());
            if (n != null) {
                n.getStyleClass().add("invalid");
                if (first == null) {
                    first = n;
                }
            }
        }
        errorLabel.setText(messages.get("quote.round.problems", problems.size()) + "\n"
                + lines.stream().limit(8).map(s -> "• " + s).collect(Collectors.joining("\n")));
        errorLabel.setVisible(true);
        errorLabel.setManaged(true);
        if (first != null) {
            first.requestFocus();
        }
    }

    private void clearProblems() {
        fieldNodes.values().forEach(n -> n.getStyleClass().removeAll("invalid"));
        errorLabel.setVisible(false);
        errorLabel.setManaged(false);
    }

    // ---------------------------------------------------------------------------------------------
    // figures

    private void showFigures(QuoteFigures f) {
        totalLabel.setText(f.total() == null ? "–" : Formats.money(f.total()));
        incompleteLabel.setVisible(f.total() != null && !f.totalComplete());
        incompleteLabel.setManaged(incompleteLabel.isVisible());
        String insurer = context.policy.get() == null ? messages.get("quote.figure.insurer")
                : context.policy.get().insurer().name();
        partCaption.setText(messages.get("quote.figure.part", insurer, vm.marketShare.get().isBlank() ? "–"
                : Formats.parseNumber(vm.marketShare.get()).map(p -> Formats.percent(p, 2)).orElse("–")));
        partLabel.setText(f.insurerPart() == null ? "–" : Formats.money(f.insurerPart()));
        perBirthLabel.setText(f.costPerBirth() == null ? "–" : Formats.money(f.costPerBirth()));
        noLinesLabel.setVisible(vm.lines.isEmpty());
        noLinesLabel.setManaged(vm.lines.isEmpty());
        BigDecimal ref = vm.references.isEmpty() ? null : BudgetNeutrality.referencePerBirth(new MonoReference(null,
                vm.references.stream().map(r -> new ReferenceLine(r.code.get(), r.description.get(),
                        Formats.parseNumber(r.tariff.get()).orElse(null), Formats.parseNumber(r.perBirth.get()).orElse(null))).toList()));
        referenceTotalLabel.setText(ref == null ? "" : messages.get("quote.reference.total", Formats.money(ref)));
    }

    private void showAdherence() {
        var joined = Formats.parseNumber(vm.adherenceJoined.get());
        var total = Formats.parseNumber(vm.adherenceTotal.get());
        if (joined.isPresent() && total.isPresent() && total.get().signum() > 0) {
            BigDecimal pct = joined.get().multiply(QuoteFigures.HUNDRED).divide(total.get(), 1, RoundingMode.HALF_UP);
            adherencePctLabel.setText(messages.get("quote.field.adherencePct", Formats.percent(pct, 1)));
        } else {
            adherencePctLabel.setText("");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the lists

    private void buildLines() {
        linesGrid.getChildren().clear();
        fieldNodes.keySet().removeIf(k -> k.startsWith("tariffLines["));
        String[] heads = {"code", "description", "tariff", "indexationPct", "volume", "indexed", "total"};
        for (int c = 0; c < heads.length && !vm.lines.isEmpty(); c++) {
            Label h = new Label(messages.get("quote.col." + heads[c]));
            h.getStyleClass().add("grid-head");
            linesGrid.add(h, c, 0);
        }
        ObservableList<QuoteRoundViewModel.LineRow> rows = vm.lines;
        for (int i = 0; i < rows.size(); i++) {
            QuoteRoundViewModel.LineRow r = rows.get(i);
            String f = "tariffLines[" + (i + 1) + "]";
            int row = i + 1;
            linesGrid.add(cell(r.code, f + ".code", 9, "line-code-" + row), 0, row);
            TextField desc = cell(r.description, f + ".description", 22, "line-description-" + row);
            GridPane.setHgrow(desc, Priority.ALWAYS);
            linesGrid.add(desc, 1, row);
            linesGrid.add(number(cell(r.tariff, f + ".tariff", 8, "line-tariff-" + row)), 2, row);
            linesGrid.add(number(cell(r.indexation, f + ".indexationPct", 6, "line-indexation-" + row)), 3, row);
            linesGrid.add(number(cell(r.volume, f + ".volume", 6, "line-volume-" + row)), 4, row);
            linesGrid.add(computed(r.indexed), 5, row);
            linesGrid.add(computed(r.total), 6, row);
            linesGrid.add(removeButton(() -> vm.lines.remove(r), "remove-line-" + row), 7, row);
        }
        showFigures(vm.figuresProperty().get());
    }

    private void buildParticipants() {
        participantsGrid.getChildren().clear();
        fieldNodes.keySet().removeIf(k -> k.startsWith("participants["));
        String[] heads = {"name", "agb", "discipline"};
        for (int c = 0; c < heads.length && !vm.participants.isEmpty(); c++) {
            Label h = new Label(messages.get("quote.col." + heads[c]));
            h.getStyleClass().add("grid-head");
            participantsGrid.add(h, c, 0);
        }
        for (int i = 0; i < vm.participants.size(); i++) {
            QuoteRoundViewModel.ParticipantRow r = vm.participants.get(i);
            String f = "participants[" + (i + 1) + "]";
            int row = i + 1;
            TextField name = cell(r.name, f + ".name", 28, "participant-name-" + row);
            GridPane.setHgrow(name, Priority.ALWAYS);
            participantsGrid.add(name, 0, row);
            participantsGrid.add(cell(r.agb, f + ".agb", 8, "participant-agb-" + row), 1, row);
            ComboBox<Discipline> d = new ComboBox<>();
            choices(d, Discipline.values(), x -> messages.get(x.labelKey()), false);
            d.valueProperty().bindBidirectional(r.discipline);
            d.disableProperty().bind(vm.editable.not());
            d.setId("participant-discipline-" + row);
            d.setPrefWidth(230);
            fieldNodes.put(f + ".discipline", d);
            participantsGrid.add(d, 2, row);
            participantsGrid.add(removeButton(() -> vm.participants.remove(r), "remove-participant-" + row), 3, row);
        }
    }

    private void buildBoard() {
        boardGrid.getChildren().clear();
        fieldNodes.keySet().removeIf(k -> k.startsWith("board["));
        for (int i = 0; i < vm.board.size(); i++) {
            QuoteRoundViewModel.BoardRow r = vm.board.get(i);
            String f = "board[" + (i + 1) + "]";
            TextField name = cell(r.name, f + ".name", 28, "board-name-" + (i + 1));
            GridPane.setHgrow(name, Priority.ALWAYS);
            boardGrid.add(name, 0, i);
            ComboBox<BoardDiscipline> d = new ComboBox<>();
            choices(d, BoardDiscipline.values(), x -> messages.get(x.labelKey()), false);
            d.valueProperty().bindBidirectional(r.discipline);
            d.disableProperty().bind(vm.editable.not());
            d.setPrefWidth(230);
            fieldNodes.put(f + ".discipline", d);
            boardGrid.add(d, 1, i);
            boardGrid.add(removeButton(() -> vm.board.remove(r), "remove-board-" + (i + 1)), 2, i);
        }
    }

    private void buildReferences() {
        referencesGrid.getChildren().clear();
        fieldNodes.keySet().removeIf(k -> k.startsWith("monoReference.lines["));
        if (!vm.references.isEmpty()) {
            String[] heads = {"code", "description", "tariff", "perBirth"};
            for (int c = 0; c < heads.length; c++) {
                Label h = new Label(messages.get("quote.col." + heads[c]));
                h.getStyleClass().add("grid-head");
                referencesGrid.add(h, c, 0);
            }
        }
        for (int i = 0; i < vm.references.size(); i++) {
            QuoteRoundViewModel.ReferenceRow r = vm.references.get(i);
            String f = "monoReference.lines[" + (i + 1) + "]";
            int row = i + 1;
            referencesGrid.add(cell(r.code, f + ".code", 9, null), 0, row);
            TextField desc = cell(r.description, f + ".description", 24, null);
            GridPane.setHgrow(desc, Priority.ALWAYS);
            referencesGrid.add(desc, 1, row);
            referencesGrid.add(number(cell(r.tariff, f + ".tariff", 8, null)), 2, row);
            referencesGrid.add(number(cell(r.perBirth, f + ".perBirth", 6, null)), 3, row);
            referencesGrid.add(removeButton(() -> vm.references.remove(r), null), 4, row);
        }
        showFigures(vm.figuresProperty().get());
    }

    /** The policy's quote items the workbench cannot see in the figures; the buyer ticks them when the quote has them. */
    private void buildConfirmations() {
        confirmBox.getChildren().clear();
        Policy p = context.policy.get();
        List<QuoteItem> items = p == null ? List.of() : p.quoteContents().stream()
                .filter(i -> "other".equals(i.item())).toList();
        confirmPanel.setVisible(!items.isEmpty());
        confirmPanel.setManaged(!items.isEmpty());
        if (p != null) {
            confirmHint.setText(messages.get("quote.confirm.hint", p.title()));
        }
        for (QuoteItem item : items) {
            CheckBox c = new CheckBox(item.text());
            c.setWrapText(true);
            c.setSelected(vm.confirmed.contains(item.id()));
            c.setTooltip(new Tooltip(item.source().section()));
            c.disableProperty().bind(vm.editable.not());
            c.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    vm.confirmed.add(item.id());
                } else {
                    vm.confirmed.remove(item.id());
                }
            });
            confirmBox.getChildren().add(c);
        }
    }

    @FXML
    private void onAddLine() {
        vm.lines.add(new QuoteRoundViewModel.LineRow());
        focusLast(linesGrid);
    }

    @FXML
    private void onAddParticipant() {
        vm.participants.add(new QuoteRoundViewModel.ParticipantRow());
        focusLast(participantsGrid);
    }

    @FXML
    private void onAddBoard() {
        vm.board.add(new QuoteRoundViewModel.BoardRow());
        focusLast(boardGrid);
    }

    @FXML
    private void onAddReference() {
        vm.references.add(new QuoteRoundViewModel.ReferenceRow());
        focusLast(referencesGrid);
    }

    @FXML
    private void onImportSheet() {
        dialogs.chooseOpenFile(messages.get("quote.import.title"), "xlsx").ifPresent(file -> {
            nl.inkoopwerkbank.ui.common.ViewLoader.Loaded<QuoteImportController> d = views.load(nl.inkoopwerkbank.ui.common.View.QUOTE_IMPORT);
            d.controller().show(file, dialogs.owner(), root.getScene() == null ? List.of() : root.getScene().getStylesheets())
                    .ifPresent(lines -> {
                        vm.replaceLines(lines);
                        status.show(messages.get("quote.import.done", lines.size(), file.getFileName().toString()));
                    });
        });
    }

    /** Replaces the draft's tariff lines (from a spreadsheet). */
    public void replaceLines(List<TariffLine> lines) {
        vm.replaceLines(lines);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** Focuses the first text field of the grid's last row (the row just added). */
    private void focusLast(GridPane grid) {
        int last = grid.getChildren().stream().mapToInt(QuoteRoundController::row).max().orElse(-1);
        grid.getChildren().stream().filter(n -> n instanceof TextField && row(n) == last).findFirst().ifPresent(Node::requestFocus);
    }

    private static int row(Node n) {
        Integer r = GridPane.getRowIndex(n);
        return r == null ? 0 : r;
    }

    private TextField cell(StringProperty p, String field, int columns, String id) {
        TextField t = new TextField();
        t.setPrefColumnCount(columns);
        t.setMinWidth(columns * 9 + 16);
        text(t, p, field);
        if (id != null) {
            t.setId(id);
        }
        return t;
    }

    private void text(TextInputControl t, StringProperty p, String field) {
        t.textProperty().bindBidirectional(p);
        t.editableProperty().bind(vm.editable);
        fieldNodes.put(field, t);
        t.textProperty().addListener((o, a, b) -> t.getStyleClass().removeAll("invalid"));
    }

    private static TextField number(TextField t) {
        t.getStyleClass().add("number-field");
        return t;
    }

    private static Label computed(StringProperty p) {
        Label l = new Label();
        l.textProperty().bind(p);
        l.getStyleClass().add("computed");
        l.setMinWidth(110);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private Button removeButton(Runnable action, String id) {
        Button b = new Button();
        b.setGraphic(new FontIcon("fth-x"));
        b.getStyleClass().addAll("flat", "remove-row");
        b.setTooltip(new Tooltip(messages.get("quote.row.remove")));
        b.setOnAction(e -> action.run());
        b.visibleProperty().bind(vm.editable);
        if (id != null) {
            b.setId(id);
        }
        return b;
    }

    private static <T> ListChangeListener<T> structural(Runnable rebuild) {
        return c -> {
            boolean structure = false;
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    structure = true;
                }
            }
            if (structure) {
                rebuild.run();
            }
        };
    }

    private static <T> void choices(ComboBox<T> box, T[] values, Function<T, String> label, boolean allowNone) {
        box.getItems().clear();
        if (allowNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setConverter(Converters.showing(v -> v == null ? "–" : label.apply(v)));
        box.setCellFactory(l -> Converters.cell(v -> v == null ? "–" : label.apply(v)));
        box.setButtonCell(Converters.cell(v -> v == null ? "–" : label.apply(v)));
    }
}
