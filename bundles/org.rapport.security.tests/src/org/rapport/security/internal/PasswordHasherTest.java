package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static char[] secret() {
        return "correct horse".toCharArray();
    }

    @Test
    void theStoredFormCarriesSchemeIterationsSaltAndHash() {
        String stored = new PasswordHasher().hash(secret());
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHasher.DEFAULT_ITERATIONS), parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length, "a 16-byte salt");
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "a 256-bit hash");
        assertTrue(new PasswordHasher().verify(secret(), stored));
    }

    @Test
    void onePasswordHashedTwiceGivesTwoHashesThatBothVerify() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String first = hasher.hash(secret());
        String second = hasher.hash(secret());
        assertNotEquals(first, second, "salted");
        assertTrue(hasher.verify(secret(), first));
        assertTrue(hasher.verify(secret(), second));
    }

    @Test
    void aWrongPasswordOrAForeignFormIsRefused() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String stored = hasher.hash(secret());
        assertFalse(hasher.verify("correct horsE".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
        assertFalse(hasher.verify(secret(), "correct horse"), "a plain text is no hash");
        assertFalse(hasher.verify(secret(), "md5$1$c2FsdA$aGFzaA"));
        assertFalse(hasher.verify(secret(), "pbkdf2-sha256$0$c2FsdA$aGFzaA"));
        assertFalse(hasher.verify(secret(), "pbkdf2-sha256$x$c2FsdA$aGFzaA"));
        assertFalse(hasher.verify(secret(), null));
    }

    @Test
    void aHashWithOtherIterationsStillVerifiesAndIsReportedOutdated() {
        String old = new PasswordHasher(2_000).hash(secret());
        PasswordHasher current = new PasswordHasher(5_000);
        assertTrue(current.verify(secret(), old), "the stored iterations are used, not the hasher's");
        assertTrue(current.outdated(old));
        assertFalse(current.outdated(current.hash(secret())));
        assertFalse(new PasswordHasher(1_000).outdated(old), "more iterations than needed are kept");
    }

    @Test
    void wipeClearsTheSecret() {
        char[] secret = secret();
        PasswordHasher.wipe(secret);
        assertEquals(new String(new char[secret.length]), new String(secret));
    }
}
