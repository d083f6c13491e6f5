package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code limit} characters: the rest of a longer line is read and thrown away, so
 * that memory stays bounded whatever the input (a binary file, a log without line ends). Ends lines at
 * {@code \n}, {@code \r\n} or {@code \r}.
 */
final class BoundedLineReader {

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private boolean lastWasCr;
    private boolean truncated;

    BoundedLineReader(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its end, at most {@code limit} characters; {@code null} at the end. */
    String readLine() throws IOException {
        StringBuilder line = null;
        truncated = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return line == null ? null : line.toString();
                }
            }
            char c = buffer[pos++];
            if (lastWasCr) {
                lastWasCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (line == null) {
                line = new StringBuilder(80);
            }
            if (c == '\n' || c == '\r') {
                lastWasCr = c == '\r';
                return line.toString();
            }
            if (line.length() < limit) {
                line.append(c);
            } else {
                truncated = true;
            }
        }
    }

    /** Whether the last line returned was longer than the limit and cut. */
    boolean wasTruncated() {
        return truncated;
    }
}
