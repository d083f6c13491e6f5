package io.jenkins.plugins.cmswebbridge.engine.hosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One restart at a time on each MMP: the hosts held by the runs in progress in this JVM. The glue keeps one
 * instance for the whole controller; each run acquires its hosts before it starts and closes its lease when it
 * ends.
 *
 * <ul>
 *   <li>All or nothing: a run takes every one of its hosts at once, or none, so two runs whose host sets overlap
 *       in different orders cannot deadlock.
 *   <li>Hosts are compared by {@link HostAddress#identity}: host names ignoring case and one trailing dot, the port as given
 *       (the parser has applied the default port already), IPv6 literals in one normal form, and an IPv4-mapped
 *       IPv6 literal as its IPv4 address. A name and an IP address of the same MMP are not known to be the
 *       same host: nothing is resolved.
 *   <li>A run whose hosts overlap a held one waits, at most {@code maxWait}; its {@link WaitListener} is told who
 *       holds them when the wait starts and whenever that changes, never while the internal lock is held. When the
 *       time is up it gets {@link TimedOut}, naming the holders at that moment, and holds nothing. An interrupt ends
 *       the wait with {@link InterruptedException}, and the run holds nothing.
 *   <li>Waiters sleep on a condition until a lease is closed or their deadline passes (from {@link System#nanoTime});
 *       they do not spin. There is no fairness: a run that needs other hosts may go first.
 * </ul>
 *
 * Thread-safe.
 */
public final class HostLocks {

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever a lease is closed. */
    private final Condition released = lock.newCondition();
    /** The lease holding each host key; guarded by {@link #lock}. */
    private final Map<String, Lease> held = new LinkedHashMap<>();

    /** A longer wait is taken as this one (about 73 years), so that deadlines never overflow. */
    private static final long MAX_WAIT_NANOS = Long.MAX_VALUE / 4;

    /**
     * Takes all of {@code hosts} for a run, waiting up to {@code maxWait} while any of them is held by another run.
     *
     * @param hosts the run's hosts; repeats (after normalisation) are taken once
     * @param holder who the run is, as others are told while they wait, e.g. {@code prod-restart #42}
     * @param maxWait how long to wait at most; zero does not wait at all
     * @param listener told who holds the hosts when the wait starts and whenever that changes, in this thread
     * @return a {@link Lease} on every host, or {@link TimedOut} (holding nothing) when the time was up first
     * @throws InterruptedException when this thread is interrupted before or while it waits; it holds nothing then
     */
    public Acquisition acquire(Collection<HostAddress> hosts, String holder, Duration maxWait, WaitListener listener)
            throws InterruptedException {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(listener, "listener");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        Map<String, HostAddress> wanted = new LinkedHashMap<>();
        for (HostAddress host : hosts) {
            wanted.putIfAbsent(host.identity(), host);
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        long waitNanos = maxWait.compareTo(Duration.ofNanos(MAX_WAIT_NANOS)) > 0 ? MAX_WAIT_NANOS : maxWait.toNanos();
        long start = System.nanoTime();
        lock.lockInterruptibly();
        try {
            Set<Lease> told = Set.of();
            long remaining = waitNanos;
            while (true) {
                Map<Lease, List<HostAddress>> blockers = blockers(wanted);
                if (blockers.isEmpty()) {
                    Lease lease = new Lease(holder, wanted, Duration.ofNanos(System.nanoTime() - start));
                    wanted.keySet().forEach(key -> held.put(key, lease));
                    return lease;
                }
                if (remaining <= 0) {
                    return new TimedOut(holdings(blockers), Duration.ofNanos(System.nanoTime() - start));
                }
                if (!blockers.keySet().equals(told)) {
                    told = blockers.keySet();
                    List<Holding> holders = holdings(blockers);
                    lock.unlock();
                    try {
                        listener.waiting(holders);
                    } finally {
                        lock.lock();
                    }
                    remaining = waitNanos - (System.nanoTime() - start);
                    continue; // a lease may have been closed meanwhile: look again before sleeping
                }
                remaining = released.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The leases holding any of {@code wanted}, each with the wanted hosts it holds, in the order wanted. */
    private Map<Lease, List<HostAddress>> blockers(Map<String, HostAddress> wanted) {
        Map<Lease, List<HostAddress>> blockers = new LinkedHashMap<>(); // a Lease is equal only to itself
        wanted.forEach((key, host) -> {
            Lease owner = held.get(key);
            if (owner != null) {
                blockers.computeIfAbsent(owner, o -> new ArrayList<>()).add(host);
            }
        });
        return blockers;
    }

    private static List<Holding> holdings(Map<Lease, List<HostAddress>> blockers) {
        return blockers.entrySet().stream()
                .map(entry -> new Holding(entry.getKey().holder, entry.getValue()))
                .toList();
    }

    /** Every run holding hosts now, with all of its hosts; for diagnostics and tests. */
    public List<Holding> holdings() {
        lock.lock();
        try {
            List<Holding> holdings = new ArrayList<>();
            for (Lease lease : new LinkedHashSet<>(held.values())) {
                holdings.add(new Holding(lease.holder, lease.hosts));
            }
            return List.copyOf(holdings);
        } finally {
            lock.unlock();
        }
    }

    /** Whether some run holds {@code host} now. */
    public boolean isHeld(HostAddress host) {
        lock.lock();
        try {
            return held.containsKey(host.identity());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Told, in the acquiring thread and without any lock held, who holds the hosts a run waits for. What it throws
     * ends the acquisition, which then holds nothing.
     */
    @FunctionalInterface
    public interface WaitListener {
        WaitListener NONE = holders -> {};

        /** @param holders the runs holding some of the wanted hosts, each with those hosts; never empty */
        void waiting(List<Holding> holders);
    }

    /**
     * A run holding hosts: who it is and which hosts. Told to a waiting run, or in {@link TimedOut}: the hosts it
     * wants that this run holds, as the waiting run wrote them; from {@link #holdings()}: all the run's hosts.
     */
    public record Holding(String holder, List<HostAddress> hosts) {
        public Holding {
            Objects.requireNonNull(holder, "holder");
            hosts = List.copyOf(hosts);
        }
    }

    /** What {@link #acquire} gives: a {@link Lease} or {@link TimedOut}. */
    public sealed interface Acquisition permits Lease, TimedOut {}

    /** The time was up while other runs held some of the hosts; nothing is held. */
    public record TimedOut(List<Holding> holders, Duration waited) implements Acquisition {
        public TimedOut {
            holders = List.copyOf(holders);
            Objects.requireNonNull(waited, "waited");
        }
    }

    /** A run's hold on all its hosts; {@link #close} releases them all at once and may be called again. */
    public final class Lease implements Acquisition, AutoCloseable {
        private final String holder;
        private final List<HostAddress> hosts;
        private final Set<String> keys;
        private final Duration waited;
        /** Guarded by {@link HostLocks#lock}. */
        private boolean closed;

        private Lease(String holder, Map<String, HostAddress> hosts, Duration waited) {
            this.holder = holder;
            this.hosts = List.copyOf(hosts.values());
            this.keys = new LinkedHashSet<>(hosts.keySet());
            this.waited = waited;
        }

        public String holder() {
            return holder;
        }

        /** The hosts held, each once. */
        public List<HostAddress> hosts() {
            return hosts;
        }

        /** How long the run waited for them. */
        public Duration waited() {
            return waited;
        }

        /** Releases every host of this lease and wakes the runs waiting; does nothing the second time. */
        @Override
        public void close() {
            lock.lock();
            try {
                if (!closed) {
                    closed = true;
                    keys.forEach(key -> held.remove(key, this));
                    released.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
