package io.jenkins.plugins.cmswebbridge.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * CMS syslog content for tests of the session-leak condition: statistics lines as the web bridge and the call bridge
 * write them (the shapes of Cisco's note on CSCvt73723), and the forms an MMP serves them in: plain, gzip, and a
 * log bundle (a gzip-compressed tar).
 */
public final class SyslogFixtures {

    private SyslogFixtures() {}

    /** A web bridge statistics line: {@code active} sessions on {@code host}. */
    public static String webBridge(String time, String host, int active) {
        return time + " user.info " + host + " \"webbridge\": INFO : [DEBUGGING] Stats " + active + ", c:100, d:50";
    }

    /** A call bridge statistics line: {@code active}/{@code peak} CMA sessions on {@code host}. */
    public static String callBridge(String time, String host, int active, int peak) {
        return time + " user.info " + host + " host:server: INFO : STATS: {\"callLegsPS\": 1, \"callLegs\": \"3/4\","
                + " \"CMA\": \"" + active + "/" + peak + "\", \"sip\": {\"x\": 1}}";
    }

    /** An ordinary line without statistics. */
    public static String other(String time, String host) {
        return time + " user.info " + host + " host:server: INFO : cli: User admin from IP 10.0.0.9 issued command"
                + " 'webbridge'";
    }

    /** The lines, each ended by a line feed, in UTF-8. */
    public static byte[] text(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A gzip-compressed tar (ustar) of these files, in this order, as the MMP's {@code logbundle.tar.gz}. */
    public static byte[] tarGz(Map<String, byte[]> files) {
        return gzip(tar(files));
    }

    /** A tar (ustar) of these files, in this order, with its end mark. */
    public static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            byte[] content = file.getValue();
            tar.writeBytes(tarHeader(file.getKey(), content.length, '0'));
            tar.writeBytes(content);
            tar.writeBytes(new byte[(512 - content.length % 512) % 512]);
        }
        tar.writeBytes(new byte[1024]);
        return tar.toByteArray();
    }

    /**
     * A gzip-compressed tar whose first entry is a directory that claims {@code bytes} of content (zeros, which a
     * reader must skip) and whose second is a syslog with these lines; compressed as it is written, so that a huge
     * entry takes little memory.
     */
    public static byte[] tarGzWithAHugeDirectoryFirst(long bytes, String... syslog) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed, 1 << 16)) {
            out.write(tarHeader("var/", bytes, '5'));
            byte[] zeros = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            out.write(new byte[(int) ((512 - bytes % 512) % 512)]);
            out.write(tar(Map.of("var/syslog", text(syslog))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] tarHeader(String name, long size, char type) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, String.format("%011o", 1_591_627_998L));
        java.util.Arrays.fill(h, 148, 156, (byte) ' ');
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] header, int at, String value) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }

    /**
     * About {@code bytes} bytes of syslog: ordinary lines, with one web bridge and one call bridge line of each of
     * {@code servers} servers every 100 lines; the last lines of each server say {@code active} and
     * {@code active / 2} CMA sessions.
     */
    public static byte[] generated(long bytes, int servers, int active) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, bytes + 4096));
        int minute = 0;
        while (out.size() < bytes) {
            String time = String.format("Jun  8 %02d:%02d:00.000", 10 + minute / 60 % 10, minute % 60);
            for (int i = 0; i < 100; i++) {
                out.writeBytes(text(other(time, "cmsfe" + i % servers)));
            }
            for (int s = 0; s < servers; s++) {
                out.writeBytes(
                        text(webBridge(time, "cmsfe" + s, active), callBridge(time, "cmsfe" + s, active / 2, 9)));
            }
            minute++;
        }
        return out.toByteArray();
    }

    /**
     * The statistics lines of a web bridge that leaks: one reading an hour for {@code days} days up to
     * {@code newest} (ISO-8601 times), its leak growing from {@code leakAtStart} by {@code growthPerDay} sessions a
     * day, plus up to {@code peak} guests (a half sine from 08:00 to 18:00 UTC, highest at 13:00).
     */
    public static List<String> leaking(
            String host, Instant newest, int days, double leakAtStart, double growthPerDay, int peak) {
        List<String> lines = new ArrayList<>();
        int hours = days * 24;
        for (int h = hours; h >= 0; h--) {
            Instant t = newest.minus(Duration.ofHours(h));
            int hour = t.atOffset(ZoneOffset.UTC).getHour();
            double guests = hour < 8 || hour >= 18 ? 0 : peak * Math.sin(Math.PI * (hour - 8) / 10);
            double leak = leakAtStart + growthPerDay * (hours - h) / 24.0;
            lines.add(webBridge(t.toString(), host, (int) (leak + guests)));
        }
        return lines;
    }
}
