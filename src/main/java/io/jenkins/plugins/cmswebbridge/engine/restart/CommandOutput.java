package io.jenkins.plugins.cmswebbridge.engine.restart;

import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.HostFailure;

/**
 * What one MMP command printed (stdout and stderr in arrival order, bounded), what the whole answer shows, and how
 * it ended.
 *
 * @param exitStatus the exit status, or {@code null} when the MMP sent none
 * @param text the kept output
 * @param droppedBytes output received beyond the limit and not kept
 * @param signs what the whole output shows, every byte of it read
 */
public record CommandOutput(Integer exitStatus, String text, long droppedBytes, AnswerSigns signs) {

    Verdict verdict() {
        return OutputClassifier.classify(exitStatus, signs);
    }

    /** The failure of the command that printed this. */
    HostFailure failure(FailureKind kind, String message) {
        return new HostFailure(kind, message, text, droppedBytes);
    }
}
