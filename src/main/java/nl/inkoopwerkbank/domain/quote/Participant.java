package nl.inkoopwerkbank.domain.quote;

/** An organisation taking part in an IGO: a midwifery practice, the hospital, a kraamzorg provider, ... */
public record Participant(String name, String agb, Discipline discipline) {
    public Participant {
        name = name == null ? "" : name.strip();
        agb = agb == null ? "" : agb.strip();
    }
}
