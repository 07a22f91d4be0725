package org.focalexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.focalexplorer.loss.LossOutput;

/**
 * Writes results as a JSON list of {@code {"id", "loss": {reduction: value}, "grad": {reduction: list}}},
 * non-finite numbers as "NaN"/"Infinity"/"-Infinity" (strict JSON, like the golden files).
 */
public final class LossCaseWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LossCaseWriter() {}

    public static ObjectNode toJson(LossCase c, Map<String, LossOutput> results) {
        ObjectNode o = JsonNumbers.NODES.objectNode();
        o.put("id", c.id());
        ObjectNode loss = o.putObject("loss");
        ObjectNode grad = o.putObject("grad");
        for (Map.Entry<String, LossOutput> e : results.entrySet()) {
            LossOutput r = e.getValue();
            loss.set(e.getKey(), JsonNumbers.nested(r.loss().shape(), r.loss().data()));
            grad.set(e.getKey(), JsonNumbers.nested(r.grad().shape(), r.grad().data()));
        }
        return o;
    }

    public static String write(ArrayNode results) {
        try {
            return MAPPER.writeValueAsString(results);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ArrayNode newList() {
        return JsonNumbers.NODES.arrayNode();
    }
}
