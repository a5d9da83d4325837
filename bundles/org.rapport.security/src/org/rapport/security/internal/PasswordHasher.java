package org.rapport.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashes with the JDK's PBKDF2WithHmacSHA256, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). The stored string carries its own
 * iterations, so raising {@link #DEFAULT_ITERATIONS} later only affects new hashes and old ones
 * still verify (and are re-hashed at the next sign-in, see {@link #outdated}).
 */
public final class PasswordHasher {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong derivations = new AtomicLong();

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher with other iterations: more for a later release, fewer only in tests. */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations: " + iterations);
        }
        this.iterations = iterations;
    }

    /** The stored form of a password with a new random salt. Does not clear the array. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(derive(password, salt, iterations, HASH_BITS));
    }

    /**
     * Whether the password matches a stored hash, with the stored iterations; false for a stored
     * value of another form. The comparison takes the same time wherever the bytes differ. Does
     * not clear the array.
     */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (storedIterations < 1 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations, expected.length * 8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash uses fewer iterations than this hasher, so it should be replaced. */
    public boolean outdated(String stored) {
        String[] parts = stored.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * A stored hash no password matches, so an unknown login costs the same time as a known one
     * and timing does not tell which logins exist: verifying against it derives a key once, with
     * this hasher's iterations, as a real one does. Making it derives nothing: a decoy that cost
     * a derivation of its own made every refusal of an unknown login in a new process (every
     * {@code rapport-ctl} command) take twice as long (issue 14, defect 6). Its hash bytes are
     * random, so no password maps to them.
     */
    public String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] unreachable = new byte[HASH_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(unreachable);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(unreachable);
    }

    /** How many keys this hasher has derived: each costs the full iterations, so sign-in timing follows this count. */
    public long derivations() {
        return derivations.get();
    }

    private byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        derivations.incrementAndGet();
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Clears a secret once it is no longer needed. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
