package io.permitguide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the launcher independent of the system's language setting. Java takes the encoding of file names and of
 * its arguments ({@code sun.jnu.encoding}) from the locale when it starts, and ignores any option that says
 * otherwise; under cron there is no locale, so that encoding is ASCII and a Chinese path can be neither received
 * nor opened. Then, if any argument or the data folder's location is not plain ASCII, the launcher starts itself
 * once more with {@code LC_ALL=C.UTF-8}. The arguments travel in an environment variable as Base64 of their bytes,
 * read from {@code /proc/self/cmdline} (Linux), because Java has already turned them into question marks.
 */
final class Utf8Relaunch {
    /** Set in the second start: its arguments (Base64 of the UTF-8 bytes, NUL between them); also stops a loop. */
    static final String ARGS_VARIABLE = "PERMITGUIDE_UTF8_ARGS";
    /** The first start's locale, as a language tag, for the second one's messages. */
    static final String LANGUAGE_VARIABLE = "PERMITGUIDE_UTF8_LOCALE";
    /** Where the data folder may come from (DataFolder). */
    private static final Set<String> FOLDER_VARIABLES = Set.of("PERMITGUIDE_DATA", "XDG_DATA_HOME", "HOME");

    private Utf8Relaunch() {
    }

    /**
     * The arguments as the user typed them: from the variable in a second start (which also takes back the user's
     * language), else as Java received them.
     */
    static String[] arguments(String[] received, Map<String, String> env) {
        String passed = env.get(ARGS_VARIABLE);
        if (passed == null) {
            return received;
        }
        String language = env.get(LANGUAGE_VARIABLE);
        if (language != null && !language.isBlank()) {
            Locale.setDefault(Locale.forLanguageTag(language));
        }
        return decode(passed);
    }

    /**
     * Runs the launcher again in a UTF-8 locale when this one cannot name the files it is given, and returns its exit
     * status; empty when this start can go on (it can, or a second start is not possible here).
     */
    static Optional<Integer> relaunchIfNeeded(String[] received) {
        if (Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.UTF_8)
                || System.getenv(ARGS_VARIABLE) != null) {
            return Optional.empty();
        }
        try {
            List<byte[]> cmdline = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
            boolean needed = cmdline.stream().anyMatch(Utf8Relaunch::hasNonAscii) || folderIsNonAscii()
                    || !isAscii(System.getProperty("user.home", ""));
            Optional<String> command = ProcessHandle.current().info().command();
            int jvmPart = cmdline.size() - received.length;
            if (!needed || command.isEmpty() || !isAscii(command.get()) || jvmPart < 1) {
                return Optional.empty();
            }
            List<String> restart = new ArrayList<>(List.of(command.get()));
            for (byte[] option : cmdline.subList(1, jvmPart)) {
                if (hasNonAscii(option)) {
                    return Optional.empty(); // an option Java could not pass on unchanged
                }
                restart.add(new String(option, StandardCharsets.US_ASCII));
            }
            ProcessBuilder builder = new ProcessBuilder(restart).inheritIO();
            useUtf8FileNames(builder.environment());
            builder.environment().put(ARGS_VARIABLE, encode(cmdline.subList(jvmPart, cmdline.size())));
            return Optional.of(builder.start().waitFor());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or no second start possible: the path error is reported as such
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * C.UTF-8 is the one UTF-8 locale every current Linux has, and LC_ALL wins over any other setting (a locale that
     * is not installed would undo it). The user's language, which it would replace, travels separately.
     */
    static void useUtf8FileNames(Map<String, String> env) {
        env.put("LC_ALL", "C.UTF-8");
        env.put(LANGUAGE_VARIABLE, Locale.getDefault().toLanguageTag());
    }

    private static boolean folderIsNonAscii() throws IOException {
        for (byte[] entry : split(Files.readAllBytes(Path.of("/proc/self/environ")))) {
            String asText = new String(entry, StandardCharsets.ISO_8859_1);
            int equals = asText.indexOf('=');
            if (equals > 0 && FOLDER_VARIABLES.contains(asText.substring(0, equals)) && hasNonAscii(entry)) {
                return true;
            }
        }
        return false;
    }

    static String encode(List<byte[]> args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                bytes.write(0);
            }
            bytes.writeBytes(args.get(i));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String[] decode(String passed) {
        byte[] bytes = Base64.getDecoder().decode(passed);
        return bytes.length == 0 ? new String[0]
                : split(bytes).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    /** NUL-separated fields, as in /proc/self/cmdline (where the last one also ends with a NUL). */
    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i < bytes.length || i > start) {
                    fields.add(Arrays.copyOfRange(bytes, start, i));
                }
                start = i + 1;
            }
        }
        return fields;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
