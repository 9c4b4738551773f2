package dev.switchboard.adapter.rest.odata;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One Graph request as a controller sees it: who calls, on which API version, with which query options,
 * preferences and preconditions, and its JSON body. Controllers declare it as a parameter.
 */
public final class GraphRequest {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    private final ServerWebExchange exchange;
    private final ApiVersion version;
    private final Caller caller;
    private final QueryOptions query;
    private final Prefer prefer;
    private final ODataJson json;
    private final int maxBodyBytes;

    GraphRequest(ServerWebExchange exchange, ApiVersion version, Caller caller, ODataJson json, int maxBodyBytes) {
        this.exchange = exchange;
        this.version = version;
        this.caller = caller;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        ServerHttpRequest request = exchange.getRequest();
        this.query = QueryOptions.of(request.getQueryParams());
        this.prefer = Prefer.parse(request.getHeaders().get("Prefer"));
    }

    public TenantId tenantId() {
        return caller.tenantId();
    }

    public Caller caller() {
        return caller;
    }

    public ApiVersion version() {
        return version;
    }

    public WireContext wire() {
        return new WireContext(version, prefer.includeUnknownEnumMembers());
    }

    /** The system query options, after checking that the endpoint supports each of them. */
    public QueryOptions query(QueryOption... supported) {
        return query.allowOnly(supported);
    }

    /** The {@code If-Match} precondition of a write. */
    public ExpectedVersion ifMatch() {
        return ETags.expected(exchange.getRequest().getHeaders().get(HttpHeaders.IF_MATCH));
    }

    /** The page a list request asks for: {@code Prefer: odata.maxpagesize} and the {@code $skiptoken} of a nextLink. */
    public PageRequest page() {
        Integer size = prefer.maxPageSize().isPresent() ? prefer.maxPageSize().getAsInt() : null;
        Optional<Cursor> after = query.get(QueryOption.SKIPTOKEN).map(token -> {
            try {
                return new Cursor(token);
            } catch (InvalidInputException e) {
                throw Cursor.invalid();
            }
        });
        return new PageRequest(size, after);
    }

    /** The page size the client asked for with {@code Prefer: odata.maxpagesize}, to confirm in {@code Preference-Applied}. */
    Optional<Integer> preferredPageSize() {
        return prefer.maxPageSize().isPresent() ? Optional.of(prefer.maxPageSize().getAsInt()) : Optional.empty();
    }

    /** The absolute root of this API version as the client sees it (behind proxies too): {@code https://host/v1.0}. */
    public String serviceRoot() {
        URI uri = exchange.getRequest().getURI();
        String contextPath = exchange.getRequest().getPath().contextPath().value();
        return uri.getScheme() + "://" + uri.getRawAuthority() + contextPath + "/" + version.segment();
    }

    URI uri() {
        return exchange.getRequest().getURI();
    }

    /**
     * Reads a required JSON body and converts it with {@code reader}. Problems are told in Graph's order: when the
     * body is too large (413), not JSON (415), malformed or invalid (400), {@code resourceCheck} runs first, so a
     * request to an unknown resource answers 404 whatever its body.
     */
    public <T> Mono<T> read(Function<JsonNode, T> reader, Mono<?> resourceCheck) {
        return body(true).map(body -> readWithoutOptions(body, reader))
                .onErrorResume(error -> resourceCheck.then(Mono.error(error)));
    }

    /** As {@link #read}, for actions whose body may be left out (it reads as {@code {}}). */
    public <T> Mono<T> readOptional(Function<JsonNode, T> reader, Mono<?> resourceCheck) {
        return body(false).map(body -> readWithoutOptions(body, reader))
                .onErrorResume(error -> resourceCheck.then(Mono.error(error)));
    }

    /**
     * Runs {@code parse} (of query options, say); when it refuses the request, {@code resourceCheck} runs first, so
     * that an unknown resource answers 404 before a bad option answers 400.
     */
    public <T> Mono<T> parse(Callable<T> parse, Mono<?> resourceCheck) {
        return Mono.fromCallable(parse).onErrorResume(error -> resourceCheck.then(Mono.error(error)));
    }

    /** Writes take no query options. */
    private <T> T readWithoutOptions(JsonNode body, Function<JsonNode, T> reader) {
        query.allowOnly();
        return reader.apply(body);
    }

    private Mono<JsonNode> body(boolean required) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.getContentLength() > maxBodyBytes) {
            return Mono.error(new PayloadTooLargeException(new DataBufferLimitException(
                    "The request body is larger than " + maxBodyBytes + " bytes.")));
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBodyBytes)
                .onErrorMap(DataBufferLimitException.class, PayloadTooLargeException::new)
                .map(GraphRequest::bytesOf)
                .defaultIfEmpty(new byte[0])
                .map(bytes -> parse(bytes, headers, required));
    }

    private JsonNode parse(byte[] bytes, HttpHeaders headers, boolean required) {
        MediaType contentType = contentType(headers);
        boolean isJson = contentType != null && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json")) && !contentType.isWildcardType();
        if (bytes.length == 0) {
            if (!required) {
                return json.object();
            }
            if (contentType != null && !isJson) {
                throw new UnsupportedMediaTypeStatusException(contentType, JSON);
            }
            throw InvalidInputException.of("", "A JSON request body is required.");
        }
        if (!isJson) {
            throw new UnsupportedMediaTypeStatusException(contentType, JSON);
        }
        JsonNode body = json.read(bytes);
        if (!body.isObject()) {
            throw InvalidInputException.of("", "The request body must be a JSON object.");
        }
        return body;
    }

    private static MediaType contentType(HttpHeaders headers) {
        try {
            return headers.getContentType();
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedMediaTypeStatusException("Content-Type '" + e.getMediaType() + "' is not a media type.");
        }
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
