package nl.inkoopwerkbank.io.export;

import java.util.List;

import nl.inkoopwerkbank.io.export.ReportDocument.Align;
import nl.inkoopwerkbank.io.export.ReportDocument.Badges;
import nl.inkoopwerkbank.io.export.ReportDocument.Block;
import nl.inkoopwerkbank.io.export.ReportDocument.Column;
import nl.inkoopwerkbank.io.export.ReportDocument.Field;
import nl.inkoopwerkbank.io.export.ReportDocument.Fields;
import nl.inkoopwerkbank.io.export.ReportDocument.Heading;
import nl.inkoopwerkbank.io.export.ReportDocument.Paragraph;
import nl.inkoopwerkbank.io.export.ReportDocument.Row;
import nl.inkoopwerkbank.io.export.ReportDocument.Table;
import nl.inkoopwerkbank.io.export.ReportDocument.Tone;

/** The XHTML and print style sheet of a {@link ReportDocument}; every text is escaped. */
final class ReportHtml {

    private ReportHtml() {
    }

    static String of(ReportDocument doc) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(attr(doc.language())).append("\"><head>");
        h.append("<meta charset=\"UTF-8\"/>");
        h.append("<title>").append(text(doc.title())).append("</title>");
        if (!doc.issuer().isBlank()) {
            h.append("<meta name=\"author\" content=\"").append(attr(doc.issuer())).append("\"/>");
        }
        if (!doc.subtitle().isBlank()) {
            h.append("<meta name=\"subject\" content=\"").append(attr(doc.subtitle())).append("\"/>");
        }
        h.append("<style>").append(css(doc)).append("</style></head><body>");
        h.append("<div class=\"masthead\"><table class=\"mast\"><tr><td class=\"who\">");
        h.append("<div class=\"title\">").append(text(doc.title())).append("</div>");
        if (!doc.subtitle().isBlank()) {
            h.append("<div class=\"subtitle\">").append(text(doc.subtitle())).append("</div>");
        }
        h.append("</td><td class=\"issuer\">");
        h.append("<div class=\"issuer-name\">").append(text(doc.issuer())).append("</div>");
        h.append("<div class=\"issued\">").append(text(doc.issuedLine())).append("</div>");
        h.append("</td></tr></table></div>");
        for (Block b : doc.blocks()) {
            block(h, b);
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void block(StringBuilder h, Block b) {
        if (b instanceof Heading x) {
            String tag = x.level() <= 1 ? "h2" : "h3";
            h.append('<').append(tag).append('>').append(text(x.text()));
            if (!x.aside().isBlank()) {
                h.append("<span class=\"aside\">").append(text(x.aside())).append("</span>");
            }
            h.append("</").append(tag).append('>');
        } else if (b instanceof Fields x) {
            fields(h, x);
        } else if (b instanceof Table x) {
            table(h, x);
        } else if (b instanceof Paragraph x) {
            h.append("<p class=\"").append(tone(x.tone())).append("\">").append(text(x.text())).append("</p>");
        } else if (b instanceof ReportDocument.Callout x) {
            h.append("<div class=\"callout ").append(tone(x.tone())).append("\">");
            if (!x.lead().isBlank()) {
                h.append("<b>").append(text(x.lead())).append("</b> ");
            }
            h.append("<span class=\"callout-text\">").append(text(x.text())).append("</span></div>");
        } else if (b instanceof Badges x) {
            h.append("<table class=\"badges\"><tr>");
            for (Field f : x.badges()) {
                h.append("<td class=\"badge ").append(tone(f.tone())).append("\"><div class=\"badge-label\">")
                        .append(text(f.label())).append("</div><div class=\"badge-value\">")
                        .append(text(f.value())).append("</div></td>");
            }
            h.append("</tr></table>");
        }
    }

    private static void fields(StringBuilder h, Fields x) {
        int cols = x.columns();
        h.append("<table class=\"fields\">");
        List<Field> fs = x.fields();
        for (int i = 0; i < fs.size(); i += cols) {
            h.append("<tr>");
            for (int c = 0; c < cols; c++) {
                if (i + c < fs.size()) {
                    Field f = fs.get(i + c);
                    h.append("<th>").append(text(f.label())).append("</th><td class=\"")
                            .append(tone(f.tone())).append("\">").append(text(f.value())).append("</td>");
                } else {
                    h.append("<th></th><td></td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table class=\"grid\"><thead><tr>");
        for (Column c : t.columns()) {
            h.append("<th class=\"").append(c.align() == Align.RIGHT ? "num" : "txt").append('"');
            if (c.widthPercent() > 0) {
                h.append(" style=\"width:").append(c.widthPercent()).append("%\"");
            }
            h.append('>').append(text(c.header())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        if (t.rows().isEmpty()) {
            h.append("<tr><td class=\"empty\" colspan=\"").append(t.columns().size()).append("\">")
                    .append(text(t.emptyText())).append("</td></tr>");
        }
        for (Row r : t.rows()) {
            h.append(r.emphasised() ? "<tr class=\"strong\">" : "<tr>");
            for (int i = 0; i < t.columns().size(); i++) {
                String cell = i < r.cells().size() ? r.cells().get(i) : "";
                h.append("<td class=\"").append(t.columns().get(i).align() == Align.RIGHT ? "num " : "txt ")
                        .append(tone(r.tone(i))).append("\">").append(text(cell));
                if (!r.sub(i).isBlank()) {
                    h.append("<div class=\"sub\">").append(text(r.sub(i))).append("</div>");
                }
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String tone(Tone t) {
        return "tone-" + t.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String css(ReportDocument doc) {
        String family = "'" + PdfReportWriter.FAMILY + "'";
        return """
                @page { size: A4; margin: 16mm 16mm 18mm 16mm;
                  @top-right { content: %3$s; font-family: %1$s; font-size: 7.5pt; color: #6e7781; }
                  @bottom-left { content: %2$s; font-family: %1$s; font-size: 7.5pt; color: #6e7781; }
                  @bottom-right { content: %4$s; font-family: %1$s; font-size: 7.5pt; color: #6e7781; } }
                @page :first { @top-right { content: none; } }
                body { font-family: %1$s; font-size: 9.5pt; color: #1f2328; line-height: 1.3; }
                table { border-collapse: collapse; width: 100%%; }
                .mast td { vertical-align: bottom; padding: 0; }
                .masthead { border-bottom: 2pt solid #1f6f8b; padding-bottom: 6pt; margin-bottom: 10pt; }
                .title { font-size: 17pt; font-weight: bold; color: #12323f; }
                .subtitle { font-size: 9.5pt; color: #57606a; margin-top: 2pt; }
                .issuer { text-align: right; width: 38%%; }
                .issuer-name { font-size: 10pt; font-weight: bold; color: #1f6f8b; }
                .issued { font-size: 8pt; color: #57606a; margin-top: 2pt; }
                h2 { font-size: 11pt; color: #12323f; margin: 12pt 0 4pt 0; padding-bottom: 2pt;
                     border-bottom: 0.6pt solid #afb8c1; page-break-after: avoid; }
                h3 { font-size: 9.5pt; color: #12323f; margin: 8pt 0 3pt 0; page-break-after: avoid; }
                .aside { float: right; font-size: 8pt; font-weight: normal; color: #57606a; }
                p { margin: 3pt 0; }
                .fields th { text-align: left; font-weight: normal; color: #57606a; font-size: 8.5pt;
                             padding: 1.5pt 6pt 1.5pt 0; vertical-align: top; width: 17%%; }
                .fields td { padding: 1.5pt 10pt 1.5pt 0; vertical-align: top; width: 33%%; }
                .badges { margin: 4pt 0 6pt 0; border-collapse: separate; border-spacing: 4pt 0; }
                .badge { border: 0.6pt solid #d0d7de; border-left: 3pt solid #8c959f; padding: 3pt 6pt;
                         vertical-align: top; background-color: #f6f8fa; }
                .badge-label { font-size: 7.5pt; color: #57606a; text-transform: uppercase; }
                .badge-value { font-size: 10.5pt; font-weight: bold; margin-top: 1pt; }
                .badge.tone-good { border-left-color: #1a7f37; }
                .badge.tone-warning { border-left-color: #bf8700; }
                .badge.tone-bad { border-left-color: #cf222e; }
                .grid { margin: 2pt 0 6pt 0; -fs-table-paginate: paginate; }
                .grid th { font-size: 8pt; color: #57606a; font-weight: bold; background-color: #f0f3f6;
                           border-bottom: 0.6pt solid #afb8c1; padding: 2.5pt 4pt; }
                .grid td { font-size: 9pt; padding: 2.5pt 4pt; border-bottom: 0.4pt solid #d8dee4; vertical-align: top; }
                .grid tr { page-break-inside: avoid; }
                .grid .num { text-align: right; white-space: nowrap; }
                .grid .txt { text-align: left; }
                .grid tr.strong td { font-weight: bold; border-top: 0.6pt solid #afb8c1; }
                .grid td.empty { color: #6e7781; font-style: italic; }
                .grid .sub { font-size: 7.5pt; color: #6e7781; margin-top: 1pt; }
                .callout { margin: 4pt 0 6pt 0; padding: 4pt 6pt; background-color: #f6f8fa;
                           border-left: 3pt solid #1f6f8b; }
                .callout.tone-good { border-left-color: #1a7f37; }
                .callout.tone-warning { border-left-color: #bf8700; }
                .callout.tone-bad { border-left-color: #cf222e; }
                .callout .callout-text { color: #1f2328; }
                .tone-good { color: #1a7f37; }
                .tone-warning { color: #9a6700; }
                .tone-bad { color: #cf222e; }
                .tone-muted { color: #6e7781; }
                .badge .tone-good, .badge .tone-bad, .badge .tone-warning { color: inherit; }
                """.formatted(family, cssString(doc.footer()), cssString(doc.title()), pageCounter(doc.pageLabel()));
    }

    /** "Pagina {0} van {1}" as a CSS content value with the page counters. */
    static String pageCounter(String label) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < label.length()) {
            int p0 = label.indexOf("{0}", i);
            int p1 = label.indexOf("{1}", i);
            int next = p0 < 0 ? p1 : p1 < 0 ? p0 : Math.min(p0, p1);
            if (next < 0) {
                out.append(cssString(label.substring(i))).append(' ');
                break;
            }
            if (next > i) {
                out.append(cssString(label.substring(i, next))).append(' ');
            }
            out.append(next == p0 ? "counter(page) " : "counter(pages) ");
            i = next + 3;
        }
        return out.toString().trim();
    }

    static String cssString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : xmlChars(s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\3C ");
                case '&' -> b.append("\\26 ");
                case '\n', '\r' -> b.append(' ');
                // a control character is not allowed in XML, not even in the style sheet: it would fail the whole page
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        s = xmlChars(s);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("<br/>");
                case '\r' -> { }
                default -> {
                    if (c < 0x20 && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** U+FFFE, U+FFFF and a surrogate without its other half are not allowed in XML: a space instead. */
    private static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(
                Character.getType(cp) == Character.SURROGATE || cp == 0xFFFE || cp == 0xFFFF ? ' ' : cp));
        return b.toString();
    }

    private static String attr(String s) {
        return text(s).replace("<br/>", " ");
    }

}
