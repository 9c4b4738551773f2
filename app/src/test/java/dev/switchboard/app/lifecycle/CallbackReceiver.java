package dev.switchboard.app.lifecycle;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bot's callback endpoint on 127.0.0.1, for tests: it records every POST and answers {@code 500} to the first
 * {@code failures} of them, {@code 202} after that.
 */
public final class CallbackReceiver implements AutoCloseable {

    /** One POST as it arrived (its id, its {@code Authorization} header, its body), and what the receiver answered. */
    public record Received(String notificationId, String authorization, String body, int answered) {
        public boolean accepted() {
            return answered < 300;
        }
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public CallbackReceiver(int failures) throws IOException {
        this.failuresLeft = new AtomicInteger(failures);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/callback", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 202;
            received.add(new Received(exchange.getRequestHeaders().getFirst("client-request-id"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            exchange.sendResponseHeaders(status, -1);
            try (OutputStream ignored = exchange.getResponseBody()) {
                // no body
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
