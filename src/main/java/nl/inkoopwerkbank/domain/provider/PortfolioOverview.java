package nl.inkoopwerkbank.domain.provider;

import java.util.Map;

/** Counts for the dashboard: providers per type, contracted per insurer and type, and without any contract. */
public record PortfolioOverview(long total, Map<ProviderType, Long> byType,
                                Map<String, Map<ProviderType, Long>> contractedByInsurer, long withoutAnyContract) {

    public PortfolioOverview {
        byType = Map.copyOf(byType);
        contractedByInsurer = Map.copyOf(contractedByInsurer);
    }

    public long contractedBy(String insurerId) {
        return contractedByInsurer.getOrDefault(insurerId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long contractedBy(String insurerId, ProviderType type) {
        return contractedByInsurer.getOrDefault(insurerId, Map.of()).getOrDefault(type, 0L);
    }

    public long ofType(ProviderType type) {
        return byType.getOrDefault(type, 0L);
    }
}
