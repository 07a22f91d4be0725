package org.focalexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Tensor;

/**
 * Writes results as a JSON list of {@code {"id", "loss": {reduction: value}, "grad": {reduction: list}}},
 * non-finite numbers as "NaN"/"Infinity"/"-Infinity" (strict JSON, like the golden files). The list is
 * streamed, so the output costs no tree and no string of its own size.
 */
public final class LossCaseWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private LossCaseWriter() {}

    /** One evaluated case. */
    public record Result(LossCase c, Map<String, LossOutput> outputs) {}

    /** The whole list on one line, without a final newline; {@code out} is flushed, not closed. */
    public static void write(Writer out, List<Result> results) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (Result r : results) {
                g.writeStartObject();
                g.writeStringField("id", r.c().id());
                g.writeObjectFieldStart("loss");
                for (Map.Entry<String, LossOutput> e : r.outputs().entrySet()) {
                    g.writeFieldName(e.getKey());
                    nested(g, e.getValue().loss());
                }
                g.writeEndObject();
                g.writeObjectFieldStart("grad");
                for (Map.Entry<String, LossOutput> e : r.outputs().entrySet()) {
                    g.writeFieldName(e.getKey());
                    nested(g, e.getValue().grad());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.flush();
    }

    /** A nested list of the tensor's shape, row-major; a bare number for shape []. */
    private static void nested(JsonGenerator g, Tensor t) throws IOException {
        int[] shape = t.shape();
        double[] data = t.data();
        if (shape.length == 0) {
            number(g, data[0]);
            return;
        }
        nested(g, shape, data, 0, 0);
    }

    private static int nested(JsonGenerator g, int[] shape, double[] data, int dim, int offset) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < shape[dim]; i++) {
            if (dim == shape.length - 1) {
                number(g, data[offset++]);
            } else {
                offset = nested(g, shape, data, dim + 1, offset);
            }
        }
        g.writeEndArray();
        return offset;
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(v)) {
            g.writeString(v > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(v);
        }
    }
}
