package nl.inkoopwerkbank.domain.quote;

/** The annual accounts of the last closed financial year: which year, received, approved by an accountant. */
public record AnnualAccounts(Integer year, boolean received, boolean approvedByAccountant) {
    public static final AnnualAccounts NONE = new AnnualAccounts(null, false, false);
}
