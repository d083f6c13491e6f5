package io.jenkins.plugins.cmswebbridge.sim;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * For tests that act while a run is under way on another thread (an abort, a lost node): start the run, and wait
 * until it has reached the point of interest, e.g. a simulated MMP has received the command that hangs.
 */
public final class Threads {

    /** Work for a thread, which may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private Threads() {}

    /** A started thread running the work; an exception it throws ends the thread as an AssertionError. */
    public static Thread start(Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        thread.start();
        return thread;
    }

    /** Polls the condition every 10 ms until it holds; fails with the message if it does not within the timeout. */
    public static void awaitUntil(BooleanSupplier condition, Duration timeout, String failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(10);
        }
    }

    /** Waits until the simulator has received a command, e.g. the restart that it will leave hanging. */
    public static void awaitCommand(MmpSimulator sim, Duration timeout, String failure) throws InterruptedException {
        awaitUntil(() -> !sim.commands().isEmpty(), timeout, failure);
    }
}
