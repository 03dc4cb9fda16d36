package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.DeadlineNotice;
import nl.inkoopwerkbank.domain.assessment.NextStep;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.assessment.TierResult;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * Shows why a provider stands where it does for one contract: outcome and tier, deadline notices, the
 * smallest step up, failing knock-outs, open questions, the tiers, and every requirement with the
 * facts that decided it, its source and any ambiguity in the policy text.
 */
public final class ExplanationController {

    /** Open questions listed in the next-step box; the rest are under "Open vragen". */
    static final int OPEN_FACTS_SHOWN = 4;

    private final Messages messages;
    private final Supplier<AssessmentTexts> texts;

    @FXML private ScrollPane root;
    @FXML private Label empty;
    @FXML private VBox header;
    @FXML private Label title;
    @FXML private Label subtitle;
    @FXML private Label outcome;
    @FXML private Label tier;
    @FXML private VBox body;

    public ExplanationController(Messages messages, Supplier<AssessmentTexts> texts) {
        this.messages = messages;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        show(null);
    }

    public ScrollPane root() {
        return root;
    }

    public void show(ContractAssessment a) {
        body.getChildren().clear();
        boolean has = a != null;
        empty.setVisible(!has);
        empty.setManaged(!has);
        header.setVisible(has);
        header.setManaged(has);
        if (!has) {
            return;
        }
        AssessmentTexts t = texts.get();
        title.setText(a.policy().insurer().name() + " · " + a.contract().name());
        subtitle.setText(messages.get("assessment.explanation.subtitle", a.policy().title(),
                Formats.date(a.assessedOn(), messages.locale())));
        outcome.setText(t.outcome(a));
        outcome.getStyleClass().setAll("outcome-badge", badge(a.outcome()));
        String tierText = t.tier(a);
        tier.setText(tierText.isEmpty() ? "" : messages.get("assessment.tier", tierText));
        tier.setVisible(!tierText.isEmpty());
        tier.setManaged(!tierText.isEmpty());

        for (DeadlineNotice n : a.notices()) {
            String text = t.notice(n);
            body.getChildren().add(message(text, n.kind().blocks() ? "form-message-error" : "form-message-warning"));
        }
        if (!a.missingBaseContracts().isEmpty()) {
            body.getChildren().add(message(messages.get("assessment.explanation.base-contract", t.baseContracts(a)),
                    "form-message-error"));
        }
        a.nextStep().ifPresent(step -> body.getChildren().add(nextStep(step, t)));

        List<RequirementResult> failing = a.failingKnockOuts();
        if (!failing.isEmpty()) {
            body.getChildren().add(section(messages.get("assessment.explanation.failing", failing.size()), failing, t));
        }
        List<RequirementResult> open = a.open();
        if (!open.isEmpty()) {
            body.getChildren().add(section(messages.get("assessment.explanation.open", open.size()), open, t));
        }
        if (a.contract().isTiered()) {
            VBox tiers = new VBox(4);
            tiers.getStyleClass().add("panel");
            tiers.getChildren().add(heading(messages.get("assessment.explanation.tiers")));
            for (TierResult tr : a.tiers()) {
                Label l = new Label(tr.tier().id() + " · " + tr.tier().name() + ": " + messages.get(tr.status().labelKey()));
                l.setGraphic(icon(tr.status()));
                l.setWrapText(true);
                tiers.getChildren().add(l);
            }
            body.getChildren().add(tiers);
        }
        List<RequirementResult> rest = a.results().stream()
                .filter(r -> !failing.contains(r) && !open.contains(r)).toList();
        body.getChildren().add(section(messages.get("assessment.explanation.all", rest.size()), rest, t));
    }

    private Node nextStep(NextStep step, AssessmentTexts t) {
        VBox box = new VBox(4);
        box.getStyleClass().addAll("panel", "next-step");
        String goal = step.toEligibility() ? messages.get("assessment.next.eligible")
                : messages.get("assessment.next.tier", step.tier().id(), step.tier().name());
        box.getChildren().add(heading(goal));
        for (Change c : step.changes()) {
            Label l = new Label("• " + t.question(c.fact()) + " — " + t.change(c));
            l.setWrapText(true);
            l.getStyleClass().add("next-step-change");
            box.getChildren().add(l);
        }
        int shown = 0;
        for (String f : step.openFacts()) {
            if (shown++ == OPEN_FACTS_SHOWN) {
                Label more = new Label(messages.get("assessment.next.more", step.openFacts().size() - OPEN_FACTS_SHOWN));
                more.getStyleClass().add("muted");
                box.getChildren().add(more);
                break;
            }
            Label l = new Label("• " + t.question(f) + " — " + messages.get("assessment.next.answer"));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private VBox section(String heading, List<RequirementResult> results, AssessmentTexts t) {
        VBox box = new VBox(8);
        box.getStyleClass().add("panel");
        box.getChildren().add(heading(heading));
        for (RequirementResult r : results) {
            box.getChildren().add(requirement(r, t));
        }
        return box;
    }

    private Node requirement(RequirementResult r, AssessmentTexts t) {
        return new RequirementView(messages, t).node(r);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        l.setWrapText(true);
        return l;
    }

    private static Label message(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().addAll("form-message", style);
        return l;
    }

    static String badge(Outcome o) {
        return switch (o) {
            case ELIGIBLE -> "outcome-eligible";
            case NOT_ELIGIBLE -> "outcome-not-eligible";
            case INCOMPLETE -> "outcome-incomplete";
        };
    }

    static FontIcon icon(Status s) {
        return RequirementView.icon(s);
    }

}
