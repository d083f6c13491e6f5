package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Shared state of one fleet run: whether it was aborted, and every SSH connection open right now, so that
 * an abort can close them all at once.
 */
final class RunControl {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch abortLatch = new CountDownLatch(1);

    boolean isAborted() {
        return abortLatch.getCount() == 0;
    }

    /** Registers a connection; returns {@code false} (and registers nothing) when the run is already aborted. */
    boolean register(Connection connection) {
        open.add(connection);
        if (isAborted()) {
            open.remove(connection);
            return false;
        }
        return true;
    }

    void unregister(Connection connection) {
        open.remove(connection);
    }

    int openConnections() {
        return open.size();
    }

    /**
     * Marks the run aborted and closes every open connection. Closing happens on short-lived threads, since
     * trilead's {@code close()} waits for a connect or authentication call in progress on the same connection;
     * those calls return at once because the workers are interrupted too.
     */
    void abort() {
        abortLatch.countDown();
        List<Connection> toClose = new ArrayList<>(open);
        for (Connection c : toClose) {
            Thread closer = new Thread(c::close, "cms-webbridge-close-" + c.getHostname());
            closer.setDaemon(true);
            closer.start();
        }
    }

    /** Sleeps for {@code wait} unless the run is aborted first; returns {@code true} when aborted. */
    boolean sleepUnlessAborted(Duration wait) throws InterruptedException {
        return abortLatch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
