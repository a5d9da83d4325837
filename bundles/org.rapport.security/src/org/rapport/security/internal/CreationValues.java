package org.rapport.security.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The values of a new object as its one creation entry keeps them: a compact JSON object of
 * feature name to text, in the class's feature order, e.g.
 * {@code {"name":"enc:...","region":"East","status":"ACTIVE"}}. Each value is the text a
 * per-field entry would hold (personal values encrypted with their subject's key, masked values
 * as {@code ***}), so erasing a subject's key makes its values in creations unreadable too.
 * One entry per new object instead of one per feature is what keeps an audited import near the
 * speed of one without audit; changes stay per feature.
 */
public final class CreationValues {

    private CreationValues() {
    }

    /** The values as one compact JSON object (no value: {@code null}). */
    static String write(Map<String, String> values) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject();
            for (Map.Entry<String, String> value : values.entrySet()) {
                json.name(value.getKey()).value(value.getValue());
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Whether a stored value is a creation's values rather than one feature's. */
    public static boolean isValues(String stored) {
        return stored != null && stored.startsWith("{");
    }

    /** The values of a creation entry, in their order. */
    public static Map<String, String> read(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonReader json = new JsonReader(new StringReader(stored))) {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (json.peek() == JsonToken.NULL) {
                    json.nextNull();
                    values.put(name, null);
                } else {
                    values.put(name, json.nextString());
                }
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** The same values with each one passed through {@code open} (decryption, for readers). */
    static String map(String stored, UnaryOperator<String> open) {
        Map<String, String> values = read(stored);
        values.replaceAll((name, value) -> open.apply(value));
        return write(values);
    }
}
