package org.focalexplorer.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseReader;

/** Goes through the production reader, so the tests also prove that eval reads the golden format. */
final class GoldenCases {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldenCases() {}

    static LossCase parse(JsonNode c) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(MAPPER.createArrayNode().add(c));
            return LossCaseReader.read(new ByteArrayInputStream(json)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
