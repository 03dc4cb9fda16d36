package nl.inkoopwerkbank.domain.provider;

import java.time.LocalDate;
import java.util.Objects;

/** A provider holds a contract with an insurer since a date (the date may be unknown). */
public record ProviderContract(String insurerId, LocalDate since) {
    public ProviderContract {
        Objects.requireNonNull(insurerId, "insurerId");
    }
}
