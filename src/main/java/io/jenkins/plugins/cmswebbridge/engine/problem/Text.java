package io.jenkins.plugins.cmswebbridge.engine.problem;

import java.util.List;

/**
 * Makes text that comes from outside (an MMP's answer or banner, a syslog host name, an SSH library's message,
 * a value typed in a form) safe to print: one line, no control characters (so no terminal escape sequence and no
 * forged log line), no bidirectional overrides, bounded in length. Every console line, log line and message built
 * from such text goes through here.
 */
public final class Text {

    private Text() {}

    /**
     * The text on one line: line breaks (and the blanks around them) become {@code " | "}, tabs a space, and every
     * other control character, C1 control and bidirectional formatting character becomes {@code '?'}.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (sb.length() > 0 && i < text.length()) {
                    sb.append(" | ");
                }
                continue;
            }
            sb.append(c == '\t' ? ' ' : unsafe(c) ? '?' : c);
            i++;
        }
        return sb.toString();
    }

    /** {@link #oneLine} cut to at most {@code max} characters, with {@code "..."} when something was cut. */
    public static String clip(String text, int max) {
        String line = oneLine(text);
        return line.length() <= max ? line : line.substring(0, max) + "...";
    }

    /** A count and its noun, singular for one: {@code count(1, "file", "files")} is {@code "1 file"}. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * At most {@code max} items joined by {@code "; "}, then {@code "; and N more"}: linear in the number of items
     * joined, whatever the list's size.
     */
    public static String joinFirst(List<String> items, int max) {
        return joinFirst(items, items.size(), max);
    }

    /**
     * The same for the first items of a longer list, given as those items and the list's full size (so that a huge
     * list need not be turned into strings at all).
     */
    public static String joinFirst(List<String> first, int total, int max) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(max, first.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(first.get(i));
        }
        if (total > shown) {
            sb.append("; and ").append(total - shown).append(" more");
        }
        return sb.toString();
    }

    /** Whether the character is a control, C1 or bidirectional formatting character, never printed as is. */
    public static boolean unsafe(char c) {
        return Character.isISOControl(c) // C0, DEL and C1 (ESC, CSI...)
                || c >= '\u202A' && c <= '\u202E' // bidirectional embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // bidirectional isolates
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
