package nl.inkoopwerkbank.ui.quotes;

import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Completeness;
import nl.inkoopwerkbank.domain.quote.Plausibility;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluation;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.QuoteService;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.service.AssessmentTexts;
import nl.inkoopwerkbank.ui.assessment.RequirementView;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;

/** The checks tab: the chosen round evaluated against the chosen policy, computed in the background. */
public final class QuoteChecksController {

    private final QuoteService service;
    private final QuoteContext context;
    private final Messages messages;
    private final Background background;
    private final Dialogs dialogs;
    private final StatusModel status;
    private final Supplier<AssessmentTexts> assessmentTexts;
    private QuoteEvaluation evaluation;
    private long generation;

    @FXML private BorderPane root;
    @FXML private Label headline;
    @FXML private Button applyFactsButton;
    @FXML private Label yearNotice;
    @FXML private Label emptyLabel;
    @FXML private FlowPane cards;
    @FXML private VBox neutralityPanel;
    @FXML private VBox neutralityBox;
    @FXML private Label completenessTitle;
    @FXML private VBox completenessBox;
    @FXML private Label warningsTitle;
    @FXML private VBox warningsBox;
    @FXML private Label rulesTitle;
    @FXML private VBox rulesBox;
    @FXML private VBox deadlinesBox;

    public QuoteChecksController(QuoteService service, QuoteContext context, Messages messages, Background background,
                                 Dialogs dialogs, StatusModel status, Supplier<AssessmentTexts> assessmentTexts) {
        this.service = service;
        this.context = context;
        this.messages = messages;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.assessmentTexts = assessmentTexts;
    }

    @FXML
    private void initialize() {
        context.quote.addListener((o, a, b) -> refresh());
        context.round.addListener((o, a, b) -> refresh());
        context.policy.addListener((o, a, b) -> refresh());
        refresh();
    }

    public QuoteEvaluation evaluation() {
        return evaluation;
    }

    void refresh() {
        Quote q = context.quote.get();
        QuoteRound r = context.selectedRound();
        Policy p = context.policy.get();
        long mine = ++generation;
        if (q == null || r == null || p == null) {
            evaluation = null;
            show();
            return;
        }
        background.run(() -> service.evaluate(q, r, p), e -> {
            if (mine == generation) {
                evaluation = e;
                show();
            }
        }, err -> dialogs.error(messages.get("quote.checks.failed"), String.valueOf(err.getMessage())));
    }

