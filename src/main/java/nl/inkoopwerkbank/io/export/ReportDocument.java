package nl.inkoopwerkbank.io.export;

import java.util.List;
import java.util.Objects;

/**
 * A printable document as a list of blocks, already worded and formatted (the service does the
 * wording, this package only lays it out). Rendered to A4 by {@link PdfReportWriter}.
 *
 * @param title      the large title (the provider's name)
 * @param subtitle   one line under the title (AGB-code, type, place)
 * @param issuer     the organisation the document comes from (the buyer's insurer), top right
 * @param issuedLine the line under the issuer ("Afgedrukt op 23 november 2026")
 * @param footer     text at the bottom left of every page
 * @param pageLabel  the page number text with {0} for the page and {1} for the page count
 * @param language   the document language (BCP 47), for PDF metadata and hyphenation
 */
public record ReportDocument(String title, String subtitle, String issuer, String issuedLine, String footer,
                             String pageLabel, String language, List<Block> blocks) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        issuer = issuer == null ? "" : issuer;
        issuedLine = issuedLine == null ? "" : issuedLine;
        footer = footer == null ? "" : footer;
        pageLabel = pageLabel == null ? "{0} / {1}" : pageLabel;
        language = language == null ? "nl" : language;
        blocks = List.copyOf(blocks);
    }

    /** How a piece of text is coloured: a status reads at a glance in print, also in black and white. */
    public enum Tone { NORMAL, GOOD, WARNING, BAD, MUTED }

    public enum Align { LEFT, RIGHT }

    /** One part of the document. */
    public sealed interface Block permits Heading, Fields, Table, Paragraph, Badges, Callout {
    }

    /** A section heading; {@code level} 1 is a section, 2 a sub-section. */
    public record Heading(String text, int level, String aside) implements Block {
        public Heading {
            aside = aside == null ? "" : aside;
        }

        public Heading(String text, int level) {
            this(text, level, "");
        }
    }

    /** Label and value pairs, laid out in {@code columns} columns. */
    public record Fields(List<Field> fields, int columns) implements Block {
        public Fields {
            fields = List.copyOf(fields);
            columns = Math.max(1, columns);
        }
    }

    public record Field(String label, String value, Tone tone) {
        public Field {
            value = value == null || value.isBlank() ? "—" : value;
            tone = tone == null ? Tone.NORMAL : tone;
        }

        public Field(String label, String value) {
            this(label, value, Tone.NORMAL);
        }
    }

    /** A table; {@code emptyText} is shown as its only row when it has none. */
    public record Table(List<Column> columns, List<Row> rows, String emptyText) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            emptyText = emptyText == null ? "" : emptyText;
        }
    }

    /** A column: its header, alignment and share of the width in percent (0 = what is left). */
    public record Column(String header, Align align, int widthPercent) {
    }

    /**
     * A row of cell texts; {@code tones} colours single cells and {@code subs} adds a small second line
     * under a cell (both may be shorter than the row).
     */
    public record Row(List<String> cells, List<Tone> tones, boolean emphasised, List<String> subs) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
            tones = List.copyOf(tones);
            subs = subs.stream().map(c -> c == null ? "" : c).toList();
        }

        public Row(List<String> cells, List<Tone> tones, boolean emphasised) {
            this(cells, tones, emphasised, List.of());
        }

        public Row(List<String> cells) {
            this(cells, List.of(), false, List.of());
        }

        public String sub(int column) {
            return column < subs.size() ? subs.get(column) : "";
        }

        public Tone tone(int column) {
            return column < tones.size() && tones.get(column) != null ? tones.get(column) : Tone.NORMAL;
        }
    }

    public record Paragraph(String text, Tone tone) implements Block {
        public Paragraph {
            tone = tone == null ? Tone.NORMAL : tone;
        }
    }

    /** A highlighted remark with a bold lead-in ("Kleinste stap naar niveau A: ..."). */
    public record Callout(String lead, String text, Tone tone) implements Block {
        public Callout {
            lead = lead == null ? "" : lead;
            tone = tone == null ? Tone.NORMAL : tone;
        }
    }

    /** A row of labelled status badges ("Uitkomst: komt in aanmerking", "Niveau: B"). */
    public record Badges(List<Field> badges) implements Block {
        public Badges {
            badges = List.copyOf(badges);
        }
    }
}
