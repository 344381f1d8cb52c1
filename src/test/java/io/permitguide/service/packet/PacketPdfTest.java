package io.permitguide.service.packet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PacketPdfTest {
    @Test
    void smoke() throws Exception {
        Path out = Path.of("target/packet-smoke.pdf");
        PacketPdf.write(PacketCases.usualInput(PacketLanguage.BOTH), out, null);
        assertTrue(Files.size(out) > 0);
    }
}
