package nl.inkoopwerkbank.domain.provider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A care provider as the buyer keeps it. {@code id} is null for a provider that has not been stored yet;
 * {@code version} guards against overwriting a newer edit.
 */
public record Provider(
        Long id,
        String agbCode,
        String name,
        ProviderType type,
        String kvkNumber,
        String street,
        String postcode,
        String place,
        String region,
        String contactPerson,
        String email,
        List<ProviderContract> contracts,
        String notes,
        int version) {

    public Provider {
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    public boolean isNew() {
        return id == null;
    }

    public Optional<ProviderContract> contractWith(String insurerId) {
        return contracts.stream().filter(c -> c.insurerId().equals(insurerId)).findFirst();
    }

    public Provider withId(long newId, int newVersion) {
        return new Provider(newId, agbCode, name, type, kvkNumber, street, postcode, place, region,
                contactPerson, email, contracts, notes, newVersion);
    }

    /** True when every user-editable field is equal (ignores id and version). */
    public boolean sameContent(Provider other) {
        return other != null
                && Objects.equals(agbCode, other.agbCode) && Objects.equals(name, other.name)
                && type == other.type && Objects.equals(kvkNumber, other.kvkNumber)
                && Objects.equals(street, other.street) && Objects.equals(postcode, other.postcode)
                && Objects.equals(place, other.place) && Objects.equals(region, other.region)
                && Objects.equals(contactPerson, other.contactPerson) && Objects.equals(email, other.email)
                && Objects.equals(contracts, other.contracts) && Objects.equals(notes, other.notes);
    }
}
