package io.permitguide.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Loads the bundled fonts before every test class, as the app does before its first label. JavaFX reads its font
 * fallbacks once per process, when text is first measured; in the shared test JVM a test that measures a plain
 * label first would otherwise leave Chinese as boxes in every later screenshot. Registered for all tests through
 * META-INF/services and junit-platform.properties.
 */
public final class BundledFontsExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        Fonts.loadBundled();
    }
}
