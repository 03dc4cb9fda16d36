package nl.inkoopwerkbank.domain.policy;

import java.util.List;

/**
 * A policy cloned into another year, as the start of next year's policy: the id and title carry the
 * new year, every planning date moves by the same number of years, contract durations that started in
 * the old policy's year move too. Element ids stay the same, so the diff with the original lists exactly
 * what the buyer changes afterwards.
 */
public final class PolicyClone {

    private PolicyClone() {
    }

    public static Policy toYear(Policy p, int year) {
        int shift = year - p.year();
        String oldYear = String.valueOf(p.year());
        String newYear = String.valueOf(year);
        String id = p.id().contains(oldYear) ? p.id().replace(oldYear, newYear) : p.id() + "-" + newYear;
        List<Deadline> deadlines = p.deadlines().stream().map(d -> new Deadline(d.id(), d.date().plusYears(shift), d.time(),
                d.semantics(), d.actor(), d.action(), d.channel(), d.appliesTo(), d.audience(), d.cutoffForNewProviders(),
                d.source(), d.notes())).toList();
        List<ContractType> contracts = p.contractTypes().stream().map(c -> {
            ContractType.Duration d = c.duration();
            if (d == null || d.start() == null || d.start().getYear() != p.year()) {
                return c;
            }
            ContractType.Duration moved = new ContractType.Duration(d.start().plusYears(shift),
                    d.end() == null ? null : d.end().plusYears(shift), d.description(), d.extensionIntentYears());
            return new ContractType(c.id(), c.name(), c.kind(), c.requires(), c.providerTypes(), moved, c.offeredVia(),
                    c.negotiable(), c.newProviders(), c.tiers(), c.source(), c.notes());
        }).toList();
        return new Policy(id, p.insurer(), year, p.domain(), p.title().replace(oldYear, newYear), p.source(), p.notes(),
                contracts, p.requirements(), deadlines, p.relativeTerms(), p.quoteContents(), p.calculations(), p.ambiguities());
    }
}
