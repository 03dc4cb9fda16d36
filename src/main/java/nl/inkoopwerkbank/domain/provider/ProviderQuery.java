package nl.inkoopwerkbank.domain.provider;

/**
 * What the providers list shows: free text over name, AGB-code and place (every word of it must occur,
 * each anywhere in one of them, ignoring case), filters on type, region and contract status with one
 * insurer, and a sort order. Null means "no filter".
 */
public record ProviderQuery(
        String text,
        ProviderType type,
        String region,
        String insurerId,
        ContractStatus contractStatus,
        SortKey sortKey,
        boolean ascending) {

    public enum ContractStatus { CONTRACTED, NOT_CONTRACTED }

    public enum SortKey { AGB_CODE, NAME, TYPE, PLACE, REGION }

    public static ProviderQuery all() {
        return new ProviderQuery(null, null, null, null, null, SortKey.NAME, true);
    }

    public ProviderQuery withText(String t) {
        return new ProviderQuery(t, type, region, insurerId, contractStatus, sortKey, ascending);
    }

    public ProviderQuery withType(ProviderType t) {
        return new ProviderQuery(text, t, region, insurerId, contractStatus, sortKey, ascending);
    }

    public ProviderQuery withRegion(String r) {
        return new ProviderQuery(text, type, r, insurerId, contractStatus, sortKey, ascending);
    }

    public ProviderQuery withContract(String insurer, ContractStatus status) {
        return new ProviderQuery(text, type, region, insurer, status, sortKey, ascending);
    }

    public ProviderQuery withSort(SortKey key, boolean asc) {
        return new ProviderQuery(text, type, region, insurerId, contractStatus, key, asc);
    }
}
