package io.permitguide.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled fonts: Noto Sans for Latin text and WenQuanYi Micro Hei for Chinese, so both render alike on every
 * machine, also on one without any Chinese font. The stylesheet names the Latin face; Chinese comes from the CJK face
 * as its fallback, so an apostrophe or an ellipsis in English is not drawn full-width from the CJK font.
 *
 * <p>On Linux JavaFX registers a loaded font with fontconfig, which is how the CJK face becomes a fallback on a machine
 * without one, but it reads the fallback lists only once, when the first text is measured. So this runs before the
 * first label (MainWindow.showOpening, Views.load); FontsTest starts the window as the app does, with no system
 * font, and checks.
 */
public final class Fonts {
    /** The interface font: Latin text in it, everything else from the fallbacks. */
    public static final String LATIN_FAMILY = "Noto Sans";
    /** The fallback for Chinese (and the packet's Chinese face). */
    public static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadBundled() {
        if (loaded) {
            return;
        }
        load("/fonts/NotoSans-Regular.ttf");
        load("/fonts/wqy-microhei.ttf");
        loaded = true;
    }

    private static void load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            Font font = in == null ? null : Font.loadFont(in, 13);
            if (font == null) {
                LoggerFactory.getLogger(Fonts.class).warn("Bundled font {} could not be loaded; text may not render", resource);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(Fonts.class).warn("Bundled font {} could not be read: {}", resource, e.getMessage());
        }
    }
}
