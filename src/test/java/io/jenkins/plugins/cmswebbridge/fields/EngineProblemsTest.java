package io.jenkins.plugins.cmswebbridge.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.CustomCa;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.fleet.SerializationTest;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListException;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.io.UserFiles;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.forms.SshCredentialsSnapshot;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.run.RemoteSessionScan;
import io.jenkins.plugins.cmswebbridge.run.RestartRun;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.localizer.LocaleProvider;

/** The engine's validation problems in the glue's messages: every code in English and French, and French text. */
class EngineProblemsTest {

    private static Properties messages(String file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            props.load(in);
        }
        return props;
    }

    /** The kind of each argument of a pattern ({@code null} for plain text), by argument index. */
    private static List<String> argumentKinds(String pattern) {
        List<String> kinds = new ArrayList<>();
        for (Format f : new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex()) {
            kinds.add(f == null ? "text" : f.getClass().getSimpleName());
        }
        return kinds;
    }

    @Test
    void everyCodeHasItsMessageInEnglishAndFrenchWithTheSameArguments() throws IOException {
        Properties english = messages("Messages.properties");
        Properties french = messages("Messages_fr.properties");
        List<String> wrong = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            String key = EngineProblems.key(code);
            String en = english.getProperty(key);
            String fr = french.getProperty(key);
            if (!code.english().equals(en)) {
                wrong.add(key + ": English message " + en + " is not the engine's " + code.english());
            }
            if (fr == null) {
                wrong.add(key + ": no French message");
            } else if (!argumentKinds(fr).equals(argumentKinds(code.english()))) {
                wrong.add(
                        key + ": French arguments " + argumentKinds(fr) + ", English " + argumentKinds(code.english()));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void keysAreUniqueAndEnglishIsTheEnginesText() {
        assertEquals(
                ProblemCode.values().length,
                java.util.Arrays.stream(ProblemCode.values())
                        .map(ProblemCode::key)
                        .distinct()
                        .count());
        HostListException e =
                assertThrows(HostListException.class, () -> HostListParser.parse("ok\nbad;one\nok2:99999", 22));
        assertEquals(e.getProblem().english(), EngineProblems.text(e.getProblem(), Locale.ENGLISH));
        assertEquals(e.getProblem().english(), EngineProblems.text(e), "the JVM's locale in tests is English");
        assertEquals(
                "line 2: 'bad;one' contains the shell metacharacter ';'; line 3: 'ok2:99999' has the port 99999,"
                        + " outside 1 to 65535",
                Fields.hosts("ok\nbad;one\nok2:99999", 22).problem());
    }

    @Test
    void aHostListInFrench() {
        HostListException e = assertThrows(
                HostListException.class,
                () -> HostListParser.parse("ok.example\n\nmmp1.example:0\n" + "x;\n".repeat(21), 22));
        String text = EngineProblems.text(e.getProblem(), Locale.FRENCH);
        assertTrue(
                text.startsWith(
                        "ligne 3 : \u00ab mmp1.example:0 \u00bb a le port 0, hors de l'intervalle 1 \u00e0 65535 ; "
                                + "ligne 4 : \u00ab x; \u00bb contient le m\u00e9tacaract\u00e8re du shell \u00ab ; \u00bb ; "),
                text);
        assertTrue(text.endsWith(" ; et 2 autres"), text);
        assertEquals(
                "a le port 0, hors de l'intervalle 1 \u00e0 65535",
                Messages._Problem_Host_PortRange(0).toString(Locale.FRENCH),
                "the same message as the localizer gives it");
        assertEquals(
                "la liste d'h\u00f4tes compte 1001 h\u00f4tes ; 1000 au plus sont permis",
                EngineProblems.text(ValueProblem.of(ProblemCode.HOST_TOO_MANY, 1001, 1000), Locale.FRENCH));
    }

    @Test
    void knownHostsAndManualKeysInFrench() {
        InvalidValueException known = assertInstanceOf(
                InvalidValueException.class,
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new KnownHostsStrategy("@cert-authority *.example ssh-rsa AAAA\nmmp2 ssh-rsa\n")
                                .createVerifier()));
        assertEquals(
                "knownHosts: known hosts (the job configuration): line 1 uses @cert-authority: host certificates are"
                        + " not supported; give each MMP's own key; line 2 is not a known_hosts entry: expected"
                        + " 'host key-type base64-key'",
                EngineProblems.text(known));
        assertEquals(
                "knownHosts : known hosts (la configuration du job) : la ligne 1 utilise @cert-authority : les"
                        + " certificats d'h\u00f4te ne sont pas pris en charge ; indiquez la cl\u00e9 de chaque MMP ;"
                        + " la ligne 2 n'est pas une entr\u00e9e known_hosts : attendu \u00ab h\u00f4te type-de-cl\u00e9"
                        + " cl\u00e9-en-base64 \u00bb",
                EngineProblems.text(known.getProblem(), Locale.FRENCH));
        InvalidValueException manual = assertThrows(
                InvalidValueException.class, () -> new ManualKeysStrategy("mmp1\nmmp2 ssh-rsa !!!").createVerifier());
        assertEquals(
                "keys : cl\u00e9s d'h\u00f4te fournies manuellement : la ligne 1 a un h\u00f4te mais pas de cl\u00e9 ;"
                        + " la ligne 2 a une cl\u00e9 qui n'est pas du base64 valide",
                EngineProblems.text(manual.getProblem(), Locale.FRENCH));
    }

    @Test
    void apiAddressesTheCustomCaAndTheLogsInFrench() {
        InvalidValueException apis = assertThrows(
                InvalidValueException.class,
                () -> ActiveCallsSettings.parseApis("https://cms1.example.com:445\nhttp://cms2.example.com\n"
                        + "https://admin:secret@cms3.example.com"));
        assertEquals(
                "line 2: 'http://cms2.example.com' must use https: the API password is sent with every request; line 3:"
                        + " has a user name or password in it (an '@'), which is not repeated here; write"
                        + " https://host[:port] and choose credentials instead",
                Fields.apis(
                                "https://cms1.example.com:445\nhttp://cms2.example.com\nhttps://admin:secret@cms3.example.com")
                        .problem());
        String french = EngineProblems.text(apis.getProblem(), Locale.FRENCH);
        assertEquals(
                "ligne 2 : \u00ab http://cms2.example.com \u00bb doit utiliser https : le mot de passe de l'API est envoy\u00e9"
                        + " avec chaque requ\u00eate ; ligne 3 : contient un nom d'utilisateur ou un mot de passe (un"
                        + " \u00ab @ \u00bb), qui n'est pas r\u00e9p\u00e9t\u00e9 ici ; \u00e9crivez https://h\u00f4te[:port] et"
                        + " choisissez plut\u00f4t des identifiants",
                french);
        assertFalse(french.contains("secret"), french);
        assertEquals(
                "contient une cl\u00e9 priv\u00e9e ; collez seulement le certificat de l'autorit\u00e9, et remplacez cette"
                        + " cl\u00e9",
                EngineProblems.text(
                        assertThrows(InvalidValueException.class, () -> CustomCa.parse("-----BEGIN PRIVATE KEY-----"))
                                .getProblem(),
                        Locale.FRENCH));
        assertEquals(
                "'../x' leaves the workspace with '..'",
                Fields.logs("logs/*, ../x").problem());
        assertEquals(
                "\u00ab ../x \u00bb sort de l'espace de travail par \u00ab .. \u00bb",
                EngineProblems.text(SessionLeakSettings.patternProblem("logs/*, ../x"), Locale.FRENCH));
        assertEquals(
                "d\u00e9signe un r\u00e9pertoire ; indiquez un fichier",
                EngineProblems.text(MmpLogSettings.pathProblem("logs/"), Locale.FRENCH));
        assertEquals(
                "\u00ab callbridge \u00bb n'est pas un service web bridge ; utilisez \u00ab webbridge \u00bb ou"
                        + " \u00ab webbridge3 \u00bb",
                EngineProblems.text(
                        assertThrows(InvalidValueException.class, () -> WebBridgeService.fromCommand("callbridge"))
                                .getProblem(),
                        Locale.FRENCH));
    }

    /** The problem of a known hosts file that cannot be used, as the controller gets it from the node. */
    private static ValueProblem prepareFails(Path file) throws Exception {
        ProblemIOException e =
                assertThrows(ProblemIOException.class, () -> new KnownHostsFileVerifier(file.toString()).prepare());
        return SerializationTest.roundTrip(e).getProblem();
    }

    @Test
    void aKnownHostsFileMissingOnTheNodeFailsTheBuildInFrench(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("no_known_hosts").toString();
        NodeRun nodeRun = new NodeRun(
                List.of(new HostAddress("mmp1.example.com", 22)),
                RestartSettings.builder().build(),
                SshCredentials.password("admin", "secret".toCharArray()),
                new KnownHostsFileVerifier(missing));
        NodeRun.SetupException thrown = assertThrows(
                NodeRun.SetupException.class,
                () -> nodeRun.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        NodeRun.SetupException e = SerializationTest.roundTrip(thrown);
        String english = "known hosts file " + missing + " does not exist on this node; add the MMPs' keys with"
                + " 'ssh-keyscan -t rsa <host> >> " + missing + "' as the user the node runs as, or choose another"
                + " host key verification";
        assertEquals(english, e.getMessage(), "logs stay English");
        assertEquals(
                "hostKeyVerification: " + english + "; nothing was restarted",
                RestartRun.setupFailed(e),
                "the JVM's locale in tests is English");
        assertEquals(
                "hostKeyVerification : le fichier known hosts " + missing + " n'existe pas sur ce n\u0153ud ;"
                        + " ajoutez-y les cl\u00e9s des MMP avec \u00ab ssh-keyscan -t rsa <h\u00f4te> >> " + missing
                        + " \u00bb, lanc\u00e9 par l'utilisateur du n\u0153ud, ou choisissez une autre v\u00e9rification"
                        + " des cl\u00e9s d'h\u00f4te ; rien n'a \u00e9t\u00e9 red\u00e9marr\u00e9",
                RestartRun.setupFailed(e, Locale.FRENCH));
    }

    @Test
    void aKnownHostsFileThatCannotBeUsedInFrench(@TempDir Path dir) throws Exception {
        assertEquals(
                "le fichier known hosts " + dir + " n'est pas un fichier ordinaire (un r\u00e9pertoire, un"
                        + " p\u00e9riph\u00e9rique ou un tube n'est pas lu)",
                EngineProblems.text(prepareFails(dir), Locale.FRENCH));
        Path big = dir.resolve("known_hosts");
        Files.write(big, new byte[UserFiles.SMALL_TEXT_LIMIT + 1]);
        assertEquals(
                "le fichier known hosts " + big + " d\u00e9passe 1024 Kio ; il n'est pas lu",
                EngineProblems.text(prepareFails(big), Locale.FRENCH));
        Files.writeString(big, "mmp1 ssh-rsa\n");
        assertEquals(
                "known hosts (" + big + ") : la ligne 1 n'est pas une entr\u00e9e known_hosts : attendu \u00ab"
                        + " h\u00f4te type-de-cl\u00e9 cl\u00e9-en-base64 \u00bb",
                EngineProblems.text(prepareFails(big), Locale.FRENCH));
    }

    @Test
    void logsThatDoNotAllowAJudgementInFrench(@TempDir Path workspace) throws Exception {
        SessionLeakSettings leak = new SessionLeakSettings(workspace.toString(), "cms-logs/*", 1, null);
        ProblemIOException none = assertThrows(ProblemIOException.class, () -> leak.evaluate(Clock.systemUTC()));
        assertEquals(
                "aucun fichier de l'espace de travail ne correspond \u00e0 \u00ab cms-logs/* \u00bb",
                EngineProblems.text(none.getProblem(), Locale.FRENCH));
        Files.createDirectories(workspace.resolve("cms-logs"));
        Files.writeString(
                workspace.resolve("cms-logs/syslog"), "Jun  8 10:00:00 user.info cb1 host:server: INFO : hello\n");
        ProblemIOException noStats = assertThrows(ProblemIOException.class, () -> leak.evaluate(Clock.systemUTC()));
        assertEquals(
                "no web bridge '[DEBUGGING] Stats' line in the 1 file matching 'cms-logs/*' (1 line read); the"
                        + " leak cannot be judged, so nothing was restarted",
                noStats.getMessage());
        assertEquals(
                "aucune ligne \u00ab [DEBUGGING] Stats \u00bb de web bridge dans le fichier correspondant"
                        + " \u00e0 \u00ab cms-logs/* \u00bb (1 ligne lue) ; la fuite de sessions ne peut pas"
                        + " \u00eatre \u00e9valu\u00e9e",
                EngineProblems.text(SerializationTest.roundTrip(noStats).getProblem(), Locale.FRENCH));
        RemoteSessionScan.LogsProblem scan = assertThrows(
                RemoteSessionScan.LogsProblem.class,
                () -> new RemoteSessionScan(workspace.toString(), "logs/**/syslog*").call());
        assertEquals(
                "logs : aucun fichier de l'espace de travail ne correspond \u00e0 \u00ab logs/**/syslog* \u00bb",
                EngineProblems.text(
                        SerializationTest.roundTrip(scan).getProblem().inField("logs"), Locale.FRENCH));
    }

    @Test
    void aLibraryMessageStaysAsItIsOnOneLine() {
        ValueProblem problem = ProblemIOException.problemOf(new IOException("Permission denied\nsecond line"));
        assertEquals("Permission denied | second line", problem.english());
        assertEquals("Permission denied | second line", EngineProblems.text(problem, Locale.FRENCH));
        assertEquals(
                "TLS ne peut pas \u00eatre configur\u00e9 sur ce n\u0153ud : no such algorithm",
                EngineProblems.text(ValueProblem.of(ProblemCode.ACTIVE_CALLS_TLS, "no such algorithm"), Locale.FRENCH));
        assertEquals("plain", EngineProblems.text(new IOException("plain")));
    }

    @Test
    void duplicateHostsInFrench() {
        HostList list =
                HostListParser.parse("mmp1.example.com\nMMP1.example.com:22\n" + "mmp2.example.com\n".repeat(22), 22);
        ValueProblem warning = ValueProblem.several(list.getDuplicates());
        String english = EngineProblems.text(warning);
        assertTrue(
                english.startsWith("line 2: MMP1.example.com:22 repeats line 1 (mmp1.example.com:22, the same MMP"
                        + " written another way); it is restarted once, as mmp1.example.com:22; line 4:"
                        + " mmp2.example.com:22 repeats line 3; it is restarted once; "),
                english);
        assertTrue(
                english.endsWith("; line 22: mmp2.example.com:22 repeats line 3; it is restarted once; and 2 more"),
                english);
        String french = EngineProblems.text(warning, Locale.FRENCH);
        assertTrue(
                french.startsWith(
                        "ligne 2 : MMP1.example.com:22 r\u00e9p\u00e8te la ligne 1 (mmp1.example.com:22, le m\u00eame MMP"
                                + " \u00e9crit autrement) ; il n'est red\u00e9marr\u00e9 qu'une fois, en tant que"
                                + " mmp1.example.com:22 ; ligne 4 : mmp2.example.com:22 r\u00e9p\u00e8te la ligne 3 ;"),
                french);
        assertTrue(french.endsWith(" ; et 2 autres"), french);
    }

    @Test
    void countsAreWrittenInTheSingularForOneAndThePluralOtherwise() {
        assertEquals("1 host", Messages.Form_HostsCount(1));
        assertEquals("5 hosts", Messages.Form_HostsCount(5));
        assertEquals(
                "Running 'webbridge restart' on 1 MMP, 1 at a time; host keys: k",
                Messages.Run_Starting("Running 'webbridge restart'", 1, 1, "k"));
        assertEquals(
                "Running 'webbridge restart' on 5 MMPs, 2 at a time; host keys: k",
                Messages.Run_Starting("Running 'webbridge restart'", 5, 2, "k"));
        assertEquals("1 h\u00f4te", inFrench(() -> Messages.Form_HostsCount(1)));
        assertEquals("2 h\u00f4tes", inFrench(() -> Messages.Form_HostsCount(2)));
        assertEquals("2 of 3 lines", "2 of " + Text.count(3, "line", "lines"));
        assertEquals("1 line", Text.count(1, "line", "lines"));
        assertEquals("0 lines", Text.count(0, "line", "lines"));
    }

    /** What a form check in French sees: the request's locale, here for this thread only. */
    private static <T> T inFrench(Supplier<T> check) {
        LocaleProvider before = LocaleProvider.getProvider();
        Thread thread = Thread.currentThread();
        LocaleProvider.setProvider(new LocaleProvider() {
            @Override
            public Locale get() {
                return Thread.currentThread() == thread ? Locale.FRENCH : before.get();
            }
        });
        try {
            return check.get();
        } finally {
            LocaleProvider.setProvider(before);
        }
    }

    @Test
    void theTailOfAListInFrench() {
        HostList run = HostListParser.parse("mmp1.example.com", 22);
        StringBuilder only = new StringBuilder("mmp1.example.com");
        for (int i = 2; i <= 23; i++) {
            only.append("\nmmp").append(i).append(".example.com");
        }
        String english = Fields.only(only.toString(), run, 22).problem();
        assertTrue(
                english.startsWith("22 hosts not in the run's host list: mmp2.example.com:22; mmp3.example.com:22; "),
                english);
        assertTrue(english.endsWith("; mmp21.example.com:22; and 2 more"), english);
        String french = inFrench(() -> Fields.only(only.toString(), run, 22).problem());
        assertTrue(
                french.startsWith("22 h\u00f4tes absents de la liste d'h\u00f4tes de l'ex\u00e9cution :"
                        + " mmp2.example.com:22 ; mmp3.example.com:22 ; "),
                french);
        assertTrue(french.endsWith(" ; mmp21.example.com:22 ; et 2 autres"), french);
        assertEquals("a", EngineProblems.list(List.of("a")), "a list of one is the value alone");
        assertEquals("a; b", EngineProblems.list(List.of("a", "b")));
    }

    @Test
    void keysThatCannotBeUsedNameTheFieldTheCredentialsAndEachKeyInTheUsersLanguage() {
        char[] publicKey =
                TestKeys.openSshPublicKey(TestKeys.rsa(80).getPublic()).toCharArray();
        char[] encrypted =
                TestKeys.encryptedPkcs1Pem(TestKeys.rsa(81), "secret").toCharArray();
        IllegalArgumentException english = assertThrows(
                IllegalArgumentException.class,
                () -> SshCredentialsSnapshot.privateKeys(
                        "mmp-key", "admin", List.of(publicKey.clone(), encrypted.clone()), null));
        assertEquals(
                "credentialsId: the credentials with ID 'mmp-key' cannot be used: private key 1 of 2 is a public key:"
                        + " paste the private key (the key file without .pub) instead; private key 2 of 2 is encrypted"
                        + " and the credentials have no passphrase: add the key's passphrase to the credentials; nothing"
                        + " was done",
                english.getMessage());
        IllegalArgumentException french = inFrench(() -> assertThrows(
                IllegalArgumentException.class,
                () -> SshCredentialsSnapshot.privateKeys("mmp-key", "admin", List.of(publicKey.clone()), null)));
        assertEquals(
                "credentialsId : les identifiants d'ID 'mmp-key' ne peuvent pas servir : la cl\u00e9 priv\u00e9e 1 sur"
                        + " 1 est une cl\u00e9 publique : collez plut\u00f4t la cl\u00e9 priv\u00e9e (le fichier de la"
                        + " cl\u00e9 sans .pub) ; rien n'a \u00e9t\u00e9 fait",
                french.getMessage());
        char[] given = encrypted.clone();
        char[] passphrase = "secret".toCharArray();
        SshCredentialsSnapshot.privateKeys("mmp-key", "admin", List.of(given), passphrase)
                .destroy();
        assertTrue(
                new String(given).chars().allMatch(c -> c == 0)
                        && new String(passphrase).chars().allMatch(c -> c == 0),
                "the arrays given are wiped");
    }

    @Test
    void aMessageThatIsNotAProblemIsShownAsItIs() {
        assertEquals("plain", EngineProblems.text(new IllegalArgumentException("plain")));
    }
}
