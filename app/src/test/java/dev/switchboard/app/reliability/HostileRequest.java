package dev.switchboard.app.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request no client should send, and what makes it hostile ({@code kind}: "truncated JSON", "non-member enum",
 * ...). {@code graphQl} tells which answer it must get: Graph's error envelope, or GraphQL's {@code errors}.
 *
 * @param contentType the {@code Content-Type} to send, or null for none
 * @param body        the raw bytes (not necessarily UTF-8, nor JSON), or null for no body
 * @param chunked     whether the body goes without a {@code Content-Length}
 */
record HostileRequest(String kind, boolean graphQl, String method, String pathAndQuery, String contentType,
                      Map<String, String> headers, byte[] body, boolean chunked) {

    static HostileRequest rest(String kind, String method, String pathAndQuery, String contentType, byte[] body) {
        return new HostileRequest(kind, false, method, pathAndQuery, contentType, Map.of(), body, false);
    }

    static HostileRequest restJson(String kind, String method, String pathAndQuery, String json) {
        return rest(kind, method, pathAndQuery, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest graphQl(String kind, String contentType, byte[] body) {
        return new HostileRequest(kind, true, "POST", "/graphql", contentType, Map.of(), body, false);
    }

    HostileRequest withHeaders(Map<String, String> extra) {
        return new HostileRequest(kind, graphQl, method, pathAndQuery, contentType, extra, body, chunked);
    }

    HostileRequest sentChunked() {
        return new HostileRequest(kind + ", chunked", graphQl, method, pathAndQuery, contentType, headers, body, true);
    }

    HostileRequest withMethod(String otherMethod) {
        return new HostileRequest(kind, graphQl, otherMethod, pathAndQuery, contentType, headers, body, chunked);
    }

    @Override
    public String toString() {
        String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 300),
                StandardCharsets.UTF_8) + (body.length > 300 ? "... (" + body.length + " bytes)" : "");
        return kind + ": " + method + " " + (pathAndQuery.length() > 300
                ? pathAndQuery.substring(0, 300) + "..." : pathAndQuery)
                + " [" + contentType + "] " + headers + " " + shown;
    }
}
