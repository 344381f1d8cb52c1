package io.permitguide.service.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user data folder: XDG on Linux, AppData on Windows, Application Support on macOS.
 * The system property {@value #PROPERTY} or the environment variable {@value #ENV} override it,
 * so that tests and portable installs never touch the real folder.
 */
public final class DataFolder {
    public static final String PROPERTY = "permitguide.data";
    public static final String ENV = "PERMITGUIDE_DATA";
    static final String APP_DIR = "permit-guide";

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty(PROPERTY), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /**
     * The user's home: {@code $HOME} where it is set, as shells and other programs take it (Java's {@code user.home}
     * comes from the account database and ignores it), else {@code user.home}. Windows keeps its own profile folder.
     */
    static String home(Map<String, String> env, String os, String userHome) {
        String home = env.get("HOME");
        return !os.contains("win") && home != null && !home.isBlank() ? home : userHome;
    }

    static Path resolve(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env.get(ENV) != null && !env.get(ENV).isBlank()) {
            return Path.of(env.get(ENV));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        home = home(env, os, home);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "PermitGuide");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "PermitGuide");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve(APP_DIR);
    }
}
