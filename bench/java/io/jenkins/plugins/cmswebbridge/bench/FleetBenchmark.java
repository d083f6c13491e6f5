package io.jenkins.plugins.cmswebbridge.bench;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Measures the restart engine against simulated MMPs on loopback, each figure next to its reference in the
 * same run, and prints a table of ratios. Not a test: nothing here passes or fails on timing.
 */
public final class FleetBenchmark {

    private static final String PASSWORD = "bench-password";
    private static final List<String[]> ROWS = new ArrayList<>();
    private static final List<MmpSimulator> OPEN = new ArrayList<>();

    private FleetBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("CMS WebBridge restart benchmark: "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try {
            perHostOverhead();
            parallelScaling();
            deadHosts();
            outputFlood();
            abort();
        } finally {
            OPEN.forEach(MmpSimulator::close);
        }
        System.out.println();
        System.out.println("| scenario | measured | ratio | target | met |");
        System.out.println("|---|---|---|---|---|");
        for (String[] row : ROWS) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    private static void row(String scenario, String measured, double ratio, String target, boolean met) {
        String[] r = {scenario, measured, String.format(Locale.ROOT, "%.2f", ratio), target, met ? "yes" : "NO"};
        ROWS.add(r);
        System.out.println("  -> " + String.join(" | ", r));
    }

    private static List<MmpSimulator> start(int count, Supplier<MmpSimulator.Builder> builder) {
        List<MmpSimulator> sims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MmpSimulator sim = builder.get().start();
            sims.add(sim);
            OPEN.add(sim);
        }
        return sims;
    }

    private static void stop(List<MmpSimulator> sims) {
        sims.forEach(MmpSimulator::close);
        OPEN.removeAll(sims);
    }

    private static List<HostAddress> hosts(List<MmpSimulator> sims) {
        return sims.stream().map(s -> new HostAddress(s.host(), s.port())).toList();
    }

    private static String knownHosts(List<MmpSimulator> sims) {
        StringBuilder sb = new StringBuilder();
        sims.forEach(s -> sb.append(s.knownHostsLine()).append('\n'));
        return sb.toString();
    }

    private static long timeMillis(ThrowingRunnable action) throws Exception {
        long t0 = System.nanoTime();
        action.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static RunReport runFleet(
            RestartSettings settings, MmpAuthenticator auth, HostKeyVerifier verifier, List<HostAddress> hosts) {
        RunReport report = new FleetRunner(settings, auth, verifier, null).run(hosts);
        return report;
    }

    private static void requireAllOk(RunReport report, String what) {
        if (!report.allOk()) {
            throw new IllegalStateException(what + ": " + report.summary() + " " + report.hosts());
        }
    }

    /** 1. Rolling restart of 20 instant MMPs: the engine against a shell loop of the OpenSSH client. */
    private static void perHostOverhead() throws Exception {
        System.out.println("1. per-host overhead, rolling, 20 MMPs whose restart returns at once");
        KeyPair user = TestKeys.rsa(40);
        List<MmpSimulator> sims = start(20, () -> MmpSimulator.builder().authorizedKey(user.getPublic()));
        Path dir = Files.createTempDirectory("cms-wb-bench");
        Path key = dir.resolve("id_rsa");
        Files.writeString(key, TestKeys.pkcs1Pem(user), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, knownHosts(sims), StandardCharsets.US_ASCII);
        StringBuilder loop = new StringBuilder("fail=0\nfor p in");
        sims.forEach(s -> loop.append(' ').append(s.port()));
        loop.append("; do\n  ssh -F /dev/null -i '")
                .append(key)
                .append("' -p \"$p\" -o BatchMode=yes -o IdentitiesOnly=yes")
                .append(" -o UserKnownHostsFile='")
                .append(knownHosts)
                .append("' -o GlobalKnownHostsFile=/dev/null")
                .append(
                        " -o StrictHostKeyChecking=yes -o ConnectTimeout=10 admin@127.0.0.1 'webbridge restart' >/dev/null")
                .append(" || fail=1\ndone\nexit $fail\n");
        // the shell loop sends only the restart: so does the engine here (no status check after it)
        RestartSettings settings =
                RestartSettings.builder().retries(0).verifyAfterRestart(false).build();
        MmpAuthenticator auth = SshCredentials.privateKeys(
                "admin", List.of(TestKeys.pkcs1Pem(user).toCharArray()), null);
        KnownHostsVerifier verifier = new KnownHostsVerifier(knownHosts(sims), "bench");
        List<HostAddress> hosts = hosts(sims);
        int rounds = 5;
        long[] engine = new long[rounds];
        long[] openssh = new long[rounds];
        for (int i = -1; i < rounds; i++) { // round -1 warms both up
            long e = timeMillis(() -> requireAllOk(runFleet(settings, auth, verifier, hosts), "engine"));
            long o = timeMillis(() -> runShell(loop.toString()));
            if (i >= 0) {
                engine[i] = e;
                openssh[i] = o;
            }
        }
        long restarts = sims.stream().mapToLong(s -> s.commands().size()).sum();
        if (restarts != 20L * (rounds + 1) * 2) {
            throw new IllegalStateException("expected every run to restart every MMP, saw " + restarts + " restarts");
        }
        long e = median(engine);
        long o = median(openssh);
        row(
                "1. 20 hosts rolling: engine / OpenSSH ssh loop",
                e + " ms vs " + o + " ms (median of " + rounds + ")",
                (double) e / o,
                "<= 1.0",
                e <= o);
        stop(sims);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static void runShell(String script) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the OpenSSH loop failed: " + out);
        }
    }

