import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench's callbackUri: a receiver that answers every POST with 202 at once, as a healthy bot does, so the
 * service's notification deliveries succeed instead of piling up as retries. GET /count answers how many
 * notifications have arrived, which tells run.sh when the outbox has drained.
 *
 * Run with the JDK's single-file launcher: java bench/lib/CallbackSink.java PORT
 */
public final class CallbackSink {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        AtomicLong received = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
                if ("GET".equals(exchange.getRequestMethod()) && "/count".equals(exchange.getRequestURI().getPath())) {
                    byte[] answer = Long.toString(received.get()).getBytes(StandardCharsets.US_ASCII);
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                } else {
                    received.incrementAndGet();
                    exchange.sendResponseHeaders(202, -1);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }
}
