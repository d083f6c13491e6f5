package io.jenkins.plugins.cmswebbridge.engine.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.fleet.RestartPlan;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostLocks.Holding;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostLocks.Lease;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostLocks.TimedOut;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One restart at a time on each MMP: the locks alone, then two fleet runs against simulated MMPs. */
class HostLocksTest {

    /** Bounds that a loaded machine never reaches: a test that does has failed anyway. */
    private static final Duration LONG = Duration.ofMinutes(2);

    private static final long SOON_SECONDS = 30;

    private static final String RESTART = "webbridge restart";
    private static final String STATUS = "webbridge";
    private static final String PASSWORD = "Locks-Pa55word";

    private final HostLocks locks = new HostLocks();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<List<Holding>> told = new LinkedBlockingQueue<>();
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        mmps.close();
    }

    private static List<HostAddress> hosts(String list) {
        return HostListParser.parse(list, HostAddress.DEFAULT_SSH_PORT).getHosts();
    }

    private static HostAddress host(String entry) {
        return hosts(entry).get(0);
    }

    private HostLocks.Acquisition acquire(String list, String holder, Duration maxWait) throws InterruptedException {
        return locks.acquire(hosts(list), holder, maxWait, told::add);
    }

    private Lease take(String list, String holder) throws InterruptedException {
        return assertInstanceOf(Lease.class, acquire(list, holder, Duration.ZERO));
    }

    private static Holding holding(String holder, String list) {
        return new Holding(holder, hosts(list));
    }

    private List<Holding> nextTold() throws InterruptedException {
        List<Holding> holders = told.poll(SOON_SECONDS, TimeUnit.SECONDS);
        assertTrue(holders != null, "the waiting run was never told who holds its hosts");
        return holders;
    }

    @Test
    void disjointRunsProceedAtOnceAndARunNamesAHostAndAWaitNotNegative() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> locks.acquire(List.of(), "a", LONG, told::add));
        assertThrows(IllegalArgumentException.class, () -> acquire("mmp1", "a #1", Duration.ofSeconds(-1)));
        try (Lease a = take("mmp1, mmp2", "a #1");
                Lease b = take("mmp3", "b #1")) {
            assertEquals(List.of(host("mmp1"), host("mmp2")), a.hosts());
            assertEquals(List.of(host("mmp3")), b.hosts());
            assertEquals(2, locks.holdings().size());
        }
        assertEquals(List.of(), locks.holdings());
    }

    @Test
    void anOverlappingRunWaitsHoldingNothingIsToldWhoHoldsItsHostsAndProceedsWhenTheyAreReleased() throws Exception {
        Lease a = take("mmp1, mmp2", "prod-restart #42");
        Lease c = take("mmp4", "other-job #3");
        Future<HostLocks.Acquisition> b = threads.submit(() -> acquire("mmp3, mmp4, mmp2", "other-job #7", LONG));
        assertEquals(List.of(holding("other-job #3", "mmp4"), holding("prod-restart #42", "mmp2")), nextTold());
        assertFalse(locks.isHeld(host("mmp3")), "a waiting run holds none of its hosts");
        a.close();
        assertEquals(List.of(holding("other-job #3", "mmp4")), nextTold(), "told again: the holders changed");
        assertFalse(b.isDone());
        c.close();
        Lease lease = assertInstanceOf(Lease.class, b.get(SOON_SECONDS, TimeUnit.SECONDS));
        assertEquals("other-job #7", lease.holder());
        assertTrue(locks.isHeld(host("mmp3")) && locks.isHeld(host("mmp2")) && !locks.isHeld(host("mmp1")));
        assertEquals(List.of(), List.copyOf(told), "told only when the wait started and when the holders changed");
    }

    @Test
    void hostsAreComparedAfterNormalisation() throws Exception {
        try (Lease a = take("MMP1.example.com, [2001:DB8::A], [::ffff:10.0.0.1]:2222", "a #1")) {
            assertEquals(3, a.hosts().size());
            for (String same : new String[] {
                "mmp1.example.com:22", "mmp1.EXAMPLE.com.", "[2001:db8:0:0:0:0:0:000a]:22", "10.0.0.1:2222"
            }) {
                TimedOut t = assertInstanceOf(TimedOut.class, acquire(same, "b #1", Duration.ZERO), same);
                assertEquals(List.of(holding("a #1", same)), t.holders(), same);
            }
            assertEquals(List.of(), List.copyOf(told), "a run that does not wait is not told it waits");
            take("mmp1.example.com:2222, [2001:db8::b], 10.0.0.1, mmp2", "b #1").close(); // not the same
        }
        assertEquals(
                host("[2001:0DB8::1:0:0:1]").identity(),
                host("[2001:db8:0:0:1::1]:22").identity());
        assertEquals(
                host("[64:ff9b::10.0.0.1]").identity(), host("[64:FF9B::A00:1]").identity());
        assertNotEquals(
                host("[2001:db8::1]").identity(), host("[2001:db8::1]:2222").identity());
    }

    @Test
    void aTimeoutNamesTheHolderAndHoldsNothing() throws Exception {
        Lease a = take("mmp1", "a #1");
        Duration wait = Duration.ofMillis(200);
        TimedOut t = assertInstanceOf(TimedOut.class, acquire("mmp2, mmp1, mmp3", "b #1", wait));
        assertEquals(List.of(holding("a #1", "mmp1")), t.holders());
        assertTrue(t.waited().compareTo(wait) >= 0, t.waited().toString());
        assertEquals(1, told.size(), "told once, when the wait started");
        assertEquals(List.of(holding("a #1", "mmp1")), locks.holdings());
        a.close();
        take("mmp1, mmp2, mmp3", "c #1").close();
    }

    @Test
    void anInterruptEndsTheWaitAndHoldsNothing() throws Exception {
        Lease a = take("mmp1", "a #1");
        CompletableFuture<Thread> waiter = new CompletableFuture<>();
        Future<?> b = threads.submit(() -> {
            waiter.complete(Thread.currentThread());
            return assertThrows(InterruptedException.class, () -> acquire("mmp2, mmp1", "b #1", LONG));
        });
        nextTold();
        waiter.get().interrupt();
        b.get(SOON_SECONDS, TimeUnit.SECONDS);
        assertEquals(List.of(holding("a #1", "mmp1")), locks.holdings());
        a.close();
        Thread.currentThread().interrupt(); // an aborted build does not start, even when its hosts are free
        assertThrows(InterruptedException.class, () -> take("mmp1", "c #1"));
        assertFalse(Thread.interrupted());
        assertEquals(List.of(), locks.holdings());
    }

    @Test
    void closingALeaseTwiceIsHarmless() throws Exception {
        Lease a = take("mmp1", "a #1");
        a.close();
        a.close();
        try (Lease b = take("mmp1", "b #1")) {
            a.close(); // must not release b's hold
            assertTrue(locks.isHeld(host("mmp1")));
            assertEquals(List.of(holding(b.holder(), "mmp1")), locks.holdings());
        }
        assertFalse(locks.isHeld(host("mmp1")));
    }

    @Test
    void theListenerIsCalledWithoutTheLockHeldAndItsFailureLeavesNothingHeld() throws Exception {
        Lease a = take("mmp1", "a #1");
        RuntimeException failure = new IllegalStateException("console gone");
        RuntimeException thrown = assertThrows(
                IllegalStateException.class,
                () -> locks.acquire(hosts("mmp1, mmp2"), "b #1", LONG, holders -> {
                    // another thread closing a lease would time out if this thread held the lock
                    CompletableFuture.runAsync(a::close, threads)
                            .orTimeout(SOON_SECONDS, TimeUnit.SECONDS)
                            .join();
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertEquals(List.of(), locks.holdings());
    }

    /** Runs in different orders over overlapping hosts never deadlock, and never share a host. */
    @Test
    void manyRunsOverOverlappingHostsInDifferentOrdersNeverShareAHost() throws Exception {
        Set<HostAddress> inUse = ConcurrentHashMap.newKeySet();
        AtomicInteger clashes = new AtomicInteger();
        List<Future<Object>> runs = new ArrayList<>();
        for (String list : List.of("h0 h1 h2", "h2 h1", "h3 h0", "h1 h3", "h2 h3 h0 h1", "h3 h2", "h0", "h1 h0")) {
            runs.add(threads.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    try (Lease lease = (Lease) locks.acquire(hosts(list), list, LONG, HostLocks.WaitListener.NONE)) {
                        lease.hosts().forEach(h -> clashes.addAndGet(inUse.add(h) ? 0 : 1));
                        Thread.yield();
                        lease.hosts().forEach(inUse::remove);
                    }
                }
                return null;
            }));
        }
        for (Future<Object> run : runs) {
            run.get(LONG.toSeconds(), TimeUnit.SECONDS);
        }
        assertEquals(0, clashes.get());
        assertEquals(List.of(), locks.holdings());
    }

    /** What one fleet run did: when its NodeRun started and ended, what it was told while waiting, its report. */
    private record Run(String holder, long startNanos, long endNanos, List<List<Holding>> told, RunReport report) {
        boolean overlaps(Run other) {
            return startNanos < other.endNanos && other.startNanos < endNanos;
        }
    }

    /** Starts fleet runs together, one thread each, under the locks (none when {@code null}); in start order. */
    private List<Run> runTogether(HostLocks hostLocks, List<List<MmpSimulator>> hostSets) throws Exception {
        CyclicBarrier together = new CyclicBarrier(hostSets.size());
        List<Future<Run>> runs = new ArrayList<>();
        for (int r = 0; r < hostSets.size(); r++) {
            String holder = "restart #" + (r + 1);
            List<HostAddress> hosts = hostSets.get(r).stream()
                    .map(sim -> new HostAddress(sim.host(), sim.port()))
                    .toList();
            RestartPlan plan = new RestartPlan(
                    hosts, TestSettings.normal().build(), new KnownHostsVerifier(mmps.knownHosts(), "test"));
            runs.add(threads.submit(() -> {
                List<List<Holding>> heard = new ArrayList<>();
                NodeRun nodeRun = new NodeRun(plan, SshCredentials.password("admin", PASSWORD.toCharArray()), null);
                together.await(LONG.toSeconds(), TimeUnit.SECONDS);
                Lease lease = hostLocks == null
                        ? null
                        : assertInstanceOf(Lease.class, hostLocks.acquire(hosts, holder, LONG, heard::add));
                try (lease) {
                    long start = System.nanoTime();
                    RunReport report =
                            nodeRun.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                    return new Run(holder, start, System.nanoTime(), heard, report);
                }
            }));
        }
        List<Run> done = new ArrayList<>();
        for (Future<Run> run : runs) {
            done.add(run.get(LONG.toSeconds(), TimeUnit.SECONDS));
        }
        done.sort(Comparator.comparingLong(Run::startNanos));
        return done;
    }

    private MmpSimulator start() {
        return mmps.start(
                MmpSimulator.builder().username("admin").password(PASSWORD).restartDelay(Duration.ofSeconds(1)));
    }

    @Test
    void twoRunsOverlappingOnAnMmpRestartItOneAfterTheOther() throws Exception {
        MmpSimulator shared = start();
        MmpSimulator first = start();
        MmpSimulator second = start();
        List<Run> runs = runTogether(locks, List.of(List.of(shared, first), List.of(shared, second)));
        for (Run run : runs) {
            RunReport report = run.report();
            assertTrue(report.allOk() && report.count(Outcome.RESTARTED) == 2, report.summary());
        }
        assertFalse(runs.get(0).overlaps(runs.get(1)), "the two runs worked at the same time");
        assertEquals(List.of(), runs.get(0).told());
        String sharedHost = shared.host() + ":" + shared.port();
        assertEquals(
                List.of(List.of(holding(runs.get(0).holder(), sharedHost))),
                runs.get(1).told());
        assertEquals(List.of(RESTART, STATUS, RESTART, STATUS), shared.commands(), "one run after the other");
        assertEquals(List.of(RESTART, STATUS), first.commands());
        assertEquals(List.of(RESTART, STATUS), second.commands());
        assertEquals(List.of(), locks.holdings());
    }

    /** The same two runs without the locks do work at the same time: the test above can fail. */
    @Test
    void withoutTheLocksTheSameRunsOverlap() throws Exception {
        MmpSimulator shared = start();
        List<Run> runs = runTogether(null, List.of(List.of(shared, start()), List.of(shared, start())));
        runs.forEach(run -> assertTrue(run.report().allOk(), run.report().summary()));
        assertTrue(runs.get(0).overlaps(runs.get(1)), "two runs of at least 2 s each, started together");
        assertEquals(2, Collections.frequency(shared.commands(), RESTART));
    }
}
