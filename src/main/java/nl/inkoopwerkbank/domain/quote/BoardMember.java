package nl.inkoopwerkbank.domain.quote;

/** A seat on the IGO's board and the discipline it represents. */
public record BoardMember(String name, BoardDiscipline discipline) {
    public BoardMember {
        name = name == null ? "" : name.strip();
    }
}
