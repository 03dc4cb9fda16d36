package nl.inkoopwerkbank.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;

/** {@link FactSheet#with} replaces exactly one slot and leaves the original sheet alone. */
class FactSheetWithTest {

    @Test
    void withReplacesOnlyTheAnswerInTheSameSlot() {
        FactSheet sheet = new FactSheet(List.of(
                FactAnswer.of("vsv_member", "", FactValue.bool(true)),
                FactAnswer.of("contracts_with_insurer", "vgz", FactValue.list(List.of("KRAAMZORG"))),
                FactAnswer.of("contracts_with_insurer", "", FactValue.list(List.of()))));
        FactSheet changed = sheet.with(FactAnswer.of("contracts_with_insurer", "vgz", FactValue.list(List.of())));

        assertEquals(List.of("KRAAMZORG"), sheet.value("contracts_with_insurer", "vgz").orElseThrow().asList());
        assertEquals(List.of(), changed.value("contracts_with_insurer", "vgz").orElseThrow().asList());
        assertEquals(3, changed.size());
        assertEquals(Boolean.TRUE, changed.value("vsv_member", "vgz").orElseThrow().asBoolean());
        assertEquals(changed, new FactSheet(List.of(
                FactAnswer.of("vsv_member", "", FactValue.bool(true)),
                FactAnswer.of("contracts_with_insurer", "", FactValue.list(List.of())),
                FactAnswer.of("contracts_with_insurer", "vgz", FactValue.list(List.of())))));

        FactSheet added = sheet.with(FactAnswer.of("ksv_member", "", FactValue.bool(false)));
        assertEquals(4, added.size());
        assertEquals(3, sheet.size());
    }
}