    /** 2. 50 MMPs whose restart takes 1 s, at parallelism 1, 10 and 50, against one host alone. */
    private static void parallelScaling() throws Exception {
        System.out.println("2. parallel scaling, 50 MMPs whose restart takes 1 s");
        List<MmpSimulator> sims =
                start(50, () -> MmpSimulator.builder().password(PASSWORD).restartDelay(Duration.ofSeconds(1)));
        MmpAuthenticator auth = SshCredentials.password("admin", PASSWORD.toCharArray());
        KnownHostsVerifier verifier = new KnownHostsVerifier(knownHosts(sims), "bench");
        List<HostAddress> hosts = hosts(sims);
        long[] single = new long[3];
        for (int i = 0; i < single.length; i++) {
            RestartSettings one = RestartSettings.builder().retries(0).build();
            List<HostAddress> alone = hosts.subList(i, i + 1);
            single[i] = timeMillis(() -> requireAllOk(runFleet(one, auth, verifier, alone), "one"));
        }
        long oneHost = median(single);
        for (int parallelism : new int[] {1, 10, 50}) {
            RestartSettings s = RestartSettings.builder()
                    .retries(0)
                    .parallelism(parallelism)
                    .build();
            int runs = parallelism == 1 ? 1 : 3;
            long[] walls = new long[runs];
            for (int i = 0; i < runs; i++) {
                walls[i] = timeMillis(() -> requireAllOk(runFleet(s, auth, verifier, hosts), "p" + parallelism));
            }
            long wall = median(walls);
            double ratio = (double) wall / oneHost;
            String target = parallelism == 50 ? "<= 1.5" : "(reference: " + (int) Math.ceil(50.0 / parallelism) + ")";
            row(
                    "2. 50 hosts, parallelism " + parallelism + ": wall / one host",
                    wall + " ms vs " + oneHost + " ms",
                    ratio,
                    target,
                    parallelism != 50 || ratio <= 1.5);
        }
        stop(sims);
    }

