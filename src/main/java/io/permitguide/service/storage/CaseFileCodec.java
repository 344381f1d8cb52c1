package io.permitguide.service.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.service.AppInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Turns cases into versioned JSON files and back; the one place that knows the file format. */
public final class CaseFileCodec {
    /** A case is a few kilobytes; a larger file is refused without reading it (a 200 MB one ran the JVM out of memory). */
    public static final int MAX_BYTES = 1024 * 1024;

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

    /** The case in the bytes, or a {@link CaseFileException} with the reason: never another exception. */
    public static FamilyCase decode(byte[] bytes) throws CaseFileException {
        try {
            return decodeOrThrow(bytes);
        } catch (RuntimeException e) {
            throw new CaseFileException(CaseFileProblem.DAMAGED, e.toString(), e);
        }
    }

    private static FamilyCase decodeOrThrow(byte[] bytes) throws CaseFileException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new CaseFileException(CaseFileProblem.NOT_JSON, e.getMessage(), e);
        }
        if (root != null && ProtectedCaseFile.FORMAT.equals(root.path("format").asText())) {
            throw new CaseFileException(CaseFileProblem.PROTECTED, "password needed", null);
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
        FamilyCase familyCase;
        try {
            familyCase = Json.mapper().treeToValue(migrated, CaseFile.class).familyCase();
        } catch (JsonMappingException e) {
            boolean date = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == LocalDate.class;
            throw new CaseFileException(date ? CaseFileProblem.BAD_DATE : CaseFileProblem.DAMAGED, e.getOriginalMessage(), fieldOf(e), e);
        } catch (JsonProcessingException | RuntimeException e) {
            // Whatever a file holds, the caller gets a reason, never an unexpected exception.
            throw new CaseFileException(CaseFileProblem.DAMAGED, e.getMessage(), e);
        }
        if (familyCase == null || familyCase.getId() == null || familyCase.getId().isBlank()) {
            throw new CaseFileException(CaseFileProblem.DAMAGED, "no case id", "id", null);
        }
        try {
            ModelDefaults.fill(familyCase);
            familyCase.normalise();
        } catch (RuntimeException e) {
            throw new CaseFileException(CaseFileProblem.DAMAGED, e.toString(), e);
        }
        return familyCase;
    }

    /** The path of the field at fault inside the case, "permit.expiryDate", or null outside it. */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (int i = 0; i < references.size(); i++) {
            JsonMappingException.Reference reference = references.get(i);
            if (i == 0 && "familyCase".equals(reference.getFieldName())) {
                continue;
            }
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    public static FamilyCase read(Path path) throws CaseFileException {
        return decode(readBytes(path));
    }

    /** Reads a password-protected export; a plain case file is read as it is. */
    public static FamilyCase read(Path path, char[] password) throws CaseFileException {
        byte[] bytes = readBytes(path);
        return decode(ProtectedCaseFile.isProtected(bytes) ? ProtectedCaseFile.open(bytes, password) : bytes);
    }

    /**
     * The file's bytes, refusing without reading what no case can be: something that is not a regular file (a FIFO
     * would block for ever, a device never end) or a file over {@link #MAX_BYTES}.
     */
    static byte[] readBytes(Path path) throws CaseFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new CaseFileException(CaseFileProblem.UNREADABLE, "not a regular file", null);
            }
            if (attributes.size() > MAX_BYTES) {
                throw new CaseFileException(CaseFileProblem.TOO_LARGE, attributes.size() + " bytes", null);
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Bounded again: the file may have grown since its size was read.
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new CaseFileException(CaseFileProblem.TOO_LARGE, "more than " + MAX_BYTES + " bytes", null);
                }
                return bytes;
            }
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
