package nl.inkoopwerkbank.ui.quotes;

import java.math.BigDecimal;
import java.util.List;

import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.RoundComparison;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Converters;

/** The compare tab: any two rounds of the open quote side by side, changed figures highlighted. */
public final class QuoteCompareController {

    private final QuoteContext context;
    private final Messages messages;
    private final QuoteTexts texts;
    private boolean filling;

    @FXML private BorderPane root;
    @FXML private ComboBox<QuoteRound> leftBox;
    @FXML private ComboBox<QuoteRound> rightBox;
    @FXML private Label emptyLabel;
    @FXML private VBox totalsPanel;
    @FXML private GridPane totalsGrid;
    @FXML private VBox linesPanel;
    @FXML private Label linesTitle;
    @FXML private GridPane linesGrid;
    @FXML private VBox fieldsPanel;
    @FXML private Label fieldsTitle;
    @FXML private GridPane fieldsGrid;
    @FXML private VBox notesPanel;
    @FXML private GridPane notesGrid;

    public QuoteCompareController(QuoteContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.texts = new QuoteTexts(messages);
    }

    @FXML
    private void initialize() {
        for (ComboBox<QuoteRound> box : List.of(leftBox, rightBox)) {
            box.setConverter(Converters.showing(r -> r == null ? "" : label(r)));
            box.setCellFactory(l -> Converters.cell(r -> r == null ? "" : label(r)));
            box.setButtonCell(Converters.cell(r -> r == null ? "" : label(r)));
            box.valueProperty().addListener((o, a, b) -> {
                if (!filling) {
                    show();
                }
            });
        }
        context.quote.addListener((o, a, b) -> fill());
        context.round.addListener((o, a, b) -> fill());
        fill();
    }

    private String label(QuoteRound r) {
        return texts.round(r) + (r.agreed() ? " ✓" : "");
    }

    /** Chooses the chosen round and the one before it (or the two latest). */
    private void fill() {
        Quote q = context.quote.get();
        filling = true;
        try {
            List<QuoteRound> rounds = q == null ? List.of() : q.rounds();
            leftBox.getItems().setAll(rounds);
            rightBox.getItems().setAll(rounds);
            if (rounds.size() >= 2) {
                QuoteRound right = context.selectedRound() != null && q.previous(context.round.get()).isPresent()
                        ? context.selectedRound() : rounds.get(rounds.size() - 1);
                rightBox.setValue(right);
                leftBox.setValue(q.previous(right.number()).orElse(rounds.get(0)));
            } else {
                leftBox.setValue(null);
                rightBox.setValue(null);
            }
        } finally {
            filling = false;
        }
        show();
    }

    /** Compares two rounds chosen by number (used by the section's "compare" action and tests). */
    public void compare(int left, int right) {
        Quote q = context.quote.get();
        if (q == null) {
            return;
        }
        filling = true;
        try {
            leftBox.setValue(q.round(left).orElse(null));
            rightBox.setValue(q.round(right).orElse(null));
        } finally {
            filling = false;
        }
        show();
    }