    /** 3. 10 healthy and 5 silent MMPs, connect timeout 2 s, parallelism 16. */
    private static void deadHosts() throws Exception {
        System.out.println(
                "3. dead hosts: 10 healthy, 5 that accept and never answer; connect timeout 2 s, parallelism 16");
        List<MmpSimulator> sims =
                new ArrayList<>(start(10, () -> MmpSimulator.builder().password(PASSWORD)));
        sims.addAll(start(5, () -> MmpSimulator.builder().fault(Fault.SILENT_BANNER)));
        Duration timeout = Duration.ofSeconds(2);
        RestartSettings s = RestartSettings.builder()
                .retries(0)
                .parallelism(16)
                .connectTimeout(timeout)
                .kexTimeout(timeout)
                .build();
        MmpAuthenticator auth = SshCredentials.password("admin", PASSWORD.toCharArray());
        KnownHostsVerifier verifier = new KnownHostsVerifier(knownHosts(sims), "bench");
        AtomicReference<RunReport> report = new AtomicReference<>();
        long[] walls = new long[3];
        for (int i = 0; i < walls.length; i++) {
            walls[i] = timeMillis(() -> report.set(runFleet(s, auth, verifier, hosts(sims))));
        }
        if (report.get().okCount() != 10) {
            throw new IllegalStateException(
                    "expected 10 healthy hosts restarted: " + report.get().summary());
        }
        long wall = median(walls);
        double ratio = (double) wall / timeout.toMillis();
        row(
                "3. 10 healthy + 5 dead, parallelism 16: wall / connect timeout",
                wall + " ms vs 2000 ms",
                ratio,
                "<= 1.2",
                ratio <= 1.2);
        stop(sims);
    }

    /** 4. One MMP printing 100 MB: live heap growth and time. */
    private static void outputFlood() throws Exception {
        System.out.println("4. output flood: one MMP printing 100 MB");
        long bytes = 100L * 1024 * 1024;
        List<MmpSimulator> sims = start(
                1,
                () -> MmpSimulator.builder()
                        .password(PASSWORD)
                        .fault(Fault.HUGE_OUTPUT)
                        .hugeOutputBytes(bytes));
        RestartSettings s = RestartSettings.builder()
                .retries(0)
                .commandTimeout(Duration.ofMinutes(10))
                .build();
        MmpAuthenticator auth = SshCredentials.password("admin", PASSWORD.toCharArray());
        KnownHostsVerifier verifier = new KnownHostsVerifier(knownHosts(sims), "bench");
        long time = timeMillis(() -> requireAllOk(runFleet(s, auth, verifier, hosts(sims)), "flood"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        requireAllOk(runFleet(s, auth, verifier, hosts(sims)), "flood with sampling");
        sampler.interrupt();
        sampler.join();
        double growthMb = (peak.get() - baseline) / (1024.0 * 1024.0);
        row(
                "4. 100 MB of output: live heap growth (MB) / 16 MB",
                String.format(
                        Locale.ROOT,
                        "%.1f MB growth, %d ms (%.0f MB/s)",
                        growthMb,
                        time,
                        bytes / 1048576.0 / (time / 1000.0)),
                growthMb / 16.0,
                "< 1.0",
                growthMb < 16.0);
        stop(sims);
    }

    /** 5. Interrupt a fleet in mid-run: time until the runner returns and every connection is closed. */
    private static void abort() throws Exception {
        System.out.println(
                "5. abort: 20 MMPs whose restart takes 60 s, parallelism 10, interrupted once 10 commands run");
        List<MmpSimulator> sims =
                start(20, () -> MmpSimulator.builder().password(PASSWORD).restartDelay(Duration.ofSeconds(60)));
        RestartSettings s = RestartSettings.builder()
                .retries(0)
                .parallelism(10)
                .commandTimeout(Duration.ofMinutes(5))
                .build();
        MmpAuthenticator auth = SshCredentials.password("admin", PASSWORD.toCharArray());
        KnownHostsVerifier verifier = new KnownHostsVerifier(knownHosts(sims), "bench");
        AtomicReference<RunReport> report = new AtomicReference<>();
        Thread runner = new Thread(() -> report.set(runFleet(s, auth, verifier, hosts(sims))));
        runner.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sims.stream().mapToInt(x -> x.commands().size()).sum() < 10) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the fleet never got 10 restarts going");
            }
            Thread.sleep(5);
        }
        long t0 = System.nanoTime();
        runner.interrupt();
        runner.join();
        long returned = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        while (sims.stream().anyMatch(x -> x.openConnections() > 0)) {
            if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) > 30_000) {
                break;
            }
            Thread.sleep(2);
        }
        long closed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        if (!report.get().aborted()) {
            throw new IllegalStateException("the run was not aborted");
        }
        row(
                "5. abort mid-fleet: time to every connection closed / 2 s",
                returned + " ms to return, " + closed + " ms to close all",
                closed / 2000.0,
                "< 1.0",
                closed < 2000);
        stop(sims);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
