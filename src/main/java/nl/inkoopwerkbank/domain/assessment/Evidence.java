package nl.inkoopwerkbank.domain.assessment;

import java.time.LocalDate;

/** Where an answer comes from: a document or note, the date it was checked and who checked it. */
public record Evidence(String source, LocalDate checkedOn, String checkedBy) {

    public static final Evidence NONE = new Evidence("", null, "");

    public Evidence {
        source = source == null ? "" : source.strip();
        checkedBy = checkedBy == null ? "" : checkedBy.strip();
    }

    public boolean isEmpty() {
        return source.isEmpty() && checkedOn == null && checkedBy.isEmpty();
    }
}
