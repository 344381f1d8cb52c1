package io.permitguide.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the installers are built from, checked where a mistake would only show on another system: WiX 3 builds the
 * .msi with code page 1252 and stops on any other character (LGHT0311); macOS writes the file association into
 * Info.plist at the app-image step; the Linux menu entry must not take every .json file over.
 */
class InstallerMetadataTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void whatTheWindowsInstallerShowsIsAscii() throws Exception {
        for (String file : List.of("installer/jpackage/common.txt", "installer/jpackage/windows.txt",
                "installer/jpackage/windows-installer.txt", "installer/jpackage/pgcase.properties",
                "installer/windows/cli-launcher.properties", "installer/LICENSE.txt")) {
            assertAscii(file, Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8));
        }
        Matcher description = Pattern.compile("<installer.description>(.*?)</installer.description>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(description.find(), "pom.xml sets installer.description");
        assertAscii("installer.description", description.group(1));
    }

    @Test
    void macOsGetsTheCaseFileTypeWhenTheAppIsMade() throws Exception {
        String association = "--file-associations ${project.basedir}/installer/jpackage/pgcase.properties";
        assertTrue(Files.readAllLines(ROOT.resolve("installer/jpackage/macos.txt")).contains(association),
                "the app-image step writes Info.plist, so it needs the association");
        assertFalse(Files.readString(ROOT.resolve("installer/jpackage/macos-installer.txt")).contains("--file-associations"),
                "the .dmg step cannot change the finished app");
    }

    @Test
    void theMenuEntryOpensCaseFilesOnly() throws Exception {
        List<String> mimeTypes = Files.readAllLines(ROOT.resolve("installer/linux/permit-guide.desktop")).stream()
                .filter(line -> line.startsWith("MimeType=")).toList();
        assertEquals(List.of("MimeType=application/x-permitguide-case;"), mimeTypes);
        assertTrue(Files.readString(ROOT.resolve("installer/linux/permit-guide-mime.xml")).contains("<glob pattern=\"*.pgcase\"/>"));
    }

    private static void assertAscii(String where, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertTrue(c < 128, where + " has the non-ASCII character '" + c + "' at " + i);
        }
    }
}
