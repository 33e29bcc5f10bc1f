package dev.floe.testing.traceability.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A source URL for report links that is not an http(s) or file URL, or that holds credentials. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeBrowseUrl {

    private ShouldBeBrowseUrl() {
    }

    /**
     * The message for {@code url}, given as {@code where} (an option or a parameter); a URL with {@code @} is not
     * shown.
     */
    public static String shouldBeBrowseUrl(String url, String where) {
        return FailureMessage.summary("Invalid source URL for the report links.")
                .expected("an http(s) or file URL without credentials, e.g. https://github.com/org/repo/blob/main")
                .found(url.contains("@") ? "a URL with '@' (not shown: it may hold credentials)"
                        : FailureMessage.quote(url))
                .where(where)
                .fix("give the repository's browse URL without user name or password, e.g."
                        + " https://github.com/org/repo/blob/main")
                .toString();
    }
}
