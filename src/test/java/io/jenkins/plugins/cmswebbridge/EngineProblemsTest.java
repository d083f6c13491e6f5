package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.HostListException;
import io.jenkins.plugins.cmswebbridge.engine.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.SftpSyslogSettings;
import io.jenkins.plugins.cmswebbridge.engine.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.CustomCa;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The engine's validation problems in the glue's messages: every code in English and French, and French text. */
class EngineProblemsTest {

    private static Properties messages(String file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = EngineProblemsTest.class.getResourceAsStream(file)) {
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
                EngineProblems.text(SftpSyslogSettings.pathProblem("logs/"), Locale.FRENCH));
        assertEquals(
                "\u00ab callbridge \u00bb n'est pas un service web bridge ; utilisez \u00ab webbridge \u00bb ou"
                        + " \u00ab webbridge3 \u00bb",
                EngineProblems.text(
                        assertThrows(InvalidValueException.class, () -> WebBridgeService.fromCommand("callbridge"))
                                .getProblem(),
                        Locale.FRENCH));
    }

    @Test
    void aMessageThatIsNotAProblemIsShownAsItIs() {
        assertEquals("plain", EngineProblems.text(new IllegalArgumentException("plain")));
    }
}
