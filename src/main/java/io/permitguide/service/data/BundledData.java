package io.permitguide.service.data;

import java.io.IOException;
import java.io.InputStream;

/** Opens a data file bundled on the class path; any failure becomes a {@link DataFileException} naming it. */
public final class BundledData {
    /** Reads the opened file into what the caller makes of it; {@code file} is the name for messages. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream in, String file) throws IOException;
    }

    private BundledData() {
    }

    public static <T> T load(String resource, Parser<T> parser) {
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFileException(resource, "not found on the class path");
            }
            return parser.parse(in, resource);
        } catch (IOException e) {
            throw new DataFileException(resource, e.getMessage(), e);
        }
    }
}
