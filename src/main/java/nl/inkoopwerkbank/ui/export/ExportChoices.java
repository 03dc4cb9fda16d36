package nl.inkoopwerkbank.ui.export;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;

/** The policy and contract-type choices the export dialogs share, and handing progress to the FX thread. */
final class ExportChoices {

    private ExportChoices() {
    }

    /** "Salland Zorgverzekeraar · Zorginkoopbeleid 2027 Geboortezorg": two insurers can use the same title. */
    static void policies(ComboBox<Policy> box, ObservableList<Policy> items, ObjectProperty<Policy> value) {
        box.setItems(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Policy p) {
                return p == null ? "" : p.insurer().name() + " · " + p.title();
            }

            @Override
            public Policy fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    /** A contract type by name; no choice reads "Alle contractvormen". */
    static void contractTypes(ComboBox<ContractType> box, ObservableList<ContractType> items,
                              ObjectProperty<ContractType> value, Messages messages) {
        StringConverter<ContractType> text = new StringConverter<>() {
            @Override
            public String toString(ContractType c) {
                return c == null ? messages.get("export.preview.contract.all") : c.name();
            }

            @Override
            public ContractType fromString(String s) {
                return null;
            }
        };
        box.setConverter(text);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ContractType item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.toString(item));
            }
        });
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    /** Runs on the FX thread: at once when already there (tests run the work on it). */
    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
