package io.jenkins.plugins.cmswebbridge.engine;

/**
 * What one MMP command printed (stdout and stderr in arrival order, bounded) and how it ended.
 *
 * @param exitStatus the exit status, or {@code null} when the MMP sent none
 * @param text the kept output
 * @param droppedBytes output received beyond the limit and not kept
 * @param passwordPrompt whether the command was cut short because the MMP asked for a new password
 */
record CommandOutput(Integer exitStatus, String text, long droppedBytes, boolean passwordPrompt) {

    Verdict verdict() {
        return OutputClassifier.classify(exitStatus, text);
    }
}
