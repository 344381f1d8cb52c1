package io.permitguide.service.i18n;

import io.permitguide.model.Language;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text. Each feature keeps its own pair of bundles in {@code i18n/} ({@code NAME_en.properties},
 * {@code NAME_zh.properties}); this class merges them into one bundle per language, usable from FXML too.
 */
public final class Messages extends ResourceBundle {
    /** Base names of the bundles under {@code i18n/}; a feature adds its own here. */
    public static final List<String> BUNDLES = List.of("app", "case", "cities", "timeline", "guide", "checklist", "packet", "interview");

    private static final Map<Language, Messages> CACHE = new java.util.EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::load);
    }

    private static Messages load(Language language) {
        Map<String, String> texts = new HashMap<>();
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String base : BUNDLES) {
            Locale locale = language == Language.ZH ? Locale.CHINESE : Locale.ENGLISH;
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + base, locale, Messages.class.getClassLoader(), exact);
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
        }
        return new Messages(language, texts);
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The text of an enum constant: key {@code enum.<Type>.<NAME>}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    @Override
    protected Object handleGetObject(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("No text for " + key, Messages.class.getName(), key);
        }
        return text;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }

    @Override
    public Locale getLocale() {
        return language.locale();
    }
}
