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
 * {@code {"reference":"C1","name":"enc:","region":"East","@sealed":"enc:SUBJECT:BASE64"}}.
 * Objects created with it as its contents (a customer's e-mail addresses and phones) are its
 * <em>parts</em>, in the same entry: the path of containment features and positions names each
 * part ({@code "emails.0":"EmailAddress#12"}) and prefixes its values
 * ({@code "emails.0.address":"enc:"}).
 * <p>
 * Personal values of the entry's subject are sealed together, in one envelope encrypted with the
 * subject's key ({@value #SEALED}, a JSON object of the same keys); their places hold
 * {@value #IN_ENVELOPE}, so an erased subject's entry still shows which fields held a value.
 * Values of another subject are encrypted one by one ({@code enc:SUBJECT:BASE64}), masked values
 * are {@code ***}. Erasing a subject's key makes its values in creations unreadable too.
 * One entry per created aggregate, with one envelope, is what keeps an audited import near the
 * speed of one without audit; changes stay per feature. Entries written before the envelope
 * (every personal value encrypted on its own) read the same.
 */
public final class CreationValues {

    /** The key of the envelope that holds the personal values. */
    public static final String SEALED = "@sealed";
    /** The place of a value that is in the envelope. */
    static final String IN_ENVELOPE = "enc:";

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

    /**
     * The same values as people read them: the envelope opened with {@code open} and its values
     * put in their places (each place gets what {@code open} gives when the envelope cannot be
     * opened, such as "erased"), every other value passed through {@code open}.
     */
    static String open(String stored, UnaryOperator<String> open) {
        Map<String, String> values = read(stored);
        String envelope = values.remove(SEALED);
        Map<String, String> sealed = null;
        String unopened = null;
        if (envelope != null) {
            String opened = open.apply(envelope);
            if (isValues(opened)) {
                sealed = read(opened);
            } else {
                unopened = opened;
            }
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (IN_ENVELOPE.equals(value.getValue())) {
                value.setValue(sealed != null ? sealed.get(value.getKey()) : unopened);
            } else {
                value.setValue(open.apply(value.getValue()));
            }
        }
        return write(values);
    }
}
