package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.util.Random;

/**
 * Syslog lines for comparing the hand-written readers with {@link RegexReference}: each part of a line is picked from
 * good shapes and near misses (a digit too many, a missing separator, a date that does not exist), and now and then
 * one character is changed, added or removed. Seeded: the same lines on every run. No line separator inside a line
 * (the one intended difference).
 */
final class SyntaxFuzz {

    // each part: good shapes first, then near misses
    private static final String[][] PRI = {{"", "<14>", "<191>"}, {"<1234>", "<>", "<1"}};
    private static final String[][] VERSION = {{"", "1 "}, {"2 ", "1"}};
    private static final String[][] MONTH = {{"Jun", "Dec", "Feb", "Nov"}, {"jun", "Foo", "Ju", "JUN"}};
    private static final String[][] DAY_SPACES = {{" ", "  "}, {"   ", ""}};
    private static final String[][] DAY = {{"8", "08", "31", "29", "30", "1"}, {"123", ""}};
    private static final String[][] CLOCK = {
        {"14:53:18", "00:00:00", "23:59:59", "14:53:18.5", "14:53:18.123456789"},
        {"25:00:00", "14:60:00", "1:00:00", "14:53:18.1234567890", "14:53:18.", "14:53", "14:53:18,5"}
    };
    private static final String[][] DATE = {
        {"2020-06-08", "2024-02-29", "0000-01-01", "2021-02-29"},
        {"2020-13-01", "2020-02-30", "20-06-08", "2020-6-08"}
    };
    private static final String[][] DATE_SEPARATOR = {{"T", " "}, {"t", "", "  "}};
    private static final String[][] ZONE = {
        {"", "Z", "+02:00", "+0200", "-05:30", "-00:00", "+18:00"},
        {"+19:00", "+02:60", "+02:0", "+2:00", "z", "+020000"}
    };
    private static final String[][] GAP = {{" ", "  ", "\t", " \t ", "\u000b"}, {""}};
    private static final String[][] FACILITY = {
        {"", "user.info", "local0.err", "local0.error", "user.warning", "mail.debug", "daemon.warn", "kern.emerg"},
        {"User.info", "user12.info", "0.info", "user.infox", "user.", ".info", "user.info.info"}
    };
    private static final String[][] HOST = {
        {"cms1", "cmsé", "h.example.com", "user.info", "[::1]", "cms-wb1", "a"}, {"cms\"1", "\"cms1\"", ""}
    };
    private static final String[] MESSAGE = {
        "\"webbridge\": INFO : [DEBUGGING] Stats 149, c:3477, d:3170",
        "[DEBUGGING] Stats 5, c:1, d:1",
        "[DEBUGGING] Stats 9999999999, c:1, d:1",
        "[DEBUGGING] Stats 99999999999, c:1, d:1",
        "[DEBUGGING] Stats 1, c:99999999999999999999, d:1",
        "[DEBUGGING] Stats 1, c:9999999999999999999, d:1",
        "[DEBUGGING] Stats 1, c:1, d:9223372036854775807",
        "[DEBUGGING] Stats many, c:1, d:1",
        "[DEBUGGING] Stats149, c:1, d:1",
        "[DEBUGGING] Stats \t 5 ,c: 1 , d:1",
        "[DEBUGGING] Stats 5, c:1, d:1x",
        "[DEBUGGING] Stats 5, c:1, d:1_",
        "[DEBUGGING] Stats 5, c:1, d:1.",
        "[DEBUGGING] Stats 5, c:1, d:",
        "[DEBUGGING] Stats 5 c:1 d:1",
        "[DEBUGGING] Stats x [DEBUGGING] Stats 7, c:2, d:3",
        "INFO : STATS: {\"callLegsPS\": 1, \"CMA\": \"14/17\", \"sip\": 2}",
        "STATS: {\"CMA\" : \" 1/2\"}",
        "STATS: {\"CMA\": \"1 / 2\"}",
        "STATS: {\"CMA\":\"x/2\"}",
        "STATS: {\"CMA\": \"1/2}",
        "STATS: {\"CMA\": \"1/\", \"CMA\": \"3/4\"}",
        "STATS: {\"CMA\": \"12345678901/2\"}",
        "STATS: {\"CMA\": \"3000000000/2\"}",
        "STATS: {\"callLegs\": \"1/2\"}",
        "ordinary line",
        "",
        "Stats 5, c:1, d:1",
        "é ü \u0007 \u001b[2J"
    };
    private static final String NOISE = " \t:.-+Z0123456789\"/<>,cdSTAMé";

    private final Random random;

    SyntaxFuzz(long seed) {
        random = new Random(seed);
    }

    String line() {
        StringBuilder b = new StringBuilder();
        b.append(pick(PRI)).append(pick(VERSION));
        if (random.nextBoolean()) {
            b.append(pick(MONTH)).append(pick(DAY_SPACES)).append(pick(DAY)).append(random.nextInt(20) == 0 ? "" : " ");
            b.append(pick(CLOCK));
        } else {
            b.append(pick(DATE))
                    .append(pick(DATE_SEPARATOR))
                    .append(pick(CLOCK))
                    .append(pick(ZONE));
        }
        b.append(pick(GAP));
        String facility = pick(FACILITY);
        if (!facility.isEmpty()) {
            b.append(facility).append(pick(GAP));
        }
        b.append(pick(HOST)).append(pick(GAP));
        int parts = 1 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            b.append(i > 0 ? pick(GAP) : "").append(pick(MESSAGE));
        }
        if (random.nextInt(4) == 0) {
            mutate(b);
        }
        return b.toString();
    }

    private void mutate(StringBuilder b) {
        int at = random.nextInt(b.length() + 1);
        char c = NOISE.charAt(random.nextInt(NOISE.length()));
        switch (random.nextInt(3)) {
            case 0 -> b.insert(at, c);
            case 1 -> {
                if (at < b.length()) {
                    b.deleteCharAt(at);
                }
            }
            default -> {
                if (at < b.length()) {
                    b.setCharAt(at, c);
                }
            }
        }
    }

    /** Mostly a good shape, now and then a near miss. */
    private String pick(String[][] goodAndBad) {
        return pick(goodAndBad[random.nextInt(10) == 0 ? 1 : 0]);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
