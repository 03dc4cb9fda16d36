package nl.inkoopwerkbank.domain.provider;

import java.util.List;

/** One line of the providers list: enough to show, search and sort without loading every field. */
public record ProviderRow(long id, String agbCode, String name, ProviderType type, String place, String region,
                          List<String> contractInsurerIds) {
    public ProviderRow {
        contractInsurerIds = contractInsurerIds == null ? List.of() : List.copyOf(contractInsurerIds);
    }
}
