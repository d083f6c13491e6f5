package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the real build's packaging and the plugin hosting ask of the repository, checked where Maven Central
 * allows: maven-hpi-plugin's HpiMojo refuses to build the jar without {@code index.jelly} among the classes and
 * asks for {@code <description>} to be removed from pom.xml; the plugin parent derives the Java release from
 * the Jenkins core version; hosting wants a license matching pom.xml, CODEOWNERS, the security scan, dependency
 * updates, incrementals and continuous delivery.
 */
class PluginPackagingTest {

    private static Path root() {
        return RepositoryRoot.path();
    }

    private static String read(String relative) throws IOException {
        Path file = root().resolve(relative);
        assertTrue(Files.isRegularFile(file), relative + " is missing");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Element pom() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(root().resolve("pom.xml").toFile());
        return doc.getDocumentElement();
    }

    private static String child(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    @Test
    void indexJellyIsAmongTheClassesAsHpiPackagingRequires() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/index.jelly")) {
            assertNotNull(
                    in, "index.jelly must be in src/main/resources: maven-hpi-plugin refuses to package without it");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<?jelly escape-by-default='true'?>"), text);
            Document doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            assertEquals("div", doc.getDocumentElement().getTagName());
            assertTrue(doc.getDocumentElement().getTextContent().contains("Cisco Meeting Server"), text);
        }
    }

    @Test
    void pomLeavesDescriptionAndJavaReleaseToThePluginToolchain() throws Exception {
        Element pom = pom();
        assertEquals(null, child(pom, "description"), "the description is index.jelly, as HpiMojo asks");
        String text = read("pom.xml");
        assertFalse(text.contains("maven.compiler.release"), "hpi:validate derives the release from jenkins-core");
        assertTrue(text.contains("<spotless.check.skip>false</spotless.check.skip>"), "spotless is switched on");
        assertEquals(
                "MIT License",
                child((Element) pom.getElementsByTagName("license").item(0), "name"));
        assertTrue(read("LICENSE.md").startsWith("The MIT License"), "LICENSE.md must match the pom's license");
    }

    /** The MIT license's terms, word for word, as the pom's license and jenkinsci/archetypes have them. */
    private static final String MIT_TERMS = "Permission is hereby granted, free of charge, to any person obtaining a"
            + " copy of this software and associated documentation files (the \"Software\"), to deal in the Software"
            + " without restriction, including without limitation the rights to use, copy, modify, merge, publish,"
            + " distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is"
            + " furnished to do so, subject to the following conditions:"
            + " The above copyright notice and this permission notice shall be included in all copies or substantial"
            + " portions of the Software."
            + " THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT"
            + " LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO"
            + " EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER"
            + " IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR"
            + " THE USE OR OTHER DEALINGS IN THE SOFTWARE.";

    @Test
    void theLicenseIsTheMitLicenseWordForWord() throws IOException {
        String[] parts = read("LICENSE.md").strip().split("\n\\s*\n", 3);
        assertEquals(3, parts.length, "title, copyright line, terms");
        assertEquals("The MIT License", parts[0].strip());
        assertTrue(parts[1].strip().startsWith("Copyright "), parts[1]);
        assertEquals(MIT_TERMS, parts[2].strip().replaceAll("\\s+", " "));
    }

    @Test
    void hostingFilesArePresent() throws IOException {
        assertEquals(
                "* @jenkinsci/cms-webbridge-restart-plugin-developers",
                read(".github/CODEOWNERS").trim());
        assertTrue(read(".github/workflows/jenkins-security-scan.yml")
                .contains("uses: jenkins-infra/jenkins-security-scan/.github/workflows/jenkins-security-scan.yaml@v2"));
        assertTrue(read(".github/workflows/cd.yaml")
                .contains("uses: jenkins-infra/github-reusable-workflows/.github/workflows/maven-cd.yml@v1"));
        String dependabot = read(".github/dependabot.yml");
        assertTrue(dependabot.contains("package-ecosystem: maven"), dependabot);
        assertTrue(dependabot.contains("package-ecosystem: github-actions"), dependabot);
        assertTrue(read(".mvn/extensions.xml").contains("<artifactId>git-changelist-maven-extension</artifactId>"));
        assertEquals(
                List.of("-Pconsume-incrementals", "-Pmight-produce-incrementals", "-Dchangelist.format=%d.v%s"),
                read(".mvn/maven.config").lines().toList());
        assertFalse(Files.exists(root().resolve(".github/release-drafter.yml")), "CD drafts the release notes itself");
        String jenkinsfile = read("Jenkinsfile");
        assertTrue(
                jenkinsfile.contains("[platform: 'linux', jdk: 25]")
                        && jenkinsfile.contains("[platform: 'windows', jdk: 21]"),
                jenkinsfile);
    }
}
