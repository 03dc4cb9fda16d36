package nl.inkoopwerkbank.domain.provider;

/** The kinds of care provider a birth-care buyer deals with. Labels live in the resource bundle as {@code provider.type.<NAME>}. */
public enum ProviderType {
    VERLOSKUNDIGENPRAKTIJK,
    VERLOSKUNDIGE_ZORGGROEP,
    ECHOSCOPIEPRAKTIJK,
    GEBOORTECENTRUM,
    KRAAMZORGORGANISATIE,
    BEMIDDELINGSBUREAU,
    IGO,
    VSV,
    ZIEKENHUIS,
    ZBC;

    /** Resource-bundle key of the Dutch/English label. */
    public String labelKey() {
        return "provider.type." + name();
    }
}
