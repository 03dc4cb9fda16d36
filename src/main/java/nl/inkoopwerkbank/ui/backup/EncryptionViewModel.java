package nl.inkoopwerkbank.ui.backup;

import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.inkoopwerkbank.i18n.Messages;

/**
 * What the encryption dialog asks and checks: a new passphrase (twice, at least {@value #MIN_LENGTH}
 * characters), the current one when the database is encrypted already.
 */
public final class EncryptionViewModel {

    /** The shortest passphrase accepted. */
    public static final int MIN_LENGTH = 12;

    public enum Mode {
        /** Encrypt a database that is not encrypted. */
        ENCRYPT,
        /** Give an encrypted database a new passphrase. */
        CHANGE,
        /** Store an encrypted database without encryption again. */
        DECRYPT
    }

    private final Mode mode;
    private final DataActions actions;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public EncryptionViewModel(Mode mode, DataActions actions, Messages messages) {
        this.mode = mode;
        this.actions = actions;
        this.messages = messages;
    }

    public Mode mode() {
        return mode;
    }

    public boolean asksCurrent() {
        return mode != Mode.ENCRYPT;
    }

    public boolean asksNew() {
        return mode != Mode.DECRYPT;
    }

    /**
     * The request for what was typed, or empty with {@link #problemProperty()} saying what is wrong (which
     * field and why). Nothing is changed here.
     */
    public Optional<DataRequest> request() {
        String p = check();
        problem.set(p);
        if (!p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (mode) {
            case ENCRYPT -> new DataRequest.Encrypt(next.get().toCharArray());
            case CHANGE -> new DataRequest.ChangePassphrase(current.get().toCharArray(), next.get().toCharArray());
            case DECRYPT -> new DataRequest.Decrypt(current.get().toCharArray());
        });
    }

    private String check() {
        if (asksCurrent()) {
            if (current.get().isEmpty()) {
                return messages.get("encryption.problem.current-empty");
            }
            char[] typed = current.get().toCharArray();
            try {
                if (!actions.isCurrentPassphrase(typed)) {
                    return messages.get("encryption.problem.current-wrong");
                }
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }
        if (asksNew()) {
            String n = next.get();
            if (n.isBlank()) {
                return messages.get("encryption.problem.new-empty");
            }
            int length = n.codePointCount(0, n.length());
            if (length < MIN_LENGTH) {
                return messages.get("encryption.problem.too-short", String.valueOf(MIN_LENGTH), String.valueOf(length));
            }
            if (!n.equals(n.strip())) {
                return messages.get("encryption.problem.spaces");
            }
            if (!n.equals(repeat.get())) {
                return messages.get("encryption.problem.mismatch");
            }
            if (mode == Mode.CHANGE && n.equals(current.get())) {
                return messages.get("encryption.problem.same");
            }
        }
        return "";
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
