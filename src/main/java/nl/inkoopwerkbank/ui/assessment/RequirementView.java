package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.domain.assessment.FactUse;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * One evaluated requirement as the screens show it: status icon and text, role and source, each fact
 * test with value and threshold, what is still unanswered, and the ambiguities. Used by the checklist
 * explanation and by the quote checks.
 */
public final class RequirementView {

    private final Messages messages;
    private final AssessmentTexts texts;

    public RequirementView(Messages messages, AssessmentTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    public Node node(RequirementResult r) {
        AssessmentTexts t = texts;
        VBox box = new VBox(2);
        box.getStyleClass().add("requirement-result");
        Label text = new Label(r.requirement().text());
        text.setWrapText(true);
        text.setGraphic(icon(r.status()));
        text.getStyleClass().add("requirement-text");
        box.getChildren().add(text);
        String meta = messages.get(r.status().labelKey()) + " · " + messages.get(r.requirement().role().labelKey())
                + (r.requirement().source() == null ? "" : " · " + r.requirement().source().section());
        Label m = new Label(meta);
        m.getStyleClass().add("muted");
        m.setWrapText(true);
        box.getChildren().add(m);
        if (r.requirement().role() != RequirementRole.INFORMATION) {
            for (FactUse u : r.facts()) {
                if (u.value() == null) {
                    continue; // listed below as "not answered yet"
                }
                Label f = new Label(t.question(u.fact()) + "  →  " + t.test(u));
                f.setWrapText(true);
                f.getStyleClass().add("fact-use");
                f.setGraphic(icon(u.status()));
                box.getChildren().add(f);
            }
        }
        for (String missing : r.missingFacts()) {
            Label f = new Label(messages.get("assessment.explanation.missing", t.question(missing)));
            f.setWrapText(true);
            f.getStyleClass().add("fact-missing");
            box.getChildren().add(f);
        }
        for (Ambiguity amb : r.ambiguities()) {
            Label l = new Label(messages.get("assessment.explanation.ambiguity", amb.chosenReading().text(), amb.why()));
            l.setWrapText(true);
            l.getStyleClass().add("ambiguity");
            box.getChildren().add(l);
        }
        return box;
    }


    public static FontIcon icon(Status s) {
        FontIcon i = new FontIcon(switch (s) {
            case MET -> "fth-check-circle";
            case NOT_MET -> "fth-x-circle";
            case UNKNOWN -> "fth-help-circle";
            case NOT_APPLICABLE -> "fth-minus-circle";
        });
        i.getStyleClass().add("status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return i;
    }
}
