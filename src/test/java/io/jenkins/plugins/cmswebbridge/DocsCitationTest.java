package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs cite tests that exist: every {@code SomeTest} and {@code SomeTest.someMethod} named in the README, the
 * contributing guide and docs/ is a test class of src/test/java, and the method is declared in it.
 */
class DocsCitationTest {

    /**
     * A test class, and maybe one of its methods; not the {@code *JenkinsTest} of a file pattern, nor a name that only
     * begins like a test's ({@code ConnectionTester}).
     */
    private static final Pattern CITATION =
            Pattern.compile("(?<![A-Za-z0-9*])([A-Z][A-Za-z0-9]*Test)(?![A-Za-z0-9])(?:\\.([a-z][A-Za-z0-9]*))?");

    private static Path root() {
        return RepositoryRoot.path();
    }

    /** The test classes of src/test/java by simple name, with their source. */
    private static Map<String, String> testSources(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                sources.put(name.substring(0, name.length() - ".java".length()), Files.readString(file));
            }
        }
        return sources;
    }

    /** The citations in {@code text} that name no test class, or a method the class does not declare. */
    static List<String> unknownCitations(String text, Map<String, String> tests) {
        List<String> unknown = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String cls = m.group(1);
            String method = m.group(2);
            String source = tests.get(cls);
            if (source == null) {
                unknown.add(m.group());
            } else if (method != null
                    && !method.equals("java")
                    && !Pattern.compile("\\bvoid " + method + "\\(")
                            .matcher(source)
                            .find()) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    @Test
    void everyTestTheDocsCiteExists() throws IOException {
        Path root = root();
        Map<String, String> tests = testSources(root);
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        if (Files.isRegularFile(root.resolve("CONTRIBUTING.md"))) {
            docs.add(root.resolve("CONTRIBUTING.md"));
        }
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            docs.addAll(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
        }
        List<String> wrong = new ArrayList<>();
        for (Path doc : docs) {
            for (String citation : unknownCitations(Files.readString(doc, StandardCharsets.UTF_8), tests)) {
                wrong.add(root.relativize(doc) + ": " + citation);
            }
        }
        assertTrue(wrong.isEmpty(), "cited, but no such test:\n" + String.join("\n", wrong));
    }

    @Test
    void aCitationOfAMissingClassOrMethodIsFound() {
        Map<String, String> tests = Map.of("FooTest", "class FooTest { @Test void barWorks() {} }");
        assertEquals(
                List.of("NoSuchTest", "FooTest.bazWorks", "NoSuchTest.barWorks"),
                unknownCitations(
                        "`FooTest`, `FooTest.barWorks`, `NoSuchTest`, `FooTest.bazWorks`, the `*JenkinsTest.java`"
                                + " files, `FooTest.java`, `NoSuchTest.barWorks`",
                        tests));
    }
}
