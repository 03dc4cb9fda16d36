package nl.inkoopwerkbank.domain;

import java.util.List;
import java.util.Objects;

/**
 * One reason why input is not acceptable. The message is a resource-bundle key with arguments, so the
 * domain stays free of any user-interface language; {@code field} names what was wrong.
 */
public record Violation(String field, String messageKey, List<Object> args) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
