package io.jenkins.plugins.cmswebbridge.run;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.fields.ArtifactNames;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.history.BadgeText;
import io.jenkins.plugins.cmswebbridge.history.RestartBadgeAction;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import jenkins.util.BuildListenerAdapter;

/**
 * What a restart run leaves in its build: the restart log and the JSON report as artifacts, the build page summary
 * ({@link RestartReportAction}) and the build result. Runs on the controller, after the run or its abort.
 */
final class BuildRecord {

    private final Run<?, ?> run;
    private final TaskListener listener;

    BuildRecord(Run<?, ?> run, TaskListener listener) {
        this.run = run;
        this.listener = listener;
    }

    void record(RunReport report, ArtifactNames names, BuildResult result) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cms-webbridge-restart");
        try {
            Map<String, String> artifacts = RestartArtifacts.write(report, dir, names.log(), names.json());
            run.pickArtifactManager()
                    .archive(
                            new FilePath(dir.toFile()),
                            new Launcher.LocalLauncher(listener),
                            BuildListenerAdapter.wrap(listener),
                            artifacts);
        } finally {
            deleteTree(dir);
        }
        listener.getLogger().println(Messages.Run_Archived(names.log(), names.json()));
        run.addAction(new RestartReportAction(report, names.log(), names.json()));
        run.addAction(new RestartBadgeAction(BadgeText.of(report)));
        Result buildResult = result.buildResult();
        if (buildResult != null) {
            run.setResult(buildResult);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
