package dev.switchboard.app.throttling;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request over a limit: {@code 429 TooManyRequests} in Graph's envelope, with {@code Retry-After} in whole seconds
 * (Graph's example has fractions; the SDKs' retry handlers parse integers).
 */
final class TooManyRequestsException extends ResponseStatusException {

    private final long retryAfterSeconds;

    TooManyRequestsException(String limit, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests: " + limit + " is used up; retry after "
                + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
