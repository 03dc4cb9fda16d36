package nl.inkoopwerkbank.domain.policy;

/** What a requirement does in the checklist. */
public enum RequirementRole {
    /** Must be met for any contract of the types it applies to. */
    KNOCK_OUT("knock-out"),
    /** A factor that decides the tier (e.g. Caresq's two factors). */
    DIFFERENTIATION("differentiation"),
    /** Must be met for one tier only. */
    TIER_CONDITION("tier-condition"),
    /** A rule that is not a condition on the provider. */
    INFORMATION("information");

    private final String code;

    RequirementRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "policy.role." + name();
    }

    public static RequirementRole fromCode(String code) {
        for (RequirementRole r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }
}
