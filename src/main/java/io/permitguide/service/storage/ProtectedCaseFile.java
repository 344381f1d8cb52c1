package io.permitguide.service.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A password-protected export of a case: the case file's bytes sealed with AES-256-GCM under a key derived
 * from the password with PBKDF2-HMAC-SHA256. The envelope is JSON too, so the file says what it is.
 */
public final class ProtectedCaseFile {
    static final String FORMAT = "permit-guide-protected-case";
    private static final int VERSION = 1;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; about a third of a second on a laptop. */
    private static final int ITERATIONS = 310_000;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProtectedCaseFile() {
    }

    public static byte[] seal(byte[] plain, char[] password) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, ITERATIONS, iv);
            byte[] sealed = cipher.doFinal(plain);
            ObjectNode envelope = Json.mapper().createObjectNode();
            envelope.put("format", FORMAT);
            envelope.put("version", VERSION);
            envelope.put("kdf", KDF);
            envelope.put("iterations", ITERATIONS);
            envelope.put("salt", Base64.getEncoder().encodeToString(salt));
            envelope.put("iv", Base64.getEncoder().encodeToString(iv));
            envelope.put("data", Base64.getEncoder().encodeToString(sealed));
            return Json.mapper().writeValueAsBytes(envelope);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** True when the bytes are a protected envelope (whatever the password). */
    public static boolean isProtected(byte[] bytes) {
        try {
            JsonNode root = Json.mapper().readTree(bytes);
            return root != null && FORMAT.equals(root.path("format").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** The case file inside; a wrong password or a changed file both fail the authentication tag. */
    public static byte[] open(byte[] envelopeBytes, char[] password) throws CaseFileException {
        JsonNode envelope;
        try {
            envelope = Json.mapper().readTree(envelopeBytes);
        } catch (IOException e) {
            throw new CaseFileException(CaseFileProblem.NOT_JSON, e.getMessage(), e);
        }
        if (envelope.path("version").asInt() != VERSION || !KDF.equals(envelope.path("kdf").asText())) {
            throw new CaseFileException(CaseFileProblem.NEWER_VERSION, "protected version " + envelope.path("version"), null);
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, password, base64.decode(envelope.path("salt").asText()),
                    envelope.path("iterations").asInt(), base64.decode(envelope.path("iv").asText()));
            return cipher.doFinal(base64.decode(envelope.path("data").asText()));
        } catch (AEADBadTagException e) {
            throw new CaseFileException(CaseFileProblem.WRONG_PASSWORD, "authentication failed", null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CaseFileException(CaseFileProblem.DAMAGED, e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, int iterations, byte[] iv) throws GeneralSecurityException {
        if (iterations < 1 || iterations > 10_000_000) {
            throw new GeneralSecurityException("iterations out of range: " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            return cipher;
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
