package io.permitguide.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled CJK font, so Chinese renders on machines that have none. The stylesheet names it as the
 * interface font; it has Latin glyphs too, so both languages look alike.
 */
public final class Fonts {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadBundled() {
        if (loaded) {
            return;
        }
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/wqy-microhei.ttf")) {
            Font font = in == null ? null : Font.loadFont(in, 13);
            if (font == null) {
                LoggerFactory.getLogger(Fonts.class).warn("Bundled CJK font could not be loaded; Chinese may not render");
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(Fonts.class).warn("Bundled CJK font could not be read: {}", e.getMessage());
        }
        loaded = true;
    }
}
