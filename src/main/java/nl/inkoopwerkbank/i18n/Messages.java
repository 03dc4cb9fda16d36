package nl.inkoopwerkbank.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.inkoopwerkbank.domain.Violation;

/**
 * Every user-visible text comes from {@code i18n/messages*.properties}. Dutch is the base bundle; English
 * is {@code messages_en}. The JVM's default locale is never used as a fallback, so a Dutch user on an
 * English system still sees Dutch.
 */
public final class Messages {

    public static final String BASE_NAME = "i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH);
    }

    public static Messages dutch() {
        return forLocale(DUTCH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key shows as {@code !key!} so it is noticed, never crashes. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String format(Violation v) {
        return get(v.messageKey(), v.args().toArray());
    }
}
