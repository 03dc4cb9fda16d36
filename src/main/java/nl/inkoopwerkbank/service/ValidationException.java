package nl.inkoopwerkbank.service;

import java.util.List;

import nl.inkoopwerkbank.domain.Violation;

/** The input was refused; nothing was changed. Carries every reason. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
