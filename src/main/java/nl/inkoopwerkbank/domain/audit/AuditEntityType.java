package nl.inkoopwerkbank.domain.audit;

/**
 * What an audit entry is about. The entry's key says which one: the provider id for PROVIDER and FACTS
 * (a provider's checklist answers), the policy id for POLICY, the quote id for QUOTE.
 */
public enum AuditEntityType {
    PROVIDER, FACTS, POLICY, QUOTE
}
