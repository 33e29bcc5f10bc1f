package dev.floe.testing.traceability.report;

import dev.floe.testing.common.internal.ShouldNotHappen;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** Deterministic JSON output: two-space indent, {@code \n} line ends on every platform, fields in code order. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    static String render(Body body) {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            body.write(json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldNotHappen.shouldNotHappen("Writing a JSON report to memory",
                    "a write to a StringWriter, which does not fail", "Json.render", e), e);
        }
        return out.append('\n').toString();
    }

    static void strings(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static void nullableString(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        }
        else {
            json.writeStringField(field, value);
        }
    }
}
