package nl.inkoopwerkbank.domain.provider;

import java.util.Objects;

/** A health insurer (zorgverzekeraar). The buyer works for one of them; the others are read to compare or follow. */
public record Insurer(String id, String name, String shortName) {
    public Insurer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }
}
