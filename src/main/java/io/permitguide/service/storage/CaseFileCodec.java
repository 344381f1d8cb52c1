package io.permitguide.service.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.service.AppInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Turns cases into versioned JSON files and back; the one place that knows the file format. */
public final class CaseFileCodec {
    private CaseFileCodec() {
    }

    public static byte[] encode(FamilyCase familyCase) {
        CaseFile file = new CaseFile(CaseFile.FORMAT, CaseFile.CURRENT_VERSION, Instant.now(), AppInfo.version(), familyCase);
        try {
            return Json.mapper().writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FamilyCase decode(byte[] bytes) throws CaseFileException {
        if (ProtectedCaseFile.isProtected(bytes)) {
            throw new CaseFileException(CaseFileProblem.PROTECTED, "password needed", null);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new CaseFileException(CaseFileProblem.NOT_JSON, e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !CaseFile.FORMAT.equals(root.path("format").asText())) {
            throw new CaseFileException(CaseFileProblem.NOT_A_CASE, "no \"format\": \"" + CaseFile.FORMAT + "\"", null);
        }
        JsonNode versionNode = root.path("version");
        if (!versionNode.canConvertToInt() || versionNode.asInt() < 1) {
            throw new CaseFileException(CaseFileProblem.UNKNOWN_VERSION, "version " + versionNode, null);
        }
        int version = versionNode.asInt();
        if (version > CaseFile.CURRENT_VERSION) {
            throw new CaseFileException(CaseFileProblem.NEWER_VERSION, "version " + version, null);
        }
        ObjectNode migrated = CaseMigrations.toCurrent((ObjectNode) root, version);
        try {
            CaseFile file = Json.mapper().treeToValue(migrated, CaseFile.class);
            FamilyCase familyCase = file.familyCase();
            if (familyCase == null || familyCase.getId() == null || familyCase.getId().isBlank()) {
                throw new CaseFileException(CaseFileProblem.DAMAGED, "no case id", null);
            }
            familyCase.normalise();
            return familyCase;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CaseFileException(CaseFileProblem.DAMAGED, e.getMessage(), e);
        }
    }

    public static FamilyCase read(Path path) throws CaseFileException {
        return decode(readBytes(path));
    }

    /** Reads a password-protected export; a plain case file is read as it is. */
    public static FamilyCase read(Path path, char[] password) throws CaseFileException {
        byte[] bytes = readBytes(path);
        return decode(ProtectedCaseFile.isProtected(bytes) ? ProtectedCaseFile.open(bytes, password) : bytes);
    }

    private static byte[] readBytes(Path path) throws CaseFileException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CaseFileException(CaseFileProblem.UNREADABLE, e.toString(), e);
        }
    }

    /** Writes an export atomically, so a failed write never leaves half a file where a good one was. */
    public static void write(FamilyCase familyCase, Path path) throws IOException {
        AtomicFiles.write(path, encode(familyCase));
    }

    /** Writes an export sealed with the password (see {@link ProtectedCaseFile}). */
    public static void writeProtected(FamilyCase familyCase, Path path, char[] password) throws IOException {
        AtomicFiles.write(path, ProtectedCaseFile.seal(encode(familyCase), password));
    }
}
