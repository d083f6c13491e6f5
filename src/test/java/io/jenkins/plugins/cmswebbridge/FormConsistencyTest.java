package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsFileStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The forms, help and translations agree with the code: every config.jelly field is a property the
 * class can read back and bind (constructor parameter or setter), has a help file, and the build step
 * and the pipeline step take the same parameters; every message and every jelly text exists in English
 * and French; every jelly and help file is well-formed XML.
 */
class FormConsistencyTest {

    private static final Path RESOURCES = locateResources();
    private static final Pattern FIELD = Pattern.compile("\\bfield=\"([A-Za-z0-9_]+)\"");
    private static final Pattern JELLY_TEXT = Pattern.compile("\\$\\{%([^}(]+)");

    private static Path locateResources() {
        return RepositoryRoot.resolve("src/main/resources");
    }

    private static Path dirOf(Class<?> c) {
        return RESOURCES.resolve(c.getName().replace('.', '/'));
    }

    private static Set<String> jellyFields(Class<?> c) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(Files.readString(dirOf(c).resolve("config.jelly")));
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private static Set<String> boundNames(Class<?> c) {
        Set<String> names = new TreeSet<>();
        for (Constructor<?> k : c.getConstructors()) {
            if (k.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter p : k.getParameters()) {
                    assertTrue(p.isNamePresent(), "compile with -parameters? " + c);
                    names.add(p.getName());
                }
            }
        }
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class) && m.getName().startsWith("set")) {
                names.add(Character.toLowerCase(m.getName().charAt(3))
                        + m.getName().substring(4));
            }
        }
        // as structs and Stapler do: fields annotated @DataBoundSetter, in the class and its superclasses
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(DataBoundSetter.class)) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }

    /** Sets an optional parameter the way structs and Stapler do: through its public @DataBoundSetter method. */
    private static void set(Object o, String name, Object value) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            for (Method m : o.getClass().getMethods()) {
                if (m.getName().equals(setter) && m.isAnnotationPresent(DataBoundSetter.class)) {
                    m.invoke(o, value);
                    return;
                }
            }
        } catch (ReflectiveOperationException e) {
            fail(e);
        }
        fail("no @DataBoundSetter for " + name + " in " + o.getClass());
    }

    private static boolean hasGetter(Class<?> c, String field) {
        String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return Arrays.stream(c.getMethods())
                .anyMatch(m -> m.getParameterCount() == 0
                        && Modifier.isPublic(m.getModifiers())
                        && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)));
    }

    @Test
    void everyFieldCanBeReadBackBoundAndHasHelp() throws IOException {
        List<Class<?>> classes = List.of(
                RestartCmsWebBridgesBuilder.class,
                KnownHostsFileStrategy.class,
                KnownHostsStrategy.class,
                ManualKeysStrategy.class,
                NonVerifyingStrategy.class,
                SessionLeakCondition.class,
                ActiveCallsCondition.class,
                SessionReportStep.class);
        List<String> problems = new ArrayList<>();
        for (Class<?> c : classes) {
            Set<String> bound = boundNames(c);
            Set<String> fields = jellyFields(c);
            for (String field : fields) {
                if (!hasGetter(c, field)) {
                    problems.add(c.getSimpleName() + "." + field + ": no getter");
                }
                if (!bound.contains(field)) {
                    problems.add(c.getSimpleName() + "." + field
                            + ": neither a @DataBoundConstructor parameter nor a @DataBoundSetter");
                }
                if (!Files.isRegularFile(dirOf(c).resolve("help-" + field + ".html"))) {
                    problems.add(c.getSimpleName() + "." + field + ": no help-" + field + ".html");
                }
            }
            if (!fields.containsAll(bound)) {
                problems.add(c.getSimpleName() + ": bound but not in the form: "
                        + bound.stream().filter(b -> !fields.contains(b)).toList());
            }
            if (!Files.isRegularFile(dirOf(c).resolve("help.html"))) {
                problems.add(c.getSimpleName() + ": no help.html");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The Pipeline Steps Reference shows each step's help.html: it must name every key the step returns. */
    @Test
    void pipelineStepHelpNamesEveryReturnedKey(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var report = io.jenkins.plugins.cmswebbridge.engine.report.RunReport.notStarted(
                io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings.builder()
                        .build(),
                "test",
                List.of(new io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress("mmp1", 22)),
                io.jenkins.plugins.cmswebbridge.engine.report.Outcome.NOT_NEEDED,
                "below the threshold",
                false,
                java.time.Instant.EPOCH,
                java.time.Instant.EPOCH,
                io.jenkins.plugins.cmswebbridge.engine.report.RunReport.Conditions.NONE);
        String restartHelp =
                Files.readString(dirOf(RestartCmsWebBridgesStep.class).resolve("help.html"));
        for (String key :
                ReportModel.hosts(report, ReportModel.Detail.SUMMARY).get(0).keySet()) {
            assertTrue(restartHelp.contains("<code>" + key + "</code>"), "restartCmsWebBridges help lacks " + key);
        }
        for (var outcome : io.jenkins.plugins.cmswebbridge.engine.report.Outcome.values()) {
            assertTrue(
                    restartHelp.contains("<code>" + outcome + "</code>"), "restartCmsWebBridges help lacks " + outcome);
        }

        Files.writeString(
                dir.resolve("syslog"),
                "2026-11-28T02:00:00Z fe1 \"webbridge\": INFO : [DEBUGGING] Stats 12, c:30, d:18\n"
                        + "2026-11-28T02:00:00Z cb1 host:server: INFO : STATS: {\"callLegs\": \"2/4\", \"CMA\": \"10/12\"}\n");
        var values = io.jenkins.plugins.cmswebbridge.engine.report.ReportModel.sessionLeak(
                io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings.scan(
                        dir, "syslog", java.time.Clock.systemUTC()));
        String reportHelp = Files.readString(dirOf(SessionReportStep.class).resolve("help.html"));
        List<String> keys = new ArrayList<>(values.keySet());
        @SuppressWarnings("unchecked")
        var servers = (List<java.util.Map<String, Object>>) values.get("servers");
        keys.addAll(servers.get(0).keySet());
        for (String key : keys) {
            assertTrue(reportHelp.contains("<code>" + key + "</code>"), "cmsWebBridgeSessionReport help lacks " + key);
        }
    }

    /** Every class of the plugin, as compiled (the directory or jar this test's plugin classes come from). */
    static List<Class<?>> pluginClasses() throws Exception {
        Path root = Path.of(RestartCmsWebBridgesStep.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        FormConsistencyTest.class.getClassLoader()));
            }
        }
        assertTrue(classes.contains(RestartCmsWebBridgesStep.class), root.toString());
        return classes;
    }

    /**
     * Stapler binds a form (the configuration page, and the Snippet Generator's form of a pipeline step) through
     * {@code RequestImpl.injectSetters}: it sets a field annotated {@code @DataBoundSetter} with {@code Field.set}, and
     * a field that is not public only after the {@code IllegalAccessException} ("cannot access a member ... with
     * modifiers private"), which it logs as a warning. A public {@code @DataBoundSetter} method is called directly.
     * So every optional parameter of the plugin is a public setter, and no field carries the annotation.
     */
    @Test
    void everyOptionalParameterIsAPublicSetterSoStaplerBindsItWithoutAWarning() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : pluginClasses()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(DataBoundSetter.class)) {
                    problems.add(c.getName() + "." + f.getName() + ": a @DataBoundSetter field");
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)
                        && !(Modifier.isPublic(m.getModifiers()) && Modifier.isPublic(c.getModifiers()))) {
                    problems.add(c.getName() + "." + m.getName() + ": a @DataBoundSetter that is not public");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Structs' help for a class or one of its parameters ({@code DescribableModel.getHelp}, {@code
     * DescribableParameter.getHelp}), which the Pipeline Steps Reference and Job DSL's API viewer show: the resource
     * {@code help.html} or {@code help-<parameter>.html} in the directory named after the class (Stapler's {@code
     * KlassNavigator.JAVA.getResource}: dots and {@code $} become slashes), else after its superclasses in turn.
     */
    private static boolean structsFindsHelp(Class<?> c, String file) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            String path = k.getName().replace('.', '/').replace('$', '/') + "/" + file;
            if (k.getClassLoader() != null && k.getClassLoader().getResource(path) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean describable(Class<?> c) {
        return Arrays.stream(c.getConstructors()).anyMatch(k -> k.isAnnotationPresent(DataBoundConstructor.class));
    }

    /** The types of the parameters structs finds: the data-bound constructor's, and the data-bound setters'. */
    private static List<Class<?>> boundTypes(Class<?> c) {
        List<Class<?>> types = new ArrayList<>();
        for (Constructor<?> k : c.getConstructors()) {
            if (k.isAnnotationPresent(DataBoundConstructor.class)) {
                types.addAll(List.of(k.getParameterTypes()));
            }
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)) {
                    types.addAll(List.of(m.getParameterTypes()));
                }
            }
        }
        return types;
    }

    /**
     * Every class the Pipeline Steps Reference describes has help for itself and for each of its parameters where
     * structs looks for it: both pipeline steps, the build step (listed as {@code restartCmsWebBridgesBuilder}, and
     * under the {@code step} metastep), and the classes their parameters take, as the reference walks them (a
     * parameter of an abstract type offers each describable subclass: the host key strategies).
     */
    @Test
    void everyParameterOfTheStepsReferenceHasHelpWhereStructsLooksForIt() throws Exception {
        List<Class<?>> plugin = pluginClasses();
        List<Class<?>> described = new ArrayList<>(
                List.of(RestartCmsWebBridgesStep.class, SessionReportStep.class, RestartCmsWebBridgesBuilder.class));
        for (int i = 0; i < described.size(); i++) {
            for (Class<?> type : boundTypes(described.get(i))) {
                for (Class<?> c : plugin) {
                    if (type.isAssignableFrom(c) && describable(c) && !described.contains(c)) {
                        described.add(c);
                    }
                }
            }
        }
        assertTrue(described.containsAll(List.of(
                KnownHostsFileStrategy.class,
                KnownHostsStrategy.class,
                ManualKeysStrategy.class,
                NonVerifyingStrategy.class,
                SessionLeakCondition.class,
                ActiveCallsCondition.class)));
        List<String> problems = new ArrayList<>();
        for (Class<?> c : described) {
            if (!structsFindsHelp(c, "help.html")) {
                problems.add(c.getName() + ": no help.html");
            }
            for (String parameter : boundNames(c)) {
                if (!structsFindsHelp(c, "help-" + parameter + ".html")) {
                    problems.add(c.getName() + "." + parameter + ": no help-" + parameter + ".html");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void buildStepAndPipelineStepTakeTheSameParameters() throws IOException {
        Set<String> builder = boundNames(RestartCmsWebBridgesBuilder.class);
        Set<String> step = boundNames(RestartCmsWebBridgesStep.class);
        assertEquals(builder, step);
        for (String field : jellyFields(RestartCmsWebBridgesBuilder.class)) {
            assertTrue(hasGetter(RestartStepConfig.class, field), "the shared contract reads " + field);
        }
        assertTrue(RestartStepConfig.class.isAssignableFrom(RestartCmsWebBridgesBuilder.class));
        assertTrue(RestartStepConfig.class.isAssignableFrom(RestartCmsWebBridgesStep.class));
        assertTrue(
                Files.readString(dirOf(RestartCmsWebBridgesStep.class).resolve("config.jelly"))
                        .contains("class=\"" + RestartCmsWebBridgesBuilder.class.getName() + "\""),
                "the step's form includes the build step's form");
        assertEquals(
                Set.of(
                        "deployment",
                        "only",
                        "hosts",
                        "credentialsId",
                        "hostKeyVerification",
                        "service",
                        "defaultPort",
                        "connectTimeout",
                        "commandTimeout",
                        "retries",
                        "parallelism",
                        "stopOnFirstFailure",
                        "verifyAfterRestart",
                        "resultOnFailure",
                        "lockWaitMinutes",
                        "logFileName",
                        "dryRun",
                        "resendRestart",
                        "acceptUnconfirmed",
                        "sessionLeak",
                        "activeCalls"),
                builder,
                "the parameters issues #4, #6, #12 and #14 list");
    }

    @Test
    void buildStepAndPipelineStepStoreTheSameValues() {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder("mmp1\nmmp2:2222", "id");
        RestartCmsWebBridgesStep s = new RestartCmsWebBridgesStep("mmp1\nmmp2:2222", "id");
        for (Object o : List.of(b, s)) {
            set(o, "service", "webbridge3");
            set(o, "resultOnFailure", "UNSTABLE");
            set(o, "logFileName", "a.txt");
            for (String number : List.of("defaultPort", "connectTimeout", "commandTimeout", "retries", "parallelism")) {
                set(o, number, 7);
            }
            set(o, "stopOnFirstFailure", true);
            set(o, "dryRun", true);
            set(o, "verifyAfterRestart", false);
            SessionLeakCondition leak = new SessionLeakCondition("logs/syslog*");
            leak.setMinLeaked(20);
            set(o, "sessionLeak", leak);
            ActiveCallsCondition calls = new ActiveCallsCondition("https://cms1.example.com:445", "api");
            calls.setWaitMinutes(5);
            set(o, "activeCalls", calls);
        }
        var rb = RestartResolver.resolve(b, java.util.function.UnaryOperator.identity(), "/ws");
        var rs = RestartResolver.resolve(s, java.util.function.UnaryOperator.identity(), "/ws");
        assertTrue(rb.ok() && rs.ok(), rb.problems() + " " + rs.problems());
        var sb = rb.resolved().plan().settings();
        var ss = rs.resolved().plan().settings();
        assertEquals(
                List.of(
                        sb.getService(),
                        sb.getConnectTimeout(),
                        sb.getCommandTimeout(),
                        sb.getRetries(),
                        sb.getParallelism(),
                        sb.isStopOnFirstFailure(),
                        sb.isVerifyAfterRestart(),
                        sb.isDryRun()),
                List.of(
                        ss.getService(),
                        ss.getConnectTimeout(),
                        ss.getCommandTimeout(),
                        ss.getRetries(),
                        ss.getParallelism(),
                        ss.isStopOnFirstFailure(),
                        ss.isVerifyAfterRestart(),
                        ss.isDryRun()));
        assertEquals(7, rs.resolved().plan().hosts().get(0).getPort());
        assertEquals(7, ss.getRetries());
        assertTrue(ss.isDryRun() && ss.isStopOnFirstFailure());
        assertFalse(ss.isVerifyAfterRestart());
        assertEquals(b.getHosts(), s.getHosts());
        assertEquals(rb.resolved().artifacts(), rs.resolved().artifacts());
        assertEquals(ResultOnFailure.UNSTABLE, rs.resolved().resultOnFailure());
        assertEquals(rb.resolved().resultOnFailure(), rs.resolved().resultOnFailure());
        assertEquals(20, b.getSessionLeak().getMinLeaked());
        assertEquals(20, s.getSessionLeak().getMinLeaked());
        assertEquals(5, b.getActiveCalls().getWaitMinutes());
        assertEquals(5, s.getActiveCalls().getWaitMinutes());
        assertNull(b.getHostKeyVerification(), "no strategy of its own: the deployment's, or else the default");
        assertNull(s.getHostKeyVerification(), "no strategy of its own: the deployment's, or else the default");
        assertEquals(
                new KnownHostsFileStrategy("~/.ssh/known_hosts"), rb.resolved().strategy());
        assertEquals(rb.resolved().strategy(), rs.resolved().strategy());
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyMessageExistsInEnglishAndFrenchWithTheSameArguments() throws IOException {
        Path dir = RESOURCES.resolve("io/jenkins/plugins/cmswebbridge/fields");
        Properties en = load(dir.resolve("Messages.properties"));
        Properties fr = load(dir.resolve("Messages_fr.properties"));
        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertEquals(arguments(en.getProperty(key)), arguments(fr.getProperty(key)), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
        }
    }

    private static Set<String> arguments(String message) {
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(message);
        Set<String> args = new TreeSet<>();
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    @Test
    void everyJellyTextExistsInEnglishAndFrench() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> jellies;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            jellies =
                    files.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
        assertFalse(jellies.isEmpty());
        for (Path jelly : jellies) {
            Set<String> keys = new TreeSet<>();
            Matcher m = JELLY_TEXT.matcher(Files.readString(jelly));
            while (m.find()) {
                keys.add(m.group(1));
            }
            if (keys.isEmpty()) {
                continue;
            }
            String base = jelly.getFileName().toString().replaceFirst("\\.jelly$", "");
            for (String suffix : List.of("", "_fr")) {
                Path props = jelly.resolveSibling(base + suffix + ".properties");
                if (!Files.isRegularFile(props)) {
                    problems.add(RESOURCES.relativize(props) + " is missing");
                    continue;
                }
                Properties p = load(props);
                for (String key : keys) {
                    if (p.getProperty(key) == null || p.getProperty(key).isBlank()) {
                        problems.add(RESOURCES.relativize(props) + ": no text for '" + key + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Two ways a quote breaks a label. Commons Jelly's {@code CompositeExpression.parse} reads a {@code '} inside
     * {@code ${...}} as the start of a string, so {@code ${%Each MMP's log}} swallows its closing brace and the label
     * is lost. And Stapler's {@code ResourceBundle.format} passes every jelly text through {@code MessageFormat} (as the
     * localizer does with {@code Messages}), where
     * a lone {@code '} opens a quoted section and disappears: "cl\u00e9s d'h\u00f4te" would show as "cl\u00e9s dh\u00f4te".
     */
    @Test
    void noJellyTextIsBrokenByAQuote() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jelly")) {
                    Matcher m = JELLY_TEXT.matcher(Files.readString(file));
                    while (m.find()) {
                        if (m.group(1).contains("'")) {
                            problems.add(RESOURCES.relativize(file) + ": a quote in ${%" + m.group(1) + "}");
                        }
                    }
                } else if (name.endsWith(".properties")) {
                    Properties p = load(file);
                    for (String key : p.stringPropertyNames()) {
                        String text = p.getProperty(key);
                        // what MessageFormat keeps: '' (a quote), and '{' '}' (braces, in the Messages files)
                        String rest = text.replace("''", "").replace("'{'", "").replace("'}'", "");
                        if (rest.contains("'")) {
                            problems.add(RESOURCES.relativize(file) + ": " + key + " loses a lone quote: " + text);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyJellyAndHelpFileIsWellFormed() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(
                            p -> p.toString().endsWith(".jelly") || p.toString().endsWith(".html"))
                    .toList();
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                factory.newDocumentBuilder().parse(f.toFile());
            } catch (Exception e) {
                problems.add(RESOURCES.relativize(f) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems, files.stream().map(Path::toString).collect(Collectors.joining("\n")));
    }
}
