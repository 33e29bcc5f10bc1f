package dev.floe.testing.traceability.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Links from a report page to spec files: a path relative to the page's folder (so the page works when its
 * folder is opened locally, over {@code file://}), URL-encoded, with a {@code #L<line>} anchor as GitHub-style
 * viewers use. Spec paths are relative to the build root with {@code /}; the same folders give the same links.
 * With a source URL ({@code floe.traceability.source-url}) the links open the line in the repository browser.
 */
final class SpecLinks {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;
    private final String template;
    private final Map<String, String> encoded = new HashMap<>();

    private SpecLinks(String base, String template) {
        this.base = base;
        this.template = template;
    }

    private SpecLinks(String base) {
        this(base, null);
    }

    /**
     * Links into a repository browser: {@code <sourceUrl>/<path>#L<line>}, or {@code sourceUrl} with {@code {path}}
     * and {@code {line}} replaced when it holds {@code {path}}.
     */
    static SpecLinks remote(String sourceUrl) {
        if (sourceUrl.contains("{path}")) {
            return new SpecLinks("", sourceUrl);
        }
        return new SpecLinks(sourceUrl.endsWith("/") ? sourceUrl : sourceUrl + "/");
    }

    /** Whether links point into a repository browser rather than at local files. */
    boolean isRemote() {
        return template != null || base.contains("://") && !base.startsWith("file:");
    }

    /** Links for a page in the build root itself. */
    static SpecLinks inBuildRoot() {
        return new SpecLinks("");
    }

    /** Links for a page in {@code reportDir} to spec files relative to {@code buildRoot}. */
    static SpecLinks from(Path reportDir, Path buildRoot) {
        Path dir = reportDir.toAbsolutePath().normalize();
        Path root = buildRoot.toAbsolutePath().normalize();
        String base;
        try {
            String relative = dir.relativize(root).toString().replace('\\', '/');
            base = relative.isEmpty() ? "" : encode(relative) + "/";
        }
        catch (IllegalArgumentException differentRoots) {
            base = root.toUri().toString();
            base = base.endsWith("/") ? base : base + "/";
        }
        return new SpecLinks(base);
    }

    /** The href of {@code specFile} (relative to the build root), without an anchor. */
    String file(String specFile) {
        String path = encoded.computeIfAbsent(specFile, SpecLinks::encode);
        if (template != null) {
            return template.replace("{path}", path).replace("{line}", "1");
        }
        return base + path;
    }

    /** The href of {@code line} of {@code specFile}, e.g. {@code ../../specs/002-x/spec.md#L12}. */
    String line(String specFile, int line) {
        if (template != null) {
            return template.replace("{path}", encoded.computeIfAbsent(specFile, SpecLinks::encode))
                    .replace("{line}", Integer.toString(line));
        }
        return file(specFile) + "#L" + line;
    }

    /** Percent-encodes all but unreserved characters and {@code /}, as UTF-8. */
    static String encode(String path) {
        StringBuilder out = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!plain(c)) {
                out = new StringBuilder(path.length() + 16).append(path, 0, i);
                for (byte b : path.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    if (b >= 0 && plain((char) b)) {
                        out.append((char) b);
                    }
                    else {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                break;
            }
        }
        return out == null ? path : out.toString();
    }

    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    }
}
