package nl.inkoopwerkbank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderField;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.ProviderValidator;

class ProviderValidatorTest {

    static Provider valid() {
        return new Provider(null, "12345678", "Verloskundigenpraktijk Test", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                "87654321", "Brink 1", "7411 AB", "Deventer", "Midden-IJssel", "A. de Vries", "info@test.example",
                List.of(new ProviderContract("salland", LocalDate.of(2020, 1, 1))), "", 0);
    }

    private static Optional<String> key(ProviderField f, String value) {
        return ProviderValidator.validateField(f, value).map(Violation::messageKey);
    }

    @Test
    void aValidProviderHasNoViolations() {
        assertEquals(List.of(), ProviderValidator.validate(valid()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "1234 5678", "abcdefgh"})
    void agbCodeMustBeExactlyEightDigits(String agb) {
        assertEquals(Optional.of("validation.agb.format"), key(ProviderField.AGB_CODE, agb));
    }

    @Test
    void agbCodeIsRequiredAndMayStartWithZero() {
        assertEquals(Optional.of("validation.required"), key(ProviderField.AGB_CODE, "  "));
        assertEquals(Optional.empty(), key(ProviderField.AGB_CODE, "08123456"));
    }

    @Test
    void kvkNumberIsOptionalButEightDigits() {
        assertEquals(Optional.empty(), key(ProviderField.KVK_NUMBER, ""));
        assertEquals(Optional.empty(), key(ProviderField.KVK_NUMBER, "01234567"));
        assertEquals(Optional.of("validation.kvk.format"), key(ProviderField.KVK_NUMBER, "1234567"));
        assertEquals(Optional.of("validation.kvk.format"), key(ProviderField.KVK_NUMBER, "K1234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "9999 ZZ", "1011 ab"})
    void dutchPostcodesAreAccepted(String pc) {
        assertEquals(Optional.empty(), key(ProviderField.POSTCODE, pc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "123 AB", "12345 AB", "1234 A", "1234 SA", "1234 SD", "1234 SS", "AB 1234", "1234-AB"})
    void otherPostcodesAreRefused(String pc) {
        assertEquals(Optional.of("validation.postcode.format"), key(ProviderField.POSTCODE, pc));
    }

    @Test
    void postcodeIsNormalisedToSpaceAndCapitals() {
        assertEquals("7411 AB", ProviderValidator.normalizePostcode(" 7411ab "));
        assertEquals("7411 AB", ProviderValidator.normalizePostcode("7411 ab"));
        assertEquals("nonsense", ProviderValidator.normalizePostcode(" nonsense "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.nl", "first.last+tag@sub.domain.example", "info@praktijk-de-linde.nl"})
    void validEmailAddresses(String email) {
        assertEquals(Optional.empty(), key(ProviderField.EMAIL, email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab.nl", "a@b", "a@@b.nl", "a b@c.nl", "a@b.n", "@b.nl", "a@-b.nl"})
    void invalidEmailAddresses(String email) {
        assertEquals(Optional.of("validation.email.format"), key(ProviderField.EMAIL, email));
    }

    @Test
    void requiredFieldsAreNamed() {
        Provider p = new Provider(null, "", "", null, "", "", "", "", "", "", "", List.of(), "", 0);
        List<String> fields = ProviderValidator.validate(p).stream().map(Violation::field).toList();
        assertEquals(List.of("agb_code", "naam", "type", "plaats", "regio"), fields);
    }

    @Test
    void tooLongNotesAreRefused() {
        assertEquals(Optional.of("validation.too-long"), key(ProviderField.NOTES, "x".repeat(4001)));
        assertEquals(Optional.empty(), key(ProviderField.NOTES, "x".repeat(4000)));
    }

    @Test
    void aContractWithTheSameInsurerTwiceIsRefused() {
        Provider p = valid();
        Provider twice = new Provider(null, p.agbCode(), p.name(), p.type(), p.kvkNumber(), p.street(), p.postcode(),
                p.place(), p.region(), p.contactPerson(), p.email(),
                List.of(new ProviderContract("vgz", null), new ProviderContract("vgz", LocalDate.of(2021, 1, 1))), "", 0);
        List<Violation> v = ProviderValidator.validate(twice);
        assertEquals(1, v.size());
        assertEquals("validation.contract.duplicate", v.get(0).messageKey());
    }

    @Test
    void sameContentIgnoresIdAndVersion() {
        Provider a = valid();
        assertTrue(a.sameContent(a.withId(5, 3)));
        assertFalse(a.sameContent(new Provider(null, "12345679", a.name(), a.type(), a.kvkNumber(), a.street(),
                a.postcode(), a.place(), a.region(), a.contactPerson(), a.email(), a.contracts(), a.notes(), 0)));
    }
}
