package io.permitguide.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the build, filled in by Maven. */
public final class AppInfo {
    private static final Properties BUILD = load();

    private AppInfo() {
    }

    public static String version() {
        return BUILD.getProperty("version", "dev");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/io/permitguide/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException ignored) {
            // a missing build file only means "dev"
        }
        return properties;
    }
}
