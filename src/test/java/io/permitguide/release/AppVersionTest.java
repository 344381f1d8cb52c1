package io.permitguide.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.cli.PermitGuideCommand;
import io.permitguide.service.AppInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One version everywhere a user or an installer sees it: the pom, {@code --version}, the About box (AppInfo) and the
 * installers' arguments. jpackage on macOS refuses a version whose first number is 0.
 */
class AppVersionTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    static String pomVersion() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile()).getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("version")) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no <version>");
    }

    @Test
    void versionOptionAboutBoxAndPomAgree() throws Exception {
        StringWriter out = new StringWriter();
        int exit = PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version");
        assertEquals(0, exit);
        assertEquals("Permit Guide " + pomVersion(), out.toString().trim());
        assertEquals(pomVersion(), AppInfo.version(), "AppInfo (the About box) reads the filtered build.properties");
    }

    @Test
    void theVersionIsOneJpackageAcceptsOnEverySystem() throws Exception {
        String version = pomVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "one to three numbers, no suffix (macOS, WiX): " + version);
        assertNotEquals("0", version.split("\\.")[0], "macOS refuses a first number of 0: " + version);
        assertTrue(Integer.parseInt(version.split("\\.")[0]) <= 255, "WiX: major version at most 255");
    }

    @Test
    void everyInstallerTakesTheVersionFromThePom() throws Exception {
        for (String file : List.of("common.txt", "windows-installer.txt", "macos-installer.txt")) {
            List<String> lines = Files.readAllLines(ROOT.resolve("installer/jpackage").resolve(file));
            assertTrue(lines.contains("--app-version ${project.version}"), file + " gives the pom's version to jpackage");
        }
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertTrue(pom.contains("<arg value=\"installer/linux/build-deb.sh\"/>")
                && pom.contains("<arg value=\"${image}\"/><arg value=\"${project.version}\"/>"),
                "the .deb is built with the pom's version");
    }

    @Test
    void theSoftwareCentreListsThisVersionAsTheLatestRelease() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element releases = (Element) factory.newDocumentBuilder()
                .parse(ROOT.resolve("installer/linux/io.permitguide.PermitGuide.metainfo.xml").toFile())
                .getElementsByTagName("releases").item(0);
        Element newest = (Element) releases.getElementsByTagName("release").item(0);
        assertEquals(pomVersion(), newest.getAttribute("version"), "the metainfo's newest release");
    }
}
