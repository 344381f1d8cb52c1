package io.permitguide.privacy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes every socket the JVM opens through a SOCKS proxy that is really a local listener counting the
 * attempts. Anything that tries to reach the network while the trap is set shows up in {@link #attempts()}.
 */
final class NetworkTrap implements AutoCloseable {
    private final ServerSocket listener;
    private final AtomicInteger attempts = new AtomicInteger();
    private final Thread acceptor;

    NetworkTrap() throws IOException {
        listener = new ServerSocket(0);
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    attempts.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "network-trap");
        acceptor.setDaemon(true);
        acceptor.start();
        System.setProperty("socksProxyHost", "127.0.0.1");
        System.setProperty("socksProxyPort", Integer.toString(listener.getLocalPort()));
    }

    int attempts() {
        return attempts.get();
    }

    @Override
    public void close() throws IOException {
        System.clearProperty("socksProxyHost");
        System.clearProperty("socksProxyPort");
        listener.close();
    }
}
