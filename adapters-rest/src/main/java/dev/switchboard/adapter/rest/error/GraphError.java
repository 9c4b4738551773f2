package dev.switchboard.adapter.rest.error;

import dev.switchboard.domain.error.DomainException;

import java.util.stream.Collectors;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * What a failure looks like on Graph's wire: the HTTP status, the envelope's {@code error.code} and
 * {@code error.message}, and any header the status calls for. Domain failures are mapped by their
 * {@link dev.switchboard.domain.error.ErrorCode} (the switch is exhaustive, so a new code cannot be forgotten);
 * the framework's own (no route, wrong method, bad media type, body too large) by their HTTP status.
 */
record GraphError(HttpStatus status, String code, String message, HttpHeaders headers) {

    static GraphError of(Throwable failure, int retryAfterSeconds) {
        if (failure instanceof DomainException domain) {
            return ofDomain(domain, retryAfterSeconds);
        }
        if (failure instanceof DataBufferLimitException) {
            return tooLarge();
        }
        if (failure instanceof ResponseStatusException framework) {
            return ofFramework(framework);
        }
        return new GraphError(HttpStatus.INTERNAL_SERVER_ERROR, "UnknownError",
                "An unexpected error occurred; the request-id identifies it in the service's log.", new HttpHeaders());
    }

    private static GraphError ofDomain(DomainException failure, int retryAfterSeconds) {
        HttpHeaders headers = new HttpHeaders();
        return switch (failure.code()) {
            case INVALID_INPUT -> new GraphError(HttpStatus.BAD_REQUEST, "BadRequest", failure.getMessage(), headers);
            case VALIDATION_FAILED -> new GraphError(HttpStatus.BAD_REQUEST, "ValidationError", failure.getMessage(),
                    headers);
            case NOT_FOUND -> new GraphError(HttpStatus.NOT_FOUND, "itemNotFound", failure.getMessage(), headers);
            case CONFLICT -> new GraphError(HttpStatus.CONFLICT, "conflict", failure.getMessage(), headers);
            case PRECONDITION_FAILED -> new GraphError(HttpStatus.PRECONDITION_FAILED, "preconditionFailed",
                    failure.getMessage(), headers);
            case UNAUTHENTICATED -> new GraphError(HttpStatus.UNAUTHORIZED, "InvalidAuthenticationToken",
                    failure.getMessage(), headers);
            case FORBIDDEN -> new GraphError(HttpStatus.FORBIDDEN, "Forbidden", failure.getMessage(), headers);
            case UNAVAILABLE -> {
                headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
                yield new GraphError(HttpStatus.SERVICE_UNAVAILABLE, "serviceNotAvailable",
                        "The service is temporarily unavailable; retry after " + retryAfterSeconds + " seconds.", headers);
            }
        };
    }

    private static GraphError ofFramework(ResponseStatusException failure) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(failure.getHeaders());
        HttpStatusCode status = failure.getStatusCode();
        if (failure instanceof MethodNotAllowedException wrongMethod) {
            return new GraphError(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "The method "
                    + wrongMethod.getHttpMethod() + " is not supported on this resource; it supports "
                    + wrongMethod.getSupportedMethods().stream().map(HttpMethod::name).sorted()
                    .collect(Collectors.joining(", ")) + ".", headers);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException media) {
            return new GraphError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                    "Content-Type " + (media.getContentType() == null ? "(none)" : "'" + media.getContentType() + "'")
                            + " is not supported; send application/json.", headers);
        }
        if (status.value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            return tooLarge();
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return new GraphError(HttpStatus.NOT_FOUND, "NotFound", "No resource exists at this path.", headers);
        }
        if (failure instanceof ServerWebInputException input) {
            return new GraphError(HttpStatus.BAD_REQUEST, "BadRequest",
                    input.getReason() == null ? "The request is not valid." : input.getReason(), headers);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        HttpStatus resolved = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        return new GraphError(resolved, codeFor(resolved),
                failure.getReason() == null ? resolved.getReasonPhrase() : failure.getReason(), headers);
    }

    private static GraphError tooLarge() {
        return new GraphError(HttpStatus.PAYLOAD_TOO_LARGE, "RequestEntityTooLarge",
                "The request body is larger than the service accepts.", new HttpHeaders());
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "BadRequest";
            case UNAUTHORIZED -> "InvalidAuthenticationToken";
            case FORBIDDEN -> "Forbidden";
            case NOT_ACCEPTABLE -> "NotAcceptable";
            case TOO_MANY_REQUESTS -> "TooManyRequests";
            case SERVICE_UNAVAILABLE -> "serviceNotAvailable";
            default -> status.is5xxServerError() ? "UnknownError" : status.name();
        };
    }
}
