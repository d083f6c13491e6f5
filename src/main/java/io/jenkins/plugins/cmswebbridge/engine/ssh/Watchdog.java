package io.jenkins.plugins.cmswebbridge.engine.ssh;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds blocking calls that have no timeout of their own (trilead's authentication): when the time is up
 * it interrupts the waiting thread, which trilead turns into an {@link java.io.InterruptedIOException}.
 */
public final class Watchdog implements AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    public Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cms-webbridge-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Starts timing the current thread: when the time is up, it is interrupted. Disarm it in a {@code finally} block. */
    public Timer arm(Duration timeout) {
        Thread thread = Thread.currentThread();
        return new Timer(timer, thread::interrupt, true, timeout);
    }

    /**
     * Starts a deadline that runs {@code onTimeout} (e.g. closing a connection, which frees a thread waiting inside
     * the SSH library for an answer that does not come) when the time is up. Disarm it in a {@code finally} block.
     */
    public Timer arm(Duration timeout, Runnable onTimeout) {
        return new Timer(timer, onTimeout, false, timeout);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One armed deadline. */
    public static final class Timer {
        private final Object lock = new Object();
        private final ScheduledFuture<?> task;
        private final boolean interrupts;
        private boolean fired;
        private boolean disarmed;

        private Timer(ScheduledExecutorService timer, Runnable onTimeout, boolean interrupts, Duration timeout) {
            this.interrupts = interrupts;
            task = timer.schedule(
                    () -> {
                        synchronized (lock) {
                            if (disarmed) {
                                return;
                            }
                            fired = true;
                        }
                        onTimeout.run();
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        public boolean fired() {
            synchronized (lock) {
                return fired;
            }
        }

        /**
         * Stops the timer. If it fired and it interrupts, the interrupt it caused is cleared so that it cannot leak
         * into the next step; this must then be called from the timed thread.
         */
        public void disarm() {
            boolean clear;
            synchronized (lock) {
                disarmed = true;
                clear = fired && interrupts;
            }
            task.cancel(false);
            if (clear) {
                Thread.interrupted();
            }
        }
    }
}
