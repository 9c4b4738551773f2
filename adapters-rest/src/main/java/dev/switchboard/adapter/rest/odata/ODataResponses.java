package dev.switchboard.adapter.rest.odata;

import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place that writes OData's control information: {@code @odata.context}, {@code @odata.etag} with its
 * {@code ETag} header, {@code @odata.nextLink}, and the absolute {@code Location} of created resources and of
 * operations. Controllers hand it wire records and relative context paths such as
 * {@code communications/calls/$entity}.
 */
@Component
public class ODataResponses {

    private final ODataJson json;

    public ODataResponses(ODataJson json) {
        this.json = json;
    }

    /** A wire record as an entity body: {@code @odata.type} first, then {@code @odata.etag} when it has a version. */
    public ObjectNode entity(Object wireRecord, Long version) {
        ObjectNode tree = json.tree(wireRecord);
        if (version == null) {
            return tree;
        }
        ObjectNode withTag = json.object();
        JsonNode type = tree.remove("@odata.type");
        if (type != null) {
            withTag.set("@odata.type", type);
        }
        withTag.put("@odata.etag", ETags.of(version));
        withTag.setAll(tree);
        return withTag;
    }

    /** {@code 200} with an entity that names its context. */
    public ResponseEntity<ObjectNode> ok(GraphRequest request, String context, ObjectNode entity) {
        return respond(HttpStatus.OK, withContext(request, context, entity), null);
    }

    /** {@code 201 Created} with the new entity and its absolute {@code Location}. */
    public ResponseEntity<ObjectNode> created(GraphRequest request, String context, ObjectNode entity, String path) {
        return respond(HttpStatus.CREATED, withContext(request, context, entity), location(request, path));
    }

    /** {@code 200} for an action that started an operation, with the operation's absolute {@code Location}. */
    public ResponseEntity<ObjectNode> accepted(GraphRequest request, String context, ObjectNode operation, String path) {
        return respond(HttpStatus.OK, withContext(request, context, operation), location(request, path));
    }

    /** {@code 200} with one page of a collection and, unless it is the last, an absolute {@code @odata.nextLink}. */
    public <T> ResponseEntity<ObjectNode> page(GraphRequest request, String context, Page<T> page,
                                               Function<T, ObjectNode> item) {
        ObjectNode body = json.object();
        body.put("@odata.context", request.serviceRoot() + "/$metadata#" + context);
        page.next().ifPresent(cursor -> body.put("@odata.nextLink", nextLink(request, cursor)));
        ArrayNode values = body.putArray("value");
        page.items().forEach(value -> values.add(item.apply(value)));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        request.preferredPageSize().ifPresent(size -> response.header("Preference-Applied", "odata.maxpagesize=" + size));
        return response.body(body);
    }

    public ResponseEntity<Void> noContent() {
        return ResponseEntity.noContent().build();
    }

    /** The absolute URL of a resource below the request's API root, e.g. {@code communications/calls/{id}}. */
    public String location(GraphRequest request, String path) {
        return request.serviceRoot() + "/" + path;
    }

    private ObjectNode withContext(GraphRequest request, String context, ObjectNode entity) {
        ObjectNode body = json.object();
        body.put("@odata.context", request.serviceRoot() + "/$metadata#" + context);
        body.setAll(entity);
        return body;
    }

    private ResponseEntity<ObjectNode> respond(HttpStatus status, ObjectNode body, String location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        JsonNode etag = body.get("@odata.etag");
        if (etag != null && etag.isString()) {
            response.eTag(etag.asString());
        }
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.body(body);
    }

    /** The request's own URL with the next page's {@code $skiptoken}; every other option stays as the client sent it. */
    private static String nextLink(GraphRequest request, Cursor cursor) {
        UriComponents sent = UriComponentsBuilder.fromUri(request.uri()).build();
        UriComponentsBuilder link = UriComponentsBuilder.fromUri(request.uri()).replaceQuery(null);
        sent.getQueryParams().forEach((name, values) -> {
            boolean isSkipToken = QueryOption.ofParameter(UriUtils.decode(name, StandardCharsets.UTF_8))
                    .filter(option -> option == QueryOption.SKIPTOKEN).isPresent();
            if (!isSkipToken) {
                values.forEach(value -> link.queryParam(name, value));
            }
        });
        // the components are already encoded (a cursor token is base64url); toUriString joins them as they are
        return link.queryParam("$skiptoken", cursor.token()).build().toUriString();
    }
}
