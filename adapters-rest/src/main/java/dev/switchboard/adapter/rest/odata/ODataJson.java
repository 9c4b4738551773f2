package dev.switchboard.adapter.rest.odata;

import dev.switchboard.adapter.rest.RestProperties;
import dev.switchboard.domain.error.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The adapter's own JSON: request bodies are read as trees (so that an absent property and an explicit
 * {@code null} stay apart), wire records are written with their {@code @odata.type}. It is independent of the
 * application's shared {@code JsonMapper}, so no global Jackson setting changes Graph's wire format.
 *
 * <p>A body is held to the adapter's limits while it is parsed ({@code switchboard.rest.max-json-depth},
 * {@code max-string-length}) and just after ({@code max-array-items}), so that no request makes the service walk an
 * unbounded structure; each refusal is a {@code 400} that names the limit.
 */
@Component
public class ODataJson {

    private final JsonMapper mapper;
    private final RestProperties limits;

    public ODataJson(ODataTypes types, RestProperties limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .addModule(ODataTypeSerializers.module(types))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Parses a request body. @throws InvalidInputException when it is not one well-formed JSON value */
    public JsonNode read(byte[] body) {
        requireUtf8(body);
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw InvalidInputException.of("", "The request body exceeds a limit: " + overLimit(e) + ".");
        } catch (StreamReadException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw InvalidInputException.of("", "The request body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        requireArraysWithin(tree, "");
        return tree;
    }

    /**
     * JSON travels as UTF-8 (RFC 8259). The parser lets some invalid sequences through (overlong forms, encoded
     * surrogates), which would be stored as text no client sent; a strict decoder refuses them first.
     */
    private static void requireUtf8(byte[] body) {
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes, CharBuffer.allocate(body.length), true);
        if (result.isError()) {
            throw InvalidInputException.of("", "The request body is not valid UTF-8 (byte " + (bytes.position() + 1)
                    + ").");
        }
    }

    private String overLimit(StreamConstraintsException e) {
        String reason = e.getOriginalMessage();
        if (reason.contains("nesting depth")) {
            return "objects and arrays nest at most " + limits.maxJsonDepth() + " levels deep";
        }
        if (reason.contains("String value length") || reason.contains("Name length")) {
            return "strings and property names hold at most " + limits.maxStringLength() + " characters";
        }
        return reason;
    }

    /** Parsing bounds depth and strings; an array's length is checked on the tree, before any reader walks it. */
    private void requireArraysWithin(JsonNode node, String path) {
        if (node.isArray()) {
            if (node.size() > limits.maxArrayItems()) {
                throw InvalidInputException.of(path, "must hold at most " + limits.maxArrayItems() + " items");
            }
            for (int i = 0; i < node.size(); i++) {
                requireArraysWithin(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                requireArraysWithin(property.getValue(),
                        path.isEmpty() ? property.getKey() : path + "." + property.getKey());
            }
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
