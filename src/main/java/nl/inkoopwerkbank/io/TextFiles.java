package nl.inkoopwerkbank.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.inkoopwerkbank.domain.Problem;

/**
 * The first check of every imported text file (CSV, YAML, JSON): is it UTF-8 text at all? A UTF-16 file,
 * a file with NUL bytes (a binary file such as a workbook or a zip under a .csv or .yaml name, or UTF-16
 * without byte order mark) and a file with bytes that are not UTF-8 (Latin-1 or Windows-1252 with é or ë)
 * each get one problem naming the file and the line of the first offending byte. The check runs over the
 * bytes without copying them, so a large file is not held twice.
 */
public final class TextFiles {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextFiles() {
    }

    /**
     * The reason the bytes cannot be read as UTF-8 text, if any. {@code notUtf8Key} is the reader's own
     * message for bytes that are not UTF-8 (it has no arguments).
     */
    public static Optional<Problem> check(byte[] bytes, String file, String notUtf8Key) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return Optional.of(Problem.at(file, 1, null, "import.file.utf16"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(Problem.at(file, lineAt(bytes, i), null, "import.file.binary"));
            }
        }
        int bad = firstMalformed(bytes);
        if (bad >= 0) {
            return Optional.of(Problem.at(file, lineAt(bytes, bad), null, notUtf8Key));
        }
        return Optional.empty();
    }

    /** The text of bytes that passed {@link #check}, without a byte order mark. */
    public static String text(byte[] bytes) {
        int from = hasBom(bytes) ? UTF8_BOM.length : 0;
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /** True when the bytes start with the UTF-8 byte order mark. */
    public static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** The 1-based line of the byte at {@code offset}. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The number of lines: line ends, plus one when the last line has none. */
    public static int lineCount(byte[] bytes) {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }

    /** A reader's failure in a few words for a problem: its message, or its cause's, or its kind. */
    public static String reason(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 199) + "\u2026" : m;
    }

    /** The offset of the first byte that is not part of valid UTF-8, or -1; decodes in small chunks. */
    static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = decoder.flush(out);
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}
