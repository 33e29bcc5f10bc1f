package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Masks what may be a secret before a configuration value or a URL goes into any message, log or report:
 * the whole value of a secret key, the user info of anything shaped like a URL (valid or not), and the
 * values of token-like query parameters ({@code ?token=}, {@code api_key=}, {@code X-Amz-Signature=} ...).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SecretText {

    /** What a masked secret value or parameter is shown as. */
    public static final String MASK = "****";

    /** What masked user info is shown as, before its {@code @}: {@code http://***@host}. */
    public static final String USER_INFO_MASK = "***";

    /** Key names whose values are secrets: {@code floe.services.postgres.password}, {@code ...client-secret}. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(password|passwd|pwd|secret|token|credential|api[-_.]?key|access[-_.]?key|private[-_.]?key|auth).*");

    /** A query or matrix parameter whose name says it carries a secret; group 1 keeps the name and {@code =}. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;][^=&#\\s]*?(?:token|key|secret|password|passwd|pwd|sig|signature|auth|credential|session)"
                    + "[^=&#\\s]*=)[^&#\\s]*");

    /** User info in free text: from {@code //} to the last {@code @} before the authority ends. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#]*@");

    private SecretText() {
    }

    /** Whether {@code key} names a secret (a password, token, client secret, API key ...). */
    public static boolean isSecretKey(String key) {
        return key != null && SECRET_KEY.matcher(key).matches();
    }

    /**
     * {@code value} as a message may show it: {@value #MASK} for a secret key's value, otherwise the value with
     * user info and secret parameters masked. A single value is one URL at most, so everything between
     * {@code //} (or the start) and its last {@code @} before a query is user info, even in a value no URL
     * parser accepts ({@code postgresql://u:p@ss word@host}, {@code u:secret@my host}).
     */
    public static String shownValue(String key, String value) {
        if (value == null) {
            return null;
        }
        if (isSecretKey(key)) {
            return MASK;
        }
        String shown = value;
        int scheme = shown.indexOf("//");
        int start = scheme < 0 ? 0 : scheme + 2;
        int end = firstOf(shown, start, '?', '#');
        int at = shown.lastIndexOf('@', end - 1);
        if (at >= start) {
            shown = shown.substring(0, start) + USER_INFO_MASK + shown.substring(at);
        }
        return SECRET_PARAMETER.matcher(shown).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** {@code text} (a message, a URL) with the user info of every URL and every secret parameter masked. */
    public static String maskUrls(String text) {
        if (text == null || (text.indexOf('@') < 0 && text.indexOf('=') < 0)) {
            return text;
        }
        String masked = USER_INFO.matcher(text).replaceAll(Matcher.quoteReplacement(USER_INFO_MASK + "@"));
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    private static int firstOf(String text, int from, char... stops) {
        int end = text.length();
        for (char stop : stops) {
            int i = text.indexOf(stop, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }
}
