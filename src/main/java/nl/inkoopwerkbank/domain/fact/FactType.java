package nl.inkoopwerkbank.domain.fact;

import java.util.Locale;

/** The kind of answer a fact takes. Percentages are 0-100; money is euros. */
public enum FactType {
    BOOLEAN, NUMBER, PERCENTAGE, MONEY, DATE, CHOICE, LIST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENTAGE || this == MONEY;
    }

    public static FactType fromCode(String code) {
        for (FactType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
