package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The README's picture of a run ({@code docs/run.svg}) stays true to the code: it is well-formed SVG, the README
 * shows it, every class it names exists, the step name, option names and artifact names it shows are the plugin's.
 */
class RunDiagramTest {

    private static final String DIAGRAM = "docs/run.svg";
    /** A class name as the picture writes it: two or more capitalised words, maybe in the plural. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");
    /** An option of the step, in code font: a lower-case word followed by capitalised ones. */
    private static final Pattern OPTION = Pattern.compile("\\b([a-z]+(?:[A-Z][a-z]+)+)\\b");

    /** The text of every {@code <text>} element, in order. */
    private static List<String> texts() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder()
                .parse(RepositoryRoot.resolve(DIAGRAM).toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Set<String> mainClasses() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(RepositoryRoot.resolve("src/main/java"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".java".length())));
        }
        return names;
    }

    @Test
    void theReadmeShowsThePicture() throws IOException {
        String readme = Files.readString(RepositoryRoot.resolve("README.md"));
        assertTrue(readme.contains("](" + DIAGRAM + ")"), "README.md shows " + DIAGRAM);
    }

    @Test
    void everyClassItNamesExists() throws Exception {
        Set<String> classes = mainClasses();
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts()) {
            Matcher m = CLASS_NAME.matcher(text);
            while (m.find()) {
                String name = m.group();
                String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                named.add(name);
                if (!classes.contains(name) && !classes.contains(singular)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(named.size() >= 8, "the picture names the classes of a run: " + named);
        assertEquals(List.of(), missing, "named in " + DIAGRAM + " but not a class of src/main/java");
    }

    @Test
    void theStepOptionsAndArtifactsAreThePlugins() throws Exception {
        String all = String.join("\n", texts());
        String step = new RestartCmsWebBridgesStep.DescriptorImpl().getFunctionName();
        assertTrue(all.contains(step), step);
        assertTrue(all.contains(RestartLogWriter.DEFAULT_FILE_NAME), RestartLogWriter.DEFAULT_FILE_NAME);
        assertTrue(all.contains(JsonReportWriter.DEFAULT_FILE_NAME), JsonReportWriter.DEFAULT_FILE_NAME);
        Matcher m = OPTION.matcher(all);
        int options = 0;
        while (m.find()) {
            if (m.group(1).equals(step)) {
                continue;
            }
            String getter = "get" + m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                    + m.group(1).substring(1);
            RestartStepConfig.class.getMethod(getter); // throws when the picture names an option the steps lack
            options++;
        }
        assertTrue(options >= 2, "the conditions are shown by their option names");
    }
}