    private void show() {
        QuoteEvaluation e = evaluation;
        boolean has = e != null;
        for (Node n : List.of(cards, neutralityPanel, completenessBox.getParent(), warningsBox.getParent(),
                rulesBox.getParent(), deadlinesBox.getParent(), applyFactsButton, headline)) {
            n.setVisible(has);
            n.setManaged(has);
        }
        emptyLabel.setVisible(!has);
        emptyLabel.setManaged(!has);
        yearNotice.setVisible(has && !e.policyYearMatches());
        yearNotice.setManaged(yearNotice.isVisible());
        if (!has) {
            return;
        }
        QuoteTexts texts = new QuoteTexts(messages);
        headline.setText(messages.get("quote.checks.headline", texts.round(e.round()), QuoteTexts.policy(e.policy())));
        yearNotice.setText(messages.get("quote.checks.yearMismatch", String.valueOf(e.policy().year()), String.valueOf(e.quote().contractYear())));

        // key figures
        cards.getChildren().setAll(
                card(messages.get("quote.figure.total"), money(e.figures().total()), e.figures().totalComplete() ? ""
                        : messages.get("quote.figure.incomplete"), "total"),
                card(messages.get("quote.figure.part", e.policy().insurer().name(),
                                e.round().content().marketSharePct() == null ? "–" : Formats.percent(e.round().content().marketSharePct(), 2)),
                        money(e.figures().insurerPart()), e.figures().insurerBirths() == null ? ""
                                : messages.get("quote.figure.births", Formats.number(e.figures().insurerBirths(), 1)), "part"),
                card(messages.get("quote.figure.costPerBirth"), money(e.neutrality().integralPerBirth()),
                        messages.get("quote.figure.monoPerBirth", money(e.neutrality().monoPerBirth())), "per-birth"),
                neutralityCard(e.neutrality()));

        // budget neutrality
        neutralityBox.getChildren().setAll(neutrality(e.neutrality()));

        // completeness
        Completeness c = e.completeness();
        long open = c.open().size();
        completenessTitle.setText(messages.get("quote.checks.completeness", c.entries().size() - open, c.entries().size()));
        completenessBox.getChildren().clear();
        if (c.entries().isEmpty()) {
            completenessBox.getChildren().add(muted(messages.get("quote.checks.completeness.none")));
        }
        for (Completeness.Entry entry : c.entries()) {
            Label l = new Label(entry.item().text());
            l.setWrapText(true);
            l.setGraphic(stateIcon(entry.state()));
            Label meta = muted(messages.get(entry.state().labelKey()) + " · " + entry.item().source().section());
            VBox row = new VBox(1, l, meta);
            row.getStyleClass().addAll("check-row", "completeness-" + entry.state().name().toLowerCase(java.util.Locale.ROOT));
            completenessBox.getChildren().add(row);
        }

        // plausibility
        warningsTitle.setText(messages.get("quote.checks.warnings", e.warnings().size()));
        warningsBox.getChildren().clear();
        if (e.warnings().isEmpty()) {
            warningsBox.getChildren().add(okLine(messages.get("quote.checks.warnings.none")));
        }
        for (Plausibility.Warning w : e.warnings()) {
            Label l = new Label(messages.get(w.code().messageKey(), w.args().toArray()));
            l.setWrapText(true);
            FontIcon i = new FontIcon("fth-alert-triangle");
            i.getStyleClass().add("warning-icon");
            l.setGraphic(i);
            l.getStyleClass().add("warning-row");
            warningsBox.getChildren().add(l);
        }

        // the policy's IGO requirements the quote informs
        rulesTitle.setText(messages.get("quote.checks.rules", e.policy().insurer().name(), e.rules().size()));
        rulesBox.getChildren().clear();
        if (e.contract() == null) {
            rulesBox.getChildren().add(muted(messages.get("quote.checks.rules.noContract")));
        } else if (e.rules().isEmpty()) {
            rulesBox.getChildren().add(muted(messages.get("quote.checks.rules.none")));
        }
        RequirementView view = new RequirementView(messages, assessmentTexts.get());
        e.rules().forEach(r -> rulesBox.getChildren().add(view.node(r)));

        // deadlines
        deadlinesBox.getChildren().clear();
        for (QuoteDeadlines.Step s : e.steps()) {
            deadlinesBox.getChildren().add(step(s));
        }
        for (QuoteDeadlines.Term t : e.terms()) {
            deadlinesBox.getChildren().add(term(t));
        }
        if (e.terms().isEmpty()) {
            deadlinesBox.getChildren().add(muted(messages.get("quote.checks.noTerm", e.policy().insurer().name())));
        }
    }

