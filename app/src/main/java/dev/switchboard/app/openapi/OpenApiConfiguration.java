package dev.switchboard.app.openapi;

import dev.switchboard.adapter.rest.call.CallJson;
import dev.switchboard.adapter.rest.callrecord.CallRecordJson;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.operation.OperationJson;
import dev.switchboard.adapter.rest.participant.ParticipantJson;
import dev.switchboard.adapter.rest.subscription.SubscriptionJson;
import dev.switchboard.adapter.rest.support.InvitationParticipantInfoJson;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI document of the REST adapter ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}).
 *
 * <p>The controllers speak Graph's wire format through {@code GraphRequest} and JSON trees, so springdoc cannot see
 * their types; this class tells it, from a table of which wire record each controller answers with (a controller
 * missing from it leaves its operations without error responses, which {@code OpenApiDocumentTest} refuses): each
 * operation gets the resource's schema for its request and response body, the status Graph answers with, the
 * OData query options it reads, and every error it may meet, in Graph's error envelope. It lives in {@code app}, so
 * the adapter stays free of documentation annotations.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String ERROR = "GraphError";
    private static final String BEARER = "bearer";

    /** Which resource each controller answers with. */
    private static final Map<String, Class<?>> RESOURCES = Map.of(
            "CallController", CallJson.class,
            "ParticipantController", ParticipantJson.class,
            "OperationController", OperationJson.class,
            "CallRecordController", CallRecordJson.class,
            "SubscriptionController", SubscriptionJson.class);

    /** Handler methods that answer something else than their controller's resource: actions start operations. */
    private static final Map<String, Class<?>> ANSWERS = Map.of(
            "ParticipantController.invite", OperationJson.class,
            "ParticipantController.mute", OperationJson.class);

    OpenApiConfiguration() {
        // the request's Graph context (caller, wire format, query options) is no parameter a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(GraphRequest.class)
                // the handlers answer JSON trees (Jackson 3), which springdoc's Jackson 2 cannot introspect
                .replaceWithSchema(ObjectNode.class, new ObjectSchema());
    }

    @Bean
    OpenAPI switchboardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Switchboard").version("v1.0")
                        .description("Microsoft Graph's cloud-communications API (calls, participants, operations, "
                                + "callRecords, subscriptions) in Graph's wire format. Every path answers under "
                                + "/v1.0 and /beta. Every request needs a bearer token; the embedded default mints "
                                + "one at POST /dev/token."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The resource schemas (with everything they refer to) and Graph's error envelope, once for all operations. */
    @Bean
    OpenApiCustomizer graphSchemas() {
        return openApi -> {
            Components components = openApi.getComponents();
            // first in the chain, ahead of springdoc's converters, which would introspect a JSON tree as a bean
            ModelConverters converters = ModelConverters.getInstance(true);
            converters.removeConverter(JsonTreeSchemas.INSTANCE);
            converters.addConverter(JsonTreeSchemas.INSTANCE);
            // through the OpenAPI 3.1 converters, which springdoc extends (a JSON tree is an object)
            RESOURCES.values().forEach(type -> converters.readAll(type).forEach(components::addSchemas));
            components.addSchemas(ERROR, errorEnvelope());
            // the version is in every Graph path, but in no handler's parameters
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/{version}/")) {
                        item.readOperations().forEach(OpenApiConfiguration::versionFirst);
                    }
                });
            }
        };
    }

    @Bean
    OperationCustomizer graphOperations() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName();
            Class<?> resource = RESOURCES.get(controller);
            if (resource == null) {
                return operation;
            }
            Class<?> answer = ANSWERS.getOrDefault(controller + "." + handler.getMethod().getName(), resource);
            operation.tags(List.of(resource.getSimpleName().replace("Json", "")));
            document(operation, handler, resource, answer);
            return operation;
        };
    }

    private static void document(Operation operation, HandlerMethod handler, Class<?> resource, Class<?> answer) {
        String name = handler.getMethod().getName();
        boolean post = handler.hasMethodAnnotation(PostMapping.class);
        boolean patch = handler.hasMethodAnnotation(PatchMapping.class);
        boolean delete = handler.hasMethodAnnotation(DeleteMapping.class);
        boolean noBody = ResolvableType.forMethodReturnType(handler.getMethod()).getGeneric(0).getGeneric(0)
                .resolve() == Void.class;

        ApiResponses responses = new ApiResponses();
        if (noBody) {
            responses.addApiResponse(delete ? "204" : "200", new ApiResponse().description(delete ? "No Content" : "OK"));
        } else {
            Schema<?> body = name.equals("list") ? collectionOf(ref(answer))
                    : name.equals("sessions") ? collectionOf(new ObjectSchema()) : ref(answer);
            boolean created = post && (name.equals("create") || name.equals("add"));
            responses.addApiResponse(created ? "201" : "200", json(created ? "Created" : "OK", body));
        }
        errors(post || patch || delete, patch).forEach(responses::addApiResponse);
        operation.responses(responses);

        if (name.equals("invite")) {
            operation.requestBody(body(new ObjectSchema()
                    .addProperty("participants", new ArraySchema().items(ref(InvitationParticipantInfoJson.class)))
                    .addProperty("clientContext", new StringSchema())));
        } else if (name.equals("mute")) {
            operation.requestBody(body(new ObjectSchema().addProperty("clientContext", new StringSchema())));
        } else if ((post && !name.equals("keepAlive")) || patch) {
            operation.requestBody(body(ref(resource)));
        }
        if (patch) {
            operation.addParametersItem(new Parameter().in("header").name("If-Match").required(false)
                    .description("An ETag the resource must still have, or *").schema(new StringSchema()));
        }
        if (!post && !patch && !delete) {
            queryOption(operation, "$select", "The properties to answer with, comma-separated");
            if (name.equals("list")) {
                queryOption(operation, "$top", "At most this many items on a page");
                queryOption(operation, "$skiptoken", "The page after the one whose @odata.nextLink named it");
                if (resource == CallRecordJson.class) {
                    queryOption(operation, "$filter", "e.g. startDateTime ge 2025-03-01T00:00:00Z");
                }
            }
            if (resource == CallRecordJson.class) {
                queryOption(operation, "$expand", "sessions, or sessions($expand=segments)");
            }
        }
    }

    private static void versionFirst(Operation operation) {
        List<Parameter> parameters = new ArrayList<>(Optional.ofNullable(operation.getParameters()).orElse(List.of()));
        parameters.removeIf(parameter -> "version".equals(parameter.getName()));
        parameters.add(0, new Parameter().in("path").name("version").required(true)
                .description("Graph's API version").schema(new StringSchema()._enum(List.of("v1.0", "beta"))));
        operation.setParameters(parameters);
    }

    /** Graph's answers to failures: what each status means here, always in the error envelope. */
    private static Map<String, ApiResponse> errors(boolean writes, boolean conditional) {
        Map<String, ApiResponse> errors = new LinkedHashMap<>();
        errors.put("400", error("BadRequest or ValidationError: the input names what is wrong"));
        errors.put("401", error("InvalidAuthenticationToken: no token, or one that is expired, forged or not for "
                + "Switchboard"));
        errors.put("403", error("Forbidden: the token lacks every role that would do"));
        errors.put("404", error("itemNotFound: no such resource in the caller's tenant"));
        if (writes) {
            errors.put("409", error("conflict: the resource's state refuses the change"));
        }
        if (conditional) {
            errors.put("412", error("preconditionFailed: If-Match names another version"));
        }
        errors.put("503", error("serviceNotAvailable: retry after the Retry-After header's seconds"));
        return errors;
    }

    private static ApiResponse error(String description) {
        return json(description, new Schema<>().$ref("#/components/schemas/" + ERROR));
    }

    private static Schema<?> errorEnvelope() {
        ObjectSchema innerError = new ObjectSchema();
        innerError.addProperty("date", new StringSchema().format("date-time"));
        innerError.addProperty("request-id", new StringSchema());
        innerError.addProperty("client-request-id", new StringSchema());
        ObjectSchema error = new ObjectSchema();
        error.addProperty("code", new StringSchema().example("itemNotFound"));
        error.addProperty("message", new StringSchema());
        error.addProperty("innerError", innerError);
        error.setRequired(List.of("code", "message"));
        ObjectSchema envelope = new ObjectSchema();
        envelope.addProperty("error", error);
        envelope.description("Graph's error envelope");
        return envelope;
    }

    private static Schema<?> collectionOf(Schema<?> item) {
        return new ObjectSchema()
                .addProperty("@odata.context", new StringSchema())
                .addProperty("value", new ArraySchema().items(item))
                .addProperty("@odata.nextLink", new StringSchema().format("uri"));
    }

    private static Schema<?> ref(Class<?> type) {
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }

    private static ApiResponse json(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }

    private static RequestBody body(Schema<?> schema) {
        return new RequestBody().required(true)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }

    private static void queryOption(Operation operation, String name, String description) {
        operation.addParametersItem(new Parameter().in("query").name(name).required(false).description(description)
                .schema(new StringSchema()));
    }
}
