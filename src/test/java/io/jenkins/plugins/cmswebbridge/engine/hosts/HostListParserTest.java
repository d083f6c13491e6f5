package io.jenkins.plugins.cmswebbridge.engine.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostListParserTest {

    private static List<String> displays(HostList list) {
        return list.getHosts().stream().map(HostAddress::display).toList();
    }

    @Test
    void oneHostPerLineWithCommentsAndBlankLines() {
        HostList list =
                HostListParser.parse("# production MMPs\nmmp1.example.com\n\n  mmp2.example.com:2222  # lab\n", 22);
        assertEquals(List.of("mmp1.example.com:22", "mmp2.example.com:2222"), displays(list));
        assertEquals(2, list.getHosts().get(0).getLine());
        assertEquals(4, list.getHosts().get(1).getLine());
    }

    @Test
    void commasAndSpacesSeparateEntries() {
        HostList list = HostListParser.parse("10.0.0.1, 10.0.0.2 10.0.0.3,10.0.0.4\r\n10.0.0.5", 22);
        assertEquals(5, list.getHosts().size());
        assertEquals("10.0.0.5", list.getHosts().get(4).getHost());
        assertEquals(2, list.getHosts().get(4).getLine());
    }

    @Test
    void ipv6InBracketsWithAndWithoutPort() {
        HostList list = HostListParser.parse("[2001:db8::10]\n[2001:db8::11]:2022\n[::1]\n[::ffff:192.0.2.1]", 22);
        assertEquals(
                List.of("[2001:db8::10]:22", "[2001:db8::11]:2022", "[::1]:22", "[::ffff:192.0.2.1]:22"),
                displays(list));
        assertEquals("2001:db8::10", list.getHosts().get(0).getHost());
        assertEquals("[2001:db8::11]:2022", list.getHosts().get(1).knownHostsName());
    }

    @Test
    void defaultPortAppliesToEntriesWithoutOne() {
        HostList list = HostListParser.parse("a.example\nb.example:22", 2200);
        assertEquals(2200, list.getHosts().get(0).getPort());
        assertEquals(22, list.getHosts().get(1).getPort());
    }

    @Test
    void duplicatesAreReportedAndRestartedOnce() {
        HostList list = HostListParser.parse("mmp1.example.com\nMMP1.example.com:22\nmmp1.example.com:2222", 22);
        assertEquals(List.of("mmp1.example.com:22", "mmp1.example.com:2222"), displays(list));
        assertEquals(1, list.getDuplicates().size());
        assertTrue(
                list.getDuplicates().get(0).english().startsWith("line 2: MMP1.example.com:22 repeats line 1"),
                list.getDuplicates().get(0).english());
    }

    @Test
    void oneMmpWrittenSeveralWaysIsOneHostRestartedAsFirstWritten() {
        for (String[] spellings : new String[][] {
            {"127.0.0.7:2222", "[::ffff:127.0.0.7]:2222", "[::ffff:7f00:7]:2222"},
            {"cms1.example.com", "CMS1.example.com."},
            {"[2001:db8::5]", "[2001:db8:0:0::5]:22", "[2001:DB8:0000::0:5]"},
        }) {
            HostList list = HostListParser.parse(String.join("\n", spellings), 22);
            assertEquals(1, list.getHosts().size(), String.join(" ", spellings));
            assertEquals(1, list.getHosts().get(0).getLine());
            assertEquals(spellings.length - 1, list.getDuplicates().size());
            String first = list.getHosts().get(0).display();
            for (ValueProblem warning : list.getDuplicates()) {
                assertTrue(
                        warning.english()
                                .contains(" repeats line 1 (" + first + ", the same MMP written another way);"
                                        + " it is restarted once, as " + first),
                        warning.english());
            }
        }
        assertEquals(
                "line 2: [::ffff:7f00:7]:2222 repeats line 1 (127.0.0.7:2222, the same MMP written another way); it"
                        + " is restarted once, as 127.0.0.7:2222",
                HostListParser.parse("127.0.0.7:2222\n[::ffff:7f00:7]:2222", 22)
                        .getDuplicates()
                        .get(0)
                        .english());
    }

    @Test
    void differentMmpsStayDifferentAndNothingIsResolved() {
        HostList list = HostListParser.parse(
                "127.0.0.7:2222 127.0.0.7 [::ffff:127.0.0.8]:2222 [2001:db8::5] [2001:db8::6] localhost 127.0.0.1 [::1]",
                22);
        assertEquals(8, list.getHosts().size());
        assertTrue(list.getDuplicates().isEmpty());
    }

    @Test
    void emptyListIsAnError() {
        HostListException e =
                assertThrows(HostListException.class, () -> HostListParser.parse(" \n# only a comment\n", 22));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertThrows(HostListException.class, () -> HostListParser.parse(null, 22));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mmp1;reboot            | shell metacharacter ';'",
                "mmp1&x                 | shell metacharacter '&'",
                "$(id)                  | shell metacharacter '$'",
                "`id`                   | shell metacharacter '`'",
                "mmp1.example.com:0     | port 0, outside 1 to 65535",
                "mmp1.example.com:65536 | port 65536, outside 1 to 65535",
                "mmp1.example.com:ssh   | port 'ssh', which is not a number",
                "mmp1.example.com:      | empty port",
                ":22                    | no host name",
                "mmp_1.example.com      | character '_'",
                "-mmp.example.com       | starts or ends with '-'",
                "mmp..example.com       | empty part between dots",
                "256.1.1.1              | not a valid IPv4 address",
                "10.1.1                 | not an IPv4 address of four numbers",
                "2001:db8::1            | write it in brackets",
                "[2001:db8::1           | without a closing ']'",
                "[2001:db8::1]x         | not ':port'",
                "[2001:db8:::1]         | not a valid IPv6 address",
                "[fe80::1%eth0]         | zone",
                "[12345::1]             | not 1 to 4 hex digits",
                "[]                     | empty brackets",
            })
    void badEntriesNameTheirLineAndProblem(String entry, String expected) {
        HostListException e = assertThrows(
                HostListException.class, () -> HostListParser.parse("good.example.com\n\n" + entry.trim() + "\n", 22));
        assertEquals(1, e.getProblems().size(), e.getMessage());
        HostListException.Problem p = e.getProblems().get(0);
        assertEquals(3, p.line());
        assertEquals(entry.trim(), p.entry());
        assertTrue(p.reason().contains(expected.trim()), p.reason());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void anUnbracketedIpv6AddressIsNotEchoedInFull() {
        String huge = "1:2:" + "3".repeat(200_000);
        HostListException e = assertThrows(HostListException.class, () -> HostListParser.parse(huge, 22));
        assertTrue(
                e.getMessage().contains("write it in brackets"), e.getMessage().substring(0, 200));
        assertTrue(e.getMessage().length() < 600, "message of " + e.getMessage().length() + " characters");
    }

    @Test
    void overLongNamesAreRefused() {
        String label = "a".repeat(64);
        HostListException e =
                assertThrows(HostListException.class, () -> HostListParser.parse(label + ".example.com", 22));
        assertTrue(e.getMessage().contains("at most 63"), e.getMessage());
        String name = ("abcdefghi.").repeat(26) + "com";
        e = assertThrows(HostListException.class, () -> HostListParser.parse(name, 22));
        assertTrue(e.getMessage().contains("at most 253"), e.getMessage());
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        HostListException e = assertThrows(
                HostListException.class, () -> HostListParser.parse("ok.example\nbad;one\nok2.example:99999\n", 22));
        assertEquals(
                List.of(2, 3),
                e.getProblems().stream().map(HostListException.Problem::line).toList());
    }

    @Test
    void nonAsciiAndControlCharactersAreRefused() {
        HostListException e =
                assertThrows(HostListException.class, () -> HostListParser.parse("mmp\u00e9.example", 22));
        assertTrue(e.getMessage().contains("U+00E9"), e.getMessage());
    }

    @Test
    void badDefaultPortIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostListParser.parse("a", 0));
        assertTrue(e.getMessage().contains("default port"), e.getMessage());
    }

    @Test
    void tooManyHostsIsRefused() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= HostListParser.MAX_HOSTS; i++) {
            sb.append("h").append(i).append(".example\n");
        }
        HostListException e = assertThrows(HostListException.class, () -> HostListParser.parse(sb.toString(), 22));
        assertTrue(e.getMessage().contains("at most " + HostListParser.MAX_HOSTS), e.getMessage());
    }

    @Test
    void manyBadEntriesGiveABoundedMessageWithTheCountOfTheRest() {
        String bad = "bad;x\n".repeat(32_000) + "x".repeat(1_000_000) + ":22;\n";
        HostListException e = assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30),
                () -> assertThrows(HostListException.class, () -> HostListParser.parse(bad, 22)));
        assertEquals(32_001, e.getProblems().size());
        String message = e.getMessage();
        assertTrue(message.length() < 4_000, "message of " + message.length() + " characters");
        assertTrue(message.endsWith("; and " + (32_001 - HostListException.MAX_LISTED) + " more"), message);
        String summary = HostListException.summary(List.of(
                new HostListException.Problem(3, "y".repeat(1_000_000), ValueProblem.of(ProblemCode.HOST_EMPTY_PART))));
        assertEquals("line 3: '" + "y".repeat(80) + "...' has an empty part between dots", summary);
        HostListException escaped =
                assertThrows(HostListException.class, () -> HostListParser.parse("mmp\u001b[31m;1", 22));
        assertFalse(escaped.getMessage().contains("\u001b"), "control characters are not repeated");
    }
}
