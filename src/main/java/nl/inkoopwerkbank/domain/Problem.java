package nl.inkoopwerkbank.domain;

import java.util.List;

/**
 * A problem found in input from a file: where (file, line, column or cell) and why (a message key with
 * arguments). Every importer reports these; nothing is imported while there is one.
 */
public record Problem(String file, int line, String column, String messageKey, List<Object> args) {
    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem at(String file, int line, String column, String messageKey, Object... args) {
        return new Problem(file, line, column, messageKey, List.of(args));
    }
}
