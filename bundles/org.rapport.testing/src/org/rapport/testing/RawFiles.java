package org.rapport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a database leaves in its files, read as an attacker with {@code grep -a} would: byte by
 * byte, whatever the file. Text is looked for as UTF-8 (which is also Derby's modified UTF-8 for
 * every character but NUL and those outside the BMP) and as UTF-16 of either byte order.
 */
public final class RawFiles {

    private RawFiles() {
    }

    /** The files below the folder (or the file itself) whose bytes hold the text. */
    public static List<Path> holding(Path folder, String text) throws IOException {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (needles.stream().anyMatch(needle -> indexOf(bytes, needle) >= 0)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
