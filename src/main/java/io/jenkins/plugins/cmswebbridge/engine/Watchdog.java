package io.jenkins.plugins.cmswebbridge.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds blocking calls that have no timeout of their own (trilead's authentication): when the time is up
 * it interrupts the waiting thread, which trilead turns into an {@link java.io.InterruptedIOException}.
 */
final class Watchdog implements AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cms-webbridge-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Starts timing the current thread. Disarm it in a {@code finally} block. */
    Timer arm(Duration timeout) {
        return new Timer(timer, Thread.currentThread(), timeout);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One armed deadline. */
    static final class Timer {
        private final Object lock = new Object();
        private final ScheduledFuture<?> task;
        private boolean fired;
        private boolean disarmed;

        private Timer(ScheduledExecutorService timer, Thread thread, Duration timeout) {
            task = timer.schedule(
                    () -> {
                        synchronized (lock) {
                            if (!disarmed) {
                                fired = true;
                                thread.interrupt();
                            }
                        }
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        boolean fired() {
            synchronized (lock) {
                return fired;
            }
        }

        /**
         * Stops the timer. If it fired, the interrupt it caused is cleared so that it cannot leak into the next step.
         * Must be called from the timed thread.
         */
        void disarm() {
            boolean clear;
            synchronized (lock) {
                disarmed = true;
                clear = fired;
            }
            task.cancel(false);
            if (clear) {
                Thread.interrupted();
            }
        }
    }
}
