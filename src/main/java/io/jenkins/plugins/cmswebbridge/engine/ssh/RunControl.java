package io.jenkins.plugins.cmswebbridge.engine.ssh;

import com.trilead.ssh2.Connection;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Shared state of one fleet run: whether it was aborted, and every SSH connection open right now, so that
 * an abort can close them all at once.
 */
public final class RunControl {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch abortLatch = new CountDownLatch(1);

    public boolean isAborted() {
        return abortLatch.getCount() == 0;
    }

    /** Registers a connection; returns {@code false} (and registers nothing) when the run is already aborted. */
    public boolean register(Connection connection) {
        open.add(connection);
        if (isAborted()) {
            open.remove(connection);
            return false;
        }
        return true;
    }

    public void unregister(Connection connection) {
        open.remove(connection);
    }

    /**
     * Marks the run aborted and closes every open connection, each on a short-lived thread: trilead's
     * {@code Connection.close()} waits for a {@code connect} or {@code authenticate} call in progress on the
     * same connection, so the socket is first closed underneath it (see {@link #forceClose}).
     */
    public void abort() {
        abortLatch.countDown();
        for (Connection c : new ArrayList<>(open)) {
            closeInBackground(c);
        }
    }

    /**
     * {@link #forceClose} on a short-lived thread of its own, so that the caller (an abort, or the watchdog whose
     * thread times every connection) never waits for a lock held by a thread blocked inside the SSH library.
     */
    public static void closeInBackground(Connection connection) {
        Thread closer = new Thread(() -> forceClose(connection), "cms-webbridge-close");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * Closes a connection even while another thread is inside one of its synchronized calls. A worker blocked
     * reading the SSH banner of a silent server holds the connection's lock and ignores interrupts until the
     * key-exchange timeout; closing trilead's transport (the same thing its own timeout handler does) ends
     * that read at once. The transport is reached by reflection, as trilead has no public way to do this;
     * if that ever fails, the plain {@code close()} still runs once the blocked call times out.
     */
    static void forceClose(Connection connection) {
        try {
            Field field = Connection.class.getDeclaredField("tm");
            field.setAccessible(true);
            Object transport = field.get(connection);
            if (transport != null) {
                transport
                        .getClass()
                        .getMethod("close", Throwable.class, boolean.class)
                        .invoke(transport, new IOException("Closed: the build was aborted"), false);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall through to the regular close
        }
        connection.close();
    }

    /** Sleeps for {@code wait} unless the run is aborted first; returns {@code true} when aborted. */
    public boolean sleepUnlessAborted(Duration wait) throws InterruptedException {
        return abortLatch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