    private void show() {
        QuoteRound a = leftBox.getValue();
        QuoteRound b = rightBox.getValue();
        boolean has = a != null && b != null;
        for (Node n : List.of(totalsPanel, linesPanel, fieldsPanel, notesPanel)) {
            n.setVisible(has);
            n.setManaged(has);
        }
        emptyLabel.setVisible(!has);
        emptyLabel.setManaged(!has);
        if (!has) {
            return;
        }
        RoundComparison c = RoundComparison.of(a, b);
        String ha = messages.get("quote.compare.round", a.number());
        String hb = messages.get("quote.compare.round", b.number());

        // totals
        reset(totalsGrid, 4);
        header(totalsGrid, "", ha, hb, messages.get("quote.compare.difference"));
        int row = 1;
        for (RoundComparison.TotalRow t : c.totals()) {
            String diff = t.difference() == null ? "" : signedMoney(t.difference());
            addRow(totalsGrid, row++, t.changed(), "total-" + t.field(), messages.get("quote.compare.total." + t.field()),
                    money(t.left()), money(t.right()), diff);
        }

        // tariff lines
        long changedLines = c.lines().stream().filter(l -> l.change() != RoundComparison.LineChange.SAME).count();
        linesTitle.setText(messages.get("quote.compare.lines", changedLines));
        reset(linesGrid, 8);
        String na = String.valueOf(a.number());
        String nb = String.valueOf(b.number());
        header(linesGrid, messages.get("quote.col.code"), messages.get("quote.compare.col", messages.get("quote.col.tariff"), na),
                messages.get("quote.compare.col", messages.get("quote.col.tariff"), nb),
                messages.get("quote.compare.col", messages.get("quote.compare.index"), na),
                messages.get("quote.compare.col", messages.get("quote.compare.index"), nb),
                messages.get("quote.compare.col", messages.get("quote.col.total"), na),
                messages.get("quote.compare.col", messages.get("quote.col.total"), nb), messages.get("quote.compare.difference"));
        row = 1;
        for (RoundComparison.LineRow l : c.lines()) {
            QuoteFigures.Line x = l.left();
            QuoteFigures.Line y = l.right();
            BigDecimal tx = x == null ? null : x.total();
            BigDecimal ty = y == null ? null : y.total();
            String diff = tx != null && ty != null ? signedMoney(ty.subtract(tx))
                    : messages.get("quote.compare.change." + l.change().name());
            String name = (x != null ? x : y).line().code().isEmpty() ? (x != null ? x : y).line().description()
                    : (x != null ? x : y).line().code();
            boolean whole = l.change() != RoundComparison.LineChange.CHANGED;
            boolean tariff = whole || !same(x.line().tariff(), y.line().tariff());
            boolean index = whole || !same(x.line().indexationPct(), y.line().indexationPct());
            boolean total = whole || !same(tx, ty);
            boolean any = l.change() != RoundComparison.LineChange.SAME;
            addCells(linesGrid, row++, "line-" + row, new boolean[] {any, tariff && any, tariff && any, index && any,
                            index && any, total && any, total && any, total && any}, name,
                    x == null ? "" : money(x.line().tariff()), y == null ? "" : money(y.line().tariff()),
                    x == null ? "" : pct(x.line().indexationPct()), y == null ? "" : pct(y.line().indexationPct()),
                    money(tx), money(ty), diff);
        }

        // fields
        long changedFields = c.changedFields().size();
        fieldsTitle.setText(messages.get("quote.compare.fields", changedFields));
        reset(fieldsGrid, 3);
        header(fieldsGrid, "", ha, hb);
        row = 1;
        for (RoundComparison.FieldRow f : c.fields()) {
            addRow(fieldsGrid, row++, f.changed(), "field-" + f.field().replace('.', '-'), texts.field(f.field()),
                    value(f.field(), f.left()), value(f.field(), f.right()));
        }

        // notes
        reset(notesGrid, 2);
        header(notesGrid, ha, hb);
        Label noteA = wrap(a.note().isEmpty() ? "–" : a.note());
        Label noteB = wrap(b.note().isEmpty() ? "–" : b.note());
        notesGrid.add(noteA, 0, 1);
        notesGrid.add(noteB, 1, 1);
    }

    private String value(String field, Object v) {
        if (v == null) {
            return "–";
        }
        if (v instanceof BigDecimal n) {
            return switch (field) {
                case "financingRequest", "schoning.amount" -> Formats.money(n);
                case "marketSharePct" -> Formats.percent(n, 2);
                default -> Formats.number(n, 6);
            };
        }
        if (v instanceof Boolean b) {
            return messages.get(b ? "quote.yes" : "quote.no");
        }
        if (v instanceof Enum<?> e) {
            String prefix = switch (field) {
                case "legalForm" -> "quote.legalForm.";
                case "monoClaims" -> "quote.monoClaims.";
                case "schoning.status" -> "quote.schoning.";
                default -> null;
            };
            return prefix == null ? e.name() : messages.get(prefix + e.name());
        }
        String s = v.toString();
        return s.isEmpty() ? "–" : s;
    }

    private static void reset(GridPane grid, int columns) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (i == 0) {
                cc.setHgrow(Priority.SOMETIMES);
                cc.setMinWidth(120);
            } else {
                cc.setHalignment(HPos.RIGHT);
            }
            grid.getColumnConstraints().add(cc);
        }
    }

    private static void header(GridPane grid, String... heads) {
        for (int i = 0; i < heads.length; i++) {
            Label l = new Label(heads[i]);
            l.getStyleClass().add("grid-head");
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(l, i, 0);
        }
    }

    private static void addRow(GridPane grid, int row, boolean changed, String id, String... cells) {
        boolean[] flags = new boolean[cells.length];
        java.util.Arrays.fill(flags, changed);
        addCells(grid, row, id, flags, cells);
    }

    /** A row whose cells are highlighted one by one: only what changed stands out. */
    private static void addCells(GridPane grid, int row, String id, boolean[] changed, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            Label l = new Label(cells[i]);
            if (i > 0) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            if (changed[i]) {
                l.getStyleClass().add("changed");
            }
            if (i == 0) {
                l.setId(id);
                l.setWrapText(true);
            }
            grid.add(l, i, row);
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private static String money(BigDecimal m) {
        return m == null ? "–" : Formats.money(m);
    }

    private static String signedMoney(BigDecimal m) {
        return m.signum() > 0 ? "+" + Formats.money(m) : Formats.money(m);
    }

    private static String pct(BigDecimal p) {
        return p == null ? "–" : Formats.percent(p, 4);
    }
}
