package dev.switchboard.adapter.rest.odata;

import dev.switchboard.domain.error.InvalidInputException;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The adapter's own JSON: request bodies are read as trees (so that an absent property and an explicit
 * {@code null} stay apart), wire records are written with their {@code @odata.type}. It is independent of the
 * application's shared {@code JsonMapper}, so no global Jackson setting changes Graph's wire format.
 */
@Component
public class ODataJson {

    private final JsonMapper mapper;

    public ODataJson(ODataTypes types) {
        this.mapper = JsonMapper.builder()
                .addModule(ODataTypeSerializers.module(types))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Parses a request body. @throws InvalidInputException when it is not one well-formed JSON value */
    public JsonNode read(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (StreamReadException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw InvalidInputException.of("", "The request body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A wire record as a JSON object, {@code @odata.type} first. */
    public ObjectNode tree(Object wireRecord) {
        return mapper.valueToTree(wireRecord);
    }

    public ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public byte[] bytes(JsonNode node) {
        return mapper.writeValueAsBytes(node);
    }
}
