package org.rapport.security.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Passwords for unattended use come from the environment or a file it names, never from a
 * command line (visible to every local user, kept in shell histories). The command line and the
 * workbench's unattended sign-in read them alike.
 */
public final class Secrets {

    private Secrets() {
    }

    /**
     * The secret in {@code variable}, else the content of the file {@code fileVariable} names, in
     * UTF-8 with one trailing line break dropped; null when neither is set. The caller wipes the
     * array after use; the bytes read are wiped here.
     */
    public static char[] fromEnvironment(Function<String, String> environment, String variable, String fileVariable) throws IOException {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        String file = environment.apply(fileVariable);
        if (file == null || file.isBlank()) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(Path.of(file));
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = decoded.limit();
        if (end > 0 && decoded.get(end - 1) == '\n') {
            end--;
            if (end > 0 && decoded.get(end - 1) == '\r') {
                end--;
            }
        }
        char[] secret = new char[end];
        decoded.get(secret, 0, end);
        Arrays.fill(decoded.array(), '\0');
        return secret;
    }
}
