package dev.switchboard.app.notifications;

import dev.switchboard.application.port.out.SubscriptionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Graph's validation handshake over HTTP: {@code POST <notificationUrl>?validationToken=<token>} with an empty body;
 * the receiver passes when it answers 200, {@code text/plain}, with the token as the body, within the timeout.
 */
public final class HttpSubscriptionValidator implements SubscriptionValidator {

    private static final Logger log = LoggerFactory.getLogger(HttpSubscriptionValidator.class);

    private final Duration timeout;
    private final HttpClient http;

    public HttpSubscriptionValidator(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean confirms(URI notificationUrl, String validationToken) {
        String url = notificationUrl.toString();
        String query = "validationToken=" + URLEncoder.encode(validationToken, StandardCharsets.UTF_8);
        URI withToken = URI.create(url + (notificationUrl.getRawQuery() == null ? "?" : "&") + query);
        try {
            HttpRequest request = HttpRequest.newBuilder(withToken)
                    .timeout(timeout)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean plainText = response.headers().firstValue("Content-Type")
                    .map(type -> type.toLowerCase().startsWith("text/plain")).orElse(false);
            return response.statusCode() == 200 && plainText && validationToken.equals(response.body().trim());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception unreachable) {
            log.debug("Validation of {} failed: {}", notificationUrl, unreachable.toString());
            return false;
        }
    }
}
