package io.jenkins.plugins.cmswebbridge.engine;

/**
 * What one MMP command printed (stdout and stderr in arrival order, bounded) and how it ended.
 *
 * @param exitStatus the exit status, or {@code null} when the MMP sent none
 * @param text the kept output
 * @param droppedBytes output received beyond the limit and not kept
 */
record CommandOutput(Integer exitStatus, String text, long droppedBytes) {

    Verdict verdict() {
        return OutputClassifier.classify(exitStatus, text);
    }
}
