package nl.inkoopwerkbank.domain.policy;

import java.util.List;

/** A surcharge or other calculation the policy defines, with its formula. */
public record Calculation(String id, String name, List<String> appliesTo, String description, String result,
                          Formula formula, SourceRef source, String notes) {
    public Calculation {
        appliesTo = List.copyOf(appliesTo);
    }
}
