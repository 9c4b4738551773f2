package dev.switchboard.app.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 between the application and its database, which a test can cut and restore, so that the
 * database can "go away" for one application while every other test keeps using the same server. Two ways to fail:
 * <ul>
 *   <li>{@link #refuse()}: as when the server stops. Open connections are closed and new ones are refused.</li>
 *   <li>{@link #blackhole()}: as when the network between them is cut. Nothing is closed and nothing answers: bytes
 *   sent either way are held, new connections are accepted but never reach the server. This is the failure that
 *   hangs an application whose every wait is not bounded.</li>
 * </ul>
 * {@link #restore()} forwards again. Bytes held during a blackhole are delivered then, in order, as TCP retransmits
 * them when a cut network heals; a connection one side gave up on meanwhile is closed by that side.
 */
final class CuttableTcpProxy implements AutoCloseable {

    private enum State { FORWARDING, BLACKHOLE, REFUSING, CLOSED }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Object stateChange = new Object();
    private State state = State.FORWARDING;
    private ServerSocketChannel listener;

    CuttableTcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listener = listen(0);
        this.port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        acceptOn(listener);
    }

    /** The port the application connects to instead of the database's. */
    int port() {
        return port;
    }

    /** The server stops: every open connection is closed, and connecting is refused until {@link #restore()}. */
    void refuse() throws IOException {
        synchronized (stateChange) {
            state = State.REFUSING;
            listener.close();
            stateChange.notifyAll();
        }
        List.copyOf(links).forEach(Link::close);
    }

    /** The network is cut: nothing is closed, nothing gets through, until {@link #restore()}. */
    void blackhole() {
        synchronized (stateChange) {
            state = State.BLACKHOLE;
        }
    }

    /** Forwards again, on the same port. */
    void restore() throws IOException {
        synchronized (stateChange) {
            if (state == State.REFUSING) {
                listener = listen(port);
                acceptOn(listener);
            }
            state = State.FORWARDING;
            stateChange.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (stateChange) {
            state = State.CLOSED;
            listener.close();
            stateChange.notifyAll();
        }
        List.copyOf(links).forEach(Link::close);
    }

    private static ServerSocketChannel listen(int port) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        // the port must be taken again after refuse(), while closed connections on it still linger in TIME_WAIT
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(new InetSocketAddress("127.0.0.1", port));
        return channel;
    }

    private void acceptOn(ServerSocketChannel channel) {
        daemon("proxy-accept-" + port, () -> {
            while (true) {
                SocketChannel client;
                try {
                    client = channel.accept();
                } catch (IOException closed) {
                    return; // refuse() or close()
                }
                Link link = new Link(client);
                links.add(link);
                daemon("proxy-link-" + port, link::run);
            }
        });
    }

    /** Blocks while the network is cut; false when bytes must no longer flow (refused or closed). */
    private boolean awaitForwarding() {
        synchronized (stateChange) {
            while (state == State.BLACKHOLE) {
                try {
                    stateChange.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return state == State.FORWARDING;
        }
    }

    /** One client connection and its connection to the server, with a thread per direction. */
    private final class Link {

        private final SocketChannel client;
        private volatile SocketChannel server;

        Link(SocketChannel client) {
            this.client = client;
        }

        void run() {
            try {
                if (!awaitForwarding()) { // a connection accepted during a blackhole waits here, unanswered
                    close();
                    return;
                }
                server = SocketChannel.open(target);
                daemon("proxy-pump-" + port, () -> pump(server, client));
                pump(client, server);
            } catch (IOException refused) {
                close();
            }
        }

        private void pump(SocketChannel from, SocketChannel to) {
            ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    if (!awaitForwarding()) {
                        break;
                    }
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (ClosedChannelException closed) {
                // the other direction or refuse() closed the link
            } catch (IOException broken) {
                // reset by either side
            }
            close();
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
