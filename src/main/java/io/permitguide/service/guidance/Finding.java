package io.permitguide.service.guidance;

import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.util.List;

/**
 * Why the result is what it is, or what to watch out for: the rule that fired, a stable code (the document
 * for a reason, the warning code for a warning), its text key with the values it quotes, and the sources
 * behind it.
 */
public record Finding(String rule, String code, String textKey, List<Object> args, List<Source> sources) {
    public Finding {
        args = List.copyOf(args);
        sources = List.copyOf(sources);
    }

    public Finding(String rule, String code, String textKey, List<Source> sources) {
        this(rule, code, textKey, List.of(), sources);
    }

    /**
     * A quoted value that is itself a text (a city's name, "not known yet", a date marked as worked out), read in the
     * interface language, with the values it quotes in turn.
     */
    public record TextArg(String key, List<String> args) {
        public TextArg {
            args = List.copyOf(args);
        }

        public TextArg(String key) {
            this(key, List.of());
        }
    }

    /** Quoted where the case does not give the value yet. */
    public static final TextArg NOT_KNOWN = new TextArg("guide.next.notKnown");

    /** The text in the given messages' language. */
    public String text(Messages messages) {
        return messages.get(textKey, args.stream().map(a -> a instanceof TextArg t ? messages.get(t.key(), t.args().toArray()) : a).toArray());
    }
}
