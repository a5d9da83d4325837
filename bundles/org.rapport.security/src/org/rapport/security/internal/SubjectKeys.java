package org.rapport.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.emf.ecore.EObject;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.SecurityFactory;
import org.rapport.security.model.SubjectKey;

/**
 * Personal values in the audit log, encrypted per data subject (AES-256-GCM) with a key of its
 * own ({@link SubjectKey}): erasing a subject deletes its key, and the append-only log's entries
 * about it can no longer be read (crypto-shredding). A value is stored as
 * {@code enc:SUBJECT:BASE64} (the subject as {@code nsURI#EClass#id}; the Base64 of IV and
 * ciphertext).
 */
final class SubjectKeys {

    static final String PREFIX = "enc:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String AES_GCM = "AES/GCM/NoPadding";
    /**
     * A cipher per thread, initialised anew (key and a fresh IV) for each value: looking the
     * provider up for each sealed value was 7 % of an audited import's time.
     */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(AES_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    });

    private final Supplier<Store> store;
    /**
     * Keys read from the database, per store and subject; a key made for a commit joins only once
     * read back stored. Kept for the process, like {@link #ERASING}, which every trail must see.
     */
    private static final Map<Store, Map<String, byte[]>> STORED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Subjects being erased in this process now: their personal values are not logged again, not even encrypted. */
    private static final Set<String> ERASING = ConcurrentHashMap.newKeySet();

    SubjectKeys(Supplier<Store> store) {
        this.store = store;
    }

    /** One commit's use of the keys: keys it had to make are stored with it ({@link #newKeys()}). */
    final class ForCommit {
        private final Map<String, byte[]> made = new HashMap<>();
        private final Map<String, SubjectKey> records = new HashMap<>();
        private final Instant now;
        /** Objects the commit creates: a subject among them cannot have a stored key (its id is new), so the database is not asked. */
        private final Set<EObject> created;

        ForCommit(Instant now, Set<EObject> created) {
            this.now = now;
            this.created = created;
        }

        /** The value encrypted with its subject's key, made now if the subject has none yet. */
        String encrypt(EObject subject, String value) {
            String name = subjectName(subject);
            if (ERASING.contains(name)) {
                return AuditTrail.MASKED;
            }
            byte[] key = made.get(name);
            if (key == null && !created.contains(subject)) {
                key = storedKey(name).orElse(null);
            }
            if (key == null) {
                key = new byte[32];
                RANDOM.nextBytes(key);
                made.put(name, key);
                SubjectKey record = SecurityFactory.eINSTANCE.createSubjectKey();
                record.setSubject(name);
                record.setMaterial(Base64.getEncoder().encodeToString(key));
                record.setCreatedAt(now);
                records.put(name, record);
            }
            return PREFIX + name + ":" + seal(key, value);
        }

        /** The keys this commit made, to store in its transaction. */
        List<SubjectKey> newKeys() {
            return List.copyOf(records.values());
        }
    }

    /** The subject as the log names it: {@code nsURI#EClass#id}. */
    static String subjectName(EObject subject) {
        return AuditTrail.className(subject.eClass()) + "#" + ((PersistentObject) subject).persistentId();
    }

    private Optional<byte[]> storedKey(String subject) {
        Store at = store.get();
        if (at == null) {
            return Optional.empty();
        }
        Map<String, byte[]> cache = STORED.computeIfAbsent(at, s -> new ConcurrentHashMap<>());
        byte[] cached = cache.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = at.begin()) {
            Optional<byte[]> key = read(work, subject);
            key.ifPresent(k -> cache.put(subject, k));
            return key;
        }
    }

    private static Optional<byte[]> read(UnitOfWork work, String subject) {
        List<SubjectKey> keys = work.query("SELECT k FROM SubjectKey k WHERE k.subject = ?1", subject);
        return keys.stream().findFirst().map(k -> Base64.getDecoder().decode(k.getMaterial()));
    }

    /**
     * Marks a subject as being erased until {@link #erased}: its personal values are logged
     * masked, and no new key is made for it.
     */
    static void erasing(String subject) {
        ERASING.add(subject);
    }

    /** Ends an erasure: the subject's key is forgotten in this process (its commit deleted the stored one). */
    static void erased(String subject) {
        synchronized (STORED) {
            STORED.values().forEach(cache -> cache.remove(subject));
        }
        ERASING.remove(subject);
    }

    /**
     * A stored value as people read it: decrypted when its subject's key still exists, else
     * {@code erased}; values that were never encrypted as they are.
     */
    static String open(UnitOfWork work, String value, Map<String, Optional<byte[]>> keys, String erased) {
        if (value == null || !value.startsWith(PREFIX)) {
            return value;
        }
        int split = value.lastIndexOf(':');
        String subject = value.substring(PREFIX.length(), split);
        Optional<byte[]> key = keys.computeIfAbsent(subject, s -> read(work, s));
        return key.map(k -> unseal(k, value.substring(split + 1))).orElse(erased);
    }

    /**
     * An entry's new value as people read it: for a creation, each of its values opened
     * ({@link CreationValues}); else as {@link #open}.
     */
    static String openNewValue(UnitOfWork work, AuditEntry entry, Map<String, Optional<byte[]>> keys, String erased) {
        if (entry.getAction() == AuditAction.CREATE && entry.getFeature() == null && CreationValues.isValues(entry.getNewValue())) {
            return CreationValues.open(entry.getNewValue(), value -> open(work, value, keys, erased));
        }
        return open(work, entry.getNewValue(), keys, erased);
    }

    private static String seal(byte[] key, String value) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static String unseal(byte[] key, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }
}
