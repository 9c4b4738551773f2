package dev.switchboard.app.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;

/**
 * A Jackson 3 JSON tree ({@code tools.jackson.databind.JsonNode} and its kinds) in a wire record is free-form JSON:
 * an object for an {@code ObjectNode}, any value otherwise. Springdoc introspects types with Jackson 2, which takes a
 * tree for a bean and fails on it, so this converter answers first. It names the types by their names, because
 * Switchboard does not touch Jackson 2's databind (an architecture rule) and springdoc passes Jackson 2 types in.
 */
final class JsonTreeSchemas implements ModelConverter {

    static final JsonTreeSchemas INSTANCE = new JsonTreeSchemas();

    private static final String TREES = "tools.jackson.databind.";

    private JsonTreeSchemas() {
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        String name = type.getType() == null ? "" : type.getType().getTypeName();
        if (name.contains(TREES + "node.ObjectNode")) {
            return new ObjectSchema();
        }
        if (name.contains(TREES + "JsonNode") || name.contains(TREES + "node.")) {
            return new Schema<>().description("any JSON value");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
