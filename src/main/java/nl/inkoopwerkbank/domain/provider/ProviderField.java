package nl.inkoopwerkbank.domain.provider;

/** The fields of a provider, as named in forms, validation messages and the CSV register. */
public enum ProviderField {
    AGB_CODE("agb_code"),
    NAME("naam"),
    TYPE("type"),
    KVK_NUMBER("kvk_nummer"),
    STREET("straat"),
    POSTCODE("postcode"),
    PLACE("plaats"),
    REGION("regio"),
    CONTACT_PERSON("contactpersoon"),
    EMAIL("email"),
    CONTRACTS("contracten"),
    NOTES("notities");

    private final String csvColumn;

    ProviderField(String csvColumn) {
        this.csvColumn = csvColumn;
    }

    public String csvColumn() {
        return csvColumn;
    }
}