    private Node step(QuoteDeadlines.Step s) {
        String when = messages.get(s.deadline().semantics().labelKey()) + " " + Formats.date(s.deadline().date(), messages.locale());
        Label l = new Label(when + " · " + s.deadline().action());
        l.setWrapText(true);
        l.setGraphic(deadlineIcon(s.state()));
        String state = switch (s.state()) {
            case IN_TIME, LATE -> messages.get("quote.checks.state." + s.state().name(), Formats.date(s.doneOn(), messages.locale()));
            case OPEN -> messages.get("quote.checks.state." + s.state().name(), s.daysLeft());
            case OVERDUE -> messages.get("quote.checks.state." + s.state().name(), -s.daysLeft());
            default -> messages.get("quote.checks.state." + s.state().name());
        };
        VBox row = new VBox(1, l, muted(state + " · " + s.deadline().source().section()));
        row.getStyleClass().addAll("check-row", "deadline-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
        return row;
    }

    private Node term(QuoteDeadlines.Term t) {
        Label l = new Label(messages.get("quote.checks.term", t.round(), Formats.date(t.receivedOn(), messages.locale()),
                Formats.date(t.due(), messages.locale()), t.term().action()));
        l.setWrapText(true);
        l.setGraphic(deadlineIcon(t.state()));
        String state = switch (t.state()) {
            case ANSWERED, ANSWERED_LATE -> messages.get("quote.checks.state." + t.state().name(), Formats.date(t.answeredOn(), messages.locale()));
            case OPEN -> messages.get("quote.checks.state." + t.state().name(), t.daysLeft());
            case OVERDUE -> messages.get("quote.checks.state." + t.state().name(), -t.daysLeft());
            default -> messages.get("quote.checks.state." + t.state().name());
        };
        VBox row = new VBox(1, l, muted(state + " · " + t.term().source().section()));
        row.getStyleClass().addAll("check-row", "term-row", "deadline-" + t.state().name().toLowerCase(java.util.Locale.ROOT));
        return row;
    }

    private List<Node> neutrality(BudgetNeutrality n) {
        String basis = messages.get("quote.neutrality.basis." + n.basis().name());
        if (n.verdict() == BudgetNeutrality.Verdict.UNKNOWN) {
            return List.of(muted(messages.get("quote.neutrality.unknownWhy", basis)));
        }
        Label line = new Label(messages.get("quote.neutrality.line", money(n.integralPerBirth()), money(n.monoPerBirth()),
                money(n.difference()), n.differencePct() == null ? "–" : Formats.percent(n.differencePct(), 2)));
        line.setWrapText(true);
        return List.of(verdictLabel(n), line, muted(basis + " · " + messages.get("quote.neutrality.precision")));
    }

    private Node neutralityCard(BudgetNeutrality n) {
        VBox card = (VBox) card(messages.get("quote.checks.neutrality"), messages.get(n.verdict().labelKey()),
                n.difference() == null ? "" : messages.get("quote.neutrality.diff", money(n.difference()),
                        n.differencePct() == null ? "–" : Formats.percent(n.differencePct(), 2)), "neutrality");
        card.getStyleClass().add("verdict-" + n.verdict().name().toLowerCase(java.util.Locale.ROOT));
        return card;
    }

    private Label verdictLabel(BudgetNeutrality n) {
        Label l = new Label(messages.get(n.verdict().labelKey()));
        l.getStyleClass().addAll("outcome-badge", switch (n.verdict()) {
            case NEUTRAL -> "outcome-eligible";
            case ABOVE -> "outcome-not-eligible";
            case UNKNOWN -> "outcome-incomplete";
        });
        l.setId("neutralityVerdict");
        return l;
    }

    @FXML
    private void onApplyFacts() {
        QuoteEvaluation e = evaluation;
        if (e == null || e.derivedFacts().isEmpty()) {
            return;
        }
        AssessmentTexts t = assessmentTexts.get();
        StringBuilder list = new StringBuilder();
        e.derivedFacts().forEach(a -> list.append("• ").append(t.question(a.factKey())).append("  →  ")
                .append(t.valueWithUnit(a.factKey(), a.value())).append('\n'));
        if (!dialogs.showText(messages.get("quote.checks.applyFacts"), messages.get("quote.checks.applyFacts.header",
                e.derivedFacts().size(), e.quote().igoName()), list.toString(), messages.get("quote.checks.applyFacts.confirm"))) {
            return;
        }
        background.run(() -> service.applyFacts(e.quote(), e),
                n -> status.show(messages.get("quote.checks.applyFacts.done", n, e.quote().igoName())),
                err -> dialogs.error(messages.get("quote.checks.applyFacts.failed"),
                        err instanceof ValidationException v ? v.violations().toString() : String.valueOf(err.getMessage())));
    }


    private static Node card(String caption, String figure, String hint, String id) {
        Label c = new Label(caption);
        c.getStyleClass().add("card-label");
        c.setWrapText(true);
        Label f = new Label(figure);
        f.getStyleClass().add("card-figure");
        f.setId("figure-" + id);
        Label h = new Label(hint);
        h.getStyleClass().add("card-hint");
        h.setWrapText(true);
        VBox box = new VBox(4, c, f, h);
        box.getStyleClass().addAll("quote-card");
        box.setPrefWidth(212);
        return box;
    }

    private static String money(java.math.BigDecimal m) {
        return m == null ? "–" : Formats.money(m);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private Node okLine(String text) {
        Label l = new Label(text);
        FontIcon i = new FontIcon("fth-check-circle");
        i.getStyleClass().add("status-met");
        l.setGraphic(i);
        return new HBox(l);
    }

    private static FontIcon stateIcon(Completeness.State s) {
        FontIcon i = new FontIcon(switch (s) {
            case PRESENT -> "fth-check-circle";
            case MISSING -> "fth-x-circle";
            case UNCONFIRMED -> "fth-help-circle";
        });
        i.getStyleClass().add(switch (s) {
            case PRESENT -> "status-met";
            case MISSING -> "status-not-met";
            case UNCONFIRMED -> "status-unknown";
        });
        return i;
    }

    private static FontIcon deadlineIcon(QuoteDeadlines.State s) {
        FontIcon i = new FontIcon(switch (s) {
            case IN_TIME, ANSWERED -> "fth-check-circle";
            case LATE, OVERDUE, ANSWERED_LATE -> "fth-alert-circle";
            case OPEN -> "fth-clock";
            case UPCOMING -> "fth-calendar";
            case PASSED -> "fth-minus-circle";
        });
        i.getStyleClass().add(switch (s) {
            case IN_TIME, ANSWERED -> "status-met";
            case LATE, OVERDUE, ANSWERED_LATE -> "status-not-met";
            case OPEN -> "status-unknown";
            default -> "status-not-applicable";
        });
        return i;
    }
}
