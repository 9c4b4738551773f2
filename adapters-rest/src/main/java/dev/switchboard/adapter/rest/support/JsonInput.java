package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one request body into the core's types by hand, collecting every problem (a wrong JSON type, a value that
 * is not an enum member, a domain rule) with its JSON path, so that one {@code 400} names them all:
 * {@code info.endpointType: 'String' is not one of default, ...; mediaStreams[0].mediaType: ...}.
 */
public final class JsonInput {

    private final List<FieldError> errors = new ArrayList<>();

    private JsonInput() {
    }

    /** @throws InvalidInputException naming every problem, when there is any */
    public static <T> T read(JsonNode body, Function<JsonObject, T> reader) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("", "The request body must be a JSON object.");
        }
        JsonInput input = new JsonInput();
        T value = reader.apply(input.object((ObjectNode) body, ""));
        if (!input.errors.isEmpty()) {
            throw new InvalidInputException(input.errors);
        }
        return value;
    }

    JsonObject object(ObjectNode node, String path) {
        return new JsonObject(this, node, path);
    }

    void add(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    int errorCount() {
        return errors.size();
    }

    /** True when a problem at {@code path}, or inside or around it, has been reported already. */
    boolean reported(String path) {
        return errors.stream().anyMatch(error -> error.concerns(path));
    }
}
